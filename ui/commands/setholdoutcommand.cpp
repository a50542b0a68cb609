// Undo command: set a segment's holdout.
#include "setholdoutcommand.h"

#include "commandids.h"
#include "ruledocument.h"

#include <QCoreApplication>

namespace sd {

SetHoldoutCommand::SetHoldoutCommand(RuleDocument* document, const std::string& id, std::optional<double> holdout,
                                     QUndoCommand* parent)
    : QUndoCommand(parent)
    , mDocument(document)
    , mId(id)
    , mNew(holdout)
{
    if (const Segment* s = document->segment(id))
        mOld = s->holdout;
    setText(QCoreApplication::translate("SetHoldoutCommand", "Set holdout"));
}

void SetHoldoutCommand::redo()
{
    mDocument->setHoldout(mId, mNew);
}

void SetHoldoutCommand::undo()
{
    mDocument->setHoldout(mId, mOld);
}

int SetHoldoutCommand::id() const
{
    return SetHoldoutCommandId;
}

bool SetHoldoutCommand::mergeWith(const QUndoCommand* other)
{
    auto o = static_cast<const SetHoldoutCommand*>(other);
    if (o->mDocument != mDocument || o->mId != mId)
        return false;
    mNew = o->mNew;
    return true;
}

} // namespace sd
