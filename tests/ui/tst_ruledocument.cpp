// The rule document and its undo commands: every command's redo and undo give back the exact rule
// set (compared as values and as canonical rule files), typing merges, condition paths, files and
// workspace versions with their diff.
#include "commands/addsegmentcommand.h"
#include "commands/movesegmentcommand.h"
#include "commands/removesegmentcommand.h"
#include "commands/renamesegmentcommand.h"
#include "commands/setattributescommand.h"
#include "commands/setchildmodecommand.h"
#include "commands/setconditioncommand.h"
#include "commands/setholdoutcommand.h"
#include "conditionpath.h"
#include "rulefile.h"
#include "ruledocument.h"
#include "rulesetdiff.h"
#include "workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace sd;

namespace {

Condition leaf(const std::string& field, Op op, nlohmann::json value)
{
    Condition c;
    c.kind = Condition::Kind::Leaf;
    c.field = field;
    c.op = op;
    c.value = std::move(value);
    return c;
}

Condition group(Condition::Kind kind, std::vector<Condition> children)
{
    Condition c;
    c.kind = kind;
    c.children = std::move(children);
    return c;
}

} // namespace

class TestRuleDocument : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void commandRoundTrip_data();
    void commandRoundTrip();
    void renameMerges();
    void conditionMergesByKey();
    void conditionDeclaresFields();
    void signals_();
    void modifiedAndFiles();
    void workspaceVersionsAndDiff();
    void conditionPaths_data();
    void conditionPaths();
    void lookups();

private:
    std::unique_ptr<RuleDocument> mDoc;
};

void TestRuleDocument::init()
{
    mDoc = std::make_unique<RuleDocument>();
    QString error;
    QVERIFY2(mDoc->loadTemplate(RuleDocument::Template::B2BTiers, &error), qPrintable(error));
    QVERIFY(!mDoc->isModified());
}

void TestRuleDocument::commandRoundTrip_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("check"); // what the rules must show after redo
    QTest::newRow("add top-level") << "add" << "new-top at 1";
    QTest::newRow("add child") << "addChild" << "enterprise has 4";
    QTest::newRow("remove") << "remove" << "no mid_market";
    QTest::newRow("remove nested") << "removeNested" << "enterprise has 2";
    QTest::newRow("move reorder") << "moveReorder" << "smb first";
    QTest::newRow("move nest") << "moveNest" << "smb under enterprise";
    QTest::newRow("rename") << "rename" << "renamed";
    QTest::newRow("condition") << "condition" << "enterprise >= 5000";
    QTest::newRow("condition clear") << "conditionClear" << "enterprise no when";
    QTest::newRow("attributes") << "attributes" << "owner set";
    QTest::newRow("mode") << "mode" << "enterprise overlapping";
    QTest::newRow("root mode") << "rootMode" << "root overlapping";
    QTest::newRow("holdout") << "holdout" << "holdout 10";
}

