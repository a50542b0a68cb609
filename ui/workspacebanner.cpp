// Read-only workspace banner: amber on light palettes, dark amber on dark and high-contrast ones.
#include "workspacebanner.h"

#include "palettes.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTextDocumentFragment>

namespace sd {

WorkspaceBanner::WorkspaceBanner(QWidget* parent)
    : QFrame(parent)
    , mIcon(new QLabel(this))
    , mText(new QLabel(this))
    , mSaveAs(new QPushButton(tr("Save Workspace &As…"), this))
{
    setObjectName(QStringLiteral("workspaceBanner"));
    setAccessibleName(tr("Read-only workspace"));
    const int icon = fontMetrics().height() + 4;
    mIcon->setPixmap(QIcon(QStringLiteral(":/icons/warning.svg")).pixmap(icon, icon));
    mIcon->setAlignment(Qt::AlignTop);
    mText->setWordWrap(true);
    mText->setTextFormat(Qt::RichText);
    mText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mSaveAs->setToolTip(tr("Save a copy of the workspace where it can be changed, and go on working in the copy"));
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(10);
    layout->addWidget(mIcon);
    layout->addWidget(mText, 1);
    layout->addWidget(mSaveAs, 0, Qt::AlignVCenter);
    connect(mSaveAs, &QPushButton::clicked, this, &WorkspaceBanner::saveAsRequested);
    applyColours();
    hide();
}

void WorkspaceBanner::setReadOnlyReason(const QString& reason)
{
    mText->setText(tr("<b>This workspace is read-only.</b> %1 Rule sets can still be designed, evaluated and exported; "
                      "to save versions, tags or imports, save the workspace under a new name.")
                       .arg(reason.toHtmlEscaped()));
    setVisible(!reason.isEmpty());
}

QString WorkspaceBanner::message() const
{
    return QTextDocumentFragment::fromHtml(mText->text()).toPlainText();
}

void WorkspaceBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
}

void WorkspaceBanner::applyColours()
{
    // Chosen for a contrast of at least 7:1 between text and background in both variants.
    // The window's palette, not the banner's own: its style sheet gives it a background of its own.
    const bool dark = isDarkPalette(parentWidget() ? parentWidget()->palette() : QApplication::palette());
    const QString background = dark ? QStringLiteral("#3d3100") : QStringLiteral("#fff4ce");
    const QString border = dark ? QStringLiteral("#b38f00") : QStringLiteral("#d9a800");
    const QString text = dark ? QStringLiteral("#fff1b8") : QStringLiteral("#3d2e00");
    // Guarded: setting a style sheet sends a StyleChange, which would come back here.
    const QString sheet = QStringLiteral("QFrame#workspaceBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                         " QFrame#workspaceBanner > QLabel { color: %3; background: transparent; }")
                              .arg(background, border, text);
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

} // namespace sd
