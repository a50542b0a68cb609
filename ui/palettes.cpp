// Dark and high-contrast schemes are drawn with the Fusion style, which honours every palette
// role; native styles (Windows, macOS) ignore parts of the palette. The high-contrast scheme adds
// a small style sheet because Fusion derives frame outlines from the window colour, which would
// make borders of buttons and fields invisible on black, and it needs a focus frame that stands out.
#include "palettes.h"

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QVariant>

#include <cmath>

namespace sd {

namespace {

constexpr char kInitialStyleProperty[] = "_sd_initial_style";
constexpr char kInitialPaletteProperty[] = "_sd_initial_palette";
constexpr char kStyleSheetProperty[] = "_sd_scheme_style_sheet";

QPalette darkPalette()
{
    QPalette p;
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x2a));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3d));
    p.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x55, 0x55, 0x5a));
    p.setColor(QPalette::Midlight, QColor(0x46, 0x46, 0x4a));
    p.setColor(QPalette::Mid, QColor(0x33, 0x33, 0x36));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x00, 0x00, 0x00));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xde)); // the blue of the application icon
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb5, 0x8c, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x47, 0x4d));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(0, 0, 0);
    const QColor white(0xff, 0xff, 0xff);
    const QColor yellow(0xff, 0xff, 0x00);
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::ToolTipBase, QPalette::Dark,
                            QPalette::Shadow})
        p.setColor(role, black);
    p.setColor(QPalette::AlternateBase, QColor(0x1c, 0x1c, 0x1c));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                            QPalette::BrightText, QPalette::Light, QPalette::Midlight, QPalette::Mid})
        p.setColor(role, white);
    p.setColor(QPalette::PlaceholderText, QColor(0xc8, 0xc8, 0xc8));
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, QColor(0x00, 0xff, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0x99, 0xff));
    const QColor disabled(0xa8, 0xa8, 0xa8);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, disabled);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, black);
    return p;
}

QString highContrastStyleSheet()
{
    return QStringLiteral(
        "QPushButton, QToolButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit,"
        " QPlainTextEdit { border: 1px solid #ffffff; }"
        " QPushButton, QToolButton { padding: 3px 8px; background: #000000; }"
        " QPushButton:hover, QToolButton:hover { border-color: #00ffff; }"
        " QPushButton:focus, QToolButton:focus, QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus,"
        " QAbstractItemView:focus, QTextEdit:focus, QPlainTextEdit:focus { border: 2px solid #ffff00; }"
        " QPushButton:disabled, QToolButton:disabled { border-color: #a8a8a8; }");
}

double linearChannel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double relativeLuminance(const QColor& c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * linearChannel(rgb.redF()) + 0.7152 * linearChannel(rgb.greenF()) + 0.0722 * linearChannel(rgb.blueF());
}

} // namespace

QStringList paletteSchemes()
{
    return {QStringLiteral("system"), QStringLiteral("dark"), QStringLiteral("high-contrast")};
}

bool applyPalette(QApplication& app, const QString& scheme, QString* error)
{
    if (!paletteSchemes().contains(scheme)) {
        if (error)
            *error = QCoreApplication::translate("sd::Palettes", "Unknown colour scheme “%1”; expected one of: %2")
                         .arg(scheme, paletteSchemes().join(QLatin1String(", ")));
        return false;
    }
    // The first call remembers what the platform gave us, so "system" can go back to it.
    if (!app.property(kInitialStyleProperty).isValid()) {
        // Empty when the application already has a style sheet (the style is then hidden behind
        // Qt's style-sheet style); "system" then leaves the style alone.
        app.setProperty(kInitialStyleProperty, app.style()->name());
        app.setProperty(kInitialPaletteProperty, QVariant::fromValue(app.palette()));
    }
    // Only a style sheet this function set is replaced; one the application set itself is kept.
    const QString ownSheet = app.property(kStyleSheetProperty).toString();
    const bool sheetIsOurs = app.styleSheet().isEmpty() || app.styleSheet() == ownSheet;

    if (scheme == QLatin1String("system")) {
        const QString initialStyle = app.property(kInitialStyleProperty).toString();
        if (!initialStyle.isEmpty() && app.style()->name() != initialStyle)
            if (QStyle* style = QStyleFactory::create(initialStyle))
                app.setStyle(style);
        app.setPalette(app.property(kInitialPaletteProperty).value<QPalette>());
        if (sheetIsOurs) {
            app.setStyleSheet(QString());
            app.setProperty(kStyleSheetProperty, QString());
        }
        return true;
    }
    if (app.style()->name() != QLatin1String("fusion")) // also when hidden behind a style sheet
        app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const bool highContrast = scheme == QLatin1String("high-contrast");
    app.setPalette(highContrast ? highContrastPalette() : darkPalette());
    if (sheetIsOurs) {
        const QString sheet = highContrast ? highContrastStyleSheet() : QString();
        app.setStyleSheet(sheet);
        app.setProperty(kStyleSheetProperty, sheet);
    }
    return true;
}

bool isDarkPalette(const QPalette& palette)
{
    return relativeLuminance(palette.color(QPalette::Window)) < relativeLuminance(palette.color(QPalette::WindowText));
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace sd
