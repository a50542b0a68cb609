// CART: at each node every field is scanned for its best binary split. Numbers and dates are
// sorted once per node and every boundary between distinct values is tried, with the node's empty
// cells on either side; categories are ordered by conversion rate and every prefix is tried, which
// for a binary outcome finds the best subset split (Breiman et al. 1984, §4.2.2).
#include "decisiontree.h"

#include "featureencoder.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <deque>
#include <unordered_map>

namespace sd {

namespace {

constexpr uint32_t kOther = 0xffffffffu; // the group of a node's rarer text levels

double impurity(SplitCriterion c, double n, double p)
{
    if (n <= 0)
        return 0;
    const double q = p / n;
    if (c == SplitCriterion::Gini)
        return 2 * q * (1 - q);
    double h = 0;
    if (q > 0)
        h -= q * std::log2(q);
    if (q < 1)
        h -= (1 - q) * std::log2(1 - q);
    return h;
}

struct Split
{
    enum class Kind { Threshold, EmptyOnly, Categories };
    bool valid = false;
    double gain = 0;
    size_t field = 0;
    Kind kind = Kind::Threshold;
    double threshold = 0;
    bool emptiesLeft = false;
    std::vector<uint32_t> leftCodes;   // sorted; may hold kOther
    std::vector<uint32_t> listedCodes; // sorted, explicit codes of the node (not kOther)
    bool hasOther = false;             // the node's rarer text levels were grouped as kOther
};

uint32_t categoryCode(const Column& c, size_t row)
{
    if (c.type == FieldType::Boolean)
        return !c.present.test(row) ? 0 : c.truth.test(row) ? 2 : 1;
    return c.codes[row];
}

double numericValue(const Column& c, size_t row)
{
    return c.type == FieldType::Date ? double(c.days[row]) : c.numbers[row];
}

bool goesLeft(const Column& c, const Split& s, size_t row)
{
    switch (s.kind) {
    case Split::Kind::EmptyOnly: return !c.present.test(row);
    case Split::Kind::Threshold:
        return c.present.test(row) ? numericValue(c, row) < s.threshold : s.emptiesLeft;
    case Split::Kind::Categories: {
        uint32_t code = categoryCode(c, row);
        if (!std::binary_search(s.listedCodes.begin(), s.listedCodes.end(), code))
            code = kOther;
        return std::binary_search(s.leftCodes.begin(), s.leftCodes.end(), code);
    }
    }
    return false;
}

std::string listLabel(const std::vector<std::string>& items)
{
    std::string s = "{";
    const size_t shown = std::min<size_t>(items.size(), 4);
    for (size_t i = 0; i < shown; ++i)
        s += (i ? ", " : "") + items[i];
    if (items.size() > shown)
        s += ", … (+" + std::to_string(items.size() - shown) + ")";
    return s + "}";
}

struct Side
{
    Condition when;
    std::string label;
};

// The two conditions of a split: left holds exactly the rows sent left, right is its complement
// within the node (and, where the column has no empty cell at all, omits the empty case).
std::pair<Side, Side> splitConditions(const Column& c, const Split& s, bool columnHasEmpties)
{
    const std::string& f = c.name;
    using K = Condition::Kind;
    Side left, right;
    if (s.kind == Split::Kind::EmptyOnly) {
        left = {leafCondition(f, Op::IsEmpty), f + " is empty"};
        right = {leafCondition(f, Op::IsNotEmpty), f + " is not empty"};
        return {left, right};
    }
    if (s.kind == Split::Kind::Threshold) {
        const std::string t = typedText(c.type, s.threshold);
        Condition lt = leafCondition(f, Op::Lt, typedValue(c.type, s.threshold));
        Condition ge = leafCondition(f, Op::Ge, typedValue(c.type, s.threshold));
        if (s.emptiesLeft) {
            left = {groupCondition(K::Any, {lt, leafCondition(f, Op::IsEmpty)}), f + " < " + t + " or empty"};
            right = {ge, f + " >= " + t};
        } else {
            left = {lt, f + " < " + t};
            if (columnHasEmpties)
                right = {groupCondition(K::Any, {ge, leafCondition(f, Op::IsEmpty)}), f + " >= " + t + " or empty"};
            else
                right = {ge, f + " >= " + t};
        }
        return {left, right};
    }
    // Categories.
    const bool otherLeft = std::binary_search(s.leftCodes.begin(), s.leftCodes.end(), kOther);
    std::vector<uint32_t> leftListed, rightListed;
    for (uint32_t code : s.listedCodes)
        (std::binary_search(s.leftCodes.begin(), s.leftCodes.end(), code) ? leftListed : rightListed).push_back(code);
    if (c.type == FieldType::Boolean) {
        auto sideOf = [&](const std::vector<uint32_t>& codes) {
            std::vector<Condition> parts;
            std::vector<std::string> words;
            for (uint32_t code : codes) {
                if (code == 0) {
                    parts.push_back(leafCondition(f, Op::IsEmpty));
                    words.push_back("is empty");
                } else {
                    parts.push_back(leafCondition(f, Op::Eq, code == 2));
                    words.push_back(code == 2 ? "= true" : "= false");
                }
            }
            std::string label = f + " " + words[0];
            for (size_t i = 1; i < words.size(); ++i)
                label += " or " + words[i];
            return Side{groupCondition(K::Any, std::move(parts)), label};
        };
        // Every boolean cell is true, false or empty, so each side lists its own values.
        return {sideOf(leftListed), sideOf(rightListed)};
    }
    // Text: one side is an explicit list; the other is its exact negation and also takes every
    // value not seen in this node. With an "other" group, the explicit side is the one without it.
    const bool leftExplicit = s.hasOther ? !otherLeft : leftListed.size() <= rightListed.size();
    const std::vector<uint32_t>& listed = leftExplicit ? leftListed : rightListed;
    bool withEmpty = false;
    nlohmann::json values = nlohmann::json::array();
    std::vector<std::string> words;
    for (uint32_t code : listed) {
        if (code == 0) {
            withEmpty = true;
            continue;
        }
        const std::string v(c.dictionary->at(code));
        values.push_back(v);
        words.push_back(v);
    }
    Side pos, neg;
    if (values.empty()) { // only the empty cell is listed
        pos = {leafCondition(f, Op::IsEmpty), f + " is empty"};
        neg = {leafCondition(f, Op::IsNotEmpty), f + " is not empty"};
    } else if (withEmpty) {
        pos = {groupCondition(K::Any, {leafCondition(f, Op::In, values), leafCondition(f, Op::IsEmpty)}),
               f + " in " + listLabel(words) + " or empty"};
        neg = {groupCondition(K::All, {leafCondition(f, Op::NotIn, values), leafCondition(f, Op::IsNotEmpty)}),
               f + " not in " + listLabel(words) + " and not empty"};
    } else {
        pos = {leafCondition(f, Op::In, values), f + " in " + listLabel(words)};
        neg = {leafCondition(f, Op::NotIn, values), f + " not in " + listLabel(words)};
    }
    return leftExplicit ? std::pair{pos, neg} : std::pair{neg, pos};
}

class TreeBuilder
{
public:
    TreeBuilder(const ColumnTable& table, const Bitmap& positives, const TreeOptions& o,
                const std::vector<const Column*>& columns)
        : mTable(table), mPositives(positives), mOptions(o), mColumns(columns)
    {
        for (const Column* c : columns)
            mHasEmpties.push_back(c->present.count() < table.rowCount());
    }

