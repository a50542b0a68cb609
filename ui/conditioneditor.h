// The condition editor (centre page): the selected segment's `when` as nested blocks, with the
// funnel count beside every condition and the validator's messages in place. Every edit is built
// with the path functions of conditionpath.h and pushed as one SetConditionCommand; typing in one
// value or dragging one slider merges into one undo step.
#pragma once

#include "conditionpath.h"
#include "evaluationsnapshot.h"
#include "fieldcatalog.h"

#include <QWidget>

#include <map>
#include <optional>

class QLabel;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

namespace sd {

class ConditionGroupWidget;
class ConditionLeafWidget;
class RuleDocument;

class ConditionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ConditionEditor(RuleDocument* document, QWidget* parent = nullptr);

    void setSegment(const QString& id);
    QString segment() const { return mSegment; }
    void setTable(std::shared_ptr<const ColumnTable> table);
    void setSnapshot(const EvaluationSnapshotPtr& snapshot);
    FieldCatalog& catalog() { return mCatalog; }
    // Other segments this one may reference (not itself), as (id, name).
    std::vector<std::pair<std::string, std::string>> segmentChoices() const;

    // Edits, in terms of paths inside the current segment's `when`.
    void replaceAt(const ConditionPath& path, const Condition& c, const QString& mergePart, bool rebuild);
    void removeAt(const ConditionPath& path);
    void wrapAt(const ConditionPath& path, Condition::Kind kind);
    void ungroupAt(const ConditionPath& path);
    void setGroupKind(const ConditionPath& path, Condition::Kind kind);
    void addLeafAt(const ConditionPath& groupPath, const std::string& field = {});
    void addSegmentRefAt(const ConditionPath& groupPath);
    void addGroupAt(const ConditionPath& groupPath);
    void moveTo(const ConditionPath& from, const ConditionPath& toGroup, int index);
    // One place up (-1) or down (+1) among its siblings; at the edge of its group, out of it
    // (before or after the group). The grip of the moved node keeps the keyboard focus.
    void moveStep(const ConditionPath& path, int direction);
    // Sets one number of a segment's condition, named by a JSON Pointer inside its `when`
    // ("/value", "/all/0/value", "/value/1"): the charts' threshold drags. Consecutive calls for
    // the same number merge into one undo step. False when the pointer names no such number.
    bool setValueAt(const QString& segmentId, const QString& pointer, double value);
    // Adds a condition on `field` to the current segment (the field list's "use in condition").
    void addConditionOnField(const std::string& field);

    // The widget of the node at a pointer inside `when` ("" = root), for tests and counts.
    QWidget* nodeWidget(const std::string& pointer) const;
    QWidget* createNodeWidget(const ConditionPath& path, const Condition& c, QWidget* parent);

signals:
    void segmentSelected(const QString& id);

private:
    void rebuild();
    void focusGrip(const ConditionPath& path);
    void updateCounts();
    void updateErrors();
    void apply(std::optional<Condition> when, const QString& text, const QString& mergeKey = {}, bool rebuild = true);
    std::optional<Condition> currentWhen() const;
    bool ensureRootGroup(std::optional<Condition>& when) const;
    Condition firstFieldLeaf(const std::string& field);
    std::vector<std::pair<std::string, FieldType>> fieldsFor(const std::optional<Condition>& when) const;

    RuleDocument* mDocument;
    FieldCatalog mCatalog;
    EvaluationSnapshotPtr mSnapshot;
    QString mSegment;
    QLabel* mTitle;
    QLabel* mBase;
    QToolButton* mAddCondition;
    QToolButton* mAddGroup;
    QScrollArea* mScroll;
    QWidget* mContent = nullptr;
    QLabel* mEmpty;
    std::map<std::string, QWidget*> mNodes; // pointer → leaf or group widget
    std::optional<std::optional<Condition>> mLastPushed; // what this editor last wrote
};

} // namespace sd
