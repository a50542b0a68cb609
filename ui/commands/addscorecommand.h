// Undo command: insert a score into the rule set at a position (a new score, or a copy).
#pragma once

#include "rules.h"

#include <QUndoCommand>

namespace sd {

class RuleDocument;

class AddScoreCommand : public QUndoCommand
{
public:
    AddScoreCommand(RuleDocument* document, int index, Score score, const QString& text,
                    QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    RuleDocument* mDocument;
    int mIndex;
    Score mScore;
};

} // namespace sd
