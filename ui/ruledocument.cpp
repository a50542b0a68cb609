// The rule document: the rule set, its undo stack, files and workspace versions.
#include "ruledocument.h"

#include "workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUndoStack>

#include <algorithm>
#include <functional>

namespace sd {

namespace {

Segment* findSegment(Segment& s, const std::string& id)
{
    if (s.id == id)
        return &s;
    for (Segment& c : s.children)
        if (Segment* f = findSegment(c, id))
            return f;
    return nullptr;
}

Segment* findParent(Segment& s, const std::string& id)
{
    for (Segment& c : s.children) {
        if (c.id == id)
            return &s;
        if (Segment* f = findParent(c, id))
            return f;
    }
    return nullptr;
}

std::string slug(const std::string& name)
{
    std::string out;
    for (unsigned char ch : name) {
        if (std::isalnum(ch) && ch < 128)
            out += char(std::tolower(ch));
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? std::string("segment") : out;
}

} // namespace

RuleDocument::RuleDocument(QObject* parent)
    : QObject(parent)
    , mUndoStack(new QUndoStack(this))
{
    mRules.name = tr("Untitled rule set").toStdString();
    mErrors = validateRuleSet(mRules);
    connect(mUndoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

RuleDocument::~RuleDocument() = default;

void RuleDocument::push(QUndoCommand* command)
{
    mUndoStack->push(command);
}

void RuleDocument::load(RuleSet rules, const QString& filePath)
{
    const bool wasModified = isModified();
    mUndoStack->clear();
    mRules = std::move(rules);
    mFilePath = filePath;
    mErrors = validateRuleSet(mRules);
    emit reset();
    emit structureChanged();
    emit rulesChanged();
    emit filePathChanged(mFilePath);
    if (wasModified)
        emit modifiedChanged(false);
}

bool RuleDocument::loadFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    const RuleFileResult result = parseRuleFile(file.readAll());
    if (!result.ok) {
        QStringList lines;
        for (const RuleFileError& e : result.errors)
            lines << formatRuleFileError(e);
        *error = tr("%1 is not a valid rule file:\n%2").arg(path, lines.join(QLatin1Char('\n')));
        return false;
    }
    load(result.rules, QFileInfo(path).absoluteFilePath());
    return true;
}

bool RuleDocument::loadTemplate(Template which, QString* error)
{
    if (which == Template::EmptyTree) {
        RuleSet rules;
        rules.name = tr("Untitled rule set").toStdString();
        rules.root.mode = ChildMode::Exclusive;
        rules.root.hasMode = true;
        load(rules);
        return true;
    }
    QFile file(QStringLiteral(":/templates/b2b-tiers.rules.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The B2B tiers template is missing from this build.");
        return false;
    }
    const RuleFileResult result = parseRuleFile(file.readAll());
    if (!result.ok) {
        *error = tr("The B2B tiers template does not parse: %1").arg(formatRuleFileError(result.errors.front()));
        return false;
    }
    load(result.rules);
    return true;
}

bool RuleDocument::saveFile(const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(serializeRuleFile(mRules)) < 0 || !file.commit()) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    mFilePath = QFileInfo(path).absoluteFilePath();
    emit filePathChanged(mFilePath);
    mUndoStack->setClean();
    return true;
}

qint64 RuleDocument::saveToWorkspace(Workspace& workspace, const QString& comment, QString* error)
{
    QString author = qEnvironmentVariable("USER");
    if (author.isEmpty())
        author = qEnvironmentVariable("USERNAME");
    const qint64 id = workspace.saveRuleSetVersion(QString::fromStdString(mRules.name), serializeRuleFile(mRules),
                                                   author, comment, error);
    if (id > 0)
        mUndoStack->setClean();
    return id;
}

bool RuleDocument::loadFromWorkspace(const Workspace& workspace, const QString& name, QString* error)
{
    const QByteArray content = workspace.latestRuleSet(name);
    if (content.isEmpty()) {
        *error = tr("The workspace has no rule set named “%1”.").arg(name);
        return false;
    }
    const RuleFileResult result = parseRuleFile(content);
    if (!result.ok) {
        *error = tr("The stored rule set “%1” does not parse: %2").arg(name, formatRuleFileError(result.errors.front()));
        return false;
    }
    load(result.rules);
    return true;
}

QString RuleDocument::displayName() const
{
    return QString::fromStdString(mRules.name);
}

bool RuleDocument::isModified() const
{
    return !mUndoStack->isClean();
}

const Segment* RuleDocument::segment(const std::string& id) const
{
    return findSegment(const_cast<Segment&>(mRules.root), id);
}

const Segment* RuleDocument::parentOf(const std::string& id) const
{
    if (id.empty())
        return nullptr;
    return findParent(const_cast<Segment&>(mRules.root), id);
}

int RuleDocument::indexInParent(const std::string& id) const
{
    const Segment* p = parentOf(id);
    if (!p)
        return -1;
    for (size_t i = 0; i < p->children.size(); ++i)
        if (p->children[i].id == id)
            return int(i);
    return -1;
}

bool RuleDocument::isDescendant(const std::string& id, const std::string& ancestorId) const
{
    if (ancestorId.empty())
        return true;
    for (const Segment* p = parentOf(id); p; p = parentOf(p->id)) {
        if (p->id == ancestorId)
            return true;
        if (p->id.empty())
            break;
    }
    return false;
}

std::string RuleDocument::segmentPointer(const std::string& id) const
{
    std::string pointer;
    for (std::string cur = id; !cur.empty();) {
        const Segment* p = parentOf(cur);
        if (!p)
            return {};
        pointer = "/children/" + std::to_string(indexInParent(cur)) + pointer;
        cur = p->id;
    }
    return "/segments" + pointer;
}

std::string RuleDocument::uniqueSegmentId(const std::string& name) const
{
    const std::string base = slug(name);
    std::string id = base;
    for (int n = 2; segment(id); ++n)
        id = base + "-" + std::to_string(n);
    return id;
}

std::vector<std::string> RuleDocument::segmentIds() const
{
    std::vector<std::string> out;
    std::function<void(const Segment&)> walk = [&](const Segment& s) {
        for (const Segment& c : s.children) {
            out.push_back(c.id);
            walk(c);
        }
    };
    walk(mRules.root);
    return out;
}

Segment* RuleDocument::mutableSegment(const std::string& id)
{
    return findSegment(mRules.root, id);
}

void RuleDocument::insertSegment(const std::string& parentId, int index, Segment segment)
{
    Segment* parent = mutableSegment(parentId);
    Q_ASSERT(parent);
    index = std::clamp(index, 0, int(parent->children.size()));
    parent->children.insert(parent->children.begin() + index, std::move(segment));
    emit structureChanged();
    changed();
}

Segment RuleDocument::takeSegment(const std::string& id)
{
    Segment* parent = findParent(mRules.root, id);
    Q_ASSERT(parent);
    const int index = indexInParent(id);
    Segment s = std::move(parent->children[size_t(index)]);
    parent->children.erase(parent->children.begin() + index);
    emit structureChanged();
    changed();
    return s;
}

void RuleDocument::setCondition(const std::string& id, const std::optional<Condition>& when)
{
    if (Segment* s = mutableSegment(id)) {
        s->when = when;
        emit conditionChanged(QString::fromStdString(id));
        changed();
    }
}

void RuleDocument::setFields(const std::vector<std::pair<std::string, FieldType>>& fields)
{
    if (mRules.fields == fields)
        return;
    mRules.fields = fields;
    changed();
}

void RuleDocument::setSegmentName(const std::string& id, const std::string& name)
{
    if (Segment* s = mutableSegment(id)) {
        s->name = name;
        emit segmentChanged(QString::fromStdString(id));
        changed();
    }
}

void RuleDocument::setAttributes(const std::string& id, const std::vector<std::pair<std::string, std::string>>& attributes)
{
    if (Segment* s = mutableSegment(id)) {
        s->attributes = attributes;
        emit segmentChanged(QString::fromStdString(id));
        changed();
    }
}

void RuleDocument::setChildMode(const std::string& parentId, ChildMode mode, bool hasMode)
{
    if (Segment* s = mutableSegment(parentId)) {
        s->mode = mode;
        s->hasMode = hasMode;
        // The remainder row appears or disappears with the mode.
        emit structureChanged();
        emit segmentChanged(QString::fromStdString(parentId));
        changed();
    }
}

void RuleDocument::setHoldout(const std::string& id, std::optional<double> holdout)
{
    if (Segment* s = mutableSegment(id)) {
        s->holdout = holdout;
        emit segmentChanged(QString::fromStdString(id));
        changed();
    }
}

void RuleDocument::replaceRules(RuleSet rules)
{
    mRules = std::move(rules);
    mErrors = validateRuleSet(mRules);
    emit reset();
    emit structureChanged();
    emit rulesChanged();
}

void RuleDocument::setScore(int index, Score score)
{
    if (index < 0 || size_t(index) >= mRules.scores.size())
        return;
    mRules.scores[size_t(index)] = std::move(score);
    emit scoresChanged(index);
    changed();
}

void RuleDocument::insertScore(int index, Score score)
{
    index = std::clamp(index, 0, int(mRules.scores.size()));
    mRules.scores.insert(mRules.scores.begin() + index, std::move(score));
    emit scoresChanged(-1);
    changed();
}

Score RuleDocument::takeScore(int index)
{
    if (index < 0 || size_t(index) >= mRules.scores.size())
        return {};
    Score out = std::move(mRules.scores[size_t(index)]);
    mRules.scores.erase(mRules.scores.begin() + index);
    emit scoresChanged(-1);
    changed();
    return out;
}

std::string RuleDocument::uniqueScoreId(const std::string& wanted) const
{
    std::string base = slug(wanted.empty() ? std::string("score") : wanted);
    if (base == "segment")
        base = "score";
    const auto taken = [this](const std::string& id) {
        return mRules.score(id) || mRules.fieldType(id) || (segment(id) && !id.empty());
    };
    std::string id = base;
    for (int n = 2; taken(id); ++n)
        id = base + "-" + std::to_string(n);
    return id;
}

void RuleDocument::changed()
{
    mErrors = validateRuleSet(mRules);
    emit rulesChanged();
}

} // namespace sd
