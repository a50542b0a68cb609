// The outcome a model learns, as the user names it ("y=yes", "converted", "stage=Won"), turned into
// an ordinary rule-file condition so that the fitted rules carry the same outcome definition.
#pragma once

#include "bitmap.h"
#include "columntable.h"
#include "rules.h"

#include <QString>

#include <optional>
#include <string>

namespace sd {

// Parses "FIELD[=VALUE]" against the table's column types. A boolean field alone means "= true";
// its VALUE may be yes/no/true/false/y/n/1/0. Other types need a VALUE in their own format
// (a number, an ISO date, text exactly as stored); a list field tests membership of VALUE.
std::optional<Condition> parseOutcomeSpec(const ColumnTable& table, const std::string& spec, QString* error);

// The rows where the condition holds, evaluated by the rule engine itself.
bool outcomeRows(const ColumnTable& table, const Condition& outcome, Bitmap* rows, QString* error);

} // namespace sd
