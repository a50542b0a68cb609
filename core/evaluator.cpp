// Rule evaluation into bitmaps: conditions and segments (cached per leaf), scores, funnels and
// explanations. The leaves themselves are computed in leafevaluation.cpp.
#include "evaluator.h"

#include "scankernels.h"
#include "valueparsing.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <cmath>
#include <functional>

namespace sd {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

using scan::forWordRanges;

} // namespace

uint32_t holdoutBucket(std::string_view leadKey, std::string_view segmentId)
{
    // FNV-1a 64 over key, a separator and the segment id, then a final mix so that nearby keys spread.
    uint64_t h = 1469598103934665603ULL;
    auto feed = [&](std::string_view s) {
        for (unsigned char c : s) {
            h ^= c;
            h *= 1099511628211ULL;
        }
    };
    feed(leadKey);
    feed(std::string_view("\x1f", 1));
    feed(segmentId);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return uint32_t(h % 10000);
}

int64_t todayDays()
{
    const QDate d = QDate::currentDate();
    return daysFromCivil(Ymd{d.year(), d.month(), d.day()});
}

Evaluator::Evaluator(const ColumnTable& table)
    : mTable(table), mAsOf(todayDays())
{
}

void Evaluator::setAsOf(int64_t days)
{
    mAsOf = days;
}

void Evaluator::clearCache()
{
    mLeafCache.clear();
    mScores.clear();
}

const std::vector<double>* Evaluator::scoreValues(const std::string& id) const
{
    auto it = mScores.find(id);
    return it == mScores.end() ? nullptr : &it->second.column.numbers;
}

const Column* Evaluator::resolveColumn(const std::string& name, std::string* cacheSuffix, QString* error)
{
    auto key = mScoreKeys.find(name);
    if (key != mScoreKeys.end()) {
        auto it = mScores.find(name);
        if (it != mScores.end() && it->second.key == key->second) {
            *cacheSuffix = "|score:" + key->second;
            return &it->second.column;
        }
    }
    if (const Column* c = mTable.column(name)) {
        cacheSuffix->clear();
        return c;
    }
    if (error)
        *error = QCoreApplication::translate("sd::Evaluator", "unknown field \"%1\"").arg(q(name));
    return nullptr;
}

bool Evaluator::evaluateCondition(const Condition& c, Bitmap* out, QString* error)
{
    const size_t n = mTable.rowCount();
    switch (c.kind) {
    case Condition::Kind::All: {
        Bitmap acc(n, true);
        for (const Condition& child : c.children) {
            Bitmap b;
            if (!evaluateCondition(child, &b, error))
                return false;
            acc &= b;
        }
        *out = std::move(acc);
        return true;
    }
    case Condition::Kind::Any: {
        Bitmap acc(n, false);
        for (const Condition& child : c.children) {
            Bitmap b;
            if (!evaluateCondition(child, &b, error))
                return false;
            acc |= b;
        }
        *out = std::move(acc);
        return true;
    }
    case Condition::Kind::Not: {
        if (c.children.size() != 1) {
            if (error)
                *error = QCoreApplication::translate("sd::Evaluator", "\"not\" needs exactly one condition");
            return false;
        }
        if (!evaluateCondition(c.children.front(), out, error))
            return false;
        out->invert();
        return true;
    }
    case Condition::Kind::SegmentRef:
        return segmentSet(c.segment, out, error);
    case Condition::Kind::Leaf:
        return leafBitmap(c, out, error);
    }
    return false;
}

bool Evaluator::leafBitmap(const Condition& leaf, Bitmap* out, QString* error)
{
    std::string suffix;
    const Column* col = resolveColumn(leaf.field, &suffix, error);
    if (!col)
        return false;
    std::string key = leaf.field;
    key += '\x1f';
    key += opName(leaf.op);
    key += '\x1f';
    key += leaf.value.dump();
    key += leaf.ignoreCase ? "\x1fi" : "";
    key += suffix;
    if (leaf.op == Op::WithinLastDays || leaf.op == Op::NotWithinLastDays)
        key += "|asof:" + std::to_string(mAsOf);
    auto it = mLeafCache.find(key);
    if (it != mLeafCache.end()) {
        *out = it->second;
        return true;
    }
    QString err;
    Bitmap b = evalLeafUncached(*col, leaf, &err);
    if (!err.isEmpty()) {
        if (error)
            *error = err;
        return false;
    }
    mLeafCache.emplace(std::move(key), b);
    *out = std::move(b);
    return true;
}


