// Operator names, rule-set lookups and the semantic validation of a rule set (validateRuleSet,
// declared in rulefile.h next to the error type it returns). Validation lives here, apart from the
// JSON reading, because the GUI checks rule sets it builds in memory with the same code, and the
// pointers it reports are computed from the rule set's structure, which mirrors the canonical file.
#include "rules.h"

#include "rulefile.h"
#include "rulemessages.h"
#include "valueparsing.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <deque>
#include <functional>
#include <unordered_map>
#include <unordered_set>

namespace sd {

namespace {

// Spelled as in DESIGN.md; indexed by Op.
constexpr std::array<const char*, 21> kOpNames = {
    "=", "!=", "<", "<=", ">", ">=", "between", "in", "not_in", "contains", "not_contains",
    "starts_with", "ends_with", "matches", "is_empty", "is_not_empty", "within_last_days",
    "not_within_last_days", "has_any", "has_all", "has_none"};

} // namespace

const char* opName(Op op)
{
    const auto i = static_cast<size_t>(op);
    return i < kOpNames.size() ? kOpNames[i] : "?";
}

std::optional<Op> opFromName(std::string_view name)
{
    for (size_t i = 0; i < kOpNames.size(); ++i)
        if (name == kOpNames[i])
            return static_cast<Op>(i);
    return std::nullopt;
}

// DESIGN.md lists the negative operators explicitly; is_not_empty is the negation of is_empty.
bool isNegativeOp(Op op)
{
    switch (op) {
    case Op::Ne: case Op::NotIn: case Op::NotContains: case Op::NotWithinLastDays: case Op::HasNone:
    case Op::IsNotEmpty:
        return true;
    default:
        return false;
    }
}

Op positiveTwin(Op op)
{
    switch (op) {
    case Op::Ne: return Op::Eq;
    case Op::NotIn: return Op::In;
    case Op::NotContains: return Op::Contains;
    case Op::NotWithinLastDays: return Op::WithinLastDays;
    case Op::HasNone: return Op::HasAny;
    case Op::IsNotEmpty: return Op::IsEmpty;
    default: return op;
    }
}

std::optional<FieldType> RuleSet::fieldType(std::string_view name) const
{
    for (const auto& [n, t] : fields)
        if (n == name)
            return t;
    if (score(name))
        return FieldType::Number;
    return std::nullopt;
}

const Score* RuleSet::score(std::string_view id) const
{
    for (const Score& s : scores)
        if (s.id == id)
            return &s;
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// validateRuleSet

namespace {

using rulemessages::fillIn;
using rulemessages::indexToken;
using rulemessages::pointerToken;
using rulemessages::quote;

std::string describe(const nlohmann::json& v)
{
    if (v.is_string())
        return quote(v.get_ref<const std::string&>());
    if (v.is_array())
        return fillIn(QCoreApplication::translate("sd::RuleFile", "an array"));
    if (v.is_object())
        return fillIn(QCoreApplication::translate("sd::RuleFile", "an object"));
    if (v.is_null())
        return fillIn(QCoreApplication::translate("sd::RuleFile", "nothing"));
    return v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

const char* typeName(FieldType t)
{
    switch (t) {
    case FieldType::Text: return "text";
    case FieldType::Number: return "number";
    case FieldType::Date: return "date";
    case FieldType::Boolean: return "boolean";
    case FieldType::List: return "list";
    }
    return "text";
}

bool isValidId(std::string_view id)
{
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

bool isIsoDate(std::string_view s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9')
            return false;
    auto num = [&](size_t from, size_t n) {
        int v = 0;
        for (size_t i = from; i < from + n; ++i)
            v = v * 10 + (s[i] - '0');
        return v;
    };
    return isValidYmd(num(0, 4), num(5, 2), num(8, 2));
}

bool isFiniteNumber(const nlohmann::json& v)
{
    return v.is_number() && std::isfinite(v.get<double>());
}

// The validator's depth guard matches the parser's default limit, so that a rule set built in
// memory cannot recurse deeper than any file the parser accepts.
constexpr int kMaxDepth = RuleFileLimits{}.maxDepth;
// within_last_days beyond this is certainly a mistake, and keeps day arithmetic far from overflow.
constexpr double kMaxDays = 1000000;

class Validator
{
public:
    explicit Validator(const RuleSet& rules) : mRules(rules) {}

    std::vector<RuleFileError> run()
    {
        indexFields();
        indexSegments(mRules.root, nullptr);
        for (size_t i = 0; i < mRules.scores.size(); ++i)
            mScoreIndex.emplace(mRules.scores[i].id, i); // first one wins; duplicates reported below
        if (mRules.outcome) {
            Context ctx{Where::Outcome, 0, nullptr};
            condition(*mRules.outcome, "/outcome", 1, ctx);
        }
        for (size_t i = 0; i < mRules.scores.size(); ++i)
            score(i, "/scores" + indexToken(i));
        segment(mRules.root, nullptr, "/segments", 0);
        findCycles();
        return std::move(mErrors);
    }

private:
    enum class Where { Outcome, Score, Segment };
    struct Context
    {
        Where where;
        size_t score;                  // Where::Score: index of the score whose rule this is
        std::vector<std::pair<std::string, std::string>>* refs; // Where::Segment: (target, pointer)
    };
    struct SegmentInfo
    {
        const Segment* node = nullptr;
        const Segment* parent = nullptr; // nullptr for top-level segments
        std::string pointer;
        std::vector<std::pair<std::string, std::string>> refs;
    };

    void add(std::string pointer, std::string message)
    {
        mErrors.push_back({std::move(pointer), std::move(message)});
    }

    void indexFields()
    {
        // A 50 MB file may declare millions of fields: sorted vectors of views into mRules, not
        // hash sets, keep this fast and small.
        const auto& fields = mRules.fields;
        std::vector<std::pair<std::string, size_t>> problems; // (message, index), reported in file order
        mFields.reserve(fields.size());
        for (size_t i = 0; i < fields.size(); ++i)
            mFields.push_back({fields[i].first, i});
        std::sort(mFields.begin(), mFields.end());
        // Workspaces and SQL treat column names case-insensitively, so names that differ only in
        // case could never be told apart where the rules run.
        // With only lowercase ASCII names (the usual case) folding changes nothing, and the sorted
        // index already shows repeated names.
        std::deque<std::string> lowered;
        std::vector<std::pair<std::string_view, size_t>> foldedNames;
        const bool allPlain = std::all_of(fields.begin(), fields.end(), [](const auto& f) {
            return std::all_of(f.first.begin(), f.first.end(), [](char c) {
                return static_cast<unsigned char>(c) < 0x80 && !(c >= 'A' && c <= 'Z');
            });
        });
        if (!allPlain) {
            foldedNames.reserve(fields.size());
            for (size_t i = 0; i < fields.size(); ++i) {
                lowered.push_back(QString::fromStdString(fields[i].first).toLower().toStdString());
                foldedNames.emplace_back(lowered.back(), i);
            }
            std::sort(foldedNames.begin(), foldedNames.end());
        }
        const auto& folded = allPlain ? mFields : foldedNames;
        for (size_t k = 1; k < folded.size(); ++k) {
            if (folded[k].first != folded[k - 1].first)
                continue;
            size_t first = k - 1;
            while (first > 0 && folded[first - 1].first == folded[k].first)
                --first;
            const std::string& name = fields[folded[k].second].first;
            const std::string& earlier = fields[folded[first].second].first;
            problems.emplace_back(name == earlier ? fillIn(QCoreApplication::translate("sd::RuleFile", "duplicate field %1"),
                                                           quote(name))
                                                  : fillIn(QCoreApplication::translate("sd::RuleFile", "field %1 differs from field %2 only in case"),
                                                           quote(name), quote(earlier)),
                                  folded[k].second);
        }
        for (size_t i = 0; i < fields.size(); ++i)
            if (fields[i].first.empty())
                problems.emplace_back(fillIn(QCoreApplication::translate("sd::RuleFile", "a field name must not be empty")), i);
        std::sort(problems.begin(), problems.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
        for (auto& [message, i] : problems)
            add("/fields" + pointerToken(fields[i].first), std::move(message));
    }

    // The type of a declared field (the first declaration when repeated).
    std::optional<FieldType> declaredType(std::string_view name) const
    {
        auto it = std::lower_bound(mFields.begin(), mFields.end(), std::pair<std::string_view, size_t>(name, 0));
        if (it == mFields.end() || it->first != name)
            return std::nullopt;
        return mRules.fields[it->second].second;
    }

    void indexSegments(const Segment& s, const Segment* parent)
    {
        for (const Segment& c : s.children) {
            mParentOf.emplace(&c, parent);
            if (!c.id.empty() && !mSegments.count(c.id)) {
                SegmentInfo info;
                info.node = &c;
                info.parent = parent;
                mSegments.emplace(c.id, std::move(info));
            }
            indexSegments(c, &c);
        }
    }

    // Type of a field or score a leaf reads; nullopt (with an error) when it cannot be used here.
    std::optional<FieldType> resolve(const std::string& name, const std::string& ptr, const Context& ctx)
    {
        if (name.empty()) {
            add(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "missing field name")));
            return std::nullopt;
        }
        if (auto f = declaredType(name))
            return f;
        if (auto s = mScoreIndex.find(name); s != mScoreIndex.end()) {
            if (ctx.where == Where::Score) {
                const std::string& self = mRules.scores[ctx.score].id;
                if (s->second == ctx.score) {
                    add(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "score %1 cannot use itself"), quote(self)));
                    return std::nullopt;
                }
                if (s->second > ctx.score) {
                    add(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "score %1 is defined after score %2; a score may use only scores defined before it"),
                                    quote(name), quote(self)));
                    return std::nullopt;
                }
            }
            return FieldType::Number;
        }
        add(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "unknown field %1"), quote(name)));
        return std::nullopt;
    }

    void condition(const Condition& c, const std::string& ptr, int depth, Context& ctx)
    {
        if (depth > kMaxDepth) {
            add(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "conditions are nested deeper than %1 levels"),
                            std::to_string(kMaxDepth)));
            return;
        }
        switch (c.kind) {
        case Condition::Kind::All:
        case Condition::Kind::Any: {
            const std::string base = ptr + (c.kind == Condition::Kind::All ? "/all" : "/any");
            for (size_t i = 0; i < c.children.size(); ++i)
                condition(c.children[i], base + indexToken(i), depth + 1, ctx);
            break;
        }
        case Condition::Kind::Not:
            if (c.children.size() != 1)
                add(ptr + "/not", fillIn(QCoreApplication::translate("sd::RuleFile", "\"not\" needs exactly one condition")));
            else
                condition(c.children[0], ptr + "/not", depth + 1, ctx);
            break;
        case Condition::Kind::SegmentRef: {
            const std::string p = ptr + "/segment";
            if (ctx.where == Where::Outcome)
                add(p, fillIn(QCoreApplication::translate("sd::RuleFile", "the outcome cannot refer to a segment")));
            else if (ctx.where == Where::Score)
                add(p, fillIn(QCoreApplication::translate("sd::RuleFile", "a score cannot refer to a segment")));
            else if (c.segment.empty())
                add(p, fillIn(QCoreApplication::translate("sd::RuleFile", "missing segment id")));
            else if (!mSegments.count(c.segment))
                add(p, fillIn(QCoreApplication::translate("sd::RuleFile", "unknown segment %1"), quote(c.segment)));
            else if (ctx.refs)
                ctx.refs->emplace_back(c.segment, p);
            break;
        }
        case Condition::Kind::Leaf:
            leaf(c, ptr, ctx);
            break;
        }
    }

    void leaf(const Condition& c, const std::string& ptr, const Context& ctx)
    {
        const std::optional<FieldType> type = resolve(c.field, ptr + "/field", ctx);
        if (!type)
            return;
        const FieldType t = *type;
        const std::string op = std::string("\"") + opName(c.op) + "\"";
        const std::string vptr = ptr + "/value";
        const std::string fieldDesc = fillIn(QCoreApplication::translate("sd::RuleFile", "%1 field %2"),
                                             typeName(t), quote(c.field));
        auto opNotFor = [&] { add(ptr + "/op", fillIn(QCoreApplication::translate("sd::RuleFile", "operator %1 does not apply to %2"),
                                                      op, fieldDesc)); };

        if (c.ignoreCase) {
            switch (c.op) {
            case Op::Eq: case Op::Ne: case Op::In: case Op::NotIn:
                if (t != FieldType::Text && t != FieldType::List)
                    add(ptr + "/ignore_case", fillIn(QCoreApplication::translate("sd::RuleFile", "ignore_case applies to text and list fields only, not to %1"),
                                                     fieldDesc));
                break;
            case Op::Contains: case Op::NotContains: case Op::StartsWith: case Op::EndsWith:
            case Op::Matches: case Op::HasAny: case Op::HasAll: case Op::HasNone:
                break;
            default:
                add(ptr + "/ignore_case", fillIn(QCoreApplication::translate("sd::RuleFile", "ignore_case does not apply to operator %1"),
                                                 op));
            }
        }

        switch (c.op) {
        case Op::IsEmpty:
        case Op::IsNotEmpty:
            if (!c.value.is_null())
                add(vptr, fillIn(QCoreApplication::translate("sd::RuleFile", "operator %1 takes no value"), op));
            return;
        case Op::Eq:
        case Op::Ne:
            scalar(c.value, t, vptr, fieldDesc);
            return;
        case Op::Lt: case Op::Le: case Op::Gt: case Op::Ge:
            if (t == FieldType::Boolean || t == FieldType::List)
                return opNotFor();
            scalar(c.value, t, vptr, fieldDesc);
            return;
        case Op::Between:
            if (t == FieldType::Boolean || t == FieldType::List)
                return opNotFor();
            between(c.value, t, vptr, fieldDesc);
            return;
        case Op::In:
        case Op::NotIn:
            if (!nonEmptyArray(c.value, vptr, op))
                return;
            for (size_t i = 0; i < c.value.size(); ++i)
                scalar(c.value[i], t, vptr + indexToken(i), fieldDesc);
            return;
        case Op::Contains: case Op::NotContains: case Op::StartsWith: case Op::EndsWith:
            if (!c.value.is_string())
                add(vptr, fillIn(QCoreApplication::translate("sd::RuleFile", "operator %1 needs a text value, found %2"),
                                 op, describe(c.value)));
            return;
        case Op::Matches:
            if (!c.value.is_string())
                add(vptr, fillIn(QCoreApplication::translate("sd::RuleFile", "operator %1 needs a regular expression as text, found %2"),
                                 op, describe(c.value)));
            else
                regex(c.value.get_ref<const std::string&>(), c.ignoreCase, vptr);
            return;
        case Op::WithinLastDays:
        case Op::NotWithinLastDays: {
            if (t != FieldType::Date)
                return opNotFor();
            const bool ok = isFiniteNumber(c.value) && c.value.get<double>() >= 0
                && c.value.get<double>() <= kMaxDays && c.value.get<double>() == std::floor(c.value.get<double>());
            if (!ok)
                add(vptr, fillIn(QCoreApplication::translate("sd::RuleFile", "operator %1 needs a whole number of days from 0 to %2, found %3"),
                                 op, formatNumber(kMaxDays), describe(c.value)));
            return;
        }
        case Op::HasAny: case Op::HasAll: case Op::HasNone:
            if (t != FieldType::List)
                return opNotFor();
            if (!nonEmptyArray(c.value, vptr, op))
                return;
            for (size_t i = 0; i < c.value.size(); ++i)
                if (!c.value[i].is_string())
                    add(vptr + indexToken(i), fillIn(QCoreApplication::translate("sd::RuleFile", "list items are text: expected a string, found %1"),
                                                     describe(c.value[i])));
            return;
        }
    }

    bool nonEmptyArray(const nlohmann::json& v, const std::string& ptr, const std::string& op)
    {
        if (!v.is_array()) {
            add(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "operator %1 needs an array of values, found %2"),
                            op, describe(v)));
            return false;
        }
        if (v.empty()) {
            add(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "operator %1 needs at least one value"), op));
            return false;
        }
        return true;
    }

    // One value of the field's type. Text fields take text only: a number would compare as its
    // text in one engine and as a number in another (SQL), so the file says which it means.
    bool scalar(const nlohmann::json& v, FieldType t, const std::string& ptr, const std::string& fieldDesc)
    {
        bool ok = false;
        const char* message = "";
        switch (t) {
        case FieldType::Number:
            ok = isFiniteNumber(v);
            message = QT_TRANSLATE_NOOP("sd::RuleFile", "%1 needs a number, found %2");
            break;
        case FieldType::Date:
            ok = v.is_string() && isIsoDate(v.get_ref<const std::string&>());
            message = QT_TRANSLATE_NOOP("sd::RuleFile", "%1 needs a date as \"YYYY-MM-DD\", found %2");
            break;
        case FieldType::Boolean:
            ok = v.is_boolean();
            message = QT_TRANSLATE_NOOP("sd::RuleFile", "%1 needs true or false, found %2");
            break;
        case FieldType::Text:
        case FieldType::List:
            ok = v.is_string();
            message = QT_TRANSLATE_NOOP("sd::RuleFile", "%1 needs a string, found %2");
            break;
        }
        if (!ok)
            add(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", message), fieldDesc, describe(v)));
        return ok;
    }

    void between(const nlohmann::json& v, FieldType t, const std::string& ptr, const std::string& fieldDesc)
    {
        if (!v.is_array() || v.size() != 2) {
            add(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "operator \"between\" needs [low, high], found %1"),
                        v.is_array() ? fillIn(QCoreApplication::translate("sd::RuleFile", "an array of %1 values"),
                                              std::to_string(v.size())) : describe(v)));
            return;
        }
        const bool lo = scalar(v[0], t, ptr + "/0", fieldDesc);
        const bool hi = scalar(v[1], t, ptr + "/1", fieldDesc);
        if (!lo || !hi)
            return;
        // ISO dates order like their text, and text compares by code point (UTF-8 byte order).
        const bool ordered = t == FieldType::Number ? v[0].get<double>() <= v[1].get<double>()
                                                    : v[0].get_ref<const std::string&>() <= v[1].get_ref<const std::string&>();
        if (!ordered)
            add(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "operator \"between\" needs low <= high, found %1 > %2"),
                            describe(v[0]), describe(v[1])));
    }

    void regex(const std::string& pattern, bool ignoreCase, const std::string& ptr)
    {
        const std::string key = (ignoreCase ? "i" : "c") + pattern;
        auto it = mRegexErrors.find(key);
        if (it == mRegexErrors.end()) {
            // The same options as the evaluator, so that what validates also compiles there.
            QRegularExpression::PatternOptions opts = QRegularExpression::UseUnicodePropertiesOption;
            if (ignoreCase)
                opts |= QRegularExpression::CaseInsensitiveOption;
            const QString text = QString::fromStdString(pattern);
            QRegularExpression re(text, opts);
            std::string error;
            if (!re.isValid()) {
                // patternErrorOffset counts UTF-16 units; users count characters.
                const qsizetype units = std::clamp<qsizetype>(re.patternErrorOffset(), 0, text.size());
                const qsizetype chars = QStringView(text).left(units).toUcs4().size();
                error = fillIn(QCoreApplication::translate("sd::RuleFile", "invalid regular expression: %1 at character %2"),
                               re.errorString().toStdString(), std::to_string(chars));
            }
            it = mRegexErrors.emplace(key, std::move(error)).first;
        }
        if (!it->second.empty())
            add(ptr, it->second);
    }

    void score(size_t i, const std::string& ptr)
    {
        const Score& s = mRules.scores[i];
        if (s.id.empty())
            add(ptr + "/id", fillIn(QCoreApplication::translate("sd::RuleFile", "missing score id")));
        else if (!isValidId(s.id))
            add(ptr + "/id", fillIn(QCoreApplication::translate("sd::RuleFile", "score id %1 may use only a-z, 0-9, \"_\" and \"-\""),
                                    quote(s.id)));
        else if (mScoreIndex.at(s.id) != i)
            add(ptr + "/id", fillIn(QCoreApplication::translate("sd::RuleFile", "duplicate score id %1"), quote(s.id)));
        else if (declaredType(s.id))
            add(ptr + "/id", fillIn(QCoreApplication::translate("sd::RuleFile", "score id %1 is also the name of a field"),
                                    quote(s.id)));
        if (s.min && !std::isfinite(*s.min))
            add(ptr + "/min", fillIn(QCoreApplication::translate("sd::RuleFile", "min must be a finite number")));
        if (s.max && !std::isfinite(*s.max))
            add(ptr + "/max", fillIn(QCoreApplication::translate("sd::RuleFile", "max must be a finite number")));
        if (s.min && s.max && *s.min > *s.max)
            add(ptr + "/max", fillIn(QCoreApplication::translate("sd::RuleFile", "max (%1) is less than min (%2)"),
                                     formatNumber(*s.max), formatNumber(*s.min)));
        for (size_t j = 0; j < s.rules.size(); ++j) {
            const ScoreRule& r = s.rules[j];
            const std::string rptr = ptr + "/rules" + indexToken(j);
            Context ctx{Where::Score, i, nullptr};
            if (r.when)
                condition(*r.when, rptr + "/when", 1, ctx);
            if (!r.per.empty()) {
                if (auto t = resolve(r.per, rptr + "/per", ctx); t && *t != FieldType::Number)
                    add(rptr + "/per", fillIn(QCoreApplication::translate("sd::RuleFile", "\"per\" needs a number field or a score; %1 is a %2 field"),
                                              quote(r.per), typeName(*t)));
            }
            if (!std::isfinite(r.points))
                add(rptr + "/points", fillIn(QCoreApplication::translate("sd::RuleFile", "points must be a finite number")));
            if (r.cap) {
                if (!std::isfinite(*r.cap))
                    add(rptr + "/cap", fillIn(QCoreApplication::translate("sd::RuleFile", "cap must be a finite number")));
                else if (r.points < 0)
                    add(rptr + "/cap", fillIn(QCoreApplication::translate("sd::RuleFile", "a cap is not allowed with negative points (it bounds a rule's contribution from above)")));
                else if (*r.cap < 0)
                    add(rptr + "/cap", fillIn(QCoreApplication::translate("sd::RuleFile", "cap must not be negative")));
            }
        }
    }

    void segment(const Segment& s, const Segment* parent, const std::string& ptr, int depth)
    {
        const bool root = parent == nullptr;
        if (depth > kMaxDepth) {
            add(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "segments are nested deeper than %1 levels"),
                            std::to_string(kMaxDepth)));
            return;
        }
        if (root) {
            // Only a rule set built in memory can get these wrong; the file has no place for them.
            if (!s.id.empty())
                add(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "the root of the tree has no id")));
            if (s.when)
                add(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "the root of the tree cannot have a condition")));
            if (s.holdout)
                add(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "the root of the tree cannot have a holdout")));
            if (!s.attributes.empty())
                add(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "the root of the tree cannot have attributes")));
        } else {
            if (s.id.empty())
                add(ptr + "/id", fillIn(QCoreApplication::translate("sd::RuleFile", "missing segment id")));
            else if (!isValidId(s.id))
                add(ptr + "/id", fillIn(QCoreApplication::translate("sd::RuleFile", "segment id %1 may use only a-z, 0-9, \"_\" and \"-\""),
                                        quote(s.id)));
            else if (mSegments.at(s.id).node != &s)
                add(ptr + "/id", fillIn(QCoreApplication::translate("sd::RuleFile", "duplicate segment id %1 (first used at %2)"),
                                        quote(s.id), mSegments.at(s.id).pointer));
            else
                mSegments.at(s.id).pointer = ptr;
            if (s.name.empty())
                add(ptr + "/name", fillIn(QCoreApplication::translate("sd::RuleFile", "a segment's name must not be empty")));
            if (s.holdout && !(std::isfinite(*s.holdout) && *s.holdout > 0 && *s.holdout < 50))
                add(ptr + "/holdout", fillIn(QCoreApplication::translate("sd::RuleFile", "holdout must be more than 0 and less than 50 (percent), found %1"),
                                             formatNumber(*s.holdout)));
            std::unordered_set<std::string_view> keys;
            for (const auto& [k, v] : s.attributes) {
                if (k.empty())
                    add(ptr + "/attributes/", fillIn(QCoreApplication::translate("sd::RuleFile", "an attribute name must not be empty")));
                else if (!keys.insert(k).second)
                    add(ptr + "/attributes" + pointerToken(k), fillIn(QCoreApplication::translate("sd::RuleFile", "duplicate attribute %1"),
                                                                      quote(k)));
            }
            if (s.when) {
                std::vector<std::pair<std::string, std::string>> refs;
                Context ctx{Where::Segment, 0, &refs};
                condition(*s.when, ptr + "/when", 1, ctx);
                if (!s.id.empty() && mSegments.count(s.id) && mSegments.at(s.id).node == &s)
                    mSegments.at(s.id).refs = std::move(refs);
            }
        }
        for (size_t i = 0; i < s.children.size(); ++i)
            segment(s.children[i], &s, ptr + "/children" + indexToken(i), depth + 1);
    }

    bool isAncestor(const Segment* maybeAncestor, const Segment* node) const
    {
        for (const Segment* p = mParentOf.at(node); p; p = mParentOf.at(p))
            if (p == maybeAncestor)
                return true;
        return false;
    }

    // Membership of a segment needs its parent's membership, its own condition and, under an
    // exclusive parent, the conditions of its earlier siblings; a condition needs the segments it
    // refers to. A cycle in that graph has no meaning. Nodes: M = membership, W = condition,
    // E = "conditions of the earlier siblings" (a chain, so a long waterfall stays linear).
    void findCycles()
    {
        // Segments in pre-order, first occurrence of each id only.
        std::vector<const SegmentInfo*> order;
        std::unordered_map<const Segment*, size_t> indexOf;
        std::function<void(const Segment&)> collect = [&](const Segment& s) {
            for (const Segment& c : s.children) {
                auto it = mSegments.find(c.id);
                if (it != mSegments.end() && it->second.node == &c) {
                    indexOf.emplace(&c, order.size());
                    order.push_back(&it->second);
                }
                collect(c);
            }
        };
        collect(mRules.root);
        const size_t n = order.size();
        enum Kind { M = 0, W = 1, E = 2 };
        auto node = [](size_t seg, Kind k) { return seg * 3 + k; };
        struct Edge
        {
            size_t to;
            const std::string* pointer; // the reference, for W → M edges
        };
        std::vector<std::vector<Edge>> edges(n * 3);
        for (size_t k = 0; k < n; ++k) {
            const SegmentInfo& info = *order[k];
            if (info.parent && indexOf.count(info.parent))
                edges[node(k, M)].push_back({node(indexOf.at(info.parent), M), nullptr});
            const Segment& parentNode = info.parent ? *info.parent : mRules.root;
            if (parentNode.mode == ChildMode::Exclusive) {
                const Segment* prev = nullptr;
                for (const Segment& sib : parentNode.children) {
                    if (&sib == info.node)
                        break;
                    prev = &sib;
                }
                if (prev && indexOf.count(prev)) {
                    const size_t p = indexOf.at(prev);
                    edges[node(k, M)].push_back({node(k, E), nullptr});
                    edges[node(k, E)].push_back({node(p, W), nullptr});
                    edges[node(k, E)].push_back({node(p, E), nullptr});
                }
            }
            edges[node(k, M)].push_back({node(k, W), nullptr});
            for (const auto& [target, ptr] : info.refs) {
                const SegmentInfo& t = mSegments.at(target);
                if (isAncestor(t.node, info.node)) {
                    // Not a cycle for the engine, but always true inside the segment (or always
                    // false under "not"), so it is certainly not what the author meant.
                    add(ptr, fillIn(QCoreApplication::translate("sd::RuleFile", "segment %1 refers to its own ancestor %2, which every lead of %1 is already in"),
                                    quote(info.node->id), quote(target)));
                    continue;
                }
                edges[node(k, W)].push_back({node(indexOf.at(t.node), M), &ptr});
            }
        }
        // Iterative DFS (a tree may be 200 levels deep, and each level adds several nodes).
        std::vector<uint8_t> color(n * 3, 0); // 0 new, 1 on stack, 2 done
        struct Frame
        {
            size_t node;
            size_t next;
            const std::string* via; // pointer of the reference edge that led here
        };
        std::vector<Frame> stack;
        for (size_t start = 0; start < n; ++start) {
            if (color[node(start, M)])
                continue;
            stack.push_back({node(start, M), 0, nullptr});
            color[node(start, M)] = 1;
            while (!stack.empty()) {
                Frame& f = stack.back();
                if (f.next == edges[f.node].size()) {
                    color[f.node] = 2;
                    stack.pop_back();
                    continue;
                }
                const Edge e = edges[f.node][f.next++];
                if (color[e.to] == 0) {
                    color[e.to] = 1;
                    stack.push_back({e.to, 0, e.pointer});
                } else if (color[e.to] == 1) {
                    reportCycle(stack, e, order);
                }
            }
        }
    }

    template<typename Frames, typename EdgeT>
    void reportCycle(const Frames& stack, const EdgeT& closing, const std::vector<const SegmentInfo*>& order)
    {
        size_t from = stack.size() - 1;
        while (stack[from].node != closing.to)
            --from;
        // The cycle's nodes in edge order; via[i] is the reference on the edge into nodes[i].
        std::vector<size_t> nodes;
        std::vector<const std::string*> via;
        for (size_t i = from; i < stack.size(); ++i) {
            nodes.push_back(stack[i].node);
            via.push_back(i == from ? closing.pointer : stack[i].via);
        }
        // Report at the first reference in document order, and start the path at the condition
        // holding it, so that the message reads "a → c → b → a".
        const size_t m = nodes.size();
        size_t first = m;
        for (size_t i = 0; i < m; ++i)
            if (via[i] && (first == m || *via[i] < *via[first]))
                first = i;
        if (first == m)
            return; // parent and sibling edges alone cannot close a cycle
        const size_t startAt = (first + m - 1) % m;
        std::string path;
        size_t prev = SIZE_MAX;
        for (size_t i = 0; i <= m; ++i) {
            const size_t nd = nodes[(startAt + i) % m];
            if (nd % 3 == 2)
                continue; // E nodes are bookkeeping
            // A segment's membership needing its own condition is one step, not a hop.
            const bool sameStep = nd % 3 == 1 && prev != SIZE_MAX && prev / 3 == nd / 3 && prev % 3 == 0;
            prev = nd;
            if (sameStep)
                continue;
            path += (path.empty() ? "" : " → ") + order[nd / 3]->node->id;
        }
        add(*via[first], fillIn(QCoreApplication::translate("sd::RuleFile", "cycle in segment references: %1"), path));
    }

    const RuleSet& mRules;
    std::vector<RuleFileError> mErrors;
    std::vector<std::pair<std::string_view, size_t>> mFields; // sorted by name; index into mRules.fields
    std::unordered_map<std::string_view, size_t> mScoreIndex;
    std::unordered_map<std::string, SegmentInfo> mSegments;
    std::unordered_map<const Segment*, const Segment*> mParentOf; // nullptr for top-level segments
    std::unordered_map<std::string, std::string> mRegexErrors;
};

} // namespace

std::vector<RuleFileError> validateRuleSet(const RuleSet& rules)
{
    std::vector<RuleFileError> errors = Validator(rules).run();
    // One problem can be reached along two paths (a cycle through two references); say it once.
    std::vector<RuleFileError> unique;
    std::unordered_set<std::string> seen;
    for (RuleFileError& e : errors)
        if (seen.insert(e.pointer + '\n' + e.message).second)
            unique.push_back(std::move(e));
    return unique;
}

} // namespace sd
