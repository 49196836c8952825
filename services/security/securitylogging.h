// The security module's logging category. Never log keys, personal data or password material.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSecurity)
