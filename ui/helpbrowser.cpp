// QTextBrowser renders Markdown itself (QTextDocument::MarkdownResource) and resolves the links
// between pages relative to qrc:/guide/, so the guide reads the same here and on the project site.
#include "helpbrowser.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace sd {

namespace {

const QString kGuideDir = QStringLiteral(":/guide");

QUrl pageUrl(const QString& page)
{
    return QUrl(QStringLiteral("qrc:/guide/") + page);
}

} // namespace

HelpBrowser::HelpBrowser(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , mBrowser(new QTextBrowser(this))
    , mToolBar(new QToolBar(this))
    , mFindField(new QLineEdit(this))
    , mFindStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("helpBrowser"));
    resize(760, 640);

    mBrowser->setOpenExternalLinks(true); // https links go to the system browser
    mBrowser->setAccessibleName(tr("User guide"));
    mBrowser->setSearchPaths({kGuideDir});

    QAction* back = mToolBar->addAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Back"), mBrowser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    QAction* forward = mToolBar->addAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("&Forward"), mBrowser, &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    QAction* home = mToolBar->addAction(QIcon::fromTheme(QStringLiteral("go-home")), tr("&Contents"), this, [this] { showPage(); });
    home->setToolTip(tr("Show the contents of the guide"));
    connect(mBrowser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(mBrowser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    connect(mBrowser, &QTextBrowser::sourceChanged, this, &HelpBrowser::updateTitle);

    mToolBar->addSeparator();
    mFindField->setPlaceholderText(tr("Find in page"));
    mFindField->setAccessibleName(tr("Find in page"));
    mFindField->setClearButtonEnabled(true);
    mFindField->setMaximumWidth(260);
    mToolBar->addWidget(mFindField);
    mFindStatus->setContentsMargins(6, 0, 6, 0);
    mToolBar->addWidget(mFindStatus);
    connect(mFindField, &QLineEdit::textChanged, mFindStatus, &QLabel::clear);
    connect(mFindField, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    auto findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        mFindField->setFocus(Qt::ShortcutFocusReason);
        mFindField->selectAll();
    });
    connect(new QShortcut(QKeySequence::FindNext, this), &QShortcut::activated, this, [this] { findNext(false); });
    connect(new QShortcut(QKeySequence::FindPrevious, this), &QShortcut::activated, this, [this] { findNext(true); });
    connect(new QShortcut(QKeySequence::Close, this), &QShortcut::activated, this, &QWidget::close);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(mToolBar);
    layout->addWidget(mBrowser);
    setFocusProxy(mBrowser);

    loadPage(QStringLiteral("index.md")); // shown by showPage(), not on construction
}

bool HelpBrowser::showPage(const QString& page)
{
    const bool exists = loadPage(page);
    show();
    raise();
    activateWindow();
    return exists;
}

bool HelpBrowser::loadPage(const QString& page)
{
    // Only pages of the guide: a name with a path in it ("../x") is not one.
    const bool exists = !page.isEmpty() && !page.contains(QLatin1Char('/'))
        && QFileInfo(kGuideDir + QLatin1Char('/') + page).isFile();
    mBrowser->setSource(pageUrl(exists ? page : QStringLiteral("index.md")), QTextDocument::MarkdownResource);
    updateTitle();
    return exists;
}

QString HelpBrowser::currentPage() const
{
    // The guide is one flat folder; links may be relative ("importing.md") or absolute.
    return QFileInfo(mBrowser->source().path()).fileName();
}

QStringList HelpBrowser::pages()
{
    return QDir(kGuideDir).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
}

int HelpBrowser::countMatches(const QString& text) const
{
    if (text.isEmpty())
        return 0;
    int count = 0;
    QTextCursor cursor(mBrowser->document());
    while (!(cursor = mBrowser->document()->find(text, cursor)).isNull())
        ++count;
    return count;
}

void HelpBrowser::findNext(bool backward)
{
    const QString text = mFindField->text();
    if (text.isEmpty())
        return;
    const int matches = countMatches(text);
    mFindStatus->setText(matches == 0 ? tr("No matches") : tr("%n match(es)", nullptr, matches));
    if (matches == 0)
        return;
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!mBrowser->find(text, flags)) {
        // Wrap around once, as browsers do.
        QTextCursor cursor = mBrowser->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        mBrowser->setTextCursor(cursor);
        mBrowser->find(text, flags);
    }
}

void HelpBrowser::updateTitle()
{
    const QString title = mBrowser->documentTitle().isEmpty() ? mBrowser->document()->firstBlock().text()
                                                              : mBrowser->documentTitle();
    setWindowTitle(title.isEmpty() ? tr("Segment Designer Guide") : tr("%1 — Segment Designer Guide").arg(title));
}

} // namespace sd
