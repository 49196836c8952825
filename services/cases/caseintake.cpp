#include "caseintake.h"

#include "casestore.h"
#include "residentid.h"
#include "syncstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace onewindow {

namespace {

std::optional<IdentifiedPerson> personIn(const QJsonObject &body, QStringView key)
{
    const QJsonObject o = body.value(key).toObject();
    // The filing terminal checked the number; a malformed one here means a damaged event.
    auto id = ResidentId::parse(o.value(u"idNumber").toString());
    const QString name = o.value(u"name").toString().trimmed();
    if (!id || name.isEmpty())
        return std::nullopt;
    return IdentifiedPerson { id.value().number(), name, IdentityProof::TypedNumber };
}

QDateTime timeOf(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at : QDateTime::fromString(text, Qt::ISODate);
}

} // namespace

CaseIntake::CaseIntake(CaseStore &store)
    : m_store(store)
{ }

Result<bool> CaseIntake::takeSubmitted(const OutboxEvent &event)
{
    auto known = m_store.progress().status(event.caseId);
    if (!known)
        return known.error();
    if (known.value())
        return false;

    const QJsonObject &b = event.body;
    const auto malformed = [&](const QString &what) -> Error {
        // The event id, never the body: it holds personal data.
        return { QStringLiteral("cases.intake_malformed"),
            tr("The hall sent a new case (event %1) without %2; it was not taken in. Report it "
               "to the online service hall's operators.")
                .arg(event.eventId, what) };
    };
    FiledApplication filed;
    filed.groupId = b.value(u"groupId").toString();
    filed.receiptNumber = b.value(u"receiptNumber").toString();
    filed.filingTerminal = b.value(u"terminal").toString();
    filed.submittedAt = timeOf(event.at);
    filed.subjectMasked = b.value(u"subjectMasked").toString();
    if (event.caseId.isEmpty() || filed.groupId.isEmpty() || filed.receiptNumber.isEmpty())
        return malformed(tr("its case, group or receipt number"));
    if (!filed.submittedAt.isValid())
        return malformed(tr("a valid filing time"));

    FiledCase c;
    c.caseId = event.caseId;
    c.itemCode = b.value(u"itemCode").toString();
    c.itemName = b.value(u"itemName").toString();
    c.department = b.value(u"department").toString();
    c.legalDays = b.value(u"legalLimitDays").toInt(-1);
    c.promisedDays = b.value(u"promisedLimitDays").toInt(-1);
    c.dueDate = QDate::fromString(b.value(u"dueDate").toString(), Qt::ISODate);
    if (c.itemCode.isEmpty() || c.itemName.isEmpty() || c.department.isEmpty())
        return malformed(tr("its service item or department"));
    if (c.legalDays < 0 || c.promisedDays < 0 || c.promisedDays > c.legalDays)
        return malformed(tr("valid time limits"));
    filed.cases.append(c);

    CaseApplication application;
    const auto applicant = personIn(b, u"applicant");
    if (!applicant)
        return malformed(tr("a valid applicant"));
    application.applicant = *applicant;
    if (b.contains(u"principal")) {
        application.principal = personIn(b, u"principal");
        if (!application.principal)
            return malformed(tr("a valid person applied for"));
        application.principalConsentAt = filed.submittedAt;
    }
    if (filed.subjectMasked.isEmpty())
        filed.subjectMasked = CitizenSession::maskName(
            (application.principal ? *application.principal : application.applicant).name);
    application.catalogVersion = b.value(u"catalogVersion").toString();
    // The item as the filing terminal described it: the case keeps what it was filed under.
    CatalogItem item;
    item.code = c.itemCode;
    item.name = c.itemName;
    item.snapshot = QJsonDocument(
        QJsonObject { { QStringLiteral("code"), c.itemCode },
            { QStringLiteral("name"), c.itemName }, { QStringLiteral("department"), c.department },
            { QStringLiteral("legalLimitDays"), c.legalDays },
            { QStringLiteral("promisedLimitDays"), c.promisedDays } })
                        .toJson(QJsonDocument::Compact);
    application.items.append(item);

    for (const QJsonValue &v : b.value(u"materials").toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"item").toString() != c.itemCode)
            continue;
        MaterialProvision m;
        m.itemCode = c.itemCode;
        m.materialCode = o.value(u"code").toString();
        m.materialName = o.value(u"name").toString(m.materialCode);
        m.required = o.value(u"required").toBool(true);
        m.way = o.value(u"way").toString() == u"certificate" ? MaterialProvision::Way::Certificate
                                                             : MaterialProvision::Way::Paper;
        m.certificateType = o.value(u"certificateType").toString();
        m.certificateNumber = o.value(u"certificateNumber").toString();
        filed.materials.append(m);
    }
    // Nothing goes back to the outbox: the filing terminal sent the event already.
    if (Status s
        = m_store.insertApplication(filed, application, b.value(u"answers").toObject(), {});
        !s)
        return s.error();
    return true;
}

Result<bool> CaseIntake::takeRating(const OutboxEvent &event)
{
    QStringList reasons;
    for (const QJsonValue &r : event.body.value(u"reasons").toArray())
        reasons.append(r.toString());
    return m_store.ratings().recordFromHall(event.body.value(u"groupId").toString(),
        event.body.value(u"score").toInt(), reasons, timeOf(event.at));
}

} // namespace onewindow
