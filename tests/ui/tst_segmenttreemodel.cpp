// The segment tree model under QAbstractItemModelTester, with the figures of a real evaluation:
// sizes, shares, rates, remainder rows, warning badges, renames and drag-and-drop moves as undo steps.
#include "commands/setconditioncommand.h"
#include "commands/setchildmodecommand.h"
#include "evaluationsnapshot.h"
#include "ruledocument.h"
#include "segmenttreemodel.h"
#include "segmenttreepanel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QUndoStack>
#include <QtTest>

using namespace sd;

namespace {

// 60 leads: employees 0..5900 in steps of 100; every third converted; engagement from opens.
std::shared_ptr<ColumnTable> makeTable()
{
    std::vector<std::vector<std::string>> rows;
    for (int i = 0; i < 60; ++i)
        rows.push_back({"L" + std::to_string(i), std::to_string(i * 100), std::to_string(i % 25), i % 3 == 0 ? "true" : "false",
                        "0", "false", "false", "2020-01-01"});
    return std::make_shared<ColumnTable>(ColumnTable::fromText(
        {{"lead_id", FieldType::Text}, {"employees", FieldType::Number}, {"email_opens", FieldType::Number},
         {"converted", FieldType::Boolean}, {"pricing_page_visits", FieldType::Number},
         {"webinar_attended", FieldType::Boolean}, {"demo_requested", FieldType::Boolean}, {"last_activity", FieldType::Date}},
        rows, "lead_id"));
}

EvaluationSnapshotPtr evaluate(const std::shared_ptr<const ColumnTable>& table, const RuleSet& rules)
{
    auto snap = std::make_shared<EvaluationSnapshot>();
    snap->table = table;
    snap->rules = rules;
    Evaluator evaluator(*table);
    QString error;
    if (!evaluator.evaluate(snap->rules, &snap->segments, &error))
        snap->error = error;
    snap->outcome = evaluator.outcome();
    snap->stats = computeSegmentStats(snap->segments, snap->outcome, table->rowCount());
    return snap;
}

QStringList childIds(const SegmentTreeModel& m, const QModelIndex& parent)
{
    QStringList ids;
    for (int r = 0; r < m.rowCount(parent); ++r)
        ids << m.index(r, 0, parent).data(SegmentTreeModel::SegmentIdRole).toString();
    return ids;
}

} // namespace

class TestSegmentTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void structure();
    void figures_data();
    void figures();
    void warnings();
    void renameIsUndoable();
    void dragAndDrop_data();
    void dragAndDrop();
    void modeChangeAddsRemainder();
    void keyboardMoves();

private:
    std::shared_ptr<ColumnTable> mTable;
    std::unique_ptr<RuleDocument> mDoc;
    std::unique_ptr<SegmentTreeModel> mModel;
    std::unique_ptr<QAbstractItemModelTester> mTester;
};

void TestSegmentTreeModel::initTestCase()
{
    Q_INIT_RESOURCE(ui); // sd_ui is static: its icons need an explicit reference
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    mTable = makeTable();
}

