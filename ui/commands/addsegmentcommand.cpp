// Undo command: insert a segment.
#include "addsegmentcommand.h"

#include "ruledocument.h"

namespace sd {

AddSegmentCommand::AddSegmentCommand(RuleDocument* document, const std::string& parentId, int index, Segment segment,
                                     const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , mDocument(document)
    , mParentId(parentId)
    , mIndex(index)
    , mSegment(std::move(segment))
{
}

void AddSegmentCommand::redo()
{
    mDocument->insertSegment(mParentId, mIndex, mSegment);
}

void AddSegmentCommand::undo()
{
    mDocument->takeSegment(mSegment.id);
}

} // namespace sd
