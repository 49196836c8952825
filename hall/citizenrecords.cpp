#include "citizenrecords.h"

#include "database.h"
#include "halltime.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace onewindow::hall {

CitizenRecords::CitizenRecords(Database &database)
    : m_database(database)
{ }

QString CitizenRecords::insuranceName(const QString &code)
{
    if (code == u"pension")
        return QStringLiteral("养老");
    if (code == u"medical")
        return QStringLiteral("医疗");
    if (code == u"unemployment")
        return QStringLiteral("失业");
    if (code == u"work_injury")
        return QStringLiteral("工伤");
    if (code == u"maternity")
        return QStringLiteral("生育");
    if (code == u"resident_pension")
        return QStringLiteral("城乡居民养老");
    if (code == u"resident_medical")
        return QStringLiteral("城乡居民医保");
    return code;
}

QString CitizenRecords::statusName(const QString &code)
{
    if (code == u"active")
        return QStringLiteral("参保缴费");
    if (code == u"suspended")
        return QStringLiteral("暂停缴费");
    if (code == u"receiving")
        return QStringLiteral("享受待遇");
    if (code == u"terminated")
        return QStringLiteral("终止参保");
    return code;
}

Result<QJsonArray> CitizenRecords::certificates(const QString &idNumber) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT alg, kid, payload, sig FROM certificates WHERE id_number = ? "
                             "ORDER BY cert_type, cert_number"));
    q.addBindValue(idNumber);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read certificates"));
    QJsonArray out;
    while (q.next())
        out.append(QJsonObject { { QStringLiteral("format"), QStringLiteral("onewindow-ecert") },
            { QStringLiteral("formatVersion"), 1 },
            { QStringLiteral("alg"), q.value(0).toString() },
            { QStringLiteral("kid"), q.value(1).toString() },
            { QStringLiteral("payload"), QString::fromLatin1(q.value(2).toByteArray().toBase64()) },
            { QStringLiteral("sig"), QString::fromLatin1(q.value(3).toByteArray().toBase64()) } });
    return out;
}

Result<QJsonObject> CitizenRecords::confirmIdentity(const QJsonObject &request) const
{
    const QString idNumber = request.value(u"idNumber").toString();
    const QString name = request.value(u"name").toString().simplified();
    const QByteArray photo = QByteArray::fromBase64(request.value(u"photo").toString().toLatin1());
    if (photo.isEmpty())
        return Error { QStringLiteral("invalid"), QStringLiteral("photo is missing") };
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT name FROM citizens WHERE id_number = ?"));
    q.addBindValue(idNumber);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("look up a citizen"));
    // An unknown number matches nothing; the answer is the same as a wrong name, so that the
    // check cannot be used to learn which numbers the hall knows.
    const bool known = q.next();
    const bool nameMatches = known && q.value(0).toString().simplified() == name;
    const QByteArray token = QCryptographicHash::hash(
        "onewindow-simulated-face:" + idNumber.toUtf8(), QCryptographicHash::Sha256)
                                 .toHex()
                                 .left(32);
    const bool faceMatches = known && photo.contains("\n# face " + token + '\n');
    return QJsonObject { { QStringLiteral("nameMatches"), nameMatches },
        { QStringLiteral("faceMatches"), faceMatches } };
}

