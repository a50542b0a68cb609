// Runs a CSV import into the open workspace as a background job: asks for the file (and, on the
// first import, the key column), shows a cancellable progress dialog, and reports the result
// with the same summary the command line prints.
#pragma once

#include "csvimport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>

class QProgressDialog;
class QTimer;
class QWidget;

namespace sd {

class Workspace;

class CsvImportRunner : public QObject
{
    Q_OBJECT

public:
    explicit CsvImportRunner(QWidget* window);
    ~CsvImportRunner() override;

    bool isRunning() const { return mWatcher.isRunning(); }
    // Asks for a CSV file and imports it into `workspace` (which must stay open meanwhile).
    void chooseAndStart(const Workspace& workspace);
    void start(const QString& workspacePath, const ImportConfig& config);
    void cancelAndWait();

signals:
    void started();
    // `workspacePath` is the workspace the import wrote to.
    void finished(const QString& workspacePath, bool ok);
    void message(const QString& text);

private:
    struct Job;
    void finish();
    void showSummary(const ImportConfig& config, const ImportResult& result);

    QWidget* mWindow;
    QFutureWatcher<ImportResult> mWatcher;
    std::shared_ptr<Job> mJob;
    ImportConfig mConfig;
    QPointer<QProgressDialog> mProgress;
    QTimer* mTimer;
};

} // namespace sd