    // `sorted[f]`: for number and date fields, the node's non-empty rows in value order (kept
    // sorted from the root down, so no node sorts again).
    Split best(const std::vector<uint32_t>& rows, const std::vector<std::vector<uint32_t>>& sorted) const
    {
        Split best;
        size_t p = 0;
        for (uint32_t r : rows)
            p += mPositives.test(r);
        const double n = double(rows.size());
        const double parent = impurity(mOptions.criterion, n, double(p));
        const size_t minLeaf = std::max<size_t>(mOptions.minLeafSize, 1);
        auto consider = [&](Split& s, size_t nL, size_t pL) {
            const size_t nR = rows.size() - nL, pR = p - pL;
            if (nL < minLeaf || nR < minLeaf)
                return false;
            const double child = (double(nL) * impurity(mOptions.criterion, double(nL), double(pL))
                                  + double(nR) * impurity(mOptions.criterion, double(nR), double(pR))) / n;
            const double gain = parent - child;
            // Strictly better only: ties keep the earlier field and the earlier threshold.
            if (gain > 1e-12 && (!best.valid || gain > best.gain + 1e-15)) {
                s.valid = true;
                s.gain = gain;
                best = s;
                return true;
            }
            return false;
        };
        for (size_t f = 0; f < mColumns.size(); ++f) {
            const Column& c = *mColumns[f];
            if (c.type == FieldType::Number || c.type == FieldType::Date) {
                const std::vector<uint32_t>& order = sorted[f];
                std::vector<std::pair<double, bool>> values;
                values.reserve(order.size());
                size_t presentPositives = 0;
                for (uint32_t r : order) {
                    values.emplace_back(numericValue(c, r), mPositives.test(r));
                    presentPositives += values.back().second;
                }
                const size_t ne = rows.size() - order.size(), pe = p - presentPositives;
                Split s;
                s.field = f;
                if (ne > 0 && !values.empty()) {
                    s.kind = Split::Kind::EmptyOnly;
                    consider(s, ne, pe);
                }
                s.kind = Split::Kind::Threshold;
                size_t nL = 0, pL = 0;
                for (size_t i = 0; i + 1 < values.size(); ++i) {
                    ++nL;
                    pL += values[i].second;
                    if (values[i + 1].first == values[i].first)
                        continue;
                    s.threshold = values[i + 1].first;
                    s.emptiesLeft = false;
                    consider(s, nL, pL);
                    if (ne > 0) {
                        s.emptiesLeft = true;
                        consider(s, nL + ne, pL + pe);
                    }
                }
            } else {
                // Dense counts when the codes are few (the usual case), a map for identifiers.
                std::unordered_map<uint32_t, std::pair<size_t, size_t>> counts;
                const size_t codes = c.type == FieldType::Boolean ? 3 : c.dictionary ? c.dictionary->size() : 1;
                if (codes <= 4 * rows.size() + 1024) {
                    std::vector<std::pair<size_t, size_t>> dense(codes, {0, 0});
                    for (uint32_t r : rows) {
                        auto& e = dense[categoryCode(c, r)];
                        ++e.first;
                        e.second += mPositives.test(r);
                    }
                    for (uint32_t code = 0; code < codes; ++code)
                        if (dense[code].first)
                            counts.emplace(code, dense[code]);
                } else {
                    for (uint32_t r : rows) {
                        auto& e = counts[categoryCode(c, r)];
                        ++e.first;
                        e.second += mPositives.test(r);
                    }
                }
                if (counts.size() < 2)
                    continue;
                std::vector<std::pair<uint32_t, std::pair<size_t, size_t>>> cats(counts.begin(), counts.end());
                std::sort(cats.begin(), cats.end(), [](const auto& a, const auto& b) {
                    return a.second.first != b.second.first ? a.second.first > b.second.first : a.first < b.first;
                });
                const size_t keep = size_t(std::max(mOptions.maxCategories, 2)) - 1;
                Split s;
                s.field = f;
                s.kind = Split::Kind::Categories;
                if (c.type == FieldType::Text && cats.size() > keep + 1) {
                    std::pair<size_t, size_t> other{0, 0};
                    for (size_t i = keep; i < cats.size(); ++i) {
                        other.first += cats[i].second.first;
                        other.second += cats[i].second.second;
                    }
                    cats.resize(keep);
                    cats.push_back({kOther, other});
                    s.hasOther = true;
                }
                for (const auto& cat : cats)
                    if (cat.first != kOther)
                        s.listedCodes.push_back(cat.first);
                std::sort(s.listedCodes.begin(), s.listedCodes.end());
                std::sort(cats.begin(), cats.end(), [](const auto& a, const auto& b) {
                    const double ra = double(a.second.second) / double(a.second.first);
                    const double rb = double(b.second.second) / double(b.second.first);
                    return ra != rb ? ra < rb : a.first < b.first;
                });
                size_t nL = 0, pL = 0;
                std::vector<uint32_t> left;
                for (size_t i = 0; i + 1 < cats.size(); ++i) {
                    nL += cats[i].second.first;
                    pL += cats[i].second.second;
                    left.push_back(cats[i].first);
                    s.leftCodes = left;
                    std::sort(s.leftCodes.begin(), s.leftCodes.end());
                    consider(s, nL, pL);
                }
            }
        }
        return best;
    }

