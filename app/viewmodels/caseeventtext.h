// What one event in a case's life means, in words for the citizen's tracking page and the back
// office's history (the hall protocol's event types).
#pragma once

#include "casemodel.h"

#include <QCoreApplication>

class CaseEventText
{
    Q_DECLARE_TR_FUNCTIONS(CaseEventText)
public:
    // department: the name of the department the event is about (routing, decisions).
    static QString describe(const onewindow::CaseHistoryEntry &e, const QString &department);
    // Who took a step, from the protocol's actor ("citizen", "staff:rsj01", "kiosk:GZ-…",
    // "hall"), in words.
    static QString actor(const QString &actor);
};
