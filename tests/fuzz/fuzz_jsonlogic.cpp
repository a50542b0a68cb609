// Fuzz target: bytes → JSON → JsonLogic importer. What the importer accepts must be a condition the
// validator and the engine accept; exported again as JsonLogic and imported back it must select
// the same leads on a small table with empty cells. What it refuses must say where, with a pointer.
// The same bytes also go through the whole-document import the GUI uses (bounded reading, duplicate
// keys, segments matched by id), whose result must be a rule set the validator and engine accept.
#include "fuzzsupport.h"

#include "columntable.h"
#include "evaluator.h"
#include "jsonlogicexporter.h"
#include "jsonlogicimporter.h"
#include "jsonlogicruleimport.h"
#include "rulefile.h"

#include <cstddef>
#include <cstdint>

using namespace sd;

namespace {

const std::vector<std::pair<std::string, FieldType>>& fields()
{
    static const std::vector<std::pair<std::string, FieldType>> kFields{
        {"industry", FieldType::Text}, {"employees", FieldType::Number}, {"created", FieldType::Date},
        {"converted", FieldType::Boolean}, {"tags", FieldType::List}};
    return kFields;
}

// Five leads, each field empty in one of them.
const ColumnTable& table()
{
    static const ColumnTable kTable = ColumnTable::fromText(
        fields(), {{"Software", "120", "2026-01-31", "true", "a;b"},
                   {"", "0", "2025-06-01", "false", "c"},
                   {"retail", "", "1999-12-31", "true", "a"},
                   {"Software", "-3.5", "", "false", ""},
                   {"Health", "5000", "2026-11-01", "", "b;c"}});
    return kTable;
}

RuleSet ruleSetWith(const Condition& condition)
{
    RuleSet rules;
    rules.name = "fuzz";
    rules.fields = fields();
    Segment s;
    s.id = "s";
    s.name = "S";
    s.when = condition;
    rules.root.children.push_back(std::move(s));
    return rules;
}

// Members of segment "s", or nullopt with the engine's message.
std::optional<Bitmap> members(const RuleSet& rules, QString* error)
{
    Evaluator evaluator(table());
    evaluator.setAsOf(20000);
    std::vector<SegmentMembers> segments;
    if (!evaluator.evaluate(rules, &segments, error))
        return std::nullopt;
    for (const SegmentMembers& m : segments)
        if (m.id == "s")
            return m.members;
    *error = QStringLiteral("segment s missing from the result");
    return std::nullopt;
}

void checkErrors(const std::vector<RuleFileError>& errors)
{
    SD_FUZZ_CHECK(!errors.empty(), QStringLiteral("refused without an error"));
    for (const RuleFileError& e : errors) {
        SD_FUZZ_CHECK(!e.message.empty(), QStringLiteral("empty message"));
        SD_FUZZ_CHECK(e.pointer.empty() || e.pointer[0] == '/', QString::fromStdString(e.pointer));
    }
}

void checkDocumentImport(const uint8_t* data, size_t size)
{
    RuleSet current = ruleSetWith(Condition{});
    current.root.children.front().when.reset();
    const JsonLogicRulesImport r = importJsonLogicRules(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), current);
    if (!r.ok) {
        checkErrors(r.errors);
        return;
    }
    const std::vector<RuleFileError> invalid = validateRuleSet(r.rules);
    SD_FUZZ_CHECK(invalid.empty(), formatRuleFileError(invalid.front()));
    Evaluator evaluator(table());
    evaluator.setAsOf(20000);
    std::vector<SegmentMembers> segments;
    QString error;
    SD_FUZZ_CHECK(evaluator.evaluate(r.rules, &segments, &error), error);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    checkDocumentImport(data, size);
    const nlohmann::json logic = nlohmann::json::parse(data, data + size, nullptr, false);
    if (logic.is_discarded())
        return 0;
    const JsonLogicImportResult imported = importJsonLogic(logic, fields());
    if (!imported.ok) {
        checkErrors(imported.errors);
        return 0;
    }
    const RuleSet rules = ruleSetWith(imported.condition);
    const std::vector<RuleFileError> invalid = validateRuleSet(rules);
    SD_FUZZ_CHECK(invalid.empty(), formatRuleFileError(invalid.front()));
    QString error;
    const std::optional<Bitmap> first = members(rules, &error);
    SD_FUZZ_CHECK(first.has_value(), error);

    // Round trip through the exporter: same leads, or a refusal with a pointer.
    JsonLogicOptions options;
    options.asOf = 20000;
    const ExportResult exported = exportJsonLogic(rules, options);
    if (!exported.ok) {
        checkErrors(exported.errors);
        return 0;
    }
    const nlohmann::json document = nlohmann::json::parse(exported.text, nullptr, false);
    SD_FUZZ_CHECK(!document.is_discarded() && document.contains("segments") && document["segments"].contains("s"),
                  QString::fromStdString(exported.text));
    const JsonLogicImportResult back = importJsonLogic(document["segments"]["s"], fields());
    SD_FUZZ_CHECK(back.ok, back.errors.empty() ? QString() : formatRuleFileError(back.errors.front()));
    const std::optional<Bitmap> second = members(ruleSetWith(back.condition), &error);
    SD_FUZZ_CHECK(second.has_value(), error);
    SD_FUZZ_CHECK(*first == *second, QString::fromStdString(exported.text));
    return 0;
}
