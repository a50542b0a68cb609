// Tags written back into the workspace: every lead's segment(s) per rule-set version, so that a
// later import can be compared with what was tagged. One transaction per save, the new rule-set
// version included: a failure or a kill leaves the workspace as it was before the save.
#pragma once

#include "evaluator.h"
#include "workspace.h"

#include <QString>

#include <vector>

namespace sd {

struct SavedTags
{
    bool ok = false;
    QString error;
    qint64 versionId = 0;
    bool newVersion = false; // the rule file differed from the latest stored version
    qint64 rows = 0;
};

struct StoredTag
{
    qint64 leadRowid = 0;
    std::string leadKey;
    std::string segmentId;   // empty: the lead is in no segment
    std::optional<bool> holdout;
};

class TagStore
{
public:
    explicit TagStore(Workspace& ws) : mWs(ws) {}

    // Stores the rules as a version of the rule set named like them (reusing the latest version
    // when its content is the same), then replaces that version's tags with the leads' segments:
    // in an all-exclusive tree one row per lead, otherwise one per deepest segment it is in.
    // `table` must have been loaded from this workspace, in rowid order.
    SavedTags save(const RuleSet& rules, const ColumnTable& table, const std::vector<SegmentMembers>& segments, int64_t asOf);

    std::vector<StoredTag> tags(qint64 versionId) const;

private:
    Workspace& mWs;
};

} // namespace sd
