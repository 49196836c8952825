// Opening whatever file sits where the database should be: a foreign file, a damaged one, one
// from a newer OneWindow. Opening must fail with an Error or succeed; never crash.
#include "database.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_database_open";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("onewindow.sqlite"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    onewindow::Database::Options options;
    options.integrityCheck = true;
    auto db = onewindow::Database::open(path, options);
    if (!db.ok() && db.error().message.isEmpty())
        __builtin_trap(); // every refusal must say why
    return 0;
}
