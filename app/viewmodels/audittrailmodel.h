// The administrator's audit page: the newest audit entries and whether the chain verifies.
#pragma once

#include "auditlog.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

class StaffDesk;

class AuditTrailModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int verifiedEntries READ verifiedEntries NOTIFY verifiedChanged)
    Q_PROPERTY(bool verified READ verified NOTIFY verifiedChanged)
    Q_PROPERTY(bool checked READ checked NOTIFY verifiedChanged)
    Q_PROPERTY(QString verification READ verification NOTIFY verifiedChanged)
public:
    enum Role {
        SeqRole = Qt::UserRole + 1,
        AtRole,
        ActorRole,
        ActionRole,
        ActionTextRole,
        SubjectRole,
        DetailRole, // in the reader's language
        RawDetailRole, // as signed in the log
    };
    Q_ENUM(Role)

    static constexpr int kShownEntries = 500;

    AuditTrailModel(const onewindow::AuditLog &audit, StaffDesk &staff, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int verifiedEntries() const { return int(m_verification.entries); }
    bool verified() const { return m_checked && m_verification.ok; }
    bool checked() const { return m_checked; }
    QString verification() const { return m_verificationText; }

    // Reads the newest entries and verifies the whole chain (the page shows both).
    Q_INVOKABLE void refresh();
    // A person's words for an action code ("staff.change" → "staff account changed").
    static QString actionText(const QString &action);

signals:
    void countChanged();
    void verifiedChanged();

private:
    const onewindow::AuditLog &m_audit;
    StaffDesk &m_staff;
    QList<onewindow::AuditEntry> m_rows;
    onewindow::AuditVerification m_verification;
    bool m_checked = false;
    QString m_verificationText;
};
