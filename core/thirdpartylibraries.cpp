// Versions come from the libraries themselves at run time where they export one (Qt, SQLite,
// libxlsxwriter), because a distribution may update a shared library without rebuilding us; the
// header-only and version-less libraries report what the build found.
#include "thirdpartylibraries.h"

#include <QtGlobal>

#include <Eigen/Core>
#include <csv.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <xlsxwriter.h>

#ifndef SD_UCHARDET_VERSION
#define SD_UCHARDET_VERSION "unknown"
#endif

namespace sd {

std::vector<ThirdPartyLibrary> thirdPartyLibraries()
{
    const QString qtRuntime = QString::fromLatin1(qVersion());
    const QString qtBuilt = QStringLiteral(QT_VERSION_STR);
    return {
        {QStringLiteral("Qt"),
         qtRuntime == qtBuilt ? qtRuntime : QStringLiteral("%1 (built with %2)").arg(qtRuntime, qtBuilt),
         QStringLiteral("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only; Qt Charts: GPL-3.0-only"),
         QStringLiteral("https://www.qt.io/licensing/open-source-lgpl-obligations")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), QStringLiteral("blessing (public domain)"),
         QStringLiteral("https://www.sqlite.org/copyright.html")},
        {QStringLiteral("nlohmann/json"),
         QStringLiteral("%1.%2.%3").arg(NLOHMANN_JSON_VERSION_MAJOR).arg(NLOHMANN_JSON_VERSION_MINOR).arg(NLOHMANN_JSON_VERSION_PATCH),
         QStringLiteral("MIT"), QStringLiteral("https://github.com/nlohmann/json")},
        {QStringLiteral("libcsv"), QStringLiteral("%1.%2.%3").arg(CSV_MAJOR).arg(CSV_MINOR).arg(CSV_RELEASE),
         QStringLiteral("LGPL-2.1-or-later"), QStringLiteral("https://github.com/rgamble/libcsv")},
        {QStringLiteral("uchardet"), QStringLiteral(SD_UCHARDET_VERSION),
         QStringLiteral("MPL-1.1 OR GPL-2.0-or-later OR LGPL-2.1-or-later"),
         QStringLiteral("https://www.freedesktop.org/wiki/Software/uchardet/")},
        {QStringLiteral("libxlsxwriter"), QString::fromLatin1(lxw_version()), QStringLiteral("BSD-2-Clause"),
         QStringLiteral("https://libxlsxwriter.github.io/")},
        {QStringLiteral("Eigen"), QStringLiteral("%1.%2.%3").arg(EIGEN_WORLD_VERSION).arg(EIGEN_MAJOR_VERSION).arg(EIGEN_MINOR_VERSION),
         QStringLiteral("MPL-2.0"), QStringLiteral("https://eigen.tuxfamily.org/")},
    };
}

} // namespace sd
