#include "languageswitcher.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>

namespace {
// Source strings are English; every other language is a .qm file compiled into the program.
const QString kSourceLanguage = QStringLiteral("en");
const QStringList kLanguages = { QStringLiteral("zh_CN"), QStringLiteral("en") };
} // namespace

LanguageSwitcher::LanguageSwitcher(QString defaultLanguage, QObject *parent)
    : QObject(parent)
    , m_defaultLanguage(
          kLanguages.contains(defaultLanguage) ? std::move(defaultLanguage) : kLanguages.first())
{
    setLanguage(m_defaultLanguage);
}

QStringList LanguageSwitcher::languages() const
{
    return m_offered.isEmpty() ? kLanguages : m_offered;
}

void LanguageSwitcher::setOffered(const QStringList &codes)
{
    QStringList offered;
    for (const QString &code : codes)
        if (kLanguages.contains(code) && !offered.contains(code))
            offered << code;
    m_offered = offered;
    if (!m_offered.isEmpty()) {
        m_defaultLanguage = m_offered.first();
        setLanguage(m_defaultLanguage);
    }
    emit languagesChanged();
}

bool LanguageSwitcher::setLanguage(const QString &code)
{
    if (!kLanguages.contains(code))
        return false;
    if (code == m_language)
        return true;

    // English is the source language but has its own file too: its plurals ("1 day",
    // "2 days") exist only there. Without it, English falls back to the source strings.
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/onewindow_%1.qm").arg(code))) {
        if (code != kSourceLanguage)
            return false;
        translator.reset();
    }
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(translator);
    if (m_translator)
        QCoreApplication::installTranslator(m_translator.get());
    QLocale::setDefault(QLocale(code));

    m_language = code;
    if (m_engine) {
        m_engine->setUiLanguage(code);
        m_engine->retranslate();
    }
    emit languageChanged();
    return true;
}

QString LanguageSwitcher::nativeName(const QString &code) const
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("中文");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}
