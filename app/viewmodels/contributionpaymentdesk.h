// The kiosk's resident contribution payment page (城乡居民养老/医保缴费) as QML sees it.
#pragma once

#include "payee.h"

#include <memory>
#include <QObject>
#include <QtQmlIntegration>
#include <QVariantList>

namespace onewindow {
class CitizenSession;
class ContributionPayment;
class DocumentPrinter;
class HallClient;
class SocialSecurityFetcher;
} // namespace onewindow

class ContributionPaymentDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantList dues READ dues NOTIFY duesChanged)
    Q_PROPERTY(Stage stage READ stage NOTIFY changed)
    Q_PROPERTY(QString amount READ amount NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString qrContent READ qrContent NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool canPrintReceipt READ canPrintReceipt NOTIFY changed)
    Q_PROPERTY(QString receiptMessage READ receiptMessage NOTIFY changed)
    Q_PROPERTY(QVariantList payees READ payees NOTIFY duesChanged)
    Q_PROPERTY(int payeeIndex READ payeeIndex NOTIFY duesChanged)
    Q_PROPERTY(QString payeeLabel READ payeeLabel NOTIFY duesChanged)
    Q_PROPERTY(bool lookingUp READ lookingUp NOTIFY duesChanged)
    Q_PROPERTY(QString payeeMessage READ payeeMessage NOTIFY duesChanged)
public:
    // What the page shows; "Paid" only after the hall confirmed the payment.
    enum class Stage { Choosing, Sending, ShowQr, Paid, Failed, Expired, Unconfirmed };
    Q_ENUM(Stage)

    ContributionPaymentDesk(onewindow::HallClient *hall, onewindow::CitizenSession &session,
        const onewindow::SocialSecurityFetcher &records, QObject *parent = nullptr);
    ~ContributionPaymentDesk() override;

    QVariantList dues() const;
    Stage stage() const;
    QString amount() const;
    QString summary() const;
    QString qrContent() const;
    QString message() const;
    bool busy() const;
    // Only a payment the hall confirmed has a receipt.
    bool canPrintReceipt() const;
    QString receiptMessage() const { return m_receiptMessage; }

    // Whose contributions: [{label, relation, masked}] for oneself, then the household.
    QVariantList payees() const;
    // The chosen entry of payees, or -1 for another person found by ID number.
    int payeeIndex() const { return m_payeeIndex; }
    QString payeeLabel() const;
    bool lookingUp() const { return m_lookingUp; }
    QString payeeMessage() const { return m_payeeMessage; }

    // Picks an entry of payees (a household member's dues are asked of the hall).
    Q_INVOKABLE void choosePayee(int index);
    // Another person: their ID number, checked here (GB 11643), then their dues from the hall.
    Q_INVOKABLE bool lookUpPerson(const QString &idNumber);
    // Prints the receipt of the confirmed payment on the terminal's printer (or saves a PDF).
    Q_INVOKABLE void printReceipt();
    void setReceiptPrinter(onewindow::DocumentPrinter *printer, const QString &terminalId)
    {
        m_printer = printer;
        m_terminalId = terminalId;
    }
    // Where the last receipt went (a PDF path or a printer's name), for tests.
    QString lastReceiptOutput() const { return m_lastReceiptOutput; }

    // Chooses what to pay ("resident_pension", ["2025", "2026"]); false with a message when
    // the choice is not payable.
    Q_INVOKABLE bool choose(const QString &insuranceCode, const QStringList &periods);
    // The big Pay button: a second tap does nothing more.
    Q_INVOKABLE void pay();
    // Back to the choice (after a final state, or to leave a QR code unpaid).
    Q_INVOKABLE void startOver();

    onewindow::ContributionPayment &payment() { return *m_payment; }

signals:
    void changed();
    void duesChanged();
    void paid();

private:
    void resetPayee();
    void lookUp(const onewindow::Payee &who, int index);
    QList<onewindow::Payee> choices() const;

    onewindow::CitizenSession &m_session;
    const onewindow::SocialSecurityFetcher &m_records;
    std::unique_ptr<onewindow::ContributionPayment> m_payment;
    std::unique_ptr<onewindow::PayeeLookup> m_lookup;
    QString m_message;
    std::optional<onewindow::Payee> m_payee; // empty: oneself, with the record's dues
    int m_payeeIndex = 0;
    bool m_lookingUp = false;
    int m_lookupSerial = 0;
    QString m_payeeMessage;
    onewindow::DocumentPrinter *m_printer = nullptr;
    QString m_terminalId;
    QString m_receiptMessage;
    QString m_lastReceiptOutput;
};
