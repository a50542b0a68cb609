// Undo command: move a segment.
#include "movesegmentcommand.h"

#include "ruledocument.h"

#include <QCoreApplication>

namespace sd {

MoveSegmentCommand::MoveSegmentCommand(RuleDocument* document, const std::string& id, const std::string& newParentId,
                                       int index, QUndoCommand* parent)
    : QUndoCommand(parent)
    , mDocument(document)
    , mId(id)
    , mNewParentId(newParentId)
    , mNewIndex(index)
{
    const Segment* s = document->segment(id);
    mOldParentId = document->parentOf(id)->id;
    mOldIndex = document->indexInParent(id);
    setText(QCoreApplication::translate("MoveSegmentCommand", "Move “%1”").arg(QString::fromStdString(s ? s->name : id)));
}

void MoveSegmentCommand::redo()
{
    move(mNewParentId, mNewIndex);
}

void MoveSegmentCommand::undo()
{
    move(mOldParentId, mOldIndex);
}

void MoveSegmentCommand::move(const std::string& parentId, int index)
{
    Segment s = mDocument->takeSegment(mId);
    mDocument->insertSegment(parentId, index, std::move(s));
}

} // namespace sd
