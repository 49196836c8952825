// CatalogShelf: signed catalogs are kept and handed out newest first; bad signatures refused.
#include "catalogshelf.h"
#include "ecsigner.h"
#include "halltestdatabase.h"
#include "keyring.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace onewindow;
using namespace onewindow::hall;

class TestCatalogShelf : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // A P-256 publisher key under the catalog's publisherKeyId.
        auto demo = KeyRing::loadOrCreateDemoIssuers(m_dir.filePath(QStringLiteral("demo")));
        QVERIFY(demo.ok());
        const QString keyFile = m_dir.filePath(QStringLiteral("gd-catalog-2026.key"));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("demo/gd-mzj-2026.key")), keyFile));
        auto ring = KeyRing::loadPublicKeys({ keyFile });
        QVERIFY(ring.ok());
        m_publishers = std::move(ring).value();
        QCOMPARE(m_publishers.keys().first().algorithm, QStringLiteral("ES256"));
    }

    void versionOrder()
    {
        QCOMPARE(CatalogShelf::compareVersions(
                     QStringLiteral("2026.11.10"), QStringLiteral("2026.11.3")),
            1);
        QCOMPARE(
            CatalogShelf::compareVersions(QStringLiteral("2026.2"), QStringLiteral("2026.10")), -1);
        QCOMPARE(
            CatalogShelf::compareVersions(QStringLiteral("2026.11"), QStringLiteral("2026.11.0")),
            0);
    }

    void keepsAndServesSignedCatalogs()
    {
        QTemporaryDir dir;
        auto db = openTestDatabase(dir);
        CatalogShelf shelf(*db);
        QVERIFY(!shelf.newerThan({}).value().has_value());
        QVERIFY(shelf.load(write(dir, "2026.11.3"), m_sigPath, m_publishers).ok());
        QVERIFY(shelf.load(write(dir, "2026.11.10"), m_sigPath, m_publishers).ok());
        auto newest = shelf.newerThan({});
        QVERIFY(newest.ok() && newest.value().has_value());
        const QJsonObject c = *newest.value();
        QCOMPARE(c.value(u"catalogVersion").toString(), QStringLiteral("2026.11.10"));
        QCOMPARE(c.value(u"publisherKeyId").toString(), QStringLiteral("gd-catalog-2026"));
        // The exact bytes, whose detached signature verifies.
        const QByteArray bytes = QByteArray::fromBase64(c.value(u"file").toString().toLatin1());
        QCOMPARE(bytes, m_lastBytes);
        QVERIFY(EcSigner::verify(m_publishers.keys().first().pkey.get(), QStringLiteral("ES256"),
            bytes, QByteArray::fromBase64(c.value(u"signature").toString().toLatin1())));
        QVERIFY(shelf.newerThan(QStringLiteral("2026.11.9")).value().has_value());
        QVERIFY(!shelf.newerThan(QStringLiteral("2026.11.10")).value().has_value());
        QVERIFY(!shelf.newerThan(QStringLiteral("2027.1")).value().has_value());
    }

    void refusesABadSignature()
    {
        QTemporaryDir dir;
        auto db = openTestDatabase(dir);
        CatalogShelf shelf(*db);
        const QString path = write(dir, "2026.12.1");
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(" "); // one byte more than was signed
        file.close();
        QCOMPARE(shelf.load(path, m_sigPath, m_publishers).error().code,
            QStringLiteral("catalog.bad_signature"));
        QVERIFY(!shelf.newerThan({}).value().has_value());
    }

private:
    // Writes a small catalog of that version and its signature; returns the catalog's path.
    QString write(const QTemporaryDir &dir, const char *version)
    {
        m_lastBytes = QJsonDocument(
            QJsonObject { { QStringLiteral("format"), QStringLiteral("onewindow-catalog") },
                { QStringLiteral("formatVersion"), 1 },
                { QStringLiteral("publisherKeyId"), QStringLiteral("gd-catalog-2026") },
                { QStringLiteral("catalogVersion"), QLatin1String(version) },
                { QStringLiteral("items"), QJsonArray() } })
                          .toJson();
        const QString path = dir.filePath(QLatin1String(version) + QStringLiteral(".json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the catalog");
        file.write(m_lastBytes);
        const auto sig = EcSigner::sign(
            m_publishers.keys().first().pkey.get(), QStringLiteral("ES256"), m_lastBytes);
        m_sigPath = path + QStringLiteral(".sig");
        QFile sigFile(m_sigPath);
        if (!sig || !sigFile.open(QIODevice::WriteOnly))
            qFatal("cannot sign the catalog");
        sigFile.write(sig.value().toBase64() + '\n');
        return path;
    }

    QTemporaryDir m_dir;
    KeyRing m_publishers;
    QByteArray m_lastBytes;
    QString m_sigPath;
};

QTEST_GUILESS_MAIN(TestCatalogShelf)
#include "tst_catalogshelf.moc"
