// Rule file v1 (*.rules.json): parse with full validation, and canonical serialization.
#pragma once

#include "rules.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace sd {

inline constexpr char kRuleFileFormat[] = "segment-designer/rules"; // the "format" member

struct RuleFileError
{
    std::string pointer;  // JSON Pointer of the offending value, e.g. "/segments/children/0/when/op"
    std::string message;  // plain sentence, e.g. unknown operator "=>"
};

struct RuleFileResult
{
    bool ok = false;
    RuleSet rules;
    std::vector<RuleFileError> errors; // every error found, in document order
};

struct RuleFileLimits
{
    qint64 maxBytes = 64 << 20;
    int maxDepth = 200;       // nesting of conditions and segments
};

// Parses and validates a rule file. With `workspaceFields` (name → type) the fields the file uses
// are also checked against the data it will run on.
RuleFileResult parseRuleFile(const QByteArray& bytes, const RuleFileLimits& limits = {});

// Checks a parsed rule set: ids, references, cycles, operator/type agreement, holdout range, caps.
std::vector<RuleFileError> validateRuleSet(const RuleSet& rules);

// Canonical text: fixed key order, 2-space indentation, trailing newline. parse → serialize is a
// fixed point (golden files in tests/data).
QByteArray serializeRuleFile(const RuleSet& rules);

QString formatRuleFileError(const RuleFileError& e); // "/pointer: message"

} // namespace sd
