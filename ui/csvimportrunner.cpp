// CSV import as a background job with progress and cancel.
#include "csvimportrunner.h"

#include "workspace.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace sd {

// Shared between the UI thread and the import worker; the worker only reads `cancel` and writes `permille`.
struct CsvImportRunner::Job
{
    QString workspacePath;
    std::atomic<bool> cancel{false};
    std::atomic<int> permille{0};
};

namespace {

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

CsvImportRunner::CsvImportRunner(QWidget* window)
    : QObject(window)
    , mWindow(window)
    , mTimer(new QTimer(this))
{
    mTimer->setInterval(100);
    connect(mTimer, &QTimer::timeout, this, [this] {
        if (mProgress && mJob)
            mProgress->setValue(mJob->permille.load());
    });
    connect(&mWatcher, &QFutureWatcher<ImportResult>::finished, this, &CsvImportRunner::finish);
}

CsvImportRunner::~CsvImportRunner()
{
    cancelAndWait();
}

void CsvImportRunner::chooseAndStart(const Workspace& workspace)
{
    if (isRunning())
        return;
    const QString csv = QFileDialog::getOpenFileName(mWindow, tr("Import CSV"), QString(),
                                                     tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (csv.isEmpty())
        return;
    ImportConfig config;
    config.csvPath = csv;
    config.keyColumn = workspace.keyField();
    if (config.keyColumn.isEmpty() && workspace.leadCount() == 0) {
        // The first import decides the key; later imports reuse it.
        const QString noKey = tr("(no key: add every row as a new lead)");
        QStringList choices = csvHeader(csv);
        choices.prepend(noKey);
        bool ok = false;
        const QString choice = QInputDialog::getItem(mWindow, tr("Import CSV"),
                                                     tr("Column that identifies a lead across imports:"),
                                                     choices, 0, false, &ok);
        if (!ok)
            return;
        if (choice != noKey)
            config.keyColumn = choice;
    }
    start(workspace.path(), config);
}

void CsvImportRunner::start(const QString& workspacePath, const ImportConfig& config)
{
    auto job = std::make_shared<Job>();
    job->workspacePath = workspacePath;
    mJob = job;
    mConfig = config;

    mProgress = new QProgressDialog(tr("Importing “%1”…").arg(QFileInfo(config.csvPath).fileName()),
                                    tr("Cancel"), 0, 1000, mWindow);
    mProgress->setWindowTitle(tr("Import CSV"));
    mProgress->setWindowModality(Qt::WindowModal);
    mProgress->setAutoClose(false);
    mProgress->setAutoReset(false);
    mProgress->setMinimumDuration(300);
    connect(mProgress, &QProgressDialog::canceled, this, [job] { job->cancel = true; });
    mTimer->start();

    // The worker opens its own connection: a workspace connection is not shared between threads,
    // and the window's connection keeps reading the last committed state until the import commits.
    mWatcher.setFuture(QtConcurrent::run([job, config] {
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
    emit started();
}

void CsvImportRunner::finish()
{
    mTimer->stop();
    delete mProgress;
    const std::shared_ptr<Job> job = std::exchange(mJob, nullptr);
    const ImportResult result = mWatcher.result();
    emit finished(job ? job->workspacePath : QString(), result.ok);
    if (result.cancelled) {
        emit message(tr("Import cancelled; the workspace is unchanged."));
        return;
    }
    if (!result.ok) {
        QMessageBox::warning(mWindow, tr("Import CSV"), tr("The import failed: %1").arg(result.error));
        return;
    }
    showSummary(mConfig, result);
}

void CsvImportRunner::showSummary(const ImportConfig& config, const ImportResult& result)
{
    // The same summary the command line prints, so a user can compare the two.
    const QString summary = QStringLiteral(
        "{\n  \"rows_read\": %1,\n  \"inserted\": %2,\n  \"updated\": %3,\n  \"unchanged\": %4,\n"
        "  \"skipped\": %5,\n  \"rejected\": %6,\n  \"rejects_file\": %7\n}")
        .arg(result.rowsRead).arg(result.inserted).arg(result.updated).arg(result.unchanged)
        .arg(result.skipped).arg(result.rejected)
        .arg(result.rejectsFile.isEmpty() ? QStringLiteral("null") : jsonString(result.rejectsFile));

    QMessageBox box(result.rejected > 0 ? QMessageBox::Warning : QMessageBox::Information, tr("Import CSV"),
                    tr("Imported “%1”.").arg(QFileInfo(config.csvPath).fileName()), QMessageBox::Ok, mWindow);
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

void CsvImportRunner::cancelAndWait()
{
    if (!mWatcher.isRunning())
        return;
    if (mJob)
        mJob->cancel = true;
    mWatcher.waitForFinished(); // the import checks the flag on every progress step
}

} // namespace sd
