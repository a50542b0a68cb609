// Tree → segments. A split's left child gets the split condition and its right child the exact
// complement, both in an exclusive parent, so each leaf of the rule tree holds exactly the rows of
// the tree's leaf and nothing lands in a remainder.
#include "segmentsuggestion.h"

#include "evaluator.h"
#include "outcomespec.h"
#include "rulefile.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace sd {

namespace {

void buildSegments(const DecisionTreeResult& tree, int node, Segment* parent, const std::string& idPrefix,
                   const std::string& pathPrefix, const std::string& namePrefix, std::vector<SuggestedLeaf>* leaves)
{
    const TreeNode& n = tree.nodes[size_t(node)];
    parent->mode = ChildMode::Exclusive;
    parent->hasMode = true;
    const int children[2] = {n.left, n.right};
    for (int k = 0; k < 2; ++k) {
        const TreeNode& c = tree.nodes[size_t(children[k])];
        Segment s;
        s.id = idPrefix + std::to_string(k + 1);
        s.name = c.label;
        s.when = c.when;
        const std::string path = pathPrefix.empty() ? s.id : pathPrefix + "/" + s.id;
        const std::string namePath = namePrefix.empty() ? s.name : namePrefix + " > " + s.name;
        if (c.leaf())
            leaves->push_back({s.id, path, s.name, namePath, c.size, c.positives});
        else
            buildSegments(tree, children[k], &s, s.id + "-", path, namePath, leaves);
        parent->children.push_back(std::move(s));
    }
}

} // namespace

SuggestResult suggestSegments(const ColumnTable& table, const SuggestOptions& options, const ModelProgress& progress)
{
    SuggestResult r;
    QElapsedTimer timer;
    timer.start();
    for (const std::string& f : options.tree.fields) {
        if (f == options.outcome.field) {
            r.error = QCoreApplication::translate("sd::SegmentSuggestion", "the outcome field \"%1\" cannot also be a field to split on")
                          .arg(QString::fromStdString(f));
            return r;
        }
    }
    Bitmap positives;
    if (!outcomeRows(table, options.outcome, &positives, &r.error))
        return r;
    r.total = table.rowCount();
    r.conversions = positives.count();
    r.tree = fitDecisionTree(table, positives, options.tree, progress);
    if (!r.tree.ok) {
        r.cancelled = r.tree.cancelled;
        r.error = r.tree.error;
        return r;
    }
    RuleSet& rules = r.rules;
    rules.name = options.name.empty() ? "Suggested segments (" + conditionLabel(options.outcome) + ")" : options.name;
    for (const std::string& f : options.tree.fields)
        rules.fields.emplace_back(f, table.column(f)->type);
    if (const Column* oc = table.column(options.outcome.field))
        rules.fields.emplace_back(oc->name, oc->type);
    rules.outcome = options.outcome;
    const TreeNode& root = r.tree.nodes.front();
    if (root.leaf()) {
        // No split helps: one segment of everyone, so the file still has the one-leaf-per-leaf shape.
        Segment all;
        all.id = options.idPrefix + "1";
        all.name = "All leads";
        rules.root.mode = ChildMode::Exclusive;
        rules.root.hasMode = true;
        r.leaves.push_back({all.id, all.id, all.name, all.name, root.size, root.positives});
        rules.root.children.push_back(std::move(all));
    } else {
        buildSegments(r.tree, 0, &rules.root, options.idPrefix, {}, {}, &r.leaves);
    }
    if (auto errors = validateRuleSet(rules); !errors.empty()) {
        r.error = QCoreApplication::translate("sd::SegmentSuggestion", "the suggested tree is not a valid rule file: %1")
                      .arg(formatRuleFileError(errors.front()));
        return r;
    }
    r.fitMs = timer.elapsed();
    r.ok = true;
    return r;
}

} // namespace sd
