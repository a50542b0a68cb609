// The condition editor: edits made through its widgets give the expected Condition in the rule
// document (typing and slider drags merging into one undo step), group edits, the type-aware value
// editors, invalid states shown in place, and the funnel counts beside the conditions.
#include "conditioneditor.h"
#include "mainwindow.h"
#include "rulefile.h"
#include "segmenttreemodel.h"
#include "segmenttreepanel.h"
#include "conditionleafwidget.h"
#include "conditiondraghandle.h"
#include "evaluationcontroller.h"
#include "ruledocument.h"
#include "rulesetdiff.h"
#include "valuelistpicker.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>
#include <QTreeView>
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

std::shared_ptr<const ColumnTable> makeTable()
{
    const char* industries[] = {"Software", "Retail", "Software", "Finance", "Software", "Retail"};
    std::vector<std::vector<std::string>> rows;
    for (int i = 0; i < 30; ++i)
        rows.push_back({industries[i % 6], std::to_string(10 * i), i % 2 ? "true" : "false", "2025-01-" + std::to_string(10 + i % 20),
                        i % 3 ? "aws;react" : "gcp"});
    return std::make_shared<const ColumnTable>(ColumnTable::fromText(
        {{"industry", FieldType::Text}, {"employees", FieldType::Number}, {"converted", FieldType::Boolean},
         {"signup", FieldType::Date}, {"stack", FieldType::List}},
        rows));
}

} // namespace

class TestConditionEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addConditionButton();
    void typingMergesIntoOneStep();
    void sliderDragMergesIntoOneStep();
    void operatorChange_data();
    void operatorChange();
    void multiSelectValues();
    void regexValidatedAsYouType();
    void groupEdits();
    void keyboardMoves();
    void dateAndBooleanEditors();
    void invalidShownInPlace();
    void undoRebuildsEditor();
    void funnelCounts();
    void scriptedSessionMatchesGolden();

private:
    void setWhen(const std::optional<Condition>& when);
    std::string whenText() const;
    template <typename T> T* child(const std::string& pointer, const char* name) const
    {
        QWidget* node = mEditor->nodeWidget(pointer);
        return node ? node->findChild<T*>(QString::fromLatin1(name)) : nullptr;
    }

    std::shared_ptr<const ColumnTable> mTable;
    std::unique_ptr<RuleDocument> mDoc;
    std::unique_ptr<ConditionEditor> mEditor;
};

void TestConditionEditor::initTestCase()
{
    Q_INIT_RESOURCE(ui); // sd_ui is static: its icons need an explicit reference
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    mTable = makeTable();
}

void TestConditionEditor::init()
{
    mDoc = std::make_unique<RuleDocument>();
    RuleSet rules;
    rules.name = "Test";
    rules.root.mode = ChildMode::Exclusive;
    rules.root.hasMode = true;
    Segment s;
    s.id = "target";
    s.name = "Target";
    rules.root.children.push_back(s);
    Segment other;
    other.id = "other";
    other.name = "Other";
    rules.root.children.push_back(other);
    mDoc->load(rules);
    mEditor = std::make_unique<ConditionEditor>(mDoc.get());
    mEditor->setTable(mTable);
    mEditor->setSegment(QStringLiteral("target"));
    mEditor->resize(900, 600);
    mEditor->show();
}

void TestConditionEditor::cleanup()
{
    mEditor.reset();
    mDoc.reset();
}

void TestConditionEditor::setWhen(const std::optional<Condition>& when)
{
    RuleSet rules = mDoc->rules();
    rules.root.children[0].when = when;
    rules.fields = {{"industry", FieldType::Text}, {"employees", FieldType::Number}, {"converted", FieldType::Boolean},
                    {"signup", FieldType::Date}, {"stack", FieldType::List}};
    mDoc->load(rules);
    mEditor->setSegment(QStringLiteral("target"));
}

std::string TestConditionEditor::whenText() const
{
    const Segment* s = mDoc->segment("target");
    return s && s->when ? conditionText(*s->when) : std::string();
}

