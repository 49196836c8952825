#include "securitylogging.h"

Q_LOGGING_CATEGORY(lcSecurity, "onewindow.security", QtInfoMsg)
