// onewindowctl trust …: the catalog publishers' keys this terminal accepts signatures from.
#include "catalogstore.h"
#include "commandtable.h"
#include "ctlcontext.h"
#include "database.h"
#include "pinyintranscriber.h"
#include "publishertrust.h"

#include <QFile>

using namespace onewindow;

int runTrustAddPublisher(CtlContext &context)
{
    if (context.arguments().size() != 2)
        return context.fail({ QStringLiteral("cli.usage"),
                                CtlContext::tr("Usage: onewindowctl trust add-publisher KEY_ID "
                                               "PEM_FILE") },
            ExitInvalid);
    const QString keyId = context.arguments().at(0);
    QFile file(context.arguments().at(1));
    if (!file.open(QIODevice::ReadOnly))
        return context.fail({ QStringLiteral("cli.cannot_read"),
            CtlContext::tr("Cannot read \"%1\": %2.").arg(file.fileName(), file.errorString()) });
    // A key file is a few hundred bytes; anything large is not one.
    const QByteArray pem = file.read(64 * 1024);

    Database *db = context.database();
    if (!db)
        return ExitFailure;
    PinyinTranscriber pinyin;
    CatalogStore store(*db, pinyin);
    PublisherTrust trust(store);
    const auto added = trust.addPublisher(keyId, pem, QDateTime::currentDateTimeUtc());
    if (!added) {
        const QString &code = added.error().code;
        const int exitCode = code.startsWith(QLatin1String("trust.")) ? ExitInvalid
            : code.startsWith(QLatin1String("signature."))            ? ExitUntrusted
                                                                      : ExitFailure;
        return context.fail(added.error(), exitCode);
    }
    context.out() << CtlContext::tr("trusted: catalogs signed with publisher key %1 (%2) will be "
                                    "accepted.")
                         .arg(keyId, added.value())
                  << Qt::endl;
    return ExitOk;
}
