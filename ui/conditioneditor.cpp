// Condition editor: builds the block tree, turns edits into undo commands, shows counts and errors.
#include "conditioneditor.h"

#include "conditiondraghandle.h"

#include "commands/setconditioncommand.h"
#include "conditiongroupwidget.h"
#include "conditionleafwidget.h"
#include "ruledocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace sd {

ConditionEditor::ConditionEditor(RuleDocument* document, QWidget* parent)
    : QWidget(parent)
    , mDocument(document)
    , mTitle(new QLabel(this))
    , mBase(new QLabel(this))
    , mAddCondition(new QToolButton(this))
    , mAddGroup(new QToolButton(this))
    , mScroll(new QScrollArea(this))
    , mEmpty(new QLabel(this))
{
    QFont titleFont = mTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    mTitle->setFont(titleFont);
    mBase->setForegroundRole(QPalette::PlaceholderText);
    mBase->setWordWrap(true);
    mEmpty->setWordWrap(true);
    mEmpty->setAlignment(Qt::AlignCenter);
    mEmpty->setForegroundRole(QPalette::PlaceholderText);
    mAddCondition->setText(tr("Add condition"));
    mAddCondition->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    mAddCondition->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mAddCondition->setObjectName(QStringLiteral("addRootCondition"));
    mAddGroup->setText(tr("Add group"));
    mAddGroup->setIcon(QIcon(QStringLiteral(":/icons/group.svg")));
    mAddGroup->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mScroll->setWidgetResizable(true);
    mScroll->setFrameShape(QFrame::NoFrame);

    auto header = new QHBoxLayout;
    header->addWidget(mTitle, 1);
    header->addWidget(mAddCondition);
    header->addWidget(mAddGroup);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->addLayout(header);
    layout->addWidget(mBase);
    layout->addWidget(mEmpty);
    layout->addWidget(mScroll, 1);

    connect(mAddCondition, &QToolButton::clicked, this, [this] { addConditionOnField({}); });
    connect(mAddGroup, &QToolButton::clicked, this, [this] {
        std::optional<Condition> when = currentWhen();
        if (!ensureRootGroup(when))
            return;
        Condition group;
        group.kind = Condition::Kind::Any;
        group.children.push_back(firstFieldLeaf({}));
        insertCondition(when, {}, -1, group);
        apply(when, tr("Add group"));
    });

    connect(mDocument, &RuleDocument::conditionChanged, this, [this](const QString& id) {
        if (id != mSegment)
            return;
        // Each edit made here comes back once: the editor already shows it, so keep focus and
        // cursor. Anything else (undo, redo, another page) rebuilds.
        if (mLastPushed && *mLastPushed == currentWhen()) {
            mLastPushed.reset();
            updateErrors();
        } else {
            rebuild();
        }
    });
    connect(mDocument, &RuleDocument::segmentChanged, this, [this](const QString& id) {
        if (id == mSegment)
            rebuild();
    });
    connect(mDocument, &RuleDocument::rulesChanged, this, [this] {
        mCatalog.setRules(mDocument->rules());
        updateErrors();
    });
    connect(mDocument, &RuleDocument::reset, this, [this] {
        mCatalog.setRules(mDocument->rules());
        rebuild();
    });
    mCatalog.setRules(mDocument->rules());
    rebuild();
}

void ConditionEditor::setSegment(const QString& id)
{
    if (id == mSegment && mContent)
        return;
    mSegment = id;
    mLastPushed.reset();
    rebuild();
}

void ConditionEditor::setTable(std::shared_ptr<const ColumnTable> table)
{
    mCatalog.setTable(std::move(table));
    mLastPushed.reset();
    rebuild();
}

void ConditionEditor::setSnapshot(const EvaluationSnapshotPtr& snapshot)
{
    mSnapshot = snapshot;
    mCatalog.setSnapshot(snapshot);
    updateCounts();
}

std::optional<Condition> ConditionEditor::currentWhen() const
{
    const Segment* s = mSegment.isEmpty() ? nullptr : mDocument->segment(mSegment.toStdString());
    return s ? s->when : std::nullopt;
}