void TestRuleDocument::commandRoundTrip()
{
    QFETCH(QString, command);
    QFETCH(QString, check);
    const RuleSet before = mDoc->rules();
    const QByteArray beforeText = serializeRuleFile(before);
    RuleDocument* d = mDoc.get();
    QUndoCommand* cmd = nullptr;
    Segment fresh;
    fresh.id = "new-top";
    fresh.name = "New top";
    fresh.when = leaf("country", Op::Eq, "DE");
    if (command == "add")
        cmd = new AddSegmentCommand(d, "", 1, fresh, QStringLiteral("add"));
    else if (command == "addChild")
        cmd = new AddSegmentCommand(d, "enterprise", 3, fresh, QStringLiteral("add"));
    else if (command == "remove")
        cmd = new RemoveSegmentCommand(d, "mid_market");
    else if (command == "removeNested")
        cmd = new RemoveSegmentCommand(d, "enterprise-warm");
    else if (command == "moveReorder")
        cmd = new MoveSegmentCommand(d, "smb", "", 0);
    else if (command == "moveNest")
        cmd = new MoveSegmentCommand(d, "smb", "enterprise", 1);
    else if (command == "rename")
        cmd = new RenameSegmentCommand(d, "enterprise", "Large accounts");
    else if (command == "condition")
        cmd = new SetConditionCommand(d, "enterprise", leaf("employees", Op::Ge, 5000), d->rules().fields, QStringLiteral("edit"));
    else if (command == "conditionClear")
        cmd = new SetConditionCommand(d, "enterprise", std::nullopt, d->rules().fields, QStringLiteral("edit"));
    else if (command == "attributes")
        cmd = new SetAttributesCommand(d, "enterprise-hot", {{"owner", "Dana"}});
    else if (command == "mode")
        cmd = new SetChildModeCommand(d, "enterprise", ChildMode::Overlapping);
    else if (command == "rootMode")
        cmd = new SetChildModeCommand(d, "", ChildMode::Overlapping);
    else if (command == "holdout")
        cmd = new SetHoldoutCommand(d, "smb-qualified", 10.0);
    QVERIFY(cmd);
    d->push(cmd);
    QVERIFY(d->isModified());
    const RuleSet after = d->rules();
    QVERIFY(!(after == before));

    const RuleSet& r = d->rules();
    if (check == "new-top at 1") {
        QCOMPARE(r.root.children[1].id, std::string("new-top"));
    } else if (check == "enterprise has 4") {
        QCOMPARE(d->segment("enterprise")->children.size(), size_t(4));
        QCOMPARE(d->segment("enterprise")->children.back().id, std::string("new-top"));
    } else if (check == "no mid_market") {
        QVERIFY(!d->segment("mid_market"));
        QVERIFY(!d->segment("mid-market-hot"));
    } else if (check == "enterprise has 2") {
        QCOMPARE(d->segment("enterprise")->children.size(), size_t(2));
    } else if (check == "smb first") {
        QCOMPARE(r.root.children[0].id, std::string("smb"));
        QCOMPARE(r.root.children[1].id, std::string("enterprise"));
    } else if (check == "smb under enterprise") {
        QCOMPARE(d->parentOf("smb")->id, std::string("enterprise"));
        QCOMPARE(d->indexInParent("smb"), 1);
        QCOMPARE(d->segmentPointer("smb-nurture"), std::string("/segments/children/0/children/1/children/1"));
    } else if (check == "renamed") {
        QCOMPARE(d->segment("enterprise")->name, std::string("Large accounts"));
    } else if (check == "enterprise >= 5000") {
        QCOMPARE(*d->segment("enterprise")->when, leaf("employees", Op::Ge, 5000));
    } else if (check == "enterprise no when") {
        QVERIFY(!d->segment("enterprise")->when);
    } else if (check == "owner set") {
        QCOMPARE(d->segment("enterprise-hot")->attributes.size(), size_t(1));
        QCOMPARE(d->segment("enterprise-hot")->attributes[0].second, std::string("Dana"));
    } else if (check == "enterprise overlapping") {
        QCOMPARE(d->segment("enterprise")->mode, ChildMode::Overlapping);
    } else if (check == "root overlapping") {
        QCOMPARE(r.root.mode, ChildMode::Overlapping);
    } else if (check == "holdout 10") {
        QCOMPARE(*d->segment("smb-qualified")->holdout, 10.0);
    }

    d->undoStack()->undo();
    QVERIFY(d->rules() == before);
    QCOMPARE(serializeRuleFile(d->rules()), beforeText);
    QVERIFY(!d->isModified());
    d->undoStack()->redo();
    QVERIFY(d->rules() == after);
    QCOMPARE(serializeRuleFile(d->rules()), serializeRuleFile(after));
}

