// Undo command: replace one score.
#include "setscorecommand.h"

#include "commandids.h"
#include "ruledocument.h"

namespace sd {

SetScoreCommand::SetScoreCommand(RuleDocument* document, int index, Score score,
                                 std::vector<std::pair<std::string, FieldType>> fields, const QString& text,
                                 const QString& mergeKey, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , mDocument(document)
    , mIndex(index)
    , mNew(std::move(score))
    , mOldFields(document->rules().fields)
    , mNewFields(std::move(fields))
    , mMergeKey(mergeKey)
{
    if (index >= 0 && size_t(index) < document->rules().scores.size())
        mOld = document->rules().scores[size_t(index)];
}

void SetScoreCommand::redo()
{
    if (mNewFields != mDocument->rules().fields)
        mDocument->setFields(mNewFields);
    mDocument->setScore(mIndex, mNew);
}

void SetScoreCommand::undo()
{
    if (mOldFields != mDocument->rules().fields)
        mDocument->setFields(mOldFields);
    mDocument->setScore(mIndex, mOld);
}

int SetScoreCommand::id() const
{
    return mMergeKey.isEmpty() ? -1 : SetScoreCommandId;
}

bool SetScoreCommand::mergeWith(const QUndoCommand* other)
{
    auto o = static_cast<const SetScoreCommand*>(other);
    if (o->mDocument != mDocument || o->mIndex != mIndex || o->mMergeKey != mMergeKey)
        return false;
    mNew = o->mNew;
    mNewFields = o->mNewFields;
    return true;
}

} // namespace sd
