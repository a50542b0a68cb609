// Undo command: set a parent's child mode.
#include "setchildmodecommand.h"

#include "ruledocument.h"

#include <QCoreApplication>

namespace sd {

SetChildModeCommand::SetChildModeCommand(RuleDocument* document, const std::string& parentId, ChildMode mode,
                                         QUndoCommand* parent)
    : QUndoCommand(parent)
    , mDocument(document)
    , mParentId(parentId)
    , mNewMode(mode)
{
    if (const Segment* s = document->segment(parentId)) {
        mOldMode = s->mode;
        mOldHasMode = s->hasMode;
    }
    setText(mode == ChildMode::Exclusive
                ? QCoreApplication::translate("SetChildModeCommand", "Make children exclusive")
                : QCoreApplication::translate("SetChildModeCommand", "Make children overlapping"));
}

void SetChildModeCommand::redo()
{
    mDocument->setChildMode(mParentId, mNewMode, true);
}

void SetChildModeCommand::undo()
{
    mDocument->setChildMode(mParentId, mOldMode, mOldHasMode);
}

} // namespace sd