void TestRuleDocument::renameMerges()
{
    QUndoStack* stack = mDoc->undoStack();
    for (const char* name : {"L", "La", "Lar", "Large"})
        mDoc->push(new RenameSegmentCommand(mDoc.get(), "enterprise", name));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(mDoc->segment("enterprise")->name, std::string("Large"));
    // Another segment is another step.
    mDoc->push(new RenameSegmentCommand(mDoc.get(), "smb", "Small"));
    QCOMPARE(stack->count(), 2);
    stack->undo();
    stack->undo();
    QCOMPARE(mDoc->segment("enterprise")->name, std::string("Enterprise"));
    QCOMPARE(mDoc->segment("smb")->name, std::string("SMB"));
}

void TestRuleDocument::conditionMergesByKey()
{
    QUndoStack* stack = mDoc->undoStack();
    const auto fields = mDoc->rules().fields;
    // Dragging one threshold: one step.
    for (int v : {1100, 1500, 2000, 2500})
        mDoc->push(new SetConditionCommand(mDoc.get(), "enterprise", leaf("employees", Op::Ge, v), fields,
                                           QStringLiteral("edit"), QStringLiteral("enterprise||value")));
    QCOMPARE(stack->count(), 1);
    // A different value (another key) and a key-less edit are steps of their own.
    mDoc->push(new SetConditionCommand(mDoc.get(), "enterprise", leaf("employees", Op::Ge, 3000), fields,
                                       QStringLiteral("edit"), QStringLiteral("enterprise||other")));
    mDoc->push(new SetConditionCommand(mDoc.get(), "enterprise", leaf("employees", Op::Gt, 3000), fields, QStringLiteral("edit")));
    mDoc->push(new SetConditionCommand(mDoc.get(), "enterprise", leaf("employees", Op::Gt, 3001), fields, QStringLiteral("edit")));
    QCOMPARE(stack->count(), 4);
    stack->undo();
    stack->undo();
    stack->undo();
    QCOMPARE(*mDoc->segment("enterprise")->when, leaf("employees", Op::Ge, 2500));
    stack->undo();
    QCOMPARE(*mDoc->segment("enterprise")->when, leaf("employees", Op::Ge, 1000));
}

void TestRuleDocument::conditionDeclaresFields()
{
    RuleDocument doc;
    QVERIFY(doc.loadTemplate(RuleDocument::Template::EmptyTree, nullptr));
    Segment s;
    s.id = "big";
    s.name = "Big";
    doc.push(new AddSegmentCommand(&doc, "", 0, s, QStringLiteral("add")));
    auto fields = doc.rules().fields;
    fields.emplace_back("employees", FieldType::Number);
    doc.push(new SetConditionCommand(&doc, "big", leaf("employees", Op::Ge, 100), fields, QStringLiteral("edit")));
    QCOMPARE(doc.rules().fields.size(), size_t(1));
    QVERIFY(doc.validationErrors().empty());
    doc.undoStack()->undo();
    QVERIFY(doc.rules().fields.empty());
    // Without the declaration the validator reports the field, at the leaf's pointer.
    doc.push(new SetConditionCommand(&doc, "big", leaf("employees", Op::Ge, 100), {}, QStringLiteral("edit")));
    QCOMPARE(doc.validationErrors().size(), size_t(1));
    QCOMPARE(doc.validationErrors()[0].pointer, std::string("/segments/children/0/when/field"));
}

void TestRuleDocument::signals_()
{
    QSignalSpy structure(mDoc.get(), &RuleDocument::structureChanged);
    QSignalSpy condition(mDoc.get(), &RuleDocument::conditionChanged);
    QSignalSpy segment(mDoc.get(), &RuleDocument::segmentChanged);
    QSignalSpy rules(mDoc.get(), &RuleDocument::rulesChanged);
    QSignalSpy modified(mDoc.get(), &RuleDocument::modifiedChanged);
    mDoc->push(new SetConditionCommand(mDoc.get(), "smb", leaf("employees", Op::Lt, 100), mDoc->rules().fields, QStringLiteral("e")));
    QCOMPARE(condition.count(), 1);
    QCOMPARE(condition.first().first().toString(), QStringLiteral("smb"));
    QCOMPARE(structure.count(), 0);
    QCOMPARE(modified.count(), 1);
    QVERIFY(modified.first().first().toBool());
    mDoc->push(new RenameSegmentCommand(mDoc.get(), "smb", "Small"));
    QCOMPARE(segment.count(), 1);
    mDoc->push(new RemoveSegmentCommand(mDoc.get(), "smb"));
    QCOMPARE(structure.count(), 1);
    QCOMPARE(rules.count(), 3);
}

