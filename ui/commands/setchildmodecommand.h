// Undo command: set how a parent's children share its leads (overlapping or exclusive).
#pragma once

#include "rules.h"

#include <QUndoCommand>

namespace sd {

class RuleDocument;

class SetChildModeCommand : public QUndoCommand
{
public:
    SetChildModeCommand(RuleDocument* document, const std::string& parentId, ChildMode mode,
                        QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    RuleDocument* mDocument;
    std::string mParentId;
    ChildMode mOldMode = ChildMode::Overlapping, mNewMode;
    bool mOldHasMode = false;
};

} // namespace sd
