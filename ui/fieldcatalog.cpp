// Field catalog for the condition editor.
#include "fieldcatalog.h"

namespace sd {

void FieldCatalog::setTable(std::shared_ptr<const ColumnTable> table)
{
    if (table == mTable)
        return;
    mTable = std::move(table);
    mProfiles.clear();
    rebuild();
}

void FieldCatalog::setRules(const RuleSet& rules)
{
    if (rules.fields == mDeclared && rules.scores == mScores)
        return;
    mDeclared = rules.fields;
    mScores = rules.scores;
    rebuild();
}

void FieldCatalog::setSnapshot(const EvaluationSnapshotPtr& snapshot)
{
    mSnapshot = snapshot;
}

void FieldCatalog::rebuild()
{
    mFields.clear();
    if (mTable) {
        for (const Column& c : mTable->columns())
            mFields.push_back({c.name, c.type, false, false});
        for (const auto& [name, type] : mDeclared)
            if (!mTable->column(name))
                mFields.push_back({name, type, false, true});
    } else {
        for (const auto& [name, type] : mDeclared)
            mFields.push_back({name, type, false, false});
    }
    for (const Score& s : mScores)
        mFields.push_back({s.id, FieldType::Number, true, false});
}

std::optional<CatalogField> FieldCatalog::field(const std::string& name) const
{
    for (const CatalogField& f : mFields)
        if (f.name == name)
            return f;
    return std::nullopt;
}

const FieldProfile* FieldCatalog::profile(const std::string& name)
{
    for (const Score& s : mScores) {
        if (s.id != name)
            continue;
        auto cached = mScoreProfiles.find(name);
        if (cached != mScoreProfiles.end() && cached->second.first == s)
            return &cached->second.second;
        if (!mSnapshot || mSnapshot->rules.score(name) == nullptr || !(*mSnapshot->rules.score(name) == s))
            return nullptr;
        auto values = mSnapshot->scores.find(name);
        if (values == mSnapshot->scores.end())
            return nullptr;
        mScoreProfiles[name] = {s, profileNumbers(values->second)};
        return &mScoreProfiles[name].second;
    }
    if (!mTable)
        return nullptr;
    auto it = mProfiles.find(name);
    if (it != mProfiles.end())
        return &it->second;
    const Column* c = mTable->column(name);
    if (!c)
        return nullptr;
    return &mProfiles.emplace(name, profileColumn(*c)).first->second;
}

} // namespace sd
