// Realistic synthetic B2B leads for the demo workspace: firmographic, technographic, behavioural and
// intent columns, and a `converted` outcome that depends on them. Deterministic for a seed.
#pragma once

#include <QString>

namespace sd {

struct DemoOptions
{
    qint64 leads = 20000;
    quint64 seed = 42;
};

// Writes the demo leads as a CSV file (header + one row per lead).
bool writeDemoCsv(const QString& path, const DemoOptions& options, QString* error);

// The built-in "B2B tiers" template rule file (rule file v1 JSON text).
QByteArray b2bTiersTemplate();

} // namespace sd
