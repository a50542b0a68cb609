// Saves the open workspace under a new name as a background job (File → Save Workspace As…, and
// the read-only banner's button): asks for the file name, copies on a worker thread with its own
// read-only connection behind a cancellable progress dialog, and reports where the copy is.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace sd {

class WorkspaceCopyRunner : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceCopyRunner(QWidget* window);
    ~WorkspaceCopyRunner() override;

    // From start() until finished() has been emitted.
    bool isRunning() const { return mBusy; }
    // Asks for a new file name beside (or, when that folder is read-only, away from) SOURCE and
    // starts the copy.
    void chooseAndStart(const QString& source);
    // Copies the workspace file SOURCE (its last committed state) to TARGET, which must not exist.
    void start(const QString& source, const QString& target);
    void cancelAndWait();

signals:
    void started();
    // TARGET holds the complete copy of SOURCE when ok; otherwise it was not created and ERROR says
    // why (empty when the user cancelled).
    void finished(const QString& source, const QString& target, bool ok, const QString& error);

private:
    struct Result
    {
        bool ok = false;
        QString error;
    };
    void finish();

    QWidget* mWindow;
    QFutureWatcher<Result> mWatcher;
    std::shared_ptr<std::atomic<bool>> mCancel;
    QString mSource;
    QString mTarget;
    bool mBusy = false;
    QPointer<QProgressDialog> mProgress;
};

} // namespace sd
