// JsonLogic import into a rule condition for the visual editor: the part of JsonLogic that maps to
// the rule operators (and/or/!, comparisons, in, !!, missing, some/none over a list, substr prefix
// and suffix tests, and the shapes the JsonLogic export writes). Everything else is refused with
// the JSON Pointer of the offending operation, never approximated.
#pragma once

#include "rulefile.h"
#include "rules.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace sd {

// Deepest JsonLogic operator nesting converted; deeper rules are refused with an error.
inline constexpr int kMaxJsonLogicDepth = 200;

struct JsonLogicImportResult
{
    bool ok = false;
    Condition condition;
    std::vector<RuleFileError> errors; // pointers into the JsonLogic document
};

class JsonLogicImporter
{
public:
    // `fields` gives the type of every field a rule may read (the workspace's or the rule file's).
    explicit JsonLogicImporter(std::vector<std::pair<std::string, FieldType>> fields) : mFields(std::move(fields)) {}
    JsonLogicImportResult run(const nlohmann::json& logic);

private:
    std::optional<Condition> convert(const nlohmann::json& j, const std::string& ptr, int depth);
    std::optional<Condition> comparison(const std::string& op, const nlohmann::json& args, const std::string& ptr);
    // The field a {"var": NAME} reads, with its type; nullopt (and an error) otherwise.
    std::optional<std::pair<std::string, FieldType>> var(const nlohmann::json& j, const std::string& ptr, bool report);
    bool literalFits(const nlohmann::json& v, FieldType t) const;
    void error(const std::string& ptr, const std::string& message) { mErrors.push_back({ptr, message}); }

    std::vector<std::pair<std::string, FieldType>> mFields;
    std::vector<RuleFileError> mErrors;
};

JsonLogicImportResult importJsonLogic(const nlohmann::json& logic, const std::vector<std::pair<std::string, FieldType>>& fields);

} // namespace sd
