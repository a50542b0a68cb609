// Leaf conditions into bitmaps, one column at a time, and the text a condition is shown as. Text
// predicates are computed once per dictionary entry and then mapped to rows through the codes, so
// their cost scales with distinct values, not rows.
#include "evaluator.h"

#include "scankernels.h"
#include "valueparsing.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace sd {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

std::string jsonText(const nlohmann::json& v)
{
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_boolean())
        return v.get<bool>() ? "true" : "false";
    if (v.is_number())
        return formatNumber(v.get<double>());
    return v.dump();
}

std::optional<double> jsonNumber(const nlohmann::json& v)
{
    if (v.is_number())
        return v.get<double>();
    if (v.is_string())
        return parseNumber(trimAscii(v.get_ref<const std::string&>()));
    return std::nullopt;
}

std::optional<int32_t> jsonDays(const nlohmann::json& v)
{
    if (!v.is_string())
        return std::nullopt;
    const std::string& s = v.get_ref<const std::string&>();
    if (auto d = parseDate(std::string_view(s).substr(0, std::min<size_t>(10, s.size())), DateLayout::Iso))
        return int32_t(daysFromCivil(*d));
    return std::nullopt;
}

std::optional<bool> jsonBool(const nlohmann::json& v)
{
    if (v.is_boolean())
        return v.get<bool>();
    if (v.is_string())
        return parseBoolean(v.get_ref<const std::string&>());
    if (v.is_number())
        return v.get<double>() != 0;
    return std::nullopt;
}

std::vector<nlohmann::json> valueList(const nlohmann::json& v)
{
    if (v.is_array())
        return std::vector<nlohmann::json>(v.begin(), v.end());
    if (v.is_null())
        return {};
    return {v};
}

// Unicode simple lowercase of UTF-8 text.
std::string lowerUtf8(std::string_view s)
{
    bool ascii = true;
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii) {
        std::string out(s);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
        return out;
    }
    return QString::fromUtf8(s.data(), qsizetype(s.size())).toLower().toStdString();
}

using scan::forWordRanges;
using scan::rowsWhere;

bool isTextOp(Op op)
{
    switch (op) {
    case Op::Contains: case Op::StartsWith: case Op::EndsWith: case Op::Matches: return true;
    default: return false;
    }
}

} // namespace

std::string conditionLabel(const Condition& c)
{
    switch (c.kind) {
    case Condition::Kind::All: return "all of";
    case Condition::Kind::Any: return "any of";
    case Condition::Kind::Not: return "not";
    case Condition::Kind::SegmentRef: return "in segment " + c.segment;
    case Condition::Kind::Leaf: {
        std::string s = c.field + " " + opName(c.op);
        if (c.op != Op::IsEmpty && c.op != Op::IsNotEmpty) {
            if (c.value.is_array()) {
                s += " [";
                for (size_t i = 0; i < c.value.size(); ++i)
                    s += (i ? ", " : "") + jsonText(c.value[i]);
                s += "]";
            } else {
                s += " " + jsonText(c.value);
            }
        }
        if (c.ignoreCase)
            s += " (ignore case)";
        return s;
    }
    }
    return {};
}

