// Merge ids of the undo commands: consecutive commands with the same id and target merge into
// one undo step (typing a name, dragging a threshold).
#pragma once

namespace sd {

enum CommandId {
    RenameSegmentCommandId = 1,
    SetConditionCommandId,
    SetAttributesCommandId,
    SetHoldoutCommandId,
    SetScoreCommandId,
};

} // namespace sd
