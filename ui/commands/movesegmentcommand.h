// Undo command: move a segment under another parent and/or to another position among its
// siblings (nest by dragging onto a segment, reorder by dragging between siblings).
#pragma once

#include <QUndoCommand>

#include <string>

namespace sd {

class RuleDocument;

class MoveSegmentCommand : public QUndoCommand
{
public:
    // `index` is the position among the new parent's children once the segment has been taken out.
    MoveSegmentCommand(RuleDocument* document, const std::string& id, const std::string& newParentId, int index,
                       QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void move(const std::string& parentId, int index);

    RuleDocument* mDocument;
    std::string mId;
    std::string mNewParentId, mOldParentId;
    int mNewIndex = 0, mOldIndex = 0;
};

} // namespace sd