Bitmap Evaluator::evalLeafUncached(const Column& c, const Condition& leaf, QString* error) const
{
    const size_t n = mTable.rowCount();
    const Op op = positiveTwin(leaf.op);
    const bool negate = isNegativeOp(leaf.op);
    auto finish = [&](Bitmap b) {
        b &= c.present; // an empty cell fails every positive leaf
        if (negate)
            b.invert();
        return b;
    };
    if (leaf.op == Op::IsNotEmpty || leaf.op == Op::IsEmpty) {
        Bitmap b = c.present;
        if (leaf.op == Op::IsEmpty)
            b.invert();
        return b;
    }
    auto fail = [&](const QString& msg) {
        if (error)
            *error = QCoreApplication::translate("sd::Evaluator", "%1: %2").arg(q(conditionLabel(leaf)), msg);
        return Bitmap(n);
    };

    // String predicate shared by text, list items and the text of non-text cells.
    std::function<bool(std::string_view)> textPred;
    std::unique_ptr<QRegularExpression> regex;
    const bool ic = leaf.ignoreCase;
    const std::vector<nlohmann::json> values = valueList(leaf.value);
    std::vector<std::string> needles;
    for (const nlohmann::json& v : values)
        needles.push_back(ic ? lowerUtf8(jsonText(v)) : jsonText(v));
    auto prep = [&](std::string_view s) { return ic ? lowerUtf8(s) : std::string(s); };
    switch (op) {
    case Op::Eq:
    case Op::In:
    case Op::HasAny:
        textPred = [&](std::string_view s) {
            const std::string v = prep(s);
            return std::find(needles.begin(), needles.end(), v) != needles.end();
        };
        break;
    case Op::Contains:
        textPred = [&](std::string_view s) { return !needles.empty() && prep(s).find(needles[0]) != std::string::npos; };
        break;
    case Op::StartsWith:
        textPred = [&](std::string_view s) { return !needles.empty() && prep(s).starts_with(needles[0]); };
        break;
    case Op::EndsWith:
        textPred = [&](std::string_view s) { return !needles.empty() && prep(s).ends_with(needles[0]); };
        break;
    case Op::Matches: {
        QRegularExpression::PatternOptions opts = QRegularExpression::UseUnicodePropertiesOption;
        if (ic)
            opts |= QRegularExpression::CaseInsensitiveOption;
        regex = std::make_unique<QRegularExpression>(q(values.empty() ? std::string() : jsonText(values[0])), opts);
        if (!regex->isValid())
            return fail(QCoreApplication::translate("sd::Evaluator", "invalid regular expression: %1")
                            .arg(regex->errorString()));
        regex->optimize();
        textPred = [&](std::string_view s) {
            return regex->match(QString::fromUtf8(s.data(), qsizetype(s.size()))).hasMatch();
        };
        break;
    }
    case Op::Lt: case Op::Le: case Op::Gt: case Op::Ge: case Op::Between: {
        // Text order is by code point, which UTF-8 byte order preserves.
        const std::string lo = needles.empty() ? std::string() : needles[0];
        const std::string hi = needles.size() > 1 ? needles[1] : lo;
        textPred = [&, lo, hi](std::string_view s) {
            const std::string v = prep(s);
            switch (op) {
            case Op::Lt: return v < lo;
            case Op::Le: return v <= lo;
            case Op::Gt: return v > lo;
            case Op::Ge: return v >= lo;
            default: return v >= lo && v <= hi;
            }
        };
        break;
    }
    default:
        break;
    }

    // Text-reading operators on non-text cells read the cell's text, row by row.
    if (isTextOp(op) && c.type != FieldType::Text && c.type != FieldType::List)
        return finish(rowsWhere(n, [&](size_t i) { return c.present.test(i) && textPred(c.cellText(i)); }));

    switch (c.type) {
    case FieldType::Number: {
        const double* x = c.numbers.data();
        if (op == Op::Between) {
            if (!leaf.value.is_array() || leaf.value.size() != 2)
                return fail(QCoreApplication::translate("sd::Evaluator", "between needs [low, high]"));
            auto lo = jsonNumber(leaf.value[0]), hi = jsonNumber(leaf.value[1]);
            if (!lo || !hi)
                return fail(QCoreApplication::translate("sd::Evaluator", "between needs two numbers"));
            return finish(scan::compareNumbers(x, n, scan::Compare::Between, *lo, *hi));
        }
        if (op == Op::In || op == Op::Eq) {
            std::vector<double> set;
            for (const auto& v : values)
                if (auto d = jsonNumber(v))
                    set.push_back(*d);
            if (set.size() == 1) {
                return finish(scan::compareNumbers(x, n, scan::Compare::Eq, set[0]));
            }
            return finish(rowsWhere(n, [&](size_t i) { return std::find(set.begin(), set.end(), x[i]) != set.end(); }));
        }
        auto v = values.empty() ? std::nullopt : jsonNumber(values[0]);
        if (!v)
            return fail(QCoreApplication::translate("sd::Evaluator", "needs a number"));
        const double a = *v;
        switch (op) {
        case Op::Lt: return finish(scan::compareNumbers(x, n, scan::Compare::Lt, a));
        case Op::Le: return finish(scan::compareNumbers(x, n, scan::Compare::Le, a));
        case Op::Gt: return finish(scan::compareNumbers(x, n, scan::Compare::Gt, a));
        case Op::Ge: return finish(scan::compareNumbers(x, n, scan::Compare::Ge, a));
        default: return fail(QCoreApplication::translate("sd::Evaluator", "operator not available for numbers"));
        }
    }
    case FieldType::Date: {
        const int32_t* d = c.days.data();
        if (op == Op::WithinLastDays) {
            auto days = values.empty() ? std::nullopt : jsonNumber(values[0]);
            if (!days || *days < 0)
                return fail(QCoreApplication::translate("sd::Evaluator", "needs a number of days"));
            return finish(scan::daysInRange(d, n, mAsOf - int64_t(*days), mAsOf));
        }
        if (op == Op::Between) {
            if (!leaf.value.is_array() || leaf.value.size() != 2)
                return fail(QCoreApplication::translate("sd::Evaluator", "between needs [first, last]"));
            auto lo = jsonDays(leaf.value[0]), hi = jsonDays(leaf.value[1]);
            if (!lo || !hi)
                return fail(QCoreApplication::translate("sd::Evaluator", "between needs two dates (YYYY-MM-DD)"));
            return finish(scan::daysInRange(d, n, *lo, *hi));
        }
        if (op == Op::In || op == Op::Eq) {
            std::vector<int32_t> set;
            for (const auto& v : values)
                if (auto x = jsonDays(v))
                    set.push_back(*x);
            return finish(rowsWhere(n, [&](size_t i) { return std::find(set.begin(), set.end(), d[i]) != set.end(); }));
        }
        auto v = values.empty() ? std::nullopt : jsonDays(values[0]);
        if (!v)
            return fail(QCoreApplication::translate("sd::Evaluator", "needs a date (YYYY-MM-DD)"));
        const int64_t a = *v;
        constexpr int64_t kLowest = std::numeric_limits<int32_t>::min(), kHighest = std::numeric_limits<int32_t>::max();
        switch (op) {
        case Op::Lt: return finish(scan::daysInRange(d, n, kLowest, a - 1));
        case Op::Le: return finish(scan::daysInRange(d, n, kLowest, a));
        case Op::Gt: return finish(scan::daysInRange(d, n, a + 1, kHighest));
        case Op::Ge: return finish(scan::daysInRange(d, n, a, kHighest));
        default: return fail(QCoreApplication::translate("sd::Evaluator", "operator not available for dates"));
        }
    }
    case FieldType::Boolean: {
        if (op != Op::Eq && op != Op::In)
            return fail(QCoreApplication::translate("sd::Evaluator", "operator not available for booleans"));
        bool wantTrue = false, wantFalse = false;
        for (const auto& v : values) {
            auto b = jsonBool(v);
            if (!b)
                return fail(QCoreApplication::translate("sd::Evaluator", "needs true or false"));
            (*b ? wantTrue : wantFalse) = true;
        }
        Bitmap b(n);
        if (wantTrue)
            b |= c.truth;
        if (wantFalse) {
            Bitmap f = c.present;
            f.andNot(c.truth);
            b |= f;
        }
        return finish(std::move(b));
    }
    case FieldType::Text: {
        if (op == Op::HasAll || op == Op::HasAny)
            return fail(QCoreApplication::translate("sd::Evaluator", "has_any/has_all/has_none need a list field"));
        if (op == Op::WithinLastDays)
            return fail(QCoreApplication::translate("sd::Evaluator", "within_last_days needs a date field"));
        if (!textPred)
            return fail(QCoreApplication::translate("sd::Evaluator", "operator not available for text"));
        const Dictionary& dict = *c.dictionary;
        std::vector<uint8_t> table(dict.size(), 0);
        if (!ic && (op == Op::Eq || op == Op::In)) {
            for (const std::string& s : needles)
                if (uint32_t code = dict.find(s))
                    table[code] = 1;
        } else {
            for (uint32_t k = 1; k < dict.size(); ++k)
                table[k] = textPred(dict.at(k)) ? 1 : 0;
        }
        const uint32_t* codes = c.codes.data();
        const uint8_t* t = table.data();
        return finish(rowsWhere(n, [&](size_t i) { return t[codes[i]] != 0; }));
    }
    case FieldType::List: {
        const Dictionary& dict = *c.dictionary;
        if (op == Op::HasAny || op == Op::HasAll) {
            // Item code → index of the first needle it equals (+1), 0 when none.
            std::vector<uint16_t> which(dict.size(), 0);
            for (uint32_t k = 1; k < dict.size(); ++k) {
                const std::string v = prep(dict.at(k));
                for (size_t j = 0; j < needles.size() && j < 65535; ++j)
                    if (v == needles[j]) {
                        which[k] = uint16_t(j + 1);
                        break;
                    }
            }
            // Repeated values count once: has_all ["Zoom", "Zoom"] asks for Zoom.
            size_t want = 0;
            for (size_t j = 0; j < needles.size(); ++j)
                if (std::find(needles.begin(), needles.begin() + long(j), needles[j]) == needles.begin() + long(j))
                    ++want;
            return finish(rowsWhere(n, [&](size_t i) {
                if (op == Op::HasAny) {
                    for (uint32_t p = c.listOffsets[i]; p < c.listOffsets[i + 1]; ++p)
                        if (which[c.listItems[p]])
                            return true;
                    return false;
                }
                uint64_t seen = 0;
                size_t count = 0;
                std::vector<bool> seenBig;
                for (uint32_t p = c.listOffsets[i]; p < c.listOffsets[i + 1]; ++p) {
                    const uint16_t w = which[c.listItems[p]];
                    if (!w)
                        continue;
                    if (w <= 64) {
                        if (!(seen & (uint64_t(1) << (w - 1)))) {
                            seen |= uint64_t(1) << (w - 1);
                            ++count;
                        }
                    } else {
                        if (seenBig.empty())
                            seenBig.assign(want + 1, false);
                        if (!seenBig[w]) {
                            seenBig[w] = true;
                            ++count;
                        }
                    }
                }
                return count == want;
            }));
        }
        if (!textPred)
            return fail(QCoreApplication::translate("sd::Evaluator", "operator not available for lists"));
        // Other operators read the list as its ';'-joined text.
        return finish(rowsWhere(n, [&](size_t i) { return c.present.test(i) && textPred(c.cellText(i)); }));
    }
    }
    return fail(QCoreApplication::translate("sd::Evaluator", "unsupported field type"));
}

} // namespace sd
