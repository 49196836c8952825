// HallApi: the /api/v1 contract of hall-protocol.md: one parsed request in, one response out.
#pragma once

#include "auditwatch.h"
#include "catalogshelf.h"
#include "citizenrecords.h"
#include "evaluationbox.h"
#include "eventlog.h"
#include "hallauthorizer.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "idempotencycache.h"
#include "paymentdesk.h"
#include "staffdirectory.h"
#include "statementregister.h"
#include "terminalregistry.h"
#include "trustlist.h"

namespace onewindow::hall {

class KeyRing;

class HallApi
{
public:
    struct Options
    {
        qint64 paymentConfirmAfterMs = 3000;
        bool testHooks = true; // POST /payments/{id}:confirm and :fail
    };

    HallApi(Database &database, const KeyRing &publishers, const KeyRing &issuers, Options options);

    // Knows no sockets: the connection hands in the request and the TLS client's terminal id.
    HttpResponse handle(const HttpRequest &request, const QString &terminalId);

    TerminalRegistry &registry() { return m_registry; }
    CatalogShelf &catalogs() { return m_catalogs; }
    StaffDirectory &staff() { return m_staff; }

private:
    HttpResponse route(
        const HttpRequest &request, const QByteArray &path, const TerminalInfo &terminal);
    HttpResponse pushEvents(const QJsonObject &body, const TerminalInfo &terminal);
    HttpResponse readEvents(const HttpRequest &request, const TerminalInfo &terminal);
    HttpResponse citizenQuery(
        const QJsonObject &body, const QByteArray &path, const TerminalInfo &terminal);
    HttpResponse evaluate(const QJsonObject &body, const TerminalInfo &terminal);
    HttpResponse payments(const HttpRequest &request, const QByteArray &path,
        const QJsonObject &body, const TerminalInfo &terminal);
    HttpResponse statements(
        const QByteArray &path, const QJsonObject &body, const TerminalInfo &terminal);
    Status observeAuditHead(const QByteArray &body, const TerminalInfo &terminal);
    static HttpResponse failure(const Error &error);
    static HttpResponse refusal(const Error &error);

    Options m_options;
    TerminalRegistry m_registry;
    EventLog m_events;
    IdempotencyCache m_idempotency;
    StaffDirectory m_staff;
    CitizenRecords m_citizens;
    PaymentDesk m_payments;
    EvaluationBox m_evaluations;
    StatementRegister m_statements;
    AuditWatch m_audit;
    CatalogShelf m_catalogs;
    TrustList m_trust;
    HallAuthorizer m_authorizer; // every request passes it first
};

} // namespace onewindow::hall
