// Logging categories of the service layer; one per module. Never log personal data.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
