// onewindowctl document …: the documents a terminal without a printer kept sealed in its data
// folder's documents/ (statements, verified copies, decision notices), opened for the window.
#include "commandtable.h"
#include "ctlcontext.h"
#include "ctlsecurity.h"
#include "documentrenderer.h"
#include "fieldcipher.h"
#include "sealeddocument.h"

#include <QFileInfo>

using namespace onewindow;

int runDocumentOpen(CtlContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
        CtlContext::tr("Where to write the PDF (readable by you only)."), QStringLiteral("PDF"));
    parser.addOption(out);
    if (!context.parse(parser, 1, 1))
        return ExitInvalid;
    if (!parser.isSet(out))
        return context.fail({ QStringLiteral("cli.bad_option"),
                                CtlContext::tr("\"document open\" needs --out PDF: where to "
                                               "write the opened document.") },
            ExitInvalid);
    auto security = CtlSecurity::open(context);
    if (!security)
        return ExitFailure;
    const QString path = parser.positionalArguments().constFirst();
    const FieldCipher cipher(*security->keys);
    auto pdf = SealedDocument::open(cipher, path);
    if (!pdf)
        return context.fail(pdf.error());
    // Who took a citizen's document out of its seal is on the audit chain, with the file's name
    // only (it names no one).
    const Status written = security->audit->record(CtlSecurity::actor(),
        QStringLiteral("document.open"), QFileInfo(path).fileName(), parser.value(out),
        [&] { return DocumentRenderer::writePrivateFile(pdf.value(), parser.value(out)); });
    if (!written)
        return context.fail(written.error());
    context.out() << CtlContext::tr("Written to %1.").arg(parser.value(out)) << Qt::endl;
    return ExitOk;
}
