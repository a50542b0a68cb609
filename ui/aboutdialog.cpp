// Library data comes from sd::thirdPartyLibraries() in core, which asks each library for its
// version; this file only adds what a reader needs: what each library is used for, in their language.
#include "aboutdialog.h"

#include "thirdpartylibraries.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace sd {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , mLibraries(new QTreeWidget(this))
{
    setWindowTitle(tr("About Segment Designer"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto icon = new QLabel(this);
    // The application's icon, as set by main(); the compiled-in SVG when there is none.
    const QIcon appIcon = QGuiApplication::windowIcon().isNull() ? QIcon(QStringLiteral(":/icons/segment-designer.svg"))
                                                                 : QGuiApplication::windowIcon();
    icon->setPixmap(appIcon.pixmap(64, 64));
    icon->setAccessibleName(tr("Segment Designer icon"));
    auto title = new QLabel(tr("<h2>Segment Designer %1</h2>").arg(QStringLiteral(SD_VERSION)), this);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto blurb = new QLabel(tr("Design lead segments, tiers and scores on your own CSV exports. "
                               "Your workspace stays on your computer."), this);
    blurb->setWordWrap(true);
    auto header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    auto headerText = new QVBoxLayout;
    headerText->addWidget(title);
    headerText->addWidget(blurb);
    header->addLayout(headerText, 1);

    auto librariesLabel = new QLabel(tr("Segment Designer is built on these libraries. "
                                        "Double-click one to read its licence and get its source."), this);
    librariesLabel->setWordWrap(true);
    mLibraries->setColumnCount(ColumnCount);
    mLibraries->setHeaderLabels({tr("Library"), tr("Version"), tr("Licence"), tr("Used for")});
    mLibraries->setRootIsDecorated(false);
    mLibraries->setAccessibleName(tr("Libraries, versions and licences"));
    librariesLabel->setBuddy(mLibraries);
    for (const ThirdPartyLibrary& library : thirdPartyLibraries()) {
        auto item = new QTreeWidgetItem(mLibraries, {library.name, library.version, library.licence, purposeOf(library.name)});
        item->setData(NameColumn, Qt::UserRole, library.url);
        item->setToolTip(NameColumn, library.url);
        item->setToolTip(LicenceColumn, library.licence); // shown whole where the column elides it
    }
    // Licence expressions can be long (Qt's); that column gives way so "Used for" stays visible.
    mLibraries->header()->setStretchLastSection(false);
    for (int c = 0; c < ColumnCount; ++c)
        mLibraries->header()->setSectionResizeMode(c, c == LicenceColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    connect(mLibraries, &QTreeWidget::itemActivated, this, [](QTreeWidgetItem* item) {
        QDesktopServices::openUrl(QUrl(item->data(NameColumn, Qt::UserRole).toString()));
    });

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy Version Information"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the versions of Segment Designer, the system and every library, for a bug report"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(versionReport()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(librariesLabel);
    layout->addWidget(mLibraries, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

QString AboutDialog::versionReport() const
{
    // Kept in English and unformatted on purpose: it is pasted into bug reports.
    QStringList lines{QStringLiteral("Segment Designer %1").arg(QStringLiteral(SD_VERSION)),
                      QStringLiteral("System: %1 (%2, %3)").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
                                                                QGuiApplication::platformName())};
    for (const ThirdPartyLibrary& library : thirdPartyLibraries())
        lines.append(QStringLiteral("%1 %2 (%3)").arg(library.name, library.version, library.licence));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString AboutDialog::purposeOf(const QString& library) const
{
    if (library == QLatin1String("Qt"))
        return tr("Windows, charts, icons and translations");
    if (library == QLatin1String("SQLite"))
        return tr("The workspace file");
    if (library == QLatin1String("nlohmann/json"))
        return tr("Rule files and JSON output");
    if (library == QLatin1String("libcsv"))
        return tr("Reading CSV files");
    if (library == QLatin1String("uchardet"))
        return tr("Detecting the encoding of CSV files");
    if (library == QLatin1String("libxlsxwriter"))
        return tr("Tagged lead lists as Excel workbooks");
    if (library == QLatin1String("Eigen"))
        return tr("Fitting a score to the outcome");
    return QString();
}

} // namespace sd
