// Cases as plain values: what a citizen applies with, what filing stores, what tracking shows.
#pragma once

#include "casestatus.h"
#include "catalogmodel.h"
#include "citizensession.h"

#include <optional>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace onewindow {

// How one required material of one item is provided.
struct MaterialProvision
{
    enum class Way { Certificate, Paper };
    QString itemCode;
    QString materialCode;
    QString materialName;
    bool required = true;
    Way way = Way::Paper;
    // With Way::Certificate: the genuine e-certificate attached by reference, not copied.
    QString certificateType;
    QString certificateNumber;
};

// PIPL record: which certificate's fields were used for which item, and why.
struct DataUse
{
    QString certificateType;
    QString certificateNumber;
    QStringList fields; // e.g. RESIDENT_ID.holderName
    QString purpose; // e.g. "pre-fill the form of 社会保障卡申领"
};

// A submission at the kiosk (一门式): one or several items under one form.
struct CaseApplication
{
    IdentifiedPerson applicant;
    std::optional<IdentifiedPerson> principal; // 代办: the person applied for
    QDateTime principalConsentAt; // when the principal agreed
    QList<CatalogItem> items;
    QString catalogVersion;
    QHash<QString, QString> answers; // merged form: key → answer as typed
    QList<MaterialProvision> materials;
    QList<DataUse> dataUse;
    QDateTime dataUseConsentAt; // when the citizen agreed to the use of their certificates
};

struct FiledCase
{
    QString caseId;
    QString itemCode;
    QString itemName;
    QString department;
    int promisedDays = 0;
    int legalDays = 0;
    QDate dueDate; // null when the calendar for the period is missing
    CaseStatus status = CaseStatus::Submitted;
};

struct FiledApplication
{
    QString groupId;
    QString receiptNumber;
    QString filingTerminal;
    QDateTime submittedAt;
    QString subjectMasked; // 张**
    QString applicantMasked;
    QString principalMasked; // empty unless 代办
    QList<FiledCase> cases;
    QList<MaterialProvision> materials;
    QList<DataUse> dataUse;
};

// One department's part of a case as the tracking page shows it.
struct DepartmentProgress
{
    QString department;
    QString status; // open, approved, refused
    QDateTime decidedAt;
};

// One step in a case's life: a decision, a correction notice, a rating.
struct CaseHistoryEntry
{
    QString eventId;
    QString caseId;
    QString type; // the hall protocol's event type: accepted, department_refused, …
    QDateTime at;
    QString actor; // "kiosk:GZ-TH-KIOSK-0007", "staff:rsj01", …
    QString department; // for routing and department decisions
    QString note; // the reason given, opened from its sealed form
    std::optional<CaseStatus> statusAfter; // the status it led to, if it changed the status
};

struct TrackedCase
{
    FiledCase filed;
    QDateTime updatedAt;
    bool reachedHall = true; // false while its filing waits in this terminal's outbox
    QList<DepartmentProgress> departments;
    QList<CaseHistoryEntry> history; // after filing, oldest first
};

// One case as the back office works on it, personal data opened (CaseStore::dossier): only for
// staff whose role lets them see the applicant (StaffRoles, Permission::ViewApplicant).
struct CaseDossier
{
    FiledCase filed;
    QString groupId;
    QString receiptNumber;
    QString filingTerminal;
    QDateTime submittedAt;
    QString catalogVersion;
    int lastSeq = 0; // the version a decision is taken on
    int extensionDays = 0;
    QString outcomeReason;
    IdentifiedPerson applicant;
    std::optional<IdentifiedPerson> principal;
    QJsonObject answers; // the merged form: key → answer
    QList<MaterialProvision> materials; // of this case's item
    QList<DepartmentProgress> departments;
    QList<CaseHistoryEntry> history;
};

// What someone holding only the receipt number may see: no names, no ID numbers.
struct TrackedApplication
{
    QString receiptNumber;
    QDateTime submittedAt;
    QString subjectMasked;
    QList<TrackedCase> cases;
};

} // namespace onewindow
