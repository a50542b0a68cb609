// Scratch files and invariant checks for the fuzz targets.
#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace sd::fuzz {

QString scratchDir()
{
    static std::unique_ptr<QTemporaryDir> dir = [] {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        auto d = std::make_unique<QTemporaryDir>(base + QStringLiteral("/sd-fuzz-XXXXXX"));
        if (!d->isValid()) {
            std::fprintf(stderr, "fuzz: cannot create a scratch folder in %s\n", qPrintable(base));
            std::abort();
        }
        return d;
    }();
    return dir->path();
}

QString writeScratch(const QString& name, const QByteArray& bytes)
{
    const QString path = scratchDir() + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "fuzz: cannot write %s\n", qPrintable(path));
        std::abort();
    }
    return path;
}

void violated(const char* what, const QString& detail)
{
    std::fprintf(stderr, "fuzz: invariant broken: %s %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace sd::fuzz