bool Evaluator::computeScores(const RuleSet& rules, QString* error)
{
    const size_t n = mTable.rowCount();
    std::string prefix = "asof:" + std::to_string(mAsOf);
    mScoreKeys.clear();
    for (const Score& s : rules.scores) {
        // The key holds every earlier score too, since a score may read them.
        nlohmann::json def = nlohmann::json::array();
        for (const ScoreRule& r : s.rules) {
            nlohmann::json j;
            j["per"] = r.per;
            j["points"] = r.points;
            j["cap"] = r.cap ? nlohmann::json(*r.cap) : nlohmann::json();
            j["when"] = r.when ? nlohmann::json(conditionLabel(*r.when)) : nlohmann::json();
            def.push_back(j);
        }
        // Conditions are keyed by their full structure, not only their label.
        std::string whenKeys;
        bool readsSegments = false;
        std::function<void(const Condition&, std::string&)> walk = [&](const Condition& c, std::string& key) {
            key += std::to_string(int(c.kind)) + c.field + opName(c.op) + c.value.dump() + (c.ignoreCase ? "i" : "") + c.segment + "(";
            readsSegments = readsSegments || c.kind == Condition::Kind::SegmentRef;
            for (const Condition& ch : c.children)
                walk(ch, key);
            key += ")";
        };
        for (const ScoreRule& r : s.rules)
            if (r.when)
                walk(*r.when, whenKeys);
        if (readsSegments) {
            // Membership depends on the whole tree: its definition is part of the key.
            std::function<void(const Segment&)> walkTree = [&](const Segment& seg) {
                whenKeys += "[" + seg.id + (seg.mode == ChildMode::Exclusive ? "x" : "o");
                if (seg.when)
                    walk(*seg.when, whenKeys);
                for (const Segment& c : seg.children)
                    walkTree(c);
                whenKeys += "]";
            };
            walkTree(rules.root);
        }
        prefix += "|" + s.id + ":" + def.dump() + whenKeys + (s.min ? formatNumber(*s.min) : "") + "," + (s.max ? formatNumber(*s.max) : "");
        mScoreKeys[s.id] = prefix;
        auto it = mScores.find(s.id);
        if (it != mScores.end() && it->second.key == prefix)
            continue;
        // All rules of the score in one pass over the rows, 64 at a time, so the totals are
        // written once and each block's partial sums stay in L1.
        struct RulePlan
        {
            const double* per = nullptr;
            const uint64_t* perPresent = nullptr;
            const uint64_t* when = nullptr;
            double points = 0, cap = INFINITY;
        };
        std::vector<RulePlan> plans;
        std::vector<Bitmap> whenBitmaps(s.rules.size());
        for (size_t k = 0; k < s.rules.size(); ++k) {
            const ScoreRule& r = s.rules[k];
            RulePlan plan;
            plan.points = r.points;
            plan.cap = r.cap ? *r.cap : INFINITY;
            if (!r.per.empty()) {
                std::string suffix;
                const Column* perCol = resolveColumn(r.per, &suffix, error);
                if (!perCol)
                    return false;
                if (perCol->type != FieldType::Number) {
                    if (error)
                        *error = QCoreApplication::translate("sd::Evaluator", "score %1: \"per\" field %2 is not a number")
                                     .arg(q(s.id), q(r.per));
                    return false;
                }
                plan.per = perCol->numbers.data();
                plan.perPresent = perCol->present.words();
            }
            if (r.when) {
                if (!evaluateCondition(*r.when, &whenBitmaps[k], error))
                    return false;
                plan.when = whenBitmaps[k].words();
            }
            plans.push_back(plan);
        }
        const double lo = s.min ? *s.min : -INFINITY, hi = s.max ? *s.max : INFINITY;
        std::vector<double> total(n);
        forWordRanges(n, [&](size_t firstWord, size_t endWord) {
        double acc[64];
        for (size_t w = firstWord; w < endWord; ++w) {
            const size_t base = w * 64;
            const size_t m = std::min<size_t>(64, n - base);
            std::fill(acc, acc + 64, 0.0);
            for (const RulePlan& r : plans) {
                const uint64_t whenBits = r.when ? r.when[w] : ~uint64_t(0);
                // An empty `per` cell counts 0; `when` gates.
                const uint64_t bits = r.per ? whenBits & r.perPresent[w] : whenBits;
                scan::addPoints(acc, bits, r.per ? r.per + base : nullptr, r.points, r.cap, m);
            }
            for (size_t j = 0; j < m; ++j)
                total[base + j] = std::clamp(acc[j], lo, hi);
        }
        });
        ScoreState st;
        st.key = prefix;
        st.column.name = s.id;
        st.column.type = FieldType::Number;
        st.column.numbers = std::move(total);
        st.column.present = Bitmap(n, true);
        mScores[s.id] = std::move(st);
    }
    return true;
}

