// Main window: assembles the views, models and menus, and runs the CSV import as a background job
// with a cancellable progress dialog.
#include "mainwindow.h"

#include "fieldlistmodel.h"
#include "importhistorymodel.h"
#include "leadtablemodel.h"
#include "workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace sd {

// Shared between the UI thread and the import worker; the worker only reads `cancel` and writes `permille`.
struct MainWindow::ImportJob
{
    QString workspacePath;
    std::atomic<bool> cancel{false};
    std::atomic<int> permille{0};
};

namespace {

QTableView* makeTableView(QWidget* parent)
{
    auto view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setHighlightSections(false);
    // Fixed row heights let the view address a million rows without measuring them.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

// Column widths from the visible rows, capped so one long text column does not push the rest away.
// A stretched last column keeps filling the view.
void fitColumns(QTableView* view, int maxWidth)
{
    QHeaderView* header = view->horizontalHeader();
    const int fitted = header->stretchLastSection() ? header->count() - 1 : header->count();
    for (int c = 0; c < fitted; ++c) {
        view->resizeColumnToContents(c);
        if (view->columnWidth(c) > maxWidth)
            view->setColumnWidth(c, maxWidth);
    }
}

// The header row of a CSV, for choosing the key column; empty when the file cannot be read.
QStringList csvHeader(const QString& path)
{
    CsvFormat format;
    QString error;
    if (!sniffCsvFormat(path, CsvSniffOptions{}, &format, &error))
        return {};
    QStringList header;
    readCsv(path, format, [&](const CsvRecord& record) {
        for (std::string_view f : *record.fields)
            header.append(QString::fromUtf8(f.data(), qsizetype(f.size())).trimmed());
        return false; // the header is all we need
    });
    return uniqueHeaderNames(header);
}

// A JSON string literal, for the import summary that mirrors the command line's output.
QString jsonString(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , mLeadModel(new LeadTableModel(this))
    , mFieldModel(new FieldListModel(this))
    , mHistoryModel(new ImportHistoryModel(this))
    , mProgressTimer(new QTimer(this))
{
    mLeadView = makeTableView(this);
    mLeadView->setModel(mLeadModel);
    mLeadView->setSelectionBehavior(QAbstractItemView::SelectItems);

    mPlaceholder = new QLabel(this);
    mPlaceholder->setAlignment(Qt::AlignCenter);
    mPlaceholder->setWordWrap(true);
    mPlaceholder->setForegroundRole(QPalette::PlaceholderText);

    mCentral = new QStackedWidget(this);
    mCentral->addWidget(mPlaceholder);
    mCentral->addWidget(mLeadView);
    setCentralWidget(mCentral);

    createDocks();
    createMenus();

    mCountLabel = new QLabel(this);
    mPathLabel = new QLabel(this);
    mPathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(mCountLabel);
    statusBar()->addPermanentWidget(mPathLabel);

    mProgressTimer->setInterval(100);
    connect(mProgressTimer, &QTimer::timeout, this, [this] {
        if (mProgressDialog && mImportJob)
            mProgressDialog->setValue(mImportJob->permille.load());
    });
    connect(&mImportWatcher, &QFutureWatcher<ImportResult>::finished, this, &MainWindow::finishImport);
    connect(mFieldModel, &FieldListModel::fillRatesReady, this, [this] {
        fitColumns(mFieldView, 200);
        emit loadingFinished();
    });

    refresh();
}

MainWindow::~MainWindow()
{
    cancelImportAndWait();
    // The models hold a pointer to the workspace; detach them before it goes away.
    mLeadModel->setWorkspace(nullptr);
    mFieldModel->setWorkspace(nullptr);
    mHistoryModel->setWorkspace(nullptr);
}

bool MainWindow::isLoading() const
{
    return mFieldModel->isCounting();
}

void MainWindow::createDocks()
{
    mFieldView = makeTableView(this);
    mFieldView->setModel(mFieldModel);
    mFieldView->verticalHeader()->hide();
    mFieldView->horizontalHeader()->setStretchLastSection(true);
    auto fieldsDock = new QDockWidget(tr("Fields"), this);
    fieldsDock->setObjectName(QStringLiteral("fieldsDock"));
    fieldsDock->setWidget(mFieldView);
    addDockWidget(Qt::RightDockWidgetArea, fieldsDock);

    mHistoryView = makeTableView(this);
    mHistoryView->setModel(mHistoryModel);
    mHistoryView->verticalHeader()->hide();
    mHistoryView->horizontalHeader()->setStretchLastSection(true);
    auto historyDock = new QDockWidget(tr("Import history"), this);
    historyDock->setObjectName(QStringLiteral("importHistoryDock"));
    historyDock->setWidget(mHistoryView);
    addDockWidget(Qt::BottomDockWidgetArea, historyDock);

    resizeDocks({fieldsDock}, {400}, Qt::Horizontal);
    resizeDocks({historyDock}, {mHistoryView->verticalHeader()->defaultSectionSize() * 5}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New workspace…"), QKeySequence::New, this, [this] { chooseWorkspace(true); });
    file->addAction(tr("&Open workspace…"), QKeySequence::Open, this, [this] { chooseWorkspace(false); });
    file->addSeparator();
    mImportAction = file->addAction(tr("&Import CSV…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::chooseCsvToImport);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Segment Designer"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

bool MainWindow::openWorkspace(const QString& path, QString* error)
{
    std::unique_ptr<Workspace> ws = Workspace::open(path, error);
    if (!ws)
        return false;
    // Point the models at the new workspace before the old one is closed.
    mLeadModel->setWorkspace(ws.get());
    mFieldModel->setWorkspace(ws.get());
    mHistoryModel->setWorkspace(ws.get());
    mWorkspace = std::move(ws);
    refresh();
    return true;
}

void MainWindow::refresh()
{
    const bool open = mWorkspace != nullptr;
    const qint64 leads = mLeadModel->leadCount();
    mImportAction->setEnabled(open && !mWorkspace->isReadOnly() && !mImportWatcher.isRunning());

    if (!open) {
        setWindowTitle(tr("Segment Designer"));
        mPlaceholder->setText(tr("No workspace is open.\nCreate one with File → New workspace… or open one with File → Open workspace…"));
        mCountLabel->clear();
        mPathLabel->clear();
        mCentral->setCurrentWidget(mPlaceholder);
        return;
    }
    const QString fileName = QFileInfo(mWorkspace->path()).fileName();
    setWindowTitle(mWorkspace->isReadOnly() ? tr("%1 (read-only) — Segment Designer").arg(fileName)
                                            : tr("%1 — Segment Designer").arg(fileName));
    setWindowFilePath(mWorkspace->path());
    // Spelled out rather than "%n lead(s)", which needs a loaded translation to read well in English.
    mCountLabel->setText(leads == 1 ? tr("1 lead") : tr("%1 leads").arg(QLocale().toString(leads)));
    mPathLabel->setText(QDir::toNativeSeparators(mWorkspace->path()));

    if (leads == 0 || mLeadModel->columnCount() == 0) {
        mPlaceholder->setText(tr("This workspace has no leads yet.\nAdd some with File → Import CSV…"));
        mCentral->setCurrentWidget(mPlaceholder);
    } else {
        mCentral->setCurrentWidget(mLeadView);
        fitColumns(mLeadView, 280);
    }
    fitColumns(mFieldView, 200);
    fitColumns(mHistoryView, 260);
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
                             tr("“%1” already exists. Open it with File → Open workspace…, or choose another name.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString error;
    if (!openWorkspace(path, &error))
        QMessageBox::warning(this, create ? tr("New Workspace") : tr("Open Workspace"), error);
}

void MainWindow::chooseCsvToImport()
{
    if (!mWorkspace || mImportWatcher.isRunning())
        return;
    const QString csv = QFileDialog::getOpenFileName(this, tr("Import CSV"), QString(),
                                                     tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (csv.isEmpty())
        return;

    ImportConfig config;
    config.csvPath = csv;
    config.keyColumn = mWorkspace->keyField();
    if (config.keyColumn.isEmpty() && mWorkspace->leadCount() == 0) {
        // The first import decides the key; later imports reuse it.
        const QString noKey = tr("(no key: add every row as a new lead)");
        QStringList choices = csvHeader(csv);
        choices.prepend(noKey);
        bool ok = false;
        const QString choice = QInputDialog::getItem(this, tr("Import CSV"),
                                                     tr("Column that identifies a lead across imports:"),
                                                     choices, 0, false, &ok);
        if (!ok)
            return;
        if (choice != noKey)
            config.keyColumn = choice;
    }
    startImport(config);
}

void MainWindow::startImport(const ImportConfig& config)
{
    auto job = std::make_shared<ImportJob>();
    job->workspacePath = mWorkspace->path();
    mImportJob = job;
    mImportConfig = config;

    mProgressDialog = new QProgressDialog(tr("Importing “%1”…").arg(QFileInfo(config.csvPath).fileName()),
                                          tr("Cancel"), 0, 1000, this);
    mProgressDialog->setWindowTitle(tr("Import CSV"));
    mProgressDialog->setWindowModality(Qt::WindowModal);
    mProgressDialog->setAutoClose(false);
    mProgressDialog->setAutoReset(false);
    mProgressDialog->setMinimumDuration(300);
    connect(mProgressDialog, &QProgressDialog::canceled, this, [job] { job->cancel = true; });
    mProgressTimer->start();

    // The worker opens its own connection: a workspace connection is not shared between threads,
    // and the window's connection keeps reading the last committed state until the import commits.
    mImportWatcher.setFuture(QtConcurrent::run([job, config] {
        QString error;
        std::unique_ptr<Workspace> ws = Workspace::open(job->workspacePath, &error);
        if (!ws) {
            ImportResult failed;
            failed.error = error;
            return failed;
        }
        return importCsv(*ws, config, [job](qint64 done, qint64 total) {
            job->permille = total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0;
            return !job->cancel.load();
        });
    }));
    refresh();
}

void MainWindow::finishImport()
{
    mProgressTimer->stop();
    delete mProgressDialog;
    const std::shared_ptr<ImportJob> job = std::exchange(mImportJob, nullptr);
    const ImportResult result = mImportWatcher.result();

    // A result for a workspace that is no longer shown must not touch the current one.
    const bool current = job && mWorkspace && job->workspacePath == mWorkspace->path();
    if (current && result.ok) {
        mLeadModel->reload();
        mFieldModel->reload();
        mHistoryModel->reload();
    }
    refresh();

    if (result.cancelled) {
        statusBar()->showMessage(tr("Import cancelled; the workspace is unchanged."), 8000);
        return;
    }
    if (!result.ok) {
        QMessageBox::warning(this, tr("Import CSV"), tr("The import failed: %1").arg(result.error));
        return;
    }
    showImportSummary(mImportConfig, result);
}

void MainWindow::showImportSummary(const ImportConfig& config, const ImportResult& result)
{
    // The same summary the command line prints, so a user can compare the two.
    const QString summary = QStringLiteral(
        "{\n  \"rows_read\": %1,\n  \"inserted\": %2,\n  \"updated\": %3,\n  \"unchanged\": %4,\n"
        "  \"skipped\": %5,\n  \"rejected\": %6,\n  \"rejects_file\": %7\n}")
        .arg(result.rowsRead).arg(result.inserted).arg(result.updated).arg(result.unchanged)
        .arg(result.skipped).arg(result.rejected)
        .arg(result.rejectsFile.isEmpty() ? QStringLiteral("null") : jsonString(result.rejectsFile));

    QMessageBox box(result.rejected > 0 ? QMessageBox::Warning : QMessageBox::Information, tr("Import CSV"),
                    tr("Imported “%1”.").arg(QFileInfo(config.csvPath).fileName()), QMessageBox::Ok, this);
    QString details = QStringLiteral("<pre>%1</pre>").arg(summary.toHtmlEscaped());
    if (result.rejected > 0) {
        const QString rejects = QDir::toNativeSeparators(result.rejectsFile).toHtmlEscaped();
        details += result.rejected == 1
            ? tr("<p>1 row was rejected. It is listed with its line number and the reason in<br><b>%1</b></p>").arg(rejects)
            : tr("<p>%1 rows were rejected. Each one is listed with its line number and the reason in<br><b>%2</b></p>")
                  .arg(QLocale().toString(result.rejected), rejects);
    }
    for (const QString& warning : result.warnings)
        details += QStringLiteral("<p>%1</p>").arg(warning.toHtmlEscaped());
    box.setInformativeText(details);
    QPushButton* showRejects = nullptr;
    if (result.rejected > 0 && !result.rejectsFile.isEmpty())
        showRejects = box.addButton(tr("Open Rejects File"), QMessageBox::ActionRole);
    box.exec();
    if (showRejects && box.clickedButton() == showRejects)
        QDesktopServices::openUrl(QUrl::fromLocalFile(result.rejectsFile));
}

void MainWindow::cancelImportAndWait()
{
    if (!mImportWatcher.isRunning())
        return;
    if (mImportJob)
        mImportJob->cancel = true;
    mImportWatcher.waitForFinished(); // the import checks the flag on every progress step
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (mImportWatcher.isRunning()) {
        const auto answer = QMessageBox::question(this, tr("Import CSV"),
                                                  tr("An import is running. Cancel it and quit? The workspace stays as it was before the import."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        cancelImportAndWait();
    }
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Segment Designer"),
                       tr("<h3>Segment Designer %1</h3>"
                          "<p>Design lead segments visually on your own CSV exports, watch sizes and "
                          "conversion update, and export the rule file for your CRM and data warehouse.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace sd
