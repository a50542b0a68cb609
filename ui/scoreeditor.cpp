// Score editor: scores list and properties, rules table, condition of the chosen rule, figures.
#include "scoreeditor.h"

#include "commands/addscorecommand.h"
#include "commands/removescorecommand.h"
#include "commands/setscorecommand.h"
#include "conditionleafwidget.h"
#include "ruledocument.h"
#include "scoreconditionwidget.h"
#include "scorehistogramchart.h"
#include "scorelistmodel.h"
#include "scoreruledelegate.h"
#include "scorerulesmodel.h"
#include "thresholdchart.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace sd {

namespace {

QToolButton* toolButton(const QString& icon, const QString& text, const QString& tip)
{
    auto* b = new QToolButton;
    if (!icon.isEmpty())
        b->setIcon(QIcon(icon));
    b->setText(text);
    b->setToolTip(tip);
    b->setToolButtonStyle(icon.isEmpty() ? Qt::ToolButtonTextOnly : Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}

QDoubleSpinBox* rangeSpin()
{
    auto* spin = new QDoubleSpinBox;
    spin->setRange(-1e9, 1e9);
    spin->setDecimals(2);
    spin->setKeyboardTracking(false);
    return spin;
}

void walkFields(const Condition& c, const std::function<void(const std::string&)>& f)
{
    if (c.kind == Condition::Kind::Leaf && !c.field.empty())
        f(c.field);
    for (const Condition& child : c.children)
        walkFields(child, f);
}

} // namespace

ScoreEditor::ScoreEditor(RuleDocument* document, QWidget* parent)
    : QWidget(parent)
    , mDocument(document)
    , mScores(new ScoreListModel(document, this))
    , mRules(new ScoreRulesModel(document, this))
    , mDelegate(new ScoreRuleDelegate(this))
{
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildScoresPane());
    splitter->addWidget(buildRulesPane());
    splitter->addWidget(buildFiguresPane());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({220, 700, 520});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(mDocument, &RuleDocument::rulesChanged, this, &ScoreEditor::documentChanged);
    connect(mDocument, &RuleDocument::reset, this, &ScoreEditor::documentChanged);
    connect(mRules, &ScoreRulesModel::editRequested, this,
            [this](const Score& s, const QString& text, const QString& key) { pushScore(s, text, key); });
    mCatalog.setRules(mDocument->rules());
    documentChanged();
}

ScoreEditor::~ScoreEditor() = default;

QWidget* ScoreEditor::buildScoresPane()
{
    auto* pane = new QWidget;
    mScoreView = new QListView;
    mScoreView->setModel(mScores);
    mScoreView->setSelectionMode(QAbstractItemView::SingleSelection);
    mScoreView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* add = toolButton(QStringLiteral(":/icons/add.svg"), tr("Add"), tr("Add a score"));
    mRemoveScore = toolButton(QStringLiteral(":/icons/delete.svg"), tr("Remove"), tr("Remove the selected score"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(mRemoveScore);
    buttons->addStretch();

    mId = new QLineEdit;
    mId->setToolTip(tr("The name conditions and exports use for this score (a-z, 0-9, _ and -)"));
    mLabel = new QLineEdit;
    mLabel->setToolTip(tr("The name people read"));
    mHasMin = new QCheckBox(tr("Min"));
    mHasMax = new QCheckBox(tr("Max"));
    mMin = rangeSpin();
    mMax = rangeSpin();
    mMin->setToolTip(tr("The score never goes below this value"));
    mMax->setToolTip(tr("The score never goes above this value"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Id:"), mId);
    form->addRow(tr("&Label:"), mLabel);
    form->addRow(mHasMin, mMin);
    form->addRow(mHasMax, mMax);

    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 4, 0);
    auto* title = new QLabel(tr("<b>Scores</b>"));
    layout->addWidget(title);
    layout->addWidget(mScoreView, 1);
    layout->addLayout(buttons);
    layout->addLayout(form);
    pane->setMinimumWidth(200);

    connect(mScoreView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        if (mUpdating)
            return;
        mCurrent = index.isValid() ? index.row() : -1;
        showCurrent();
        requestFigures();
    });
    connect(add, &QToolButton::clicked, this, &ScoreEditor::addScore);
    connect(mRemoveScore, &QToolButton::clicked, this, &ScoreEditor::removeScore);
    connect(mId, &QLineEdit::editingFinished, this, [this] { setScoreId(mId->text().trimmed()); });
    connect(mLabel, &QLineEdit::textEdited, this, &ScoreEditor::setLabel);
    connect(mHasMin, &QCheckBox::toggled, this, [this](bool on) {
        if (!mUpdating)
            setMin(on ? std::optional<double>(mMin->value()) : std::nullopt);
    });
    connect(mHasMax, &QCheckBox::toggled, this, [this](bool on) {
        if (!mUpdating)
            setMax(on ? std::optional<double>(mMax->value()) : std::nullopt);
    });
    connect(mMin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!mUpdating)
            setMin(v);
    });
    connect(mMax, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!mUpdating)
            setMax(v);
    });
    return pane;
}

