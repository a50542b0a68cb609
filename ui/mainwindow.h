// The main window: the lead table in the centre, docks for fields and import history, and the
// File menu actions (open or create a workspace, import a CSV off the UI thread).
#pragma once

#include "csvimport.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QProgressDialog;
class QStackedWidget;
class QTableView;
class QTimer;

namespace sd {

class FieldListModel;
class ImportHistoryModel;
class LeadTableModel;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates, when the file does not exist) a workspace and shows it. On failure the
    // current workspace stays open and *error says why.
    bool openWorkspace(const QString& path, QString* error);
    const Workspace* workspace() const { return mWorkspace.get(); }
    // True while background counts for the open workspace are still arriving.
    bool isLoading() const;

signals:
    void loadingFinished();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct ImportJob;

    void createMenus();
    void createDocks();
    void refresh();
    void chooseWorkspace(bool create);
    void chooseCsvToImport();
    void startImport(const ImportConfig& config);
    void finishImport();
    void showImportSummary(const ImportConfig& config, const ImportResult& result);
    void cancelImportAndWait();
    void showAbout();

    std::unique_ptr<Workspace> mWorkspace;
    LeadTableModel* mLeadModel = nullptr;
    FieldListModel* mFieldModel = nullptr;
    ImportHistoryModel* mHistoryModel = nullptr;

    QStackedWidget* mCentral = nullptr;
    QLabel* mPlaceholder = nullptr;
    QTableView* mLeadView = nullptr;
    QTableView* mFieldView = nullptr;
    QTableView* mHistoryView = nullptr;
    QLabel* mCountLabel = nullptr;
    QLabel* mPathLabel = nullptr;
    QAction* mImportAction = nullptr;

    QFutureWatcher<ImportResult> mImportWatcher;
    std::shared_ptr<ImportJob> mImportJob;
    ImportConfig mImportConfig;
    QPointer<QProgressDialog> mProgressDialog;
    QTimer* mProgressTimer = nullptr;
};

} // namespace sd
