// The audit page's words: each action and each kind of detail the terminal records reads as a
// sentence in the reader's language (69: English key words inside the Chinese view).
#include "auditlog.h"
#include "auditwording.h"

#include <QTest>
#include <QTranslator>

using namespace onewindow;
using namespace Qt::StringLiterals;

class TestAuditWording : public QObject
{
    Q_OBJECT
    QTranslator m_chinese;

private slots:
    void initTestCase()
    {
        QVERIFY(m_chinese.load(u":/i18n/onewindow_zh_CN.qm"_s));
        QCoreApplication::installTranslator(&m_chinese);
    }

    // Every detail the terminal writes, and none left in its English key words.
    void everyDetailIsTranslated_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("kept"); // what the words must still carry
        QTest::newRow("staff add")
            << AuditLog::kStaffChange << u"add role=reviewer department=GD-GAJ"_s << u"GD-GAJ"_s;
        QTest::newRow("staff add admin")
            << AuditLog::kStaffChange << u"add role=admin department="_s << QString();
        QTest::newRow("staff assign")
            << AuditLog::kStaffChange << u"assign role=front_desk department="_s << QString();
        QTest::newRow("password") << AuditLog::kStaffChange << u"password"_s << QString();
        QTest::newRow("lock") << AuditLog::kStaffChange << u"lock"_s << QString();
        QTest::newRow("unlock") << AuditLog::kStaffChange << u"unlock"_s << QString();
        QTest::newRow("sign in") << AuditLog::kSignIn << u"admin"_s << QString();
        QTest::newRow("wrong password")
            << AuditLog::kSignInFailed << u"wrong password"_s << QString();
        QTest::newRow("unknown user") << AuditLog::kSignInFailed << u"unknown user"_s << QString();
        QTest::newRow("locked out") << AuditLog::kSignInFailed << u"locked out"_s << QString();
        QTest::newRow("signed out") << AuditLog::kSignOut << u"signed out"_s << QString();
        QTest::newRow("idle") << AuditLog::kSignOut << u"idle"_s << QString();
        QTest::newRow("closed") << AuditLog::kSignOut << u"terminal closed"_s << QString();
        QTest::newRow("publisher added")
            << AuditLog::kTrustChange << u"add publisher 7798 364B CFD4"_s << u"7798 364B CFD4"_s;
        QTest::newRow("publisher removed")
            << AuditLog::kTrustChange << u"remove publisher"_s << QString();
        QTest::newRow("issuer added")
            << AuditLog::kTrustChange << u"add issuer BE0D 6F01"_s << u"BE0D 6F01"_s;
        QTest::newRow("issuer removed")
            << AuditLog::kTrustChange << u"remove issuer"_s << QString();
        QTest::newRow("revoked") << AuditLog::kTrustChange << u"revoke certificate sha256:0a1b2c"_s
                                 << u"0a1b2c"_s;
        QTest::newRow("lifted") << AuditLog::kTrustChange << u"lift revocation sha256:0a1b2c"_s
                                << u"0a1b2c"_s;
        QTest::newRow("catalog") << AuditLog::kCatalogLoad << u"version 3, 86 items, +0 -1 ~1"_s
                                 << u"86"_s;
        QTest::newRow("catalog older")
            << AuditLog::kCatalogLoad
            << u"version 4, 86 items, +0 -0 ~2, older than active 2026.12.2, allowed explicitly"_s
            << u"2026.12.2"_s;
        QTest::newRow("rollback") << AuditLog::kCatalogLoad << u"rollback to version 2"_s << u"2"_s;
        QTest::newRow("refused older")
            << AuditLog::kCatalogRefused << u"refused catalog.older, older than active 2026.12.2"_s
            << u"2026.12.2"_s;
        QTest::newRow("refused signature")
            << AuditLog::kCatalogRefused << u"refused signature.bad"_s << QString();
        QTest::newRow("settings") << AuditLog::kSettingsChange
                                  << u"kiosk.timeoutSeconds,kiosk.elderlyDefault"_s << QString();
        QTest::newRow("certificate")
            << AuditLog::kSettingsChange << u"certificate installed"_s << QString();
        QTest::newRow("export") << AuditLog::kReportExport
                                << u"kpi 2026-11-01..2026-11-30 to /media/usb0"_s
                                << u"/media/usb0"_s;
    }

    void everyDetailIsTranslated()
    {
        QFETCH(QString, action);
        QFETCH(QString, detail);
        QFETCH(QString, kept);
        const QString words = AuditWording::detail(action, detail);
        QVERIFY2(words != detail, qPrintable(words));
        // Chinese words, and no English key word left (numbers, codes and paths may stay).
        static const QRegularExpression englishWord(u"\\b(add|role|department|version|items|"
                                                    "publisher|issuer|revoke|refused|older|"
                                                    "password|lock|unlock|kiosk)\\b"_s);
        QVERIFY2(!englishWord.match(words).hasMatch(), qPrintable(words));
        QVERIFY2(words.contains(QRegularExpression(u"\\p{Han}"_s)), qPrintable(words));
        if (!kept.isEmpty())
            QVERIFY2(words.contains(kept), qPrintable(words));
        QVERIFY(AuditWording::action(action).contains(QRegularExpression(u"\\p{Han}"_s)));
    }

    // What the terminal does not know stays as it was written rather than vanish.
    void anUnknownDetailIsShownAsItIs()
    {
        QCOMPARE(
            AuditWording::detail(AuditLog::kStaffChange, u"something new"_s), u"something new"_s);
        QCOMPARE(AuditWording::action(u"future.action"_s), u"future.action"_s);
        QCOMPARE(AuditWording::settingName(u"future.key"_s), u"future.key"_s);
    }
};

QTEST_GUILESS_MAIN(TestAuditWording)
#include "tst_auditwording.moc"
