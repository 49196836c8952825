#include "sealeddocument.h"

#include "fieldcipher.h"
#include "fileproblem.h"

#include <QFile>
#include <QFileInfo>

namespace onewindow {

namespace {

FieldAddress addressOf(const QString &fileName)
{
    return { QStringLiteral("documents"), QStringLiteral("pdf"), fileName };
}

} // namespace

DocumentSealer SealedDocument::sealer(const FieldCipher &cipher)
{
    return [&cipher](const QByteArray &pdf, const QString &fileName) {
        return cipher.encrypt(pdf, addressOf(fileName));
    };
}

Result<QByteArray> SealedDocument::open(const FieldCipher &cipher, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("documents.cannot_read"),
            tr("The document %1 cannot be read (%2).").arg(path, FileProblem::reading(file)) };
    return cipher.decrypt(file.readAll(), addressOf(QFileInfo(path).fileName()));
}

} // namespace onewindow
