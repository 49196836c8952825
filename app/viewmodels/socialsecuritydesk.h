// The kiosk's social security pages as QML sees them: the record of the citizen at the
// terminal, its figures ready to show, the pension certification; all wiped when they leave.
#pragma once

#include "contributionhistory.h"
#include "pensionstanding.h"
#include "result.h"
#include "socialsecuritystatement.h"

#include <functional>
#include <memory>
#include <QObject>
#include <QtQmlIntegration>
#include <QVariantList>
#include <QVariantMap>

namespace onewindow {
class Camera;
class CitizenSession;
class HallClient;
class PensionCertifier;
class SocialSecurityFetcher;
} // namespace onewindow

class SocialSecurityDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(bool needsHall READ needsHall NOTIFY changed)
    Q_PROPERTY(QString holderName READ holderName NOTIFY changed)
    Q_PROPERTY(QString holderId READ holderId NOTIFY changed)
    Q_PROPERTY(QVariantList enrollments READ enrollments NOTIFY changed)
    Q_PROPERTY(QVariantList accounts READ accounts NOTIFY changed)
    Q_PROPERTY(QVariantList transfers READ transfers NOTIFY changed)
    Q_PROPERTY(QString cumulativePersonal READ cumulativePersonal NOTIFY changed)
    Q_PROPERTY(QVariantList chartInsurances READ chartInsurances NOTIFY changed)
    Q_PROPERTY(
        QString chartInsurance READ chartInsurance WRITE setChartInsurance NOTIFY chartChanged)
    Q_PROPERTY(QVariantMap chart READ chart NOTIFY chartChanged)
    Q_PROPERTY(QVariantList yearRows READ yearRows NOTIFY chartChanged)
    Q_PROPERTY(QVariantMap pension READ pension NOTIFY changed)
    Q_PROPERTY(bool certifying READ certifying NOTIFY certificationChanged)
    Q_PROPERTY(QString certificationMessage READ certificationMessage NOTIFY certificationChanged)
    Q_PROPERTY(bool certified READ certified NOTIFY certificationChanged)
    Q_PROPERTY(QString statementPeriod READ statementPeriod WRITE setStatementPeriod NOTIFY
            statementChanged)
    Q_PROPERTY(QVariantMap statement READ statement NOTIFY statementChanged)
    Q_PROPERTY(QString statementMessage READ statementMessage NOTIFY statementChanged)
public:
    // Writes (and prints) the statement PDF; the composition root plugs in services/documents.
    using StatementWriter
        = std::function<onewindow::Result<QString>(const onewindow::SocialSecurityStatement &)>;

    enum class State { Idle, Loading, Ready, Problem };
    Q_ENUM(State)

    // today (a test's fixed date, or invalid for the real one) decides complete months.
    SocialSecurityDesk(onewindow::HallClient *hall, onewindow::CitizenSession &session,
        onewindow::Camera &camera, QObject *parent = nullptr);
    ~SocialSecurityDesk() override;

    State state() const { return m_state; }
    QString problem() const { return m_problem.message; }
    bool needsHall() const;
    QString holderName() const;
    QString holderId() const;
    QVariantList enrollments() const;
    QVariantList accounts() const;
    QVariantList transfers() const;
    QString cumulativePersonal() const;
    QVariantList chartInsurances() const;
    QString chartInsurance() const { return m_chartInsurance; }
    void setChartInsurance(const QString &code);
    QVariantMap chart() const { return m_chart; }
    QVariantList yearRows() const { return m_yearRows; }
    QVariantMap pension() const;
    bool certifying() const { return m_certifying; }
    QString certificationMessage() const { return m_certificationMessage; }
    bool certified() const { return m_certified; }

    QString statementPeriod() const { return m_statementPeriod; }
    void setStatementPeriod(const QString &period);
    // What the statement will say, masked for the screen.
    QVariantMap statement() const;
    QString statementMessage() const { return m_statementMessage; }
    // Builds the statement of the chosen period and hands it to the writer.
    Q_INVOKABLE void printStatement();
    void setStatementWriter(StatementWriter writer) { m_statementWriter = std::move(writer); }
    void setTerminalId(const QString &id) { m_terminalId = id; }
    // Where the writer put the last statement (a PDF path or a printer's name).
    QString lastStatementOutput() const { return m_lastStatementOutput; }
    // The statement last printed in this session (for tests), if any.
    const std::optional<onewindow::SocialSecurityStatement> &lastStatement() const
    {
        return m_lastStatement;
    }

    // Asks the hall again: nothing of an earlier answer is shown meanwhile.
    Q_INVOKABLE void refresh();
    // A payment the hall confirmed changed what is paid and due: the record is read again (if
    // one was asked for) so that the overview and the dues no longer offer the paid periods.
    void paymentCompleted();
    Q_INVOKABLE void certifyPension();
    // Clears the pages: the citizen left.
    Q_INVOKABLE void clear();

    void setToday(QDate today) { m_today = today; }
    const onewindow::SocialSecurityFetcher &fetcher() const { return *m_fetcher; }
    // The figures the pages show, for the statement and tests.
    const onewindow::ContributionHistory &history() const { return m_history; }

signals:
    void changed();
    void chartChanged();
    void certificationChanged();
    void statementChanged();

private:
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void rebuildChart();
    onewindow::SocialSecurityStatement buildStatement() const;

    onewindow::CitizenSession &m_session;
    std::unique_ptr<onewindow::SocialSecurityFetcher> m_fetcher;
    std::unique_ptr<onewindow::PensionCertifier> m_certifier;
    State m_state = State::Idle;
    onewindow::Error m_problem;
    onewindow::ContributionHistory m_history;
    QString m_chartInsurance;
    QVariantMap m_chart;
    QVariantList m_yearRows;
    bool m_certifying = false;
    bool m_certified = false;
    QString m_certificationMessage;
    QDate m_today;
    QString m_statementPeriod = QStringLiteral("all");
    QString m_statementMessage;
    QString m_terminalId;
    StatementWriter m_statementWriter;
    std::optional<onewindow::SocialSecurityStatement> m_lastStatement;
    QString m_lastStatementOutput;
    int m_generation = 0; // answers to an earlier request are dropped
};
