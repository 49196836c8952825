// DemoSeeder: valid ID numbers, verifiable envelopes, expired and revoked ones, years of records.
#include "citizenrecords.h"
#include "demoseeder.h"
#include "ecsigner.h"
#include "halltestdatabase.h"
#include "idnumbercheck.h"
#include "keyring.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

using namespace onewindow;
using namespace onewindow::hall;

namespace {
QByteArray sourceFile(const char *name)
{
    QFile f(QStringLiteral(HALL_SOURCE_DIR "/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestDemoSeeder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_db = openTestDatabase(m_dir);
        auto ring = KeyRing::loadOrCreateDemoIssuers(m_dir.filePath(QStringLiteral("issuers")));
        QVERIFY(ring.ok());
        m_ring = std::move(ring).value();
        m_citizens = QJsonDocument::fromJson(sourceFile("demo-citizens.json"))
                         .object()
                         .value(u"citizens")
                         .toArray();
        DemoSeeder seeder(*m_db, m_ring);
        QVERIFY(seeder.seed(sourceFile("demo-citizens.json")).ok());
        QVERIFY(seeder.seed(sourceFile("demo-citizens.json")).ok()); // a second run adds nothing
    }

    void demoCitizensHaveValidIdNumbers()
    {
        QVERIFY(m_citizens.size() >= 20);
        QSet<QString> seen;
        for (const QJsonValue &v : m_citizens) {
            const QString id = v.toObject().value(u"idNumber").toString();
            QVERIFY2(IdNumberCheck::isValid(id), qPrintable(id));
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            // The sequence digit's parity is the holder's gender (odd: male).
            QCOMPARE(
                id[16].digitValue() % 2 == 1, v.toObject().value(u"gender").toString() == u"male");
        }
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM citizens")) && q.next());
        QCOMPARE(q.value(0).toInt(), m_citizens.size());
    }

    void everyEnvelopeVerifies()
    {
        CitizenRecords records(*m_db);
        int expired = 0, total = 0;
        QSet<QString> types;
        for (const QJsonValue &v : m_citizens) {
            const QString id = v.toObject().value(u"idNumber").toString();
            auto envelopes = records.certificates(id);
            QVERIFY(envelopes.ok());
            QVERIFY(envelopes->size() >= 3);
            for (const QJsonValue &e : envelopes.value()) {
                const QJsonObject env = e.toObject();
                QCOMPARE(env.value(u"format").toString(), QStringLiteral("onewindow-ecert"));
                const KeyRing::Key *key = m_ring.find(env.value(u"kid").toString());
                QVERIFY(key);
                QCOMPARE(env.value(u"alg").toString(), key->algorithm);
                const QByteArray payload
                    = QByteArray::fromBase64(env.value(u"payload").toString().toLatin1());
                QVERIFY(EcSigner::verify(key->pkey.get(), key->algorithm, payload,
                    QByteArray::fromBase64(env.value(u"sig").toString().toLatin1())));
                const QJsonObject p = QJsonDocument::fromJson(payload).object();
                QCOMPARE(p.value(u"holder").toObject().value(u"idNumber").toString(), id);
                types.insert(p.value(u"certType").toString());
                const QString until = p.value(u"validUntil").toString();
                if (!until.isEmpty()
                    && QDate::fromString(until, Qt::ISODate) < QDate::currentDate())
                    ++expired;
                ++total;
            }
        }
        for (const char *t : { "RESIDENT_ID", "HOUSEHOLD_REGISTER", "MARRIAGE_CERT",
                 "BUSINESS_LICENSE", "SOCIAL_SECURITY_CARD", "REAL_ESTATE_CERT" })
            QVERIFY2(types.contains(QLatin1String(t)), t);
        QVERIFY(expired >= 2);
        qInfo() << total << "envelopes," << expired << "expired";
        auto revoked = records.revoked();
        QVERIFY(revoked.ok());
        QVERIFY(revoked->size() >= 1);
    }

    void socialSecurityHistory()
    {
        CitizenRecords records(*m_db);
        int transfers = 0, gaps = 0, unpaid = 0;
        for (const QJsonValue &v : m_citizens) {
            auto ss = records.socialSecurity(v.toObject().value(u"idNumber").toString());
            QVERIFY(ss.ok());
            // Residents (城乡居民) have the two resident insurances and dues to pay.
            const bool resident
                = v.toObject().value(u"tags").toArray().contains(QStringLiteral("resident"));
            QCOMPARE(ss->value(u"enrollments").toArray().size(), resident ? 2 : 5);
            QCOMPARE(ss->value(u"dues").toArray().isEmpty(), !resident);
            QSet<QString> months;
            for (const QJsonValue &c : ss->value(u"contributions").toArray()) {
                months.insert(c.toObject().value(u"month").toString());
                unpaid += c.toObject().value(u"paid").toBool() ? 0 : 1;
            }
            QList<QString> sorted(months.begin(), months.end());
            std::sort(sorted.begin(), sorted.end());
            const QDate first
                = QDate::fromString(sorted.first() + QStringLiteral("-01"), Qt::ISODate);
            const QDate last
                = QDate::fromString(sorted.last() + QStringLiteral("-01"), Qt::ISODate);
            const int span = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
            QVERIFY2(span >= 5 * 12 - 6 && span <= 15 * 12, qPrintable(QString::number(span)));
            gaps += span > sorted.size() ? 1 : 0;
            transfers += int(ss->value(u"transfers").toArray().size());
        }
        QVERIFY(transfers >= 1);
        QVERIFY(gaps >= 1);
        QVERIFY(unpaid >= 1);
        QCOMPARE(records.socialSecurity(QStringLiteral("440106199001011235")).error().code,
            QStringLiteral("not_found"));
    }

    void creditCodeCheckCharacter()
    {
        // The GB 32100 example code 91350100M000100Y43.
        QCOMPARE(DemoSeeder::withCreditCodeCheck(QStringLiteral("91350100M000100Y4")),
            QStringLiteral("91350100M000100Y43"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    KeyRing m_ring;
    QJsonArray m_citizens;
};

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
