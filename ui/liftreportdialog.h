// Models ▸ Lift Report…: what the segments did once outcomes arrived. Per segment with a holdout,
// treatment against holdout conversion (95% intervals), uplift, relative lift and p-value, with
// the figures as CSV on the clipboard; and the rules being designed compared with a version saved
// in the workspace on the same leads (conversions per lead touched). Both run off the UI thread;
// the report follows each new evaluation while the dialog is open.
#pragma once

#include "evaluationsnapshot.h"
#include "liftreport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace sd {

class EvaluationController;
class HoldoutLiftModel;
class RuleDocument;
class Workspace;

class LiftReportDialog : public QDialog
{
    Q_OBJECT

public:
    LiftReportDialog(RuleDocument* document, EvaluationController* evaluation, const Workspace* workspace,
                     QWidget* parent = nullptr);
    ~LiftReportDialog() override;

    HoldoutLiftModel* model() const { return mModel; }
    QTableView* view() const { return mView; }
    // What stands in for the table when there is nothing to report ("" when the table shows).
    QString reportMessage() const;
    QString csv() const;
    void copyCsv() const;

    // Saved versions offered for comparison (newest first), as (version id, text).
    QList<QPair<qint64, QString>> versions() const;
    // Compares the current rules with a saved version (in the background); comparisonFinished tells.
    void compareWithVersion(qint64 versionId);
    void compareWith(const RuleSet& other, const QString& name);
    const std::optional<RuleSetComparison>& comparison() const { return mComparison; }
    QTableWidget* comparisonTable() const { return mCompareTable; }
    QString comparisonMessage() const;

signals:
    void reportShown();
    void comparisonFinished(bool ok);

private:
    void setSnapshot(const EvaluationSnapshotPtr& snapshot);
    void showComparison();

    RuleDocument* mDocument;
    EvaluationController* mEvaluation;
    const Workspace* mWorkspace;
    HoldoutLiftModel* mModel;
    quint64 mReportRequest = 0;
    quint64 mCompareRequest = 0;
    std::optional<RuleSetComparison> mComparison;
    QString mCompareName;

    QLabel* mReportNote;
    QTableView* mView;
    QPushButton* mCopy;
    QComboBox* mVersions;
    QPushButton* mCompare;
    QLabel* mCompareNote;
    QTableWidget* mCompareTable;
};

} // namespace sd
