// Undo command: delete a segment.
#include "removesegmentcommand.h"

#include "ruledocument.h"

#include <QCoreApplication>

namespace sd {

RemoveSegmentCommand::RemoveSegmentCommand(RuleDocument* document, const std::string& id, QUndoCommand* parent)
    : QUndoCommand(parent)
    , mDocument(document)
    , mId(id)
{
    const Segment* s = document->segment(id);
    setText(QCoreApplication::translate("RemoveSegmentCommand", "Delete “%1”")
                .arg(QString::fromStdString(s ? s->name : id)));
}

void RemoveSegmentCommand::redo()
{
    mParentId = mDocument->parentOf(mId)->id;
    mIndex = mDocument->indexInParent(mId);
    mSegment = mDocument->takeSegment(mId);
}

void RemoveSegmentCommand::undo()
{
    mDocument->insertSegment(mParentId, mIndex, mSegment);
}

} // namespace sd