QWidget* ScoreEditor::buildRulesPane()
{
    mRulesPane = new QWidget;
    mRulesTitle = new QLabel;
    auto* add = toolButton(QStringLiteral(":/icons/add.svg"), tr("Add Rule"), tr("Add a rule to this score"));
    mRemoveRule = toolButton(QStringLiteral(":/icons/remove.svg"), tr("Remove"), tr("Remove the selected rule"));
    mUp = toolButton(QString(), tr("Move Up"), tr("Move the selected rule up (rules add up in file order)"));
    mDown = toolButton(QString(), tr("Move Down"), tr("Move the selected rule down"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(mRulesTitle, 1);
    bar->addWidget(add);
    bar->addWidget(mRemoveRule);
    bar->addWidget(mUp);
    bar->addWidget(mDown);

    mRulesView = new QTableView;
    mRulesView->setModel(mRules);
    mRulesView->setItemDelegate(mDelegate);
    mRulesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mRulesView->setSelectionMode(QAbstractItemView::SingleSelection);
    mRulesView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::AnyKeyPressed);
    mRulesView->verticalHeader()->hide();
    mRulesView->setWordWrap(false);
    mRulesView->setAlternatingRowColors(true);
    QHeaderView* header = mRulesView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ScoreRulesModel::ConditionColumn, QHeaderView::Stretch);
    header->resizeSection(ScoreRulesModel::KindColumn, 110);
    header->resizeSection(ScoreRulesModel::PerColumn, 130);
    header->resizeSection(ScoreRulesModel::PointsColumn, 80);
    header->resizeSection(ScoreRulesModel::CapColumn, 60);

    mCondition = new ScoreConditionWidget(&mCatalog);
    mErrors = new QLabel;
    mErrors->setObjectName(QStringLiteral("scoreErrors"));
    mErrors->setWordWrap(true);
    mErrors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mErrors->setStyleSheet(QStringLiteral("color: #c0392b"));
    mErrors->hide();

    auto* layout = new QVBoxLayout(mRulesPane);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addLayout(bar);
    layout->addWidget(mRulesView, 1);
    auto* whenRow = new QHBoxLayout;
    whenRow->addWidget(new QLabel(tr("Selected rule:")));
    whenRow->addWidget(mCondition, 1);
    layout->addLayout(whenRow);
    layout->addWidget(mErrors);
    mRulesPane->setMinimumWidth(380);

    connect(add, &QToolButton::clicked, this, &ScoreEditor::addRule);
    connect(mRemoveRule, &QToolButton::clicked, this, [this] { removeRule(currentRule()); });
    connect(mUp, &QToolButton::clicked, this, [this] { moveRule(currentRule(), -1); });
    connect(mDown, &QToolButton::clicked, this, [this] { moveRule(currentRule(), 1); });
    connect(mRulesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ScoreEditor::showRule);
    connect(mRules, &QAbstractItemModel::modelReset, this, &ScoreEditor::showRule);
    connect(mRules, &QAbstractItemModel::dataChanged, this, &ScoreEditor::showRule);
    connect(mCondition, &ScoreConditionWidget::conditionEdited, this,
            [this](const std::optional<Condition>& when, const QString& text) { setRuleCondition(currentRule(), when, text); });
    return mRulesPane;
}

