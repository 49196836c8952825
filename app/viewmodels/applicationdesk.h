// The kiosk application flow (一门式): chosen items and bundle offers, the one form, materials
// and consent, submission, receipt and rating. Everything is forgotten when the citizen leaves.
#pragma once

#include "applicationform.h"
#include "casemodel.h"
#include "documentprinter.h"
#include "result.h"

#include <functional>
#include <memory>
#include <QObject>
#include <QtQmlIntegration>
#include <QVariantList>

class ServiceFinder;
namespace onewindow {
class ApplicationEvidence;
class CaseFiling;
class CaseStore;
class CatalogStore;
class CitizenSession;
} // namespace onewindow

class ApplicationDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantList chosen READ chosen NOTIFY chosenChanged)
    Q_PROPERTY(QVariantList offers READ offers NOTIFY chosenChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY chosenChanged)
    Q_PROPERTY(ApplicationForm *form READ form CONSTANT)
    Q_PROPERTY(QVariantList materials READ materials NOTIFY materialsChanged)
    Q_PROPERTY(int paperCount READ paperCount NOTIFY materialsChanged)
    Q_PROPERTY(QVariantList dataUses READ dataUses NOTIFY materialsChanged)
    Q_PROPERTY(bool consent READ consent WRITE setConsent NOTIFY consentChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(QString receiptNumber READ receiptNumber NOTIFY filedChanged)
    Q_PROPERTY(QVariantList filed READ filed NOTIFY filedChanged)
    Q_PROPERTY(bool rated READ rated NOTIFY ratedChanged)
    Q_PROPERTY(QString printMessage READ printMessage NOTIFY printMessageChanged)
    // PIPL: e-certificates are pulled only after the citizen agreed, knowing which and why.
    Q_PROPERTY(QVariantList certificatesOffered READ certificatesOffered NOTIFY chosenChanged)
    Q_PROPERTY(bool useCertificates READ useCertificates WRITE setUseCertificates NOTIFY
            useCertificatesChanged)
    Q_PROPERTY(bool preparing READ preparing NOTIFY preparingChanged)
    Q_PROPERTY(QString certificateNote READ certificateNote NOTIFY materialsChanged)
    // The hall cannot be reached: no e-certificates, and what is filed is sent later. The one
    // text that says so, wherever the application flow needs to (start, form).
    Q_PROPERTY(bool hallAway READ hallAway NOTIFY hallAwayChanged)
    Q_PROPERTY(QString offlineNote READ offlineNote NOTIFY hallAwayChanged)
public:
    // Fetches the citizen's e-certificates; done gets success, or why they could not be
    // (ecert.hall_needed: the hall cannot be reached).
    using CertificateFetch = std::function<void(std::function<void(onewindow::Status)> done)>;
    // Renders and prints (or saves) a receipt.
    using ReceiptOutput = std::function<onewindow::Result<onewindow::PrintOutcome>(
        const onewindow::FiledApplication &)>;

    ApplicationDesk(onewindow::CatalogStore &catalog, ServiceFinder &finder,
        onewindow::CitizenSession &session, onewindow::CaseStore &cases,
        onewindow::CaseFiling &filing, QObject *parent = nullptr);
    ~ApplicationDesk() override;

    // The e-certificate service when it is there; the ID card's chip otherwise.
    void setEvidence(const onewindow::ApplicationEvidence *evidence);
    void setReceiptOutput(ReceiptOutput output) { m_receiptOutput = std::move(output); }
    void setCertificateFetch(CertificateFetch fetch) { m_fetch = std::move(fetch); }
    QVariantList certificatesOffered() const;
    bool useCertificates() const { return m_useCertificatesAt.isValid(); }
    void setUseCertificates(bool use);
    bool preparing() const { return m_preparing; }
    QString certificateNote() const { return m_certificateNote; }
    bool hallAway() const { return m_hallAway; }
    void setHallAway(bool away);
    QString offlineNote() const { return m_hallAway ? offlineText() : QString(); }
    static QString offlineText();

    QVariantList chosen() const { return m_chosenView; }
    QVariantList offers() const { return m_offersView; }
    QString summary() const;
    ApplicationForm *form() { return &m_form; }
    QVariantList materials() const;
    int paperCount() const;
    QVariantList dataUses() const;
    bool consent() const { return m_consent; }
    void setConsent(bool consent);
    QString problem() const { return m_problem; }
    QString receiptNumber() const { return m_filed ? m_filed->receiptNumber : QString(); }
    QVariantList filed() const;
    bool rated() const { return m_rated; }
    QString printMessage() const { return m_printMessage; }

    // Starts an application for one item (from the finder's item page).
    Q_INVOKABLE bool start(const QString &itemCode);
    Q_INVOKABLE bool addItem(const QString &itemCode);
    Q_INVOKABLE void removeItem(const QString &itemCode);
    // Builds the one form for the chosen items and works out the materials, after fetching the
    // e-certificates when the citizen agreed; prepared() follows (at once without a fetch).
    Q_INVOKABLE bool prepare();
    Q_INVOKABLE bool submit();
    Q_INVOKABLE bool rate(int score, const QStringList &reasons);
    // Prints the receipt of the application just filed (again, when asked again).
    Q_INVOKABLE bool printReceipt();
    // Forgets everything of this application (also when the session ends).
    Q_INVOKABLE void reset();
    // The reader's language for the catalog's texts on the chosen items, the form and the
    // materials (the finder is told first: the chosen items are read through it).
    void setLanguage(const QString &language);

    const std::optional<onewindow::FiledApplication> &lastFiled() const { return m_filed; }

signals:
    void chosenChanged();
    void materialsChanged();
    void consentChanged();
    void problemChanged();
    void filedChanged();
    void ratedChanged();
    void printMessageChanged();
    void useCertificatesChanged();
    void preparingChanged();
    void hallAwayChanged();
    void prepared();

private:
    void refreshChosen();
    QHash<QString, QString> certificateNames() const; // by type code, in the reader's words
    void finishPrepare(const onewindow::Status &fetched);
    void setProblem(const QString &problem);
    onewindow::CaseApplication application() const;

    onewindow::CatalogStore &m_catalog;
    ServiceFinder &m_finder;
    onewindow::CitizenSession &m_session;
    onewindow::CaseStore &m_cases;
    onewindow::CaseFiling &m_filing;
    std::unique_ptr<onewindow::ApplicationEvidence> m_sessionEvidence;
    const onewindow::ApplicationEvidence *m_evidence = nullptr;
    QList<onewindow::CatalogItem> m_items;
    QString m_catalogVersion;
    QVariantList m_chosenView;
    QVariantList m_offersView;
    ApplicationForm m_form;
    onewindow::CatalogWording m_wording;
    QList<onewindow::MaterialProvision> m_materials;
    QStringList m_materialNotes; // per material: why an offered certificate cannot be used
    bool m_consent = false;
    QString m_problem;
    std::optional<onewindow::FiledApplication> m_filed;
    bool m_rated = false;
    ReceiptOutput m_receiptOutput;
    CertificateFetch m_fetch;
    QDateTime m_useCertificatesAt;
    bool m_preparing = false;
    bool m_hallAway = false;
    QString m_certificateNote;
    QString m_printMessage;
};
