#include "demoseeder.h"

#include "database.h"
#include "keyring.h"
#include "socialsecurityseeder.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace onewindow::hall {

namespace {

constexpr char kCodeChars[] = "0123456789ABCDEFGHJKLMNPQRTUWXY"; // GB 32100, 31 characters

QJsonObject issuer(const QString &code, const QString &name)
{
    return { { QStringLiteral("code"), code }, { QStringLiteral("name"), name } };
}

// "广州市天河区" → {"广州市", "天河区"}; "东莞市" → {"东莞市", ""}.
QPair<QString, QString> splitRegion(const QString &regionName)
{
    const qsizetype city = regionName.indexOf(u'市');
    if (city < 0 || city + 1 >= regionName.size())
        return { regionName, {} };
    return { regionName.left(city + 1), regionName.mid(city + 1) };
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

DemoSeeder::DemoSeeder(Database &database, const KeyRing &issuers)
    : m_database(database)
    , m_issuers(issuers)
{ }

QString DemoSeeder::withCreditCodeCheck(const QString &first17)
{
    static constexpr int weights[17]
        = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    int sum = 0;
    for (int i = 0; i < 17 && i < first17.size(); ++i) {
        const char *p = std::strchr(kCodeChars, first17[i].toLatin1());
        sum += int(p ? p - kCodeChars : 0) * weights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return first17 + QLatin1Char(kCodeChars[check]);
}

QString DemoSeeder::randomCode(int length)
{
    QString out;
    std::uniform_int_distribution<int> pick(0, 30);
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(kCodeChars[pick(m_random)]);
    return out;
}

Status DemoSeeder::seed(const QByteArray &citizensJson)
{
    QSqlQuery count(m_database.connection());
    if (!count.exec(QStringLiteral("SELECT count(*) FROM citizens")) || !count.next())
        return Database::queryError(count, QStringLiteral("count citizens"));
    if (count.value(0).toInt() > 0)
        return {};
    const QJsonArray citizens
        = QJsonDocument::fromJson(citizensJson).object().value(u"citizens").toArray();
    if (citizens.isEmpty())
        return Error { QStringLiteral("seed.no_citizens"), QStringLiteral("no demo citizens") };
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : citizens)
        byId.insert(v.toObject().value(u"idNumber").toString(), v.toObject());
    return m_database.transaction([&]() -> Status {
        for (const QJsonValue &v : citizens) {
            const QJsonObject c = v.toObject();
            if (Status s = seedCitizen(c, byId.value(c.value(u"spouseIdNumber").toString())); !s)
                return s;
            SocialSecuritySeeder social(m_database, m_random);
            if (Status s = social.seed(c); !s)
                return s;
            if (Status s = seedHousehold(c); !s)
                return s;
        }
        return {};
    });
}

Status DemoSeeder::seedHousehold(const QJsonObject &c)
{
    QSqlQuery q(m_database.connection());
    for (const QJsonValue &v : c.value(u"household").toArray()) {
        const QJsonObject member = v.toObject();
        q.prepare(QStringLiteral("INSERT INTO households VALUES (?, ?, ?)"));
        q.addBindValue(c.value(u"idNumber").toString());
        q.addBindValue(member.value(u"idNumber").toString());
        q.addBindValue(member.value(u"relation").toString(QStringLiteral("member")));
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("store a household member"));
    }
    return {};
}

Status DemoSeeder::seedCitizen(const QJsonObject &c, const QJsonObject &spouse)
{
    const QString id = c.value(u"idNumber").toString();
    const QString name = c.value(u"name").toString();
    const QString region = c.value(u"regionCode").toString();
    const QString regionName = c.value(u"regionName").toString();
    const QStringList tags = c.value(u"tags").toVariant().toStringList();
    const QDate birth = QDate::fromString(c.value(u"birthDate").toString(), Qt::ISODate);
    const auto [city, district] = splitRegion(regionName);
    const QJsonObject holder { { QStringLiteral("name"), name },
        { QStringLiteral("idType"), QStringLiteral("RESIDENT_ID") },
        { QStringLiteral("idNumber"), id } };
    const QString address = regionName + QStringLiteral("人民路%1号").arg(10 + m_random() % 180);

    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO citizens VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : { QVariant(id), QVariant(name),
             QVariant(c.value(u"gender").toString()), QVariant(c.value(u"birthDate").toString()),
             QVariant(region), QVariant(c.value(u"cityCode").toString()) })
        q.addBindValue(value);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("store a citizen"));

    const auto cert = [&](const char *type, const QString &typeName, const QString &number,
                          const QJsonObject &iss, QDate issued, QDate until, QJsonObject fields) {
        return QJsonObject { { QStringLiteral("certType"), QLatin1String(type) },
            { QStringLiteral("certTypeName"), typeName }, { QStringLiteral("certNumber"), number },
            { QStringLiteral("issuer"), iss }, { QStringLiteral("holder"), holder },
            { QStringLiteral("issuedOn"), issued.toString(Qt::ISODate) },
            { QStringLiteral("validFrom"), issued.toString(Qt::ISODate) },
            { QStringLiteral("validUntil"), dateOrNull(until) },
            { QStringLiteral("fields"), fields },
            { QStringLiteral("status"), QStringLiteral("valid") } };
    };
    const QString police = city + QStringLiteral("公安局")
        + (district.isEmpty() ? QString() : district + QStringLiteral("分局"));
    const QString agencyCode = QStringLiteral("11") + region;

    // 居民身份证: renewed every 20 years; "expiredId" holders let theirs lapse.
    QDate idIssued
        = QDate(2016 + int(m_random() % 8), 1 + int(m_random() % 12), 1 + int(m_random() % 28));
    QDate idUntil = birth.daysTo(idIssued) > 46 * 365 ? QDate() : idIssued.addYears(20);
    if (tags.contains(u"expiredId")) {
        idIssued = QDate(2005, 3, 18);
        idUntil = QDate(2025, 3, 18);
    }
    Status s = addCertificate(id, QStringLiteral("gd-gaj-2026"),
        cert("RESIDENT_ID", QStringLiteral("居民身份证"), id,
            issuer(withCreditCodeCheck(agencyCode + randomCode(9)), police), idIssued, idUntil,
            { { QStringLiteral("gender"), c.value(u"gender") },
                { QStringLiteral("ethnicity"), QStringLiteral("汉") },
                { QStringLiteral("birthDate"), c.value(u"birthDate") },
                { QStringLiteral("address"), address } }),
        false);
    if (!s)
        return s;

    const QString station = district.isEmpty() ? city : district;
    s = addCertificate(id, QStringLiteral("gd-gaj-2026"),
        cert("HOUSEHOLD_REGISTER", QStringLiteral("居民户口簿"),
            QStringLiteral("HK%1%2").arg(region).arg(100000 + m_random() % 900000),
            issuer(withCreditCodeCheck(agencyCode + randomCode(9)),
                police + QStringLiteral("%1派出所").arg(station.left(2))),
            QDate(2012 + int(m_random() % 10), 6, 8), QDate(),
            { { QStringLiteral("householder"), name },
                { QStringLiteral("relation"), QStringLiteral("户主") },
                { QStringLiteral("address"), address } }),
        false);
    if (!s)
        return s;

    if (!spouse.isEmpty()) {
        // Both spouses hold a certificate; the husband's record gives the shared year.
        const int year = 2008 + int(qHash(spouse.value(u"idNumber").toString() + id) % 15);
        s = addCertificate(id, QStringLiteral("gd-mzj-2026"),
            cert("MARRIAGE_CERT", QStringLiteral("结婚证"),
                QStringLiteral("J%1-%2-%3")
                    .arg(region)
                    .arg(year)
                    .arg(10000 + m_random() % 90000, 6, 10, QLatin1Char('0')),
                issuer(withCreditCodeCheck(agencyCode + randomCode(9)),
                    regionName + QStringLiteral("民政局")),
                QDate(year, 5, 20), QDate(),
                { { QStringLiteral("spouseName"), spouse.value(u"name") },
                    { QStringLiteral("spouseIdNumber"), spouse.value(u"idNumber") } }),
            false);
        if (!s)
            return s;
    }

    if (tags.contains(u"business") || tags.contains(u"expiredBusiness")) {
        const bool expired = tags.contains(u"expiredBusiness");
        const QString creditCode
            = withCreditCodeCheck(QStringLiteral("92") + region + randomCode(9));
        const QDate issued(expired ? 2016 : 2019 + int(m_random() % 5), 4, 12);
        s = addCertificate(id, QStringLiteral("gd-scjg-2026"),
            cert("BUSINESS_LICENSE", QStringLiteral("营业执照"), creditCode,
                issuer(withCreditCodeCheck(agencyCode + randomCode(9)),
                    regionName + QStringLiteral("市场监督管理局")),
                issued, expired ? QDate(2024, 4, 11) : QDate(),
                { { QStringLiteral("entityName"),
                      station + name.left(1) + QStringLiteral("记便利店") },
                    { QStringLiteral("entityType"), QStringLiteral("个体工商户") },
                    { QStringLiteral("creditCode"), creditCode },
                    { QStringLiteral("operator"), name },
                    { QStringLiteral("businessScope"),
                        QStringLiteral("日用百货零售；预包装食品销售") } }),
            false);
        if (!s)
            return s;
    }

    const QDate cardIssued(2018 + int(m_random() % 6), 9, 1);
    s = addCertificate(id, QStringLiteral("gd-rsj-2026"),
        cert("SOCIAL_SECURITY_CARD", QStringLiteral("社会保障卡"),
            QStringLiteral("44%1").arg(randomCode(7)),
            issuer(
                QStringLiteral("11440000006939800X"), QStringLiteral("广东省人力资源和社会保障厅")),
            cardIssued, cardIssued.addYears(10),
            { { QStringLiteral("socialSecurityNumber"), id },
                { QStringLiteral("bank"), QStringLiteral("中国工商银行") },
                { QStringLiteral("cardVersion"), QStringLiteral("第三代") } }),
        false);
    if (!s)
        return s;

    if (tags.contains(u"realEstate")) {
        const int year = 2010 + int(m_random() % 14);
        s = addCertificate(id, QStringLiteral("gd-zrzy-2026"),
            cert("REAL_ESTATE_CERT", QStringLiteral("不动产权证书"),
                QStringLiteral("粤(%1)%2不动产权第%3号")
                    .arg(year)
                    .arg(city)
                    .arg(m_random() % 10000000, 7, 10, QLatin1Char('0')),
                issuer(withCreditCodeCheck(agencyCode + randomCode(9)),
                    city + QStringLiteral("不动产登记中心")),
                QDate(year, 11, 3), QDate(),
                { { QStringLiteral("location"),
                      regionName
                          + QStringLiteral("花城大道%1号%2房")
                                .arg(1 + m_random() % 300)
                                .arg(101 + m_random() % 2800) },
                    { QStringLiteral("area"),
                        QStringLiteral("%1.%2平方米")
                            .arg(60 + m_random() % 90)
                            .arg(m_random() % 100, 2, 10, QLatin1Char('0')) },
                    { QStringLiteral("use"), QStringLiteral("住宅") },
                    { QStringLiteral("rightType"),
                        QStringLiteral("国有建设用地使用权/房屋所有权") } }),
            tags.contains(u"revokedCert"));
        if (!s)
            return s;
    }
    return {};
}