void TestConditionEditor::addConditionButton()
{
    auto add = mEditor->findChild<QToolButton*>(QStringLiteral("addRootCondition"));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    // The first field, text, with its most common value; declared in the rule file.
    QCOMPARE(whenText(), std::string("(industry = Software)"));
    QCOMPARE(mDoc->rules().fields.size(), size_t(1));
    QCOMPARE(mDoc->rules().fields[0], (std::pair<std::string, FieldType>("industry", FieldType::Text)));
    QCOMPARE(mDoc->undoStack()->count(), 1);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(whenText(), std::string("(industry = Software and industry = Software)"));
    mDoc->undoStack()->undo();
    mDoc->undoStack()->undo();
    QVERIFY(!mDoc->segment("target")->when);
    QVERIFY(mDoc->rules().fields.empty());
}

void TestConditionEditor::typingMergesIntoOneStep()
{
    setWhen(leaf("employees", Op::Ge, 100));
    auto spin = child<QDoubleSpinBox>("", "number_value");
    QVERIFY(spin);
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("250"));
    QCOMPARE(*mDoc->segment("target")->when, leaf("employees", Op::Ge, 250));
    QCOMPARE(mDoc->undoStack()->count(), 1);
    // The editor kept the same widget (focus and cursor survive typing).
    QCOMPARE(child<QDoubleSpinBox>("", "number_value"), spin);
    mDoc->undoStack()->undo();
    QCOMPARE(*mDoc->segment("target")->when, leaf("employees", Op::Ge, 100));
}

void TestConditionEditor::sliderDragMergesIntoOneStep()
{
    setWhen(leaf("employees", Op::Ge, 100));
    auto slider = child<QSlider>("", "slider_value");
    QVERIFY(slider); // employees has min 0, max 290
    for (int pos : {100, 200, 300, 500})
        slider->setValue(pos);
    QCOMPARE(mDoc->undoStack()->count(), 1);
    // 500/1000 of 0..290, whole steps on a range this wide.
    QCOMPARE(*mDoc->segment("target")->when, leaf("employees", Op::Ge, 145));
    QCOMPARE(child<QDoubleSpinBox>("", "number_value")->value(), 145.0);
}

void TestConditionEditor::operatorChange_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("from");
    QTest::addColumn<QString>("fromValue"); // JSON
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("expected");  // JSON of the new value
    QTest::newRow("number >= to between") << "employees" << int(Op::Ge) << "100" << int(Op::Between) << "[100,290]";
    QTest::newRow("number to empty") << "employees" << int(Op::Ge) << "100" << int(Op::IsEmpty) << "null";
    QTest::newRow("text = to in") << "industry" << int(Op::Eq) << "\"Retail\"" << int(Op::In) << "[\"Retail\"]";
    QTest::newRow("text in to =") << "industry" << int(Op::In) << "[\"Retail\",\"Finance\"]" << int(Op::Eq) << "\"Retail\"";
    QTest::newRow("date to within") << "signup" << int(Op::Ge) << "\"2025-01-15\"" << int(Op::WithinLastDays) << "30";
    QTest::newRow("list any to all") << "stack" << int(Op::HasAny) << "[\"aws\"]" << int(Op::HasAll) << "[\"aws\"]";
}

void TestConditionEditor::operatorChange()
{
    QFETCH(QString, field);
    QFETCH(int, from);
    QFETCH(QString, fromValue);
    QFETCH(int, to);
    QFETCH(QString, expected);
    setWhen(leaf(field.toStdString(), Op(from), nlohmann::json::parse(fromValue.toStdString())));
    auto op = child<QComboBox>("", "op");
    QVERIFY(op);
    const int index = op->findData(to);
    QVERIFY(index >= 0);
    op->setCurrentIndex(index);
    emit op->activated(index);
    const Condition& c = *mDoc->segment("target")->when;
    QCOMPARE(c.op, Op(to));
    QCOMPARE(QString::fromStdString(c.value.dump()), expected);
    QVERIFY(mDoc->validationErrors().empty());
    // The editor rebuilt itself for the new operator.
    QTRY_VERIFY(child<QComboBox>("", "op") && child<QComboBox>("", "op")->currentData().toInt() == to);
}

