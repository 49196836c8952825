#include "socialsecurityparser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace onewindow {

namespace {

// Contribution bases and balances above this (a hundred million yuan) are not real answers.
constexpr qint64 kMaxCents = 10'000'000'000;

// Collects the first problem and the path where it was found; reading stops being useful there.
class Reader
{
public:
    QString problem;

    bool fail(const QString &path, const QString &what)
    {
        if (problem.isEmpty())
            problem = path + QLatin1String(": ") + what;
        return false;
    }

    bool object(const QJsonValue &v, const QString &path, QJsonObject *out)
    {
        if (!v.isObject())
            return fail(path, QStringLiteral("not an object"));
        *out = v.toObject();
        return true;
    }
    bool array(const QJsonObject &o, const char *key, const QString &path, QJsonArray *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray())
            return fail(path + QLatin1Char('.') + QLatin1String(key), QStringLiteral("missing"));
        *out = v.toArray();
        return true;
    }
    bool text(const QJsonObject &o, const char *key, const QString &path, QString *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return fail(path + QLatin1Char('.') + QLatin1String(key), QStringLiteral("missing"));
        *out = v.toString();
        return true;
    }
    bool cents(const QJsonObject &o, const char *key, const QString &path, qint64 *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString where = path + QLatin1Char('.') + QLatin1String(key);
        if (!v.isDouble())
            return fail(where, QStringLiteral("not a number"));
        const double d = v.toDouble();
        if (d != double(qint64(d)) || d < 0 || d > double(kMaxCents))
            return fail(where, QStringLiteral("not a whole amount in range"));
        *out = qint64(d);
        return true;
    }
    bool boolean(const QJsonObject &o, const char *key, const QString &path, bool *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isBool())
            return fail(
                path + QLatin1Char('.') + QLatin1String(key), QStringLiteral("not true/false"));
        *out = v.toBool();
        return true;
    }
    bool month(const QJsonObject &o, const char *key, const QString &path, QDate *out)
    {
        QString t;
        if (!text(o, key, path, &t))
            return false;
        *out = SocialSecurityParser::parseMonth(t);
        return out->isValid()
            || fail(path + QLatin1Char('.') + QLatin1String(key), QStringLiteral("not a month"));
    }
    bool date(const QJsonObject &o, const char *key, const QString &path, QDate *out)
    {
        QString t;
        if (!text(o, key, path, &t))
            return false;
        *out = QDate::fromString(t, Qt::ISODate);
        return out->isValid()
            || fail(path + QLatin1Char('.') + QLatin1String(key), QStringLiteral("not a date"));
    }
    bool insurance(const QJsonObject &o, const QString &path, Insurance *out)
    {
        QString code;
        if (!text(o, "insuranceCode", path, &code))
            return false;
        const auto known = SocialSecurityTerms::insuranceFromCode(code);
        if (!known)
            return fail(path + QStringLiteral(".insuranceCode"), QStringLiteral("unknown"));
        *out = *known;
        return true;
    }
    bool place(const QJsonValue &v, const QString &path, InsuredPlace *out)
    {
        QJsonObject o;
        return object(v, path, &o) && text(o, "code", path, &out->code)
            && text(o, "name", path, &out->name);
    }
};

bool readEnrollments(Reader &r, const QJsonObject &root, SocialSecurityRecord &record)
{
    QJsonArray list;
    if (!r.array(root, "enrollments", QStringLiteral("$"), &list))
        return false;
    QSet<Insurance> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("$.enrollments[%1]").arg(i);
        QJsonObject o;
        Enrollment e;
        QString status;
        if (!r.object(list.at(i), path, &o) || !r.insurance(o, path, &e.insurance)
            || !r.text(o, "statusCode", path, &status)
            || !r.place(o.value(u"insuredPlace"), path + QStringLiteral(".insuredPlace"), &e.place)
            || !r.date(o, "since", path, &e.since))
            return false;
        const auto known = SocialSecurityTerms::statusFromCode(status);
        if (!known)
            return r.fail(path + QStringLiteral(".statusCode"), QStringLiteral("unknown"));
        e.status = *known;
        if (seen.contains(e.insurance))
            return r.fail(path, QStringLiteral("insurance listed twice"));
        seen.insert(e.insurance);
        record.enrollments.append(e);
    }
    return true;
}

bool readContributions(Reader &r, const QJsonObject &root, SocialSecurityRecord &record)
{
    QJsonArray list;
    if (!r.array(root, "contributions", QStringLiteral("$"), &list))
        return false;
    // A month may be paid in two places (the month of a transfer), never twice in one.
    QSet<QString> seen;
    record.contributions.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("$.contributions[%1]").arg(i);
        QJsonObject o;
        Contribution c;
        if (!r.object(list.at(i), path, &o) || !r.month(o, "month", path, &c.month)
            || !r.insurance(o, path, &c.insurance) || !r.cents(o, "base", path, &c.base)
            || !r.cents(o, "employerPart", path, &c.employerPart)
            || !r.cents(o, "personalPart", path, &c.personalPart)
            || !r.boolean(o, "paid", path, &c.paid) || !r.text(o, "placeCode", path, &c.placeCode))
            return false;
        const QString key = QStringLiteral("%1|%2|%3")
                                .arg(c.month.toJulianDay())
                                .arg(int(c.insurance))
                                .arg(c.placeCode);
        if (seen.contains(key))
            return r.fail(path, QStringLiteral("month listed twice"));
        seen.insert(key);
        record.contributions.append(c);
    }
    // Sorted here once, so every figure computed later may rely on the order.
    std::stable_sort(record.contributions.begin(), record.contributions.end(),
        [](const Contribution &a, const Contribution &b) { return a.month < b.month; });
    return true;
}