Result<QJsonObject> CitizenRecords::socialSecurity(const QString &idNumber) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM citizens WHERE id_number = ?"));
    q.addBindValue(idNumber);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("look up a citizen"));
    if (!q.next())
        return Error { QStringLiteral("not_found"),
            QStringLiteral("the hall has no social security records for this person") };

    QJsonArray enrollments;
    q.prepare(QStringLiteral("SELECT insurance, status, place_code, place_name, since "
                             "FROM ss_enrollments WHERE id_number = ? ORDER BY rowid"));
    q.addBindValue(idNumber);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read enrollments"));
    while (q.next())
        enrollments.append(
            QJsonObject { { QStringLiteral("insurance"), insuranceName(q.value(0).toString()) },
                { QStringLiteral("insuranceCode"), q.value(0).toString() },
                { QStringLiteral("status"), statusName(q.value(1).toString()) },
                { QStringLiteral("statusCode"), q.value(1).toString() },
                { QStringLiteral("insuredPlace"),
                    QJsonObject { { QStringLiteral("code"), q.value(2).toString() },
                        { QStringLiteral("name"), q.value(3).toString() } } },
                { QStringLiteral("since"), q.value(4).toString() } });

    QJsonArray contributions;
    q.prepare(QStringLiteral("SELECT month, insurance, base, employer_part, personal_part, paid, "
                             "place_code FROM ss_contributions WHERE id_number = ? "
                             "ORDER BY month, rowid"));
    q.addBindValue(idNumber);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read contributions"));
    while (q.next())
        contributions.append(QJsonObject { { QStringLiteral("month"), q.value(0).toString() },
            { QStringLiteral("insurance"), insuranceName(q.value(1).toString()) },
            { QStringLiteral("insuranceCode"), q.value(1).toString() },
            { QStringLiteral("base"), q.value(2).toLongLong() },
            { QStringLiteral("employerPart"), q.value(3).toLongLong() },
            { QStringLiteral("personalPart"), q.value(4).toLongLong() },
            { QStringLiteral("paid"), q.value(5).toBool() },
            { QStringLiteral("placeCode"), q.value(6).toString() } });

    QJsonArray accounts;
    q.prepare(QStringLiteral(
        "SELECT account, balance, as_of FROM ss_accounts WHERE id_number = ? ORDER BY rowid"));
    q.addBindValue(idNumber);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read accounts"));
    while (q.next()) {
        const QString code = q.value(0).toString();
        accounts.append(QJsonObject { { QStringLiteral("accountCode"), code },
            { QStringLiteral("account"),
                code == u"pension" ? QStringLiteral("养老保险个人账户")
                                   : QStringLiteral("医疗保险个人账户") },
            { QStringLiteral("balance"), q.value(1).toLongLong() },
            { QStringLiteral("asOf"), q.value(2).toString() } });
    }

    QJsonArray transfers;
    q.prepare(QStringLiteral("SELECT month, from_code, from_name, to_code, to_name "
                             "FROM ss_transfers WHERE id_number = ? ORDER BY month"));
    q.addBindValue(idNumber);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read transfers"));
    while (q.next())
        transfers.append(QJsonObject { { QStringLiteral("month"), q.value(0).toString() },
            { QStringLiteral("from"),
                QJsonObject { { QStringLiteral("code"), q.value(1).toString() },
                    { QStringLiteral("name"), q.value(2).toString() } } },
            { QStringLiteral("to"),
                QJsonObject { { QStringLiteral("code"), q.value(3).toString() },
                    { QStringLiteral("name"), q.value(4).toString() } } } });

    QJsonValue lastCertification = QJsonValue::Null;
    q.prepare(QStringLiteral("SELECT certified_at, terminal_id, method, next_due "
                             "FROM pension_certifications WHERE id_number = ? "
                             "ORDER BY certified_at DESC, id DESC LIMIT 1"));
    q.addBindValue(idNumber);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read pension certifications"));
    if (q.next())
        lastCertification = QJsonObject { { QStringLiteral("certifiedAt"), q.value(0).toString() },
            { QStringLiteral("terminalId"), q.value(1).toString() },
            { QStringLiteral("method"), q.value(2).toString() },
            { QStringLiteral("nextDueDate"), q.value(3).toString() } };

    auto dues = openDues(idNumber);
    if (!dues)
        return dues.error();
    auto household = householdOf(idNumber);
    if (!household)
        return household.error();

    return QJsonObject { { QStringLiteral("amountUnit"), QStringLiteral("cent") },
        { QStringLiteral("dues"), dues.value() },
        { QStringLiteral("household"), household.value() },
        { QStringLiteral("enrollments"), enrollments },
        { QStringLiteral("contributions"), contributions },
        { QStringLiteral("accounts"), accounts }, { QStringLiteral("transfers"), transfers },
        { QStringLiteral("lastPensionCertification"), lastCertification } };
}

