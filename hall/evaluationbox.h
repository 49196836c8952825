// EvaluationBox: service ratings (好差评) sent by terminals, one per evaluation id.
#pragma once

#include "result.h"
#include "terminalregistry.h"

#include <QJsonObject>

namespace onewindow {
class Database;
}

namespace onewindow::hall {

class EvaluationBox
{
public:
    explicit EvaluationBox(Database &database);

    struct Answer
    {
        int status = 201; // 201 when stored now, 200 when the same rating was stored before
        QJsonObject body; // {evaluationId}
    };
    // {caseId, score 1–5, evaluationId?, comment?, …}. Without evaluationId a case is rated
    // once per terminal. Errors: invalid, conflict (the same id rated differently before).
    Result<Answer> rate(const TerminalInfo &terminal, const QJsonObject &evaluation);

private:
    Database &m_database;
};

} // namespace onewindow::hall
