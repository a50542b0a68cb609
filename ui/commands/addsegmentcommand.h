// Undo command: insert a segment (new, duplicated or from a template) under a parent.
#pragma once

#include "rules.h"

#include <QUndoCommand>

namespace sd {

class RuleDocument;

class AddSegmentCommand : public QUndoCommand
{
public:
    AddSegmentCommand(RuleDocument* document, const std::string& parentId, int index, Segment segment,
                      const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    RuleDocument* mDocument;
    std::string mParentId;
    int mIndex;
    Segment mSegment;
};

} // namespace sd
