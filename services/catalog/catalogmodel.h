// The service catalog as plain values: items, departments, certificate types and calendar.
#pragma once

#include <QByteArray>
#include <QDate>
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
};

struct CatalogMaterial
{
    QString code;
    QString name;
    bool required = true;
    int copies = 1;
    QStringList satisfiedBy; // certificate type codes
};

struct CatalogFormField
{
    QString key; // dotted; items sharing a key share the field in a merged form
    QString label;
    QString type;
    bool required = false;
    QStringList options; // for type "choice"
    QString prefill; // CERT_TYPE.field, or empty
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
