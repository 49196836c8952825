// Test helpers for the catalog tests: small valid catalogs, and signatures made by openssl.
#pragma once

#include "catalogparser.h"
#include "catalogstore.h"
#include "database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtDebug>

namespace catalogtest {

using namespace Qt::StringLiterals;

inline QJsonObject item(const QString &code, const QString &name, const QString &shortName = {})
{
    return QJsonObject {
        { u"code"_s, code },
        { u"name"_s, name },
        { u"shortName"_s, shortName },
        { u"department"_s, u"GD-RSJ"_s },
        { u"level"_s, u"county"_s },
        { u"kind"_s, u"public_service"_s },
        { u"themes"_s, QJsonArray { u"社会保障"_s } },
        { u"audience"_s, QJsonArray { u"person"_s } },
        { u"legalLimitDays"_s, 20 },
        { u"promisedLimitDays"_s, 5 },
        { u"fee"_s, QJsonObject { { u"amountCents"_s, 0 }, { u"basis"_s, u""_s } } },
        { u"onlineLevel"_s, 4 },
        { u"materials"_s,
            QJsonArray { QJsonObject { { u"code"_s, u"M1"_s }, { u"name"_s, u"居民身份证"_s },
                { u"required"_s, true }, { u"copies"_s, 1 },
                { u"satisfiedBy"_s, QJsonArray { u"RESIDENT_ID"_s } } } } },
        { u"form"_s,
            QJsonArray { QJsonObject { { u"key"_s, u"applicant.name"_s }, { u"label"_s, u"姓名"_s },
                { u"type"_s, u"text"_s }, { u"required"_s, true },
                { u"prefill"_s, u"RESIDENT_ID.holderName"_s } } } },
        { u"parallelWith"_s, QJsonArray {} },
    };
}

// A valid catalog with the given items (three social security items when none are given).
inline QJsonObject catalog(
    const QString &version, QJsonArray items = {}, const QString &keyId = u"gd-test-2026"_s)
{
    if (items.isEmpty())
        items = QJsonArray { item(u"SB-001"_s, u"社会保障卡申领"_s, u"社保卡申领"_s),
            item(u"SB-002"_s, u"社会保障卡挂失"_s, u"社保卡挂失"_s),
            item(u"YL-001"_s, u"职工基本养老保险参保登记"_s, u"养老参保登记"_s) };
    return QJsonObject {
        { u"format"_s, u"onewindow-catalog"_s },
        { u"formatVersion"_s, 1 },
        { u"publisher"_s, u"广东省政务服务数据管理局"_s },
        { u"publisherKeyId"_s, keyId },
        { u"catalogVersion"_s, version },
        { u"issuedAt"_s, u"2026-11-20T09:00:00+08:00"_s },
        { u"region"_s, QJsonObject { { u"code"_s, u"440000"_s }, { u"name"_s, u"广东省"_s } } },
        { u"holidays"_s, QJsonArray { u"2026-10-01"_s } },
        { u"workdays"_s, QJsonArray { u"2026-09-27"_s } },
        { u"departments"_s,
            QJsonArray { QJsonObject { { u"code"_s, u"GD-RSJ"_s },
                { u"name"_s, u"人力资源和社会保障局"_s }, { u"nameEn"_s, u"HRSS"_s } } } },
        { u"certificateTypes"_s,
            QJsonArray {
                QJsonObject { { u"code"_s, u"RESIDENT_ID"_s }, { u"name"_s, u"居民身份证"_s } } } },
        { u"items"_s, items },
    };
}

inline QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// Runs openssl like a catalog authority would; stdout, or empty on failure (logged).
inline QByteArray openssl(const QStringList &arguments)
{
    QProcess process;
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(20000) || process.exitCode() != 0) {
        qWarning() << "openssl" << arguments << process.readAllStandardError();
        return {};
    }
    return process.readAllStandardOutput();
}

// Makes keyBase.key and keyBase.pub for curve "SM2" or "P-256".
inline bool makeKey(const QString &keyBase, const QString &curve)
{
    openssl({ u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s,
        u"ec_paramgen_curve:"_s + curve, u"-out"_s, keyBase + u".key"_s });
    openssl(
        { u"pkey"_s, u"-in"_s, keyBase + u".key"_s, u"-pubout"_s, u"-out"_s, keyBase + u".pub"_s });
    return QFile::exists(keyBase + u".pub"_s);
}

// The base64 signature text of file, as in catalog.md ("openssl dgst … | base64 -w0").
inline QByteArray sign(const QString &keyBase, const QString &file, bool sm2)
{
    const QStringList digest = sm2
        ? QStringList { u"-sm3"_s, u"-sigopt"_s, u"distid:1234567812345678"_s }
        : QStringList { u"-sha256"_s };
    return openssl(
        QStringList { u"dgst"_s } + digest + QStringList { u"-sign"_s, keyBase + u".key"_s, file })
        .toBase64();
}

// Applies a catalog file through the store without a signature: for the tests of what reads a
// catalog (search, the finder, the kiosk), not of the import. Returns the number of items.
inline onewindow::Result<int> applyWithoutSignature(
    onewindow::Database &db, onewindow::CatalogStore &store, const QByteArray &file)
{
    using namespace onewindow;
    const auto parsed = CatalogParser::parse(file);
    if (!parsed.issues.isEmpty())
        return Error { parsed.issues.first().code,
            parsed.issues.first().path + u": "_s + parsed.issues.first().message };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Status applied = db.transaction([&]() -> Status {
        auto id = store.addVersion(parsed.catalog, parsed.catalog.items.size(),
            onewindow::CatalogFileCopy::of(file), "sig", now);
        if (!id)
            return id.error();
        return store.replaceActive(parsed.catalog, id.value(), now);
    });
    if (!applied)
        return applied.error();
    return int(parsed.catalog.items.size());
}

// The demo catalog of resources/catalog, applied without its signature.
inline onewindow::Result<int> applyDemoCatalog(
    onewindow::Database &db, onewindow::CatalogStore &store)
{
    const QByteArray demo = readFile(QStringLiteral(ONEWINDOW_DEMO_CATALOG));
    if (demo.isEmpty())
        return onewindow::Error { u"test.no_demo_catalog"_s,
            QStringLiteral(ONEWINDOW_DEMO_CATALOG) };
    return applyWithoutSignature(db, store, demo);
}

} // namespace catalogtest
