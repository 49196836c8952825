#include "audittrailmodel.h"

#include "auditwording.h"
#include "displaytime.h"
#include "staffdesk.h"

using namespace onewindow;

AuditTrailModel::AuditTrailModel(const AuditLog &audit, StaffDesk &staff, QObject *parent)
    : QAbstractListModel(parent)
    , m_audit(audit)
    , m_staff(staff)
{
    connect(&m_staff, &StaffDesk::sessionChanged, this, [this] {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        m_checked = false;
        m_verificationText.clear();
        emit countChanged();
        emit verifiedChanged();
    });
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> AuditTrailModel::roleNames() const
{
    return { { SeqRole, "seq" }, { AtRole, "at" }, { ActorRole, "actor" }, { ActionRole, "action" },
        { ActionTextRole, "actionText" }, { SubjectRole, "subject" }, { DetailRole, "detail" },
        { RawDetailRole, "rawDetail" } };
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    switch (role) {
    case SeqRole:
        return e.seq;
    case AtRole:
        return DisplayTime::dateTime(e.at) + e.at.toTimeZone(DisplayTime::zone()).toString(u":ss");
    case ActorRole:
        return e.actor;
    case ActionRole:
        return e.action;
    case ActionTextRole:
        return actionText(e.action);
    case SubjectRole:
        return e.subject;
    case DetailRole:
        return AuditWording::detail(e.action, e.detail);
    case RawDetailRole:
        return e.detail;
    }
    return {};
}

QString AuditTrailModel::actionText(const QString &action) { return AuditWording::action(action); }

void AuditTrailModel::refresh()
{
    if (auto allowed = m_staff.authorize(Permission::ManageStaff); !allowed) {
        m_checked = false;
        m_verificationText = allowed.error().message;
        emit verifiedChanged();
        return;
    }
    auto rows = m_audit.newest(kShownEntries);
    beginResetModel();
    m_rows = rows ? rows.value() : QList<AuditEntry>();
    endResetModel();
    emit countChanged();
    auto verification = m_audit.verify();
    m_checked = bool(verification);
    if (!verification) {
        m_verificationText = verification.error().message;
    } else {
        m_verification = verification.value();
        m_verificationText = m_verification.ok
            ? tr("The audit log verifies: all %n entries are unchanged and none is missing.", "",
                int(m_verification.entries))
            : tr("The audit log does NOT verify from entry %1 on: %2. Report this to the "
                 "security officer; do not change anything until it is looked at.")
                  .arg(m_verification.firstBadSeq)
                  .arg(m_verification.problem);
    }
    emit verifiedChanged();
}
