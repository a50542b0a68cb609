// Undo command: insert a score.
#include "addscorecommand.h"

#include "ruledocument.h"

namespace sd {

AddScoreCommand::AddScoreCommand(RuleDocument* document, int index, Score score, const QString& text,
                                 QUndoCommand* parent)
    : QUndoCommand(text, parent), mDocument(document), mIndex(index), mScore(std::move(score))
{
}

void AddScoreCommand::redo()
{
    mDocument->insertScore(mIndex, mScore);
}

void AddScoreCommand::undo()
{
    mDocument->takeScore(mIndex);
}

} // namespace sd
