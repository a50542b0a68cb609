// Fuzz target: bytes → rule-file parser and validator. A file that parses must serialize to a
// canonical text that parses again to the same text (the golden-file property), and must evaluate
// on a small table without error other than a reported one.
#include "fuzzsupport.h"

#include "columntable.h"
#include "evaluator.h"
#include "rulefile.h"

#include <cstddef>
#include <cstdint>

using namespace sd;

namespace {

// Four leads with one value of each type; fields the rules name and the table lacks are added as
// empty columns of the rule file's type.
ColumnTable tableFor(const RuleSet& rules)
{
    std::vector<std::pair<std::string, FieldType>> schema;
    std::vector<std::vector<std::string>> rows(4);
    const char* samples[][4] = {
        {"Acme", "", "beta", "Zed"},          // text
        {"12", "0", "", "-3.5"},              // number
        {"2026-01-31", "", "1999-12-31", "2026-11-01"}, // date
        {"true", "false", "", "true"},        // boolean
        {"a;b", "", "c", "a"},                // list
    };
    for (const auto& [name, type] : rules.fields) {
        schema.emplace_back(name, type);
        for (size_t r = 0; r < rows.size(); ++r)
            rows[r].push_back(samples[int(type) % 5][r]);
    }
    return ColumnTable::fromText(schema, rows);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    RuleFileLimits limits;
    limits.maxBytes = 1 << 20;
    const RuleFileResult r = parseRuleFile(bytes, limits);
    if (!r.ok) {
        SD_FUZZ_CHECK(!r.errors.empty(), QStringLiteral("rejected without an error"));
        for (const RuleFileError& e : r.errors) {
            SD_FUZZ_CHECK(!e.message.empty(), QStringLiteral("empty message"));
            SD_FUZZ_CHECK(e.pointer.empty() || e.pointer[0] == '/', QString::fromStdString(e.pointer));
        }
        return 0;
    }
    SD_FUZZ_CHECK(validateRuleSet(r.rules).empty(), QStringLiteral("parsed but does not validate"));
    const QByteArray canonical = serializeRuleFile(r.rules);
    const RuleFileResult again = parseRuleFile(canonical, limits);
    SD_FUZZ_CHECK(again.ok, again.errors.empty() ? QString() : formatRuleFileError(again.errors.front()));
    SD_FUZZ_CHECK(serializeRuleFile(again.rules) == canonical, QStringLiteral("canonical text is not a fixed point"));

    const ColumnTable table = tableFor(r.rules);
    Evaluator evaluator(table);
    evaluator.setAsOf(20000);
    std::vector<SegmentMembers> segments;
    QString error;
    if (evaluator.evaluate(r.rules, &segments, &error))
        SD_FUZZ_CHECK(!segments.empty() || r.rules.root.children.empty(), QStringLiteral("no segments"));
    else
        SD_FUZZ_CHECK(!error.isEmpty(), QStringLiteral("evaluation failed without a message"));
    return 0;
}
