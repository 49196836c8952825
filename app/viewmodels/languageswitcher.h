// Switches the interface language at run time (zh_CN first, en) and retranslates every binding.
#pragma once

#include <memory>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QtQmlIntegration>
#include <QTranslator>

class QQmlEngine;

class LanguageSwitcher : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages NOTIFY languagesChanged)
public:
    explicit LanguageSwitcher(QString defaultLanguage, QObject *parent = nullptr);

    // The engine whose bindings are re-evaluated on a switch; set once by the composition root.
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    QString language() const { return m_language; }
    QStringList languages() const;
    QString defaultLanguage() const { return m_defaultLanguage; }

    // Returns false (and keeps the current language) for a language the terminal does not have.
    Q_INVOKABLE bool setLanguage(const QString &code);
    // The language's own name, for the switch button ("中文", "English").
    Q_INVOKABLE QString nativeName(const QString &code) const;
    Q_INVOKABLE void resetToDefault() { setLanguage(m_defaultLanguage); }
    // The languages this terminal offers (its settings; the first is the default). Unknown
    // codes are ignored; nothing known left: every language is offered.
    void setOffered(const QStringList &codes);

signals:
    void languageChanged();
    void languagesChanged();

private:
    QString m_defaultLanguage;
    QString m_language;
    QStringList m_offered;
    std::unique_ptr<QTranslator> m_translator;
    QPointer<QQmlEngine> m_engine;
};
