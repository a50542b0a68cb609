// JsonLogic export (jsonlogic.com): {"segments": {ID: rule}, "scores": {ID: rule}} with a
// self-contained rule per segment, remainder and score, over one lead given as {FIELD: value}
// (numbers, booleans, dates "YYYY-MM-DD", lists as arrays of strings, empty cells null).
// Only standard JsonLogic operations are used, each guarded so that JavaScript's type coercion
// (null < 5 is true there) cannot change the two-valued meaning of the rules.
#pragma once

#include "exportresult.h"
#include "rules.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>

namespace sd {

struct JsonLogicOptions
{
    std::optional<int64_t> asOf; // days since 1970-01-01; relative dates need it
};

class JsonLogicExporter
{
public:
    JsonLogicExporter(const RuleSet& rules, JsonLogicOptions options);
    ExportResult run();
    // The export as a JSON object (valid only when run() succeeded).
    const nlohmann::ordered_json& document() const { return mOut; }

private:
    nlohmann::json condition(const Condition& c, const std::string& pointer, int depth);
    nlohmann::json leaf(const Condition& c, const std::string& pointer);
    nlohmann::json membership(const std::string& segmentId, int depth);
    nlohmann::json remainder(const Segment& parent, int depth);
    nlohmann::json scoreRule(size_t index);
    nlohmann::json value(const std::string& field, const std::string& pointer, FieldType* type, bool* isScore);
    void error(const std::string& pointer, const std::string& message);

    const RuleSet& mRules;
    JsonLogicOptions mOptions;
    std::map<std::string, const Segment*> mNodes;
    std::map<std::string, const Segment*> mParents;
    std::map<std::string, std::string> mPointers;
    std::map<std::string, size_t> mScoreIndex;
    std::vector<RuleFileError> mErrors;
    nlohmann::ordered_json mOut;
};

ExportResult exportJsonLogic(const RuleSet& rules, const JsonLogicOptions& options);

} // namespace sd
