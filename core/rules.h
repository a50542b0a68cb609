// The rule AST of rule file v1: conditions, segments, scores. Plain value types (STYLE.md 4).
#pragma once

#include "fieldtype.h"

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sd {

enum class Op {
    Eq, Ne, Lt, Le, Gt, Ge, Between, In, NotIn, Contains, NotContains, StartsWith, EndsWith, Matches,
    IsEmpty, IsNotEmpty, WithinLastDays, NotWithinLastDays, HasAny, HasAll, HasNone
};

const char* opName(Op op);
std::optional<Op> opFromName(std::string_view name);
// Negative operators are exact negations of a positive twin; isEmpty/isNotEmpty likewise.
bool isNegativeOp(Op op);
Op positiveTwin(Op op); // identity for positive operators

struct Condition;
using ConditionPtr = std::shared_ptr<const Condition>;

struct Condition
{
    enum class Kind { All, Any, Not, Leaf, SegmentRef };
    Kind kind = Kind::All;
    std::vector<Condition> children; // All/Any: any number; Not: exactly one
    // Leaf
    std::string field;
    Op op = Op::Eq;
    nlohmann::json value;            // scalar, [lo, hi] for between, array for in/not_in/has_*
    bool ignoreCase = false;
    // SegmentRef
    std::string segment;

    bool operator==(const Condition&) const = default;
};

enum class ChildMode { Overlapping, Exclusive };

struct Segment
{
    std::string id;                  // root: empty
    std::string name;
    std::optional<Condition> when;
    std::vector<std::pair<std::string, std::string>> attributes; // file order
    ChildMode mode = ChildMode::Overlapping;
    bool hasMode = false;            // "mode" present in the file
    std::vector<Segment> children;
    std::optional<double> holdout;   // percent, 0 < P < 50

    bool operator==(const Segment&) const = default;
};

struct ScoreRule
{
    std::optional<Condition> when;
    std::string per;                 // number field (or score); empty = fixed points
    double points = 0;
    std::optional<double> cap;

    bool operator==(const ScoreRule&) const = default;
};

struct Score
{
    std::string id;
    std::string label;
    std::optional<double> min, max;
    std::vector<ScoreRule> rules;

    bool operator==(const Score&) const = default;
};

struct RuleSet
{
    std::string name;
    std::vector<std::pair<std::string, FieldType>> fields; // file order
    std::optional<Condition> outcome;
    std::vector<Score> scores;
    Segment root;

    bool operator==(const RuleSet&) const = default;

    std::optional<FieldType> fieldType(std::string_view name) const;
    const Score* score(std::string_view id) const;
    // Data fields (not scores) that conditions, scores and the outcome read.
    std::vector<std::string> referencedFields() const;
    bool hasHoldout() const;
};

} // namespace sd