Result<QJsonArray> CitizenRecords::openDues(const QString &idNumber) const
{
    // Resident contributions still open: a period is gone once an order for it was paid.
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT d.insurance, d.period, d.amount_cents, d.due_by FROM ss_dues d WHERE d.id_number = "
        "? "
        "AND NOT EXISTS (SELECT 1 FROM payment_periods pp JOIN payments p USING (order_id) "
        "WHERE pp.id_number = d.id_number AND pp.insurance = d.insurance "
        "AND pp.period = d.period AND p.status = 'paid') ORDER BY d.insurance, d.period"));
    q.addBindValue(idNumber);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read dues"));
    QJsonArray dues;
    while (q.next())
        dues.append(
            QJsonObject { { QStringLiteral("insurance"), insuranceName(q.value(0).toString()) },
                { QStringLiteral("insuranceCode"), q.value(0).toString() },
                { QStringLiteral("period"), q.value(1).toString() },
                { QStringLiteral("amountCents"), q.value(2).toLongLong() },
                { QStringLiteral("dueBy"), q.value(3).toString() } });
    return dues;
}

Result<QJsonArray> CitizenRecords::householdOf(const QString &idNumber) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT h.member_id_number, c.name, h.relation FROM households h "
                             "JOIN citizens c ON c.id_number = h.member_id_number "
                             "WHERE h.id_number = ? ORDER BY h.rowid"));
    q.addBindValue(idNumber);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read a household"));
    QJsonArray out;
    while (q.next())
        out.append(QJsonObject { { QStringLiteral("idNumber"), q.value(0).toString() },
            { QStringLiteral("name"), q.value(1).toString() },
            { QStringLiteral("relation"), q.value(2).toString() } });
    return out;
}

Result<QJsonObject> CitizenRecords::duesFor(const QString &idNumber) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT name FROM citizens WHERE id_number = ?"));
    q.addBindValue(idNumber);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("look up a citizen"));
    if (!q.next())
        return Error { QStringLiteral("not_found"),
            QStringLiteral("the hall has no social security records for this person") };
    // Only the surname and the dues: whoever pays for someone sees nothing else of them.
    const QString name = q.value(0).toString();
    const QString masked = name.isEmpty()
        ? QString()
        : name.left(1) + QString(std::max<qsizetype>(1, name.size() - 1), u'*');
    auto dues = openDues(idNumber);
    if (!dues)
        return dues.error();
    return QJsonObject { { QStringLiteral("amountUnit"), QStringLiteral("cent") },
        { QStringLiteral("maskedName"), masked }, { QStringLiteral("dues"), dues.value() } };
}

Result<QJsonObject> CitizenRecords::certifyPension(
    const TerminalInfo &terminal, const QJsonObject &request)
{
    const QString idNumber = request.value(u"idNumber").toString();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM ss_enrollments WHERE id_number = ? "
                             "AND insurance = 'pension' AND status = 'receiving'"));
    q.addBindValue(idNumber);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("look up a pensioner"));
    if (!q.next())
        return Error { QStringLiteral("not_pensioner"),
            QStringLiteral("this person does not receive a pension here") };
    QDateTime at
        = QDateTime::fromString(request.value(u"certifiedAt").toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        at = hallNow();
    const QString nextDue = at.toOffsetFromUtc(8 * 3600).date().addYears(1).toString(Qt::ISODate);
    q.prepare(
        QStringLiteral("INSERT INTO pension_certifications (id_number, certified_at, "
                       "terminal_id, method, photo_hash, next_due) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idNumber);
    q.addBindValue(isoTime(at));
    q.addBindValue(terminal.terminalId);
    q.addBindValue(request.value(u"method").toString(QStringLiteral("face")));
    const QString photoHash = request.value(u"photoHash").toString();
    q.addBindValue(photoHash.isEmpty() ? QVariant() : QVariant(photoHash));
    q.addBindValue(nextDue);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("store a pension certification"));
    return QJsonObject { { QStringLiteral("certificationId"), q.lastInsertId().toLongLong() },
        { QStringLiteral("certifiedAt"), isoTime(at) },
        { QStringLiteral("nextDueDate"), nextDue } };
}

Result<QJsonArray> CitizenRecords::revoked() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral(
            "SELECT kid, cert_number FROM certificates WHERE revoked = 1 ORDER BY cert_number")))
        return Database::queryError(q, QStringLiteral("read revocations"));
    QJsonArray out;
    while (q.next())
        out.append(QJsonObject { { QStringLiteral("keyId"), q.value(0).toString() },
            { QStringLiteral("certNumber"), q.value(1).toString() } });
    return out;
}

} // namespace onewindow::hall