void TestConditionEditor::multiSelectValues()
{
    setWhen(leaf("industry", Op::In, nlohmann::json::array({"Retail"})));
    auto picker = child<ValueListPicker>("", "values");
    QVERIFY(picker);
    QCOMPARE(picker->selected(), QStringList{QStringLiteral("Retail")});
    // Chosen first, then by count: Software (15), Finance (5).
    QListWidget* list = picker->list();
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), QStringLiteral("Retail"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("Software  (15)"));
    list->item(1)->setCheckState(Qt::Checked);
    QCOMPARE(mDoc->segment("target")->when->value, nlohmann::json::array({"Retail", "Software"}));
    // Search narrows the list; Enter adds a value that is not in the data.
    picker->search()->setText(QStringLiteral("fin"));
    QCOMPARE(picker->list()->count(), 1);
    picker->search()->setText(QStringLiteral("Energy"));
    emit picker->search()->returnPressed();
    QCOMPARE(mDoc->segment("target")->when->value, nlohmann::json::array({"Retail", "Software", "Energy"}));
    QCOMPARE(mDoc->undoStack()->count(), 1); // picking values merges
}

void TestConditionEditor::regexValidatedAsYouType()
{
    setWhen(leaf("industry", Op::Matches, "^Soft"));
    auto edit = child<QLineEdit>("", "text");
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("[a-"));
    // Not a valid pattern yet: the rules keep the last valid one, the row says why in red.
    QCOMPARE(mDoc->segment("target")->when->value, nlohmann::json("^Soft"));
    auto errors = mEditor->nodeWidget("")->findChildren<QLabel*>();
    bool shown = false;
    for (QLabel* l : errors)
        shown = shown || (l->isVisible() && l->text().contains(QStringLiteral("invalid regular expression")));
    QVERIFY(shown);
    QTest::keyClicks(edit, QStringLiteral("z]+"));
    QCOMPARE(mDoc->segment("target")->when->value, nlohmann::json("[a-z]+"));
    shown = false;
    for (QLabel* l : mEditor->nodeWidget("")->findChildren<QLabel*>())
        shown = shown || (l->isVisible() && l->text().contains(QStringLiteral("invalid")));
    QVERIFY(!shown);
}

void TestConditionEditor::groupEdits()
{
    Condition all;
    all.children = {leaf("employees", Op::Ge, 100), leaf("industry", Op::Eq, "Retail"), leaf("converted", Op::Eq, true)};
    setWhen(all);
    QVERIFY(mEditor->nodeWidget("/all/2"));
    mEditor->wrapAt({1}, Condition::Kind::Any);
    QCOMPARE(whenText(), std::string("(employees >= 100 and (industry = Retail) and converted = true)"));
    mEditor->moveTo({2}, {1}, 1);
    QCOMPARE(whenText(), std::string("(employees >= 100 and (industry = Retail or converted = true))"));
    mEditor->setGroupKind({1}, Condition::Kind::Not);
    QCOMPARE(whenText(), std::string("(employees >= 100 and not (industry = Retail or converted = true))"));
    mEditor->addGroupAt({});
    QCOMPARE(whenText(), std::string("(employees >= 100 and not (industry = Retail or converted = true) and (industry = Software))"));
    mEditor->removeAt({0});
    mEditor->addSegmentRefAt({});
    QCOMPARE(whenText(), std::string("(not (industry = Retail or converted = true) and (industry = Software) and in segment other)"));
    QVERIFY(mEditor->nodeWidget("/all/0/not/any/1"));
    QCOMPARE(mDoc->undoStack()->count(), 6);
    for (int i = 0; i < 6; ++i)
        mDoc->undoStack()->undo();
    QCOMPARE(*mDoc->segment("target")->when, all);
}

