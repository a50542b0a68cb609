// Evaluation of a rule set over a ColumnTable into bitmaps: conditions, scores, the segment tree
// (overlapping and exclusive children, remainders, references, holdouts), per-condition funnels
// and "why" explanations. Leaf bitmaps and scores are cached, so after an edit only what changed
// is computed again.
#pragma once

#include "bitmap.h"
#include "columntable.h"
#include "rules.h"

#include <QString>

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace sd {

struct SegmentMembers
{
    std::string id;          // segment id; remainders "<parent id>/~", the root's "~"
    std::string path;        // ids from the top joined by '/', e.g. "enterprise/enterprise-hot"
    std::string name;        // remainders: "<parent name> (rest)" / "Rest"
    std::string namePath;    // names joined by " > "
    int parent = -1;         // index of the parent segment in the result, -1 = root
    int depth = 0;           // 0 for top-level segments
    bool remainder = false;
    bool leaf = true;        // has no children
    const Segment* node = nullptr; // nullptr for remainders
    Bitmap members;
    std::optional<Bitmap> holdout; // members in the holdout group, when the segment has one
};

struct FunnelStep
{
    std::string pointer;     // JSON Pointer of the condition inside the segment's `when`
    std::string label;       // human-readable condition
    size_t remaining = 0;    // leads left after this condition
};

struct ExplainNode
{
    std::string label;       // "employees >= 1000", "all of", "segment enterprise", …
    std::string leadValue;   // the lead's value of the leaf's field, empty for groups
    bool truth = false;
    std::vector<ExplainNode> children;
};

struct Explanation
{
    bool member = false;
    std::vector<std::pair<std::string, ExplainNode>> steps; // per path step: segment id → its condition
    std::string takenBy;     // exclusive parent: the earlier sibling that took the lead, if any
};

class Evaluator
{
public:
    explicit Evaluator(const ColumnTable& table);

    void setAsOf(int64_t daysSinceEpoch);
    int64_t asOf() const { return mAsOf; }

    // Evaluates the whole tree in pre-order. Errors (unknown field, bad regex) give false + message.
    bool evaluate(const RuleSet& rules, std::vector<SegmentMembers>* out, QString* error);

    // The outcome bitmap (empty optional when the rules define none). Call after evaluate().
    const std::optional<Bitmap>& outcome() const { return mOutcome; }
    // Score values per row, by score id. Call after evaluate().
    const std::vector<double>* scoreValues(const std::string& id) const;

    // One condition on its own (also for the UI's live leaf counts).
    bool evaluateCondition(const Condition& c, Bitmap* out, QString* error);

    // How many leads of the segment's base (its parent, minus earlier exclusive siblings) remain
    // after each condition of its `when` when that is an `all` group (else one step).
    std::vector<FunnelStep> funnel(const RuleSet& rules, const std::string& segmentId, QString* error);

    // Why is `row` (not) in the segment: the conditions on its path with their truth and values.
    Explanation explain(const RuleSet& rules, const std::string& segmentId, size_t row, QString* error);

    size_t cacheSize() const { return mLeafCache.size(); }
    void clearCache();

private:
    const Column* resolveColumn(const std::string& name, std::string* cacheSuffix, QString* error);
    bool computeScores(const RuleSet& rules, QString* error);
    bool leafBitmap(const Condition& leaf, Bitmap* out, QString* error);
    Bitmap evalLeafUncached(const Column& c, const Condition& leaf, QString* error) const;
    bool segmentSet(const std::string& id, Bitmap* out, QString* error);
    bool whenSet(const Segment& s, Bitmap* out, QString* error);
    ExplainNode explainCondition(const Condition& c, size_t row, QString* error);

    const ColumnTable& mTable;
    int64_t mAsOf = 0;
    // Leaf bitmaps keyed by the leaf's JSON (+ the score definition it reads, + as-of).
    std::unordered_map<std::string, Bitmap> mLeafCache;
    struct ScoreState
    {
        std::string key;     // definition this column was computed from
        Column column;       // Number column, all present
    };
    std::map<std::string, ScoreState> mScores;
    std::map<std::string, std::string> mScoreKeys; // id → cache key of the current definition
    // Per-evaluation state.
    const RuleSet* mRules = nullptr;
    std::map<std::string, const Segment*> mNodes;
    std::map<std::string, const Segment*> mParents;
    std::map<std::string, Bitmap> mMembers;
    std::map<std::string, Bitmap> mWhen;
    std::vector<std::string> mInProgress;
    std::optional<Bitmap> mOutcome;
};

// Deterministic holdout assignment: hash of the lead key and the segment id, in [0, 10000).
uint32_t holdoutBucket(std::string_view leadKey, std::string_view segmentId);

// Today's date as days since 1970-01-01 (UTC).
int64_t todayDays();
std::string conditionLabel(const Condition& c);

} // namespace sd