void TestRuleDocument::modifiedAndFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tiers.rules.json"));
    mDoc->push(new RenameSegmentCommand(mDoc.get(), "smb", "Small business"));
    QVERIFY(mDoc->isModified());
    QString error;
    QVERIFY2(mDoc->saveFile(path, &error), qPrintable(error));
    QVERIFY(!mDoc->isModified());
    QCOMPARE(mDoc->filePath(), QFileInfo(path).absoluteFilePath());
    RuleDocument other;
    QVERIFY2(other.loadFile(path, &error), qPrintable(error));
    QVERIFY(other.rules() == mDoc->rules());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), serializeRuleFile(mDoc->rules())); // canonical text
    // A broken file is refused with the validator's pointer, and the document stays as it was.
    QFile broken(dir.filePath(QStringLiteral("broken.rules.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"format": "segment-designer/rules", "version": 1, "segments": {"children": [{"id": "a", "name": "A", "when": {"field": "x", "op": "=>", "value": 1}}]}})");
    broken.close();
    QVERIFY(!other.loadFile(broken.fileName(), &error));
    QVERIFY2(error.contains(QStringLiteral("/segments/children/0/when/op")), qPrintable(error));
    QVERIFY(other.rules() == mDoc->rules());
}

void TestRuleDocument::workspaceVersionsAndDiff()
{
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(dir.filePath(QStringLiteral("w.segdb")), &error);
    QVERIFY2(ws, qPrintable(error));
    const qint64 v1 = mDoc->saveToWorkspace(*ws, QStringLiteral("first"), &error);
    QVERIFY2(v1 > 0, qPrintable(error));
    mDoc->push(new RemoveSegmentCommand(mDoc.get(), "smb"));
    mDoc->push(new RenameSegmentCommand(mDoc.get(), "enterprise", "Large"));
    mDoc->push(new SetConditionCommand(mDoc.get(), "enterprise", leaf("employees", Op::Ge, 2000), mDoc->rules().fields, QStringLiteral("e")));
    const qint64 v2 = mDoc->saveToWorkspace(*ws, QStringLiteral("second"), &error);
    QVERIFY(v2 > v1);
    QVERIFY(!mDoc->isModified());
    const QList<RuleSetVersion> versions = ws->ruleSetVersions(QStringLiteral("B2B tiers"));
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions[0].id, v2); // newest first
    QCOMPARE(versions[0].comment, QStringLiteral("second"));
    QCOMPARE(versions[1].comment, QStringLiteral("first"));
    QVERIFY(versions[0].savedAt.isValid());

    const RuleFileResult a = parseRuleFile(ws->ruleSetVersionContent(v1));
    const RuleFileResult b = parseRuleFile(ws->ruleSetVersionContent(v2));
    QVERIFY(a.ok && b.ok);
    RuleSetDiffSizes sizes;
    sizes.before = {{"enterprise", 120}, {"smb", 300}};
    sizes.after = {{"enterprise", 80}};
    const QStringList lines = diffRuleSets(a.rules, b.rules, sizes);
    QVERIFY2(lines.contains(QStringLiteral("Segment removed: SMB — had 300")), qPrintable(lines.join('\n')));
    bool changed = false;
    for (const QString& l : lines)
        changed = changed || (l.startsWith(QStringLiteral("Segment Large: renamed from “Enterprise”"))
                              && l.contains(QStringLiteral("condition employees >= 1000 → employees >= 2000"))
                              && l.contains(QStringLiteral("size 120 → 80 (-40)")));
    QVERIFY2(changed, qPrintable(lines.join('\n')));
    QVERIFY(diffRuleSets(a.rules, a.rules).isEmpty());

    // Loading from the workspace gives the latest version.
    RuleDocument other;
    QVERIFY(other.loadFromWorkspace(*ws, QStringLiteral("B2B tiers"), &error));
    QVERIFY(other.rules() == b.rules);
}

