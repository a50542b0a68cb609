// Fuzz target: bytes → a .segdb file → Workspace::open, then everything the GUI and the CLI read
// from an opened workspace. A corrupted or foreign file must give an error, never a crash.
#include "fuzzsupport.h"

#include "columntable.h"
#include "workspace.h"

#include <QFile>

#include <cstddef>
#include <cstdint>

using namespace sd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString path = fuzz::scratchDir() + QStringLiteral("/input.segdb");
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    fuzz::writeScratch(QStringLiteral("input.segdb"), bytes);

    QString error;
    const bool readOnly = size > 0 && (data[size - 1] & 1); // vary the mode with the input
    auto ws = Workspace::open(path, &error, readOnly ? Workspace::Mode::ReadOnly : Workspace::Mode::ReadWrite);
    if (!ws) {
        SD_FUZZ_CHECK(!error.isEmpty(), QStringLiteral("open failed without a message"));
        return 0;
    }
    (void)ws->integrityCheck();
    const QList<FieldDef> fields = ws->fields();
    (void)ws->imports();
    (void)ws->leadCount();
    SD_FUZZ_CHECK(ws->fillRates().size() <= fields.size(), QStringLiteral("fill rates"));
    for (const auto& row : ws->readLeads(0, 32))
        SD_FUZZ_CHECK(row.size() == size_t(fields.size()), QStringLiteral("ragged page"));
    for (const QString& name : ws->ruleSetNames())
        (void)ws->latestRuleSet(name);
    (void)ws->keyField();
    ColumnTable table;
    if (table.loadWorkspace(*ws, &error))
        for (size_t row = 0; row < std::min<size_t>(table.rowCount(), 8); ++row)
            for (const Column& c : table.columns())
                (void)c.cellText(row);
    if (!ws->isReadOnly())
        (void)ws->saveRuleSetVersion(QStringLiteral("fuzz"), "{}", QString(), QString(), &error);
    return 0;
}
