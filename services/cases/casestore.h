// The cases tables (migration 0005): the one place their SQL lives. Personal parts are sealed
// with the terminal's field key; events go to the outbox in the same transaction.
#pragma once

#include "casemodel.h"
#include "caseprogressstore.h"
#include "caseratingstore.h"
#include "result.h"

#include <QCoreApplication>

namespace onewindow {

class Database;
class FieldCipher;
class SyncStore;
struct OutboxEvent;

class CaseStore
{
    Q_DECLARE_TR_FUNCTIONS(CaseStore)
public:
    CaseStore(Database &database, const FieldCipher &cipher, SyncStore &outbox);

    Database &database() const { return m_database; }

    // Inside a transaction: the next receipt sequence of the day (1, 2, …).
    Result<int> takeReceiptSequence(QDate day);
    // Inside a transaction: stores the group, its cases (each with its item snapshot) and one
    // `submitted` event per case.
    Status insertApplication(const FiledApplication &filed, const CaseApplication &application,
        const QJsonObject &answers, const QList<OutboxEvent> &events);

    // By receipt number: the progress without personal data; nullopt when unknown here.
    Result<std::optional<TrackedApplication>> track(const QString &receiptNumber) const;
    // Whether idNumber is the subject of the application with this receipt number (compared
    // by keyed hash; the number itself is not stored in clear).
    Result<bool> isSubjectOf(const QString &receiptNumber, const QString &idNumber) const;
    // The whole application for reprinting its receipt (personal data opened).
    Result<std::optional<FiledApplication>> filed(const QString &receiptNumber) const;
    // One case for the back office, the applicant's data opened; nullopt when unknown here.
    // Callers check Permission::ViewApplicant first.
    Result<std::optional<CaseDossier>> dossier(const QString &caseId) const;
    Status markReceiptPrinted(const QString &groupId);

    // 好差评 of the submissions stored here.
    CaseRatingStore &ratings() { return m_ratings; }
    // What happened to the cases after filing (decisions pulled from the hall).
    CaseProgressStore &progress() { return m_progress; }

    Result<int> caseCount() const;

    // Seals the materials of cases stored before they were sealed: SQL cannot encrypt, so
    // the composition root calls this once at start-up. Idempotent: sealed rows are left alone.
    Status sealClearMaterials();

private:
    Result<QList<MaterialProvision>> openMaterials(
        const QByteArray &stored, const QString &caseId) const;
    Result<QByteArray> seal(
        const QByteArray &plain, const QString &column, const QString &row) const;
    Result<QByteArray> open(
        const QByteArray &sealed, const QString &column, const QString &row) const;

    Database &m_database;
    const FieldCipher &m_cipher;
    SyncStore &m_outbox;
    CaseRatingStore m_ratings;
    CaseProgressStore m_progress;
};

} // namespace onewindow