std::vector<std::pair<std::string, std::string>> ConditionEditor::segmentChoices() const
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const std::string& id : mDocument->segmentIds())
        if (id != mSegment.toStdString())
            out.emplace_back(id, mDocument->segment(id)->name);
    return out;
}

QWidget* ConditionEditor::nodeWidget(const std::string& pointer) const
{
    auto it = mNodes.find(pointer);
    return it == mNodes.end() ? nullptr : it->second;
}

QWidget* ConditionEditor::createNodeWidget(const ConditionPath& path, const Condition& c, QWidget* parent)
{
    const std::optional<Condition> when = currentWhen();
    const std::string pointer = when ? conditionPointer(*when, path) : std::string();
    QWidget* w = isGroup(c) ? static_cast<QWidget*>(new ConditionGroupWidget(this, path, c, parent))
                            : static_cast<QWidget*>(new ConditionLeafWidget(this, path, c, parent));
    mNodes[pointer] = w;
    return w;
}

void ConditionEditor::rebuild()
{
    mNodes.clear();
    if (QWidget* old = mScroll->takeWidget())
        old->deleteLater(); // an edit may come from a widget inside it, still on the stack
    mContent = new QWidget;
    auto layout = new QVBoxLayout(mContent);
    layout->setContentsMargins(0, 4, 0, 4);

    const std::string id = mSegment.toStdString();
    const bool remainder = !id.empty() && id.back() == '~';
    const Segment* s = mSegment.isEmpty() || remainder ? nullptr : mDocument->segment(id);
    mAddCondition->setEnabled(s != nullptr);
    mAddGroup->setEnabled(s != nullptr);
    if (remainder) {
        const std::string parentId = id == "~" ? std::string() : id.substr(0, id.size() - 2);
        const Segment* parent = mDocument->segment(parentId);
        mTitle->setText(parentId.empty() ? tr("Rest (no segment)") : tr("Rest of %1").arg(QString::fromStdString(parent ? parent->name : parentId)));
        mEmpty->setText(tr("The leads that none of the exclusive segments above took. It has no condition of its own: "
                           "change the segments before it to change it."));
        mEmpty->show();
    } else if (!s) {
        mTitle->setText(tr("No segment selected"));
        mEmpty->setText(tr("Select a segment in the tree to edit its condition, or add one with Segment → New Segment."));
        mEmpty->show();
    } else {
        mTitle->setText(QString::fromStdString(s->name));
        if (!s->when) {
            mEmpty->setText(tr("“%1” takes every lead of its parent. Add a condition to narrow it down.")
                                .arg(QString::fromStdString(s->name)));
            mEmpty->show();
        } else {
            mEmpty->hide();
            layout->addWidget(createNodeWidget({}, *s->when, mContent));
        }
    }
    layout->addStretch();
    mScroll->setWidget(mContent);
    updateCounts();
    updateErrors();
}

