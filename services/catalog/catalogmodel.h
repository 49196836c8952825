// The service catalog as plain values: items, departments, certificate types and calendar.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace onewindow {

struct CatalogDepartment
{
    QString code;
    QString name;
    QString nameEn;
};

struct CatalogCertificateType
{
    QString code;
    QString name;
    // Empty when the publisher gave no English (initialised so that positional initialisers
    // written before it need not name it).
    QString nameEn = {};
};

struct CatalogMaterial
{
    QString code;
    QString name;
    bool required = true;
    int copies = 1;
    QStringList satisfiedBy; // certificate type codes
    // Empty when the publisher gave no English (initialised so that positional initialisers
    // written before it need not name it).
    QString nameEn = {};
};

struct CatalogFormField
{
    QString key; // dotted; items sharing a key share the field in a merged form
    QString label;
    QString type;
    bool required = false;
    // For type "choice". The answer stored is always one of options; optionsEn, when given,
    // says each of them in English, in the same order (the parser checks the count).
    QStringList options;
    QString prefill; // CERT_TYPE.field, or empty
    QString labelEn = {};
    QStringList optionsEn = {};
};

struct CatalogItem
{
    QString code;
    QString name;
    QString nameEn;
    QString shortName;
    QString department;
    QString level;
    QString kind;
    QStringList themes;
    QStringList audience;
    int legalLimitDays = 0;
    int promisedLimitDays = 0;
    qint64 feeCents = 0;
    QString feeBasis;
    int onlineLevel = 1;
    QList<CatalogMaterial> materials;
    QList<CatalogFormField> form;
    QStringList parallelWith;
    // The item exactly as published (compact JSON, unknown fields kept): what a case stores.
    QByteArray snapshot;
};

struct Catalog
{
    int formatVersion = 1;
    QString publisher;
    QString publisherKeyId;
    QString catalogVersion;
    QString issuedAt;
    QString regionCode;
    QString regionName;
    QList<QDate> holidays;
    QList<QDate> workdays; // make-up working days (调休) that fall on weekends
    QList<CatalogDepartment> departments;
    QList<CatalogCertificateType> certificateTypes;
    // A theme's English name by its Chinese one (the optional "themesEn" object).
    QHash<QString, QString> themesEn;
    QList<CatalogItem> items;
};

// One problem found in a catalog file: where (a JSON path such as items[12].form[3].type) and
// what, in the administrator's language.
struct CatalogIssue
{
    QString path;
    QString code;
    QString message;
};

} // namespace onewindow
