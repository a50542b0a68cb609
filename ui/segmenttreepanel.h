// The segment tree page (left): the tree with live figures, buttons to add, nest, duplicate and
// delete segments, the top level's mode, and the selected segment's details below it.
#pragma once

#include "evaluationsnapshot.h"

#include <QWidget>

class QComboBox;
class QTreeView;

namespace sd {

class RuleDocument;
class SegmentDetailsEditor;
class SegmentTreeModel;

class SegmentTreePanel : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentTreePanel(RuleDocument* document, QWidget* parent = nullptr);

    SegmentTreeModel* model() const { return mModel; }
    QTreeView* view() const { return mView; }
    QString currentSegment() const { return mCurrent; }
    void setCurrentSegment(const QString& id);
    void setSnapshot(const EvaluationSnapshotPtr& snapshot);

public slots:
    void addSegment();       // a sibling after the current one (top level when none)
    void addChildSegment();  // a child of the current one
    void duplicateSegment();
    void deleteSegment();
    void renameSegment();
    // Keyboard alternatives to dragging: one place up or down among the siblings, into the
    // sibling above (as its last child), or out of the parent (right after it).
    void moveSegmentUp();
    void moveSegmentDown();
    void indentSegment();
    void outdentSegment();

signals:
    void currentSegmentChanged(const QString& id);

private:
    void rememberState();
    void restoreState();
    void showContextMenu(const QPoint& pos);
    void updateRootMode();
    void insertNew(const std::string& parentId, int index);
    // The selected segment when it can be edited (not a remainder), else nullptr.
    const Segment* editableCurrent() const;
    void moveCurrent(const std::string& parentId, int index, const QString& text);

    RuleDocument* mDocument;
    SegmentTreeModel* mModel;
    QTreeView* mView;
    QComboBox* mRootMode;
    SegmentDetailsEditor* mDetails;
    QString mCurrent;
    QStringList mExpanded;
    bool mRestoring = false;
};

} // namespace sd