void ConditionEditor::updateCounts()
{
    const QLocale locale;
    const bool current = mSnapshot && mSnapshot->error.isEmpty() && mSnapshot->focusSegment == mSegment.toStdString()
        && !mSegment.isEmpty();
    const std::optional<Condition> when = currentWhen();
    std::map<std::string, size_t> funnel;
    if (current)
        for (const FunnelStep& step : mSnapshot->funnel)
            if (!step.pointer.empty())
                funnel[step.pointer] = step.remaining;
    const size_t base = current ? mSnapshot->focusBase : 0;
    auto percent = [&](size_t n) { return base ? locale.toString(100.0 * double(n) / double(base), 'f', 1) : QStringLiteral("–"); };
    for (const auto& [pointer, widget] : mNodes) {
        QString text, tip;
        if (!current) {
            text = QStringLiteral("…");
        } else if (auto f = funnel.find(pointer); f != funnel.end()) {
            text = tr("→ %1 left").arg(locale.toString(qulonglong(f->second)));
            tip = tr("%1 of the %2 leads this segment chooses from (%3 %) pass this condition and every one above it.")
                      .arg(locale.toString(qulonglong(f->second)), locale.toString(qulonglong(base)), percent(f->second));
        } else if (auto m = mSnapshot->conditionMatches.find(pointer); m != mSnapshot->conditionMatches.end()) {
            text = pointer.empty() ? tr("= %1 leads").arg(locale.toString(qulonglong(m->second)))
                                   : tr("%1 match").arg(locale.toString(qulonglong(m->second)));
            tip = tr("%1 of the %2 leads this segment chooses from (%3 %) satisfy this on its own.")
                      .arg(locale.toString(qulonglong(m->second)), locale.toString(qulonglong(base)), percent(m->second));
        }
        if (auto leaf = qobject_cast<ConditionLeafWidget*>(widget))
            leaf->setCount(text, tip);
        else if (auto group = qobject_cast<ConditionGroupWidget*>(widget))
            group->setCount(text, tip);
    }
    if (current) {
        const int index = mSnapshot->indexOf(mSegment.toStdString());
        const int parent = index >= 0 ? mSnapshot->segments[size_t(index)].parent : -1;
        const QString from = parent < 0 ? tr("all leads") : QString::fromStdString(mSnapshot->segments[size_t(parent)].name);
        const size_t size = index >= 0 ? mSnapshot->segments[size_t(index)].members.count() : 0;
        const Segment* parentNode = mDocument->parentOf(mSegment.toStdString());
        const bool afterOthers = parentNode && parentNode->mode == ChildMode::Exclusive
            && mDocument->indexInParent(mSegment.toStdString()) > 0;
        mBase->setText(afterOthers ? tr("Chooses from %1 leads of %2 that the segments above it did not take · keeps %3")
                                         .arg(locale.toString(qulonglong(base)), from, locale.toString(qulonglong(size)))
                                   : tr("Chooses from %1 leads of %2 · keeps %3")
                                         .arg(locale.toString(qulonglong(base)), from, locale.toString(qulonglong(size))));
    } else if (mSnapshot && !mSnapshot->error.isEmpty()) {
        mBase->setText(tr("Counts are paused: %1").arg(mSnapshot->error));
    } else {
        mBase->setText(mSegment.isEmpty() ? QString() : tr("Counting…"));
    }
}

void ConditionEditor::updateErrors()
{
    const std::string id = mSegment.toStdString();
    const std::string whenPointer = mDocument->segmentPointer(id) + "/when";
    std::map<std::string, QStringList> byNode;
    for (const RuleFileError& e : mDocument->validationErrors()) {
        if (e.pointer.rfind(whenPointer, 0) != 0)
            continue;
        const std::string inner = e.pointer.substr(whenPointer.size());
        // The deepest node whose pointer prefixes the error's pointer owns the message.
        std::string owner;
        for (const auto& [pointer, widget] : mNodes)
            if (inner.rfind(pointer, 0) == 0 && (inner.size() == pointer.size() || inner[pointer.size()] == '/')
                && pointer.size() >= owner.size())
                owner = pointer;
        byNode[owner] << QString::fromStdString(e.message);
    }
    for (const auto& [pointer, widget] : mNodes) {
        const QString message = byNode.count(pointer) ? byNode[pointer].join(QLatin1Char('\n')) : QString();
        if (auto leaf = qobject_cast<ConditionLeafWidget*>(widget))
            leaf->setError(message);
        else if (auto group = qobject_cast<ConditionGroupWidget*>(widget))
            group->setError(message);
    }
}

std::vector<std::pair<std::string, FieldType>> ConditionEditor::fieldsFor(const std::optional<Condition>& when) const
{
    std::vector<std::pair<std::string, FieldType>> fields = mDocument->rules().fields;
    if (!when)
        return fields;
    const RuleSet& rules = mDocument->rules();
    // The rule file declares every data field a condition reads; a field picked from the
    // workspace is declared with its workspace type.
    std::function<void(const Condition&)> walk = [&](const Condition& c) {
        if (c.kind == Condition::Kind::Leaf && !c.field.empty() && !rules.score(c.field)) {
            bool declared = false;
            for (const auto& f : fields)
                declared = declared || f.first == c.field;
            if (!declared)
                if (auto f = mCatalog.field(c.field); f && !f->missing && !f->score)
                    fields.emplace_back(c.field, f->type);
        }
        for (const Condition& child : c.children)
            walk(child);
    };
    walk(*when);
    return fields;
}

