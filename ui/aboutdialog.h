// The About dialog: the application's version and the versions and licences of the libraries it
// runs on, with a button that copies all of it for a bug report.
#pragma once

#include <QDialog>

class QTreeWidget;

namespace sd {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, VersionColumn, LicenceColumn, PurposeColumn, ColumnCount };

    explicit AboutDialog(QWidget* parent = nullptr);

    // Plain text for bug reports: application version, system, and one line per library.
    QString versionReport() const;

    QTreeWidget* libraryList() const { return mLibraries; }

private:
    QString purposeOf(const QString& library) const;

    QTreeWidget* mLibraries = nullptr;
};

} // namespace sd
