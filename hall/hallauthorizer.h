// HallAuthorizer: the one place the reference hall decides who may do what, from the terminal
// of the client certificate (town hall, kiosk or desk), the staff session token a desk sends
// for staff actions, and the staff member's roles and department against each case event.
#pragma once

#include "eventlog.h"
#include "httprequest.h"
#include "paymentdesk.h"
#include "result.h"
#include "staffdirectory.h"
#include "terminalregistry.h"

#include <optional>
#include <QHash>
#include <QJsonObject>

namespace onewindow::hall {

class HallAuthorizer
{
public:
    HallAuthorizer(
        const StaffDirectory &staff, const EventLog &events, const PaymentDesk &payments);

    // Whether the terminal (and the staff session its request names) may make this request.
    // Runs before the request reaches the store or the idempotency cache, so a refused request
    // changes nothing and is not replayed to a later, authorized retry. Errors:
    // staff_session_required (401: no token, or none the hall issued to this terminal and still
    // live), forbidden (403), citizen_session_required (403), or a store failure.
    Status check(
        const HttpRequest &request, const QByteArray &path, const TerminalInfo &terminal) const;

    // What the terminal may see of a feed event whose case was filed at filingTerminal: a kiosk
    // gets what its status needs of cases filed elsewhere, never the parties or their answers.
    static QJsonObject visible(
        const QJsonObject &event, const QString &filingTerminal, const TerminalInfo &terminal);

    // The staff session token of "Authorization: Bearer TOKEN", or an empty string.
    static QString bearerToken(const HttpRequest &request);

private:
    Status checkBatch(
        const HttpRequest &request, const QJsonObject &batch, const TerminalInfo &terminal) const;
    Status checkEvent(const QJsonObject &event, const TerminalInfo &terminal,
        const std::optional<StaffSession> &session,
        QHash<QString, EventLog::CaseFacts> &cases) const;
    Status checkPayment(const QByteArray &path, const TerminalInfo &terminal) const;
    Status checkEvaluation(const QByteArray &body, const TerminalInfo &terminal) const;
    Result<std::optional<StaffSession>> sessionOf(
        const HttpRequest &request, const TerminalInfo &terminal) const;

    const StaffDirectory &m_staff;
    const EventLog &m_events;
    const PaymentDesk &m_payments;
};

} // namespace onewindow::hall
