// Undo command: replace one score of the rule set (its id, label, range or rules), together with
// the field declarations its rules need. Commands with the same merge key (one spin box being
// stepped, one label being typed) merge into one undo step; an empty key never merges.
#pragma once

#include "rules.h"

#include <QString>
#include <QUndoCommand>

#include <utility>
#include <vector>

namespace sd {

class RuleDocument;

class SetScoreCommand : public QUndoCommand
{
public:
    SetScoreCommand(RuleDocument* document, int index, Score score,
                    std::vector<std::pair<std::string, FieldType>> fields, const QString& text,
                    const QString& mergeKey = {}, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    RuleDocument* mDocument;
    int mIndex;
    Score mOld, mNew;
    std::vector<std::pair<std::string, FieldType>> mOldFields, mNewFields;
    QString mMergeKey;
};

} // namespace sd