Status DemoSeeder::addCertificate(
    const QString &idNumber, const QString &kid, QJsonObject payload, bool revoked)
{
    // A hall started with a custom key folder signs with whatever key of the same kind it has.
    const KeyRing::Key *key = m_issuers.find(kid);
    if (!key || !key->hasPrivate)
        key = m_issuers.firstWithAlgorithm(kid == u"gd-mzj-2026" || kid == u"gd-scjg-2026"
                ? QStringLiteral("ES256")
                : QStringLiteral("SM2-SM3"));
    if (!key && !m_issuers.keys().isEmpty())
        key = &m_issuers.keys().first();
    if (!key)
        return Error { QStringLiteral("seed.no_issuer_key"),
            QStringLiteral("no issuer key to sign with") };
    const QByteArray bytes = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    auto sig = m_issuers.sign(key->keyId, bytes);
    if (!sig)
        return sig.error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO certificates VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(payload.value(u"certNumber").toString());
    q.addBindValue(idNumber);
    q.addBindValue(payload.value(u"certType").toString());
    q.addBindValue(key->keyId);
    q.addBindValue(key->algorithm);
    q.addBindValue(bytes);
    q.addBindValue(sig.value());
    q.addBindValue(revoked ? 1 : 0);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("store a certificate"));
    return {};
}

} // namespace onewindow::hall
