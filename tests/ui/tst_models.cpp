// UI item models over a real workspace built from small CSVs, each run under QAbstractItemModelTester.
#include "charts/healthmodel.h"
#include "charts/healthpanel.h"
#include "csvimport.h"
#include "healthcheck.h"
#include "fieldlistmodel.h"
#include "importhistorymodel.h"
#include "leadtablemodel.h"
#include "mainwindow.h"
#include "ruledocument.h"
#include "commands/replacerulescommand.h"
#include "segmentleadsmodel.h"
#include "workspace.h"
#include "workspacebanner.h"
#include "workspacecopyrunner.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QUndoStack>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace sd;

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void leadTableCells_data();
    void leadTableCells();
    void leadTableHeaders();
    void leadTableReloadsAfterImport();
    void leadTablePagesLazily();
    void fieldList_data();
    void fieldList();
    void importHistory();
    void mainWindowShowsWorkspace();
    void mainWindowRecordsVerification();
    void mainWindowReadOnlyBanner();

private:
    QString writeFile(const QString& name, const QByteArray& content);
    ImportResult import(const QString& csvName, const QByteArray& content, const QString& key = QStringLiteral("lead_id"));

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<Workspace> mWorkspace;
};

namespace {

const QByteArray kLeads =
    "lead_id,company,employees,industry,signup,converted,stack\n"
    "L1,Acme,1200,Software,2024-01-15,yes,react;aws\n"
    "L2,Globex,,Retail,2024-02-01,no,\n"
    "L3,Initech,45.5,Software,2024-03-10,yes,java\n";

// L3 changes, L4 is new, line 4 has too few fields and is rejected.
const QByteArray kUpdate =
    "lead_id,company,employees,industry,signup,converted,stack\n"
    "L3,Initech,50,Software,2024-03-10,yes,java\n"
    "L4,Umbrella,300,Pharma,2024-04-20,no,sap\n"
    "L5,broken row\n";

} // namespace

void TestModels::initTestCase()
{
    // Display strings are locale-formatted; fix the locale so the expected texts are stable.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestModels::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    QString error;
    mWorkspace = Workspace::open(mDir->filePath(QStringLiteral("test.segdb")), &error);
    QVERIFY2(mWorkspace, qPrintable(error));
    const ImportResult r = import(QStringLiteral("leads.csv"), kLeads);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.inserted, 3);
}

void TestModels::cleanup()
{
    mWorkspace.reset();
    mDir.reset();
}

QString TestModels::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = mDir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return path;
}

ImportResult TestModels::import(const QString& csvName, const QByteArray& content, const QString& key)
{
    ImportConfig config;
    config.csvPath = writeFile(csvName, content);
    config.keyColumn = key;
    return importCsv(*mWorkspace, config);
}

void TestModels::leadTableCells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("raw");
    QTest::addColumn<int>("alignment");

    const int left = int(Qt::AlignLeft | Qt::AlignVCenter), right = int(Qt::AlignRight | Qt::AlignVCenter);
    QTest::newRow("text") << 0 << "company" << "Acme" << QVariant(QStringLiteral("Acme")) << left;
    QTest::newRow("integral number, grouped") << 0 << "employees" << "1,200" << QVariant(1200.0) << right;
    QTest::newRow("fractional number") << 2 << "employees" << "45.5" << QVariant(45.5) << right;
    QTest::newRow("empty number") << 1 << "employees" << "\u2014" << QVariant() << right;
    QTest::newRow("date") << 1 << "signup" << "2024-02-01" << QVariant(QStringLiteral("2024-02-01")) << left;
    QTest::newRow("boolean true") << 0 << "converted" << "Yes" << QVariant(true) << left;
    QTest::newRow("boolean false") << 1 << "converted" << "No" << QVariant(false) << left;
    QTest::newRow("list") << 0 << "stack" << "react; aws" << QVariant(QStringLiteral("react;aws")) << left;
    QTest::newRow("empty list") << 1 << "stack" << "\u2014" << QVariant() << left;
}