void TestRuleDocument::conditionPaths_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("expected"); // conditionText of the result
    QTest::newRow("remove") << "remove 1" << "(a = 1 and (c = 3 or d = 4))";
    QTest::newRow("insert") << "insert" << "(a = 1 and b = 2 and (c = 3 or d = 4 or e = 5))";
    QTest::newRow("wrap") << "wrap 0" << "((a = 1) and b = 2 and (c = 3 or d = 4))";
    QTest::newRow("ungroup splices") << "ungroup 2" << "(a = 1 and b = 2 and (c = 3 or d = 4))";
    QTest::newRow("move into group") << "move 0 -> 2" << "(b = 2 and (c = 3 or d = 4 or a = 1))";
    QTest::newRow("move out of group") << "move 2/0 -> root 0" << "(c = 3 and a = 1 and b = 2 and (d = 4))";
    QTest::newRow("move later sibling") << "move 0 -> root 2" << "(b = 2 and a = 1 and (c = 3 or d = 4))";
    QTest::newRow("into itself refused") << "move 2 -> 2" << "(a = 1 and b = 2 and (c = 3 or d = 4))";
    QTest::newRow("remove root") << "remove root" << "";
}

void TestRuleDocument::conditionPaths()
{
    QFETCH(QString, edit);
    QFETCH(QString, expected);
    std::optional<Condition> when = group(Condition::Kind::All, {leaf("a", Op::Eq, 1), leaf("b", Op::Eq, 2),
                                                                  group(Condition::Kind::Any, {leaf("c", Op::Eq, 3), leaf("d", Op::Eq, 4)})});
    QCOMPARE(conditionPointer(*when, {2, 1}), std::string("/all/2/any/1"));
    if (edit == "remove 1")
        QVERIFY(removeCondition(when, {1}));
    else if (edit == "insert")
        QVERIFY(insertCondition(when, {2}, -1, leaf("e", Op::Eq, 5)));
    else if (edit == "wrap 0")
        QVERIFY(wrapCondition(when, {0}, Condition::Kind::All));
    else if (edit == "ungroup 2") {
        // An "any" inside an "all" cannot be spliced, and has two children: refused.
        QVERIFY(!ungroupCondition(when, {2}));
    } else if (edit == "move 0 -> 2")
        QVERIFY(moveCondition(when, {0}, {2}, -1));
    else if (edit == "move 2/0 -> root 0")
        QVERIFY(moveCondition(when, {2, 0}, {}, 0));
    else if (edit == "move 0 -> root 2")
        QVERIFY(moveCondition(when, {0}, {}, 2));
    else if (edit == "move 2 -> 2")
        QVERIFY(!moveCondition(when, {2}, {2}, 0));
    else if (edit == "remove root")
        QVERIFY(removeCondition(when, {}));
    const QString text = when ? QString::fromStdString(conditionText(*when)) : QString();
    QCOMPARE(text, expected);
}

void TestRuleDocument::lookups()
{
    QCOMPARE(mDoc->segmentPointer("enterprise-warm"), std::string("/segments/children/0/children/1"));
    QVERIFY(mDoc->isDescendant("enterprise-warm", "enterprise"));
    QVERIFY(!mDoc->isDescendant("enterprise", "enterprise-warm"));
    QCOMPARE(mDoc->uniqueSegmentId("Enterprise"), std::string("enterprise-2"));
    QCOMPARE(mDoc->uniqueSegmentId("Hot leads!"), std::string("hot-leads"));
    QCOMPARE(mDoc->segmentIds().front(), std::string("enterprise"));
}

QTEST_MAIN(TestRuleDocument)
#include "tst_ruledocument.moc"
