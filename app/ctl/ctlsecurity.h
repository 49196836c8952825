// The security services a staff or audit command needs, opened from the terminal's data folder.
#pragma once

#include "auditlog.h"
#include "datakeys.h"
#include "fieldcipher.h"
#include "staffaccounts.h"

#include <memory>
#include <optional>
#include <QString>

class CtlContext;

struct CtlSecurity
{
    std::optional<onewindow::DataKeys> keys;
    std::unique_ptr<onewindow::AuditLog> audit;
    std::unique_ptr<onewindow::FieldCipher> cipher; // over keys: staff members' real names
    std::unique_ptr<onewindow::StaffAccounts> staff;

    // Opens the database and the data key; reports a failure on err() and returns null.
    static std::unique_ptr<CtlSecurity> open(CtlContext &context);
    // Who the audit log names for command-line actions: the operating-system account.
    static QString actor();
};
