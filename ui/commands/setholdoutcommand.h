// Undo command: set or clear a segment's holdout share (percent). Dragging the value merges.
#pragma once

#include <QUndoCommand>

#include <optional>
#include <string>

namespace sd {

class RuleDocument;

class SetHoldoutCommand : public QUndoCommand
{
public:
    SetHoldoutCommand(RuleDocument* document, const std::string& id, std::optional<double> holdout,
                      QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    RuleDocument* mDocument;
    std::string mId;
    std::optional<double> mOld, mNew;
};

} // namespace sd
