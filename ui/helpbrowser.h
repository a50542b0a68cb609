// The user guide window: the Markdown pages of docs/guide, compiled in under :/guide, shown in a
// QTextBrowser with back/forward, contents and find-in-page.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QToolBar;

namespace sd {

class HelpBrowser : public QWidget
{
    Q_OBJECT

public:
    // A top-level window (Qt::Window) owned by PARENT, so the main window keeps one instance.
    // It starts on the contents page and stays hidden until showPage().
    explicit HelpBrowser(QWidget* parent = nullptr);

    // Shows PAGE of the guide ("index.md", "charts.md", …) and raises the window. Returns false,
    // and shows the contents page instead, when the guide has no such page.
    bool showPage(const QString& page = QStringLiteral("index.md"));

    // The page on screen, relative to the guide ("importing.md").
    QString currentPage() const;

    // Every page compiled into the application, sorted.
    static QStringList pages();

    // How often TEXT occurs on the page on screen (case-insensitive, as find-in-page searches).
    int countMatches(const QString& text) const;

    QTextBrowser* browser() const { return mBrowser; }
    QLineEdit* findField() const { return mFindField; }
    QLabel* findStatus() const { return mFindStatus; }

private:
    bool loadPage(const QString& page);
    void findNext(bool backward);
    void updateTitle();

    QTextBrowser* mBrowser = nullptr;
    QToolBar* mToolBar = nullptr;
    QLineEdit* mFindField = nullptr;
    QLabel* mFindStatus = nullptr;
};

} // namespace sd
