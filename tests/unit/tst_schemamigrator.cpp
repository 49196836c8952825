#include "database.h"
#include "schemamigrator.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

class TestSchemaMigrator : public QObject
{
    Q_OBJECT
private slots:
    void bundledMigrationsAreNumberedWithoutGaps()
    {
        auto migrations = SchemaMigrator::bundled();
        QVERIFY2(migrations.ok(), qPrintable(migrations ? QString() : migrations.error().message));
        QVERIFY(!migrations->isEmpty());
        for (qsizetype i = 0; i < migrations->size(); ++i) {
            QCOMPARE(migrations->at(i).version, i + 1);
            QVERIFY(!migrations->at(i).sql.trimmed().isEmpty());
        }
        QCOMPARE(SchemaMigrator(migrations.value()).latestVersion(), int(migrations->size()));
    }

    void upgradesAnOlderDatabaseStepByStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        QList<Migration> steps = {
            { 1, QStringLiteral("base"),
              QStringLiteral("CREATE TABLE schema_migrations(version INTEGER PRIMARY KEY, name "
                             "TEXT, applied_at TEXT) STRICT; CREATE TABLE a(x INTEGER) STRICT;") },
        };
        {
            Database::Options options;
            options.migrations = steps;
            QVERIFY(Database::open(path, options).ok());
        }
        steps.append({ 2, QStringLiteral("more"),
                       QStringLiteral("ALTER TABLE a ADD COLUMN y TEXT; INSERT INTO a VALUES (1, 'z');") });
        Database::Options options;
        options.migrations = steps;
        auto db = Database::open(path, options);
        QVERIFY(db.ok());
        QCOMPARE(db.value()->schemaVersion(), 2);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(name, ',') FROM schema_migrations")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("base,more"));
    }

    void refusesNewerWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 77")));
        auto bundled = SchemaMigrator::bundled();
        QVERIFY(bundled.ok());
        SchemaMigrator migrator(bundled.value());
        const Status refused = migrator.refuseNewer(*db.value());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("storage.too_new"));
        QVERIFY(!migrator.migrate(*db.value()).ok());
        QCOMPARE(db.value()->schemaVersion(), 77);
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigrator)
#include "tst_schemamigrator.moc"
