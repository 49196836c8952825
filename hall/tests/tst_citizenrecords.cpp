// CitizenRecords: envelopes exactly as signed, the social security answer's shape, pension
// certifications only for pensioners.
#include "citizenrecords.h"
#include "demoseeder.h"
#include "halltestdatabase.h"
#include "keyring.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace onewindow;
using namespace onewindow::hall;

namespace {
const TerminalInfo kKiosk { QStringLiteral("GZ-TH-KIOSK-0001"), QStringLiteral("GZ-TH"), {} };
const QString kChen = QStringLiteral("440106198503121018"); // working, married, business owner
const QString kHuang = QStringLiteral("440104195811021151"); // retired, certified in March
} // namespace

class TestCitizenRecords : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_db = openTestDatabase(m_dir);
        auto ring = KeyRing::loadOrCreateDemoIssuers(m_dir.filePath(QStringLiteral("issuers")));
        QVERIFY(ring.ok());
        m_issuers = std::move(ring).value();
        QFile citizens(QStringLiteral(HALL_SOURCE_DIR "/demo-citizens.json"));
        QVERIFY(citizens.open(QIODevice::ReadOnly));
        QVERIFY(DemoSeeder(*m_db, m_issuers).seed(citizens.readAll()).ok());
    }

    void envelopes()
    {
        CitizenRecords records(*m_db);
        const QJsonArray envelopes = records.certificates(kChen).value();
        QCOMPARE(envelopes.size(), 6);
        for (const QJsonValue &v : envelopes) {
            const QJsonObject e = v.toObject();
            QCOMPARE(e.keys(),
                QStringList({ QStringLiteral("alg"), QStringLiteral("format"),
                    QStringLiteral("formatVersion"), QStringLiteral("kid"),
                    QStringLiteral("payload"), QStringLiteral("sig") }));
            QCOMPARE(e.value(u"formatVersion").toInt(), 1);
        }
        QVERIFY(records.certificates(QStringLiteral("440106199001011235"))->isEmpty());
    }

    void socialSecurity()
    {
        CitizenRecords records(*m_db);
        const QJsonObject ss = records.socialSecurity(kChen).value();
        QCOMPARE(ss.value(u"amountUnit").toString(), QStringLiteral("cent"));
        QStringList insurances;
        for (const QJsonValue &v : ss.value(u"enrollments").toArray())
            insurances.append(v.toObject().value(u"insurance").toString());
        QCOMPARE(insurances,
            QStringList({ QStringLiteral("养老"), QStringLiteral("医疗"), QStringLiteral("失业"),
                QStringLiteral("工伤"), QStringLiteral("生育") }));
        // Bases in cents within Guangdong's range of their year, never falling, months yyyy-MM.
        qint64 previous = 0;
        const QRegularExpression month(QStringLiteral("^\\d{4}-\\d{2}$"));
        for (const QJsonValue &v : ss.value(u"contributions").toArray()) {
            const QJsonObject c = v.toObject();
            QVERIFY(month.match(c.value(u"month").toString()).hasMatch());
            if (c.value(u"insuranceCode").toString() != u"pension")
                continue;
            const qint64 base = c.value(u"base").toInteger();
            QVERIFY(base >= 100000 && base <= 2900000);
            QVERIFY(base >= previous);
            previous = base;
            QCOMPARE(c.value(u"personalPart").toInteger(), base * 8 / 100);
        }
        QCOMPARE(ss.value(u"accounts").toArray().size(), 2);
        QVERIFY(ss.value(u"lastPensionCertification").isNull());
        QCOMPARE(records.socialSecurity(QStringLiteral("440106199001011235")).error().code,
            QStringLiteral("not_found"));
    }

    void pensionCertification()
    {
        CitizenRecords records(*m_db);
        QCOMPARE(
            records.certifyPension(kKiosk, { { QStringLiteral("idNumber"), kChen } }).error().code,
            QStringLiteral("not_pensioner"));
        const QJsonObject before
            = records.socialSecurity(kHuang)->value(u"lastPensionCertification").toObject();
        QCOMPARE(before.value(u"nextDueDate").toString(), QStringLiteral("2027-03-09"));
        auto done = records.certifyPension(kKiosk,
            { { QStringLiteral("idNumber"), kHuang },
                { QStringLiteral("certifiedAt"), QStringLiteral("2026-11-23T10:00:00+08:00") },
                { QStringLiteral("photoHash"), QStringLiteral("sha256:ab12") } });
        QVERIFY(done.ok());
        QCOMPARE(done->value(u"nextDueDate").toString(), QStringLiteral("2027-11-23"));
        const QJsonObject after
            = records.socialSecurity(kHuang)->value(u"lastPensionCertification").toObject();
        QCOMPARE(after.value(u"terminalId").toString(), kKiosk.terminalId);
        QCOMPARE(after.value(u"nextDueDate").toString(), QStringLiteral("2027-11-23"));
    }

    void revocations()
    {
        CitizenRecords records(*m_db);
        const QJsonArray revoked = records.revoked().value();
        QCOMPARE(revoked.size(), 1);
        QCOMPARE(
            revoked.first().toObject().value(u"keyId").toString(), QStringLiteral("gd-zrzy-2026"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    KeyRing m_issuers;
};

QTEST_GUILESS_MAIN(TestCitizenRecords)
#include "tst_citizenrecords.moc"