void TestModels::leadTableCells()
{
    QFETCH(int, row);
    QFETCH(QString, field);
    QFETCH(QString, display);
    QFETCH(QVariant, raw);
    QFETCH(int, alignment);

    LeadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(mWorkspace.get());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 7);

    int column = -1;
    for (int c = 0; c < model.columnCount(); ++c)
        if (model.headerData(c, Qt::Horizontal).toString() == field)
            column = c;
    QVERIFY2(column >= 0, qPrintable(field));

    const QModelIndex index = model.index(row, column);
    QCOMPARE(index.data().toString(), display);
    QCOMPARE(index.data(LeadTableModel::RawValueRole), raw);
    QCOMPARE(index.data(LeadTableModel::RawValueRole).isNull(), raw.isNull());
    QCOMPARE(index.data(Qt::TextAlignmentRole).toInt(), alignment);
    QCOMPARE(index.data(LeadTableModel::FieldNameRole).toString(), field);
    // Empty cells are greyed out; filled cells use the view's normal text colour.
    QCOMPARE(index.data(Qt::ForegroundRole).isValid(), raw.isNull());
}

void TestModels::leadTableHeaders()
{
    LeadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(mWorkspace.get());
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("lead_id"));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("employees"));
    QCOMPARE(model.headerData(2, Qt::Horizontal, LeadTableModel::FieldTypeRole).toInt(), int(FieldType::Number));
    QCOMPARE(model.headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("employees: number"));
    QCOMPARE(model.headerData(4, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("signup: date"));
    QCOMPARE(model.headerData(6, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("stack: list"));
    QCOMPARE(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("3"));
}

void TestModels::leadTableReloadsAfterImport()
{
    LeadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(mWorkspace.get());
    QCOMPARE(model.index(2, 2).data().toString(), QStringLiteral("45.5")); // cached before the import

    const ImportResult r = import(QStringLiteral("update.csv"), kUpdate);
    QVERIFY2(r.ok, qPrintable(r.error));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reload();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.leadCount(), 4);
    QCOMPARE(model.index(2, 2).data().toString(), QStringLiteral("50")); // not the stale cached page
    QCOMPARE(model.index(3, 1).data().toString(), QStringLiteral("Umbrella"));
}

void TestModels::leadTablePagesLazily()
{
    // Enough rows for more pages than the cache holds, so eviction is exercised.
    const int rows = LeadTableModel::PageSize * (LeadTableModel::CachedPages + 1) + 7;
    QByteArray csv = "lead_id,n\n";
    csv.reserve(rows * 16);
    for (int i = 0; i < rows; ++i)
        csv += "K" + QByteArray::number(i) + ',' + QByteArray::number(i * 2) + '\n';
    QString error;
    mWorkspace = Workspace::open(mDir->filePath(QStringLiteral("big.segdb")), &error);
    QVERIFY2(mWorkspace, qPrintable(error));
    const ImportResult r = import(QStringLiteral("big.csv"), csv);
    QVERIFY2(r.ok, qPrintable(r.error));

    LeadTableModel model;
    model.setWorkspace(mWorkspace.get());
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.pagesFetched(), 0); // nothing is read until a cell is asked for

    QCOMPARE(model.index(rows - 1, 0).data().toString(), QStringLiteral("K%1").arg(rows - 1));
    QCOMPARE(model.index(rows - 1, 1).data().toString(), QLocale().toString(qint64(rows - 1) * 2));
    QCOMPARE(model.pagesFetched(), 1);
    QCOMPARE(model.index(rows - 2, 1).data(LeadTableModel::RawValueRole).toDouble(), double(rows - 2) * 2);
    QCOMPARE(model.pagesFetched(), 1); // same page, from the cache

    // Touch every page in order. The cache holds CachedPages pages, one fewer than the first
    // CachedPages + 1 pages touched here, so the last page (read first) is evicted before the loop
    // reaches it and page 0 is evicted by the end.
    const int pages = (rows + LeadTableModel::PageSize - 1) / LeadTableModel::PageSize;
    QCOMPARE(pages, LeadTableModel::CachedPages + 2);
    for (int p = 0; p < pages; ++p)
        QCOMPARE(model.index(p * LeadTableModel::PageSize, 0).data().toString(),
                 QStringLiteral("K%1").arg(p * LeadTableModel::PageSize));
    QCOMPARE(model.pagesFetched(), 1 + pages);
    QCOMPARE(model.index(pages * LeadTableModel::PageSize - 600, 0).data().toString(),
             QStringLiteral("K%1").arg(pages * LeadTableModel::PageSize - 600)); // recent page: cached
    QCOMPARE(model.pagesFetched(), 1 + pages);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("K1")); // page 0: evicted, read again
    QCOMPARE(model.pagesFetched(), 2 + pages);

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestModels::fieldList_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("type");
    QTest::addColumn<double>("rate");
    QTest::addColumn<QString>("rateText");
    QTest::addColumn<bool>("isKey");

    QTest::newRow("key") << "lead_id" << "text" << 1.0 << "100.0%" << true;
    QTest::newRow("number with an empty cell") << "employees" << "number" << 2.0 / 3.0 << "66.7%" << false;
    QTest::newRow("boolean") << "converted" << "boolean" << 1.0 << "100.0%" << false;
    QTest::newRow("list with an empty cell") << "stack" << "list" << 2.0 / 3.0 << "66.7%" << false;
    QTest::newRow("date") << "signup" << "date" << 1.0 << "100.0%" << false;
}

