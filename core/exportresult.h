// The result of turning a rule set into another language (JsonLogic, SQL, Markdown): the text, or
// every leaf the target cannot express, each with its JSON Pointer in the rule file.
#pragma once

#include "rulefile.h"

#include <string>
#include <vector>

namespace sd {

struct ExportResult
{
    bool ok = false;
    std::string text;                  // the export, ending in a newline
    std::vector<RuleFileError> errors; // in document order; empty when ok
};

} // namespace sd
