// The third-party libraries Segment Designer is built on, with the versions in use and their
// licences, for the About dialog and bug reports.
#pragma once

#include <QString>

#include <vector>

namespace sd {

struct ThirdPartyLibrary {
    QString name;
    QString version;      // the version running, where the library can tell; else the one built against
    QString licence;      // SPDX expression
    QString url;          // home page, where the licence and sources are
};

// In a fixed order: Qt, SQLite, nlohmann/json, libcsv, uchardet, libxlsxwriter.
std::vector<ThirdPartyLibrary> thirdPartyLibraries();

} // namespace sd
