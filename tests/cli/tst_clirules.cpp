// End-to-end tests of the rule commands of segment-designer-cli: evaluate, tag and validate, with
// the JSON shapes of DESIGN.md, on a demo workspace and on the same leads as a CSV file.
#include "demogenerator.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <set>

class TestCliRules : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };
    Run cli(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SD_CLI_PATH), args);
        if (!p.waitForFinished(120000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QString path(const char* name) const { return mDir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir mDir;
    QString mRules, mWorkspace, mCsv;

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mRules = path("tiers.rules.json");
        QFile f(mRules);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sd::b2bTiersTemplate());
        f.close();
        mCsv = path("leads.csv");
        QString error;
        QVERIFY2(sd::writeDemoCsv(mCsv, {4000, 11}, &error), qPrintable(error));
        mWorkspace = path("leads.segdb");
        const Run r = cli({QStringLiteral("import"), mWorkspace, mCsv, QStringLiteral("--key"), QStringLiteral("lead_id")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(nlohmann::json::parse(r.out.toStdString())["inserted"].get<int>(), 4000);
    }

    void evaluateShape()
    {
        const Run r = cli({QStringLiteral("evaluate"), mRules, mWorkspace, QStringLiteral("--as-of"), QStringLiteral("2026-11-01")});
        QCOMPARE(r.exitCode, 0);
        const auto j = nlohmann::json::parse(r.out.toStdString());
        for (const char* key : {"as_of", "total", "conversions", "rate", "segments", "load_ms", "elapsed_ms"})
            QVERIFY2(j.contains(key), key);
        QCOMPARE(j["as_of"].get<std::string>(), std::string("2026-11-01"));
        QCOMPARE(j["total"].get<int>(), 4000);
        const int conversions = j["conversions"].get<int>();
        QVERIFY(conversions > 0 && conversions < 4000);
        QCOMPARE(j["rate"].get<double>(), conversions / 4000.0);
        // Pre-order: each top-level segment, its children, its remainder; the root's remainder last.
        std::vector<std::string> ids;
        for (const auto& s : j["segments"])
            ids.push_back(s["id"].get<std::string>());
        const std::vector<std::string> expected{"enterprise", "enterprise-hot", "enterprise-warm", "enterprise-cold", "enterprise/~",
                                                "mid_market", "mid-market-hot", "mid-market-warm", "mid-market-cold", "mid_market/~",
                                                "smb", "smb-qualified", "smb-nurture", "smb/~", "~"};
        QCOMPARE(ids, expected);
        long topSizes = 0, topConversions = 0;
        for (const auto& s : j["segments"]) {
            for (const char* key : {"id", "path", "name", "size", "conversions", "rate", "ci95", "lift", "p_value"})
                QVERIFY2(s.contains(key), key);
            const std::string path = s["path"].get<std::string>();
            if (path.find('/') == std::string::npos) {
                topSizes += s["size"].get<long>();
                topConversions += s["conversions"].get<long>();
            }
            if (s["size"].get<long>() > 0) {
                const double rate = s["rate"].get<double>();
                QCOMPARE(rate, s["conversions"].get<double>() / s["size"].get<double>());
                QVERIFY(s["ci95"][0].get<double>() <= rate && rate <= s["ci95"][1].get<double>());
                QCOMPARE(s["lift"].get<double>(), rate / j["rate"].get<double>());
            }
        }
        // An all-exclusive root: top-level segments and the root remainder partition the leads.
        QCOMPARE(topSizes, 4000L);
        QCOMPARE(topConversions, long(conversions));
        QCOMPARE(j["segments"][1]["path"].get<std::string>(), std::string("enterprise/enterprise-hot"));
    }

    void csvEqualsWorkspace()
    {
        const QStringList asOf{QStringLiteral("--as-of"), QStringLiteral("2026-11-01")};
        const Run a = cli(QStringList{QStringLiteral("evaluate"), mRules, mWorkspace} + asOf);
        const Run b = cli(QStringList{QStringLiteral("evaluate"), mRules, mCsv} + asOf);
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(b.exitCode, 0);
        auto ja = nlohmann::json::parse(a.out.toStdString()), jb = nlohmann::json::parse(b.out.toStdString());
        QCOMPARE(ja["segments"].size(), jb["segments"].size());
        for (size_t i = 0; i < ja["segments"].size(); ++i) {
            QCOMPARE(ja["segments"][i]["id"].get<std::string>(), jb["segments"][i]["id"].get<std::string>());
            QCOMPARE(ja["segments"][i]["size"].get<long>(), jb["segments"][i]["size"].get<long>());
            QCOMPARE(ja["segments"][i]["conversions"].get<long>(), jb["segments"][i]["conversions"].get<long>());
        }
    }

    void tagCsvJsonlXlsx()
    {
        const QString out = path("tagged.csv");
        Run r = cli({QStringLiteral("tag"), mRules, mWorkspace, QStringLiteral("-o"), out, QStringLiteral("--as-of"), QStringLiteral("2026-11-01")});
        QCOMPARE(r.exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> header = f.readLine().trimmed().split(',');
        for (const char* col : {"lead_id", "employees", "segment_id", "segment_path", "sales_action", "campaign_track", "engagement"})
            QVERIFY2(header.contains(QByteArray(col)), col);
        QCOMPARE(header.size(), 19 + 2 + 2 + 1);
        int rows = 0;
        while (!f.atEnd())
            rows += f.readLine().endsWith("\r\n") ? 1 : 0; // quoted fields hold no line breaks here
        QCOMPARE(rows, 4000);

        const QString jsonl = path("tagged.jsonl");
        r = cli({QStringLiteral("tag"), mRules, mWorkspace, QStringLiteral("-o"), jsonl, QStringLiteral("--as-of"), QStringLiteral("2026-11-01")});
        QCOMPARE(r.exitCode, 0);
        QFile jf(jsonl);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        std::set<std::string> segmentIds;
        int lines = 0, lists = 0;
        while (!jf.atEnd()) {
            const auto j = nlohmann::json::parse(jf.readLine().toStdString());
            ++lines;
            segmentIds.insert(j["segment_id"].get<std::string>());
            QVERIFY(j["tech_stack"].is_array() || j["tech_stack"].is_null()); // empty cells are null
            if (j["tech_stack"].is_array() && !j["tech_stack"].empty()) {
                QVERIFY(j["tech_stack"][0].is_string());
                ++lists;
            }
            QVERIFY(j["engagement"].is_number());
            QVERIFY(j["converted"].is_boolean() || j["converted"].is_null());
        }
        QCOMPARE(lines, 4000);
        QVERIFY(lists > 1000);
        // Each lead has exactly one leaf path: leaves or the root remainder, never a parent.
        for (const std::string& id : segmentIds)
            QVERIFY2(id != "enterprise" && id != "mid_market" && id != "smb", id.c_str());

        const QString xlsx = path("tagged.xlsx");
        r = cli({QStringLiteral("tag"), mRules, mWorkspace, QStringLiteral("-o"), xlsx});
        QCOMPARE(r.exitCode, 0);
        QFile xf(xlsx);
        QVERIFY(xf.open(QIODevice::ReadOnly));
        QCOMPARE(xf.read(2), QByteArray("PK"));
        QVERIFY(!QFile::exists(xlsx + QStringLiteral(".part")));
    }

    void validateGoodAndBad()
    {
        Run r = cli({QStringLiteral("validate"), mRules});
        QCOMPARE(r.exitCode, 0);
        auto j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(j["valid"].get<bool>(), true);
        QCOMPARE(j["segments"].get<int>(), 11);

        const QString bad = path("bad.rules.json");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "segment-designer/rules", "version": 1, "name": "x", "fields": {"employees": "number"},
                   "segments": {"mode": "exclusive", "children": [{"id": "big", "name": "Big", "when": {"field": "employees", "op": "=>", "value": 5}}]}})");
        f.close();
        r = cli({QStringLiteral("validate"), bad});
        QCOMPARE(r.exitCode, 1);
        j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(j["valid"].get<bool>(), false);
        QCOMPARE(j["errors"][0]["pointer"].get<std::string>(), std::string("/segments/children/0/when/op"));
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("/segments/children/0/when/op"));

        // A failing tag leaves no output file behind.
        const QString out = path("never.csv");
        r = cli({QStringLiteral("tag"), bad, mWorkspace, QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(out));
    }

    // Core's messages are translated for the GUI; the CLI installs no translator, so scripts that
    // read its errors see the same English whatever the user's language.
    void messagesStayEnglishInAnyLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("German") << "de_DE.UTF-8";
        QTest::newRow("French") << "fr_FR.UTF-8";
    }

    void messagesStayEnglishInAnyLocale()
    {
        QFETCH(QString, locale);
        const QString bad = path("english.rules.json");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "segment-designer/rules", "version": 1, "name": "x", "fields": {"employees": "number"},
                   "segments": {"mode": "exclusive", "children": [{"id": "big", "name": "Big", "when": {"field": "employees", "op": "=>", "value": 5}}]}})");
        f.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), locale);
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.insert(QStringLiteral("LANGUAGE"), locale.left(2));
        const Run r = cli({QStringLiteral("validate"), bad}, env);
        QCOMPARE(r.exitCode, 1);
        const auto j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(j["errors"][0]["message"].get<std::string>(), std::string("unknown operator \"=>\""));
        QVERIFY2(r.err.contains("/segments/children/0/when/op: unknown operator \"=>\""), r.err.constData());
    }

    void userErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("missing rules") << QStringList{QStringLiteral("evaluate"), QStringLiteral("/nonexistent/x.rules.json"), QStringLiteral("in.csv")} << QByteArray("/nonexistent/x.rules.json");
        QTest::newRow("bad as-of") << QStringList{QStringLiteral("evaluate"), QStringLiteral("@RULES"), QStringLiteral("@WS"), QStringLiteral("--as-of"), QStringLiteral("11/01/2026")} << QByteArray("--as-of");
        QTest::newRow("missing input") << QStringList{QStringLiteral("evaluate"), QStringLiteral("@RULES"), QStringLiteral("/nonexistent/leads.csv")} << QByteArray("/nonexistent/leads.csv");
        QTest::newRow("tag without -o") << QStringList{QStringLiteral("tag"), QStringLiteral("@RULES"), QStringLiteral("@WS")} << QByteArray("-o");
        QTest::newRow("tag unknown format") << QStringList{QStringLiteral("tag"), QStringLiteral("@RULES"), QStringLiteral("@WS"), QStringLiteral("-o"), QStringLiteral("x.pdf")} << QByteArray(".csv");
    }
    void userErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        args.replaceInStrings(QStringLiteral("@RULES"), mRules);
        args.replaceInStrings(QStringLiteral("@WS"), mWorkspace);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliRules)
#include "tst_clirules.moc"