void TestModels::fieldList()
{
    QFETCH(QString, field);
    QFETCH(QString, type);
    QFETCH(double, rate);
    QFETCH(QString, rateText);
    QFETCH(bool, isKey);

    FieldListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy ready(&model, &FieldListModel::fillRatesReady);
    model.setWorkspace(mWorkspace.get());
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.columnCount(), int(FieldListModel::ColumnCount));
    // Names and types are there at once; fill rates arrive from a background count.
    QVERIFY(model.isCounting());
    QCOMPARE(model.index(0, FieldListModel::FillRateColumn).data().toString(), QStringLiteral("\u2026"));
    QVERIFY(!model.index(0, 0).data(FieldListModel::FillRateRole).isValid());
    QVERIFY(ready.wait(10000));
    QVERIFY(!model.isCounting());

    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, FieldListModel::NameColumn).data().toString() == field)
            row = r;
    QVERIFY2(row >= 0, qPrintable(field));

    QCOMPARE(model.index(row, FieldListModel::TypeColumn).data().toString(), type);
    QCOMPARE(model.index(row, FieldListModel::FillRateColumn).data().toString(), rateText);
    QCOMPARE(model.index(row, 0).data(FieldListModel::FillRateRole).toDouble(), rate);
    QCOMPARE(model.index(row, FieldListModel::SourceColumn).data().toString(), field);
    QCOMPARE(model.index(row, 0).data(FieldListModel::IsKeyRole).toBool(), isKey);
    QCOMPARE(model.index(row, 0).data(FieldListModel::FilledCountRole).toLongLong(), qRound64(rate * 3));
    QCOMPARE(model.headerData(FieldListModel::FillRateColumn, Qt::Horizontal).toString(), QStringLiteral("Filled"));
}

void TestModels::importHistory()
{
    ImportHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(mWorkspace.get());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ImportHistoryModel::FileColumn).data().toString(), QStringLiteral("leads.csv"));
    QCOMPARE(model.index(0, ImportHistoryModel::InsertedColumn).data().toString(), QStringLiteral("3"));

    const ImportResult r = import(QStringLiteral("update.csv"), kUpdate);
    QVERIFY2(r.ok, qPrintable(r.error));
    model.reload();
    QCOMPARE(model.rowCount(), 2);

    // Newest first.
    auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(0, ImportHistoryModel::FileColumn), QStringLiteral("update.csv"));
    QCOMPARE(cell(0, ImportHistoryModel::RowsReadColumn), QStringLiteral("3"));
    QCOMPARE(cell(0, ImportHistoryModel::InsertedColumn), QStringLiteral("1"));
    QCOMPARE(cell(0, ImportHistoryModel::UpdatedColumn), QStringLiteral("1"));
    QCOMPARE(cell(0, ImportHistoryModel::UnchangedColumn), QStringLiteral("0"));
    QCOMPARE(cell(0, ImportHistoryModel::SkippedColumn), QStringLiteral("0"));
    QCOMPARE(cell(0, ImportHistoryModel::RejectedColumn), QStringLiteral("1"));
    QCOMPARE(model.index(0, 0).data(ImportHistoryModel::RejectsFileRole).toString(), r.rejectsFile);
    QVERIFY(!r.rejectsFile.isEmpty());
    QCOMPARE(model.index(0, ImportHistoryModel::RejectedColumn).data(ImportHistoryModel::RawValueRole).toLongLong(), 1);
    QCOMPARE(model.index(0, 0).data(ImportHistoryModel::ImportIdRole).toLongLong(), r.importId);
    QCOMPARE(cell(1, ImportHistoryModel::FileColumn), QStringLiteral("leads.csv"));
    QCOMPARE(cell(0, ImportHistoryModel::RejectsFileColumn), QStringLiteral("update.csv.rejects.csv"));
    QCOMPARE(cell(1, ImportHistoryModel::RejectedColumn), QStringLiteral("0"));
    QCOMPARE(cell(1, ImportHistoryModel::RejectsFileColumn), QString());
    QCOMPARE(model.columnCount(), 9);
    QCOMPARE(model.headerData(ImportHistoryModel::UpdatedColumn, Qt::Horizontal).toString(), QStringLiteral("Updated"));
    QVERIFY(model.index(1, 0).data(ImportHistoryModel::RejectsFileRole).toString().isEmpty());

    // The time is shown in local time, in the locale's short format.
    const QDateTime at = model.index(0, ImportHistoryModel::TimeColumn).data(ImportHistoryModel::RawValueRole).toDateTime();
    QVERIFY(at.isValid());
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    QCOMPARE(cell(0, ImportHistoryModel::TimeColumn), QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
}