    const ColumnTable& mTable;
    const Bitmap& mPositives;
    const TreeOptions& mOptions;
    const std::vector<const Column*>& mColumns;
    std::vector<bool> mHasEmpties;
};

} // namespace

DecisionTreeResult fitDecisionTree(const ColumnTable& table, const Bitmap& positives, const TreeOptions& options,
                                   const ModelProgress& progress)
{
    DecisionTreeResult result;
    std::vector<const Column*> columns;
    for (const std::string& name : options.fields) {
        const Column* c = table.column(name);
        if (!c) {
            result.error = QCoreApplication::translate("sd::DecisionTree", "the field \"%1\" is not in the data")
                               .arg(QString::fromStdString(name));
            return result;
        }
        if (c->type == FieldType::List) {
            result.error = QCoreApplication::translate("sd::DecisionTree", "the list field \"%1\" cannot be split on; choose text, number, date or boolean fields")
                               .arg(QString::fromStdString(name));
            return result;
        }
        columns.push_back(c);
    }
    if (columns.empty()) {
        result.error = QCoreApplication::translate("sd::DecisionTree", "choose at least one field to split on");
        return result;
    }
    if (options.maxDepth < 1 || options.maxDepth > 20) {
        result.error = QCoreApplication::translate("sd::DecisionTree", "the maximum depth must be between 1 and 20");
        return result;
    }
    const TreeBuilder builder(table, positives, options, columns);
    std::vector<std::vector<uint32_t>> nodeRows;
    std::vector<std::vector<std::vector<uint32_t>>> nodeSorted;
    TreeNode root;
    std::vector<uint32_t> all(table.rowCount());
    for (size_t i = 0; i < all.size(); ++i)
        all[i] = uint32_t(i);
    std::vector<std::vector<uint32_t>> rootSorted(columns.size());
    for (size_t f = 0; f < columns.size(); ++f) {
        const Column& c = *columns[f];
        if (c.type != FieldType::Number && c.type != FieldType::Date)
            continue;
        std::vector<std::pair<double, uint32_t>> v;
        c.present.forEach([&](size_t r) { v.emplace_back(numericValue(c, r), uint32_t(r)); });
        std::sort(v.begin(), v.end());
        rootSorted[f].reserve(v.size());
        for (const auto& e : v)
            rootSorted[f].push_back(e.second);
    }
    nodeSorted.push_back(std::move(rootSorted));
    root.size = all.size();
    root.positives = positives.count();
    result.nodes.push_back(root);
    nodeRows.push_back(std::move(all));
    // Breadth first, so the work done is a fair measure of progress.
    const double expected = std::min(double((size_t(1) << std::min(options.maxDepth + 1, 30)) - 1), 1e6);
    for (size_t i = 0; i < result.nodes.size(); ++i) {
        if (progress && !progress(std::min(0.99, double(i) / expected))) {
            result.cancelled = true;
            result.error = QCoreApplication::translate("sd::DecisionTree", "cancelled");
            return result;
        }
        std::vector<uint32_t> rows = std::move(nodeRows[i]);
        std::vector<std::vector<uint32_t>> sorted = std::move(nodeSorted[i]);
        TreeNode node = result.nodes[i];
        if (node.depth >= options.maxDepth || node.positives == 0 || node.positives == node.size
            || node.size < 2 * std::max<size_t>(options.minLeafSize, 1))
            continue;
        const Split s = builder.best(rows, sorted);
        if (!s.valid)
            continue;
        const Column& c = *columns[s.field];
        auto [leftSide, rightSide] = splitConditions(c, s, builder.mHasEmpties[s.field]);
        std::vector<uint32_t> leftRows, rightRows;
        Bitmap left(table.rowCount());
        for (uint32_t r : rows) {
            const bool l = goesLeft(c, s, r);
            (l ? leftRows : rightRows).push_back(r);
            if (l)
                left.set(r);
        }
        // A stable partition keeps each child's lists in value order.
        std::vector<std::vector<uint32_t>> leftSorted(sorted.size()), rightSorted(sorted.size());
        for (size_t f = 0; f < sorted.size(); ++f)
            for (uint32_t r : sorted[f])
                (left.test(r) ? leftSorted[f] : rightSorted[f]).push_back(r);
        auto addChild = [&](std::vector<uint32_t>&& childRows, std::vector<std::vector<uint32_t>>&& childSorted, Side&& side) {
            TreeNode child;
            child.parent = int(i);
            child.depth = node.depth + 1;
            child.size = childRows.size();
            for (uint32_t r : childRows)
                child.positives += positives.test(r);
            child.when = std::move(side.when);
            child.label = std::move(side.label);
            result.nodes.push_back(std::move(child));
            nodeRows.push_back(std::move(childRows));
            nodeSorted.push_back(std::move(childSorted));
            return int(result.nodes.size()) - 1;
        };
        const int l = addChild(std::move(leftRows), std::move(leftSorted), std::move(leftSide));
        const int r = addChild(std::move(rightRows), std::move(rightSorted), std::move(rightSide));
        result.nodes[i].left = l;
        result.nodes[i].right = r;
        result.nodes[i].splitField = c.name;
        result.nodes[i].gain = s.gain;
    }
    result.ok = true;
    if (progress)
        progress(1.0);
    return result;
}

} // namespace sd
