// Engine benchmarks at the design point: full evaluation of a rule file (cold caches), one
// threshold edit re-evaluated (warm caches), and loading a workspace into the columnar table.
// Usage: bench_engine WORKSPACE RULES [AS_OF] [google-benchmark flags]
#include "columntable.h"
#include "evaluator.h"
#include "rulefile.h"
#include "segmentstats.h"
#include "valueparsing.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFile>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

namespace {

QString gWorkspace;
sd::RuleSet gRules;
int64_t gAsOf = 0;
sd::ColumnTable* gTable = nullptr;

// The first leaf whose field is a score: its threshold is what a user drags in the designer.
sd::Condition* firstScoreThreshold(sd::Segment& s, const sd::RuleSet& rules)
{
    for (sd::Segment& c : s.children) {
        if (c.when && c.when->kind == sd::Condition::Kind::Leaf && rules.score(c.when->field) && c.when->value.is_number())
            return &*c.when;
        if (sd::Condition* found = firstScoreThreshold(c, rules))
            return found;
    }
    return nullptr;
}

void BM_FullEvaluation(benchmark::State& state)
{
    for (auto _ : state) {
        sd::Evaluator ev(*gTable);
        ev.setAsOf(gAsOf);
        std::vector<sd::SegmentMembers> segs;
        QString error;
        if (!ev.evaluate(gRules, &segs, &error))
            state.SkipWithError(qPrintable(error));
        auto stats = sd::computeSegmentStats(segs, ev.outcome(), gTable->rowCount());
        benchmark::DoNotOptimize(stats.data());
    }
    state.counters["rows"] = double(gTable->rowCount());
}

void BM_ThresholdEdit(benchmark::State& state)
{
    sd::Evaluator ev(*gTable);
    ev.setAsOf(gAsOf);
    sd::RuleSet rules = gRules;
    sd::Condition* leaf = firstScoreThreshold(rules.root, rules);
    if (!leaf) {
        state.SkipWithError("the rule file has no score threshold to edit");
        return;
    }
    const double base = leaf->value.get<double>();
    std::vector<sd::SegmentMembers> segs;
    QString error;
    ev.evaluate(rules, &segs, &error); // warm the caches as the designer has them
    int step = 0;
    for (auto _ : state) {
        // A drag visits new values, so every edit is a cache miss for the edited leaf.
        leaf->value = base + double(++step % 1000) * 0.001 + 0.0005;
        if (!ev.evaluate(rules, &segs, &error))
            state.SkipWithError(qPrintable(error));
        auto stats = sd::computeSegmentStats(segs, ev.outcome(), gTable->rowCount());
        benchmark::DoNotOptimize(stats.data());
        if (ev.cacheSize() > 4096)
            ev.clearCache();
    }
}

void BM_LoadWorkspace(benchmark::State& state)
{
    for (auto _ : state) {
        QString error;
        auto ws = sd::Workspace::open(gWorkspace, &error, sd::Workspace::Mode::ReadOnly);
        sd::ColumnTable t;
        if (!ws || !t.loadWorkspace(*ws, &error))
            state.SkipWithError(qPrintable(error));
        benchmark::DoNotOptimize(t.rowCount());
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_engine WORKSPACE RULES [AS_OF] [benchmark flags]\n");
        return 1;
    }
    gWorkspace = QString::fromLocal8Bit(argv[1]);
    QFile f(QString::fromLocal8Bit(argv[2]));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[2]);
        return 1;
    }
    sd::RuleFileResult r = sd::parseRuleFile(f.readAll());
    if (!r.ok) {
        std::fprintf(stderr, "%s\n", r.errors.empty() ? "invalid rules" : qPrintable(sd::formatRuleFileError(r.errors.front())));
        return 1;
    }
    gRules = r.rules;
    int first = 3;
    gAsOf = sd::todayDays();
    if (argc > 3 && argv[3][0] != '-') {
        auto d = sd::parseDate(argv[3], sd::DateLayout::Iso);
        if (!d) {
            std::fprintf(stderr, "AS_OF must be YYYY-MM-DD\n");
            return 1;
        }
        gAsOf = sd::daysFromCivil(*d);
        first = 4;
    }
    QString error;
    auto ws = sd::Workspace::open(gWorkspace, &error, sd::Workspace::Mode::ReadOnly);
    sd::ColumnTable table;
    if (!ws || !table.loadWorkspace(*ws, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    gTable = &table;
    std::vector<char*> bargs{argv[0]};
    for (int i = first; i < argc; ++i)
        bargs.push_back(argv[i]);
    int bargc = int(bargs.size());
    benchmark::Initialize(&bargc, bargs.data());
    benchmark::RegisterBenchmark("FullEvaluation", BM_FullEvaluation)->Unit(benchmark::kMillisecond)->MinTime(2.0);
    benchmark::RegisterBenchmark("ThresholdEdit", BM_ThresholdEdit)->Unit(benchmark::kMillisecond)->MinTime(2.0);
    benchmark::RegisterBenchmark("LoadWorkspace", BM_LoadWorkspace)->Unit(benchmark::kMillisecond)->Iterations(3);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
