// The tables of what happens to a case after filing (case status, department review tasks,
// case_history of migration 0007): the one place their SQL lives.
#pragma once

#include "casemodel.h"
#include "result.h"

#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace onewindow {

class Database;
class FieldCipher;

class CaseProgressStore
{
    Q_DECLARE_TR_FUNCTIONS(CaseProgressStore)
public:
    CaseProgressStore(Database &database, const FieldCipher &cipher);

    Database &database() const { return m_database; }

    // nullopt when the case is not stored at this terminal.
    Result<std::optional<CaseStatus>> status(const QString &caseId) const;
    // false when an entry with this event id is stored already (nothing changes then).
    Result<bool> record(const CaseHistoryEntry &entry);
    Status setStatus(const QString &caseId, CaseStatus status, const QDateTime &at,
        const QString &reason = QString());
    // Opens a department's review task unless it exists (并联审批).
    Status openTask(const QString &caseId, const QString &department, const QDateTime &at);
    // The first stored decision wins: false when the task was decided already.
    Result<bool> decideTask(const QString &caseId, const QString &department, bool approved,
        const QString &decidedBy, const QDateTime &at, const QString &reason);

    // Oldest first.
    Result<QList<CaseHistoryEntry>> history(const QString &caseId) const;

    // What the workflow decides on (CaseWorkflow): read inside the deciding transaction.
    struct CaseFacts
    {
        CaseStatus status = CaseStatus::Submitted;
        int lastSeq = 0;
        QDateTime submittedAt;
        int legalDays = 0;
        int promisedDays = 0; // 承诺时限: what the citizen was told
        int extensionDays = 0;
        QStringList openTasks;
        QStringList approvedTasks;
        QStringList refusedTasks;
        bool correctionEverRequested = false;
        QList<std::pair<QDate, QDate>> pauses; // started, ended (null while running)
        QList<MaterialProvision> materials; // of this case's item, opened
        QStringList checkedMaterials; // codes of the paper checked at the window
    };
    Result<std::optional<CaseFacts>> facts(const QString &caseId) const;
    // The case's next event number (its last_seq moves on).
    Result<int> nextSeq(const QString &caseId);
    Status pauseClock(const QString &caseId, const QString &kind, QDate on, const QString &reason);
    Status resumeClock(const QString &caseId, QDate on);
    Status addExtension(const QString &caseId, int days);
    // The window received and checked these paper materials (原件核验); a code checked before
    // keeps its first check.
    Status recordMaterialChecks(const QString &caseId, const QStringList &materialCodes,
        const QDateTime &at, const QString &checkedBy, const QString &eventId);

private:
    Database &m_database;
    const FieldCipher &m_cipher;
};

} // namespace onewindow
