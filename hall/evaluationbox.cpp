#include "evaluationbox.h"

#include "database.h"
#include "halltime.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace onewindow::hall {

EvaluationBox::EvaluationBox(Database &database)
    : m_database(database)
{ }

Result<EvaluationBox::Answer> EvaluationBox::rate(
    const TerminalInfo &terminal, const QJsonObject &evaluation)
{
    const QString caseId = evaluation.value(u"caseId").toString();
    const QJsonValue score = evaluation.value(u"score");
    if (caseId.isEmpty() || caseId.size() > 128 || !score.isDouble() || score.toInt() < 1
        || score.toInt() > 5 || score.toDouble() != double(score.toInt()))
        return Error { QStringLiteral("invalid"),
            QStringLiteral("an evaluation needs caseId and a score from 1 to 5") };
    QString id = evaluation.value(u"evaluationId").toString();
    if (id.isEmpty())
        id = caseId + u'/' + terminal.terminalId;
    if (id.size() > 256)
        return Error { QStringLiteral("invalid"), QStringLiteral("evaluationId is too long") };
    // QJsonObject sorts its keys: the same rating gives the same text whatever the key order.
    const QString json
        = QString::fromUtf8(QJsonDocument(evaluation).toJson(QJsonDocument::Compact));
    const QJsonObject body { { QStringLiteral("evaluationId"), id } };
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT json FROM evaluations WHERE evaluation_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("look up an evaluation"));
    if (q.next()) {
        if (q.value(0).toString() != json)
            return Error { QStringLiteral("conflict"),
                QStringLiteral("this case was already rated differently") };
        return Answer { 200, body };
    }
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO evaluations VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : { QVariant(id), QVariant(terminal.terminalId), QVariant(caseId),
             QVariant(score.toInt()), QVariant(json), QVariant(hallNowIso()) })
        q.addBindValue(v);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("store an evaluation"));
    return Answer { 201, body };
}

} // namespace onewindow::hall
