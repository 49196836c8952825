// The kiosk's e-certificate wallet: the identified citizen's certificates grouped by type, each
// with its verification outcome in words, a detail view, and printing a verified copy.
#pragma once

#include "certificateverification.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QtQmlIntegration>
#include <QVariantList>
#include <QVariantMap>

namespace onewindow {
class CertificateWallet;
class CitizenSession;
class DocumentPrinter;
class SessionCertificates;
} // namespace onewindow

class CertificateWalletModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    // A sentence for the citizen when the lookup failed (e.g. it needs the hall); else empty.
    Q_PROPERTY(QString problem READ problem NOTIFY stateChanged)
    Q_PROPERTY(bool needsHall READ needsHall NOTIFY stateChanged)
    // How old the trust list used for verification is, in words.
    Q_PROPERTY(QString trustAge READ trustAge NOTIFY stateChanged)
    // The identified citizen, masked (张**).
    Q_PROPERTY(QString holder READ holder NOTIFY stateChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY stateChanged)
    Q_PROPERTY(QString printMessage READ printMessage NOTIFY printMessageChanged)
    // The wallet page is on the screen: the certificates load as soon as they may be shown
    // (a card put on the reader, the face check passed), not only when the page opens.
    Q_PROPERTY(bool shown READ shown WRITE setShown NOTIFY shownChanged)
public:
    enum Role {
        TypeNameRole = Qt::UserRole + 1,
        CertNumberRole,
        IssuerRole,
        OutcomeRole, // genuine, expired, revoked, not_genuine, holder_mismatch
        OutcomeTextRole,
        ReasonRole,
        ValidityRole,
        FirstOfTypeRole, // the first row of its type: the group's heading goes above it
    };
    Q_ENUM(Role)

    CertificateWalletModel(onewindow::CertificateWallet &wallet,
        onewindow::SessionCertificates &certificates, onewindow::CitizenSession &session,
        onewindow::DocumentPrinter &printer, QString terminalId, QObject *parent = nullptr);
    ~CertificateWalletModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool loading() const { return m_loading; }
    QString problem() const { return m_problem; }
    bool needsHall() const { return m_needsHall; }
    QString trustAge() const;
    QString holder() const;
    QString printMessage() const { return m_printMessage; }
    bool shown() const { return m_shown; }
    void setShown(bool shown);

    // Looks the citizen's certificates up at the hall and verifies them here.
    Q_INVOKABLE void refresh();
    // Everything the detail page shows: {typeName, outcome, outcomeText, reason, verifiedAt,
    // canPrint, rows: [{label, value}]}.
    Q_INVOKABLE QVariantMap detail(int row) const;
    // Prints a verified copy; printMessage says what happened.
    Q_INVOKABLE bool printCopy(int row);

    // "5 minutes ago" etc.; for tests with a fixed clock.
    static QString ageText(const QDateTime &then, const QDateTime &now);

signals:
    void stateChanged();
    void printMessageChanged();
    void shownChanged();

private:
    void rebuild();
    // Looks up when the page is shown, nothing is loaded yet and the records are open.
    void loadIfShown();
    void setPrintMessage(const QString &message);

    onewindow::CertificateWallet &m_wallet;
    onewindow::SessionCertificates &m_certificates;
    onewindow::CitizenSession &m_session;
    onewindow::DocumentPrinter &m_printer;
    QString m_terminalId;
    QList<onewindow::CertificateVerification> m_rows;
    bool m_loading = false;
    bool m_shown = false;
    bool m_needsHall = false;
    QString m_problem;
    QString m_printMessage;
    int m_generation = 0; // a lookup answered after the session changed is dropped
};
