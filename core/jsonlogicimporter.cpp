// JsonLogic → rule condition. Literals must have the field's type: JsonLogic's loose "==" would
// compare 1 and "1" as equal, the rules never do, so a mixed comparison is an error, not a guess.
#include "jsonlogicimporter.h"

#include "valueparsing.h"

#include <QString>

namespace sd {

namespace {

using json = nlohmann::json;

std::string token(const std::string& key)
{
    std::string out = "/";
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string index(size_t i) { return "/" + std::to_string(i); }

Condition leafOf(const std::string& field, Op op, json value = nullptr)
{
    Condition c;
    c.kind = Condition::Kind::Leaf;
    c.field = field;
    c.op = op;
    c.value = std::move(value);
    return c;
}

Condition group(Condition::Kind kind, std::vector<Condition> children = {})
{
    Condition c;
    c.kind = kind;
    c.children = std::move(children);
    return c;
}

bool isVar(const json& j)
{
    return j.is_object() && j.size() == 1 && j.contains("var");
}

bool isIsoDate(const json& v)
{
    if (!v.is_string())
        return false;
    const std::string& s = v.get_ref<const std::string&>();
    return s.size() == 10 && parseDate(s, DateLayout::Iso).has_value();
}

// Flips a comparison so that the field is on the left: 5 < x is x > 5.
Op flipped(Op op)
{
    switch (op) {
    case Op::Lt: return Op::Gt;
    case Op::Le: return Op::Ge;
    case Op::Gt: return Op::Lt;
    case Op::Ge: return Op::Le;
    default: return op;
    }
}

} // namespace

JsonLogicImportResult importJsonLogic(const nlohmann::json& logic, const std::vector<std::pair<std::string, FieldType>>& fields)
{
    return JsonLogicImporter(fields).run(logic);
}

JsonLogicImportResult JsonLogicImporter::run(const json& logic)
{
    JsonLogicImportResult r;
    auto c = convert(logic, "", 0);
    r.errors = std::move(mErrors);
    r.ok = c.has_value() && r.errors.empty();
    if (r.ok)
        r.condition = std::move(*c);
    return r;
}

bool JsonLogicImporter::literalFits(const json& v, FieldType t) const
{
    switch (t) {
    case FieldType::Number: return v.is_number();
    case FieldType::Boolean: return v.is_boolean();
    case FieldType::Date: return isIsoDate(v);
    case FieldType::Text:
    case FieldType::List: return v.is_string();
    }
    return false;
}

std::optional<std::pair<std::string, FieldType>> JsonLogicImporter::var(const json& j, const std::string& ptr, bool report)
{
    if (!j.is_object() || j.size() != 1 || !j.contains("var")) {
        if (report)
            error(ptr, "expected a field, {\"var\": NAME}");
        return std::nullopt;
    }
    const json& a = j["var"];
    const json* name = &a;
    if (a.is_array()) {
        if (a.size() != 1) {
            if (report)
                error(ptr + "/var", "a default value for a missing field has no equivalent in the rules");
            return std::nullopt;
        }
        name = &a[0];
    }
    if (!name->is_string()) {
        if (report)
            error(ptr + "/var", "the field name must be text");
        return std::nullopt;
    }
    const std::string& n = name->get_ref<const std::string&>();
    for (const auto& [field, type] : mFields)
        if (field == n)
            return std::make_pair(field, type);
    if (report)
        error(ptr + "/var", "unknown field \"" + n + "\"");
    return std::nullopt;
}

std::optional<Condition> JsonLogicImporter::comparison(const std::string& opName, const json& args, const std::string& ptr)
{
    const std::string base = ptr + token(opName);
    if (!args.is_array() || args.size() < 2 || args.size() > 3) {
        error(base, "\"" + opName + "\" needs two values (or three for a range)");
        return std::nullopt;
    }
    const Op op = opName == "<" ? Op::Lt : opName == "<=" ? Op::Le : opName == ">" ? Op::Gt : Op::Ge;
    if (args.size() == 3) {
        if (op != Op::Lt && op != Op::Le) {
            error(base, "only \"<\" and \"<=\" take a range of three values");
            return std::nullopt;
        }
        auto f = var(args[1], base + "/1", true);
        if (!f)
            return std::nullopt;
        if (!literalFits(args[0], f->second) || !literalFits(args[2], f->second) || f->second == FieldType::Boolean
            || f->second == FieldType::List) {
            error(base, "the range bounds must be values of the field's type");
            return std::nullopt;
        }
        // A range whose bounds are out of order matches nothing; "between" would not validate,
        // so it is kept as the two comparisons it says.
        if (op == Op::Le && args[2] < args[0])
            return group(Condition::Kind::All, {leafOf(f->first, Op::Ge, args[0]), leafOf(f->first, Op::Le, args[2])});
        if (op == Op::Le)
            return leafOf(f->first, Op::Between, json::array({args[0], args[2]}));
        return group(Condition::Kind::All, {leafOf(f->first, Op::Gt, args[0]), leafOf(f->first, Op::Lt, args[2])});
    }
    const bool fieldFirst = isVar(args[0]);
    const size_t fi = fieldFirst ? 0 : 1;
    auto f = var(args[fi], base + index(fi), true);
    if (!f)
        return std::nullopt;
    const json& lit = args[1 - fi];
    if (!literalFits(lit, f->second) || f->second == FieldType::Boolean || f->second == FieldType::List) {
        error(base + index(1 - fi), "\"" + f->first + "\" cannot be ordered against this value (types differ)");
        return std::nullopt;
    }
    return leafOf(f->first, fieldFirst ? op : flipped(op), lit);
}

std::optional<Condition> JsonLogicImporter::convert(const json& j, const std::string& ptr, int depth)
{
    if (depth > kMaxJsonLogicDepth) {
        error(ptr, "nested too deeply");
        return std::nullopt;
    }
    if (j.is_boolean())
        return group(j.get<bool>() ? Condition::Kind::All : Condition::Kind::Any);
    if (!j.is_object() || j.size() != 1) {
        error(ptr, "expected an operation: an object with one key");
        return std::nullopt;
    }
    const std::string opName = j.begin().key();
    const json& args = j.begin().value();
    const std::string base = ptr + token(opName);
    if (opName == "and" || opName == "or") {
        if (!args.is_array()) {
            error(base, "\"" + opName + "\" needs an array");
            return std::nullopt;
        }
        Condition g = group(opName == "and" ? Condition::Kind::All : Condition::Kind::Any);
        for (size_t i = 0; i < args.size(); ++i)
            if (auto c = convert(args[i], base + index(i), depth + 1))
                g.children.push_back(std::move(*c));
        return g;
    }
    if (opName == "!" || opName == "!!") {
        const json& a = args.is_array() ? (args.size() == 1 ? args[0] : json()) : args;
        const std::string aptr = args.is_array() ? base + "/0" : base;
        if (args.is_array() && args.size() != 1) {
            error(base, "\"" + opName + "\" takes one value");
            return std::nullopt;
        }
        // !!field and !field test for an empty cell; anything else is a condition to negate.
        if (auto f = var(a, aptr, false)) {
            // Truthiness equals "not empty" only where no value is falsy: not for 0 or false.
            if (f->second == FieldType::Number || f->second == FieldType::Boolean) {
                error(aptr, "JavaScript truthiness of the " + std::string(f->second == FieldType::Number ? "number" : "boolean")
                                + " field \"" + f->first + "\" treats 0 and false as empty; compare with null instead");
                return std::nullopt;
            }
            return leafOf(f->first, opName == "!!" ? Op::IsNotEmpty : Op::IsEmpty);
        }
        auto inner = convert(a, aptr, depth + 1);
        if (!inner)
            return std::nullopt;
        if (opName == "!!")
            return inner;
        return group(Condition::Kind::Not, {std::move(*inner)});
    }
    if (opName == "==" || opName == "===" || opName == "!=" || opName == "!==") {
        if (!args.is_array() || args.size() != 2) {
            error(base, "\"" + opName + "\" needs two values");
            return std::nullopt;
        }
        const bool negative = opName[0] == '!';
        // {"===": [{"substr": [field, 0, n]}, "text"]}: the export's starts_with / ends_with.
        for (size_t side = 0; side < 2; ++side) {
            const json& s = args[side];
            if (s.is_object() && s.size() == 1 && s.contains("substr") && s["substr"].is_array()) {
                const json& sa = s["substr"];
                const json& lit = args[1 - side];
                auto f = sa.empty() ? std::nullopt : var(sa[0], base + index(side) + "/substr/0", true);
                if (!f)
                    return std::nullopt;
                if (!lit.is_string() || (f->second != FieldType::Text && f->second != FieldType::Date)) {
                    error(base + index(side), "substr is only understood as a prefix or suffix test of a text field");
                    return std::nullopt;
                }
                const qsizetype n = QString::fromStdString(lit.get<std::string>()).size();
                Op op;
                if (sa.size() == 3 && sa[1] == 0 && sa[2].is_number_integer() && sa[2].get<qsizetype>() == n)
                    op = Op::StartsWith;
                else if (sa.size() == 2 && sa[1].is_number_integer() && sa[1].get<qsizetype>() == -n && n > 0)
                    op = Op::EndsWith;
                else {
                    error(base + index(side), "substr is only understood as a prefix or suffix test of the compared text");
                    return std::nullopt;
                }
                Condition c = leafOf(f->first, op, lit);
                return negative ? group(Condition::Kind::Not, {std::move(c)}) : c;
            }
        }
        const bool fieldFirst = isVar(args[0]);
        const size_t fi = fieldFirst ? 0 : 1;
        auto f = var(args[fi], base + index(fi), true);
        if (!f)
            return std::nullopt;
        const json& lit = args[1 - fi];
        if (lit.is_null())
            return leafOf(f->first, negative ? Op::IsNotEmpty : Op::IsEmpty);
        if (!literalFits(lit, f->second)) {
            error(base + index(1 - fi), "the value's type does not match the field \"" + f->first
                                            + "\"; JsonLogic would convert it, the rules do not");
            return std::nullopt;
        }
        return leafOf(f->first, negative ? Op::Ne : Op::Eq, lit);
    }
    if (opName == "<" || opName == "<=" || opName == ">" || opName == ">=")
        return comparison(opName, args, ptr);
    if (opName == "in") {
        if (!args.is_array() || args.size() != 2) {
            error(base, "\"in\" needs two values");
            return std::nullopt;
        }
        if (auto f = var(args[0], base + "/0", false)) {
            if (!args[1].is_array() || args[1].empty()) {
                error(base + "/1", "expected a non-empty array of values");
                return std::nullopt;
            }
            for (size_t i = 0; i < args[1].size(); ++i)
                if (!literalFits(args[1][i], f->second)) {
                    error(base + "/1" + index(i), "the value's type does not match the field \"" + f->first + "\"");
                    return std::nullopt;
                }
            return leafOf(f->first, Op::In, args[1]);
        }
        auto f = var(args[1], base + "/1", true);
        if (!f)
            return std::nullopt;
        if (!args[0].is_string()) {
            error(base + "/0", "expected text to look for");
            return std::nullopt;
        }
        if (f->second == FieldType::List)
            return leafOf(f->first, Op::HasAny, json::array({args[0]}));
        if (f->second != FieldType::Text && f->second != FieldType::Date) {
            error(base + "/1", "\"in\" looks for text inside text or a list");
            return std::nullopt;
        }
        return leafOf(f->first, Op::Contains, args[0]);
    }
    if (opName == "some" || opName == "none") {
        // {"some": [list, {"in": [{"var": ""}, [values]]}]}: has_any / has_none.
        if (args.is_array() && args.size() == 2) {
            auto f = var(args[0], base + "/0", true);
            if (!f)
                return std::nullopt;
            const json& test = args[1];
            const bool shape = test.is_object() && test.size() == 1 && test.contains("in") && test["in"].is_array()
                && test["in"].size() == 2 && test["in"][0] == json{{"var", ""}} && test["in"][1].is_array()
                && !test["in"][1].empty();
            if (f->second == FieldType::List && shape) {
                for (const json& v : test["in"][1])
                    if (!v.is_string()) {
                        error(base + "/1/in/1", "list items are text");
                        return std::nullopt;
                    }
                return leafOf(f->first, opName == "some" ? Op::HasAny : Op::HasNone, test["in"][1]);
            }
        }
        error(base, "\"" + opName + "\" is understood only as {\"" + opName + "\": [LIST_FIELD, {\"in\": [{\"var\": \"\"}, [values]]}]}");
        return std::nullopt;
    }
    if (opName == "missing") {
        const json names = args.is_array() ? args : json::array({args});
        Condition any = group(Condition::Kind::Any);
        for (size_t i = 0; i < names.size(); ++i) {
            auto f = var(json{{"var", names[i]}}, base + index(i), true);
            if (!f)
                return std::nullopt;
            any.children.push_back(leafOf(f->first, Op::IsEmpty));
        }
        if (any.children.size() == 1)
            return any.children.front();
        return any;
    }
    if (opName == "var") {
        error(base, "a field on its own is JavaScript truthiness; write {\"!!\": [field]} for \"is not empty\" or compare it");
        return std::nullopt;
    }
    error(base, "the operation \"" + opName + "\" has no equivalent in the rules");
    return std::nullopt;
}

} // namespace sd
