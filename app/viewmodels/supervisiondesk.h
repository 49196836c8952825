// The supervisor's dashboard (效能监督): the figures of SupervisionReport for a chosen period as
// the charts and lists show them, the CSV export, and the follow-ups of poor ratings.
#pragma once

#include "supervisionreport.h"

#include <functional>
#include <QDateTime>
#include <QObject>
#include <QtQmlIntegration>
#include <QVariantList>

class StaffDesk;
namespace onewindow {
class AuditLog;
class CatalogStore;
} // namespace onewindow

class SupervisionDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString from READ from NOTIFY figuresChanged)
    Q_PROPERTY(QString to READ to NOTIFY figuresChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY figuresChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY figuresChanged)
    Q_PROPERTY(QString onTimeRate READ onTimeRate NOTIFY figuresChanged)
    Q_PROPERTY(QString averageDays READ averageDays NOTIFY figuresChanged)
    Q_PROPERTY(int completed READ completed NOTIFY figuresChanged)
    Q_PROPERTY(int openCases READ openCases NOTIFY figuresChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY figuresChanged)
    Q_PROPERTY(QVariantList backlog READ backlog NOTIFY figuresChanged)
    Q_PROPERTY(QVariantList backlogByItem READ backlogByItem NOTIFY figuresChanged)
    Q_PROPERTY(
        QVariantList completionByDepartment READ completionByDepartment NOTIFY figuresChanged)
    Q_PROPERTY(QVariantList overdue READ overdue NOTIFY figuresChanged)
    Q_PROPERTY(QVariantList perDay READ perDay NOTIFY figuresChanged)
    Q_PROPERTY(int maxPerDay READ maxPerDay NOTIFY figuresChanged)
    Q_PROPERTY(QVariantList ratings READ ratings NOTIFY figuresChanged)
    Q_PROPERTY(QString ratingNote READ ratingNote NOTIFY figuresChanged)
    Q_PROPERTY(QVariantList followUps READ followUps NOTIFY figuresChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
public:
    using Clock = std::function<QDateTime()>;

    SupervisionDesk(onewindow::Database &database, const onewindow::CatalogStore &catalog,
        StaffDesk &staff, QString exportFolder, Clock clock = {}, QObject *parent = nullptr);
    // With an audit log, every CSV export is recorded (report.export): the figures leave the
    // terminal.
    void setAudit(onewindow::AuditLog *audit) { m_audit = audit; }

    QString from() const { return m_period.from.toString(Qt::ISODate); }
    QString to() const { return m_period.to.toString(Qt::ISODate); }
    bool ready() const { return m_figures.has_value(); }
    QString problem() const { return m_problem; }
    QString onTimeRate() const;
    QString averageDays() const;
    int completed() const { return m_figures ? m_figures->completion.completed : 0; }
    int openCases() const;
    int overdueCount() const { return m_figures ? int(m_figures->overdue.size()) : 0; }
    QVariantList backlog() const;
    QVariantList backlogByItem() const;
    QVariantList completionByDepartment() const;
    QVariantList overdue() const;
    QVariantList perDay() const;
    int maxPerDay() const;
    QVariantList ratings() const;
    QString ratingNote() const;
    QVariantList followUps() const { return m_followUps; }
    QString message() const { return m_message; }

    // The period: from and to as yyyy-MM-dd, both included; false (with a message) when invalid.
    Q_INVOKABLE bool setPeriod(const QString &from, const QString &to);
    // The last 30 days up to today (the default).
    Q_INVOKABLE void lastDays(int days);
    Q_INVOKABLE void refresh();
    // Writes the CSV into the export folder; its path, or empty (with a message) on failure.
    Q_INVOKABLE QString exportCsv();
    Q_INVOKABLE bool closeFollowUp(const QString &groupId, const QString &resolution);

signals:
    void figuresChanged();
    void messageChanged();

private:
    onewindow::WorkingDayCalendar calendar() const;
    QString departmentName(const QString &code) const;
    void setMessage(const QString &message);

    onewindow::Database &m_database;
    const onewindow::CatalogStore &m_catalog;
    StaffDesk &m_staff;
    onewindow::AuditLog *m_audit = nullptr;
    QString m_exportFolder;
    Clock m_clock;
    onewindow::SupervisionPeriod m_period;
    std::optional<onewindow::SupervisionFigures> m_figures;
    QHash<QString, QString> m_departmentNames;
    QVariantList m_followUps;
    QString m_problem;
    QString m_message;
};
