#include "database.h"
#include "datakeys.h"
#include "fieldcipher.h"

#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

class TestFieldCipher : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<DataKeys> m_keys;
    const FieldAddress m_where { QStringLiteral("citizens"), QStringLiteral("name"),
        QStringLiteral("row-1") };

private slots:
    void init()
    {
        m_keys.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("data.key")));
        QFile::remove(m_dir.filePath(QStringLiteral("onewindow.sqlite")));
        auto db = Database::open(m_dir.filePath(QStringLiteral("onewindow.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        auto keys = DataKeys::open(*m_db, m_dir.filePath(QStringLiteral("data.key")));
        QVERIFY(keys.ok());
        m_keys.emplace(std::move(keys.value()));
    }

    void roundTripsWithAFreshNonceEachTime()
    {
        FieldCipher cipher(*m_keys);
        const QByteArray name = QStringLiteral("陈小明").toUtf8();
        auto a = cipher.encrypt(name, m_where);
        auto b = cipher.encrypt(name, m_where);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a.value() != b.value());
        QVERIFY(!a->contains(name));
        QCOMPARE(FieldCipher::keyIdOf(a.value()), 1u);
        QCOMPARE(cipher.decrypt(a.value(), m_where).value(), name);
    }

    void aValueMovedToAnotherCellDoesNotDecrypt_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("row");
        QTest::newRow("table") << "cases"
                               << "name"
                               << "row-1";
        QTest::newRow("column") << "citizens"
                                << "id_number"
                                << "row-1";
        QTest::newRow("row") << "citizens"
                             << "name"
                             << "row-2";
        QTest::newRow("boundary shift") << "citizensn"
                                        << "ame"
                                        << "row-1";
    }
    void aValueMovedToAnotherCellDoesNotDecrypt()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QString, row);
        FieldCipher cipher(*m_keys);
        auto sealed = cipher.encrypt("陈小明", m_where);
        auto moved = cipher.decrypt(sealed.value(), { table, column, row });
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().code, QStringLiteral("security.tampered"));
    }

    void aChangedValueOrGarbageIsRefused()
    {
        FieldCipher cipher(*m_keys);
        QByteArray sealed = cipher.encrypt("x", m_where).value();
        sealed[sealed.size() - 1] = char(sealed.at(sealed.size() - 1) ^ 0x01);
        QCOMPARE(cipher.decrypt(sealed, m_where).error().code, QStringLiteral("security.tampered"));
        QCOMPARE(cipher.decrypt("plain text", m_where).error().code,
            QStringLiteral("security.not_sealed"));
        QCOMPARE(cipher.decrypt({}, m_where).error().code, QStringLiteral("security.not_sealed"));
    }

    void oldValuesDecryptAfterRotation()
    {
        FieldCipher cipher(*m_keys);
        auto old = cipher.encrypt("before", m_where);
        QVERIFY(m_keys->rotate(*m_db).ok());
        auto fresh = cipher.encrypt("after", m_where);
        QCOMPARE(FieldCipher::keyIdOf(old.value()), 1u);
        QCOMPARE(FieldCipher::keyIdOf(fresh.value()), 2u);
        QCOMPARE(cipher.decrypt(old.value(), m_where).value(), QByteArrayLiteral("before"));
        QCOMPARE(cipher.decrypt(fresh.value(), m_where).value(), QByteArrayLiteral("after"));
    }

    void lookupHashesAreKeyedAndSeparatedByKind()
    {
        FieldCipher cipher(*m_keys);
        const QString id = QStringLiteral("11010519491231002X");
        const QByteArray h = cipher.lookupHash(QStringLiteral("resident_id"), id);
        QCOMPARE(h.size(), 32);
        QCOMPARE(cipher.lookupHash(QStringLiteral("resident_id"), id), h);
        QVERIFY(cipher.lookupHash(QStringLiteral("phone"), id) != h);
        QVERIFY(!h.contains(id.toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestFieldCipher)
#include "tst_fieldcipher.moc"
