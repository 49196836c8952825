#include "catalogadmindesk.h"

#include "auditlog.h"
#include "catalogstore.h"
#include "database.h"
#include "displaytime.h"
#include "pinyintranscriber.h"
#include "publishertrust.h"
#include "removablemedia.h"
#include "staffdesk.h"
#include "terminalconfiguration.h"
#include "terminalsettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace onewindow;

namespace {

// The UI lists at most this many changed items; the summary still counts them all.
constexpr int kShownChanges = 500;
// A catalog file is at most this large (a 50,000-item catalog is about 70 MB).
constexpr qint64 kMaxCatalogBytes = 512ll * 1024 * 1024;

struct CatalogJobInput
{
    const Database *database = nullptr;
    QByteArray auditKey;
    QString actor;
    QString filePath; // a preview reads the files on the worker (a catalog can be 100 MB)
    QString signaturePath;
    QByteArray file; // apply: the bytes the preview read
    QByteArray signature;
    int versionId = 0;
    bool apply = false;
    bool allowOlder = false;
};

std::optional<QByteArray> readAll(const QString &path, QString *problem);

// Runs on the worker thread: a connection of its own from the shell's Database (never a second
// open of the file), catalog services and audit log over it. SQLite serialises its transaction
// against the GUI thread's writes.
CatalogImporter::Report runCatalogJob(
    CatalogJobInput &in, const CatalogStore::ItemProgress &progress)
{
    CatalogImporter::Report report;
    if (!in.filePath.isEmpty()) {
        QString problem;
        auto file = readAll(in.filePath, &problem);
        auto signature = file ? readAll(in.signaturePath, &problem) : std::nullopt;
        if (!file || !signature) {
            report.error = { QStringLiteral("catalog.unreadable"), problem };
            return report;
        }
        in.file = std::move(file.value());
        in.signature = std::move(signature.value());
    }
    auto database = in.database->openThreadConnection();
    if (!database) {
        report.error = database.error();
        return report;
    }
    PinyinTranscriber pinyin;
    CatalogStore store(*database.value(), pinyin);
    store.setItemProgress(progress);
    PublisherTrust trust(store);
    CatalogImporter importer(*database.value(), store, trust);
    AuditLog audit(*database.value(), in.auditKey);
    importer.setAudit(&audit, in.actor);
    importer.setAllowOlder(in.allowOlder);
    importer.setOfferedRegions(
        TerminalConfiguration::load(TerminalSettings(*database.value())).offeredRegions);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (in.versionId > 0)
        return importer.rollback(in.versionId, now);
    return importer.import(in.file, in.signature, !in.apply, now);
}

std::optional<QByteArray> readAll(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // The system's reason is English; these are the two an administrator meets.
        *problem = QFileInfo::exists(path)
            ? CatalogAdminDesk::tr("Cannot read \"%1\": this terminal may not open it. Copy the "
                                   "file to the USB stick again, or check its permissions.")
                  .arg(path)
            : CatalogAdminDesk::tr("There is no file \"%1\" (the USB stick may have been "
                                   "taken out).")
                  .arg(path);
        return std::nullopt;
    }
    if (file.size() > kMaxCatalogBytes) {
        *problem = CatalogAdminDesk::tr("\"%1\" is larger than any catalog (%2 MB); choose the "
                                        "catalog file itself.")
                       .arg(path)
                       .arg(file.size() / (1024 * 1024));
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

CatalogAdminDesk::CatalogAdminDesk(CatalogStore &store, StaffDesk &staff, const Database &database,
    QByteArray auditKey, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_staff(staff)
    , m_database(database)
    , m_auditKey(std::move(auditKey))
    , m_mediaRoots(RemovableMedia::defaultRoots())
{
    // What one administrator chose is not left on screen for the next.
    connect(&m_staff, &StaffDesk::sessionChanged, this, [this] {
        if (!busy())
            reset();
    });
}

CatalogAdminDesk::~CatalogAdminDesk()
{
    // The worker posts its result to this object: it must be done before this goes (its
    // deleteLater would not run any more).
    if (m_worker) {
        m_worker->wait();
        delete m_worker.data();
    }
}

QString CatalogAdminDesk::fieldLabel(const QString &field)
{
    // The catalog format's item fields (shared/formats/catalog.md) as the page names them.
    static const QHash<QString, const char *> labels {
        { QStringLiteral("name"), QT_TR_NOOP("name") },
        { QStringLiteral("shortName"), QT_TR_NOOP("short name") },
        { QStringLiteral("nameEn"), QT_TR_NOOP("English name") },
        { QStringLiteral("department"), QT_TR_NOOP("department") },
        { QStringLiteral("legalLimitDays"), QT_TR_NOOP("legal time limit (working days)") },
        { QStringLiteral("promisedLimitDays"), QT_TR_NOOP("committed time limit (working days)") },
        { QStringLiteral("onlineLevel"), QT_TR_NOOP("online level") },
        { QStringLiteral("materials"), QT_TR_NOOP("materials") },
        { QStringLiteral("form"), QT_TR_NOOP("form") },
        { QStringLiteral("fee"), QT_TR_NOOP("fee") },
        { QStringLiteral("basis"), QT_TR_NOOP("legal basis") },
        { QStringLiteral("audience"), QT_TR_NOOP("who may apply") },
        { QStringLiteral("themes"), QT_TR_NOOP("themes") },
        { QStringLiteral("parallelWith"), QT_TR_NOOP("handled in parallel with") },
        { QStringLiteral("kind"), QT_TR_NOOP("kind of item") },
        { QStringLiteral("level"), QT_TR_NOOP("level") },
    };
    const auto found = labels.constFind(field);
    return found == labels.cend() ? field : tr(found.value());
}

QString CatalogAdminDesk::stageCode() const
{
    switch (m_stage) {
    case Stage::Idle:
        return QStringLiteral("idle");
    case Stage::Checking:
        return QStringLiteral("checking");
    case Stage::Previewed:
        return QStringLiteral("previewed");
    case Stage::Refused:
        return QStringLiteral("refused");
    case Stage::Applying:
        return QStringLiteral("applying");
    case Stage::Applied:
        return QStringLiteral("applied");
    case Stage::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

void CatalogAdminDesk::setMediaRoots(const QStringList &roots)
{
    m_mediaRoots = roots;
    rescanMedia();
}

void CatalogAdminDesk::rescanMedia()
{
    QVariantList folders;
    const auto found = RemovableMedia::folders(m_mediaRoots);
    for (const MediaFolder &folder : found)
        folders << QVariantMap { { QStringLiteral("path"), folder.path },
            { QStringLiteral("name"), folder.name } };
    m_mediaFolders = folders;
    emit mediaChanged();
}

QVariantList CatalogAdminDesk::catalogFiles(const QString &folder) const
{
    QVariantList files;
    const QDir top(folder);
    QFileInfoList found = top.entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    const auto subfolders = top.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &sub : subfolders)
        found << QDir(sub.absoluteFilePath())
                     .entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QFileInfo &file : std::as_const(found))
        files << QVariantMap { { QStringLiteral("path"), file.absoluteFilePath() },
            { QStringLiteral("name"), top.relativeFilePath(file.absoluteFilePath()) },
            { QStringLiteral("size"), QLocale().formattedDataSize(file.size()) },
            { QStringLiteral("signed"),
                QFileInfo::exists(file.absoluteFilePath() + QStringLiteral(".sig")) } };
    return files;
}

void CatalogAdminDesk::preview(const QString &filePath, const QString &signaturePath)
{
    if (busy())
        return;
    const QString path
        = filePath.startsWith(QLatin1String("file://")) ? QUrl(filePath).toLocalFile() : filePath;
    const QString sigPath = signaturePath.isEmpty() ? path + QStringLiteral(".sig") : signaturePath;
    reset();
    m_fileName = QFileInfo(path).fileName();
    // The catalog itself first: a mistyped path or a folder is not a missing signature.
    if (const QFileInfo catalog(path); path.trimmed().isEmpty() || !catalog.exists()) {
        m_verification = tr("There is no file \"%1\". Check the path, or choose the catalog "
                            "from the removable media below.")
                             .arg(path);
        setStage(Stage::Refused);
        return;
    } else if (catalog.isDir()) {
        m_verification = tr("\"%1\" is a folder. Choose the catalog file (.json) in it.").arg(path);
        setStage(Stage::Refused);
        return;
    }
    if (!QFileInfo::exists(sigPath)) {
        m_verification = tr("There is no signature file \"%1\"; a catalog is only loaded with "
                            "its signature. Copy the .sig file next to the catalog.")
                             .arg(QFileInfo(sigPath).fileName());
        setStage(Stage::Refused);
        return;
    }
    m_filePath = path;
    m_signaturePath = sigPath;
    start(Job::Preview);
}

void CatalogAdminDesk::apply(bool allowOlder)
{
    if (busy() || m_stage != Stage::Previewed)
        return;
    if (!m_olderThan.isEmpty() && !allowOlder) {
        setStage(Stage::Previewed,
            tr("This catalog is older than the active catalog %1; confirm that you want to go "
               "back to it.")
                .arg(m_olderThan));
        return;
    }
    m_allowOlder = allowOlder;
    start(Job::Apply);
}

void CatalogAdminDesk::rollback(int versionId)
{
    if (busy() || versionId <= 0)
        return;
    reset();
    start(Job::Rollback, versionId);
}

void CatalogAdminDesk::reset()
{
    if (busy())
        return;
    m_file.clear();
    m_signature.clear();
    m_fileName.clear();
    m_verification.clear();
    m_verified = false;
    m_issues.clear();
    m_changes.clear();
    m_summary.clear();
    m_olderThan.clear();
    setProgress(-1, {});
    setStage(Stage::Idle);
}

void CatalogAdminDesk::start(Job job, int versionId)
{
    auto actor = m_staff.authorize(Permission::LoadCatalog);
    if (!actor) {
        setStage(Stage::Failed, actor.error().message);
        return;
    }
    CatalogJobInput input { &m_database, m_auditKey, actor.value(),
        job == Job::Preview ? m_filePath : QString(), m_signaturePath, m_file, m_signature,
        versionId, job != Job::Preview, job == Job::Apply && m_allowOlder };
    m_allowOlder = false;
    m_jobActor = actor.value();
    setProgress(-1,
        job == Job::Preview ? tr("Checking the signature and every rule of the catalog…")
                            : tr("Applying the catalog…"));
    setStage(job == Job::Preview ? Stage::Checking : Stage::Applying);
    auto progress = [this](qsizetype done, qsizetype total) {
        QMetaObject::invokeMethod(
            this,
            [this, done, total] {
                setProgress(double(done) / double(qMax<qsizetype>(total, 1)),
                    tr("Writing items: %1 of %2")
                        .arg(QLocale().toString(done), QLocale().toString(total)));
            },
            Qt::QueuedConnection);
    };
    m_worker = QThread::create([this, job, input, progress]() mutable {
        const CatalogImporter::Report report = runCatalogJob(input, progress);
        QMetaObject::invokeMethod(
            this,
            [this, job, report, file = input.file, signature = input.signature] {
                if (job == Job::Preview) {
                    m_file = file;
                    m_signature = signature;
                }
                finished(job, report);
            },
            Qt::QueuedConnection);
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker->start(QThread::LowPriority);
}

void CatalogAdminDesk::finished(Job job, const CatalogImporter::Report &report)
{
    const bool applied = report.outcome == CatalogImporter::Outcome::Applied;
    // Whoever started it signed out meanwhile: the next person sees none of it.
    if (m_staff.userName() != m_jobActor) {
        m_stage = Stage::Idle;
        reset();
        if (applied) {
            refreshVersions();
            emit catalogChanged();
        }
        return;
    }
    if (job == Job::Preview || report.outcome != CatalogImporter::Outcome::Applied) {
        showReport(report);
        return;
    }
    m_file.clear();
    m_signature.clear();
    setProgress(1, {});
    refreshVersions();
    setStage(Stage::Applied,
        job == Job::Rollback ? tr("Version %1 (catalog %2) is active again.")
                                   .arg(report.versionId)
                                   .arg(report.catalogVersion)
                             : tr("Catalog %1 is now active as version %2, with %3 items.")
                                   .arg(report.catalogVersion)
                                   .arg(report.versionId)
                                   .arg(report.itemCount));
    emit catalogChanged();
}

void CatalogAdminDesk::showReport(const CatalogImporter::Report &report)
{
    using Outcome = CatalogImporter::Outcome;
    setProgress(-1, {});
    m_issues.clear();
    m_changes.clear();
    m_summary.clear();
    m_olderThan = report.olderThanVersion.isEmpty()
        ? QString()
        : tr("%1 (issued %2)")
              .arg(report.olderThanVersion,
                  DisplayTime::date(
                      QDateTime::fromString(report.olderThanIssuedAt, Qt::ISODate).date()));
    m_verified = report.outcome == Outcome::Previewed || report.outcome == Outcome::Invalid
        || report.outcome == Outcome::Applied;
    switch (report.outcome) {
    case Outcome::Previewed:
    case Outcome::Applied: {
        m_verification = tr("The signature is genuine: the catalog comes from a trusted "
                            "publisher and was not changed.");
        const CatalogDiff &diff = report.diff;
        m_summary = tr("Catalog %1 with %2 items: %3 added, %4 removed, %5 changed.")
                        .arg(report.catalogVersion)
                        .arg(report.itemCount)
                        .arg(diff.added().size())
                        .arg(diff.removed().size())
                        .arg(diff.changed().size());
        auto add = [this](const QString &kind, const QString &code, const QString &name,
                       const QStringList &fields, const QList<CatalogDiff::FieldChange> &values) {
            if (m_changes.size() >= kShownChanges)
                return;
            QStringList labels;
            for (const QString &field : fields)
                labels << fieldLabel(field);
            QVariantList shownValues;
            for (const CatalogDiff::FieldChange &value : values)
                shownValues << QVariantMap { { QStringLiteral("field"), fieldLabel(value.field) },
                    { QStringLiteral("before"),
                        value.before.isEmpty() ? tr("(none)") : value.before },
                    { QStringLiteral("after"),
                        value.after.isEmpty() ? tr("(none)") : value.after } };
            m_changes << QVariantMap { { QStringLiteral("kind"), kind },
                { QStringLiteral("code"), code }, { QStringLiteral("name"), name },
                { QStringLiteral("fields"), labels.join(tr(", ")) },
                { QStringLiteral("values"), shownValues } };
        };
        for (const QString &code : diff.added())
            add(QStringLiteral("added"), code, report.diffNames.value(code), {}, {});
        for (const QString &code : diff.removed())
            add(QStringLiteral("removed"), code, report.diffNames.value(code), {}, {});
        for (const CatalogDiff::Change &change : diff.changed())
            add(QStringLiteral("changed"), change.code, report.diffNames.value(change.code),
                change.fields, change.values);
        setStage(Stage::Previewed,
            !m_olderThan.isEmpty()
                ? tr("This catalog is older than the active catalog %1. It is applied only if "
                     "you confirm that you want to go back to it.")
                      .arg(m_olderThan)
                : diff.isEmpty() ? tr("This catalog is the same as the active one item for item.")
                                 : QString());
        return;
    }
    case Outcome::Invalid:
        m_verification = tr("The signature is genuine, but the catalog breaks %n rule(s); it "
                            "cannot be applied. Send the report to the catalog authority.",
            "", int(report.issues.size()));
        for (const CatalogIssue &issue : report.issues)
            m_issues << QVariantMap { { QStringLiteral("path"), issue.path },
                { QStringLiteral("message"), issue.message } };
        setStage(Stage::Refused);
        return;
    case Outcome::Untrusted:
        m_verification = report.error.message;
        setStage(Stage::Refused);
        return;
    case Outcome::Older:
        // Another administrator made a newer catalog active since the check.
        setStage(Stage::Failed, report.error.message);
        return;
    case Outcome::Failed:
        setStage(Stage::Failed, report.error.message);
        return;
    }
}

void CatalogAdminDesk::refreshVersions()
{
    auto versions = m_store.versions();
    if (!versions) {
        setStage(m_stage, versions.error().message);
        return;
    }
    QVariantList list;
    for (auto it = versions->crbegin(); it != versions->crend(); ++it)
        list << QVariantMap { { QStringLiteral("versionId"), it->versionId },
            { QStringLiteral("catalogVersion"), it->catalogVersion },
            { QStringLiteral("publisher"), it->publisher },
            { QStringLiteral("keyId"), it->publisherKeyId },
            { QStringLiteral("itemCount"), it->itemCount },
            { QStringLiteral("importedAt"), DisplayTime::dateTime(it->importedAt) },
            { QStringLiteral("sha256"), it->sha256.left(16) },
            { QStringLiteral("active"), it->active } };
    m_versions = list;
    emit versionsChanged();
}

void CatalogAdminDesk::setProgress(double progress, const QString &text)
{
    m_progress = progress;
    m_progressText = text;
    emit progressChanged();
}

void CatalogAdminDesk::setStage(Stage stage, const QString &message)
{
    m_stage = stage;
    m_message = message;
    emit stageChanged();
}
