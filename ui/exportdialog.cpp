// The Export dialog: format list, options, live preview, and the background job for tagged lists.
#include "exportdialog.h"

#include "evaluator.h"
#include "sqldialect.h"
#include "tagstore.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>
#include <functional>

namespace sd {

namespace {

constexpr int kPreviewLines = 400;
constexpr int kIdRole = Qt::UserRole + 1;

const char* const kFormatKeys[] = {"rules", "jsonlogic", "sql", "markdown", "csv", "xlsx", "jsonl"};

QDate dateOfDays(int64_t days) { return QDate(1970, 1, 1).addDays(days); }
int64_t daysOfDate(const QDate& d) { return QDate(1970, 1, 1).daysTo(d); }

QDateEdit* makeDateEdit(QWidget* parent, int64_t asOf)
{
    auto edit = new QDateEdit(dateOfDays(asOf), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QLabel* makeNote(const QString& text, QWidget* parent)
{
    auto label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

struct ExportDialog::Job
{
    quint64 id = 0;
    std::atomic<bool> cancel{false};
    std::atomic<int> permille{0};
};

ExportDialog::ExportDialog(const RuleSet& rules, ExportSources sources, QWidget* parent)
    : QDialog(parent), mRules(rules), mSources(std::move(sources))
{
    setWindowTitle(tr("Export"));
    setObjectName(QStringLiteral("exportDialog"));
    mPreviewTimer = new QTimer(this);
    mPreviewTimer->setSingleShot(true);
    mPreviewTimer->setInterval(120); // typing a table name re-exports once, not per key

    mFormats = new QListWidget(this);
    mFormats->setObjectName(QStringLiteral("exportFormats"));
    const QString names[] = {tr("Rule file"), tr("JsonLogic"), tr("SQL query"), tr("Markdown summary"),
                             tr("Tagged leads (CSV)"), tr("Tagged leads (XLSX)"), tr("Tagged leads (JSONL)")};
    for (const QString& n : names)
        mFormats->addItem(n);
    mFormats->setMinimumWidth(mFormats->sizeHintForColumn(0) + 40);
    mFormats->setMaximumWidth(mFormats->sizeHintForColumn(0) + 70);
    mFormats->setAccessibleName(tr("Export format"));
    mFormats->setStyleSheet(QStringLiteral("QListWidget::item { padding: 5px 6px; }"));
    // Four formats write the rules, three write the leads themselves.
    for (int i = 0; i < mFormats->count(); ++i)
        mFormats->item(i)->setToolTip(i < int(Format::TagCsv) ? tr("Exports the rule set") : tr("Exports every lead with its segment"));

    mDescription = makeNote(QString(), this);
    mPages = new QStackedWidget(this);
    mEmptyPage = new QWidget(this);
    mLogicPage = createRuleOptions();
    mSqlPage = createSqlOptions();
    mTagPage = createTagOptions();
    for (QWidget* w : {mEmptyPage, mLogicPage, mSqlPage, mTagPage})
        mPages->addWidget(w);

    mErrors = new QLabel(this);
    mErrors->setObjectName(QStringLiteral("exportErrors"));
    mErrors->setWordWrap(true);
    mErrors->setTextFormat(Qt::PlainText);
    mErrors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mErrors->setStyleSheet(QStringLiteral("QLabel { color: white; background: #b3261e; padding: 6px; border-radius: 3px; }"));
    mErrors->hide();
    mPreview = new QPlainTextEdit(this);
    mPreview->setObjectName(QStringLiteral("exportPreview"));
    mPreview->setReadOnly(true);
    mPreview->setLineWrapMode(QPlainTextEdit::NoWrap);
    mPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    mPreview->setAccessibleName(tr("Preview of the exported file"));
    mPreview->setPlaceholderText(tr("Nothing can be written until the problem above is solved."));
    mPreviewNote = makeNote(QString(), this);

    mProgress = new QProgressBar(this);
    mProgress->setRange(0, 1000);
    mProgress->setFormat(tr("Writing %p%"));
    mCancelJob = new QPushButton(tr("Cancel Export"), this);
    connect(mCancelJob, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    auto progressRow = new QHBoxLayout;
    progressRow->addWidget(mProgress, 1);
    progressRow->addWidget(mCancelJob);
    mProgress->hide();
    mCancelJob->hide();

    mButtons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    mExportButton = mButtons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    mExportButton->setDefault(true);
    connect(mExportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(mButtons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto right = new QWidget(this);
    auto rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(mDescription);
    rightLayout->addWidget(mPages);
    rightLayout->addWidget(mErrors);
    auto previewLabel = new QLabel(tr("&Preview"), right);
    previewLabel->setBuddy(mPreview);
    rightLayout->addWidget(previewLabel);
    rightLayout->addWidget(mPreview, 1);
    rightLayout->addWidget(mPreviewNote);
    rightLayout->addLayout(progressRow);

    auto body = new QHBoxLayout;
    body->addWidget(mFormats);
    body->addWidget(right, 1);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(mButtons);

    connect(mPreviewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    mProgressTimer = new QTimer(this);
    mProgressTimer->setInterval(100);
    connect(mProgressTimer, &QTimer::timeout, this, [this] {
        if (mJob)
            mProgress->setValue(mJob->permille.load());
    });
    connect(&mWatcher, &QFutureWatcher<JobResult>::finished, this, &ExportDialog::finishJob);
    connect(mFormats, &QListWidget::currentRowChanged, this, &ExportDialog::updatePreview);

    restoreSettings();
    if (mFormats->currentRow() < 0)
        mFormats->setCurrentRow(0);
    updatePreview();
    resize(980, 660);
}

ExportDialog::~ExportDialog()
{
    if (mJob)
        mJob->cancel = true;
    mWatcher.waitForFinished();
}

QWidget* ExportDialog::createRuleOptions()
{
    auto page = new QWidget(this);
    auto form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    mLogicAsOfSet = new QCheckBox(tr("Fixed date for relative conditions:"), page);
    mLogicAsOfSet->setToolTip(tr("JsonLogic has no current date: conditions like “within the last 30 days” are written as a date range ending on this date"));
    mLogicAsOfSet->setChecked(true);
    mLogicAsOf = makeDateEdit(page, mSources.asOf);
    form->addRow(mLogicAsOfSet, mLogicAsOf);
    connect(mLogicAsOfSet, &QCheckBox::toggled, mLogicAsOf, &QWidget::setEnabled);
    connect(mLogicAsOfSet, &QCheckBox::toggled, this, [this] { mPreviewTimer->start(); });
    connect(mLogicAsOf, &QDateEdit::dateChanged, this, [this] { mPreviewTimer->start(); });
    return page;
}

QWidget* ExportDialog::createSqlOptions()
{
    auto page = new QWidget(this);
    auto form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    mDialect = new QComboBox(page);
    for (const char* d : {"sqlite", "postgres", "duckdb", "bigquery", "snowflake", "spark"})
        mDialect->addItem(QString::fromLatin1(d), QString::fromLatin1(d));
    mDialect->setItemText(0, tr("SQLite"));
    mDialect->setItemText(1, tr("PostgreSQL"));
    mDialect->setItemText(2, tr("DuckDB"));
    mDialect->setItemText(3, tr("BigQuery"));
    mDialect->setItemText(4, tr("Snowflake"));
    mDialect->setItemText(5, tr("Spark SQL"));
    form->addRow(tr("&Dialect:"), mDialect);
    mTable = new QLineEdit(QStringLiteral("leads"), page);
    mTable->setToolTip(tr("Dots separate schema or dataset parts; each part is quoted on its own"));
    form->addRow(tr("&Table:"), mTable);
    mKey = new QLineEdit(mSources.keyField, page);
    mKey->setPlaceholderText(tr("the first field of the rule set"));
    mKey->setToolTip(tr("The column that identifies a lead, returned with segment_id and the scores"));
    form->addRow(tr("&Key column:"), mKey);
    mSqlAsOfSet = new QCheckBox(tr("Fixed date for relative conditions:"), page);
    mSqlAsOfSet->setToolTip(tr("Unchecked, relative conditions count back from the database's CURRENT_DATE when the query runs"));
    mSqlAsOf = makeDateEdit(page, mSources.asOf);
    mSqlAsOf->setEnabled(false);
    form->addRow(mSqlAsOfSet, mSqlAsOf);
    connect(mSqlAsOfSet, &QCheckBox::toggled, mSqlAsOf, &QWidget::setEnabled);
    for (QObject* o : {static_cast<QObject*>(mTable), static_cast<QObject*>(mKey)})
        connect(static_cast<QLineEdit*>(o), &QLineEdit::textChanged, this, [this] { mPreviewTimer->start(); });
    connect(mDialect, &QComboBox::currentIndexChanged, this, [this] { mPreviewTimer->start(); });
    connect(mSqlAsOfSet, &QCheckBox::toggled, this, [this] { mPreviewTimer->start(); });
    connect(mSqlAsOf, &QDateEdit::dateChanged, this, [this] { mPreviewTimer->start(); });
    return page;
}

QWidget* ExportDialog::createTagOptions()
{
    auto page = new QWidget(this);
    auto layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto label = new QLabel(tr("&Segments (none checked: all leads):"), page);
    mSegments = new QTreeWidget(page);
    mSegments->setObjectName(QStringLiteral("exportSegments"));
    mSegments->setHeaderHidden(true);
    mSegments->setUniformRowHeights(true);
    mSegments->setMinimumHeight(150);
    label->setBuddy(mSegments);
    std::function<void(const Segment&, QTreeWidgetItem*)> add = [&](const Segment& parent, QTreeWidgetItem* into) {
        for (const Segment& s : parent.children) {
            auto item = into ? new QTreeWidgetItem(into) : new QTreeWidgetItem(mSegments);
            item->setText(0, QString::fromStdString(s.name.empty() ? s.id : s.name));
            item->setToolTip(0, QString::fromStdString(s.id));
            item->setData(0, kIdRole, QString::fromStdString(s.id));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
            add(s, item);
        }
    };
    add(mRules.root, nullptr);
    mSegments->expandAll();
    connect(mSegments, &QTreeWidget::itemChanged, this, [this] { mPreviewTimer->start(); });
    mSheetPerSegment = new QCheckBox(tr("One &sheet per top-level segment"), page);
    mSaveTags = new QCheckBox(tr("Also save the tags &into the workspace (for this rule-set version)"), page);
    mSaveTags->setToolTip(tr("Records each lead's segment in the workspace, so that a later import can be compared with what was tagged"));
    mSaveTags->setEnabled(!mSources.workspacePath.isEmpty() && mSources.workspaceWritable);
    layout->addWidget(label);
    layout->addWidget(mSegments, 1);
    layout->addWidget(mSheetPerSegment);
    layout->addWidget(mSaveTags);
    return page;
}

ExportDialog::Format ExportDialog::format() const
{
    return Format(qBound(0, mFormats->currentRow(), int(Format::TagJsonl)));
}

void ExportDialog::setFormat(Format format)
{
    mFormats->setCurrentRow(int(format));
    updatePreview();
}

RuleExportRequest ExportDialog::ruleRequest() const
{
    RuleExportRequest r;
    switch (format()) {
    case Format::JsonLogic:
        r.format = RuleExportFormat::JsonLogic;
        if (mLogicAsOfSet->isChecked())
            r.asOf = daysOfDate(mLogicAsOf->date());
        break;
    case Format::Sql:
        r.format = RuleExportFormat::Sql;
        r.sql.dialect = SqlDialect::fromName(mDialect->currentData().toString().toStdString()).value_or(SqlDialect(SqlDialect::Kind::Sqlite));
        r.sql.table = mTable->text().trimmed().toStdString();
        r.sql.keyColumn = mKey->text().trimmed().toStdString();
        if (mSqlAsOfSet->isChecked())
            r.asOf = daysOfDate(mSqlAsOf->date());
        break;
    case Format::Markdown: r.format = RuleExportFormat::Markdown; break;
    default: r.format = RuleExportFormat::Rules; break;
    }
    return r;
}

QStringList ExportDialog::segmentFilter() const
{
    QStringList ids;
    for (QTreeWidgetItemIterator it(mSegments); *it; ++it)
        if ((*it)->checkState(0) == Qt::Checked)
            ids << (*it)->data(0, kIdRole).toString();
    return ids;
}

void ExportDialog::setSegmentFilter(const QStringList& ids)
{
    for (QTreeWidgetItemIterator it(mSegments); *it; ++it)
        (*it)->setCheckState(0, ids.contains((*it)->data(0, kIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
    updatePreview();
}

TagRequest ExportDialog::tagRequest(const QString& path) const
{
    TagRequest r;
    r.outputPath = path;
    r.format = format() == Format::TagXlsx ? TagFormat::Xlsx : format() == Format::TagJsonl ? TagFormat::Jsonl : TagFormat::Csv;
    for (const QString& id : segmentFilter())
        r.onlySegments.push_back(id.toStdString());
    r.sheetPerSegment = r.format == TagFormat::Xlsx && mSheetPerSegment->isChecked();
    return r;
}

QString ExportDialog::previewText() const { return mPreview->toPlainText(); }

QString ExportDialog::errorText() const { return mErrors->text(); }

bool ExportDialog::canExport() const { return mExportButton->isEnabled(); }

void ExportDialog::updatePreview()
{
    mPreviewTimer->stop();
    const Format f = format();
    const bool tags = isTagFormat(f);
    QWidget* page = f == Format::JsonLogic ? mLogicPage : f == Format::Sql ? mSqlPage : tags ? mTagPage : mEmptyPage;
    // The options take the height of the shown page only, leaving the rest to the preview.
    for (int i = 0; i < mPages->count(); ++i)
        mPages->widget(i)->setSizePolicy(QSizePolicy::Preferred, mPages->widget(i) == page ? QSizePolicy::Maximum : QSizePolicy::Ignored);
    mPages->setCurrentWidget(page);
    mPages->setVisible(mPages->currentWidget() != mEmptyPage);
    mSheetPerSegment->setVisible(f == Format::TagXlsx);
    switch (f) {
    case Format::Rules: mDescription->setText(tr("The rule set as a canonical rule file (*.rules.json), the hand-off to the command line and to server tools.")); break;
    case Format::JsonLogic: mDescription->setText(tr("One JsonLogic rule per segment membership and per score (jsonlogic.com), for web and server code.")); break;
    case Format::Sql: mDescription->setText(tr("One SELECT returning the lead key, segment_id and the scores, for a warehouse table of leads.")); break;
    case Format::Markdown: mDescription->setText(tr("A readable summary of the segments and scores for a sales team.")); break;
    default: mDescription->setText(tr("Every lead with all its columns, its segment, the segment's attributes, the scores and the holdout group.")); break;
    }

    QString errors;
    mPreview->setLineWrapMode(tags ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    if (tags) {
        mResult = {};
        const size_t leads = mSources.table ? mSources.table->rowCount() : 0;
        const QStringList filter = segmentFilter();
        QString text = !mSources.table ? tr("No leads are loaded: open a workspace first.")
                                       : tr("%1 leads of the workspace, written row by row in the background.").arg(QLocale().toString(qulonglong(leads)));
        text += QLatin1Char('\n') + (filter.isEmpty() ? tr("Segments: all leads, including those in no segment.")
                                                      : tr("Segments: only leads of %1.").arg(filter.join(QStringLiteral(", "))));
        text += QLatin1Char('\n') + tr("Columns: the workspace's columns, then segment_id, segment_path, the attributes, the scores and holdout.");
        mPreview->setPlainText(text);
        mPreviewNote->clear();
        if (!mSources.table)
            errors = tr("No leads are loaded.");
    } else {
        mResult = exportRules(mRules, ruleRequest());
        if (f == Format::Sql && mTable->text().trimmed().isEmpty())
            mResult = {false, {}, {{"", "the table name must not be empty"}}};
        if (mResult.ok) {
            const QString text = QString::fromStdString(mResult.text);
            const qsizetype lines = text.count(QLatin1Char('\n'));
            if (lines > kPreviewLines) {
                qsizetype cut = 0;
                for (int i = 0; i < kPreviewLines; ++i)
                    cut = text.indexOf(QLatin1Char('\n'), cut) + 1;
                mPreview->setPlainText(text.left(cut));
                mPreviewNote->setText(tr("Showing the first %1 of %2 lines (%3 bytes in all).")
                                          .arg(kPreviewLines).arg(lines).arg(QLocale().toString(qulonglong(mResult.text.size()))));
            } else {
                mPreview->setPlainText(text);
                mPreviewNote->setText(tr("The whole file: %1 lines, %2 bytes.").arg(lines).arg(QLocale().toString(qulonglong(mResult.text.size()))));
            }
        } else {
            mPreview->clear();
            mPreviewNote->clear();
            QStringList lines;
            for (const RuleFileError& e : mResult.errors)
                lines << formatRuleFileError(e);
            errors = tr("This rule set cannot be exported in this format:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
        }
    }
    mErrors->setText(errors);
    mErrors->setVisible(!errors.isEmpty());
    mExportButton->setEnabled(errors.isEmpty() && !isRunning());
}

QString ExportDialog::suggestedFileName() const
{
    QString base = QString::fromStdString(mRules.name).trimmed();
    for (QChar& c : base)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('-');
    if (base.isEmpty())
        base = QStringLiteral("rules");
    switch (format()) {
    case Format::TagCsv: return base + QStringLiteral("-leads.csv");
    case Format::TagXlsx: return base + QStringLiteral("-leads.xlsx");
    case Format::TagJsonl: return base + QStringLiteral("-leads.jsonl");
    default: return base + QString::fromLatin1(ruleExportSuffix(ruleRequest().format));
    }
}

void ExportDialog::chooseFileAndExport()
{
    if (mPreviewTimer->isActive())
        updatePreview();
    if (!canExport())
        return;
    const QString dir = QSettings().value(QStringLiteral("exportDialog/directory"), QDir::homePath()).toString();
    QString filter;
    switch (format()) {
    case Format::Rules: filter = tr("Rule files (*.rules.json)"); break;
    case Format::JsonLogic: filter = tr("JSON files (*.json)"); break;
    case Format::Sql: filter = tr("SQL files (*.sql)"); break;
    case Format::Markdown: filter = tr("Markdown files (*.md)"); break;
    case Format::TagCsv: filter = tr("CSV files (*.csv)"); break;
    case Format::TagXlsx: filter = tr("Excel workbooks (*.xlsx)"); break;
    case Format::TagJsonl: filter = tr("JSON Lines files (*.jsonl)"); break;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), QDir(dir).filePath(suggestedFileName()),
                                                      filter + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    if (!exportTo(path) && !isRunning())
        return; // exportFinished has said why
}

bool ExportDialog::exportTo(const QString& path)
{
    if (mPreviewTimer->isActive())
        updatePreview(); // an option changed a moment ago: write what it asks for, not the older text
    if (!canExport() || isRunning())
        return false;
    QSettings().setValue(QStringLiteral("exportDialog/directory"), QFileInfo(path).absolutePath());
    saveSettings();
    if (!isTagFormat(format())) {
        QString error;
        const bool ok = writeExportFile(path, mResult.text, &error);
        const QString message = ok ? tr("Exported to %1").arg(QDir::toNativeSeparators(path)) : error;
        if (!ok && isVisible())
            QMessageBox::warning(this, tr("Export"), error);
        emit exportFinished(ok, message);
        return ok;
    }
    // Tagged lists: the worker evaluates the rules on its own Evaluator over the shared, read-only
    // table, writes the file (a temporary name renamed into place) and saves the tags if asked.
    mJob = std::make_shared<Job>();
    mJob->id = ++mNextJob;
    mJobPath = path;
    TagRequest request = tagRequest(path);
    std::shared_ptr<Job> job = mJob;
    request.progress = [job](qint64 done, qint64 total) {
        job->permille = total > 0 ? int(done * 1000 / total) : 0;
        return !job->cancel.load();
    };
    const bool saveTags = mSaveTags->isEnabled() && mSaveTags->isChecked();
    mWatcher.setFuture(QtConcurrent::run([job, request, saveTags, table = mSources.table, rules = mRules,
                                          asOf = mSources.asOf, wsPath = mSources.workspacePath]() {
        JobResult r;
        r.id = job->id;
        Evaluator evaluator(*table);
        evaluator.setAsOf(asOf);
        std::vector<SegmentMembers> segments;
        QString error;
        if (!evaluator.evaluate(rules, &segments, &error)) {
            r.tags.error = error;
            return r;
        }
        r.tags = writeTags(*table, rules, segments, evaluator, request);
        if (!r.tags.ok || !saveTags || job->cancel)
            return r;
        // Its own connection: SQLite connections stay on the thread that opened them.
        r.savedTags = true;
        std::unique_ptr<Workspace> ws = Workspace::open(wsPath, &error);
        if (!ws) {
            r.saveError = error;
            return r;
        }
        const SavedTags saved = TagStore(*ws).save(rules, *table, segments, asOf);
        r.saveError = saved.ok ? QString() : saved.error;
        r.savedRows = saved.rows;
        r.versionId = saved.versionId;
        return r;
    }));
    setRunning(true);
    return true;
}

void ExportDialog::cancelExport()
{
    if (mJob)
        mJob->cancel = true;
}

void ExportDialog::setRunning(bool running)
{
    mProgress->setValue(0);
    mProgress->setVisible(running);
    mCancelJob->setVisible(running);
    mFormats->setEnabled(!running);
    mPages->setEnabled(!running);
    if (running)
        mProgressTimer->start();
    else
        mProgressTimer->stop();
    mExportButton->setEnabled(!running && mErrors->text().isEmpty());
}

void ExportDialog::finishJob()
{
    const JobResult r = mWatcher.result();
    const bool cancelled = mJob && mJob->cancel;
    setRunning(false);
    if (!mJob || r.id != mJob->id)
        return;
    mJob.reset();
    bool ok = r.tags.ok && r.saveError.isEmpty();
    QString message;
    if (cancelled && !r.tags.ok) {
        message = tr("Export cancelled; no file was written.");
        ok = false;
    } else if (!r.tags.ok) {
        message = r.tags.error;
    } else {
        message = tr("%n row(s) written to %1", nullptr, int(qMin<qint64>(r.tags.rowsWritten, INT_MAX))).arg(QDir::toNativeSeparators(mJobPath));
        if (r.savedTags)
            message += QLatin1Char('\n') + (r.saveError.isEmpty()
                                                ? tr("%n tag(s) saved into the workspace (rule-set version %1).", nullptr,
                                                     int(qMin<qint64>(r.savedRows, INT_MAX))).arg(r.versionId)
                                                : tr("The tags could not be saved into the workspace: %1").arg(r.saveError));
    }
    mPreviewNote->setText(message);
    if (!ok && !cancelled && isVisible())
        QMessageBox::warning(this, tr("Export"), message);
    emit exportFinished(ok, message);
}

void ExportDialog::reject()
{
    if (isRunning()) {
        cancelExport();
        mWatcher.waitForFinished();
    }
    saveSettings();
    QDialog::reject();
}

void ExportDialog::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("exportDialog/format"), QString::fromLatin1(kFormatKeys[int(format())]));
    s.setValue(QStringLiteral("exportDialog/dialect"), mDialect->currentData().toString());
    s.setValue(QStringLiteral("exportDialog/table"), mTable->text());
}

void ExportDialog::restoreSettings()
{
    QSettings s;
    const QString key = s.value(QStringLiteral("exportDialog/format")).toString();
    for (int i = 0; i < int(std::size(kFormatKeys)); ++i)
        if (key == QLatin1String(kFormatKeys[i]))
            mFormats->setCurrentRow(i);
    const int dialect = mDialect->findData(s.value(QStringLiteral("exportDialog/dialect")).toString());
    if (dialect >= 0)
        mDialect->setCurrentIndex(dialect);
    const QString table = s.value(QStringLiteral("exportDialog/table")).toString();
    if (!table.trimmed().isEmpty())
        mTable->setText(table);
}

} // namespace sd
