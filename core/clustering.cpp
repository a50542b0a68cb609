// k-prototypes with a seeded k-means++ start. Distances: squared standardised differences on
// numbers and dates (empties at the mean, so they pull nowhere), plus categoricalWeight per text or
// boolean mismatch. Descriptions are chosen among candidate conditions by how much more common they
// are in the cluster than overall, measured with the rule engine on the real data.
#include "clustering.h"

#include "evaluator.h"
#include "featureencoder.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <set>

namespace sd {

namespace {

// Uniform in [0, 1) from the 53 high bits: std::uniform_real_distribution differs between
// standard libraries, and the same seed must give the same clusters everywhere.
double unit(std::mt19937_64& rng)
{
    return double(rng() >> 11) * 0x1.0p-53;
}

struct Matrix
{
    size_t numeric = 0, categorical = 0;
    std::vector<double> x;     // n × numeric
    std::vector<int32_t> c;    // n × categorical
    std::vector<int32_t> levels; // level count per categorical column
};

double quantile(std::vector<double>& v, double q)
{
    const size_t i = std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5));
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(i), v.end());
    return v[i];
}

} // namespace

ClusterResult clusterLeads(const ColumnTable& table, const ClusterOptions& options, const Bitmap* outcome,
                           const ModelProgress& progress)
{
    ClusterResult r;
    const size_t n = table.rowCount();
    const size_t k = size_t(std::max(options.k, 0));
    if (k < 2 || k > 50) {
        r.error = QCoreApplication::translate("sd::Clustering", "the number of clusters must be between 2 and 50");
        return r;
    }
    if (n < k) {
        r.error = QCoreApplication::translate("sd::Clustering", "there are fewer leads than clusters");
        return r;
    }
    if (options.fields.empty()) {
        r.error = QCoreApplication::translate("sd::Clustering", "choose at least one field to group by");
        return r;
    }
    std::vector<const Column*> numericCols, categoricalCols;
    for (const std::string& name : options.fields) {
        const Column* c = table.column(name);
        if (!c) {
            r.error = QCoreApplication::translate("sd::Clustering", "the field \"%1\" is not in the data")
                          .arg(QString::fromStdString(name));
            return r;
        }
        if (c->type == FieldType::List) {
            r.error = QCoreApplication::translate("sd::Clustering", "the list field \"%1\" cannot be used for grouping")
                          .arg(QString::fromStdString(name));
            return r;
        }
        (c->type == FieldType::Number || c->type == FieldType::Date ? numericCols : categoricalCols).push_back(c);
    }

    // Standardised numbers; categories as small level numbers (0 = empty, last = other).
    Matrix m;
    m.numeric = numericCols.size();
    m.categorical = categoricalCols.size();
    m.x.assign(n * m.numeric, 0.0);
    m.c.assign(n * m.categorical, 0);
    for (size_t j = 0; j < numericCols.size(); ++j) {
        const Column& c = *numericCols[j];
        auto value = [&](size_t row) { return c.type == FieldType::Date ? double(c.days[row]) : c.numbers[row]; };
        double sum = 0, sumSq = 0;
        size_t count = 0;
        c.present.forEach([&](size_t row) {
            sum += value(row);
            ++count;
        });
        const double mean = count ? sum / double(count) : 0.0;
        c.present.forEach([&](size_t row) { sumSq += (value(row) - mean) * (value(row) - mean); });
        const double sd = count > 1 ? std::sqrt(sumSq / double(count - 1)) : 0.0;
        c.present.forEach([&](size_t row) { m.x[row * m.numeric + j] = sd > 0 ? (value(row) - mean) / sd : 0.0; });
    }
    for (size_t j = 0; j < categoricalCols.size(); ++j) {
        const Column& c = *categoricalCols[j];
        if (c.type == FieldType::Boolean) {
            m.levels.push_back(3);
            for (size_t row = 0; row < n; ++row)
                m.c[row * m.categorical + j] = !c.present.test(row) ? 0 : c.truth.test(row) ? 2 : 1;
            continue;
        }
        const uint32_t codes = c.dictionary ? c.dictionary->size() : 1;
        std::vector<size_t> counts(codes, 0);
        for (uint32_t code : c.codes)
            ++counts[code];
        std::vector<uint32_t> order;
        for (uint32_t code = 1; code < codes; ++code)
            if (counts[code])
                order.push_back(code);
        std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
            return counts[a] != counts[b] ? counts[a] > counts[b] : c.dictionary->at(a) < c.dictionary->at(b);
        });
        const size_t kept = std::min(order.size(), size_t(std::max(options.maxLevels, 1)));
        std::vector<int32_t> level(codes, int32_t(kept + 1));
        level[0] = 0;
        for (size_t i = 0; i < kept; ++i)
            level[order[i]] = int32_t(i + 1);
        m.levels.push_back(int32_t(kept + 2));
        for (size_t row = 0; row < n; ++row)
            m.c[row * m.categorical + j] = level[c.codes[row]];
    }

    const double gamma = options.categoricalWeight;
    std::vector<double> centreX(k * m.numeric, 0.0);
    std::vector<int32_t> centreC(k * m.categorical, 0);
    auto distance = [&](size_t row, size_t cl) {
        double d = 0;
        const double* x = &m.x[row * m.numeric];
        const double* cx = &centreX[cl * m.numeric];
        for (size_t j = 0; j < m.numeric; ++j)
            d += (x[j] - cx[j]) * (x[j] - cx[j]);
        const int32_t* cc = &m.c[row * m.categorical];
        const int32_t* pc = &centreC[cl * m.categorical];
        for (size_t j = 0; j < m.categorical; ++j)
            d += cc[j] != pc[j] ? gamma : 0.0;
        return d;
    };
    auto setCentre = [&](size_t cl, size_t row) {
        std::copy_n(&m.x[row * m.numeric], m.numeric, &centreX[cl * m.numeric]);
        std::copy_n(&m.c[row * m.categorical], m.categorical, &centreC[cl * m.categorical]);
    };

    // k-means++ seeding.
    std::mt19937_64 rng(options.seed);
    std::vector<double> nearest(n, std::numeric_limits<double>::infinity());
    setCentre(0, size_t(unit(rng) * double(n)));
    for (size_t cl = 1; cl < k; ++cl) {
        double total = 0;
        for (size_t row = 0; row < n; ++row) {
            nearest[row] = std::min(nearest[row], distance(row, cl - 1));
            total += nearest[row];
        }
        size_t pick = size_t(unit(rng) * double(n));
        if (total > 0) {
            double target = unit(rng) * total;
            for (size_t row = 0; row < n; ++row) {
                target -= nearest[row];
                if (target < 0) {
                    pick = row;
                    break;
                }
            }
        }
        setCentre(cl, pick);
    }

    r.assignment.assign(n, -1);
    std::vector<size_t> sizes(k);
    for (int it = 0; it < options.maxIterations; ++it) {
        if (progress && !progress(0.8 * double(it) / double(options.maxIterations))) {
            r.cancelled = true;
            r.error = QCoreApplication::translate("sd::Clustering", "cancelled");
            return r;
        }
        bool changed = false;
        r.cost = 0;
        for (size_t row = 0; row < n; ++row) {
            size_t best = 0;
            double bestD = distance(row, 0);
            for (size_t cl = 1; cl < k; ++cl) {
                const double d = distance(row, cl);
                if (d < bestD) {
                    bestD = d;
                    best = cl;
                }
            }
            r.cost += bestD;
            if (r.assignment[row] != int(best)) {
                r.assignment[row] = int(best);
                changed = true;
            }
        }
        r.iterations = it + 1;
        if (!changed) {
            r.converged = true;
            break;
        }
        // New prototypes: means and modes.
        std::fill(centreX.begin(), centreX.end(), 0.0);
        std::fill(sizes.begin(), sizes.end(), 0);
        std::vector<std::vector<size_t>> levelCounts(k * m.categorical);
        for (size_t cl = 0; cl < k; ++cl)
            for (size_t j = 0; j < m.categorical; ++j)
                levelCounts[cl * m.categorical + j].assign(size_t(m.levels[j]), 0);
        for (size_t row = 0; row < n; ++row) {
            const size_t cl = size_t(r.assignment[row]);
            ++sizes[cl];
            for (size_t j = 0; j < m.numeric; ++j)
                centreX[cl * m.numeric + j] += m.x[row * m.numeric + j];
            for (size_t j = 0; j < m.categorical; ++j)
                ++levelCounts[cl * m.categorical + j][size_t(m.c[row * m.categorical + j])];
        }
        for (size_t cl = 0; cl < k; ++cl) {
            if (sizes[cl] == 0) {
                // An empty cluster restarts at the row farthest from its prototype.
                size_t far = 0;
                double farD = -1;
                for (size_t row = 0; row < n; ++row) {
                    const double d = distance(row, size_t(r.assignment[row]));
                    if (d > farD) {
                        farD = d;
                        far = row;
                    }
                }
                setCentre(cl, far);
                continue;
            }
            for (size_t j = 0; j < m.numeric; ++j)
                centreX[cl * m.numeric + j] /= double(sizes[cl]);
            for (size_t j = 0; j < m.categorical; ++j) {
                const auto& counts = levelCounts[cl * m.categorical + j];
                centreC[cl * m.categorical + j] = int32_t(std::max_element(counts.begin(), counts.end()) - counts.begin());
            }
        }
    }

    // Describe each cluster by candidate conditions, measured with the rule engine.
    Evaluator ev(table);
    std::vector<Bitmap> members(k, Bitmap(n));
    for (size_t row = 0; row < n; ++row)
        members[size_t(r.assignment[row])].set(row);
    r.group.id = options.groupId;
    r.group.name = "Clusters (k = " + std::to_string(k) + ")";
    r.group.mode = ChildMode::Overlapping;
    r.group.hasMode = true;
    for (size_t cl = 0; cl < k; ++cl) {
        if (progress && !progress(0.8 + 0.2 * double(cl) / double(k))) {
            r.cancelled = true;
            r.error = QCoreApplication::translate("sd::Clustering", "cancelled");
            return r;
        }
        ClusterProfile p;
        p.size = members[cl].count();
        if (outcome)
            p.conversions = members[cl].countAnd(*outcome);
        std::vector<ClusterCondition> candidates;
        auto add = [&](Condition when, std::string label) {
            Bitmap b;
            QString err;
            if (!ev.evaluateCondition(when, &b, &err))
                return;
            ClusterCondition cc{std::move(when), std::move(label), 0, 0};
            cc.shareInCluster = p.size ? double(b.countAnd(members[cl])) / double(p.size) : 0.0;
            cc.shareOverall = double(b.count()) / double(n);
            candidates.push_back(std::move(cc));
        };
        for (const Column* c : numericCols) {
            std::vector<double> inside;
            members[cl].forEach([&](size_t row) {
                if (c->present.test(row))
                    inside.push_back(c->type == FieldType::Date ? double(c->days[row]) : c->numbers[row]);
            });
            if (inside.empty())
                continue;
            const double q10 = quantile(inside, 0.10), q25 = quantile(inside, 0.25);
            const double q75 = quantile(inside, 0.75), q90 = quantile(inside, 0.90);
            const FieldType t = c->type;
            add(leafCondition(c->name, Op::Ge, typedValue(t, q25)), c->name + " >= " + typedText(t, q25));
            add(leafCondition(c->name, Op::Le, typedValue(t, q75)), c->name + " <= " + typedText(t, q75));
            if (q10 < q90)
                add(leafCondition(c->name, Op::Between, nlohmann::json::array({typedValue(t, q10), typedValue(t, q90)})),
                    c->name + " " + typedText(t, q10) + " to " + typedText(t, q90));
        }
        for (size_t j = 0; j < categoricalCols.size(); ++j) {
            const Column& c = *categoricalCols[j];
            const int32_t mode = centreC[cl * m.categorical + j];
            if (mode == 0) {
                add(leafCondition(c.name, Op::IsEmpty), c.name + " is empty");
            } else if (c.type == FieldType::Boolean) {
                add(leafCondition(c.name, Op::Eq, mode == 2), c.name + (mode == 2 ? " = true" : " = false"));
            } else if (mode < m.levels[j] - 1) {
                // The prototype's level is the most common code that maps to it.
                std::vector<size_t> counts(c.dictionary->size(), 0);
                members[cl].forEach([&](size_t row) {
                    if (m.c[row * m.categorical + j] == mode)
                        ++counts[c.codes[row]];
                });
                const uint32_t code = uint32_t(std::max_element(counts.begin(), counts.end()) - counts.begin());
                const std::string level(c.dictionary->at(code));
                add(leafCondition(c.name, Op::Eq, level), c.name + " = " + level);
            }
        }
        std::stable_sort(candidates.begin(), candidates.end(), [](const ClusterCondition& a, const ClusterCondition& b) {
            return a.shareInCluster - a.shareOverall > b.shareInCluster - b.shareOverall;
        });
        std::set<std::string> used;
        std::vector<Condition> parts;
        std::string label;
        for (ClusterCondition& cc : candidates) {
            if (int(p.conditions.size()) >= options.describeConditions)
                break;
            if (cc.shareInCluster - cc.shareOverall < 0.05 || !used.insert(cc.when.field).second)
                continue;
            parts.push_back(cc.when);
            label += (label.empty() ? "" : ", ") + cc.label;
            p.conditions.push_back(std::move(cc));
        }
        p.segment.id = options.groupId + "-" + std::to_string(cl + 1);
        p.segment.name = "Cluster " + std::to_string(cl + 1) + (label.empty() ? std::string() : ": " + label);
        if (!parts.empty())
            p.segment.when = groupCondition(Condition::Kind::All, std::move(parts));
        Bitmap seg(n, true);
        QString err;
        if (p.segment.when)
            ev.evaluateCondition(*p.segment.when, &seg, &err);
        p.segmentSize = seg.count();
        p.segmentInCluster = seg.countAnd(members[cl]);
        r.group.children.push_back(p.segment);
        r.clusters.push_back(std::move(p));
    }
    r.ok = true;
    if (progress)
        progress(1.0);
    return r;
}

} // namespace sd