void ConditionEditor::apply(std::optional<Condition> when, const QString& text, const QString& mergeKey, bool rebuild)
{
    const std::string id = mSegment.toStdString();
    if (!mDocument->segment(id) || id.empty())
        return;
    if (rebuild)
        mLastPushed.reset();
    else
        mLastPushed = when;
    mDocument->push(new SetConditionCommand(mDocument, id, when, fieldsFor(when), text, mergeKey));
}

void ConditionEditor::replaceAt(const ConditionPath& path, const Condition& c, const QString& mergePart, bool rebuild)
{
    std::optional<Condition> when = currentWhen();
    const std::string pointer = when ? conditionPointer(*when, path) : std::string();
    if (!replaceCondition(when, path, c))
        return;
    const QString key = mergePart.isEmpty() ? QString()
                                            : mSegment + QLatin1Char('|') + QString::fromStdString(pointer) + QLatin1Char('|') + mergePart;
    apply(when, tr("Edit condition"), key, rebuild);
}

void ConditionEditor::removeAt(const ConditionPath& path)
{
    std::optional<Condition> when = currentWhen();
    if (removeCondition(when, path))
        apply(when, tr("Remove condition"));
}

void ConditionEditor::wrapAt(const ConditionPath& path, Condition::Kind kind)
{
    std::optional<Condition> when = currentWhen();
    if (wrapCondition(when, path, kind))
        apply(when, tr("Wrap in group"));
}

void ConditionEditor::ungroupAt(const ConditionPath& path)
{
    std::optional<Condition> when = currentWhen();
    if (ungroupCondition(when, path))
        apply(when, tr("Ungroup"));
}

void ConditionEditor::setGroupKind(const ConditionPath& path, Condition::Kind kind)
{
    std::optional<Condition> when = currentWhen();
    const Condition* node = when ? conditionAt(*when, path) : nullptr;
    if (!node || node->kind == kind)
        return;
    Condition changed = *node;
    if (kind == Condition::Kind::Not && changed.children.size() != 1) {
        // "not" holds one condition: negate the group as it was.
        Condition inner = changed;
        changed = Condition{};
        changed.kind = Condition::Kind::Not;
        changed.children.push_back(std::move(inner));
    } else {
        changed.kind = kind;
    }
    replaceCondition(when, path, std::move(changed));
    apply(when, tr("Change group"));
}

void ConditionEditor::addLeafAt(const ConditionPath& groupPath, const std::string& field)
{
    std::optional<Condition> when = currentWhen();
    if (insertCondition(when, groupPath, -1, firstFieldLeaf(field)))
        apply(when, tr("Add condition"));
}

bool ConditionEditor::ensureRootGroup(std::optional<Condition>& when) const
{
    if (mSegment.isEmpty() || !mDocument->segment(mSegment.toStdString()))
        return false;
    if (!when)
        when = Condition{}; // an empty "all" group
    else if (when->kind != Condition::Kind::All && when->kind != Condition::Kind::Any)
        wrapCondition(when, {}, Condition::Kind::All);
    return true;
}

Condition ConditionEditor::firstFieldLeaf(const std::string& field)
{
    std::string name = field;
    if (name.empty())
        for (const CatalogField& f : mCatalog.fields())
            if (!f.missing) {
                name = f.name;
                break;
            }
    const auto f = mCatalog.field(name);
    return ConditionLeafWidget::defaultLeaf(name, f ? f->type : FieldType::Text, mCatalog.profile(name));
}

void ConditionEditor::addConditionOnField(const std::string& field)
{
    // One undo step: the root group (when needed) and the new condition together.
    std::optional<Condition> when = currentWhen();
    if (!ensureRootGroup(when))
        return;
    insertCondition(when, {}, -1, firstFieldLeaf(field));
    apply(when, tr("Add condition"));
}

void ConditionEditor::addSegmentRefAt(const ConditionPath& groupPath)
{
    const auto choices = segmentChoices();
    Condition ref;
    ref.kind = Condition::Kind::SegmentRef;
    ref.segment = choices.empty() ? std::string() : choices.front().first;
    std::optional<Condition> when = currentWhen();
    if (insertCondition(when, groupPath, -1, ref))
        apply(when, tr("Add segment condition"));
}