bool readAccounts(Reader &r, const QJsonObject &root, SocialSecurityRecord &record)
{
    QJsonArray list;
    if (!r.array(root, "accounts", QStringLiteral("$"), &list))
        return false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("$.accounts[%1]").arg(i);
        QJsonObject o;
        PersonalAccount a;
        if (!r.object(list.at(i), path, &o) || !r.text(o, "accountCode", path, &a.code)
            || !r.cents(o, "balance", path, &a.balance) || !r.date(o, "asOf", path, &a.asOf))
            return false;
        record.accounts.append(a);
    }
    return true;
}

bool readTransfers(Reader &r, const QJsonObject &root, SocialSecurityRecord &record)
{
    QJsonArray list;
    if (!r.array(root, "transfers", QStringLiteral("$"), &list))
        return false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("$.transfers[%1]").arg(i);
        QJsonObject o;
        Transfer t;
        if (!r.object(list.at(i), path, &o) || !r.month(o, "month", path, &t.month)
            || !r.place(o.value(u"from"), path + QStringLiteral(".from"), &t.from)
            || !r.place(o.value(u"to"), path + QStringLiteral(".to"), &t.to))
            return false;
        record.transfers.append(t);
    }
    return true;
}

bool readCertification(Reader &r, const QJsonObject &root, SocialSecurityRecord &record)
{
    const QString path = QStringLiteral("$.lastPensionCertification");
    if (!root.contains(u"lastPensionCertification"))
        return r.fail(path, QStringLiteral("missing"));
    const QJsonValue v = root.value(u"lastPensionCertification");
    if (v.isNull())
        return true;
    QJsonObject o;
    PensionCertification c;
    QString at;
    if (!r.object(v, path, &o) || !r.text(o, "certifiedAt", path, &at)
        || !r.date(o, "nextDueDate", path, &c.nextDueDate))
        return false;
    c.certifiedAt = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!c.certifiedAt.isValid())
        return r.fail(path + QStringLiteral(".certifiedAt"), QStringLiteral("not a time"));
    c.terminalId = o.value(u"terminalId").toString();
    c.method = o.value(u"method").toString();
    record.lastPensionCertification = c;
    return true;
}

// Dues are an extension of the contract: a hall that does not send them has none to offer.
bool readDues(Reader &r, const QJsonObject &root, SocialSecurityRecord &record)
{
    if (!root.contains(u"dues"))
        return true;
    QJsonArray list;
    if (!r.array(root, "dues", QStringLiteral("$"), &list))
        return false;
    static const QRegularExpression period(QStringLiteral("^\\d{4}(-(0[1-9]|1[0-2]))?$"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("$.dues[%1]").arg(i);
        QJsonObject o;
        ContributionDue d;
        if (!r.object(list.at(i), path, &o) || !r.insurance(o, path, &d.insurance)
            || !r.text(o, "period", path, &d.period)
            || !r.cents(o, "amountCents", path, &d.amountCents)
            || !r.date(o, "dueBy", path, &d.dueBy))
            return false;
        if (!period.match(d.period).hasMatch())
            return r.fail(path + QStringLiteral(".period"), QStringLiteral("not a period"));
        if (d.amountCents <= 0)
            return r.fail(path + QStringLiteral(".amountCents"), QStringLiteral("not positive"));
        record.dues.append(d);
    }
    return true;
}

} // namespace

QDate SocialSecurityParser::parseMonth(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
}

Result<SocialSecurityRecord> SocialSecurityParser::parse(const QJsonDocument &answer)
{
    Reader r;
    SocialSecurityRecord record;
    const QJsonObject root = answer.object();
    if (!answer.isObject())
        r.fail(QStringLiteral("$"), QStringLiteral("not an object"));
    else if (root.value(u"amountUnit").toString() != u"cent")
        r.fail(QStringLiteral("$.amountUnit"), QStringLiteral("not cent"));
    else
        (void)(readEnrollments(r, root, record) && readContributions(r, root, record)
            && readAccounts(r, root, record) && readTransfers(r, root, record)
            && readCertification(r, root, record) && readDues(r, root, record));
    if (!r.problem.isEmpty())
        return Error { QStringLiteral("socialsecurity.malformed"),
            tr("The hall's social security answer is incomplete or damaged (%1), so nothing of "
               "it is shown. Please try again later, or ask at the service window.")
                .arg(r.problem) };
    return record;
}

} // namespace onewindow
