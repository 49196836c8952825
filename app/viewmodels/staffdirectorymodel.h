// The administrator's staff page: every account with its real name, role, department, state and
// last sign-in, and the changes an administrator makes (each audited by StaffAccounts).
#pragma once

#include "staffaccounts.h"

#include <functional>
#include <optional>
#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QtQmlIntegration>
#include <QVariantList>

class StaffDesk;
namespace onewindow {
class AuditLog;
class CatalogStore;
} // namespace onewindow

class StaffDirectoryModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QVariantList roleChoices READ roleChoices CONSTANT)
    Q_PROPERTY(QVariantList departmentChoices READ departmentChoices NOTIFY countChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    // The add-account form's own answer, shown by the form (not under the selected account).
    Q_PROPERTY(QString formMessage READ formMessage NOTIFY formMessageChanged)
    Q_PROPERTY(bool formMessageIsError READ formMessageIsError NOTIFY formMessageChanged)
public:
    enum Role {
        UserNameRole = Qt::UserRole + 1,
        RoleCodeRole,
        RoleNameRole,
        DepartmentRole, // code
        DepartmentNameRole,
        LockedRole, // locked by an administrator
        LockedOutRole, // locked for a while after wrong passwords
        StateTextRole,
        LastSignInRole, // local date and time, or "never"
        CreatedRole,
        IsSelfRole, // the administrator signed in
        RealNameRole, // 姓名, empty when none was recorded
        DeactivatedRole, // kept for the audit trail, cannot sign in
    };
    Q_ENUM(Role)

    using Clock = std::function<QDateTime()>;

    StaffDirectoryModel(onewindow::StaffAccounts &accounts, const onewindow::AuditLog &audit,
        const onewindow::CatalogStore &catalog, StaffDesk &staff, Clock clock = {},
        QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QVariantList roleChoices() const; // {code, name}
    QVariantList departmentChoices() const { return m_departmentChoices; } // {code, name}
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    QString formMessage() const { return m_formMessage; }
    bool formMessageIsError() const { return m_formMessageIsError; }

    Q_INVOKABLE void refresh();
    // Each returns true when done; otherwise message says why (nothing was changed).
    // Answers in formMessage.
    Q_INVOKABLE bool addAccount(const QString &userName, const QString &roleCode,
        const QString &department, const QString &password, const QString &repeated,
        const QString &realName = {});
    Q_INVOKABLE bool assign(
        const QString &userName, const QString &roleCode, const QString &department);
    Q_INVOKABLE bool resetPassword(
        const QString &userName, const QString &password, const QString &repeated);
    Q_INVOKABLE bool setLocked(const QString &userName, bool locked);
    Q_INVOKABLE bool setRealName(const QString &userName, const QString &realName);
    // Whether the account may be (de)activated, with the reason in message when not: the page
    // asks for a confirmation only of what would be done.
    Q_INVOKABLE bool mayDeactivate(const QString &userName, bool deactivate);
    Q_INVOKABLE bool setDeactivated(const QString &userName, bool deactivate);

signals:
    void countChanged();
    void messageChanged();
    void formMessageChanged();

private:
    // The role a form chose, or nullopt with the message set.
    std::optional<onewindow::StaffRole> chosenRole(const QString &roleCode);
    bool samePasswords(const QString &password, const QString &repeated);
    bool finish(const onewindow::Status &status, const QString &done);
    void setMessage(const QString &message, bool error);
    void setFormMessage(const QString &message, bool error);

    onewindow::StaffAccounts &m_accounts;
    const onewindow::AuditLog &m_audit;
    const onewindow::CatalogStore &m_catalog;
    StaffDesk &m_staff;
    Clock m_clock;
    QList<onewindow::StaffAccount> m_rows;
    QHash<QString, QDateTime> m_lastSignIn;
    QHash<QString, QString> m_departmentNames;
    QVariantList m_departmentChoices;
    QString m_message;
    bool m_messageIsError = false;
    QString m_formMessage;
    bool m_formMessageIsError = false;
};
