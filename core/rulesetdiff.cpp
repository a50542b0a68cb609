// Rule set differences for the version history.
#include "rulesetdiff.h"

#include "evaluator.h"

#include <QCoreApplication>
#include <QLocale>

#include <functional>

namespace sd {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

struct Placed
{
    const Segment* node = nullptr;
    std::string parent;   // parent id, "" for the top level
    size_t index = 0;     // position among its siblings
    std::string path;     // names joined by " > "
};

std::map<std::string, Placed> placeSegments(const Segment& root)
{
    std::map<std::string, Placed> out;
    std::function<void(const Segment&, const std::string&)> walk = [&](const Segment& s, const std::string& prefix) {
        for (size_t i = 0; i < s.children.size(); ++i) {
            const Segment& c = s.children[i];
            Placed p;
            p.node = &c;
            p.parent = s.id;
            p.index = i;
            p.path = prefix.empty() ? c.name : prefix + " > " + c.name;
            out.emplace(c.id, p);
            walk(c, p.path);
        }
    };
    walk(root, std::string());
    return out;
}

QString modeText(ChildMode m)
{
    return m == ChildMode::Exclusive ? QCoreApplication::translate("sd::RuleSetDiff", "exclusive") : QCoreApplication::translate("sd::RuleSetDiff", "overlapping");
}

QString attributesText(const std::vector<std::pair<std::string, std::string>>& attrs)
{
    if (attrs.empty())
        return QCoreApplication::translate("sd::RuleSetDiff", "(none)");
    QStringList parts;
    for (const auto& [k, v] : attrs)
        parts << QStringLiteral("%1=%2").arg(q(k), q(v));
    return parts.join(QStringLiteral(", "));
}

QString sizeMove(const RuleSetDiffSizes& sizes, const std::string& id)
{
    auto b = sizes.before.find(id), a = sizes.after.find(id);
    if (b == sizes.before.end() || a == sizes.after.end())
        return {};
    const QLocale locale;
    const long long delta = (long long)(a->second) - (long long)(b->second);
    return QCoreApplication::translate("sd::RuleSetDiff", "size %1 → %2 (%3)")
        .arg(locale.toString(qulonglong(b->second)), locale.toString(qulonglong(a->second)),
             (delta > 0 ? QStringLiteral("+") : QString()) + locale.toString(delta));
}

} // namespace

std::string conditionText(const Condition& c)
{
    switch (c.kind) {
    case Condition::Kind::All:
    case Condition::Kind::Any: {
        if (c.children.empty())
            return c.kind == Condition::Kind::All ? "(always)" : "(never)";
        std::string s = "(";
        for (size_t i = 0; i < c.children.size(); ++i) {
            if (i)
                s += c.kind == Condition::Kind::All ? " and " : " or ";
            s += conditionText(c.children[i]);
        }
        return s + ")";
    }
    case Condition::Kind::Not:
        return "not " + (c.children.empty() ? std::string("()") : conditionText(c.children.front()));
    case Condition::Kind::Leaf:
    case Condition::Kind::SegmentRef:
        return conditionLabel(c);
    }
    return {};
}

