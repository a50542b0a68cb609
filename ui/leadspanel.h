// Leads page (bottom): the leads of the selected segment in a lazy table, and beside it "why is
// this lead here / not there": the conditions on the path to a chosen segment with each one's
// truth and the lead's value, answered by the evaluation worker.
#pragma once

#include "evaluationsnapshot.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace sd {

class EvaluationController;
class RuleDocument;
class SegmentLeadsModel;

class LeadsPanel : public QWidget
{
    Q_OBJECT

public:
    LeadsPanel(RuleDocument* document, EvaluationController* controller, QWidget* parent = nullptr);

    void setSnapshot(const EvaluationSnapshotPtr& snapshot);
    void setSelectedSegment(const QString& id);
    SegmentLeadsModel* model() const { return mModel; }
    QTreeWidget* explanationView() const { return mWhy; }

private:
    void reloadModel();
    void fillSegmentChoices();
    void askWhy();
    void showExplanation(quint64 id, const std::string& segmentId, size_t row, const Explanation& e, const QString& error);
    QTreeWidgetItem* addNode(QTreeWidgetItem* parent, const ExplainNode& node);

    RuleDocument* mDocument;
    EvaluationController* mController;
    EvaluationSnapshotPtr mSnapshot;
    QString mSegment;
    SegmentLeadsModel* mModel;
    QTableView* mView;
    QLabel* mSummary;
    QComboBox* mWhySegment;
    QLabel* mVerdict;
    QTreeWidget* mWhy;
    qint64 mSelectedRow = -1; // table row of the lead being explained
    quint64 mWhyRequest = 0;
};

} // namespace sd