bool Evaluator::whenSet(const Segment& s, Bitmap* out, QString* error)
{
    auto it = mWhen.find(s.id);
    if (it != mWhen.end()) {
        *out = it->second;
        return true;
    }
    Bitmap b(mTable.rowCount(), true);
    if (s.when && !evaluateCondition(*s.when, &b, error))
        return false;
    mWhen[s.id] = b;
    *out = std::move(b);
    return true;
}

bool Evaluator::segmentSet(const std::string& id, Bitmap* out, QString* error)
{
    auto it = mMembers.find(id);
    if (it != mMembers.end()) {
        *out = it->second;
        return true;
    }
    auto node = mNodes.find(id);
    if (node == mNodes.end()) {
        if (error)
            *error = QCoreApplication::translate("sd::Evaluator", "unknown segment \"%1\"").arg(q(id));
        return false;
    }
    if (std::find(mInProgress.begin(), mInProgress.end(), id) != mInProgress.end()) {
        if (error)
            *error = QCoreApplication::translate("sd::Evaluator", "segment \"%1\" depends on itself").arg(q(id));
        return false;
    }
    mInProgress.push_back(id);
    const Segment* parent = mParents[id];
    Bitmap base(mTable.rowCount(), true);
    bool ok = true;
    if (parent != &mRules->root)
        ok = segmentSet(parent->id, &base, error);
    if (ok && parent->mode == ChildMode::Exclusive) {
        for (const Segment& sib : parent->children) {
            if (sib.id == id)
                break;
            Bitmap w;
            if (!whenSet(sib, &w, error)) {
                ok = false;
                break;
            }
            base.andNot(w);
        }
    }
    Bitmap w;
    if (ok && !whenSet(*node->second, &w, error))
        ok = false;
    mInProgress.pop_back();
    if (!ok)
        return false;
    base &= w;
    mMembers[id] = base;
    *out = std::move(base);
    return true;
}

bool Evaluator::evaluate(const RuleSet& rules, std::vector<SegmentMembers>* out, QString* error)
{
    mRules = &rules;
    mNodes.clear();
    mParents.clear();
    mMembers.clear();
    mWhen.clear();
    mInProgress.clear();
    mOutcome.reset();
    std::function<void(const Segment&)> index = [&](const Segment& s) {
        for (const Segment& c : s.children) {
            mNodes[c.id] = &c;
            mParents[c.id] = &s;
            index(c);
        }
    };
    index(rules.root);
    if (!computeScores(rules, error))
        return false;
    if (rules.outcome) {
        Bitmap o;
        if (!evaluateCondition(*rules.outcome, &o, error))
            return false;
        mOutcome = std::move(o);
    }
    out->clear();
    const size_t n = mTable.rowCount();
    std::function<bool(const Segment&, int, int, std::string, std::string, const Bitmap&)> walk =
        [&](const Segment& parent, int parentIndex, int depth, std::string pathPrefix,
            std::string namePrefix, const Bitmap& parentSet) {
            Bitmap remaining = parentSet;
            for (const Segment& child : parent.children) {
                Bitmap members;
                if (!segmentSet(child.id, &members, error))
                    return false;
                if (parent.mode == ChildMode::Exclusive) {
                    Bitmap w;
                    if (!whenSet(child, &w, error))
                        return false;
                    remaining.andNot(w);
                }
                SegmentMembers m;
                m.id = child.id;
                m.path = pathPrefix.empty() ? child.id : pathPrefix + "/" + child.id;
                m.name = child.name;
                m.namePath = namePrefix.empty() ? child.name : namePrefix + " > " + child.name;
                m.parent = parentIndex;
                m.depth = depth;
                m.leaf = child.children.empty();
                m.node = &child;
                if (child.holdout) {
                    const uint32_t threshold = uint32_t(std::llround(*child.holdout * 100));
                    Bitmap h(n);
                    members.forEach([&](size_t row) {
                        if (holdoutBucket(mTable.keyText(row), child.id) < threshold)
                            h.set(row);
                    });
                    m.holdout = std::move(h);
                }
                m.members = members;
                out->push_back(std::move(m));
                const int me = int(out->size()) - 1;
                if (!child.children.empty()
                    && !walk(child, me, depth + 1, (*out)[size_t(me)].path, (*out)[size_t(me)].namePath, members))
                    return false;
            }
            if (parent.mode == ChildMode::Exclusive && !parent.children.empty()) {
                SegmentMembers r;
                r.id = parentIndex < 0 ? "~" : parent.id + "/~";
                r.path = pathPrefix.empty() ? "~" : pathPrefix + "/~";
                r.name = parentIndex < 0 ? "Rest" : parent.name + " (rest)";
                r.namePath = namePrefix.empty() ? r.name : namePrefix + " > " + r.name;
                r.parent = parentIndex;
                r.depth = depth;
                r.remainder = true;
                r.members = std::move(remaining);
                out->push_back(std::move(r));
            }
            return true;
        };
    if (!walk(rules.root, -1, 0, std::string(), std::string(), Bitmap(n, true)))
        return false;
    for (SegmentMembers& m : *out)
        if (!m.remainder && m.node)
            m.leaf = m.node->children.empty();
    return true;
}

