// Undo command: rename a segment.
#include "renamesegmentcommand.h"

#include "commandids.h"
#include "ruledocument.h"

#include <QCoreApplication>

namespace sd {

RenameSegmentCommand::RenameSegmentCommand(RuleDocument* document, const std::string& id, const std::string& name,
                                           QUndoCommand* parent)
    : QUndoCommand(parent)
    , mDocument(document)
    , mId(id)
    , mNewName(name)
{
    if (const Segment* s = document->segment(id))
        mOldName = s->name;
    setText(QCoreApplication::translate("RenameSegmentCommand", "Rename “%1”").arg(QString::fromStdString(mOldName)));
}

void RenameSegmentCommand::redo()
{
    mDocument->setSegmentName(mId, mNewName);
}

void RenameSegmentCommand::undo()
{
    mDocument->setSegmentName(mId, mOldName);
}

int RenameSegmentCommand::id() const
{
    return RenameSegmentCommandId;
}

bool RenameSegmentCommand::mergeWith(const QUndoCommand* other)
{
    auto o = static_cast<const RenameSegmentCommand*>(other);
    if (o->mDocument != mDocument || o->mId != mId)
        return false;
    mNewName = o->mNewName;
    return true;
}

} // namespace sd
