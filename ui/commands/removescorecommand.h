// Undo command: remove one score from the rule set; undo puts it back at the same position.
#pragma once

#include "rules.h"

#include <QUndoCommand>

namespace sd {

class RuleDocument;

class RemoveScoreCommand : public QUndoCommand
{
public:
    RemoveScoreCommand(RuleDocument* document, int index, const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    RuleDocument* mDocument;
    int mIndex;
    Score mScore;
};

} // namespace sd
