// JsonLogic import of a whole rule set, for the designer's File ▸ Import JsonLogic…: the document the
// JsonLogic export writes ({"segments": {ID: rule}, "scores": {ID: rule}}), or a single JsonLogic
// rule. Conditions go through JsonLogicImporter; what the export adds around them (the parent's
// rule and earlier exclusive siblings in front of a segment's own condition, empty-cell guards,
// inlined scores) is recognised and taken off again, so that importing an export of the open rule
// set gives that rule set back. Anything else is refused with its JSON Pointer, never guessed.
#pragma once

#include "rulefile.h"
#include "rules.h"

#include <QByteArray>

#include <vector>

namespace sd {

struct JsonLogicRulesImport
{
    bool ok = false;
    RuleSet rules;                     // the open rule set with the import applied
    std::vector<RuleFileError> errors; // pointers into the JsonLogic document
    int segmentsChanged = 0;           // segments whose condition was set or added
    int scoresChanged = 0;
};

// `current` gives the segment tree, names, attributes and field types; `workspaceFields` more field
// types a rule may read (added to the rule set's fields when it does).
// A document whose segment ids are those of `current` updates their conditions in place; one whose
// ids are all new replaces the segments by one overlapping segment per rule (each rule is
// self-contained); a single rule is added as a new segment at the end.
JsonLogicRulesImport importJsonLogicRules(const QByteArray& bytes, const RuleSet& current,
                                          const std::vector<std::pair<std::string, FieldType>>& workspaceFields = {});

// The condition the JsonLogic export's shapes stand for: an empty-cell guard in front of a positive
// leaf is dropped, "not" of a leaf becomes its negative twin, one-value list tests are merged.
Condition simplifyImportedCondition(Condition c);

} // namespace sd
