// File ▸ Export…: one dialog for every export of the open rule set. The formats are listed on the
// left; on the right their options and a read-only preview of exactly the bytes that will be
// written, or the exporter's errors with their JSON Pointers (Export is disabled then). The rule
// exports call the same core functions as `segment-designer-cli export`; tagged lead lists run
// `writeTags` (as `segment-designer-cli tag`) on a worker thread with progress and cancel.
#pragma once

#include "columntable.h"
#include "ruleexport.h"
#include "rules.h"
#include "tagwriter.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeWidget;

namespace sd {

// What the dialog exports from, besides the rules.
struct ExportSources
{
    std::shared_ptr<const ColumnTable> table; // the open workspace's leads (tagged lists); null: none loaded
    QString workspacePath;                    // for "save tags into the workspace"; empty: none open
    bool workspaceWritable = false;
    QString keyField;                         // the workspace's key: the SQL key column by default
    int64_t asOf = 0;                         // the designer's as-of date (days since 1970-01-01)
};

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Rules, JsonLogic, Sql, Markdown, TagCsv, TagXlsx, TagJsonl };

    ExportDialog(const RuleSet& rules, ExportSources sources, QWidget* parent = nullptr);
    ~ExportDialog() override;

    Format format() const;
    void setFormat(Format format);
    static bool isTagFormat(Format format) { return format >= Format::TagCsv; }

    // The request the current options make (rule formats), and the tagged list's (tag formats).
    RuleExportRequest ruleRequest() const;
    TagRequest tagRequest(const QString& path) const;

    QString previewText() const;
    QString errorText() const;  // the exporter's errors, "/pointer: message" per line; empty when none
    bool canExport() const;

    // Only leads of these segments in tagged lists (empty: all).
    void setSegmentFilter(const QStringList& ids);
    QStringList segmentFilter() const;

    // Writes the export to `path`: a rule format at once, a tagged list as a background job whose
    // end exportFinished() reports. False when it could not start (or, for rule formats, failed).
    bool exportTo(const QString& path);
    bool isRunning() const { return mWatcher.isRunning(); }
    void cancelExport();

    // The option widgets, for keyboard users' buddies and for tests.
    QComboBox* dialectBox() const { return mDialect; }
    QLineEdit* tableEdit() const { return mTable; }
    QLineEdit* keyEdit() const { return mKey; }
    QCheckBox* sqlAsOfBox() const { return mSqlAsOfSet; }
    QDateEdit* sqlAsOfEdit() const { return mSqlAsOf; }
    QCheckBox* jsonLogicAsOfBox() const { return mLogicAsOfSet; }
    QDateEdit* jsonLogicAsOfEdit() const { return mLogicAsOf; }
    QCheckBox* sheetPerSegmentBox() const { return mSheetPerSegment; }
    QCheckBox* saveTagsBox() const { return mSaveTags; }
    QPushButton* exportButton() const { return mExportButton; }

signals:
    void exportFinished(bool ok, const QString& message);

protected:
    void reject() override;

private:
    struct Job;
    struct JobResult
    {
        quint64 id = 0;
        TagResult tags;
        bool savedTags = false;
        QString saveError;
        qint64 savedRows = 0;
        qint64 versionId = 0;
    };

    QWidget* createRuleOptions();
    QWidget* createSqlOptions();
    QWidget* createTagOptions();
    void updatePreview();
    void chooseFileAndExport();
    void finishJob();
    void setRunning(bool running);
    void saveSettings() const;
    void restoreSettings();
    QString suggestedFileName() const;

    RuleSet mRules;
    ExportSources mSources;
    QListWidget* mFormats = nullptr;
    QLabel* mDescription = nullptr;
    QStackedWidget* mPages = nullptr;
    QWidget* mEmptyPage = nullptr;
    QWidget* mLogicPage = nullptr;
    QWidget* mSqlPage = nullptr;
    QWidget* mTagPage = nullptr;
    QCheckBox* mLogicAsOfSet = nullptr;
    QDateEdit* mLogicAsOf = nullptr;
    QComboBox* mDialect = nullptr;
    QLineEdit* mTable = nullptr;
    QLineEdit* mKey = nullptr;
    QCheckBox* mSqlAsOfSet = nullptr;
    QDateEdit* mSqlAsOf = nullptr;
    QTreeWidget* mSegments = nullptr;
    QCheckBox* mSheetPerSegment = nullptr;
    QCheckBox* mSaveTags = nullptr;
    QLabel* mErrors = nullptr;
    QPlainTextEdit* mPreview = nullptr;
    QLabel* mPreviewNote = nullptr;
    QProgressBar* mProgress = nullptr;
    QPushButton* mCancelJob = nullptr;
    QDialogButtonBox* mButtons = nullptr;
    QPushButton* mExportButton = nullptr;
    QTimer* mPreviewTimer = nullptr;
    QTimer* mProgressTimer = nullptr;

    ExportResult mResult;  // of the current rule format and options
    QFutureWatcher<JobResult> mWatcher;
    std::shared_ptr<Job> mJob;
    quint64 mNextJob = 0;
    QString mJobPath;
};

} // namespace sd
