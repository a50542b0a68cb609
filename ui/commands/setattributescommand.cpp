// Undo command: replace a segment's attributes.
#include "setattributescommand.h"

#include "commandids.h"
#include "ruledocument.h"

#include <QCoreApplication>

namespace sd {

SetAttributesCommand::SetAttributesCommand(RuleDocument* document, const std::string& id, Attributes attributes,
                                           const std::string& mergeKey, QUndoCommand* parent)
    : QUndoCommand(parent)
    , mDocument(document)
    , mId(id)
    , mNew(std::move(attributes))
    , mMergeKey(mergeKey)
{
    const Segment* s = document->segment(id);
    if (s)
        mOld = s->attributes;
    setText(QCoreApplication::translate("SetAttributesCommand", "Edit attributes of “%1”")
                .arg(QString::fromStdString(s ? s->name : id)));
}

void SetAttributesCommand::redo()
{
    mDocument->setAttributes(mId, mNew);
}

void SetAttributesCommand::undo()
{
    mDocument->setAttributes(mId, mOld);
}

int SetAttributesCommand::id() const
{
    return mMergeKey.empty() ? -1 : SetAttributesCommandId;
}

bool SetAttributesCommand::mergeWith(const QUndoCommand* other)
{
    auto o = static_cast<const SetAttributesCommand*>(other);
    if (o->mDocument != mDocument || o->mId != mId || o->mMergeKey != mMergeKey)
        return false;
    mNew = o->mNew;
    return true;
}

} // namespace sd
