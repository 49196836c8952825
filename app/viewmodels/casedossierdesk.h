// One case open in the back office: the applicant's data (for staff whose role may see it), the
// materials and how each was provided, the history, the legal clock, the actions the role may
// take (with the reasons the law asks for) and the printed notices.
#pragma once

#include "caseactionlistmodel.h"
#include "casechoicelistmodel.h"
#include "casedepartmentlistmodel.h"
#include "casefieldlistmodel.h"
#include "casehistorylistmodel.h"
#include "casemateriallistmodel.h"
#include "casemodel.h"
#include "casesummary.h"
#include "caseworkflow.h"

#include <functional>
#include <optional>
#include <QDateTime>
#include <QObject>
#include <QtQmlIntegration>

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
    Q_PROPERTY(CaseSummary summary READ summary NOTIFY caseChanged)
    // The lists are the desk's own and live as long as it does; each is read again with the case.
    Q_PROPERTY(CaseFieldListModel *applicant READ applicant CONSTANT)
    Q_PROPERTY(CaseFieldListModel *answers READ answers CONSTANT)
    Q_PROPERTY(CaseMaterialListModel *materials READ materials CONSTANT)
    // The paper materials the window may mark as received and checked.
    Q_PROPERTY(CaseChoiceListModel *paperChoices READ paperChoices CONSTANT)
    Q_PROPERTY(CaseDepartmentListModel *departments READ departments CONSTANT)
    Q_PROPERTY(CaseHistoryListModel *history READ history CONSTANT)
    Q_PROPERTY(CaseActionListModel *actions READ actions CONSTANT)
    // The departments to route to, the case's own first and ticked.
    Q_PROPERTY(CaseChoiceListModel *routeChoices READ routeChoices CONSTANT)
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
    CaseSummary summary() const { return m_summary; }
    CaseFieldListModel *applicant() { return &m_applicant; }
    CaseFieldListModel *answers() { return &m_answers; }
    CaseMaterialListModel *materials() { return &m_materials; }
    CaseChoiceListModel *paperChoices() { return &m_paperChoices; }
    CaseDepartmentListModel *departments() { return &m_departments; }
    CaseHistoryListModel *history() { return &m_history; }
    CaseActionListModel *actions() { return &m_actions; }
    CaseChoiceListModel *routeChoices() { return &m_routeChoices; }
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
    // Each list read again from the case as it is now (m_dossier, m_situation).
    void fillLists();
    void clearLists();
    QList<CaseField> applicantRows() const;
    QList<CaseField> answerRows() const;
    QList<CaseMaterialRow> materialRows() const;
    QList<CaseChoice> routeRows() const;
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
    CaseSummary m_summary;
    CaseFieldListModel m_applicant { this };
    CaseFieldListModel m_answers { this };
    CaseMaterialListModel m_materials { this };
    CaseChoiceListModel m_paperChoices { this };
    CaseDepartmentListModel m_departments { this };
    CaseHistoryListModel m_history { this };
    CaseActionListModel m_actions { this };
    CaseChoiceListModel m_routeChoices { this };
    QString m_correctionCase; // the correction asked for here, for its notice
    QStringList m_correctionMissing;
    QString m_correctionReason;
    QString m_message;
    bool m_messageIsError = false;
};