void TestSegmentTreeModel::init()
{
    mTester.reset();
    mModel.reset();
    mDoc = std::make_unique<RuleDocument>();
    QString error;
    QVERIFY(mDoc->loadTemplate(RuleDocument::Template::B2BTiers, &error));
    mModel = std::make_unique<SegmentTreeModel>(mDoc.get());
    mTester = std::make_unique<QAbstractItemModelTester>(mModel.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::set<std::string> names;
    for (const Column& c : mTable->columns())
        names.insert(c.name);
    mModel->setAvailableFields(names);
    mModel->setSnapshot(evaluate(mTable, mDoc->rules()));
}

void TestSegmentTreeModel::structure()
{
    QCOMPARE(childIds(*mModel, {}), (QStringList{"enterprise", "mid_market", "smb", "~"}));
    const QModelIndex enterprise = mModel->indexOfSegment(QStringLiteral("enterprise"));
    QCOMPARE(childIds(*mModel, enterprise), (QStringList{"enterprise-hot", "enterprise-warm", "enterprise-cold", "enterprise/~"}));
    const QModelIndex rest = mModel->index(3, 0);
    QVERIFY(rest.data(SegmentTreeModel::IsRemainderRole).toBool());
    QVERIFY(!(mModel->flags(rest) & Qt::ItemIsDragEnabled));
    QVERIFY(!(mModel->flags(rest) & Qt::ItemIsEditable));
    QCOMPARE(mModel->parent(mModel->indexOfSegment(QStringLiteral("enterprise-warm"))), enterprise);
    QCOMPARE(mModel->columnCount(), int(SegmentTreeModel::ColumnCount));
}

void TestSegmentTreeModel::figures_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<qulonglong>("size");
    QTest::addColumn<QString>("sizeText");
    QTest::addColumn<QString>("shareText");
    // employees = 100 i: enterprise >= 1000 (i >= 10: 50 leads), mid-market 200..999 (i 2..9: 8), smb < 200 (i 0..1: 2).
    QTest::newRow("enterprise") << "enterprise" << qulonglong(50) << "50" << "83.3 %";
    QTest::newRow("mid-market") << "mid_market" << qulonglong(8) << "8" << "13.3 %";
    QTest::newRow("smb") << "smb" << qulonglong(2) << "2" << "3.3 %";
    QTest::newRow("rest") << "~" << qulonglong(0) << "0" << "0.0 %";
}

void TestSegmentTreeModel::figures()
{
    QFETCH(QString, id);
    QFETCH(qulonglong, size);
    QFETCH(QString, sizeText);
    QFETCH(QString, shareText);
    const QModelIndex i = mModel->indexOfSegment(id);
    QVERIFY(i.isValid());
    QCOMPARE(i.data(SegmentTreeModel::SizeRole).toULongLong(), size);
    QCOMPARE(i.siblingAtColumn(SegmentTreeModel::SizeColumn).data().toString(), sizeText);
    QCOMPARE(i.siblingAtColumn(SegmentTreeModel::ShareColumn).data().toString(), shareText);
    // Children's sizes in an exclusive parent add up to the parent's.
    qulonglong sum = 0;
    for (int r = 0; r < mModel->rowCount(i); ++r)
        sum += mModel->index(r, 0, i).data(SegmentTreeModel::SizeRole).toULongLong();
    if (mModel->rowCount(i) > 0)
        QCOMPARE(sum, size);
    // Conversion: every third lead (i % 3 == 0).
    const auto snap = mModel->snapshot();
    const int s = snap->indexOf(id.toStdString());
    QCOMPARE(i.data(SegmentTreeModel::RateRole).toDouble(), snap->stats[size_t(s)].all.rate());
    QVERIFY(i.data(SegmentTreeModel::CiLowRole).toDouble() <= i.data(SegmentTreeModel::RateRole).toDouble());
}

void TestSegmentTreeModel::warnings()
{
    const auto flags = [&](const char* id) { return mModel->indexOfSegment(QString::fromLatin1(id)).data(SegmentTreeModel::WarningsRole).toInt(); };
    QVERIFY(flags("smb") & SegmentTreeModel::TooSmall);
    QVERIFY(flags("smb") & SegmentTreeModel::WideInterval);
    QVERIFY(!(flags("enterprise") & SegmentTreeModel::TooSmall));
    // An empty remainder is what a good exclusive tree looks like: no badge.
    QCOMPARE(flags("~"), int(SegmentTreeModel::NoWarning));
    QVERIFY(mModel->indexOfSegment(QStringLiteral("~")).data(Qt::DecorationRole).isNull());
    QVERIFY(!mModel->indexOfSegment(QStringLiteral("smb")).data(Qt::DecorationRole).isNull());
    // A field the data does not have: badge, and the validator's message once it is undeclared.
    auto fields = mDoc->rules().fields;
    fields.emplace_back("region", FieldType::Text);
    Condition c;
    c.kind = Condition::Kind::Leaf;
    c.field = "region";
    c.op = Op::Eq;
    c.value = "EU";
    mDoc->push(new SetConditionCommand(mDoc.get(), "enterprise", c, fields, QStringLiteral("e")));
    QVERIFY(flags("enterprise") & SegmentTreeModel::MissingField);
    QVERIFY(!(flags("enterprise") & SegmentTreeModel::Invalid));
    c.field = "nowhere";
    mDoc->push(new SetConditionCommand(mDoc.get(), "enterprise", c, fields, QStringLiteral("e")));
    QVERIFY(flags("enterprise") & SegmentTreeModel::Invalid);
    QVERIFY(mModel->indexOfSegment(QStringLiteral("enterprise")).data(SegmentTreeModel::WarningTextRole).toString()
                .contains(QStringLiteral("/segments/children/0/when/field")));
    QVERIFY(!(flags("enterprise-hot") & SegmentTreeModel::Invalid)); // only the segment itself
}

