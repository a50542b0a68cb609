// Colour schemes of the application: the system's, a dark one and a high-contrast one.
#pragma once

#include <QString>
#include <QStringList>

class QApplication;
class QColor;
class QPalette;

namespace sd {

// The scheme names applyPalette accepts, in the order a settings menu shows them.
QStringList paletteSchemes(); // "system", "dark", "high-contrast"

// Switches the whole application to SCHEME. "system" restores the style and palette the
// application started with. An unknown name changes nothing and returns false with *error set.
bool applyPalette(QApplication& app, const QString& scheme, QString* error = nullptr);

// True when PALETTE draws light text on a dark window, so charts and custom painting can pick
// matching colours (e.g. QChart::ChartThemeDark).
bool isDarkPalette(const QPalette& palette);

// The QSettings key under which the settings dialog stores the scheme ("system" when absent).
inline constexpr char kColorSchemeSettingsKey[] = "ui/colorScheme";

// WCAG 2 contrast ratio of two colours, from 1 (same luminance) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);

} // namespace sd