QWidget* ScoreEditor::buildFiguresPane()
{
    auto* pane = new QWidget;
    mHeadline = new QLabel;
    mHeadline->setObjectName(QStringLiteral("scoreHeadline"));
    mHeadline->setWordWrap(true);
    mHeadline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mHistogram = new ScoreHistogramChart;
    mThreshold = new ThresholdChart;
    mHistogram->setMinimumSize(360, 220);
    mThreshold->setMinimumSize(360, 220);
    mFigureTabs = new QTabWidget;
    mFigureTabs->setDocumentMode(true);
    mFigureTabs->addTab(mHistogram, tr("Distribution"));
    mFigureTabs->addTab(mThreshold, tr("Precision/recall"));
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(mHeadline);
    layout->addWidget(mFigureTabs, 1);
    connect(mHistogram, &ScoreHistogramChart::conditionValueEdited, this, &ScoreEditor::conditionValueEdited);
    return pane;
}

void ScoreEditor::setTable(std::shared_ptr<const ColumnTable> table)
{
    mCatalog.setTable(std::move(table));
    const QStringList numbers = numberFields();
    mRules->setNumberFields(numbers);
    mDelegate->setNumberFields(numbers);
    showRule();
}

void ScoreEditor::setSnapshot(const EvaluationSnapshotPtr& snapshot)
{
    mSnapshot = snapshot;
    mCatalog.setSnapshot(snapshot);
    // A hidden editor (a tab behind the leads) costs nothing per edit.
    if (isVisible())
        requestFigures();
    else
        mFiguresStale = true;
}

void ScoreEditor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (mFiguresStale)
        requestFigures();
}

QStringList ScoreEditor::numberFields() const
{
    QStringList out;
    for (const CatalogField& f : mCatalog.fields())
        if (f.type == FieldType::Number && !f.missing && f.name != currentScoreId().toStdString())
            out << QString::fromStdString(f.name);
    return out;
}

QString ScoreEditor::currentScoreId() const
{
    const auto& scores = mDocument->rules().scores;
    return mCurrent >= 0 && size_t(mCurrent) < scores.size() ? QString::fromStdString(scores[size_t(mCurrent)].id) : QString();
}

bool ScoreEditor::selectScore(const QString& id)
{
    const auto& scores = mDocument->rules().scores;
    for (size_t i = 0; i < scores.size(); ++i)
        if (scores[i].id == id.toStdString()) {
            mScoreView->setCurrentIndex(mScores->index(int(i)));
            return true;
        }
    return false;
}