void TestModels::mainWindowShowsWorkspace()
{
    const QString path = mWorkspace->path();
    mWorkspace.reset(); // the window opens its own connection
    MainWindow window;
    QCOMPARE(window.windowTitle(), QStringLiteral("Segment Designer[*]"));
    QString error;
    QVERIFY2(window.openWorkspace(path, &error), qPrintable(error));
    QCOMPARE(window.windowTitle(), QStringLiteral("test.segdb[*] — Segment Designer"));
    QVERIFY(window.isLoading());
    QSignalSpy loaded(&window, &MainWindow::loadingFinished);
    QVERIFY(loaded.wait(10000));
    QVERIFY(!window.isLoading());
    QStringList labels;
    for (QLabel* label : window.statusBar()->findChildren<QLabel*>())
        labels << label->text();
    QVERIFY2(labels.contains(QStringLiteral("3 leads")), qPrintable(labels.join(QLatin1Char('|'))));
    QVERIFY(labels.contains(QDir::toNativeSeparators(path)));
    QVERIFY(window.workspace());
    QCOMPARE(window.workspace()->leadCount(), 3);
    // The leads page lists the workspace's leads (no segment selected: all of them), from the
    // in-memory table that the background evaluation loaded.
    int leadRows = -1;
    for (QTableView* view : window.findChildren<QTableView*>())
        if (qobject_cast<SegmentLeadsModel*>(view->model()))
            leadRows = view->model()->rowCount();
    QCOMPARE(leadRows, 3);
    QVERIFY(!window.openWorkspace(mDir->filePath(QStringLiteral("leads.csv")), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(window.workspace()->path(), path); // a failed open keeps the current workspace
}

namespace {
QList<int> checksShown(const HealthModel* model)
{
    QList<int> checks;
    for (int row = 0; row < model->rowCount(); ++row)
        checks << model->index(row, 0).data(HealthModel::CheckRole).toInt();
    return checks;
}
} // namespace

void TestModels::mainWindowRecordsVerification()
{
    const QString path = mWorkspace->path();
    mWorkspace.reset();
    MainWindow window;
    QString error;
    QVERIFY2(window.openWorkspace(path, &error), qPrintable(error));
    QSignalSpy loaded(&window, &MainWindow::loadingFinished);
    QVERIFY(loaded.wait(10000));
    auto* panel = window.findChild<HealthPanel*>();
    QVERIFY(panel);
    // Imported a moment ago, never verified: the panel knows both from the workspace.
    QList<int> checks = checksShown(panel->model());
    QVERIFY(checks.contains(int(HealthCheck::NotVerified)));
    QVERIFY(!checks.contains(int(HealthCheck::StaleData)));

    emit panel->verifyRequested();
    checks = checksShown(panel->model());
    QVERIFY(!checks.contains(int(HealthCheck::NotVerified)));
    // Recorded in the workspace under the rule set's name, with today's date.
    const QString ruleSet = QString::fromStdString(window.findChild<RuleDocument*>()->rules().name);
    const DataFreshness stored = readDataFreshness(*window.workspace(), ruleSet);
    QVERIFY(stored.lastVerifiedDay.has_value());
    QCOMPARE(qint64(*stored.lastVerifiedDay), QDate(1970, 1, 1).daysTo(QDate::currentDate()));
    QVERIFY(stored.lastImportDay.has_value());
    QCOMPARE(qint64(*stored.lastImportDay), QDate(1970, 1, 1).daysTo(QDateTime::currentDateTimeUtc().date()));
}

void TestModels::mainWindowReadOnlyBanner()
{
    const QString path = mWorkspace->path();
    mWorkspace.reset();
    QVERIFY(QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    auto restore = qScopeGuard([&] { QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); });
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    auto* banner = window.findChild<WorkspaceBanner*>();
    QVERIFY(banner);
    QVERIFY(!banner->isVisible()); // nothing open, nothing to say
    QString error;
    QVERIFY2(window.openWorkspace(path, &error), qPrintable(error));
    QSignalSpy loaded(&window, &MainWindow::loadingFinished);
    QVERIFY(loaded.wait(10000));
    QVERIFY(window.workspace()->isReadOnly());
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->message().startsWith(QLatin1String("This workspace is read-only. You do not have permission to change ")),
             qPrintable(banner->message()));
    QVERIFY2(banner->message().contains(path), qPrintable(banner->message()));
    QCOMPARE(window.windowTitle(), QStringLiteral("test.segdb[*] (read-only) — Segment Designer"));
    QAction* import = nullptr;
    for (QAction* a : window.findChildren<QAction*>())
        if (a->text() == QStringLiteral("&Import CSV…"))
            import = a;
    QVERIFY(import);
    QVERIFY(!import->isEnabled());

    // An edit that is not saved yet travels with the rule set into the copy.
    RuleDocument* doc = window.document();
    const int undoSteps = doc->undoStack()->count();
    RuleSet renamed = doc->rules();
    renamed.name = "Renamed before the copy";
    doc->push(new ReplaceRulesCommand(doc, renamed, QStringLiteral("Rename")));
    QVERIFY(doc->isModified());

    auto* runner = window.findChild<WorkspaceCopyRunner*>();
    QVERIFY(runner);
    const QString copy = mDir->filePath(QStringLiteral("copy.segdb"));
    QSignalSpy copied(runner, &WorkspaceCopyRunner::finished);
    // A failed copy shows a message box; closed here so that the test fails instead of waiting.
    QStringList boxes;
    QTimer closer;
    connect(&closer, &QTimer::timeout, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            boxes << box->text();
            box->close();
        }
    });
    closer.start(50);
    runner->start(path, copy);
    QVERIFY(runner->isRunning());
    QAction* saveAs = nullptr;
    for (QAction* a : window.findChildren<QAction*>())
        if (a->text() == QStringLiteral("Save &Workspace As…"))
            saveAs = a;
    QVERIFY(saveAs);
    QVERIFY(!saveAs->isEnabled()); // one copy at a time
    QVERIFY(copied.wait(10000));
    QVERIFY2(boxes.isEmpty(), qPrintable(boxes.join(QLatin1Char('|'))));
    QCOMPARE(copied.first().at(0).toString(), path);
    QVERIFY2(copied.first().at(2).toBool(), qPrintable(copied.first().at(3).toString()));
    QVERIFY(!runner->isRunning());
    QVERIFY(saveAs->isEnabled());
    QCOMPARE(window.workspace()->path(), copy);
    QVERIFY(!window.workspace()->isReadOnly());
    QVERIFY(!banner->isVisible());
    QVERIFY(import->isEnabled());
    QCOMPARE(window.workspace()->leadCount(), 3);
    QCOMPARE(window.windowTitle(), QStringLiteral("copy.segdb[*] — Segment Designer"));
    QCOMPARE(QString::fromStdString(doc->rules().name), QStringLiteral("Renamed before the copy"));
    QCOMPARE(doc->undoStack()->count(), undoSteps + 1);
    QVERIFY(doc->isModified());
    // Saving now works, in the copy; the original file is as it was.
    QVERIFY(doc->saveToWorkspace(*const_cast<Workspace*>(window.workspace()), QStringLiteral("after the copy"), &error) > 0);
    QCOMPARE(window.workspace()->ruleSetNames(), QStringList{QStringLiteral("Renamed before the copy")});
    auto original = Workspace::open(path, &error, Workspace::Mode::ReadOnly);
    QVERIFY2(original, qPrintable(error));
    QVERIFY(original->ruleSetNames().isEmpty());

    // Another workspace opened while a copy runs stays open; the copy is made all the same.
    const QString other = mDir->filePath(QStringLiteral("other.segdb"));
    QVERIFY2(Workspace::open(other, &error), qPrintable(error));
    const QString second = mDir->filePath(QStringLiteral("second copy.segdb"));
    copied.clear();
    runner->start(copy, second);
    QVERIFY2(window.openWorkspace(other, &error), qPrintable(error));
    QVERIFY(copied.wait(10000));
    QVERIFY2(copied.first().at(2).toBool(), qPrintable(copied.first().at(3).toString()));
    QVERIFY(boxes.isEmpty());
    QCOMPARE(window.workspace()->path(), other);
    QVERIFY(QFileInfo::exists(second));
    QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Saved a copy of ")));
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
