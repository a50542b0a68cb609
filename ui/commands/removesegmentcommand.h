// Undo command: delete a segment with its children; undo puts it back at the same place.
#pragma once

#include "rules.h"

#include <QUndoCommand>

namespace sd {

class RuleDocument;

class RemoveSegmentCommand : public QUndoCommand
{
public:
    RemoveSegmentCommand(RuleDocument* document, const std::string& id, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    RuleDocument* mDocument;
    std::string mId;
    std::string mParentId;
    int mIndex = 0;
    Segment mSegment;
};

} // namespace sd