int ScoreEditor::currentRule() const
{
    const QModelIndex index = mRulesView->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void ScoreEditor::selectRule(int row)
{
    if (row >= 0 && row < mRules->rowCount())
        mRulesView->setCurrentIndex(mRules->index(row, ScoreRulesModel::PointsColumn));
}

void ScoreEditor::documentChanged()
{
    mCatalog.setRules(mDocument->rules());
    const int count = int(mDocument->rules().scores.size());
    if (mCurrent >= count)
        mCurrent = count - 1;
    if (mCurrent < 0 && count > 0)
        mCurrent = 0;
    mUpdating = true;
    if (mCurrent >= 0 && mScoreView->currentIndex().row() != mCurrent)
        mScoreView->setCurrentIndex(mScores->index(mCurrent));
    mUpdating = false;
    const QStringList numbers = numberFields();
    mRules->setNumberFields(numbers);
    mDelegate->setNumberFields(numbers);
    showCurrent();
}

void ScoreEditor::showCurrent()
{
    if (mRules->scoreIndex() != mCurrent) {
        mRules->setScoreIndex(mCurrent);
        // The rule condition editor always has a rule to show.
        if (mRules->rowCount() > 0)
            selectRule(0);
    }
    const Score* s = mRules->score();
    mUpdating = true;
    for (QWidget* w : std::initializer_list<QWidget*>{mId, mLabel, mHasMin, mHasMax, mRemoveScore, mRulesPane})
        w->setEnabled(s != nullptr);
    // Keep what is being typed: the document echoes every keystroke back.
    if (!mId->hasFocus())
        mId->setText(s ? QString::fromStdString(s->id) : QString());
    if (!mLabel->hasFocus())
        mLabel->setText(s ? QString::fromStdString(s->label) : QString());
    mHasMin->setChecked(s && s->min);
    mHasMax->setChecked(s && s->max);
    mMin->setEnabled(s && s->min);
    mMax->setEnabled(s && s->max);
    if (s && s->min && mMin->value() != *s->min)
        mMin->setValue(*s->min);
    if (s && s->max && mMax->value() != *s->max)
        mMax->setValue(*s->max);
    mRulesTitle->setText(s ? tr("<b>Rules of %1</b> — points add up in this order, then the score is kept within min and max")
                                 .arg(QString::fromStdString(s->label.empty() ? s->id : s->label).toHtmlEscaped())
                           : tr("<b>No score</b> — add one to give leads points"));
    mUpdating = false;
    showRule();
    updateErrors();
}

void ScoreEditor::showRule()
{
    const Score* s = mRules->score();
    const int row = currentRule();
    const bool valid = s && row >= 0 && size_t(row) < s->rules.size();
    mRemoveRule->setEnabled(valid);
    mUp->setEnabled(valid && row > 0);
    mDown->setEnabled(valid && size_t(row) + 1 < (s ? s->rules.size() : 0));
    mCondition->setCondition(valid ? s->rules[size_t(row)].when : std::nullopt, s ? s->id : std::string(), valid);
    mCondition->setError(valid ? mRules->index(row, ScoreRulesModel::ConditionColumn).data(Qt::ToolTipRole).toString()
                               : QString());
}

void ScoreEditor::updateErrors()
{
    mErrors->setText(errorsText().toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    mErrors->setVisible(!mErrors->text().isEmpty());
    mId->setToolTip(QString());
    const std::string prefix = "/scores/" + std::to_string(mCurrent);
    for (const RuleFileError& e : mDocument->validationErrors())
        if (e.pointer == prefix + "/id")
            mId->setToolTip(QString::fromStdString(e.message));
}

QString ScoreEditor::errorsText() const
{
    if (mCurrent < 0)
        return {};
    const std::string prefix = "/scores/" + std::to_string(mCurrent);
    QStringList lines;
    for (const RuleFileError& e : mDocument->validationErrors())
        if (e.pointer == prefix || e.pointer.rfind(prefix + "/", 0) == 0)
            lines << formatRuleFileError(e);
    return lines.join(QLatin1Char('\n'));
}

std::vector<std::pair<std::string, FieldType>> ScoreEditor::fieldsFor(const Score& score) const
{
    std::vector<std::pair<std::string, FieldType>> fields = mDocument->rules().fields;
    // The rule file declares every data field a score reads, with its workspace type.
    const auto declare = [&](const std::string& name) {
        if (name.empty() || mDocument->rules().score(name) || name == score.id)
            return;
        for (const auto& f : fields)
            if (f.first == name)
                return;
        if (auto f = mCatalog.field(name); f && !f->missing && !f->score)
            fields.emplace_back(name, f->type);
    };
    for (const ScoreRule& r : score.rules) {
        declare(r.per);
        if (r.when)
            walkFields(*r.when, declare);
    }
    return fields;
}

void ScoreEditor::pushScore(const Score& score, const QString& text, const QString& mergeKey)
{
    if (mCurrent < 0 || size_t(mCurrent) >= mDocument->rules().scores.size())
        return;
    if (mDocument->rules().scores[size_t(mCurrent)] == score)
        return;
    mDocument->push(new SetScoreCommand(mDocument, mCurrent, score, fieldsFor(score), text, mergeKey));
}

void ScoreEditor::addScore()
{
    Score s;
    s.id = mDocument->uniqueScoreId("score");
    s.label = tr("New score").toStdString();
    s.min = 0;
    s.max = 100;
    const int index = int(mDocument->rules().scores.size());
    mDocument->push(new AddScoreCommand(mDocument, index, s, tr("Add score")));
    mCurrent = index;
    selectScore(QString::fromStdString(s.id));
    showCurrent();
    requestFigures();
}

void ScoreEditor::removeScore()
{
    if (mCurrent < 0 || size_t(mCurrent) >= mDocument->rules().scores.size())
        return;
    const QString id = currentScoreId();
    mDocument->push(new RemoveScoreCommand(mDocument, mCurrent, tr("Remove score %1").arg(id)));
}

void ScoreEditor::setScoreId(const QString& id)
{
    const Score* s = mRules->score();
    if (!s || id.isEmpty() || id.toStdString() == s->id)
        return;
    Score changed = *s;
    changed.id = id.toStdString();
    pushScore(changed, tr("Rename score id"));
}

void ScoreEditor::setLabel(const QString& label)
{
    const Score* s = mRules->score();
    if (!s)
        return;
    Score changed = *s;
    changed.label = label.toStdString();
    pushScore(changed, tr("Rename score"), QStringLiteral("label"));
}

void ScoreEditor::setMin(std::optional<double> min)
{
    const Score* s = mRules->score();
    if (!s || s->min == min)
        return;
    Score changed = *s;
    changed.min = min;
    pushScore(changed, min ? tr("Set score minimum") : tr("Remove score minimum"), min && s->min ? QStringLiteral("min") : QString());
}

void ScoreEditor::setMax(std::optional<double> max)
{
    const Score* s = mRules->score();
    if (!s || s->max == max)
        return;
    Score changed = *s;
    changed.max = max;
    pushScore(changed, max ? tr("Set score maximum") : tr("Remove score maximum"), max && s->max ? QStringLiteral("max") : QString());
}

void ScoreEditor::addRule()
{
    const Score* s = mRules->score();
    if (!s)
        return;
    Score changed = *s;
    ScoreRule r;
    r.points = 10;
    // A new rule starts on the field the selected rule reads, else on the first field offered.
    const int row = currentRule();
    std::string field;
    if (row >= 0 && s->rules[size_t(row)].when && s->rules[size_t(row)].when->kind == Condition::Kind::Leaf)
        field = s->rules[size_t(row)].when->field;
    for (const CatalogField& f : mCatalog.fields())
        if (field.empty() && !f.missing && f.name != s->id)
            field = f.name;
    if (!field.empty()) {
        const auto f = mCatalog.field(field);
        r.when = ConditionLeafWidget::defaultLeaf(field, f ? f->type : FieldType::Text, mCatalog.profile(field));
    }
    changed.rules.push_back(r);
    pushScore(changed, tr("Add score rule"));
    selectRule(int(changed.rules.size()) - 1);
}

void ScoreEditor::removeRule(int row)
{
    const Score* s = mRules->score();
    if (!s || row < 0 || size_t(row) >= s->rules.size())
        return;
    Score changed = *s;
    changed.rules.erase(changed.rules.begin() + row);
    pushScore(changed, tr("Remove score rule"));
    selectRule(std::min(row, int(changed.rules.size()) - 1));
}

void ScoreEditor::moveRule(int row, int delta)
{
    const Score* s = mRules->score();
    const int to = row + delta;
    if (!s || row < 0 || size_t(row) >= s->rules.size() || to < 0 || size_t(to) >= s->rules.size())
        return;
    Score changed = *s;
    std::swap(changed.rules[size_t(row)], changed.rules[size_t(to)]);
    pushScore(changed, tr("Move score rule"));
    selectRule(to);
}

void ScoreEditor::setRuleCondition(int row, const std::optional<Condition>& when, const QString& text)
{
    const Score* s = mRules->score();
    if (!s || row < 0 || size_t(row) >= s->rules.size())
        return;
    Score changed = *s;
    changed.rules[size_t(row)].when = when;
    pushScore(changed, text);
}

void ScoreEditor::requestFigures()
{
    mFiguresStale = false;
    const quint64 request = ++mRequest;
    const std::string id = currentScoreId().toStdString();
    if (!mSnapshot || id.empty()) {
        ScoreFigures empty;
        empty.request = request;
        empty.scoreId = id;
        // Nothing to compute is still this evaluation's answer: whoever waits for it may stop.
        empty.chart.jobId = mSnapshot ? mSnapshot->jobId : 0;
        applyFigures(std::move(empty));
        return;
    }
    auto* watcher = new QFutureWatcher<ScoreFigures>(this);
    connect(watcher, &QFutureWatcher<ScoreFigures>::finished, this, [this, watcher] {
        ScoreFigures f = watcher->result();
        watcher->deleteLater();
        applyFigures(std::move(f));
    });
    watcher->setFuture(QtConcurrent::run([snapshot = mSnapshot, id, request] {
        ScoreFigures f = computeScoreFigures(snapshot, id);
        f.request = request;
        return f;
    }));
}

void ScoreEditor::applyFigures(ScoreFigures figures)
{
    if (figures.request != mRequest)
        return; // a newer evaluation or another score came after this job started
    mFigures = std::move(figures);
    mHeadline->setText(figuresText());
    mHistogram->showFigures(mFigures.chart);
    mThreshold->showFigures(mFigures.chart);
    mFigureTabs->setTabEnabled(1, mFigures.hasOutcome);
    if (!mFigures.hasOutcome)
        mFigureTabs->setCurrentIndex(0);
    emit figuresShown(mFigures.chart.jobId);
}

QString ScoreEditor::figuresText() const
{
    if (mCurrent < 0)
        return tr("The rule set has no score yet.");
    if (!mSnapshot)
        return tr("Open a workspace with leads to see how this score spreads them.");
    if (!mSnapshot->error.isEmpty())
        return tr("Figures are paused until the rules are valid: %1").arg(mSnapshot->error);
    if (mFigures.scoreId != currentScoreId().toStdString() || !mFigures.evaluated)
        return tr("Computing…");
    const QLocale locale;
    const QString spread = tr("%1 leads, mean score %2").arg(locale.toString(qulonglong(mFigures.leads)),
                                                             locale.toString(mFigures.mean, 'f', 1));
    if (!mFigures.hasOutcome)
        return tr("%1. The rule set defines no outcome, so there is no AUC or precision/recall: "
                  "add an outcome (which leads converted) to measure the score.").arg(spread);
    const QString auc = mFigures.auc ? locale.toString(*mFigures.auc, 'f', 3) : tr("n/a");
    QString best;
    if (mFigures.bestF1 >= 0) {
        const PrecisionRecallPoint& p = mFigures.chart.curve[size_t(mFigures.bestF1)];
        best = tr("; best F1 %1 at score ≥ %2 (precision %3, recall %4)")
                   .arg(locale.toString(p.f1.value_or(0), 'f', 3), locale.toString(p.threshold, 'g', 6),
                        formatRate(p.precision.value_or(0)), formatRate(p.recall.value_or(0)));
    }
    return tr("<b>AUC %1</b> against the outcome · %2, %3 converted%4")
        .arg(auc, spread, formatRate(mFigures.leads ? double(mFigures.converted) / double(mFigures.leads) : 0), best);
}

} // namespace sd