void TestSegmentTreeModel::renameIsUndoable()
{
    const QModelIndex i = mModel->indexOfSegment(QStringLiteral("smb"));
    QVERIFY(mModel->setData(i, QStringLiteral("Small business"), Qt::EditRole));
    QCOMPARE(mDoc->segment("smb")->name, std::string("Small business"));
    QCOMPARE(mModel->indexOfSegment(QStringLiteral("smb")).data().toString(), QStringLiteral("Small business"));
    QVERIFY(!mModel->setData(i, QStringLiteral("  "), Qt::EditRole)); // an empty name is refused
    mDoc->undoStack()->undo();
    QCOMPARE(mModel->indexOfSegment(QStringLiteral("smb")).data().toString(), QStringLiteral("SMB"));
}

void TestSegmentTreeModel::dragAndDrop_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("target"); // "" = top level
    QTest::addColumn<int>("row");        // -1 = onto the target
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QStringList>("topLevel");
    QTest::addColumn<QStringList>("targetChildren");
    QTest::newRow("reorder to front") << "smb" << "" << 0 << true << QStringList{"smb", "enterprise", "mid_market", "~"} << QStringList{};
    QTest::newRow("reorder down") << "enterprise" << "" << 2 << true << QStringList{"mid_market", "enterprise", "smb", "~"} << QStringList{};
    QTest::newRow("below the remainder") << "enterprise" << "" << 4 << true << QStringList{"mid_market", "smb", "enterprise", "~"} << QStringList{};
    QTest::newRow("nest onto") << "smb" << "enterprise" << -1 << true << QStringList{"enterprise", "mid_market", "~"}
                               << QStringList{"enterprise-hot", "enterprise-warm", "enterprise-cold", "smb", "enterprise/~"};
    QTest::newRow("nest between") << "smb-nurture" << "enterprise" << 1 << true << QStringList{"enterprise", "mid_market", "smb", "~"}
                                  << QStringList{"enterprise-hot", "smb-nurture", "enterprise-warm", "enterprise-cold", "enterprise/~"};
    QTest::newRow("into own child refused") << "enterprise" << "enterprise-hot" << -1 << false
                                            << QStringList{"enterprise", "mid_market", "smb", "~"} << QStringList{};
    QTest::newRow("onto remainder refused") << "smb" << "~" << -1 << false
                                            << QStringList{"enterprise", "mid_market", "smb", "~"} << QStringList{};
}

