// Undo command: rename a segment. Typing a name merges into one undo step.
#pragma once

#include <QUndoCommand>

#include <string>

namespace sd {

class RuleDocument;

class RenameSegmentCommand : public QUndoCommand
{
public:
    RenameSegmentCommand(RuleDocument* document, const std::string& id, const std::string& name,
                         QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    RuleDocument* mDocument;
    std::string mId;
    std::string mOldName, mNewName;
};

} // namespace sd
