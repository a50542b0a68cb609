// Translations are compiled into sd_ui under :/i18n (translations/CMakeLists.txt). Qt's own
// catalogue (standard buttons, file dialogs) comes from the system's Qt installation when present.
#include "languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sd {

namespace {

constexpr char kTranslatorObjectName[] = "sd_translator";
const QString kCatalogue = QStringLiteral("segment-designer");
const QString kResourceDir = QStringLiteral(":/i18n");

void removeOurTranslators(QCoreApplication& app)
{
    const auto translators = app.findChildren<QTranslator*>(QString::fromLatin1(kTranslatorObjectName), Qt::FindDirectChildrenOnly);
    for (QTranslator* t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

QList<Language> availableLanguages()
{
    QList<Language> languages{{QStringLiteral("en"), QStringLiteral("English")}};
    const QStringList files = QDir(kResourceDir).entryList({kCatalogue + QStringLiteral("_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString code = file.mid(kCatalogue.size() + 1).chopped(3);
        if (code != QLatin1String("en")) // English's file holds only its plural forms
            languages.append({code, QLocale(code).nativeLanguageName()});
    }
    return languages;
}

QString installTranslators(QCoreApplication& app, const QString& languageOverride)
{
    removeOurTranslators(app);
    const bool followSystem = languageOverride.isEmpty() || languageOverride == QLatin1String("system");
    const QLocale locale = followSystem ? QLocale::system() : QLocale(languageOverride);
    if (!followSystem)
        QLocale::setDefault(locale);

    auto ours = new QTranslator(&app);
    ours->setObjectName(QString::fromLatin1(kTranslatorObjectName));
    // English is the source language: a user who asks for it gets only the English plural forms,
    // even when the system's second language has a translation. Otherwise QTranslator::load(QLocale)
    // walks the locale's UI languages in order; when none has a translation, English it is.
    const bool wantsEnglish = locale.language() == QLocale::English
        || (followSystem && !locale.uiLanguages().isEmpty() && locale.uiLanguages().first().startsWith(QLatin1String("en")));
    if (wantsEnglish || !ours->load(locale, kCatalogue, QStringLiteral("_"), kResourceDir)) {
        if (ours->load(kCatalogue + QStringLiteral("_en"), kResourceDir))
            QCoreApplication::installTranslator(ours);
        else
            delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);

    auto qt = new QTranslator(&app);
    qt->setObjectName(QString::fromLatin1(kTranslatorObjectName));
    if (qt->load(QLocale(ours->language()), QStringLiteral("qt"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return ours->language().section(QLatin1Char('_'), 0, 0);
}

} // namespace sd
