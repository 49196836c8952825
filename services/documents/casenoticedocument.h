// The written notices the law asks the back office to hand the applicant: the correction notice
// (补正告知书, everything missing listed at once) and the decision notice (受理/不予受理, 准予/不予
// 许可), each with the receipt's QR code so any kiosk's tracking page opens the case.
#pragma once

#include "casemodel.h"
#include "printabledocument.h"

#include <QCoreApplication>
#include <QHash>

namespace onewindow {

struct NoticeContext
{
    QString townHall; // 天河区政务服务中心
    QHash<QString, QString> departmentNames; // code → name
    QString signedBy; // the staff member's user name, printed as who issued it
    // Where an approved result is collected (terminal.collectAt); empty: the service window of
    // townHall.
    QString collectAt = {};
};

class CaseNoticeDocument
{
    Q_DECLARE_TR_FUNCTIONS(CaseNoticeDocument)
public:
    // missing: every material still needed (一次性告知); reason: what the clerk added.
    static PrintableDocument correctionNotice(const CaseDossier &dossier,
        const QStringList &missing, const QString &reason, const NoticeContext &context,
        QDate issuedOn);
    // What the last correction notice of the case asked for, as its history keeps it: for a
    // notice printed again later, or asked for by a reviewer at another desk.
    static QStringList requestedMissing(const CaseDossier &dossier);
    // The decision the case's status records: rejected at intake, approved or refused, in plain
    // words with what comes next: what the applicant receives and where to collect it, or each
    // department's reasons, how to apply again and how to challenge the decision (行政复议 within
    // sixty days, 行政诉讼 within six months). A case still open has no decision notice (an
    // empty document).
    static PrintableDocument decisionNotice(
        const CaseDossier &dossier, const NoticeContext &context, QDate issuedOn);

private:
    static void addCaseHeader(PrintableDocument &doc, const CaseDossier &dossier,
        const NoticeContext &context, QDate issuedOn);
    static void addTrackingCode(PrintableDocument &doc, const CaseDossier &dossier);
    static void addApproval(
        PrintableDocument &doc, const CaseDossier &dossier, const NoticeContext &context);
    static void addRefusal(
        PrintableDocument &doc, const CaseDossier &dossier, const NoticeContext &context);
};

} // namespace onewindow
