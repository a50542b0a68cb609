// The Export dialog and the JsonLogic import offscreen, on a demo workspace: the preview is the
// core exporter's text, files equal what `segment-designer-cli export`/`tag` write for the same
// rules and options, unexportable rules disable Export and show their pointer, a one-segment tagged
// list has exactly that segment's leads, and a JsonLogic export imports back into an equal rule
// set as one undo step while a bad file changes nothing.
#include "commands/replacerulescommand.h"
#include "demogenerator.h"
#include "evaluationcontroller.h"
#include "evaluator.h"
#include "exportactions.h"
#include "exportdialog.h"
#include "jsonlogicruleimport.h"
#include "mainwindow.h"
#include "ruledocument.h"
#include "rulefile.h"
#include "workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <sqlite3.h>

using namespace sd;

namespace {

const int64_t kAsOf = 20240; // 2025-06-01

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

int runCli(const QStringList& args, QByteArray* err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(SD_CLI_PATH), args);
    p.waitForFinished(120000);
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString isoDate(int64_t days) { return QDate(1970, 1, 1).addDays(days).toString(Qt::ISODate); }

// The first `max` lines of `text`, as the preview shows a long export.
QString firstLines(const QString& text, int max)
{
    qsizetype cut = 0;
    for (int i = 0; i < max; ++i) {
        const qsizetype next = text.indexOf(QLatin1Char('\n'), cut);
        if (next < 0)
            return text;
        cut = next + 1;
    }
    return text.left(cut);
}

Condition leaf(const std::string& field, Op op, nlohmann::json value)
{
    Condition c;
    c.kind = Condition::Kind::Leaf;
    c.field = field;
    c.op = op;
    c.value = std::move(value);
    return c;
}

Segment* findSegment(Segment& s, const std::string& id)
{
    if (s.id == id)
        return &s;
    for (Segment& c : s.children)
        if (Segment* f = findSegment(c, id))
            return f;
    return nullptr;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mWorkspace;
    QString mRulesFile;
    RuleSet mRules;
    std::shared_ptr<const ColumnTable> mTable;

    std::unique_ptr<ExportDialog> dialog(const RuleSet& rules)
    {
        ExportSources s;
        s.table = mTable;
        s.workspacePath = mWorkspace;
        s.workspaceWritable = true;
        s.keyField = QStringLiteral("lead_id");
        s.asOf = kAsOf;
        auto d = std::make_unique<ExportDialog>(rules, s);
        return d;
    }

private slots:
    void initTestCase()
    {
        Q_INIT_RESOURCE(ui); // sd_ui is static: its icons need an explicit reference
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("segment-designer-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
        QSettings().clear();
        QVERIFY(mDir.isValid());
        mWorkspace = mDir.filePath(QStringLiteral("demo.segdb"));
        QByteArray err;
        QCOMPARE(runCli({QStringLiteral("demo"), mWorkspace, QStringLiteral("--leads"), QStringLiteral("3000")}, &err), 0);
        const RuleFileResult parsed = parseRuleFile(b2bTiersTemplate());
        QVERIFY(parsed.ok);
        mRules = parsed.rules;
        mRulesFile = mDir.filePath(QStringLiteral("b2b.rules.json"));
        QFile f(mRulesFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(serializeRuleFile(mRules));
        f.close();
        QString error;
        auto ws = Workspace::open(mWorkspace, &error, Workspace::Mode::ReadOnly);
        QVERIFY2(ws, qPrintable(error));
        auto table = std::make_shared<ColumnTable>();
        QVERIFY2(table->loadWorkspace(*ws, &error), qPrintable(error));
        QCOMPARE(table->rowCount(), size_t(3000));
        mTable = table;
    }

    void previewAndFileEqualCoreAndCli_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<bool>("asOf");
        QTest::newRow("rules") << int(ExportDialog::Format::Rules) << QString() << false;
        QTest::newRow("jsonlogic") << int(ExportDialog::Format::JsonLogic) << QString() << true;
        QTest::newRow("markdown") << int(ExportDialog::Format::Markdown) << QString() << false;
        for (const char* d : {"sqlite", "postgres", "duckdb", "bigquery", "snowflake", "spark"}) {
            QTest::newRow(qPrintable(QStringLiteral("sql-%1").arg(QLatin1String(d)))) << int(ExportDialog::Format::Sql) << QString::fromLatin1(d) << false;
            QTest::newRow(qPrintable(QStringLiteral("sql-%1-as-of").arg(QLatin1String(d)))) << int(ExportDialog::Format::Sql) << QString::fromLatin1(d) << true;
        }
    }

    void previewAndFileEqualCoreAndCli()
    {
        QFETCH(int, format);
        QFETCH(QString, dialect);
        QFETCH(bool, asOf);
        auto d = dialog(mRules);
        d->setFormat(ExportDialog::Format(format));
        RuleExportRequest expected;
        QStringList cliArgs = {QStringLiteral("export"), mRulesFile, QStringLiteral("--to")};
        switch (ExportDialog::Format(format)) {
        case ExportDialog::Format::Rules: expected.format = RuleExportFormat::Rules; cliArgs << QStringLiteral("rules"); break;
        case ExportDialog::Format::JsonLogic: expected.format = RuleExportFormat::JsonLogic; cliArgs << QStringLiteral("jsonlogic"); break;
        case ExportDialog::Format::Markdown: expected.format = RuleExportFormat::Markdown; cliArgs << QStringLiteral("markdown"); break;
        default:
            expected.format = RuleExportFormat::Sql;
            expected.sql.dialect = *SqlDialect::fromName(dialect.toStdString());
            expected.sql.table = "crm.leads";
            expected.sql.keyColumn = "lead_id";
            d->dialectBox()->setCurrentIndex(d->dialectBox()->findData(dialect));
            d->tableEdit()->setText(QStringLiteral("crm.leads"));
            d->sqlAsOfBox()->setChecked(asOf);
            cliArgs << QStringLiteral("sql") << QStringLiteral("--dialect") << dialect << QStringLiteral("--table") << QStringLiteral("crm.leads")
                    << QStringLiteral("--workspace") << mWorkspace;
        }
        if (asOf) {
            expected.asOf = kAsOf;
            cliArgs << QStringLiteral("--as-of") << isoDate(kAsOf);
        }
        QCOMPARE(d->keyEdit()->text(), QStringLiteral("lead_id"));
        const ExportResult core = exportRules(mRules, expected);
        QVERIFY(core.ok);
        QTRY_COMPARE(d->previewText(), firstLines(QString::fromStdString(core.text), 400));
        QVERIFY(d->errorText().isEmpty());
        QVERIFY(d->canExport());

        const QString mine = mDir.filePath(QStringLiteral("dialog-%1.out").arg(QTest::currentDataTag()));
        QSignalSpy finished(d.get(), &ExportDialog::exportFinished);
        QVERIFY(d->exportTo(mine));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(readAll(mine), QByteArray::fromStdString(core.text));

        const QString cli = mDir.filePath(QStringLiteral("cli-%1.out").arg(QTest::currentDataTag()));
        QByteArray err;
        QCOMPARE(runCli(cliArgs + QStringList{QStringLiteral("-o"), cli}, &err), 0);
        QCOMPARE(readAll(mine), readAll(cli));
    }

    void unexportableRulesDisableExportAndShowThePointer()
    {
        RuleSet rules = mRules;
        Segment* smb = findSegment(rules.root, "smb");
        QVERIFY(smb);
        smb->when = leaf("email", Op::Matches, "@example\\.(com|org)$");
        auto d = dialog(rules);
        d->setFormat(ExportDialog::Format::JsonLogic);
        QVERIFY(!d->canExport());
        QVERIFY(d->previewText().isEmpty());
        QVERIFY2(d->errorText().contains(QStringLiteral("/segments/children/2/when/op: JsonLogic has no regular expressions")),
                 qPrintable(d->errorText()));
        QVERIFY(!d->exportTo(mDir.filePath(QStringLiteral("never.json"))));
        QVERIFY(!QFile::exists(mDir.filePath(QStringLiteral("never.json"))));
        // The same rules in SQL are fine: the error goes and Export comes back.
        d->setFormat(ExportDialog::Format::Sql);
        d->dialectBox()->setCurrentIndex(d->dialectBox()->findData(QStringLiteral("sqlite")));
        QTRY_VERIFY(d->canExport());
        QVERIFY(d->errorText().isEmpty());
        QTRY_VERIFY(d->previewText().contains(QStringLiteral("REGEXP")));
        // An empty table name is refused before the exporter runs.
        d->tableEdit()->clear();
        QTRY_VERIFY(!d->canExport());
    }

    void exportRightAfterAnEditWritesTheEdit()
    {
        auto d = dialog(mRules);
        d->setFormat(ExportDialog::Format::Sql);
        d->dialectBox()->setCurrentIndex(d->dialectBox()->findData(QStringLiteral("postgres")));
        d->tableEdit()->setText(QStringLiteral("sales.inbound"));
        // No wait for the preview: the export must not write the text of the options before.
        const QString out = mDir.filePath(QStringLiteral("right-after.sql"));
        QVERIFY(d->exportTo(out));
        RuleExportRequest expected;
        expected.format = RuleExportFormat::Sql;
        expected.sql.dialect = SqlDialect(SqlDialect::Kind::Postgres);
        expected.sql.table = "sales.inbound";
        expected.sql.keyColumn = "lead_id";
        QCOMPARE(readAll(out), QByteArray::fromStdString(exportRules(mRules, expected).text));
        QVERIFY(readAll(out).contains("FROM \"sales\".\"inbound\""));
    }

    void taggedLists_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QStringList>("segments");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("csv-all") << int(ExportDialog::Format::TagCsv) << QStringList() << QStringLiteral("csv");
        QTest::newRow("csv-smb") << int(ExportDialog::Format::TagCsv) << QStringList{QStringLiteral("smb")} << QStringLiteral("csv");
        QTest::newRow("csv-hot") << int(ExportDialog::Format::TagCsv)
                                 << QStringList{QStringLiteral("enterprise-hot"), QStringLiteral("mid-market-hot")} << QStringLiteral("csv");
        QTest::newRow("jsonl-mid") << int(ExportDialog::Format::TagJsonl) << QStringList{QStringLiteral("mid_market")} << QStringLiteral("jsonl");
    }

    void taggedLists()
    {
        QFETCH(int, format);
        QFETCH(QStringList, segments);
        QFETCH(QString, suffix);
        auto d = dialog(mRules);
        d->setFormat(ExportDialog::Format(format));
        d->setSegmentFilter(segments);
        QCOMPARE(d->segmentFilter(), segments);
        QVERIFY(d->canExport());
        const QString mine = mDir.filePath(QStringLiteral("tags-%1.%2").arg(QTest::currentDataTag(), suffix));
        QSignalSpy finished(d.get(), &ExportDialog::exportFinished);
        QVERIFY(d->exportTo(mine));
        QVERIFY(d->isRunning() || finished.count() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(!QFile::exists(mine + QStringLiteral(".part")));

        // Rows: exactly the leads of the chosen segments (one row per lead: the tree is exclusive).
        Evaluator ev(*mTable);
        ev.setAsOf(kAsOf);
        std::vector<SegmentMembers> members;
        QString error;
        QVERIFY(ev.evaluate(mRules, &members, &error));
        size_t expected = 0;
        for (const SegmentMembers& m : members)
            if (segments.isEmpty() ? m.parent < 0 : segments.contains(QString::fromStdString(m.id)))
                expected += m.members.count();
        if (segments.isEmpty())
            expected = mTable->rowCount(); // leads in no segment too
        const QByteArray bytes = readAll(mine);
        const qsizetype lines = bytes.count('\n') - (suffix == QLatin1String("csv") ? 1 : 0);
        QCOMPARE(size_t(lines), expected);
        QVERIFY(expected > 0);
        QVERIFY(finished.at(0).at(1).toString().contains(QString::number(expected)));

        // Byte for byte what the command line writes for the same rules, leads and date.
        QStringList args = {QStringLiteral("tag"), mRulesFile, mWorkspace, QStringLiteral("--as-of"), isoDate(kAsOf)};
        for (const QString& s : segments)
            args << QStringLiteral("--segment") << s;
        const QString cli = mDir.filePath(QStringLiteral("cli-tags-%1.%2").arg(QTest::currentDataTag(), suffix));
        QCOMPARE(runCli(args + QStringList{QStringLiteral("-o"), cli}), 0);
        QCOMPARE(bytes, readAll(cli));
    }

    // The progress hook the dialog's Cancel uses: a refusal stops the write and leaves no file.
    void tagWriteCancelLeavesNoFile_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("cancelAt");
        QTest::newRow("csv-start") << int(TagFormat::Csv) << 0;
        QTest::newRow("jsonl-start") << int(TagFormat::Jsonl) << 0;
        QTest::newRow("xlsx-start") << int(TagFormat::Xlsx) << 0;
        QTest::newRow("csv-never") << int(TagFormat::Csv) << -1;
    }

    void tagWriteCancelLeavesNoFile()
    {
        QFETCH(int, format);
        QFETCH(int, cancelAt);
        Evaluator ev(*mTable);
        ev.setAsOf(kAsOf);
        std::vector<SegmentMembers> members;
        QString error;
        QVERIFY(ev.evaluate(mRules, &members, &error));
        TagRequest request;
        request.format = TagFormat(format);
        request.outputPath = mDir.filePath(QStringLiteral("cancel-%1.out").arg(QTest::currentDataTag()));
        std::vector<std::pair<qint64, qint64>> calls;
        request.progress = [&](qint64 done, qint64 total) {
            calls.emplace_back(done, total);
            return cancelAt < 0 || done < cancelAt;
        };
        const TagResult r = writeTags(*mTable, mRules, members, ev, request);
        QVERIFY(!calls.empty());
        QCOMPARE(calls.front(), std::make_pair(qint64(0), qint64(3000)));
        QCOMPARE(r.ok, cancelAt < 0);
        QCOMPARE(QFile::exists(request.outputPath), cancelAt < 0);
        QVERIFY(!QFile::exists(request.outputPath + QStringLiteral(".part")));
        if (cancelAt >= 0)
            QCOMPARE(r.error, QStringLiteral("writing cancelled"));
        else
            QCOMPARE(r.rowsWritten, qint64(3000));
    }

    void taggedListSavesTagsIntoTheWorkspace()
    {
        auto d = dialog(mRules);
        d->setFormat(ExportDialog::Format::TagXlsx);
        d->setSegmentFilter({QStringLiteral("enterprise")});
        QVERIFY(d->saveTagsBox()->isEnabled());
        d->saveTagsBox()->setChecked(true);
        d->sheetPerSegmentBox()->setChecked(true);
        QCOMPARE(d->tagRequest(QStringLiteral("x.xlsx")).sheetPerSegment, true);
        const QString out = mDir.filePath(QStringLiteral("tags.xlsx"));
        QSignalSpy finished(d.get(), &ExportDialog::exportFinished);
        QVERIFY(d->exportTo(out));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(readAll(out).startsWith("PK"));
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(mWorkspace).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db, "SELECT count(DISTINCT lead_key) FROM tags", -1, &st, nullptr);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        const qint64 tagged = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        sqlite3_close(db);
        // Saved tags cover every lead, whatever the file's segment filter.
        QCOMPARE(tagged, qint64(3000));
        QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("3,000")) || finished.at(0).at(1).toString().contains(QStringLiteral("3000")));
    }

    void settingsRemembered()
    {
        {
            auto d = dialog(mRules);
            d->setFormat(ExportDialog::Format::Sql);
            d->dialectBox()->setCurrentIndex(d->dialectBox()->findData(QStringLiteral("snowflake")));
            QVERIFY(d->exportTo(mDir.filePath(QStringLiteral("remember.sql"))));
        }
        auto d = dialog(mRules);
        QCOMPARE(d->format(), ExportDialog::Format::Sql);
        QCOMPARE(d->dialectBox()->currentData().toString(), QStringLiteral("snowflake"));
        QCOMPARE(QSettings().value(QStringLiteral("exportDialog/directory")).toString(), mDir.path());
    }

    // The File menu of the designer offers both, and the dialog it opens exports the open workspace.
    void mainWindowFileMenu()
    {
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::loadingFinished);
        QString error;
        QVERIFY2(window.openWorkspace(mWorkspace, &error), qPrintable(error));
        QVERIFY(loaded.wait(60000));
        auto* actions = window.findChild<ExportActions*>();
        QVERIFY(actions);
        const QList<QAction*> file = window.menuBar()->actions().front()->menu()->actions();
        QVERIFY(file.contains(actions->exportAction()));
        QVERIFY(file.contains(actions->importAction()));
        QCOMPARE(actions->exportAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
        std::unique_ptr<ExportDialog> d(actions->createDialog());
        d->setFormat(ExportDialog::Format::TagCsv);
        QVERIFY(d->canExport());
        QVERIFY(d->previewText().startsWith(QStringLiteral("3,000 leads")) || d->previewText().startsWith(QStringLiteral("3000 leads")));
        QVERIFY(d->saveTagsBox()->isEnabled());
        d->setFormat(ExportDialog::Format::Rules);
        QCOMPARE(d->previewText(), QString::fromUtf8(serializeRuleFile(window.document()->rules())));
    }

    // docs/screenshots/export-dialog.png: SD_EXPORT_SCREENSHOT=PATH (run under xvfb-run for real fonts).
    void screenshot()
    {
        const QString path = qEnvironmentVariable("SD_EXPORT_SCREENSHOT");
        if (path.isEmpty())
            QSKIP("set SD_EXPORT_SCREENSHOT=PATH to save a picture of the dialog");
        auto d = dialog(mRules);
        d->setFormat(ExportDialog::Format::Sql);
        d->dialectBox()->setCurrentIndex(d->dialectBox()->findData(QStringLiteral("snowflake")));
        d->tableEdit()->setText(QStringLiteral("crm.leads"));
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        QTRY_VERIFY(d->previewText().contains(QStringLiteral("crm")));
        QTest::qWait(200);
        const QImage image = d->grab().toImage();
        QVERIFY(image.save(path));
        QCOMPARE(QImage(path).size(), image.size());
        // The other two faces of the dialog, beside it: a tagged list's options, and an error.
        d->setFormat(ExportDialog::Format::TagXlsx);
        d->setSegmentFilter({QStringLiteral("enterprise"), QStringLiteral("mid-market-hot")});
        QTest::qWait(100);
        const QString base = path.left(path.size() - 4);
        QVERIFY(d->grab().save(base + QStringLiteral("-tags.png")));
        RuleSet rules = mRules;
        findSegment(rules.root, "smb")->when = leaf("email", Op::Matches, "@example\\.com$");
        auto e = dialog(rules);
        e->setFormat(ExportDialog::Format::JsonLogic);
        e->show();
        QVERIFY(QTest::qWaitForWindowExposed(e.get()));
        QTest::qWait(100);
        QVERIFY(!e->canExport());
        QVERIFY(e->grab().save(base + QStringLiteral("-error.png")));
    }

    void jsonLogicImportRoundTripsAsOneUndoStep()
    {
        // Relative dates come back as fixed ranges, so the round trip uses a fixed date.
        RuleSet original = mRules;
        original.scores[0].rules[4].when = leaf("last_activity", Op::Ge, "2025-05-01");
        const ExportResult logic = exportRules(original, {RuleExportFormat::JsonLogic, {}, std::nullopt});
        QVERIFY(logic.ok);
        const QString file = mDir.filePath(QStringLiteral("b2b.jsonlogic.json"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(logic.text.data(), qint64(logic.text.size()));
        }
        // The designer holds an edited copy: other thresholds, another score cap.
        RuleSet edited = original;
        findSegment(edited.root, "enterprise")->when = leaf("employees", Op::Ge, 500);
        findSegment(edited.root, "smb-qualified")->when = leaf("engagement", Op::Ge, 40);
        findSegment(edited.root, "enterprise-cold")->when = leaf("country", Op::In, nlohmann::json::array({"DE", "FR"}));
        edited.scores[0].max = 90;
        edited.scores[0].rules[0].cap = 10;

        QWidget window;
        RuleDocument doc;
        doc.load(edited);
        EvaluationController evaluation;
        evaluation.setTable(mTable);
        ExportActions actions(&doc, &evaluation, &window, [] { return nullptr; });
        const int steps = doc.undoStack()->count();
        QVERIFY(actions.importJsonLogic(file));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QVERIFY(doc.rules() == original);
        QCOMPARE(serializeRuleFile(doc.rules()), serializeRuleFile(original));
        doc.undoStack()->undo();
        QVERIFY(doc.rules() == edited);
        doc.undoStack()->redo();
        QVERIFY(doc.rules() == original);
        // Importing the same file again changes nothing and adds no step.
        QVERIFY(actions.importJsonLogic(file));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
    }

    void jsonLogicImportOfASingleRuleAddsASegment()
    {
        const QString file = mDir.filePath(QStringLiteral("one-rule.json"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"and": [{">=": [{"var": "employees"}, 500]}, {"in": [{"var": "country"}, ["DE", "AT"]]}]})");
        }
        QWidget window;
        RuleDocument doc;
        doc.load(mRules);
        EvaluationController evaluation;
        ExportActions actions(&doc, &evaluation, &window, [] { return nullptr; });
        QVERIFY(actions.importJsonLogic(file));
        const Segment& added = doc.rules().root.children.back();
        QCOMPARE(added.id, std::string("imported"));
        QVERIFY(added.when);
        QCOMPARE(added.when->children.size(), size_t(2));
        QVERIFY(added.when->children[0] == leaf("employees", Op::Ge, 500));
        QVERIFY(added.when->children[1] == leaf("country", Op::In, nlohmann::json::array({"DE", "AT"})));
        QCOMPARE(doc.rules().root.children.size(), mRules.root.children.size() + 1);
    }

    void badJsonLogicShowsErrorsAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"segments\": {") << QStringLiteral("/segments: invalid JSON at line 1, column 14: syntax error while parsing object key");
        QTest::newRow("unknown op") << QByteArray(R"({"segments": {"x": {"regex": [{"var": "email"}, "a"]}}, "scores": {}})")
                                    << QStringLiteral("/segments/x/regex: the operation \"regex\" has no equivalent");
        QTest::newRow("unknown field") << QByteArray(R"({">": [{"var": "no_such_field"}, 3]})")
                                       << QStringLiteral("/>/0/var: unknown field \"no_such_field\"");
        QTest::newRow("loose types") << QByteArray(R"({"==": [{"var": "employees"}, "1000"]})")
                                     << QStringLiteral("/==/1: the value's type does not match");
        QTest::newRow("edited prefix")
            << QByteArray(R"({"segments": {"enterprise": {">=": [{"var": "employees"}, 1000]},
                 "enterprise-hot": {"and": [{">=": [{"var": "employees"}, 5]}, true]}}})")
            << QStringLiteral("/segments/enterprise-hot: this rule does not start with");
    }

    void badJsonLogicShowsErrorsAndChangesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString file = mDir.filePath(QStringLiteral("bad.json"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(content);
        }
        QWidget window;
        RuleDocument doc;
        doc.load(mRules);
        EvaluationController evaluation;
        ExportActions actions(&doc, &evaluation, &window, [] { return nullptr; });
        QVERIFY(!actions.importJsonLogic(file));
        QVERIFY(doc.rules() == mRules);
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("jsonLogicImportError"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        const QString shown = box->informativeText() + QLatin1Char('\n') + box->detailedText();
        QVERIFY2(shown.contains(expected), qPrintable(shown));
        box->close();
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
