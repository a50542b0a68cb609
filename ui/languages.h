// The user-interface language: which translations exist and installing the right ones.
#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace sd {

struct Language {
    QString code;       // "en", "de", "fr": the name part of segment-designer_<code>.qm
    QString nativeName; // "English", "Deutsch", "français": how a language menu lists it
};

// English (the source language) first, then every translation compiled into the application.
QList<Language> availableLanguages();

// Installs the application's and Qt's own translators for LANGUAGEOVERRIDE ("de", "fr", "en",
// or a full locale such as "de_CH"), or for the system's UI languages when it is empty or "system".
// A chosen language also becomes the default QLocale, so numbers and dates follow it. Translators
// installed by an earlier call are removed first, so this can switch languages at run time (widgets
// retranslate on QEvent::LanguageChange). Returns the code of the language now in effect ("en"
// when no translation matched).
QString installTranslators(QCoreApplication& app, const QString& languageOverride = QString());

// The QSettings key under which the settings dialog stores the chosen language ("" = system).
inline constexpr char kLanguageSettingsKey[] = "ui/language";

} // namespace sd
