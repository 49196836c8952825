#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "onewindow.storage", QtInfoMsg)
