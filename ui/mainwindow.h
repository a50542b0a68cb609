// The main window: assembles the designer's pages (segment tree, condition editor, statistics,
// charts, leads, fields, import history) as docks around the condition editor, with menus, a
// toolbar, shortcuts, the status bar (total leads, as-of date, evaluation time) and persistent
// window state. Each page is its own class; this file only wires them together.
#pragma once

#include "evaluationsnapshot.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDateEdit;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace sd {

class ChartsPanel;
class ConditionEditor;
class CsvImportRunner;
class EvaluationController;
class FieldListModel;
class ImportHistoryModel;
class LeadsPanel;
class ModelActions;
class RuleDocument;
class RuleFileActions;
class ScoreEditor;
class SegmentTreePanel;
class StatisticsPanel;
class Workspace;
class WorkspaceBanner;
class WorkspaceCopyRunner;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates, when the file does not exist) a workspace and shows it, with its latest
    // rule set. On failure the current workspace stays open and *error says why.
    bool openWorkspace(const QString& path, QString* error);
    // Opens a rule file in the designer (replacing the current rule set without asking).
    bool openRuleFile(const QString& path, QString* error);
    const Workspace* workspace() const { return mWorkspace.get(); }
    RuleDocument* document() const { return mDocument; }
    EvaluationController* evaluation() const { return mEvaluation; }
    SegmentTreePanel* segmentTree() const { return mTreePanel; }
    ConditionEditor* conditionEditor() const { return mEditor; }
    ScoreEditor* scoreEditor() const { return mScoreEditor; }
    // Shows the score editor dock, with the score of that id when given.
    void showScoreEditor(const QString& scoreId = {});
    // True while the table is loading, counts are being computed or fill rates are counted.
    bool isLoading() const;
    // Window geometry and dock layout of the last session (interactive runs only).
    void restoreSettings();

signals:
    // Everything the open workspace shows has arrived (counts drawn, fill rates counted).
    void loadingFinished();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createDocks();
    void createActions();
    void createStatusBar();
    void refresh();
    void requestEvaluation();
    void applySnapshot(const EvaluationSnapshotPtr& snapshot);
    void selectSegment(const QString& id);
    void chooseWorkspace(bool create);
    void importFinished(const QString& path, bool ok);
    // Shows WS in place of the open workspace; LOADRULESET loads its latest rule set, otherwise
    // the rule set being designed stays as it is.
    void showWorkspace(std::unique_ptr<Workspace> ws, bool loadRuleSet);
    // The workspace was saved under a new name: the copy becomes the open workspace.
    void workspaceCopied(const QString& source, const QString& target, bool ok, const QString& error);
    void addRecentWorkspace(const QString& path);
    void updateRecentMenu();
    void updateTitle();
    // Last import and last-verified dates for the health checks.
    void updateFreshness();
    void markRulesVerified();
    void checkLoadingFinished();
    void showAbout();
    void showGuide();

    std::unique_ptr<Workspace> mWorkspace;
    RuleDocument* mDocument;
    EvaluationController* mEvaluation;
    CsvImportRunner* mImport;
    WorkspaceCopyRunner* mCopy;
    WorkspaceBanner* mBanner = nullptr;
    RuleFileActions* mFileActions = nullptr;
    FieldListModel* mFieldModel;
    ImportHistoryModel* mHistoryModel;
    QSortFilterProxyModel* mFieldFilter;

    SegmentTreePanel* mTreePanel = nullptr;
    ConditionEditor* mEditor = nullptr;
    QSplitter* mCentre = nullptr; // the condition editor over the charts
    StatisticsPanel* mStats = nullptr;
    ChartsPanel* mCharts = nullptr;
    LeadsPanel* mLeads = nullptr;
    ModelActions* mModels = nullptr;
    quint64 mChartsPendingJob = 0; // snapshot whose charts are not drawn yet, 0 = none
    ScoreEditor* mScoreEditor = nullptr;
    QDockWidget* mScoresDock = nullptr;
    quint64 mScoresPendingJob = 0; // likewise for the score editor's figures while it is shown
    QTableView* mFieldView = nullptr;
    QLineEdit* mFieldSearch = nullptr;
    QTableView* mHistoryView = nullptr;
    QDockWidget* mFieldsDock = nullptr;

    QLabel* mCountLabel = nullptr;
    QLabel* mPathLabel = nullptr;
    QLabel* mTimeLabel = nullptr;
    QDateEdit* mAsOf = nullptr;
    QProgressBar* mLoadProgress = nullptr;
    QAction* mImportAction = nullptr;
    QAction* mSaveWorkspaceAsAction = nullptr;
    QMenu* mRecentMenu = nullptr;
    QMenu* mViewMenu = nullptr;
    bool mLoadingReported = false;
};

} // namespace sd
