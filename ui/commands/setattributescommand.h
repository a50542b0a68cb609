// Undo command: replace a segment's attributes (sales action, campaign track, owner, …). Typing
// in one attribute merges into one undo step.
#pragma once

#include <QUndoCommand>

#include <string>
#include <utility>
#include <vector>

namespace sd {

class RuleDocument;

class SetAttributesCommand : public QUndoCommand
{
public:
    using Attributes = std::vector<std::pair<std::string, std::string>>;
    // `mergeKey` names the attribute being typed in; empty never merges (add, remove).
    SetAttributesCommand(RuleDocument* document, const std::string& id, Attributes attributes,
                         const std::string& mergeKey = {}, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    RuleDocument* mDocument;
    std::string mId;
    Attributes mOld, mNew;
    std::string mMergeKey;
};

} // namespace sd
