// One case open in the back office: the applicant's data (for staff whose role may see it), the
// materials and how each was provided, the history, the legal clock, the actions the role may
// take (with the reasons the law asks for) and the printed notices.
#pragma once

#include "casemodel.h"
#include "caseworkflow.h"

#include <functional>
#include <optional>
#include <QDateTime>
#include <QObject>
#include <QtQmlIntegration>
#include <QVariantList>
#include <QVariantMap>

class StaffDesk;
namespace onewindow {
class CaseDecisions;
class CaseStore;
class CatalogStore;
class DocumentPrinter;
class PrintableDocument;
class WorkingDayCalendar;
} // namespace onewindow

class CaseDossierDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool opened READ opened NOTIFY caseChanged)
    Q_PROPERTY(QVariantMap summary READ summary NOTIFY caseChanged)
    Q_PROPERTY(QVariantList applicant READ applicant NOTIFY caseChanged)
    Q_PROPERTY(QVariantList answers READ answers NOTIFY caseChanged)
    Q_PROPERTY(QVariantList materials READ materials NOTIFY caseChanged)
    Q_PROPERTY(QVariantList paperChoices READ paperChoices NOTIFY caseChanged)
    Q_PROPERTY(QVariantList departments READ departments NOTIFY caseChanged)
    Q_PROPERTY(QVariantList history READ history NOTIFY caseChanged)
    Q_PROPERTY(QVariantList actions READ actions NOTIFY caseChanged)
    Q_PROPERTY(QVariantList routeChoices READ routeChoices NOTIFY caseChanged)
    Q_PROPERTY(QStringList missingChoices READ missingChoices NOTIFY caseChanged)
    Q_PROPERTY(bool canPrintCorrectionNotice READ canPrintCorrectionNotice NOTIFY caseChanged)
    Q_PROPERTY(bool canPrintDecisionNotice READ canPrintDecisionNotice NOTIFY caseChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
public:
    using Clock = std::function<QDateTime()>;

    CaseDossierDesk(onewindow::CaseStore &cases, onewindow::CaseDecisions &decisions,
        const onewindow::CatalogStore &catalog, StaffDesk &staff, Clock clock = {},
        QObject *parent = nullptr);
    ~CaseDossierDesk() override;

    // Notices go to this printer (or are saved as PDF by it); without one they are not offered.
    void setNoticePrinter(onewindow::DocumentPrinter *printer, QString townHall);

    bool opened() const { return m_dossier.has_value(); }
    QVariantMap summary() const;
    QVariantList applicant() const;
    QVariantList answers() const;
    // [{name, code, required, way, state (certificate, checked, missing, optional), detail}]
    QVariantList materials() const;
    // The paper materials the window may mark as received and checked: [{code, name, checked}]
    QVariantList paperChoices() const;
    QVariantList departments() const;
    QVariantList history() const;
    // [{code, label, blockedReason, checksMaterials, needsReason, needsMissing,
    //   needsDepartments, needsDays, grave}]
    QVariantList actions() const;
    QVariantList routeChoices() const; // departments to route to: [{code, name, checked}]
    QStringList missingChoices() const; // the item's materials still on paper
    bool canPrintCorrectionNotice() const;
    bool canPrintDecisionNotice() const;
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }

    // false (with a message) when the case is unknown or the role may not see it.
    Q_INVOKABLE bool open(const QString &caseId);
    Q_INVOKABLE void close();
    // Takes an action on the case as it was shown; true when it is stored. checkedMaterials:
    // the codes of the paper the window received and checked with this action.
    Q_INVOKABLE bool act(const QString &actionCode, const QString &reason,
        const QStringList &missing = {}, const QStringList &departments = {}, int days = 0,
        const QStringList &checkedMaterials = {});
    Q_INVOKABLE bool printCorrectionNotice();
    Q_INVOKABLE bool printDecisionNotice();

signals:
    void caseChanged();
    void messageChanged();
    // A decision was stored: inboxes read again.
    void decided();

private:
    onewindow::WorkingDayCalendar calendar() const;
    bool reload();
    void setMessage(const QString &message, bool error);
    bool print(const onewindow::PrintableDocument &document);
    QString departmentName(const QString &code) const;
    std::optional<onewindow::CaseActor> actor() const;

    onewindow::CaseStore &m_cases;
    onewindow::CaseDecisions &m_decisions;
    const onewindow::CatalogStore &m_catalog;
    StaffDesk &m_staff;
    Clock m_clock;
    onewindow::DocumentPrinter *m_printer = nullptr;
    QString m_townHall;
    QHash<QString, QString> m_departmentNames;
    std::optional<onewindow::CaseDossier> m_dossier;
    onewindow::CaseSituation m_situation;
    QList<onewindow::CaseAction> m_actions;
    QString m_clockText;
    QString m_datesText; // the committed and the legal due date, each named
    QString m_urgency;
    QString m_correctionCase; // the correction asked for here, for its notice
    QStringList m_correctionMissing;
    QString m_correctionReason;
    QString m_message;
    bool m_messageIsError = false;
};
