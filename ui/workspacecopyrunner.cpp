// Background copy of a workspace under a new name.
#include "workspacecopyrunner.h"

#include "workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QtConcurrent>

namespace sd {

WorkspaceCopyRunner::WorkspaceCopyRunner(QWidget* window)
    : QObject(window)
    , mWindow(window)
{
    connect(&mWatcher, &QFutureWatcher<Result>::finished, this, &WorkspaceCopyRunner::finish);
}

WorkspaceCopyRunner::~WorkspaceCopyRunner()
{
    cancelAndWait();
}

void WorkspaceCopyRunner::chooseAndStart(const QString& source)
{
    if (isRunning())
        return;
    const QFileInfo from(source);
    // Beside the original when that folder can be written, else in the user's documents.
    QString dir = from.absolutePath();
    if (!QFileInfo(dir).isWritable())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(tr("%1 (copy).segdb").arg(from.completeBaseName()));
    QString target = QFileDialog::getSaveFileName(mWindow, tr("Save Workspace As"), suggested,
                                                  tr("Segment Designer workspaces (*.segdb)"), nullptr,
                                                  QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += QLatin1String(".segdb");
    // A workspace is never replaced by a copy: the file there may hold someone's leads.
    if (QFileInfo::exists(target)) {
        QMessageBox::warning(mWindow, tr("Save Workspace As"),
                             tr("“%1” already exists. Choose another name; a copy never replaces a file.")
                                 .arg(QDir::toNativeSeparators(target)));
        return;
    }
    start(source, target);
}

void WorkspaceCopyRunner::start(const QString& source, const QString& target)
{
    if (isRunning())
        return;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    mBusy = true;
    mCancel = cancel;
    mSource = source;
    mTarget = target;
    mProgress = new QProgressDialog(tr("Saving the workspace as “%1”…").arg(QFileInfo(target).fileName()), tr("Cancel"),
                                    0, 0, mWindow);
    mProgress->setWindowTitle(tr("Save Workspace As"));
    mProgress->setWindowModality(Qt::WindowModal);
    mProgress->setMinimumDuration(400);
    mProgress->setValue(0); // starts the clock of the minimum duration
    connect(mProgress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    // Its own connection: the window's is not shared across threads, and a read-only one is all
    // a copy needs (it also works on a read-only disk).
    mWatcher.setFuture(QtConcurrent::run([source, target, cancel] {
        Result r;
        std::unique_ptr<Workspace> ws = Workspace::open(source, &r.error, Workspace::Mode::ReadOnly);
        if (ws)
            r.ok = ws->saveCopy(target, &r.error, [cancel] { return !cancel->load(); });
        return r;
    }));
    emit started();
}

void WorkspaceCopyRunner::cancelAndWait()
{
    if (mCancel)
        *mCancel = true;
    mWatcher.waitForFinished();
}

void WorkspaceCopyRunner::finish()
{
    delete mProgress;
    const bool cancelled = mCancel && mCancel->load();
    mCancel.reset();
    const Result r = mWatcher.result();
    mBusy = false;
    emit finished(mSource, mTarget, r.ok, r.ok || cancelled ? QString() : r.error);
}

} // namespace sd
