// The fields a condition can read: the columns of the loaded table (or, before it has loaded, the
// rule set's declarations) and the rule set's scores, with value profiles computed on first use.
#pragma once

#include "evaluationsnapshot.h"
#include "fieldprofile.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sd {

struct CatalogField
{
    std::string name;
    FieldType type = FieldType::Text;
    bool score = false;
    bool missing = false;    // declared by the rules but absent from the data
};

class FieldCatalog
{
public:
    void setTable(std::shared_ptr<const ColumnTable> table);
    void setRules(const RuleSet& rules);
    void setSnapshot(const EvaluationSnapshotPtr& snapshot);

    const std::vector<CatalogField>& fields() const { return mFields; }
    std::optional<CatalogField> field(const std::string& name) const;
    bool hasTable() const { return mTable != nullptr; }
    size_t rowCount() const { return mTable ? mTable->rowCount() : 0; }
    // nullptr when the values are not available (no table yet, score not evaluated yet).
    const FieldProfile* profile(const std::string& name);

private:
    void rebuild();

    std::shared_ptr<const ColumnTable> mTable;
    EvaluationSnapshotPtr mSnapshot;
    std::vector<std::pair<std::string, FieldType>> mDeclared;
    std::vector<Score> mScores;
    std::vector<CatalogField> mFields;
    std::map<std::string, FieldProfile> mProfiles;          // columns of mTable
    std::map<std::string, std::pair<Score, FieldProfile>> mScoreProfiles; // by the score's definition
};

} // namespace sd
