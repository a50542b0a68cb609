// Fuzz target: bytes → CSV file → import into a fresh in-memory workspace, then read it back the
// ways the product does (lead pages, fill rates, the columnar table) and load the CSV directly as
// `evaluate FILE.csv` does. The first byte picks the import options.
#include "fuzzsupport.h"

#include "columntable.h"
#include "csvimport.h"
#include "workspace.h"

#include <QFile>

#include <cstdint>
#include <cstddef>

using namespace sd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t flags = data[0];
    const QByteArray csv(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const QString csvPath = fuzz::writeScratch(QStringLiteral("input.csv"), csv);
    const QString rejects = fuzz::scratchDir() + QStringLiteral("/rejects.csv");
    QFile::remove(rejects);

    QString error;
    auto ws = Workspace::open(QStringLiteral(":memory:"), &error);
    SD_FUZZ_CHECK(ws, error);

    ImportConfig config;
    config.csvPath = csvPath;
    config.rejectsPath = rejects;
    static const char delimiters[] = {0, ',', ';', '\t'};
    config.delimiter = delimiters[(flags >> 3) & 3];
    static const DuplicatePolicy policies[] = {DuplicatePolicy::Update, DuplicatePolicy::Skip, DuplicatePolicy::Keep,
                                               DuplicatePolicy::Update};
    config.onDuplicate = policies[(flags >> 1) & 3];
    if (flags & 0x20)
        config.emptyValues = {QStringLiteral("N/A"), QStringLiteral("-")};
    if (flags & 0x40)
        config.encoding = QStringLiteral("windows-1252");

    // With bit 0 the first header cell becomes the key; the header is read by the import itself.
    if (flags & 1) {
        const qsizetype end = csv.indexOf(config.delimiter ? config.delimiter : ',');
        const qsizetype nl = csv.indexOf('\n');
        const qsizetype cut = end < 0 ? nl : (nl < 0 ? end : std::min(end, nl));
        config.keyColumn = QString::fromUtf8(csv.left(cut < 0 ? csv.size() : cut)).trimmed();
    }

    const ImportResult r = importCsv(*ws, config);
    if (!r.ok) {
        SD_FUZZ_CHECK(!r.error.isEmpty(), QStringLiteral("a failed import must say why"));
        SD_FUZZ_CHECK(ws->leadCount() == 0, r.error);
        SD_FUZZ_CHECK(ws->fields().isEmpty(), r.error);
        SD_FUZZ_CHECK(!QFile::exists(rejects), QStringLiteral("rejects file of a failed import"));
        return 0;
    }
    SD_FUZZ_CHECK(r.rowsRead == r.inserted + r.updated + r.unchanged + r.skipped + r.rejected,
                  QStringLiteral("counts do not add up"));
    SD_FUZZ_CHECK(ws->leadCount() == r.inserted, QStringLiteral("lead count %1 vs inserted %2").arg(ws->leadCount()).arg(r.inserted));
    SD_FUZZ_CHECK((r.rejected > 0) == QFile::exists(rejects), QStringLiteral("rejects file and count disagree"));
    QString detail;
    SD_FUZZ_CHECK(ws->integrityCheck(&detail), detail);

    const QList<FieldDef> fields = ws->fields();
    const auto page = ws->readLeads(0, 64);
    SD_FUZZ_CHECK(page.size() == size_t(std::min<qint64>(64, r.inserted)), QStringLiteral("short page"));
    for (const auto& row : page)
        SD_FUZZ_CHECK(row.size() == size_t(fields.size()), QStringLiteral("ragged page"));
    const QList<FieldFill> fill = ws->fillRates();
    SD_FUZZ_CHECK(fill.size() == fields.size(), QStringLiteral("fill rates"));

    ColumnTable table;
    SD_FUZZ_CHECK(table.loadWorkspace(*ws, &error), error);
    SD_FUZZ_CHECK(table.rowCount() == size_t(r.inserted), QStringLiteral("table rows"));
    for (size_t row = 0; row < std::min<size_t>(table.rowCount(), 16); ++row)
        for (const Column& c : table.columns())
            (void)c.cellText(row);

    // A second import of the same file maps every column onto the fields the first one created.
    if (flags & 0x80) {
        QFile::remove(rejects);
        const ImportResult again = importCsv(*ws, config);
        SD_FUZZ_CHECK(again.ok, again.error);
        SD_FUZZ_CHECK(again.newFields.isEmpty(), QStringLiteral("a re-import created fields"));
    }

    // `evaluate rules.json file.csv` reads the CSV straight into the table.
    ColumnTable direct;
    if (direct.loadCsv(csvPath, {}, std::string(), &error))
        SD_FUZZ_CHECK(direct.columns().size() >= 1, QStringLiteral("a loaded CSV without columns"));
    return 0;
}
