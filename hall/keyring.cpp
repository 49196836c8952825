#include "keyring.h"

#include "ecsigner.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace onewindow::hall {

namespace {

struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};

std::shared_ptr<EVP_PKEY> wrap(EVP_PKEY *key)
{
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

QByteArray publicPemOf(EVP_PKEY *key)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key) != 1)
        return {};
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(len));
}

QString keyIdOf(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    for (const char *suffix : { ".pub.pem", ".pem", ".key" })
        if (name.endsWith(QLatin1String(suffix))) {
            name.chop(qsizetype(qstrlen(suffix)));
            break;
        }
    return name;
}

} // namespace

Result<KeyRing::Key> KeyRing::readKey(const QString &path, const QString &keyId, bool wantPrivate)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("keys.unreadable"),
            QStringLiteral("cannot read %1").arg(path) };
    const QByteArray pem = file.readAll();
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    EVP_PKEY *raw = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
    const bool isPrivate = raw != nullptr;
    if (!raw && !wantPrivate) {
        std::unique_ptr<BIO, BioFree> again(BIO_new_mem_buf(pem.constData(), int(pem.size())));
        raw = PEM_read_bio_PUBKEY(again.get(), nullptr, nullptr, nullptr);
    }
    if (!raw)
        return Error { QStringLiteral("keys.malformed"),
            QStringLiteral("%1 holds no PEM %2 key")
                .arg(path, wantPrivate ? QStringLiteral("private") : QString()) };
    Key key { keyId, EcSigner::algorithmOf(raw), publicPemOf(raw), wrap(raw), isPrivate };
    if (key.algorithm.isEmpty())
        return Error { QStringLiteral("keys.unsupported"),
            QStringLiteral("%1 is neither an SM2 nor a P-256 key").arg(path) };
    return key;
}

Result<KeyRing> KeyRing::loadPrivateKeys(const QString &dir)
{
    KeyRing ring;
    const QStringList files
        = QDir(dir).entryList({ QStringLiteral("*.key") }, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        auto key = readKey(QDir(dir).filePath(name), keyIdOf(name), true);
        if (!key)
            return key.error();
        ring.m_keys.append(std::move(key).value());
    }
    if (ring.m_keys.isEmpty())
        return Error { QStringLiteral("keys.none"),
            QStringLiteral("no issuer keys (*.key) in %1").arg(dir) };
    return ring;
}

Result<KeyRing> KeyRing::loadOrCreateDemoIssuers(const QString &dir)
{
    QDir d(dir);
    if (!d.mkpath(QStringLiteral(".")))
        return Error { QStringLiteral("keys.unwritable"),
            QStringLiteral("cannot make %1").arg(dir) };
    if (d.entryList({ QStringLiteral("*.key") }, QDir::Files).isEmpty()) {
        // The same key ids and algorithms as packaging/make-demo-pki.sh.
        const QList<QPair<const char *, bool>> demo { { "gd-gaj-2026", true },
            { "gd-mzj-2026", false }, { "gd-scjg-2026", false }, { "gd-rsj-2026", true },
            { "gd-zrzy-2026", true } };
        for (const auto &[kid, sm2] : demo) {
            EVP_PKEY *raw = sm2 ? EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2")
                                : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
            if (!raw)
                return Error { QStringLiteral("keys.keygen"),
                    QStringLiteral("key generation failed") };
            auto key = wrap(raw);
            std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
            PEM_write_bio_PrivateKey(bio.get(), raw, nullptr, nullptr, 0, nullptr, nullptr);
            char *data = nullptr;
            const long len = BIO_get_mem_data(bio.get(), &data);
            QFile file(d.filePath(QLatin1String(kid) + QLatin1String(".key")));
            if (!file.open(QIODevice::WriteOnly) || file.write(data, len) != len)
                return Error { QStringLiteral("keys.unwritable"),
                    QStringLiteral("cannot write %1").arg(file.fileName()) };
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    return loadPrivateKeys(dir);
}

Result<KeyRing> KeyRing::loadPublicKeys(const QStringList &files)
{
    KeyRing ring;
    for (const QString &path : files) {
        auto key = readKey(path, keyIdOf(path), false);
        if (!key)
            return key.error();
        ring.m_keys.append(std::move(key).value());
    }
    return ring;
}

const KeyRing::Key *KeyRing::find(const QString &keyId) const
{
    for (const Key &k : m_keys)
        if (k.keyId == keyId)
            return &k;
    return nullptr;
}

const KeyRing::Key *KeyRing::firstWithAlgorithm(const QString &algorithm) const
{
    for (const Key &k : m_keys)
        if (k.algorithm == algorithm && k.hasPrivate)
            return &k;
    return nullptr;
}

Result<QByteArray> KeyRing::sign(const QString &keyId, QByteArrayView data) const
{
    const Key *key = find(keyId);
    if (!key || !key->hasPrivate)
        return Error { QStringLiteral("keys.unknown"),
            QStringLiteral("no private key %1").arg(keyId) };
    return EcSigner::sign(key->pkey.get(), key->algorithm, data);
}

} // namespace onewindow::hall
