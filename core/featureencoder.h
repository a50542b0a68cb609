// Encoding of lead fields into indicator features for models, where every feature is also an
// ordinary rule-file condition, so a model over the features can be written back as score rules.
// Each field is cut into a partition: every row lands in exactly one feature of each field.
//   text:    the most frequent levels (`= level`), the rest as "other", empties as their own feature
//   number:  quantile bins from the fitting rows (`>= lo` and `< hi`), empties as their own feature
//   date:    bins of age in days, stated as calendar-date bounds, empties as their own feature
//   boolean: true, false, empty
#pragma once

#include "bitmap.h"
#include "columntable.h"
#include "rules.h"

#include <QString>

#include <string>
#include <vector>

namespace sd {

struct EncodingOptions
{
    int maxLevels = 12;        // text: most frequent levels that get their own feature
    size_t minLevelRows = 20;  // …provided this many fitting rows have the level
    int numericBins = 8;       // numbers and dates: at most this many quantile bins
};

struct EncodedFeature
{
    int field = 0;             // index into FeatureEncoder::fields()
    std::string label;         // "job = admin.", "age 30 to < 40", "job: other", "job is empty"
    Condition when;            // holds on exactly the rows of this feature
};

struct EncodedField
{
    std::string name;
    FieldType type = FieldType::Text;
    std::vector<int> features; // indices into FeatureEncoder::features(), in display order
};

class FeatureEncoder
{
public:
    // Decides levels and bins from `fitRows` (all rows when null). List fields are refused.
    bool build(const ColumnTable& table, const std::vector<std::string>& fields, const Bitmap* fitRows,
               const EncodingOptions& options, QString* error);

    const std::vector<EncodedField>& fields() const { return mFields; }
    const std::vector<EncodedFeature>& features() const { return mFeatures; }

    // The active feature of field `f` for `row` of `table` (the table the encoder was built on, or
    // one with the same columns).
    int featureOf(const ColumnTable& table, size_t f, size_t row) const;
    // Row-major: fields().size() active feature indices per row.
    std::vector<int32_t> encode(const ColumnTable& table) const;

private:
    struct Plan
    {
        std::string column;
        FieldType type = FieldType::Text;
        std::vector<double> cuts;          // numbers; dates as days since 1970-01-01
        int firstBin = -1;
        std::vector<int32_t> codeFeature;  // text: dictionary code → feature (code 0 = empty)
        int empty = -1, other = -1, yes = -1, no = -1;
    };
    int addFeature(int field, std::string label, Condition when);
    void planText(const Column& c, const Bitmap* fitRows, const EncodingOptions& o, Plan* p, int field);
    void planBins(const Column& c, const Bitmap* fitRows, const EncodingOptions& o, Plan* p, int field);

    std::vector<EncodedField> mFields;
    std::vector<EncodedFeature> mFeatures;
    std::vector<Plan> mPlans;
};

// Leaf condition helper shared by the model code: {"field": f, "op": op, "value": v}.
Condition leafCondition(const std::string& field, Op op, nlohmann::json value = nullptr);
Condition groupCondition(Condition::Kind kind, std::vector<Condition> children);
// A number or a date (days) as the JSON value a condition on that field type takes.
nlohmann::json typedValue(FieldType type, double v);
// A number or a date (days) as text for labels.
std::string typedText(FieldType type, double v);

} // namespace sd
