// Undo command: replace a segment's condition (`when`), together with the field declarations the
// new condition needs. Commands with the same merge key (one value being typed, one threshold
// being dragged) merge into one undo step; an empty key never merges.
#pragma once

#include "rules.h"

#include <QString>
#include <QUndoCommand>

#include <optional>

namespace sd {

class RuleDocument;

class SetConditionCommand : public QUndoCommand
{
public:
    SetConditionCommand(RuleDocument* document, const std::string& segmentId, std::optional<Condition> when,
                        std::vector<std::pair<std::string, FieldType>> fields, const QString& text,
                        const QString& mergeKey = {}, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    const std::string& segmentId() const { return mSegmentId; }

private:
    RuleDocument* mDocument;
    std::string mSegmentId;
    std::optional<Condition> mOld, mNew;
    std::vector<std::pair<std::string, FieldType>> mOldFields, mNewFields;
    QString mMergeKey;
};

} // namespace sd
