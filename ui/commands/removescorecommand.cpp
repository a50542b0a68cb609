// Undo command: remove a score.
#include "removescorecommand.h"

#include "ruledocument.h"

namespace sd {

RemoveScoreCommand::RemoveScoreCommand(RuleDocument* document, int index, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), mDocument(document), mIndex(index)
{
    if (index >= 0 && size_t(index) < document->rules().scores.size())
        mScore = document->rules().scores[size_t(index)];
}

void RemoveScoreCommand::redo()
{
    mScore = mDocument->takeScore(mIndex);
}

void RemoveScoreCommand::undo()
{
    mDocument->insertScore(mIndex, mScore);
}

} // namespace sd
