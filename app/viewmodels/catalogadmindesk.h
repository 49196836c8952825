// The administrator's catalog page: choose a signed catalog (also from a USB stick), see its
// verification, validation report and diff, apply it, list versions and roll back. The import
// runs on a worker thread with its own database connection, so the window stays responsive.
#pragma once

#include "catalogimporter.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>
#include <QtQmlIntegration>
#include <QVariantList>

class StaffDesk;
namespace onewindow {
class Database;
class CatalogStore;
} // namespace onewindow

class CatalogAdminDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    // The stage for QML: idle, checking, previewed, refused, applying, applied, failed.
    Q_PROPERTY(QString stageCode READ stageCode NOTIFY stageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stageChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged) // 0..1, or -1: unknown
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY stageChanged)
    Q_PROPERTY(QString verification READ verification NOTIFY stageChanged)
    Q_PROPERTY(bool verified READ verified NOTIFY stageChanged)
    Q_PROPERTY(QVariantList issues READ issues NOTIFY stageChanged)
    Q_PROPERTY(QVariantList changes READ changes NOTIFY stageChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY stageChanged)
    Q_PROPERTY(QVariantList versions READ versions NOTIFY versionsChanged)
    Q_PROPERTY(QVariantList mediaFolders READ mediaFolders NOTIFY mediaChanged)
    Q_PROPERTY(QString message READ message NOTIFY stageChanged)
    // Set when the previewed catalog is older than the active one: the active catalog's version
    // and issue date. Applying it then needs apply(true), after the administrator confirmed.
    Q_PROPERTY(QString olderThan READ olderThan NOTIFY stageChanged)
public:
    enum class Stage {
        Idle, // nothing chosen
        Checking, // verifying and validating a chosen file (dry run)
        Previewed, // verified and valid: the diff is shown, it may be applied
        Refused, // not verified or not valid: the report is shown, it cannot be applied
        Applying, // applying (or rolling back)
        Applied, // the chosen file (or an earlier version) is now active
        Failed, // the database refused: message says why
    };
    Q_ENUM(Stage)

    // database: the shell's own database (the worker asks it for a connection of its thread);
    // auditKey: the audit log's key, so the worker records the load in its own transaction.
    CatalogAdminDesk(onewindow::CatalogStore &store, StaffDesk &staff,
        const onewindow::Database &database, QByteArray auditKey, QObject *parent = nullptr);
    ~CatalogAdminDesk() override;

    Stage stage() const { return m_stage; }
    QString stageCode() const;
    bool busy() const { return m_stage == Stage::Checking || m_stage == Stage::Applying; }
    double progress() const { return m_progress; }
    QString progressText() const { return m_progressText; }
    QString fileName() const { return m_fileName; }
    QString verification() const { return m_verification; }
    bool verified() const { return m_verified; }
    QVariantList issues() const { return m_issues; }
    QVariantList changes() const { return m_changes; }
    QString summary() const { return m_summary; }
    QVariantList versions() const { return m_versions; }
    QVariantList mediaFolders() const { return m_mediaFolders; }
    QString message() const { return m_message; }
    QString olderThan() const { return m_olderThan; }

    // Where removable media are mounted (/media, /run/media); tests point it at a folder.
    void setMediaRoots(const QStringList &roots);
    // The catalog files (*.json) in a folder and one level below, each {path, name, signed}.
    Q_INVOKABLE QVariantList catalogFiles(const QString &folder) const;
    // An item field of the catalog format as the page names it ("promisedLimitDays" →
    // "committed time limit (working days)"); an unknown field as it is.
    static QString fieldLabel(const QString &field);
    Q_INVOKABLE void rescanMedia();
    // Reads the file and its signature (FILE.sig unless given), verifies and validates it and
    // computes the diff, without changing anything.
    Q_INVOKABLE void preview(const QString &filePath, const QString &signaturePath = {});
    // Applies exactly the bytes that were previewed; a catalog older than the active one only
    // with allowOlder (audited as such).
    Q_INVOKABLE void apply(bool allowOlder = false);
    Q_INVOKABLE void rollback(int versionId);
    Q_INVOKABLE void reset();
    Q_INVOKABLE void refreshVersions();

signals:
    void stageChanged();
    void progressChanged();
    void versionsChanged();
    void mediaChanged();
    // A catalog became active: the finder, forms and calendars read it again.
    void catalogChanged();

private:
    enum class Job { Preview, Apply, Rollback };
    void start(Job job, int versionId = 0);
    void finished(Job job, const onewindow::CatalogImporter::Report &report);
    void setProgress(double progress, const QString &text);
    void setStage(Stage stage, const QString &message = {});
    void showReport(const onewindow::CatalogImporter::Report &report);

    onewindow::CatalogStore &m_store;
    StaffDesk &m_staff;
    const onewindow::Database &m_database;
    QByteArray m_auditKey;
    QStringList m_mediaRoots;
    QPointer<QThread> m_worker;

    QString m_filePath;
    QString m_signaturePath;
    QString m_jobActor; // who started the running job
    QByteArray m_file; // the previewed bytes: what apply() applies
    QByteArray m_signature;
    Stage m_stage = Stage::Idle;
    double m_progress = -1;
    QString m_progressText;
    QString m_fileName;
    QString m_verification;
    bool m_verified = false;
    QVariantList m_issues;
    QVariantList m_changes;
    QString m_summary;
    QVariantList m_versions;
    QVariantList m_mediaFolders;
    QString m_message;
    QString m_olderThan;
    bool m_allowOlder = false; // of the running apply
};
