// Main window: pages as docks, actions, status bar and settings. The pages do the work.
#include "mainwindow.h"

#include "aboutdialog.h"
#include "exportactions.h"
#include "helpbrowser.h"
#include "modelactions.h"

#include "charts/chartspanel.h"
#include "charts/healthpanel.h"
#include "conditioneditor.h"
#include "csvimportrunner.h"
#include "evaluationcontroller.h"
#include "fieldlistmodel.h"
#include "healthcheck.h"
#include "importhistorymodel.h"
#include "leadspanel.h"
#include "ruledocument.h"
#include "rulefileactions.h"
#include "scoreeditor.h"
#include "segmenttreemodel.h"
#include "segmenttreepanel.h"
#include "statisticspanel.h"
#include "workspace.h"
#include "workspacebanner.h"
#include "workspacecopyrunner.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateEdit>
#include <QWhatsThis>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sd {

namespace {

constexpr int kMaxRecent = 8;

QTableView* makeTableView(QWidget* parent)
{
    auto view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setHighlightSections(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QDockWidget* makeDock(const QString& title, const QString& name, QWidget* widget, QMainWindow* window)
{
    auto dock = new QDockWidget(title, window);
    dock->setObjectName(name);
    dock->setWidget(widget);
    return dock;
}

int64_t daysSinceEpoch(const QDate& date)
{
    return QDate(1970, 1, 1).daysTo(date);
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , mDocument(new RuleDocument(this))
    , mEvaluation(new EvaluationController(this))
    , mImport(new CsvImportRunner(this))
    , mCopy(new WorkspaceCopyRunner(this))
    , mFieldModel(new FieldListModel(this))
    , mHistoryModel(new ImportHistoryModel(this))
    , mFieldFilter(new QSortFilterProxyModel(this))
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    mEditor = new ConditionEditor(mDocument, this);
    // The centre holds what is being edited and, under it, the charts it moves: both stay in
    // sight while a condition changes.
    mCentre = new QSplitter(Qt::Vertical, this);
    mCentre->setObjectName(QStringLiteral("centreSplitter"));
    mCentre->setChildrenCollapsible(false);
    mCentre->addWidget(mEditor);
    // Above the editor, the read-only banner when the workspace cannot be changed.
    auto centre = new QWidget(this);
    auto centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(4);
    mBanner = new WorkspaceBanner(centre);
    centreLayout->addWidget(mBanner);
    centreLayout->addWidget(mCentre, 1);
    setCentralWidget(centre);
    createDocks();
    createStatusBar();
    mFileActions = new RuleFileActions(mDocument, this, [this] { return mWorkspace.get(); },
                                       [this] { return mEvaluation->table(); });
    createActions();

    connect(mDocument, &RuleDocument::rulesChanged, this, &MainWindow::requestEvaluation);
    connect(mDocument, &RuleDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(mDocument, &RuleDocument::reset, this, &MainWindow::updateTitle);
    // The verified date belongs to the rule set by name: a loaded or renamed one has its own.
    connect(mDocument, &RuleDocument::reset, this, &MainWindow::updateFreshness);
    connect(mDocument, &RuleDocument::segmentChanged, this, [this](const QString& id) {
        if (id.isEmpty())
            updateFreshness();
    });
    connect(mTreePanel, &SegmentTreePanel::currentSegmentChanged, this, &MainWindow::selectSegment);
    connect(mEvaluation, &EvaluationController::snapshotReady, this, &MainWindow::applySnapshot);
    connect(mEvaluation, &EvaluationController::loadProgress, this, [this](int permille) {
        mLoadProgress->setValue(permille);
        mLoadProgress->show();
    });
    connect(mEvaluation, &EvaluationController::tableLoaded, this, [this] {
        mLoadProgress->hide();
        const auto table = mEvaluation->table();
        std::set<std::string> names;
        for (const Column& c : table->columns())
            names.insert(c.name);
        mTreePanel->model()->setAvailableFields(names);
        mEditor->setTable(table);
        mScoreEditor->setTable(table);
    });
    connect(mEvaluation, &EvaluationController::loadFailed, this, [this](const QString& message) {
        mLoadProgress->hide();
        statusBar()->showMessage(tr("The leads could not be loaded: %1").arg(message));
        checkLoadingFinished();
    });
    connect(mFieldModel, &FieldListModel::fillRatesReady, this, [this] {
        mFieldView->resizeColumnsToContents();
        checkLoadingFinished();
    });
    connect(mImport, &CsvImportRunner::started, this, &MainWindow::refresh);
    connect(mImport, &CsvImportRunner::finished, this, &MainWindow::importFinished);
    connect(mImport, &CsvImportRunner::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(mFileActions, &RuleFileActions::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(mBanner, &WorkspaceBanner::saveAsRequested, this, [this] {
        if (mWorkspace)
            mCopy->chooseAndStart(mWorkspace->path());
    });
    connect(mCopy, &WorkspaceCopyRunner::started, this, &MainWindow::refresh);
    connect(mCopy, &WorkspaceCopyRunner::finished, this, &MainWindow::workspaceCopied);

    mDocument->loadTemplate(RuleDocument::Template::EmptyTree, nullptr);
    refresh();
}

MainWindow::~MainWindow()
{
    // An item editor still open commits while the window closes; the pages that would rebuild
    // in answer are being destroyed.
    disconnect(mDocument, nullptr, nullptr, nullptr);
    mImport->cancelAndWait();
    // The models hold a pointer to the workspace; detach them before it goes away.
    mFieldModel->setWorkspace(nullptr);
    mHistoryModel->setWorkspace(nullptr);
}

void MainWindow::createDocks()
{
    mTreePanel = new SegmentTreePanel(mDocument, this);
    QDockWidget* treeDock = makeDock(tr("Segments"), QStringLiteral("segmentsDock"), mTreePanel, this);
    addDockWidget(Qt::LeftDockWidgetArea, treeDock);

    mStats = new StatisticsPanel(this);
    QDockWidget* statsDock = makeDock(tr("Statistics"), QStringLiteral("statisticsDock"), mStats, this);
    addDockWidget(Qt::RightDockWidgetArea, statsDock);
    mCharts = new ChartsPanel(this);
    // The screenshot and tests wait for the charts of the latest counts too.
    connect(mCharts, &ChartsPanel::figuresShown, this, [this](quint64 job) {
        if (job >= mChartsPendingJob)
            mChartsPendingJob = 0;
        checkLoadingFinished();
    });
    mCentre->addWidget(mCharts);
    mCentre->setStretchFactor(0, 1);
    mCentre->setStretchFactor(1, 1);
    mCentre->setSizes({500, 500}); // half each to start with, whatever the size hints say
    connect(mCharts->healthPanel(), &HealthPanel::verifyRequested, this, &MainWindow::markRulesVerified);
    // Dragging a threshold in a chart edits the condition, as one undo step per drag.
    connect(mCharts, &ChartsPanel::conditionValueEdited, this,
            [this](const QString& segmentId, const QString& pointer, const QJsonValue& value) {
                if (value.isDouble())
                    mEditor->setValueAt(segmentId, pointer, value.toDouble());
            });

    mLeads = new LeadsPanel(mDocument, mEvaluation, this);
    QDockWidget* leadsDock = makeDock(tr("Leads"), QStringLiteral("leadsDock"), mLeads, this);
    addDockWidget(Qt::BottomDockWidgetArea, leadsDock);

    // The score editor is wide rather than tall (scores, rules, figures side by side): it shares
    // the bottom area with the leads and is raised by Models → Edit Scores….
    mScoreEditor = new ScoreEditor(mDocument, this);
    mScoresDock = makeDock(tr("Scores"), QStringLiteral("scoresDock"), mScoreEditor, this);
    connect(mScoreEditor, &ScoreEditor::conditionValueEdited, this,
            [this](const QString& segmentId, const QString& pointer, const QJsonValue& value) {
                if (value.isDouble())
                    mEditor->setValueAt(segmentId, pointer, value.toDouble());
            });
    connect(mScoreEditor, &ScoreEditor::figuresShown, this, [this](quint64 job) {
        if (job >= mScoresPendingJob)
            mScoresPendingJob = 0;
        checkLoadingFinished();
    });

    auto fields = new QWidget(this);
    mFieldSearch = new QLineEdit(fields);
    mFieldSearch->setPlaceholderText(tr("Find a field (double-click one to add a condition on it)"));
    mFieldSearch->setClearButtonEnabled(true);
    mFieldFilter->setSourceModel(mFieldModel);
    mFieldFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    mFieldFilter->setFilterKeyColumn(FieldListModel::NameColumn);
    mFieldView = makeTableView(fields);
    mFieldView->setModel(mFieldFilter);
    auto fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(4, 4, 4, 4);
    fieldsLayout->addWidget(mFieldSearch);
    fieldsLayout->addWidget(mFieldView);
    connect(mFieldSearch, &QLineEdit::textChanged, mFieldFilter, &QSortFilterProxyModel::setFilterFixedString);
    connect(mFieldView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString name = index.siblingAtColumn(FieldListModel::NameColumn).data(FieldListModel::FieldNameRole).toString();
        if (!name.isEmpty())
            mEditor->addConditionOnField(name.toStdString());
    });
    mFieldsDock = makeDock(tr("Fields"), QStringLiteral("fieldsDock"), fields, this);
    addDockWidget(Qt::BottomDockWidgetArea, mFieldsDock);

    mHistoryView = makeTableView(this);
    mHistoryView->setModel(mHistoryModel);
    QDockWidget* historyDock = makeDock(tr("Import history"), QStringLiteral("importHistoryDock"), mHistoryView, this);
    addDockWidget(Qt::BottomDockWidgetArea, historyDock);
    tabifyDockWidget(leadsDock, mFieldsDock);
    tabifyDockWidget(mFieldsDock, historyDock);
    tabifyDockWidget(historyDock, mScoresDock);
    leadsDock->raise();

    resizeDocks({treeDock, statsDock}, {440, 320}, Qt::Horizontal);
    resizeDocks({leadsDock}, {280}, Qt::Vertical);
}

void MainWindow::createActions()
{
    QUndoStack* undo = mDocument->undoStack();
    QAction* undoAction = undo->createUndoAction(this, tr("&Undo"));
    undoAction->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction* redoAction = undo->createRedoAction(this, tr("&Redo"));
    redoAction->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});

    auto action = [this](const QString& icon, const QString& text, const QKeySequence& key, auto slot) {
        auto a = new QAction(icon.isEmpty() ? QIcon() : QIcon(icon), text, this);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QAction* openWs = action(QStringLiteral(":/icons/workspace.svg"), tr("&Open Workspace…"), QKeySequence::Open,
                             [this] { chooseWorkspace(false); });
    QAction* newWs = action(QString(), tr("&New Workspace…"), QKeySequence(), [this] { chooseWorkspace(true); });
    mImportAction = action(QStringLiteral(":/icons/import.svg"), tr("&Import CSV…"), QKeySequence(tr("Ctrl+I")), [this] {
        if (mWorkspace)
            mImport->chooseAndStart(*mWorkspace);
    });
    mSaveWorkspaceAsAction = action(QString(), tr("Save &Workspace As…"), QKeySequence(), [this] {
        if (mWorkspace)
            mCopy->chooseAndStart(mWorkspace->path());
    });
    mSaveWorkspaceAsAction->setToolTip(tr("Save a copy of the whole workspace under a new name and go on working in the copy"));
    QAction* newSegment = action(QStringLiteral(":/icons/segment-add.svg"), tr("&New Segment"), QKeySequence::New,
                                 [this] { mTreePanel->addSegment(); });
    QAction* newChild = action(QStringLiteral(":/icons/segment-add-child.svg"), tr("New Segment &Inside"),
                               QKeySequence(tr("Ctrl+Shift+N")), [this] { mTreePanel->addChildSegment(); });
    QAction* duplicate = action(QStringLiteral(":/icons/duplicate.svg"), tr("&Duplicate Segment"), QKeySequence(tr("Ctrl+D")),
                                [this] { mTreePanel->duplicateSegment(); });
    QAction* remove = action(QStringLiteral(":/icons/delete.svg"), tr("De&lete Segment"), QKeySequence::Delete,
                             [this] { mTreePanel->deleteSegment(); });
    // Delete acts on the tree only, so that it keeps deleting characters in the editor's fields.
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    mTreePanel->view()->addAction(remove);
    QAction* rename = action(QString(), tr("&Rename Segment"), QKeySequence(tr("F2")), [this] { mTreePanel->renameSegment(); });
    rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    mTreePanel->view()->addAction(rename);
    // Keyboard alternatives to dragging segments in the tree.
    QAction* moveUp = action(QString(), tr("Move &Up"), QKeySequence(tr("Ctrl+Shift+Up")), [this] { mTreePanel->moveSegmentUp(); });
    QAction* moveDown = action(QString(), tr("Move Do&wn"), QKeySequence(tr("Ctrl+Shift+Down")),
                               [this] { mTreePanel->moveSegmentDown(); });
    QAction* indent = action(QString(), tr("Move In&to Segment Above"), QKeySequence(tr("Ctrl+Shift+Right")),
                             [this] { mTreePanel->indentSegment(); });
    QAction* outdent = action(QString(), tr("Move &Out of Parent"), QKeySequence(tr("Ctrl+Shift+Left")),
                              [this] { mTreePanel->outdentSegment(); });
    // On the tree only: in text fields Ctrl+Shift+arrows select words.
    for (QAction* a : {moveUp, moveDown, indent, outdent}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        mTreePanel->view()->addAction(a);
    }
    QAction* addCondition = action(QStringLiteral(":/icons/add.svg"), tr("Add &Condition"), QKeySequence(tr("Ctrl+Shift+C")),
                                   [this] { mEditor->addConditionOnField({}); });
    QAction* findField = action(QStringLiteral(":/icons/find.svg"), tr("&Find Field…"), QKeySequence::Find, [this] {
        mFieldsDock->show();
        mFieldsDock->raise();
        mFieldSearch->setFocus();
        mFieldSearch->selectAll();
    });

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(newWs);
    file->addAction(openWs);
    mRecentMenu = file->addMenu(tr("Open Re&cent Workspace"));
    file->addAction(mSaveWorkspaceAsAction);
    file->addAction(mImportAction);
    file->addSeparator();
    mFileActions->addToMenu(file);
    file->addSeparator();
    auto exports = new ExportActions(mDocument, mEvaluation, this, [this] { return mWorkspace.get(); });
    connect(exports, &ExportActions::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    exports->addToMenu(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undoAction);
    edit->addAction(redoAction);
    edit->addSeparator();
    edit->addAction(findField);

    QMenu* segment = menuBar()->addMenu(tr("&Segment"));
    segment->addAction(newSegment);
    segment->addAction(newChild);
    segment->addAction(duplicate);
    segment->addAction(rename);
    segment->addAction(remove);
    segment->addSeparator();
    segment->addAction(moveUp);
    segment->addAction(moveDown);
    segment->addAction(indent);
    segment->addAction(outdent);
    segment->addSeparator();
    segment->addAction(addCondition);

    mModels = new ModelActions(mDocument, mEvaluation, this, [this] { return mWorkspace.get(); });
    connect(mModels, &ModelActions::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(mModels, &ModelActions::scoreAccepted, this, &MainWindow::showScoreEditor);
    QMenu* models = menuBar()->addMenu(tr("&Models"));
    QAction* editScores = action(QString(), tr("&Edit Scores…"), QKeySequence(tr("Ctrl+Shift+S")), [this] { showScoreEditor(); });
    editScores->setToolTip(tr("Points rules, ranges and live figures of the rule set's scores"));
    models->addAction(editScores);
    models->addSeparator();
    mModels->addToMenu(models);

    mViewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        mViewMenu->addAction(dock->toggleViewAction());
    QAction* charts = mViewMenu->addAction(tr("C&harts"));
    charts->setCheckable(true);
    charts->setChecked(true);
    charts->setToolTip(tr("Show or hide the charts under the condition editor"));
    connect(charts, &QAction::toggled, mCharts, &QWidget::setVisible);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User Guide"), this, &MainWindow::showGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(QWhatsThis::createAction(this));
    help->addSeparator();
    help->addAction(tr("&About Segment Designer"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setIconSize(QSize(20, 20));
    bar->addAction(openWs);
    bar->addAction(mImportAction);
    bar->addAction(mFileActions->saveAction());
    bar->addSeparator();
    bar->addAction(undoAction);
    bar->addAction(redoAction);
    bar->addSeparator();
    bar->addAction(newSegment);
    bar->addAction(newChild);
    bar->addAction(duplicate);
    bar->addAction(remove);
    bar->addSeparator();
    bar->addAction(addCondition);
    bar->addAction(findField);
    updateRecentMenu();
}

void MainWindow::createStatusBar()
{
    mCountLabel = new QLabel(this);
    mPathLabel = new QLabel(this);
    mPathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mTimeLabel = new QLabel(this);
    mAsOf = new QDateEdit(QDate::currentDate(), this);
    mAsOf->setCalendarPopup(true);
    mAsOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mAsOf->setToolTip(tr("Relative dates (“within the last N days”) count back from this date"));
    mLoadProgress = new QProgressBar(this);
    mLoadProgress->setRange(0, 1000);
    mLoadProgress->setMaximumWidth(160);
    mLoadProgress->setFormat(tr("Loading leads %p%"));
    mLoadProgress->hide();
    statusBar()->addWidget(mCountLabel);
    statusBar()->addWidget(mLoadProgress);
    statusBar()->addPermanentWidget(mTimeLabel);
    statusBar()->addPermanentWidget(new QLabel(tr("As of:"), this));
    statusBar()->addPermanentWidget(mAsOf);
    statusBar()->addPermanentWidget(mPathLabel);
    connect(mAsOf, &QDateEdit::dateChanged, this, [this](const QDate& date) { mEvaluation->setAsOf(daysSinceEpoch(date)); });
}

bool MainWindow::openWorkspace(const QString& path, QString* error)
{
    std::unique_ptr<Workspace> ws = Workspace::open(path, error);
    if (!ws)
        return false;
    showWorkspace(std::move(ws), true);
    return true;
}

void MainWindow::workspaceCopied(const QString& source, const QString& target, bool ok, const QString& error)
{
    refresh();
    // Another workspace was opened while the copy ran: the copy is kept, the window stays as it is.
    if (ok && (!mWorkspace || mWorkspace->path() != source)) {
        statusBar()->showMessage(tr("Saved a copy of %1 as %2.").arg(QDir::toNativeSeparators(source), QDir::toNativeSeparators(target)),
                                 10000);
        return;
    }
    QString openError;
    std::unique_ptr<Workspace> ws = ok ? Workspace::open(target, &openError) : nullptr;
    if (!ws) {
        if (!ok && error.isEmpty())
            return; // cancelled
        QMessageBox::warning(this, tr("Save Workspace As"),
                             ok ? tr("The copy “%1” was saved but cannot be opened: %2").arg(QDir::toNativeSeparators(target), openError)
                                : tr("The workspace could not be saved under the new name: %1").arg(error));
        return;
    }
    // The rule set being designed, with its unsaved edits and undo history, carries on in the copy.
    showWorkspace(std::move(ws), false);
    statusBar()->showMessage(tr("Saved the workspace as %1; you are now working in the copy.").arg(QDir::toNativeSeparators(target)),
                             10000);
}

void MainWindow::showWorkspace(std::unique_ptr<Workspace> ws, bool loadRuleSet)
{
    // Point the models at the new workspace before the old one is closed.
    mFieldModel->setWorkspace(ws.get());
    mHistoryModel->setWorkspace(ws.get());
    mWorkspace = std::move(ws);
    mLoadingReported = false;
    mEvaluation->loadWorkspace(mWorkspace->path());
    // The workspace's own rule set, when it has one; otherwise keep designing what is open.
    const QStringList names = loadRuleSet ? mWorkspace->ruleSetNames() : QStringList();
    QString loadError;
    if (!names.isEmpty() && !mDocument->loadFromWorkspace(*mWorkspace, names.first(), &loadError))
        statusBar()->showMessage(loadError, 10000);
    addRecentWorkspace(mWorkspace->path());
    updateFreshness();
    requestEvaluation();
    refresh();
}

bool MainWindow::openRuleFile(const QString& path, QString* error)
{
    return mDocument->loadFile(path, error);
}

bool MainWindow::isLoading() const
{
    if (mFieldModel->isCounting())
        return true;
    if (!mWorkspace)
        return false;
    return mEvaluation->isLoading() || (mEvaluation->table() && mEvaluation->isEvaluating()) || mChartsPendingJob != 0
        || mScoresPendingJob != 0;
}

void MainWindow::checkLoadingFinished()
{
    if (mLoadingReported || !mWorkspace || isLoading())
        return;
    mLoadingReported = true;
    emit loadingFinished();
}

void MainWindow::requestEvaluation()
{
    if (mWorkspace)
        mEvaluation->requestEvaluation(mDocument->rules(), mTreePanel->currentSegment().toStdString());
}

void MainWindow::selectSegment(const QString& id)
{
    mEditor->setSegment(id);
    mStats->setSelectedSegment(id);
    mCharts->setSelectedSegment(id);
    mLeads->setSelectedSegment(id);
    requestEvaluation(); // the funnel follows the selected segment
}

void MainWindow::applySnapshot(const EvaluationSnapshotPtr& snapshot)
{
    mTreePanel->setSnapshot(snapshot);
    mEditor->setSnapshot(snapshot);
    mStats->setSnapshot(snapshot);
    mChartsPendingJob = snapshot->error.isEmpty() ? snapshot->jobId : 0;
    mCharts->setSnapshot(snapshot);
    mScoresPendingJob = snapshot->error.isEmpty() && mScoreEditor->isVisible() ? snapshot->jobId : 0;
    mScoreEditor->setSnapshot(snapshot);
    mLeads->setSnapshot(snapshot);
    mTimeLabel->setText(snapshot->error.isEmpty()
                            ? tr("Evaluated in %1 ms").arg(QLocale().toString(snapshot->elapsedMs, 'f', 1))
                            : tr("Not evaluated: %1").arg(snapshot->error));
    checkLoadingFinished();
}

void MainWindow::showScoreEditor(const QString& scoreId)
{
    const bool wasVisible = mScoresDock->isVisible();
    mScoresDock->show();
    mScoresDock->raise();
    // First opening: room for a readable chart, taken from the centre's height.
    if (!wasVisible && !mScoresDock->isFloating() && dockWidgetArea(mScoresDock) == Qt::BottomDockWidgetArea) {
        resizeDocks({mScoresDock}, {height() * 9 / 20}, Qt::Vertical);
    }
    if (!scoreId.isEmpty())
        mScoreEditor->selectScore(scoreId);
    if (mEvaluation->latest() && mEvaluation->latest()->jobId == mScoreEditor->figures().chart.jobId)
        return;
    if (mEvaluation->latest())
        mScoresPendingJob = mEvaluation->latest()->jobId;
}

void MainWindow::refresh()
{
    const bool open = mWorkspace != nullptr;
    mImportAction->setEnabled(open && !mWorkspace->isReadOnly() && !mImport->isRunning());
    mSaveWorkspaceAsAction->setEnabled(open && !mCopy->isRunning());
    mBanner->setReadOnlyReason(open && mWorkspace->isReadOnly() ? mWorkspace->readOnlyReason() : QString());
    updateTitle();
    if (!open) {
        mCountLabel->setText(tr("No workspace is open: File → Open Workspace…"));
        mPathLabel->clear();
        return;
    }
    const qint64 leads = mWorkspace->leadCount();
    // Spelled out rather than "%n lead(s)", which needs a loaded translation to read well in English.
    mCountLabel->setText(leads == 1 ? tr("1 lead") : tr("%1 leads").arg(QLocale().toString(leads)));
    mPathLabel->setText(QDir::toNativeSeparators(mWorkspace->path()));
    mFieldView->resizeColumnsToContents();
}

void MainWindow::updateTitle()
{
    QString title;
    const QString rules = mDocument->displayName();
    if (!mWorkspace) {
        title = tr("Segment Designer[*]");
    } else {
        const QString fileName = QFileInfo(mWorkspace->path()).fileName();
        title = mWorkspace->isReadOnly() ? tr("%1[*] (read-only) — Segment Designer").arg(fileName)
                                         : tr("%1[*] — Segment Designer").arg(fileName);
        setWindowFilePath(mWorkspace->path());
    }
    setWindowTitle(title);
    setWindowModified(mDocument->isModified());
    statusBar()->setToolTip(tr("Rule set: %1%2").arg(rules, mDocument->isModified() ? tr(" (modified)") : QString()));
    if (mFileActions)
        mFileActions->updateActions();
}

void MainWindow::chooseWorkspace(bool create)
{
    const QString filter = tr("Segment Designer workspaces (*.segdb);;All files (*)");
    const QString dir = mWorkspace ? QFileInfo(mWorkspace->path()).absolutePath() : QString();
    // A new workspace never replaces an existing file: that file may hold someone's leads.
    QString path = create ? QFileDialog::getSaveFileName(this, tr("New Workspace"), dir, filter, nullptr,
                                                         QFileDialog::DontConfirmOverwrite)
                          : QFileDialog::getOpenFileName(this, tr("Open Workspace"), dir, filter);
    if (path.isEmpty())
        return;
    if (create && QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".segdb");
    if (create && QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Workspace"),
                             tr("“%1” already exists. Open it with File → Open Workspace…, or choose another name.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!mFileActions->maybeSave())
        return;
    QString error;
    if (!openWorkspace(path, &error))
        QMessageBox::warning(this, create ? tr("New Workspace") : tr("Open Workspace"), error);
}

void MainWindow::importFinished(const QString& path, bool ok)
{
    // A result for a workspace that is no longer shown must not touch the current one.
    if (ok && mWorkspace && path == mWorkspace->path()) {
        mFieldModel->reload();
        mHistoryModel->reload();
        mLoadingReported = false;
        mEvaluation->loadWorkspace(path);
        updateFreshness();
        requestEvaluation();
    }
    refresh();
}

void MainWindow::updateFreshness()
{
    if (mWorkspace)
        mCharts->healthPanel()->setFreshness(
            readDataFreshness(*mWorkspace, QString::fromStdString(mDocument->rules().name)));
}

void MainWindow::markRulesVerified()
{
    if (!mWorkspace) {
        statusBar()->showMessage(tr("Open a workspace to record that its rules were verified."), 8000);
        return;
    }
    const QString name = QString::fromStdString(mDocument->rules().name);
    QString error;
    if (mWorkspace->isReadOnly()) {
        error = tr("The workspace is read-only.");
    } else if (setRuleSetVerified(*mWorkspace, name, daysSinceEpoch(QDate::currentDate()), &error)) {
        updateFreshness();
        statusBar()->showMessage(tr("Rule set “%1” marked as verified today.").arg(name), 8000);
        return;
    }
    QMessageBox::warning(this, tr("Mark Rules as Verified"),
                         tr("Could not record the verification of “%1”: %2").arg(name, error));
}

void MainWindow::addRecentWorkspace(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentWorkspaces")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentWorkspaces"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    mRecentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentWorkspaces")).toStringList();
    for (const QString& path : recent)
        mRecentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (!mFileActions->maybeSave())
                return;
            QString error;
            if (!openWorkspace(path, &error))
                QMessageBox::warning(this, tr("Open Workspace"), error);
        });
    mRecentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    mCentre->restoreState(settings.value(QStringLiteral("mainWindow/centre")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A job still writing is cancelled only when the user agrees; the workspace is left as it was.
    auto mayStop = [this](auto* job, const QString& title, const QString& question) {
        if (!job->isRunning())
            return true;
        if (QMessageBox::question(this, title, question) != QMessageBox::Yes)
            return false;
        job->cancelAndWait();
        return true;
    };
    if (!mayStop(mImport, tr("Import CSV"),
                 tr("An import is running. Cancel it and quit? The workspace stays as it was before the import."))
        || !mayStop(mCopy, tr("Save Workspace As"),
                    tr("A copy of the workspace is being saved. Cancel it and quit? The workspace stays as it is."))
        || !mFileActions->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/centre"), mCentre->saveState());
    event->accept();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showGuide()
{
    // One guide window while the main window lives, so it reopens where the reader left it.
    auto* browser = findChild<HelpBrowser*>(QStringLiteral("userGuide"), Qt::FindDirectChildrenOnly);
    if (!browser) {
        browser = new HelpBrowser(this);
        browser->setObjectName(QStringLiteral("userGuide"));
        browser->setWindowFlag(Qt::Window);
        browser->resize(760, 680);
        browser->showPage();
    }
    browser->show();
    browser->raise();
    browser->activateWindow();
}

} // namespace sd