QStringList diffRuleSets(const RuleSet& before, const RuleSet& after, const RuleSetDiffSizes& sizes)
{
    QStringList lines;
    if (before.name != after.name)
        lines << QCoreApplication::translate("sd::RuleSetDiff", "Rule set renamed: “%1” → “%2”")
                     .arg(q(before.name), q(after.name));

    std::map<std::string, FieldType> fb(before.fields.begin(), before.fields.end());
    std::map<std::string, FieldType> fa(after.fields.begin(), after.fields.end());
    for (const auto& [name, type] : fa) {
        auto it = fb.find(name);
        if (it == fb.end())
            lines << QCoreApplication::translate("sd::RuleSetDiff", "Field added: %1 (%2)")
                         .arg(q(name), fieldTypeName(type));
        else if (it->second != type)
            lines << QCoreApplication::translate("sd::RuleSetDiff", "Field %1: type %2 → %3")
                         .arg(q(name), fieldTypeName(it->second), fieldTypeName(type));
    }
    for (const auto& [name, type] : fb)
        if (!fa.count(name))
            lines << QCoreApplication::translate("sd::RuleSetDiff", "Field removed: %1").arg(q(name));

    if (before.outcome != after.outcome)
        lines << QCoreApplication::translate("sd::RuleSetDiff", "Outcome: %1 → %2")
                     .arg(before.outcome ? q(conditionText(*before.outcome)) : QCoreApplication::translate("sd::RuleSetDiff", "(none)"),
                          after.outcome ? q(conditionText(*after.outcome)) : QCoreApplication::translate("sd::RuleSetDiff", "(none)"));

    for (const Score& s : after.scores) {
        const Score* old = before.score(s.id);
        if (!old)
            lines << QCoreApplication::translate("sd::RuleSetDiff", "Score added: %1").arg(q(s.id));
        else if (!(*old == s))
            lines << QCoreApplication::translate("sd::RuleSetDiff", "Score changed: %1").arg(q(s.id));
    }
    for (const Score& s : before.scores)
        if (!after.score(s.id))
            lines << QCoreApplication::translate("sd::RuleSetDiff", "Score removed: %1").arg(q(s.id));

    if (before.root.mode != after.root.mode)
        lines << QCoreApplication::translate("sd::RuleSetDiff", "Top level: %1 → %2")
                     .arg(modeText(before.root.mode), modeText(after.root.mode));

    const std::map<std::string, Placed> pb = placeSegments(before.root), pa = placeSegments(after.root);
    // Walk the new version in pre-order so the lines follow the tree the user sees.
    std::function<void(const Segment&)> walk = [&](const Segment& parent) {
        for (const Segment& s : parent.children) {
            const Placed& now = pa.at(s.id);
            auto old = pb.find(s.id);
            if (old == pb.end()) {
                QString line = QCoreApplication::translate("sd::RuleSetDiff", "Segment added: %1").arg(q(now.path));
                if (auto it = sizes.after.find(s.id); it != sizes.after.end())
                    line += QCoreApplication::translate("sd::RuleSetDiff", " — size %1")
                                .arg(QLocale().toString(qulonglong(it->second)));
                lines << line;
            } else {
                const Segment& o = *old->second.node;
                QStringList changes;
                if (o.name != s.name)
                    changes << QCoreApplication::translate("sd::RuleSetDiff", "renamed from “%1”").arg(q(o.name));
                if (old->second.parent != now.parent)
                    changes << QCoreApplication::translate("sd::RuleSetDiff", "moved under %1")
                                   .arg(now.parent.empty() ? QCoreApplication::translate("sd::RuleSetDiff", "the top level") : q(pa.at(now.parent).path));
                else if (old->second.index != now.index)
                    changes << QCoreApplication::translate("sd::RuleSetDiff", "position %1 → %2")
                                   .arg(old->second.index + 1).arg(now.index + 1);
                if (o.when != s.when)
                    changes << QCoreApplication::translate("sd::RuleSetDiff", "condition %1 → %2")
                                   .arg(o.when ? q(conditionText(*o.when)) : QCoreApplication::translate("sd::RuleSetDiff", "(all of its parent)"),
                                        s.when ? q(conditionText(*s.when)) : QCoreApplication::translate("sd::RuleSetDiff", "(all of its parent)"));
                if (o.mode != s.mode && !s.children.empty())
                    changes << QCoreApplication::translate("sd::RuleSetDiff", "children %1 → %2")
                                   .arg(modeText(o.mode), modeText(s.mode));
                if (o.attributes != s.attributes)
                    changes << QCoreApplication::translate("sd::RuleSetDiff", "attributes %1 → %2")
                                   .arg(attributesText(o.attributes), attributesText(s.attributes));
                if (o.holdout != s.holdout)
                    changes << QCoreApplication::translate("sd::RuleSetDiff", "holdout %1 → %2")
                                   .arg(o.holdout ? QString::number(*o.holdout) + QLatin1Char('%') : QCoreApplication::translate("sd::RuleSetDiff", "none"),
                                        s.holdout ? QString::number(*s.holdout) + QLatin1Char('%') : QCoreApplication::translate("sd::RuleSetDiff", "none"));
                const QString moved = sizeMove(sizes, s.id);
                if (!changes.isEmpty() || (!moved.isEmpty() && sizes.before.at(s.id) != sizes.after.at(s.id))) {
                    if (!moved.isEmpty())
                        changes << moved;
                    lines << QCoreApplication::translate("sd::RuleSetDiff", "Segment %1: %2")
                                 .arg(q(now.path), changes.join(QStringLiteral("; ")));
                }
            }
            walk(s);
        }
    };
    walk(after.root);
    for (const auto& [id, placed] : pb)
        if (!pa.count(id)) {
            QString line = QCoreApplication::translate("sd::RuleSetDiff", "Segment removed: %1").arg(q(placed.path));
            if (auto it = sizes.before.find(id); it != sizes.before.end())
                line += QCoreApplication::translate("sd::RuleSetDiff", " — had %1")
                            .arg(QLocale().toString(qulonglong(it->second)));
            lines << line;
        }
    return lines;
}

} // namespace sd
