// Undo command: replace a segment's condition.
#include "setconditioncommand.h"

#include "commandids.h"
#include "ruledocument.h"

namespace sd {

SetConditionCommand::SetConditionCommand(RuleDocument* document, const std::string& segmentId,
                                         std::optional<Condition> when,
                                         std::vector<std::pair<std::string, FieldType>> fields, const QString& text,
                                         const QString& mergeKey, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , mDocument(document)
    , mSegmentId(segmentId)
    , mNew(std::move(when))
    , mOldFields(document->rules().fields)
    , mNewFields(std::move(fields))
    , mMergeKey(mergeKey)
{
    if (const Segment* s = document->segment(segmentId))
        mOld = s->when;
}

void SetConditionCommand::redo()
{
    mDocument->setFields(mNewFields);
    mDocument->setCondition(mSegmentId, mNew);
}

void SetConditionCommand::undo()
{
    mDocument->setFields(mOldFields);
    mDocument->setCondition(mSegmentId, mOld);
}

int SetConditionCommand::id() const
{
    return mMergeKey.isEmpty() ? -1 : SetConditionCommandId;
}

bool SetConditionCommand::mergeWith(const QUndoCommand* other)
{
    auto o = static_cast<const SetConditionCommand*>(other);
    if (o->mDocument != mDocument || o->mSegmentId != mSegmentId || o->mMergeKey != mMergeKey)
        return false;
    mNew = o->mNew;
    mNewFields = o->mNewFields;
    return true;
}

} // namespace sd
