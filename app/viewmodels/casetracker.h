// The kiosk's case tracking page: a receipt number (typed, or the QR reader's text) in, each
// item's and department's progress out, with nothing personal beyond the masked name.
#pragma once

#include "casemodel.h"
#include "documentprinter.h"

#include <functional>
#include <QObject>
#include <QtQmlIntegration>
#include <QVariantList>

class ServiceFinder;
namespace onewindow {
class CaseStore;
class CitizenSession;
class KioskVisit;
class QrScanner;
} // namespace onewindow

class CaseTracker : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool found READ found NOTIFY resultChanged)
    Q_PROPERTY(QString receiptNumber READ receiptNumber NOTIFY resultChanged)
    Q_PROPERTY(QString subject READ subject NOTIFY resultChanged)
    Q_PROPERTY(QString submitted READ submitted NOTIFY resultChanged)
    Q_PROPERTY(QVariantList cases READ cases NOTIFY resultChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY resultChanged)
    Q_PROPERTY(bool canReprint READ canReprint NOTIFY resultChanged)
    // Only the progress is shown: the details are the subject's (TrackingDisclosure).
    Q_PROPERTY(bool detailsHidden READ detailsHidden NOTIFY resultChanged)
    Q_PROPERTY(QString printMessage READ printMessage NOTIFY resultChanged)
public:
    using ReceiptOutput = std::function<onewindow::Result<onewindow::PrintOutcome>(
        const onewindow::FiledApplication &)>;

    // session: who is at the terminal, for what of an application may be shown to them. A case
    // shown holds the visit open (its idle countdown runs) and goes when the visit ends.
    CaseTracker(onewindow::CaseStore &store, ServiceFinder &finder,
        const onewindow::CitizenSession &session, onewindow::KioskVisit &visit,
        QObject *parent = nullptr);

    bool found() const { return !m_receiptNumber.isEmpty(); }
    QString receiptNumber() const { return m_receiptNumber; }
    QString subject() const { return m_subject; }
    QString submitted() const { return m_submitted; }
    QVariantList cases() const { return m_cases; }
    QString problem() const { return m_problem; }
    // The receipt can be printed again where the application was filed.
    bool canReprint() const { return m_canReprint; }
    bool detailsHidden() const { return m_detailsHidden; }
    QString printMessage() const { return m_printMessage; }
    void setReceiptOutput(ReceiptOutput output) { m_receiptOutput = std::move(output); }
    Q_INVOKABLE bool reprint();

    // A receipt number as typed, or the text of the receipt's QR code.
    Q_INVOKABLE bool lookup(const QString &text);
    Q_INVOKABLE void clear();
    // Receipt codes from the terminal's scanner arrive as receiptScanned().
    void setScanner(onewindow::QrScanner *scanner);

    // Reads the shown application again (news from the hall arrived); nothing when none shown.
    void refresh();

    // The receipt QR carries "OW1|<receipt number>|<check value>" (see ReceiptDocument).
    static QString receiptFromScan(const QString &text);

signals:
    void resultChanged();
    // A receipt's QR code was scanned: the kiosk opens tracking with this number. Codes that are
    // not our receipts are ignored.
    void receiptScanned(const QString &receiptNumber);

private:
    QString departmentName(const QString &code) const;
    QVariantList historyOf(const onewindow::TrackedCase &c) const;

    onewindow::CaseStore &m_store;
    ServiceFinder &m_finder;
    const onewindow::CitizenSession &m_session;
    QString m_receiptNumber;
    QString m_subject;
    QString m_submitted;
    QVariantList m_cases;
    QString m_problem;
    bool m_canReprint = false;
    bool m_detailsHidden = false;
    QString m_printMessage;
    ReceiptOutput m_receiptOutput;
};
