// A human-readable summary of a rule set for a sales team: every segment in tree order with who is
// in it, what to do with those leads (its attributes), and how the scores are computed.
#pragma once

#include "exportresult.h"
#include "rules.h"

#include <string>

namespace sd {

class MarkdownSummary
{
public:
    explicit MarkdownSummary(const RuleSet& rules) : mRules(rules) {}
    ExportResult run() const;

    // Plain-language text of a condition ("Employees is at least 1000 and Industry is one of …").
    std::string describe(const Condition& c, int depth = 0) const;

private:
    std::string fieldLabel(const std::string& field) const;
    std::string segmentName(const std::string& id) const;
    const RuleSet& mRules;
};

ExportResult markdownSummary(const RuleSet& rules);

// Markdown-safe inline text: special characters escaped, line breaks as spaces.
std::string markdownEscape(std::string_view text);

} // namespace sd