// Up and Down on a focused grip: the keyboard alternative to dragging a condition.
void TestConditionEditor::keyboardMoves()
{
    Condition any;
    any.kind = Condition::Kind::Any;
    any.children = {leaf("industry", Op::Eq, "Retail"), leaf("converted", Op::Eq, true)};
    Condition all;
    all.children = {leaf("employees", Op::Ge, 100), any};
    setWhen(all);
    auto grip = [&](const std::string& pointer) -> ConditionDragHandle* {
        QWidget* node = mEditor->nodeWidget(pointer);
        return node ? node->findChild<ConditionDragHandle*>() : nullptr;
    };
    ConditionDragHandle* g = grip("/all/1/any/0");
    QVERIFY(g);
    QCOMPARE(g->focusPolicy(), Qt::StrongFocus);
    QVERIFY(!g->accessibleName().isEmpty());
    g->setFocus();
    QTest::keyClick(g, Qt::Key_Down); // one place down inside the group
    QCOMPARE(whenText(), std::string("(employees >= 100 and (converted = true or industry = Retail))"));
    // The moved condition's grip has the focus again, so the keys can go on.
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() == grip("/all/1/any/1"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // at the group's end: out, after it
    QCOMPARE(whenText(), std::string("(employees >= 100 and (converted = true) and industry = Retail)"));
    QTRY_VERIFY(QApplication::focusWidget() == grip("/all/2"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QCOMPARE(whenText(), std::string("(industry = Retail and employees >= 100 and (converted = true))"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up); // first of the top group: nothing
    QCOMPARE(mDoc->undoStack()->count(), 4);
    for (int i = 0; i < 4; ++i)
        mDoc->undoStack()->undo();
    QCOMPARE(*mDoc->segment("target")->when, all);
}

void TestConditionEditor::dateAndBooleanEditors()
{
    Condition all;
    all.children = {leaf("signup", Op::WithinLastDays, 30), leaf("converted", Op::Eq, true)};
    setWhen(all);
    auto days = child<QSpinBox>("/all/0", "days");
    QVERIFY(days);
    days->setValue(90);
    QCOMPARE(mDoc->segment("target")->when->children[0].value, nlohmann::json(90));
    auto toggle = child<QCheckBox>("/all/1", "boolean");
    QVERIFY(toggle);
    QVERIFY(toggle->isChecked());
    toggle->click();
    QCOMPARE(mDoc->segment("target")->when->children[1].value, nlohmann::json(false));
    QCOMPARE(toggle->text(), QStringLiteral("false"));
}

void TestConditionEditor::invalidShownInPlace()
{
    Condition all;
    all.children = {leaf("employees", Op::Ge, 100), leaf("nowhere", Op::Eq, "x")};
    setWhen(all);
    const std::vector<RuleFileError>& errors = mDoc->validationErrors();
    QCOMPARE(errors.size(), size_t(1));
    QCOMPARE(errors[0].pointer, std::string("/segments/children/0/when/all/1/field"));
    auto findError = [&](const std::string& pointer) {
        for (QLabel* l : mEditor->nodeWidget(pointer)->findChildren<QLabel*>())
            if (l->isVisible() && l->text().contains(QStringLiteral("unknown field")))
                return true;
        return false;
    };
    QVERIFY(findError("/all/1"));
    QVERIFY(!findError("/all/0"));
    // Fixing the field clears the message without a dialog.
    auto field = child<QComboBox>("/all/1", "field");
    const int i = field->findData(QStringLiteral("industry"));
    field->setCurrentIndex(i);
    emit field->activated(i);
    QVERIFY(mDoc->validationErrors().empty());
    QTRY_VERIFY(mEditor->nodeWidget("/all/1") && !findError("/all/1"));
}

void TestConditionEditor::undoRebuildsEditor()
{
    setWhen(leaf("employees", Op::Ge, 100));
    child<QDoubleSpinBox>("", "number_value")->setValue(120);
    mDoc->undoStack()->undo();
    QTRY_COMPARE(child<QDoubleSpinBox>("", "number_value")->value(), 100.0);
    mDoc->undoStack()->redo();
    QTRY_COMPARE(child<QDoubleSpinBox>("", "number_value")->value(), 120.0);
}

void TestConditionEditor::funnelCounts()
{
    Condition all;
    all.children = {leaf("employees", Op::Ge, 100), leaf("industry", Op::Eq, "Software")};
    setWhen(all);
    EvaluationController controller;
    controller.setTable(mTable);
    QSignalSpy loaded(&controller, &EvaluationController::tableLoaded);
    QVERIFY(loaded.wait(5000));
    QSignalSpy ready(&controller, &EvaluationController::snapshotReady);
    controller.requestEvaluation(mDoc->rules(), "target");
    QVERIFY(ready.wait(5000));
    mEditor->setSnapshot(controller.latest());
    // employees >= 100: rows 10..29 (20 leads); of those, Software: rows with i % 6 in {0, 2, 4}: 10.
    auto count = [&](const std::string& pointer) { return mEditor->nodeWidget(pointer)->findChild<QLabel*>(QStringLiteral("funnelCount"))->text(); };
    QCOMPARE(count("/all/0"), QStringLiteral("→ 20 left"));
    QCOMPARE(count("/all/1"), QStringLiteral("→ 10 left"));
    QCOMPARE(count(""), QStringLiteral("= 10 leads"));
}

// A short design session driven by key and mouse events through the main window, without a
// workspace: the resulting rule file must equal the golden file byte for byte.
void TestConditionEditor::scriptedSessionMatchesGolden()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QString error;
    QVERIFY(window.document()->loadTemplate(RuleDocument::Template::B2BTiers, &error));
    RuleDocument* doc = window.document();
    ConditionEditor* editor = window.conditionEditor();

    // 1. Select SMB in the tree with the keyboard, and rename it (F2, type, Enter).
    window.segmentTree()->setCurrentSegment(QStringLiteral("smb"));
    QTreeView* tree = window.segmentTree()->view();
    tree->setFocus();
    QCOMPARE(editor->segment(), QStringLiteral("smb"));
    QTest::keyClick(tree, Qt::Key_F2);
    auto nameEditor = tree->viewport()->findChild<QLineEdit*>();
    QVERIFY(nameEditor);
    nameEditor->selectAll();
    QTest::keyClicks(nameEditor, QStringLiteral("Small business"));
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QTRY_COMPARE(doc->segment("smb")->name, std::string("Small business")); // the delegate commits on the next loop

    // 2. Type a new threshold into SMB's condition: employees < 150.
    auto spin = editor->nodeWidget("")->findChild<QDoubleSpinBox*>(QStringLiteral("number_value"));
    QVERIFY(spin);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("150"));

    // 3. Add a condition with the mouse; it goes into a new "all" group with the first field.
    QTest::mouseClick(editor->findChild<QToolButton*>(QStringLiteral("addRootCondition")), Qt::LeftButton);
    QVERIFY(editor->nodeWidget("/all/1"));
    // 4. Pick the field "country" by typing into the field box, then choose "is one of".
    auto field = editor->nodeWidget("/all/1")->findChild<QComboBox*>(QStringLiteral("field"));
    const int country = field->findData(QStringLiteral("country"));
    QVERIFY(country >= 0);
    field->setCurrentIndex(country);
    emit field->activated(country);
    auto op = editor->nodeWidget("/all/1")->findChild<QComboBox*>(QStringLiteral("op"));
    const int in = op->findData(int(Op::In));
    op->setCurrentIndex(in);
    emit op->activated(in);
    // 5. Type two countries into the value picker's search box, Enter after each.
    auto picker = editor->nodeWidget("/all/1")->findChild<ValueListPicker*>(QStringLiteral("values"));
    QVERIFY(picker);
    picker->search()->setText(QString());
    QTest::keyClicks(picker->search(), QStringLiteral("Germany"));
    QTest::keyClick(picker->search(), Qt::Key_Return);
    picker->search()->clear();
    QTest::keyClicks(picker->search(), QStringLiteral("France"));
    QTest::keyClick(picker->search(), Qt::Key_Return);

    // 6. A mistaken extra condition, taken back with Ctrl+Z; then a segment moved by the tree's model.
    QTest::mouseClick(editor->findChild<QToolButton*>(QStringLiteral("addRootCondition")), Qt::LeftButton);
    QVERIFY(editor->nodeWidget("/all/2"));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!editor->nodeWidget("/all/2"));
    SegmentTreeModel* model = window.segmentTree()->model();
    std::unique_ptr<QMimeData> data(model->mimeData({model->indexOfSegment(QStringLiteral("smb"))}));
    QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex()));

    const QByteArray result = serializeRuleFile(doc->rules());
    const QString golden = QStringLiteral(SD_TEST_DATA_DIR "/rules/designer-session.rules.json");
    if (qEnvironmentVariableIsSet("SD_UPDATE_GOLDEN")) {
        QFile out(golden);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(result);
    }
    QFile expected(golden);
    QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(golden));
    QCOMPARE(result, expected.readAll());
    // Clean up without the save prompt.
    doc->undoStack()->setClean();
}

QTEST_MAIN(TestConditionEditor)
#include "tst_conditioneditor.moc"
