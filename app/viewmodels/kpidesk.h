// The administrator's KPI page for a chosen period: the figures of KpiReport (the same that
// `onewindowctl report kpi` prints), for the tiles, charts and CSV export.
#pragma once

#include "kpireport.h"
#include "removablemedia.h"

#include <functional>
#include <optional>
#include <QDateTime>
#include <QObject>
#include <QtQmlIntegration>
#include <QVariantList>

class StaffDesk;
namespace onewindow {
class AuditLog;
class CatalogStore;
class Database;
} // namespace onewindow

class KpiDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString from READ from NOTIFY figuresChanged)
    Q_PROPERTY(QString to READ to NOTIFY figuresChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY figuresChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY figuresChanged)
    Q_PROPERTY(int filed READ filed NOTIFY figuresChanged)
    Q_PROPERTY(int completed READ completed NOTIFY figuresChanged)
    Q_PROPERTY(QString fullyOnlineRate READ fullyOnlineRate NOTIFY figuresChanged)
    Q_PROPERTY(QString onlineRate READ onlineRate NOTIFY figuresChanged)
    Q_PROPERTY(QString completedOnlineRate READ completedOnlineRate NOTIFY figuresChanged)
    Q_PROPERTY(QString averageVisits READ averageVisits NOTIFY figuresChanged)
    Q_PROPERTY(QString onTimeRate READ onTimeRate NOTIFY figuresChanged)
    Q_PROPERTY(QString averageDays READ averageDays NOTIFY figuresChanged)
    Q_PROPERTY(QVariantList perItem READ perItem NOTIFY figuresChanged)
    Q_PROPERTY(QVariantList perDay READ perDay NOTIFY figuresChanged)
    Q_PROPERTY(int maxPerDay READ maxPerDay NOTIFY figuresChanged)
    Q_PROPERTY(QVariantList ratings READ ratings NOTIFY figuresChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY figuresChanged)
    Q_PROPERTY(QVariantList exportFolders READ exportFolders NOTIFY exportFoldersChanged)
public:
    using Clock = std::function<QDateTime()>;

    KpiDesk(onewindow::Database &database, const onewindow::CatalogStore &catalog, StaffDesk &staff,
        onewindow::AuditLog &audit, QString exportFolder, Clock clock = {},
        QObject *parent = nullptr);

    QString from() const { return m_period.from.toString(Qt::ISODate); }
    QString to() const { return m_period.to.toString(Qt::ISODate); }
    bool ready() const { return m_figures.has_value(); }
    QString problem() const { return m_problem; }
    int filed() const { return m_figures ? m_figures->filed : 0; }
    int completed() const { return m_figures ? m_figures->completed : 0; }
    QString fullyOnlineRate() const;
    QString onlineRate() const;
    QString completedOnlineRate() const;
    QString averageVisits() const;
    QString onTimeRate() const;
    QString averageDays() const;
    QVariantList perItem() const;
    QVariantList perDay() const;
    int maxPerDay() const;
    QVariantList ratings() const;
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    // What to know about the figures shown (the period runs past today).
    QString notice() const;
    // Where the CSV can go: the terminal's export folder first, then each USB stick
    // ({path, name}).
    QVariantList exportFolders() const;
    // Where removable media are mounted; tests point it at a folder.
    void setMediaRoots(const QStringList &roots);
    // The figures as computed (tests compare them with onewindowctl's).
    const std::optional<onewindow::KpiFigures> &figures() const { return m_figures; }

    Q_INVOKABLE bool setPeriod(const QString &from, const QString &to);
    Q_INVOKABLE void lastDays(int days);
    // From 1 January to today, by the desk's clock (not the QML engine's).
    Q_INVOKABLE void thisYear();
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void rescanMedia();
    // Saves the CSV in folder (the terminal's export folder when empty) and records the export
    // in the audit log; the path, or empty with the reason in message.
    Q_INVOKABLE QString exportCsv(const QString &folder = QString());

signals:
    void figuresChanged();
    void messageChanged();
    void exportFoldersChanged();

private:
    void setMessage(const QString &message, bool error = false);
    void clearFigures(const QString &problem);

    onewindow::Database &m_database;
    const onewindow::CatalogStore &m_catalog;
    StaffDesk &m_staff;
    onewindow::AuditLog &m_audit;
    QString m_exportFolder;
    QStringList m_mediaRoots;
    QList<onewindow::MediaFolder> m_media;
    Clock m_clock;
    onewindow::KpiPeriod m_period;
    std::optional<onewindow::KpiFigures> m_figures;
    QHash<QString, QString> m_departmentNames;
    QString m_problem;
    QString m_message;
    bool m_messageIsError = false;
};
