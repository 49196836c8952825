// The head of an open case as the back office shows it: what, whose department, its status, the
// clock (CaseDeadlineView) and the paper still missing. A value: read whole on every change.
#pragma once

#include <QObject>
#include <QString>
#include <QtQmlIntegration>

struct CaseSummary
{
    Q_GADGET
    QML_VALUE_TYPE(caseSummary)
    Q_PROPERTY(QString caseId MEMBER caseId)
    Q_PROPERTY(QString receiptNumber MEMBER receiptNumber)
    Q_PROPERTY(QString itemName MEMBER itemName)
    Q_PROPERTY(QString departmentName MEMBER departmentName)
    Q_PROPERTY(QString statusCode MEMBER statusCode)
    Q_PROPERTY(QString statusText MEMBER statusText)
    Q_PROPERTY(QString submitted MEMBER submitted)
    Q_PROPERTY(QString clockText MEMBER clockText)
    Q_PROPERTY(QString urgency MEMBER urgency)
    Q_PROPERTY(QString datesText MEMBER datesText)
    Q_PROPERTY(QString paperMissing MEMBER paperMissing)
    Q_PROPERTY(bool deemedAccepted MEMBER deemedAccepted)
    Q_PROPERTY(QString outcomeReason MEMBER outcomeReason)
public:
    QString caseId;
    QString receiptNumber;
    QString itemName;
    QString departmentName;
    QString statusCode;
    QString statusText;
    QString submitted; // the town hall's date and time (DisplayTime)
    QString clockText;
    QString urgency = QStringLiteral("unknown"); // overdue, amber, normal, unknown
    QString datesText;
    QString paperMissing; // the required paper not checked yet, in words; empty when none
    bool deemedAccepted = false;
    QString outcomeReason;

    friend bool operator==(const CaseSummary &, const CaseSummary &) = default;
};