void ConditionEditor::addGroupAt(const ConditionPath& groupPath)
{
    Condition group;
    group.kind = Condition::Kind::Any;
    group.children.push_back(firstFieldLeaf({}));
    std::optional<Condition> when = currentWhen();
    if (insertCondition(when, groupPath, -1, group))
        apply(when, tr("Add group"));
}

bool ConditionEditor::setValueAt(const QString& segmentId, const QString& pointer, double value)
{
    const Segment* s = mDocument->segment(segmentId.toStdString());
    if (!s || !s->when)
        return false;
    Condition when = *s->when;
    Condition* node = &when;
    const QStringList tokens = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    int i = 0;
    // Walk the groups down to the leaf, then to the number inside its value.
    while (i < tokens.size() && tokens[i] != QLatin1String("value")) {
        const QString& t = tokens[i];
        if (t == QLatin1String("not") && node->kind == Condition::Kind::Not && node->children.size() == 1) {
            node = &node->children.front();
            ++i;
            continue;
        }
        bool ok = false;
        const int index = i + 1 < tokens.size() ? tokens[i + 1].toInt(&ok) : -1;
        const bool kindMatches = (t == QLatin1String("all") && node->kind == Condition::Kind::All)
            || (t == QLatin1String("any") && node->kind == Condition::Kind::Any);
        if (!kindMatches || !ok || index < 0 || size_t(index) >= node->children.size())
            return false;
        node = &node->children[size_t(index)];
        i += 2;
    }
    if (i >= tokens.size() || node->kind != Condition::Kind::Leaf)
        return false;
    nlohmann::json* target = &node->value;
    if (i + 1 < tokens.size()) {
        bool ok = false;
        const int index = tokens[i + 1].toInt(&ok);
        if (!ok || !target->is_array() || index < 0 || size_t(index) >= target->size())
            return false;
        target = &(*target)[size_t(index)];
    }
    if (!target->is_number())
        return false;
    *target = std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15 ? nlohmann::json(int64_t(value))
                                                                                          : nlohmann::json(value);
    const std::string id = segmentId.toStdString();
    mDocument->push(new SetConditionCommand(mDocument, id, when, mDocument->rules().fields, tr("Edit condition"),
                                            segmentId + QLatin1Char('|') + pointer + QStringLiteral("|chart")));
    return true;
}

void ConditionEditor::moveStep(const ConditionPath& path, int direction)
{
    if (path.empty())
        return;
    std::optional<Condition> when = currentWhen();
    if (!when)
        return;
    const ConditionPath group(path.begin(), path.end() - 1);
    const Condition* parent = conditionAt(*when, group);
    if (!parent)
        return;
    const int index = path.back();
    const int count = int(parent->children.size());
    ConditionPath target;
    bool moved = false;
    if (direction < 0 && index > 0) {
        moved = moveCondition(when, path, group, index - 1);
        target = group;
        target.push_back(index - 1);
    } else if (direction > 0 && index + 1 < count) {
        moved = moveCondition(when, path, group, index + 2); // positions count before the move
        target = group;
        target.push_back(index + 1);
    } else if (!group.empty()) {
        // At an edge: out of the group, just before or after it in the group around it.
        const ConditionPath outer(group.begin(), group.end() - 1);
        const int groupIndex = group.back();
        moved = moveCondition(when, path, outer, direction < 0 ? groupIndex : groupIndex + 1);
        target = outer;
        target.push_back(direction < 0 ? groupIndex : groupIndex + 1);
    }
    if (!moved)
        return;
    apply(when, tr("Move condition"));
    focusGrip(target);
}

void ConditionEditor::focusGrip(const ConditionPath& path)
{
    if (!mContent)
        return;
    for (ConditionDragHandle* grip : mContent->findChildren<ConditionDragHandle*>())
        if (grip->path() == path) {
            grip->setFocus(Qt::OtherFocusReason);
            return;
        }
}

void ConditionEditor::moveTo(const ConditionPath& from, const ConditionPath& toGroup, int index)
{
    std::optional<Condition> when = currentWhen();
    if (moveCondition(when, from, toGroup, index))
        apply(when, tr("Move condition"));
}

} // namespace sd
