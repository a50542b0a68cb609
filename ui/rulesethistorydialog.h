// The version history of a rule set stored in the workspace: who saved each version, when and
// why; the differences between two versions (or a version and the rules being edited), with how
// each segment's size moved, computed off the UI thread; and opening an old version.
#pragma once

#include "columntable.h"
#include "rules.h"
#include "rulesetdiff.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace sd {

class RuleDocument;
class Workspace;

class RuleSetHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    RuleSetHistoryDialog(const Workspace& workspace, RuleDocument* document,
                         std::shared_ptr<const ColumnTable> table, QWidget* parent = nullptr);

    // The diff text shown (tests).
    QString diffText() const;
    void selectVersions(const QList<int>& rows);

private:
    struct SizeJob
    {
        quint64 id = 0;
        RuleSetDiffSizes sizes;
    };
    void showDiff();
    bool ruleSetOf(int row, RuleSet* out, QString* label) const;
    void openSelected();

    const Workspace& mWorkspace;
    RuleDocument* mDocument;
    std::shared_ptr<const ColumnTable> mTable;
    QTableWidget* mVersions;
    QPlainTextEdit* mDiff;
    QLabel* mHeading;
    QFutureWatcher<SizeJob> mSizeWatcher;
    quint64 mJob = 0;
    RuleSet mBefore, mAfter;
};

} // namespace sd
