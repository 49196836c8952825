// The kiosk's resident contribution payment page (城乡居民养老/医保缴费) as QML sees it.
#pragma once

#include <memory>
#include <QObject>
#include <QtQmlIntegration>
#include <QVariantList>

namespace onewindow {
class CitizenSession;
class ContributionPayment;
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
    const onewindow::SocialSecurityFetcher &m_records;
    std::unique_ptr<onewindow::ContributionPayment> m_payment;
    QString m_message;
};