void TestSegmentTreeModel::dragAndDrop()
{
    QFETCH(QString, id);
    QFETCH(QString, target);
    QFETCH(int, row);
    QFETCH(bool, accepted);
    QFETCH(QStringList, topLevel);
    QFETCH(QStringList, targetChildren);
    const RuleSet before = mDoc->rules();
    std::unique_ptr<QMimeData> data(mModel->mimeData({mModel->indexOfSegment(id)}));
    QVERIFY(data);
    const QModelIndex parent = target.isEmpty() ? QModelIndex() : mModel->indexOfSegment(target);
    QCOMPARE(mModel->canDropMimeData(data.get(), Qt::MoveAction, row, 0, parent), accepted);
    QCOMPARE(mModel->dropMimeData(data.get(), Qt::MoveAction, row, 0, parent), accepted);
    QCOMPARE(childIds(*mModel, {}), topLevel);
    if (!targetChildren.isEmpty())
        QCOMPARE(childIds(*mModel, mModel->indexOfSegment(target)), targetChildren);
    if (accepted) {
        QCOMPARE(mDoc->undoStack()->count(), 1);
        mDoc->undoStack()->undo();
    }
    QVERIFY(mDoc->rules() == before);
}

// The keyboard alternatives to dragging: each move one undo step, edges and remainders no-ops.
void TestSegmentTreeModel::keyboardMoves()
{
    SegmentTreePanel panel(mDoc.get());
    SegmentTreeModel& m = *panel.model();
    auto children = [&](const char* id) { return childIds(m, m.indexOfSegment(QString::fromLatin1(id))); };
    const RuleSet before = mDoc->rules();
    QUndoStack* undo = mDoc->undoStack();

    panel.setCurrentSegment(QStringLiteral("enterprise-warm"));
    panel.moveSegmentUp();
    QCOMPARE(children("enterprise"), (QStringList{"enterprise-warm", "enterprise-hot", "enterprise-cold", "enterprise/~"}));
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Move “Enterprise Warm” up"));
    QCOMPARE(panel.currentSegment(), QStringLiteral("enterprise-warm")); // the selection follows
    panel.moveSegmentUp(); // already first: nothing
    QCOMPARE(undo->count(), 1);
    panel.moveSegmentDown();
    panel.moveSegmentDown();
    QCOMPARE(children("enterprise"), (QStringList{"enterprise-hot", "enterprise-cold", "enterprise-warm", "enterprise/~"}));
    panel.moveSegmentDown(); // last real child: the remainder stays last
    QCOMPARE(undo->count(), 3);

    panel.indentSegment(); // into Enterprise Cold, as its last child
    QCOMPARE(children("enterprise-cold"), (QStringList{"enterprise-warm"}));
    panel.outdentSegment(); // back out, right after Enterprise Cold
    QCOMPARE(children("enterprise"), (QStringList{"enterprise-hot", "enterprise-cold", "enterprise-warm", "enterprise/~"}));
    panel.outdentSegment(); // out of Enterprise, to the top level after it
    QCOMPARE(childIds(m, {}), (QStringList{"enterprise", "enterprise-warm", "mid_market", "smb", "~"}));
    panel.outdentSegment(); // top level: nothing
    QCOMPARE(undo->count(), 6);

    panel.setCurrentSegment(QStringLiteral("enterprise/~"));
    panel.moveSegmentUp(); // a remainder does not move
    panel.indentSegment();
    QCOMPARE(undo->count(), 6);

    while (undo->canUndo())
        undo->undo();
    QVERIFY(mDoc->rules() == before);
}

void TestSegmentTreeModel::modeChangeAddsRemainder()
{
    const QModelIndex enterprise = mModel->indexOfSegment(QStringLiteral("enterprise"));
    QCOMPARE(mModel->rowCount(enterprise), 4);
    mDoc->push(new SetChildModeCommand(mDoc.get(), "enterprise", ChildMode::Overlapping));
    QCOMPARE(mModel->rowCount(mModel->indexOfSegment(QStringLiteral("enterprise"))), 3);
    QCOMPARE(mModel->indexOfSegment(QStringLiteral("enterprise")).data(SegmentTreeModel::ChildModeRole).toInt(), int(ChildMode::Overlapping));
    mDoc->undoStack()->undo();
    QCOMPARE(mModel->rowCount(mModel->indexOfSegment(QStringLiteral("enterprise"))), 4);
}

QTEST_MAIN(TestSegmentTreeModel)
#include "tst_segmenttreemodel.moc"