std::vector<FunnelStep> Evaluator::funnel(const RuleSet& rules, const std::string& segmentId, QString* error)
{
    std::vector<FunnelStep> steps;
    std::vector<SegmentMembers> all;
    if (!evaluate(rules, &all, error))
        return steps;
    const Segment* node = mNodes.count(segmentId) ? mNodes[segmentId] : nullptr;
    if (!node) {
        if (error)
            *error = QCoreApplication::translate("sd::Evaluator", "unknown segment \"%1\"").arg(q(segmentId));
        return steps;
    }
    const Segment* parent = mParents[segmentId];
    Bitmap base(mTable.rowCount(), true);
    if (parent != &rules.root && !segmentSet(parent->id, &base, error))
        return steps;
    if (parent->mode == ChildMode::Exclusive)
        for (const Segment& sib : parent->children) {
            if (sib.id == segmentId)
                break;
            Bitmap w;
            if (!whenSet(sib, &w, error))
                return {};
            base.andNot(w);
        }
    steps.push_back({"", "base", base.count()});
    if (!node->when)
        return steps;
    if (node->when->kind == Condition::Kind::All) {
        for (size_t i = 0; i < node->when->children.size(); ++i) {
            Bitmap b;
            if (!evaluateCondition(node->when->children[i], &b, error))
                return {};
            base &= b;
            steps.push_back({"/all/" + std::to_string(i), conditionLabel(node->when->children[i]), base.count()});
        }
    } else {
        Bitmap b;
        if (!evaluateCondition(*node->when, &b, error))
            return {};
        base &= b;
        steps.push_back({"", conditionLabel(*node->when), base.count()});
    }
    return steps;
}

ExplainNode Evaluator::explainCondition(const Condition& c, size_t row, QString* error)
{
    ExplainNode e;
    e.label = conditionLabel(c);
    Bitmap b;
    if (evaluateCondition(c, &b, error))
        e.truth = b.test(row);
    if (c.kind == Condition::Kind::Leaf) {
        std::string suffix;
        if (const Column* col = resolveColumn(c.field, &suffix, nullptr))
            e.leadValue = col->cellText(row);
    }
    for (const Condition& ch : c.children)
        e.children.push_back(explainCondition(ch, row, error));
    return e;
}

Explanation Evaluator::explain(const RuleSet& rules, const std::string& segmentId, size_t row, QString* error)
{
    Explanation ex;
    std::vector<SegmentMembers> all;
    if (!evaluate(rules, &all, error) || row >= mTable.rowCount())
        return ex;
    std::vector<const Segment*> path;
    for (auto it = mNodes.find(segmentId); it != mNodes.end();) {
        path.insert(path.begin(), it->second);
        const Segment* p = mParents[it->second->id];
        it = p == &rules.root ? mNodes.end() : mNodes.find(p->id);
    }
    for (const Segment* s : path) {
        Condition whenOrAll = s->when ? *s->when : Condition{};
        ex.steps.emplace_back(s->id, explainCondition(whenOrAll, row, error));
        const Segment* parent = mParents[s->id];
        if (parent->mode == ChildMode::Exclusive && ex.takenBy.empty())
            for (const Segment& sib : parent->children) {
                if (sib.id == s->id)
                    break;
                Bitmap w;
                if (whenSet(sib, &w, error) && w.test(row)) {
                    Bitmap parentSet(mTable.rowCount(), true);
                    if (parent == &rules.root || segmentSet(parent->id, &parentSet, error))
                        if (parentSet.test(row)) {
                            ex.takenBy = sib.id;
                            break;
                        }
                }
            }
    }
    Bitmap m;
    ex.member = segmentSet(segmentId, &m, error) && m.test(row);
    return ex;
}

} // namespace sd
