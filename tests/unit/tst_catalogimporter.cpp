#include "auditlog.h"
#include "catalogimporter.h"
#include "catalogsearch.h"
#include "catalogstore.h"
#include "catalogtestsupport.h"
#include "database.h"
#include "pinyintranscriber.h"
#include "publishertrust.h"
#include "schemamigrator.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;

// Import end to end with signatures made by the openssl command line: verify, validate, apply
// in one transaction, keep versions, preview the diff, roll back.
class TestCatalogImporter : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_round = 0;
    QString m_dbPath;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PinyinTranscriber> m_pinyin;
    std::unique_ptr<CatalogStore> m_store;
    std::unique_ptr<PublisherTrust> m_trust;
    std::unique_ptr<CatalogImporter> m_importer;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Writes the catalog, signs it with key (sm2 or p256) and imports it.
    CatalogImporter::Report importSigned(
        const QByteArray &file, const QString &key, bool dryRun = false)
    {
        const QString name = path(u"catalog%1.json"_s.arg(++m_round));
        catalogtest::writeFile(name, file);
        const QByteArray signature = catalogtest::sign(path(key), name, key == u"sm2"_s);
        auto report = m_importer->import(file, signature, dryRun, m_now);
        if (report.outcome == CatalogImporter::Outcome::Failed)
            qWarning() << report.error.message;
        return report;
    }

    // Everything an import could change, as one fingerprint (the active catalog only when
    // withVersions is false).
    QByteArray contentFingerprint(bool withVersions = true)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QSqlQuery q(m_db->connection());
        for (const char *sql :
            { withVersions ? "SELECT version_id, sha256 FROM catalog_versions ORDER BY 1"
                           : "SELECT 1",
                "SELECT active_version FROM catalog_state",
                "SELECT code, snapshot FROM catalog_items ORDER BY code",
                // The search index keeps no texts of its own: its pages are the index.
                "SELECT id, hex(block) FROM catalog_search_data ORDER BY id",
                "SELECT code, name FROM catalog_departments ORDER BY code" }) {
            if (!q.exec(QString::fromLatin1(sql)))
                qFatal("%s", qPrintable(q.lastError().text()));
            while (q.next())
                for (int c = 0; c < q.record().count(); ++c)
                    hash.addData(q.value(c).toString().toUtf8() + '\x1f');
        }
        return hash.result();
    }

    // The codes the finder lists for text, in its order.
    static QStringList found(Database &db, const QString &text)
    {
        CatalogSearch search(db);
        CatalogSearchQuery query;
        query.text = text;
        const auto hits = search.search(query); // value() is a reference into it
        QStringList codes;
        for (const CatalogSearchHit &hit : hits.value())
            codes << hit.code;
        return codes;
    }

    int count(const QString &table)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(catalogtest::makeKey(path(u"sm2"_s), u"SM2"_s));
        QVERIFY(catalogtest::makeKey(path(u"p256"_s), u"P-256"_s));
        QVERIFY(catalogtest::makeKey(path(u"other"_s), u"P-256"_s));
    }

    void init()
    {
        m_importer.reset();
        m_trust.reset();
        m_store.reset();
        m_db.reset();
        m_dbPath = path(u"db%1.sqlite"_s.arg(++m_round));
        auto db = Database::open(m_dbPath);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = std::move(db.value());
        m_pinyin = std::make_unique<PinyinTranscriber>();
        m_store = std::make_unique<CatalogStore>(*m_db, *m_pinyin);
        m_trust = std::make_unique<PublisherTrust>(*m_store);
        m_importer = std::make_unique<CatalogImporter>(*m_db, *m_store, *m_trust);
        QCOMPARE(
            m_trust
                ->addPublisher(u"gd-test-2026"_s, catalogtest::readFile(path(u"sm2.pub"_s)), m_now)
                .value(),
            u"SM2-SM3"_s);
        QCOMPARE(
            m_trust->addPublisher(u"gd-es256"_s, catalogtest::readFile(path(u"p256.key"_s)), m_now)
                .value(),
            u"ES256"_s);
    }

    void importsSm2AndEs256()
    {
        auto report = importSigned(catalogtest::bytes(catalogtest::catalog(u"v1"_s)), u"sm2"_s);
        QCOMPARE(report.outcome, CatalogImporter::Outcome::Applied);
        QCOMPARE(report.itemCount, 3);
        QCOMPARE(report.diff.added().size(), 3);
        report = importSigned(
            catalogtest::bytes(catalogtest::catalog(u"v2"_s, {}, u"gd-es256"_s)), u"p256"_s);
        QCOMPARE(report.outcome, CatalogImporter::Outcome::Applied);
        QVERIFY(report.diff.isEmpty());
        QCOMPARE(count(u"catalog_versions"_s), 2);
        QCOMPARE(m_store->themes().value().first().itemCount, 3);
        QCOMPARE(m_store->calendar().value().value(QDate(2026, 9, 27)), true);
    }

    void refusalsChangeNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("tampered byte") << u"tampered"_s;
        QTest::newRow("unknown key id") << u"unknown"_s;
        QTest::newRow("signed by another key") << u"other"_s;
        QTest::newRow("not base64") << u"garbage"_s;
        QTest::newRow("no signature") << u"empty"_s;
    }

    void refusalsChangeNothing()
    {
        QFETCH(QString, what);
        QVERIFY(importSigned(catalogtest::bytes(catalogtest::catalog(u"v1"_s)), u"sm2"_s).outcome
            == CatalogImporter::Outcome::Applied);
        const QByteArray before = contentFingerprint();

        QByteArray file = catalogtest::bytes(catalogtest::catalog(u"v2"_s));
        const QString name = path(u"refused.json"_s);
        catalogtest::writeFile(name, file);
        QByteArray signature = catalogtest::sign(path(u"sm2"_s), name, true);
        if (what == u"tampered"_s)
            file.replace("社会保障卡挂失", "社会保障卡挂号"); // one character, still valid JSON
        else if (what == u"unknown"_s)
            file = catalogtest::bytes(catalogtest::catalog(u"v2"_s, {}, u"gd-nobody"_s));
        else if (what == u"other"_s)
            signature = catalogtest::sign(path(u"other"_s), name, false);
        else if (what == u"garbage"_s)
            signature = "this is not base64!";
        else
            signature.clear();
        const auto report = m_importer->import(file, signature, false, m_now);
        QCOMPARE(report.outcome, CatalogImporter::Outcome::Untrusted);
        QVERIFY(report.error.code.startsWith(u"signature."_s));
        QVERIFY(!report.error.message.isEmpty());
        QCOMPARE(contentFingerprint(), before);
    }

    // An invalid catalog with a bad signature is refused for its signature: nothing unverified
    // is checked, let alone stored.
    void signatureIsCheckedBeforeTheContent()
    {
        QJsonObject bad = catalogtest::item(u"A-1"_s, u"甲"_s);
        bad.insert(u"promisedLimitDays"_s, 99);
        const QByteArray file
            = catalogtest::bytes(catalogtest::catalog(u"v1"_s, QJsonArray { bad }));
        const QString name = path(u"other.json"_s);
        catalogtest::writeFile(name, file);
        auto report = m_importer->import(
            file, catalogtest::sign(path(u"other"_s), name, false), false, m_now);
        QCOMPARE(report.outcome, CatalogImporter::Outcome::Untrusted);
        QVERIFY(report.issues.isEmpty());
        // Correctly signed, the same file is invalid, with the path.
        report = importSigned(file, u"sm2"_s);
        QCOMPARE(report.outcome, CatalogImporter::Outcome::Invalid);
        QCOMPARE(report.issues.first().path, u"items[0].promisedLimitDays"_s);
        QCOMPARE(count(u"catalog_versions"_s), 0);
    }

    // A signed file cut short or garbled is a signature failure (3), not a syntax error (2);
    // a publisher's own malformed file, correctly signed, is invalid with the place named.
    void brokenBytesAreUntrustedUnlessSigned()
    {
        const QByteArray file = catalogtest::bytes(catalogtest::catalog(u"v1"_s));
        const QString name = path(u"whole.json"_s);
        catalogtest::writeFile(name, file);
        const QByteArray signature = catalogtest::sign(path(u"sm2"_s), name, true);
        auto report = m_importer->import(file.left(file.size() / 2), signature, false, m_now);
        QCOMPARE(report.outcome, CatalogImporter::Outcome::Untrusted);
        QByteArray garbled = file;
        garbled.replace("\"items\"", "\"items\xff");
        report = m_importer->import(garbled, signature, false, m_now);
        QCOMPARE(report.outcome, CatalogImporter::Outcome::Untrusted);

        report = importSigned(file.left(file.size() / 2), u"sm2"_s);
        QCOMPARE(report.outcome, CatalogImporter::Outcome::Invalid);
        QCOMPARE(report.issues.first().path, u"$"_s);
        QCOMPARE(report.issues.first().code, u"catalog.syntax"_s);
        report = importSigned("{\"format\": \"onewindow-catalog\"}", u"sm2"_s);
        QCOMPARE(report.outcome, CatalogImporter::Outcome::Invalid);
        QCOMPARE(report.issues.first().path, u"publisherKeyId"_s);
        QCOMPARE(count(u"catalog_versions"_s), 0);
    }

    // A nested publisherKeyId before the top-level one cannot pick the verifying key.
    void declaredKeyMustBeTheVerifiedOne()
    {
        QJsonObject sneaky = catalogtest::catalog(u"v1"_s, {}, u"gd-es256"_s);
        QByteArray file = catalogtest::bytes(sneaky);
        file.replace("{\n", "{\n    \"aaa\": {\"publisherKeyId\": \"gd-test-2026\"},\n");
        QVERIFY(file.indexOf("gd-test-2026") < file.indexOf("gd-es256"));
        const auto report = importSigned(file, u"sm2"_s);
        QCOMPARE(report.outcome, CatalogImporter::Outcome::Untrusted);
        QCOMPARE(report.error.code, u"signature.key_mismatch"_s);
    }

    void dryRunPreviewsOnly()
    {
        const auto report
            = importSigned(catalogtest::bytes(catalogtest::catalog(u"v1"_s)), u"sm2"_s, true);
        QCOMPARE(report.outcome, CatalogImporter::Outcome::Previewed);
        QCOMPARE(report.diff.added().size(), 3);
        QCOMPARE(count(u"catalog_versions"_s), 0);
        QCOMPARE(count(u"catalog_items"_s), 0);
    }

    // A failure half-way through applying leaves the previous catalog exactly as it was.
    void failedApplyRollsBack()
    {
        QVERIFY(importSigned(catalogtest::bytes(catalogtest::catalog(u"v1"_s)), u"sm2"_s).outcome
            == CatalogImporter::Outcome::Applied);
        const QByteArray before = contentFingerprint();
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"CREATE TEMP TRIGGER fail_late BEFORE INSERT ON catalog_items "
                       "WHEN NEW.code = 'YL-001' BEGIN SELECT RAISE(ABORT, 'injected'); END"_s));
        const auto report
            = importSigned(catalogtest::bytes(catalogtest::catalog(u"v2"_s)), u"sm2"_s);
        QCOMPARE(report.outcome, CatalogImporter::Outcome::Failed);
        QVERIFY(report.error.message.contains(u"injected"_s));
        QCOMPARE(contentFingerprint(), before);
        QVERIFY(q.exec(u"DROP TRIGGER fail_late"_s));
    }

    // Items are written while later ones are still read: a rule broken late, or one only the
    // cross-checks find (a duplicate code fails the insert first), rolls back what was written
    // and is reported as the catalog's issue, with its path, not as a database failure.
    void invalidCatalogsRollBackWhatWasWritten_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("path");
        QTest::newRow("duplicate code") << u"duplicate"_s << u"items[1400].code"_s;
        QTest::newRow("bad level late") << u"level"_s << u"items[1300].level"_s;
        QTest::newRow("unknown department") << u"department"_s << u"items[1200].department"_s;
    }

    void invalidCatalogsRollBackWhatWasWritten()
    {
        QFETCH(QString, what);
        QFETCH(QString, path);
        QVERIFY(importSigned(catalogtest::bytes(catalogtest::catalog(u"v1"_s)), u"sm2"_s).outcome
            == CatalogImporter::Outcome::Applied);
        const QByteArray before = contentFingerprint();
        QJsonArray items;
        for (int i = 0; i < 1400; ++i)
            items << catalogtest::item(u"BULK-%1"_s.arg(i), u"社会保障卡申领%1"_s.arg(i));
        if (what == u"duplicate"_s) {
            items << catalogtest::item(u"BULK-7"_s, u"重复编码的事项"_s);
        } else {
            const int at = what == u"level"_s ? 1300 : 1200;
            QJsonObject broken = items.at(at).toObject();
            if (what == u"level"_s)
                broken.insert(u"level"_s, u"galaxy"_s);
            else
                broken.insert(u"department"_s, u"GD-NOWHERE"_s);
            items.replace(at, broken);
        }
        const auto report
            = importSigned(catalogtest::bytes(catalogtest::catalog(u"v2"_s, items)), u"sm2"_s);
        QCOMPARE(report.outcome, CatalogImporter::Outcome::Invalid);
        QStringList paths;
        for (const CatalogIssue &issue : report.issues)
            paths << issue.path;
        QVERIFY2(paths.contains(path), qPrintable(paths.join(u' ')));
        QCOMPARE(contentFingerprint(), before);
        QCOMPARE(count(u"catalog_items"_s), 3);
    }

    void versionsDiffAndRollback()
    {
        QVERIFY(importSigned(catalogtest::bytes(catalogtest::catalog(u"v1"_s)), u"sm2"_s).outcome
            == CatalogImporter::Outcome::Applied);
        const QByteArray v1 = contentFingerprint(false);
        const CatalogItemSnapshot filed = m_store->itemSnapshot(u"SB-001"_s).value();

        QJsonObject renamed
            = catalogtest::item(u"SB-001"_s, u"社会保障卡申领（新版）"_s, u"社保卡申领"_s);
        renamed.insert(u"promisedLimitDays"_s, 3);
        const QJsonArray items { renamed,
            catalogtest::item(u"SB-002"_s, u"社会保障卡挂失"_s, u"社保卡挂失"_s),
            catalogtest::item(u"JY-001"_s, u"就业登记"_s) };
        const auto report
            = importSigned(catalogtest::bytes(catalogtest::catalog(u"v2"_s, items)), u"sm2"_s);
        QCOMPARE(report.outcome, CatalogImporter::Outcome::Applied);
        QCOMPARE(report.diff.added(), QStringList { u"JY-001"_s });
        QCOMPARE(report.diff.removed(), QStringList { u"YL-001"_s });
        QCOMPARE(report.diff.changed().size(), 1);
        QCOMPARE(report.diff.changed().first().code, u"SB-001"_s);
        QCOMPARE(report.diff.changed().first().fields,
            (QStringList { u"name"_s, u"promisedLimitDays"_s }));

        // The snapshot a case filed under v1 is still v1's.
        QVERIFY(filed.json.contains("\"社会保障卡申领\""));
        QCOMPARE(filed.catalogVersion, u"v1"_s);
        QVERIFY(m_store->itemSnapshot(u"SB-001"_s).value().json.contains("新版"));

        const auto versions = m_store->versions().value();
        QCOMPARE(versions.size(), 2);
        QVERIFY(!versions.at(0).active && versions.at(1).active);

        const auto back = m_importer->rollback(versions.at(0).versionId, m_now);
        QCOMPARE(back.outcome, CatalogImporter::Outcome::Applied);
        QCOMPARE(back.diff.removed(), QStringList { u"JY-001"_s });
        QCOMPARE(m_store->versions().value().size(), 2); // a rollback adds no version
        QVERIFY(m_store->versions().value().at(0).active);
        QCOMPARE(contentFingerprint(false), v1);

        QCOMPARE(m_importer->rollback(99, m_now).error.code, u"catalog.no_such_version"_s);
    }

    void versionsCompareByTheirNumbers()
    {
        QVERIFY(CatalogImporter::versionLower(u"2026.11.9"_s, u"2026.11.10"_s));
        QVERIFY(!CatalogImporter::versionLower(u"2026.11.10"_s, u"2026.11.9"_s));
        QVERIFY(CatalogImporter::versionLower(u"2026.11"_s, u"2026.11.1"_s));
        QVERIFY(!CatalogImporter::versionLower(u"2026.12.1"_s, u"2026.12.1"_s));
        QVERIFY(CatalogImporter::versionLower(u"v1"_s, u"v2"_s));
        QVERIFY(CatalogImporter::versionLower(u"2026.9.30"_s, u"2026.12.1"_s));
    }

    // A genuine catalog older than the active one (acceptance: a stale copy became active) is
    // refused naming both versions, previewed with a note, and applied only when allowed.
    void anOlderCatalogIsAppliedOnlyWhenAllowed()
    {
        QJsonObject current = catalogtest::catalog(u"2026.12.1"_s);
        current.insert(u"issuedAt"_s, u"2026-12-04T09:00:00+08:00"_s);
        QCOMPARE(importSigned(catalogtest::bytes(current), u"sm2"_s).outcome,
            CatalogImporter::Outcome::Applied);
        const QByteArray before = contentFingerprint();

        QJsonObject older = catalogtest::catalog(u"2026.11.3"_s); // issued 2026-11-20
        auto report = importSigned(catalogtest::bytes(older), u"sm2"_s);
        QCOMPARE(report.outcome, CatalogImporter::Outcome::Older);
        QCOMPARE(report.error.code, u"catalog.older"_s);
        QVERIFY2(report.error.message.contains(u"2026.11.3"_s)
                && report.error.message.contains(u"2026.12.1"_s),
            qPrintable(report.error.message));
        QCOMPARE(contentFingerprint(), before);

        // The same date with a lower number is older too.
        QJsonObject renumbered = catalogtest::catalog(u"2026.9.30"_s);
        renumbered.insert(u"issuedAt"_s, u"2026-12-04T09:00:00+08:00"_s);
        QCOMPARE(importSigned(catalogtest::bytes(renumbered), u"sm2"_s).outcome,
            CatalogImporter::Outcome::Older);

        report = importSigned(catalogtest::bytes(older), u"sm2"_s, true);
        QCOMPARE(report.outcome, CatalogImporter::Outcome::Previewed);
        QCOMPARE(report.olderThanVersion, u"2026.12.1"_s);
        QCOMPARE(contentFingerprint(), before);

        m_importer->setAllowOlder(true);
        report = importSigned(catalogtest::bytes(older), u"sm2"_s);
        QCOMPARE(report.outcome, CatalogImporter::Outcome::Applied);
        QCOMPARE(report.olderThanVersion, u"2026.12.1"_s);
        m_importer->setAllowOlder(false);

        // Newer again: no note.
        QJsonObject newer = catalogtest::catalog(u"2026.12.10"_s);
        newer.insert(u"issuedAt"_s, u"2026-12-06T09:00:00+08:00"_s);
        report = importSigned(catalogtest::bytes(newer), u"sm2"_s);
        QCOMPARE(report.outcome, CatalogImporter::Outcome::Applied);
        QVERIFY(report.olderThanVersion.isEmpty());
    }

    // A stored version altered behind OneWindow's back is not re-applied.
    void alteredStoredVersionIsNotApplied()
    {
        QVERIFY(importSigned(catalogtest::bytes(catalogtest::catalog(u"v1"_s)), u"sm2"_s).outcome
            == CatalogImporter::Outcome::Applied);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"UPDATE catalog_versions SET file = CAST('{}' AS BLOB)"_s));
        QCOMPARE(m_importer->rollback(1, m_now).error.code, u"catalog.version_damaged"_s);
        // Not a compressed copy at all, as an uncompressed one: the hash still decides.
        QVERIFY(q.exec(u"UPDATE catalog_versions SET file_encoding = 'identity'"_s));
        QCOMPARE(m_importer->rollback(1, m_now).error.code, u"catalog.version_damaged"_s);
    }

    // A version keeps its file compressed, about a tenth of its size; one kept before copies
    // were compressed (migration 0013) rolls back as it is.
    void storedCopiesAreCompressedAndOlderOnesStillRollBack()
    {
        const QByteArray v1 = catalogtest::bytes(catalogtest::catalog(u"v1"_s));
        QVERIFY(importSigned(v1, u"sm2"_s).outcome == CatalogImporter::Outcome::Applied);
        QVERIFY(importSigned(catalogtest::bytes(catalogtest::catalog(u"v2"_s)), u"sm2"_s).outcome
            == CatalogImporter::Outcome::Applied);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT file_encoding, length(file) FROM catalog_versions "
                       "WHERE version_id = 1"_s)
            && q.next());
        QCOMPARE(q.value(0).toString(), u"zlib"_s);
        QVERIFY2(q.value(1).toInt() < v1.size() / 2, qPrintable(q.value(1).toString()));
        q.finish();
        q.prepare(u"UPDATE catalog_versions SET file = ?, file_encoding = 'identity' "
                  "WHERE version_id = 1"_s);
        q.addBindValue(v1);
        QVERIFY(q.exec());
        const auto report = m_importer->rollback(1, m_now);
        QCOMPARE(report.outcome, CatalogImporter::Outcome::Applied);
        QCOMPARE(report.catalogVersion, u"v1"_s);
    }

    void publisherKeysAreChecked()
    {
        QCOMPARE(
            m_trust->addPublisher(u"bad id!"_s, catalogtest::readFile(path(u"sm2.pub"_s)), m_now)
                .error()
                .code,
            u"trust.bad_key_id"_s);
        QCOMPARE(
            m_trust->addPublisher(u"x"_s, "not a pem", m_now).error().code, u"signature.bad_key"_s);
        QCOMPARE(m_trust->publicKey(u"nobody"_s).error().code, u"signature.unknown_publisher"_s);
    }

    // A key past its last valid day verifies nothing; one cannot be added already past it.
    void anExpiredPublisherKeyVerifiesNothing()
    {
        const QByteArray pem = catalogtest::readFile(path(u"sm2.pub"_s));
        QCOMPARE(m_trust->addPublisher(u"gd-test-2026"_s, pem, m_now, m_now.date().addDays(-1))
                     .error()
                     .code,
            u"trust.key_expired"_s);
        QVERIFY(m_trust->addPublisher(u"gd-test-2026"_s, pem, m_now, QDate(2099, 12, 31)));
        QCOMPARE(m_store->publisherKey(u"gd-test-2026"_s)->value().validUntil, QDate(2099, 12, 31));
        QCOMPARE(importSigned(catalogtest::bytes(catalogtest::catalog(u"v1"_s)), u"sm2"_s).outcome,
            CatalogImporter::Outcome::Applied);

        // The day after its last valid day (the store takes what the authority said).
        const QString algorithm = m_store->publisherKey(u"gd-test-2026"_s)->value().algorithm;
        QVERIFY(m_store->savePublisher(u"gd-test-2026"_s, algorithm,
            m_store->publisherKey(u"gd-test-2026"_s)->value().publicPem, m_now,
            QDate::currentDate().addDays(-1)));
        const QByteArray before = contentFingerprint();
        const auto refused
            = importSigned(catalogtest::bytes(catalogtest::catalog(u"v2"_s)), u"sm2"_s);
        QCOMPARE(refused.outcome, CatalogImporter::Outcome::Untrusted);
        QCOMPARE(refused.error.code, u"signature.publisher_key_expired"_s);
        QVERIFY(
            refused.error.message.contains(QDate::currentDate().addDays(-1).toString(Qt::ISODate)));
        QCOMPARE(contentFingerprint(), before);
    }

    // Every applied catalog and rollback is in the audit log, in the same transaction; a dry
    // run is not; when the entry cannot be written nothing is applied.
    void auditsAppliedCatalogsAndRollbacks()
    {
        AuditLog audit(*m_db, QByteArray(32, 'k'), [this] { return m_now; });
        m_importer->setAudit(&audit, u"admin.li"_s);
        QCOMPARE(
            importSigned(catalogtest::bytes(catalogtest::catalog(u"v1"_s)), u"sm2"_s, true).outcome,
            CatalogImporter::Outcome::Previewed);
        QCOMPARE(audit.entries()->size(), 0);
        QCOMPARE(importSigned(catalogtest::bytes(catalogtest::catalog(u"v1"_s)), u"sm2"_s).outcome,
            CatalogImporter::Outcome::Applied);
        QCOMPARE(importSigned(catalogtest::bytes(catalogtest::catalog(u"v2"_s)), u"sm2"_s).outcome,
            CatalogImporter::Outcome::Applied);
        QCOMPARE(m_importer->rollback(1, m_now).outcome, CatalogImporter::Outcome::Applied);
        const QList<AuditEntry> entries = audit.entries().value();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).action, AuditLog::kCatalogLoad);
        QCOMPARE(entries.at(0).actor, u"admin.li"_s);
        QCOMPARE(entries.at(0).subject, u"v1"_s);
        QCOMPARE(entries.at(0).detail, u"version 1, 3 items, +3 -0 ~0"_s);
        QCOMPARE(entries.at(2).detail, u"rollback to version 1"_s);
        QVERIFY(audit.verify()->ok);

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"CREATE TEMP TRIGGER no_audit BEFORE INSERT ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'audit disk full'); END"_s));
        const QByteArray before = contentFingerprint();
        const auto refused
            = importSigned(catalogtest::bytes(catalogtest::catalog(u"v3"_s)), u"sm2"_s);
        QCOMPARE(refused.outcome, CatalogImporter::Outcome::Failed);
        QCOMPARE(contentFingerprint(), before);
        QVERIFY(q.exec(u"DROP TRIGGER no_audit"_s));
    }

    // 69: a tampered, invalid or stale catalog offered to the terminal left no trace.
    void auditsRefusedCatalogsInChecksToo()
    {
        AuditLog audit(*m_db, QByteArray(32, 'k'), [this] { return m_now; });
        m_importer->setAudit(&audit, u"admin.li"_s);
        QJsonObject current = catalogtest::catalog(u"2026.12.1"_s);
        current.insert(u"issuedAt"_s, u"2026-12-04T09:00:00+08:00"_s);
        QCOMPARE(importSigned(catalogtest::bytes(current), u"sm2"_s).outcome,
            CatalogImporter::Outcome::Applied);

        // Tampered after signing, checked only (the admin view's check is a dry run).
        const QByteArray signedBytes = catalogtest::bytes(catalogtest::catalog(u"2026.12.2"_s));
        const QString signedFile = path(u"signed-then-tampered.json"_s);
        QVERIFY(catalogtest::writeFile(signedFile, signedBytes));
        const QByteArray signature = catalogtest::sign(path(u"sm2"_s), signedFile, true);
        QByteArray tampered = signedBytes;
        tampered.replace("2026.12.2", "2026.12.9");
        QCOMPARE(m_importer->import(tampered, signature, true, m_now).outcome,
            CatalogImporter::Outcome::Untrusted);
        // Older than the active one.
        QCOMPARE(importSigned(catalogtest::bytes(catalogtest::catalog(u"2026.11.3"_s)), u"sm2"_s)
                     .outcome,
            CatalogImporter::Outcome::Older);

        const QList<AuditEntry> entries = audit.entries().value();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(1).action, AuditLog::kCatalogRefused);
        QVERIFY2(entries.at(1).detail.startsWith(u"refused signature."_s),
            qPrintable(entries.at(1).detail));
        QCOMPARE(entries.at(2).action, AuditLog::kCatalogRefused);
        QCOMPARE(entries.at(2).subject, u"2026.11.3"_s);
        QCOMPARE(entries.at(2).detail, u"refused catalog.older, older than active 2026.12.1"_s);
        QVERIFY(audit.verify()->ok);
    }

    void refusesACatalogOfARegionTheTerminalDoesNotOffer()
    {
        m_importer->setOfferedRegions({ u"440300"_s, u"441900"_s });
        const QByteArray before = contentFingerprint();
        const auto report
            = importSigned(catalogtest::bytes(catalogtest::catalog(u"v1"_s)), u"sm2"_s);
        QCOMPARE(report.outcome, CatalogImporter::Outcome::Invalid);
        QCOMPARE(report.issues.size(), 1);
        QCOMPARE(report.issues.first().path, u"region.code"_s);
        QVERIFY(report.issues.first().message.contains(u"440000"_s));
        QCOMPARE(contentFingerprint(), before);
        m_importer->setOfferedRegions({ u"440000"_s });
        QCOMPARE(importSigned(catalogtest::bytes(catalogtest::catalog(u"v1"_s)), u"sm2"_s).outcome,
            CatalogImporter::Outcome::Applied);
    }

    // A rollback is an import of the stored bytes: a key no longer trusted (removed, or its ID
    // now bound to another key) refuses it as a trust failure, and nothing changes.
    void rollbackRechecksThePublisherKey()
    {
        QCOMPARE(importSigned(catalogtest::bytes(catalogtest::catalog(u"v1"_s)), u"sm2"_s).outcome,
            CatalogImporter::Outcome::Applied);
        QCOMPARE(importSigned(catalogtest::bytes(catalogtest::catalog(u"v2"_s, {}, u"gd-es256"_s)),
                     u"p256"_s)
                     .outcome,
            CatalogImporter::Outcome::Applied);
        QCOMPARE(m_store->removePublisher(u"gd-test-2026"_s).value(), true);
        const QByteArray before = contentFingerprint();
        auto refused = m_importer->rollback(1, m_now);
        QCOMPARE(refused.outcome, CatalogImporter::Outcome::Untrusted);
        QCOMPARE(refused.error.code, u"signature.unknown_publisher"_s);
        QCOMPARE(contentFingerprint(), before);

        QVERIFY(m_trust->addPublisher(
            u"gd-test-2026"_s, catalogtest::readFile(path(u"other.pub"_s)), m_now));
        refused = m_importer->rollback(1, m_now);
        QCOMPARE(refused.outcome, CatalogImporter::Outcome::Untrusted);
        QVERIFY(refused.error.code.startsWith(u"signature."_s));
        QCOMPARE(contentFingerprint(), before);

        QVERIFY(m_trust->addPublisher(
            u"gd-test-2026"_s, catalogtest::readFile(path(u"sm2.pub"_s)), m_now));
        QCOMPARE(m_importer->rollback(1, m_now).outcome, CatalogImporter::Outcome::Applied);
        QCOMPARE(m_store->activeVersionId().value(), std::optional<int>(1));
    }

    // A version of a region the terminal no longer offers is refused as invalid, with its path.
    void rollbackRechecksTheRegion()
    {
        QCOMPARE(importSigned(catalogtest::bytes(catalogtest::catalog(u"v1"_s)), u"sm2"_s).outcome,
            CatalogImporter::Outcome::Applied);
        QCOMPARE(importSigned(catalogtest::bytes(catalogtest::catalog(u"v2"_s)), u"sm2"_s).outcome,
            CatalogImporter::Outcome::Applied);
        m_importer->setOfferedRegions({ u"440300"_s });
        const QByteArray before = contentFingerprint();
        const auto refused = m_importer->rollback(1, m_now);
        QCOMPARE(refused.outcome, CatalogImporter::Outcome::Invalid);
        QCOMPARE(refused.issues.size(), 1);
        QCOMPARE(refused.issues.first().path, u"region.code"_s);
        QCOMPARE(refused.issues.first().code, u"catalog.region_not_offered"_s);
        QCOMPARE(contentFingerprint(), before);
        QCOMPARE(m_store->activeVersionId().value(), std::optional<int>(2));

        m_importer->setOfferedRegions({ u"440300"_s, u"440000"_s });
        QCOMPARE(m_importer->rollback(1, m_now).outcome, CatalogImporter::Outcome::Applied);
        QCOMPARE(m_store->activeVersionId().value(), std::optional<int>(1));
    }

    void reportsProgressAndNamesTheChangedItems()
    {
        QList<std::pair<qsizetype, qsizetype>> calls;
        m_store->setItemProgress([&calls](qsizetype done, qsizetype total) {
            calls.append({ done, total });
        });
        const auto report
            = importSigned(catalogtest::bytes(catalogtest::catalog(u"v1"_s)), u"sm2"_s);
        QCOMPARE(report.outcome, CatalogImporter::Outcome::Applied);
        QCOMPARE(calls.size(), 1); // every 500 items and at the end
        QCOMPARE(calls.last(), (std::pair<qsizetype, qsizetype>(3, 3)));
        QCOMPARE(report.diffNames.value(u"SB-001"_s), u"社会保障卡申领"_s);
        QCOMPARE(report.diffNames.size(), 3);
    }

    // Migration 0014 changed the index's definition, and the index keeps no texts to copy: a
    // terminal upgraded with a catalog active finds its items again once the store has made
    // the index anew from them, as a load would have.
    void anUpgradedTerminalIndexesItsActiveCatalogAgain()
    {
        QVERIFY(importSigned(catalogtest::bytes(catalogtest::catalog(u"v1"_s)), u"sm2"_s).outcome
            == CatalogImporter::Outcome::Applied);
        const QStringList queries { u"sbk"_s, u"shebao"_s, u"社保"_s, u"yanglao"_s, u"sb-002"_s };
        QList<QStringList> loaded;
        for (const QString &query : queries)
            loaded << found(*m_db, query);
        QCOMPARE(loaded.first().value(0), u"SB-001"_s);

        // The same active catalog on a terminal still at schema version 13.
        auto bundled = SchemaMigrator::bundled();
        QVERIFY(bundled.ok());
        const QString oldPath = path(u"upgraded%1.sqlite"_s.arg(m_round));
        {
            Database::Options options;
            options.migrations = bundled.value().mid(0, 13);
            auto old = Database::open(oldPath, options);
            QVERIFY(old.ok());
            QCOMPARE(old.value()->schemaVersion(), 13);
            QSqlQuery q(old.value()->connection());
            QVERIFY(q.exec(u"ATTACH DATABASE '%1' AS loaded"_s.arg(m_dbPath)));
            // The columns of schema version 13 (later migrations add name_en to two tables).
            for (const auto &[table, columns] :
                { std::pair { "catalog_versions", "*" }, { "catalog_departments", "*" },
                    { "catalog_certificate_types", "code, name" }, { "catalog_calendar", "*" },
                    { "catalog_themes", "name, position, item_count" }, { "catalog_items", "*" } })
                QVERIFY2(q.exec(u"INSERT INTO main.%1 SELECT %2 FROM loaded.%1"_s.arg(
                             QLatin1String(table), QLatin1String(columns))),
                    qPrintable(q.lastError().text()));
            QVERIFY(q.exec(u"INSERT INTO main.catalog_state (id, active_version, activated_at) "
                           "SELECT id, active_version, activated_at FROM loaded.catalog_state"_s));
            QVERIFY(q.exec(u"DETACH DATABASE loaded"_s));
        }
        auto upgraded = Database::open(oldPath);
        QVERIFY(upgraded.ok());
        QVERIFY(upgraded.value()->schemaVersion() >= 14);
        QVERIFY(found(*upgraded.value(), u"sbk"_s).isEmpty()); // emptied by the migration

        PinyinTranscriber pinyin;
        CatalogStore store(*upgraded.value(), pinyin);
        QVERIFY(store.ensureSearchIndex().ok());
        for (qsizetype i = 0; i < queries.size(); ++i)
            QCOMPARE(found(*upgraded.value(), queries.at(i)), loaded.at(i));
        QSqlQuery q(upgraded.value()->connection());
        QVERIFY(q.exec(u"SELECT search_index_stale FROM catalog_state"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        // Made once: a second call leaves the index as it is.
        const auto pages = [&] {
            QSqlQuery p(upgraded.value()->connection());
            QStringList blocks;
            if (p.exec(u"SELECT id, hex(block) FROM catalog_search_data ORDER BY id"_s))
                while (p.next())
                    blocks << p.value(0).toString() + p.value(1).toString();
            return blocks;
        };
        const QStringList indexed = pages();
        QVERIFY(store.ensureSearchIndex().ok());
        QCOMPARE(pages(), indexed);
        // A load marks nothing stale: the next start has nothing to do.
        QVERIFY(importSigned(catalogtest::bytes(catalogtest::catalog(u"v2"_s)), u"sm2"_s).outcome
            == CatalogImporter::Outcome::Applied);
        QSqlQuery state(m_db->connection());
        QVERIFY(state.exec(u"SELECT search_index_stale FROM catalog_state"_s) && state.next());
        QCOMPARE(state.value(0).toInt(), 0);
    }

    void publishersAreListedAndRemoved()
    {
        const auto publishers = m_store->publishers().value();
        QCOMPARE(publishers.size(), 2);
        QCOMPARE(publishers.first().keyId, u"gd-es256"_s);
        QCOMPARE(publishers.first().algorithm, u"ES256"_s);
        QVERIFY(publishers.first().publicPem.startsWith("-----BEGIN PUBLIC KEY-----"));
        QCOMPARE(m_store->removePublisher(u"gd-es256"_s).value(), true);
        QCOMPARE(m_store->removePublisher(u"gd-es256"_s).value(), false);
        QCOMPARE(m_store->publishers()->size(), 1);
        const auto refused = importSigned(
            catalogtest::bytes(catalogtest::catalog(u"v2"_s, {}, u"gd-es256"_s)), u"p256"_s);
        QCOMPARE(refused.outcome, CatalogImporter::Outcome::Untrusted);
    }
};

QTEST_GUILESS_MAIN(TestCatalogImporter)
#include "tst_catalogimporter.moc"
