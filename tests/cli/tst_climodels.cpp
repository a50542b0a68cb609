// End-to-end tests of the model commands of segment-designer-cli: suggest and fit-score, with the
// JSON shapes of DESIGN.md, on a demo workspace and on the same leads as a CSV file; the files they
// write are checked with validate and evaluate.
#include "demogenerator.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <map>
#include <set>

class TestCliModels : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };
    Run cli(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(SD_CLI_PATH), args);
        if (!p.waitForFinished(120000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QString path(const char* name) const { return mDir.filePath(QString::fromLatin1(name)); }
    static nlohmann::ordered_json json(const QByteArray& b) { return nlohmann::ordered_json::parse(b.toStdString()); }
    static QByteArray fileBytes(const QString& p)
    {
        QFile f(p);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QStringList keys(const nlohmann::ordered_json& j)
    {
        QStringList k;
        for (auto it = j.begin(); it != j.end(); ++it)
            k << QString::fromStdString(it.key());
        return k;
    }

    QTemporaryDir mDir;
    QString mWorkspace, mCsv;
    const QString mFields = QStringLiteral("seniority,industry,employees,lead_source,email_opens,pricing_page_visits,"
                                           "webinar_attended,demo_requested,created_at");

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mCsv = path("leads.csv");
        QString error;
        QVERIFY2(sd::writeDemoCsv(mCsv, {4000, 5}, &error), qPrintable(error));
        mWorkspace = path("leads.segdb");
        const Run r = cli({QStringLiteral("import"), mWorkspace, mCsv, QStringLiteral("--key"), QStringLiteral("lead_id")});
        QCOMPARE(r.exitCode, 0);
    }

    void suggestShape()
    {
        const QString out = path("tree.rules.json");
        const Run r = cli({QStringLiteral("suggest"), mWorkspace, QStringLiteral("--outcome"), QStringLiteral("converted"),
                           QStringLiteral("--fields"), mFields, QStringLiteral("--max-depth"), QStringLiteral("3"),
                           QStringLiteral("--min-size"), QStringLiteral("100"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const auto j = json(r.out);
        QCOMPARE(keys(j), QStringList({"total", "conversions", "rate", "leaves", "elapsed_ms"}));
        QCOMPARE(j["total"].get<int>(), 4000);
        const int conversions = j["conversions"].get<int>();
        QVERIFY(conversions > 0 && conversions < 4000);
        QVERIFY(j["leaves"].size() >= 2 && j["leaves"].size() <= 8);
        long sizes = 0, leafConversions = 0;
        std::map<std::string, long> leafSize;
        double low = 1, high = 0;
        for (const auto& l : j["leaves"]) {
            QCOMPARE(keys(l), QStringList({"id", "path", "name", "size", "conversions", "rate"}));
            QVERIFY(l["size"].get<long>() >= 100);
            QCOMPARE(l["rate"].get<double>(), double(l["conversions"].get<long>()) / double(l["size"].get<long>()));
            sizes += l["size"].get<long>();
            leafConversions += l["conversions"].get<long>();
            leafSize[l["id"].get<std::string>()] = l["size"].get<long>();
            low = std::min(low, l["rate"].get<double>());
            high = std::max(high, l["rate"].get<double>());
        }
        QCOMPARE(sizes, 4000L);
        QCOMPARE(leafConversions, long(conversions));
        QVERIFY(high > 2 * low); // the tree separates converters
        // The file is an ordinary, valid rule file whose leaves evaluate to the printed sizes.
        const Run v = cli({QStringLiteral("validate"), out});
        QCOMPARE(v.exitCode, 0);
        const Run e = cli({QStringLiteral("evaluate"), out, mWorkspace});
        QCOMPARE(e.exitCode, 0);
        const auto ej = json(e.out);
        QCOMPARE(ej["conversions"].get<int>(), conversions);
        int seen = 0;
        for (const auto& s : ej["segments"]) {
            const std::string id = s["id"].get<std::string>();
            if (id.back() == '~') {
                QCOMPARE(s["size"].get<long>(), 0L);
            } else if (leafSize.count(id)) {
                QCOMPARE(s["size"].get<long>(), leafSize[id]);
                ++seen;
            }
        }
        QCOMPARE(seen, int(leafSize.size()));
        const auto file = json(fileBytes(out));
        QCOMPARE(file["segments"]["mode"].get<std::string>(), std::string("exclusive"));
        QCOMPARE(file["outcome"]["field"].get<std::string>(), std::string("converted"));
    }

    void suggestCsvMatchesWorkspace()
    {
        const QStringList common{QStringLiteral("--outcome"), QStringLiteral("converted=true"), QStringLiteral("--fields"), mFields,
                                 QStringLiteral("--criterion"), QStringLiteral("entropy")};
        const Run a = cli(QStringList{QStringLiteral("suggest"), mWorkspace} + common + QStringList{QStringLiteral("-o"), path("a.rules.json")});
        const Run b = cli(QStringList{QStringLiteral("suggest"), mCsv} + common + QStringList{QStringLiteral("-o"), path("b.rules.json")});
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(b.exitCode, 0);
        QVERIFY(json(a.out)["leaves"] == json(b.out)["leaves"]);
        QCOMPARE(fileBytes(path("a.rules.json")), fileBytes(path("b.rules.json")));
    }

    void fitScoreShape()
    {
        const QString out = path("score.rules.json");
        const Run r = cli({QStringLiteral("fit-score"), mWorkspace, QStringLiteral("--outcome"), QStringLiteral("converted"),
                           QStringLiteral("--fields"), mFields, QStringLiteral("--test-share"), QStringLiteral("0.3"),
                           QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        const auto j = json(r.out);
        QCOMPARE(keys(j), QStringList({"auc_train", "auc_test", "rows_train", "rows_test"}));
        QCOMPARE(j["rows_train"].get<int>() + j["rows_test"].get<int>(), 4000);
        QVERIFY(std::abs(j["rows_test"].get<int>() - 1200) < 4 * 29); // 4 binomial standard deviations
        const double train = j["auc_train"].get<double>(), test = j["auc_test"].get<double>();
        QVERIFY2(test > 0.6 && test <= 1 && train > 0.6 && train <= 1, r.out.constData());
        QCOMPARE(cli({QStringLiteral("validate"), out}).exitCode, 0);
        const auto file = json(fileBytes(out));
        QCOMPARE(file["scores"].size(), size_t(1));
        QCOMPARE(file["scores"][0]["id"].get<std::string>(), std::string("fitted_score"));
        QVERIFY(file["scores"][0]["rules"].size() > 5);
        std::set<std::string> ruleFields;
        for (const auto& rule : file["scores"][0]["rules"]) {
            QVERIFY(rule["points"].is_number());
            if (rule.contains("when") && rule["when"].contains("field"))
                ruleFields.insert(rule["when"]["field"].get<std::string>());
        }
        QVERIFY(ruleFields.count("demo_requested") || ruleFields.count("pricing_page_visits"));
        // Same seed, same file; another seed, another split.
        const Run again = cli({QStringLiteral("fit-score"), mCsv, QStringLiteral("--outcome"), QStringLiteral("converted"),
                               QStringLiteral("--fields"), mFields, QStringLiteral("--seed"), QStringLiteral("7"),
                               QStringLiteral("-o"), path("score2.rules.json")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(json(again.out) == j);
        QCOMPARE(fileBytes(path("score2.rules.json")), fileBytes(out));
        const Run other = cli({QStringLiteral("fit-score"), mWorkspace, QStringLiteral("--outcome"), QStringLiteral("converted"),
                               QStringLiteral("--fields"), mFields, QStringLiteral("--seed"), QStringLiteral("8"),
                               QStringLiteral("-o"), path("score3.rules.json")});
        QCOMPARE(other.exitCode, 0);
        QVERIFY(json(other.out)["rows_test"] != j["rows_test"] || json(other.out)["auc_test"] != j["auc_test"]);
    }

    void fitScoreWithoutTestRows()
    {
        const Run r = cli({QStringLiteral("fit-score"), mWorkspace, QStringLiteral("--outcome"), QStringLiteral("converted"),
                           QStringLiteral("--fields"), QStringLiteral("industry,employees"), QStringLiteral("--test-share"),
                           QStringLiteral("0"), QStringLiteral("-o"), path("all.rules.json")});
        QCOMPARE(r.exitCode, 0);
        const auto j = json(r.out);
        QVERIFY(j["auc_test"].is_null());
        QCOMPARE(j["rows_test"].get<int>(), 0);
        QCOMPARE(j["rows_train"].get<int>(), 4000);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString f = QStringLiteral("--fields"), o = QStringLiteral("--outcome"), out = QStringLiteral("-o");
        QTest::newRow("suggest no outcome") << QStringList{"suggest", "WS", f, "industry", out, "OUT"} << "--outcome";
        QTest::newRow("suggest no fields") << QStringList{"suggest", "WS", o, "converted", out, "OUT"} << "--fields";
        QTest::newRow("suggest no output") << QStringList{"suggest", "WS", o, "converted", f, "industry"} << "-o";
        QTest::newRow("suggest unknown field") << QStringList{"suggest", "WS", o, "converted", f, "industry,nope", out, "OUT"} << "nope";
        QTest::newRow("suggest outcome as field") << QStringList{"suggest", "WS", o, "converted", f, "converted", out, "OUT"} << "outcome";
        QTest::newRow("suggest bad depth") << QStringList{"suggest", "WS", o, "converted", f, "industry", "--max-depth", "x", out, "OUT"} << "--max-depth";
        QTest::newRow("suggest bad criterion") << QStringList{"suggest", "WS", o, "converted", f, "industry", "--criterion", "chi", out, "OUT"} << "criterion";
        QTest::newRow("suggest list field") << QStringList{"suggest", "WS", o, "converted", f, "tech_stack", out, "OUT"} << "tech_stack";
        QTest::newRow("fit bad share") << QStringList{"fit-score", "WS", o, "converted", f, "industry", "--test-share", "1.5", out, "OUT"} << "--test-share";
        QTest::newRow("fit bad seed") << QStringList{"fit-score", "WS", o, "converted", f, "industry", "--seed", "-3", out, "OUT"} << "--seed";
        QTest::newRow("fit text outcome without value") << QStringList{"fit-score", "WS", o, "industry", f, "employees", out, "OUT"} << "industry=VALUE";
        QTest::newRow("fit missing input") << QStringList{"fit-score", "MISSING", o, "converted", f, "industry", out, "OUT"} << "no such file";
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString out = path("error.rules.json");
        for (QString& a : args) {
            if (a == QLatin1String("WS"))
                a = mWorkspace;
            else if (a == QLatin1String("OUT"))
                a = out;
            else if (a == QLatin1String("MISSING"))
                a = path("missing.segdb");
        }
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(!QFile::exists(out)); // no partial output on failure
    }

    void help()
    {
        for (const char* command : {"suggest", "fit-score"}) {
            const Run r = cli({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains("--outcome"));
            QVERIFY(r.out.contains("-o"));
        }
        QVERIFY(cli({QStringLiteral("--help")}).out.contains("fit-score"));
    }
};

QTEST_GUILESS_MAIN(TestCliModels)
#include "tst_climodels.moc"
