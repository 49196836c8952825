#include "socialsecurityseeder.h"

#include "database.h"

#include <QSqlQuery>

namespace onewindow::hall {

namespace {

struct Insurance
{
    const char *code;
    int employerPermyriad; // employer rate in 1/10000 of the base
    int personalPermyriad;
};

// Typical Guangdong rates for an urban employee.
constexpr Insurance kInsurances[] = {
    { "pension", 1400, 800 },
    { "medical", 650, 200 },
    { "unemployment", 48, 20 },
    { "work_injury", 40, 0 },
    { "maternity", 85, 0 },
};

QString cityName(const QString &code)
{
    static const QHash<QString, QString> names { { QStringLiteral("440100"),
                                                     QStringLiteral("广州市") },
        { QStringLiteral("440300"), QStringLiteral("深圳市") },
        { QStringLiteral("440400"), QStringLiteral("珠海市") },
        { QStringLiteral("440500"), QStringLiteral("汕头市") },
        { QStringLiteral("440600"), QStringLiteral("佛山市") },
        { QStringLiteral("440700"), QStringLiteral("江门市") },
        { QStringLiteral("440800"), QStringLiteral("湛江市") },
        { QStringLiteral("441300"), QStringLiteral("惠州市") },
        { QStringLiteral("441900"), QStringLiteral("东莞市") },
        { QStringLiteral("442000"), QStringLiteral("中山市") } };
    return names.value(code, code);
}

// Guangdong's contribution base range in cents for a contribution year (July to June): about
// 4,588–26,421 yuan for 2024, and about 6% less for each year before.
QPair<qint64, qint64> baseRange(QDate month)
{
    const int year = month.month() >= 7 ? month.year() : month.year() - 1;
    double factor = 1.0;
    for (int y = year; y < 2024; ++y)
        factor *= 0.94;
    for (int y = 2024; y < year; ++y)
        factor *= 1.04;
    return { qint64(458800 * factor) / 100 * 100, qint64(2642100 * factor) / 100 * 100 };
}

QString monthText(QDate d) { return d.toString(QStringLiteral("yyyy-MM")); }

} // namespace

SocialSecuritySeeder::SocialSecuritySeeder(Database &database, std::mt19937 &random)
    : m_database(database)
    , m_random(random)
{ }

Status SocialSecuritySeeder::seedResident(const QJsonObject &c)
{
    // 城乡居民: a yearly contribution at a chosen grade plus a government subsidy, shown per
    // month like an employee's. Paid up to 2024; 2025 and 2026 pension and 2027 medical due.
    const QString id = c.value(u"idNumber").toString();
    const QString place = c.value(u"cityCode").toString();
    const int years = 5 + int(m_random() % 11);
    const QDate first(2024 - years + 1, 1, 1);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO ss_contributions VALUES (?, ?, ?, 0, ?, ?, ?, ?)"));
    for (QDate m = first; m <= QDate(2025, 12, 1); m = m.addMonths(1))
        for (const auto &[code, subsidy, personal] :
            { std::tuple<const char *, qint64, qint64>("resident_pension", 1000, 3000),
                std::tuple<const char *, qint64, qint64>("resident_medical", 5500, 3400) }) {
            const bool paid = m.year() <= 2024 || qstrcmp(code, "resident_medical") == 0;
            for (const QVariant &v : { QVariant(id), QVariant(monthText(m)),
                     QVariant(QLatin1String(code)), QVariant(subsidy), QVariant(personal),
                     QVariant(paid ? 1 : 0), QVariant(place) })
                q.addBindValue(v);
            if (!q.exec())
                return Database::queryError(q, QStringLiteral("store a resident contribution"));
        }
    q.prepare(QStringLiteral("INSERT INTO ss_enrollments VALUES (?, ?, 'active', ?, ?, ?)"));
    for (const char *code : { "resident_pension", "resident_medical" }) {
        for (const QVariant &v : { QVariant(id), QVariant(QLatin1String(code)), QVariant(place),
                 QVariant(cityName(place)), QVariant(first.toString(Qt::ISODate)) })
            q.addBindValue(v);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("store a resident enrollment"));
    }
    q.prepare(QStringLiteral("INSERT INTO ss_dues VALUES (?, ?, ?, ?, ?)"));
    for (const auto &[code, period, cents, dueBy] :
        { std::tuple<const char *, const char *, qint64, const char *>(
              "resident_pension", "2025", 36000, "2025-12-31"),
            std::tuple<const char *, const char *, qint64, const char *>(
                "resident_pension", "2026", 36000, "2026-12-31"),
            std::tuple<const char *, const char *, qint64, const char *>(
                "resident_medical", "2027", 40800, "2026-12-31") }) {
        for (const QVariant &v : { QVariant(id), QVariant(QLatin1String(code)),
                 QVariant(QLatin1String(period)), QVariant(cents), QVariant(QLatin1String(dueBy)) })
            q.addBindValue(v);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("store a due contribution"));
    }
    return {};
}

Status SocialSecuritySeeder::seed(const QJsonObject &c)
{
    const QString id = c.value(u"idNumber").toString();
    const QStringList tags = c.value(u"tags").toVariant().toStringList();
    if (tags.contains(u"resident"))
        return seedResident(c);
    const QDate birth = QDate::fromString(c.value(u"birthDate").toString(), Qt::ISODate);
    const bool male = c.value(u"gender").toString() == u"male";
    const bool retired = tags.contains(u"retired");

    // Contributions end now, at retirement (60 for men, 50 for women workers) or at job loss.
    QDate last(kLastYear, kLastMonth, 1);
    if (retired)
        last = QDate(birth.year() + (male ? 60 : 50), birth.month(), 1).addMonths(-1);
    if (tags.contains(u"unemployed"))
        last = QDate(2025, 12, 1);
    int years = 5 + int(m_random() % 11);
    QDate first = last.addMonths(-12 * years + 1);
    const QDate adult(birth.year() + 18, birth.month(), 1);
    if (first < adult)
        first = adult;

    QString fromPlace = c.value(u"cityCode").toString();
    QString toPlace = fromPlace;
    QDate transferMonth;
    for (const QString &t : tags)
        if (t.startsWith(u"transfer:")) {
            const QStringList parts = t.mid(9).split(u'>');
            fromPlace = parts.value(0);
            toPlace = parts.value(1);
            transferMonth = first.addMonths(int(first.daysTo(last) / 30 / 2));
            transferMonth.setDate(transferMonth.year(), transferMonth.month(), 1);
        }
    // A stretch without an employer, in the middle of the record.
    QDate gapStart, gapEnd;
    if (tags.contains(u"gap")) {
        gapStart = first.addMonths(int(first.daysTo(last) / 30 / 3));
        gapStart.setDate(gapStart.year(), gapStart.month(), 1);
        gapEnd = gapStart.addMonths(4 + int(m_random() % 6));
    }

    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO ss_contributions VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    // A wage somewhere in the lower half of the range when the record starts, rising each July.
    const auto [firstFloor, firstCeiling] = baseRange(first);
    qint64 base
        = (firstFloor + qint64(m_random() % quint64((firstCeiling - firstFloor) / 2))) / 100 * 100;
    qint64 pensionAccount = 0, medicalAccount = 0;
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        if (m.month() == 7 && m != first)
            base = base * 106 / 100 / 100 * 100; // bases are reset every July
        const auto [low, high] = baseRange(m);
        base = std::clamp(base, low, high);
        if (gapStart.isValid() && m >= gapStart && m < gapEnd)
            continue;
        const QString place = transferMonth.isValid() && m < transferMonth ? fromPlace : toPlace;
        const bool paid = !(tags.contains(u"unpaidRecent") && m.addMonths(2) > last);
        for (const Insurance &ins : kInsurances) {
            const qint64 employer = base * ins.employerPermyriad / 10000;
            const qint64 personal = base * ins.personalPermyriad / 10000;
            for (const QVariant &v : { QVariant(id), QVariant(monthText(m)),
                     QVariant(QLatin1String(ins.code)), QVariant(base), QVariant(employer),
                     QVariant(personal), QVariant(paid ? 1 : 0), QVariant(place) })
                q.addBindValue(v);
            if (!q.exec())
                return Database::queryError(q, QStringLiteral("store a contribution"));
            if (paid && qstrcmp(ins.code, "pension") == 0)
                pensionAccount += personal;
            if (paid && qstrcmp(ins.code, "medical") == 0)
                medicalAccount += personal * 6 / 10; // part of it was spent at the pharmacy
        }
    }

    q.prepare(QStringLiteral("INSERT INTO ss_enrollments VALUES (?, ?, ?, ?, ?, ?)"));
    const QDate since = transferMonth.isValid() ? transferMonth : first;
    for (const Insurance &ins : kInsurances) {
        const QString code = QLatin1String(ins.code);
        QString status = QStringLiteral("active");
        if (retired)
            status = code == u"pension" || code == u"medical" ? QStringLiteral("receiving")
                                                              : QStringLiteral("terminated");
        else if (tags.contains(u"unemployed"))
            status = code == u"unemployment" ? QStringLiteral("receiving")
                                             : QStringLiteral("suspended");
        for (const QVariant &v :
            { QVariant(id), QVariant(code), QVariant(status), QVariant(toPlace),
                QVariant(cityName(toPlace)), QVariant(since.toString(Qt::ISODate)) })
            q.addBindValue(v);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("store an enrollment"));
    }

    q.prepare(QStringLiteral("INSERT INTO ss_accounts VALUES (?, ?, ?, ?)"));
    const QString asOf
        = QDate(kLastYear, kLastMonth, 1).addMonths(1).addDays(-1).toString(Qt::ISODate);
    for (const auto &[account, balance] :
        { QPair<const char *, qint64>("pension", pensionAccount * 103 / 100),
            QPair<const char *, qint64>("medical", medicalAccount) }) {
        for (const QVariant &v :
            { QVariant(id), QVariant(QLatin1String(account)), QVariant(balance), QVariant(asOf) })
            q.addBindValue(v);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("store an account"));
    }

    if (transferMonth.isValid()) {
        q.prepare(QStringLiteral("INSERT INTO ss_transfers VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
            { QVariant(id), QVariant(monthText(transferMonth)), QVariant(fromPlace),
                QVariant(cityName(fromPlace)), QVariant(toPlace), QVariant(cityName(toPlace)) })
            q.addBindValue(v);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("store a transfer"));
    }

    // Pensioners certify once a year; "pensionDue" ones are overdue.
    if (tags.contains(u"pensionCertified") || tags.contains(u"pensionDue")) {
        const QDate at = tags.contains(u"pensionDue") ? QDate(2025, 9, 16) : QDate(2026, 3, 9);
        q.prepare(QStringLiteral("INSERT INTO pension_certifications (id_number, certified_at, "
                                 "terminal_id, method, photo_hash, next_due) "
                                 "VALUES (?, ?, ?, 'face', NULL, ?)"));
        for (const QVariant &v :
            { QVariant(id), QVariant(at.toString(Qt::ISODate) + QStringLiteral("T10:15:00+08:00")),
                QVariant(QStringLiteral("GZ-TH-KIOSK-0001")),
                QVariant(at.addYears(1).toString(Qt::ISODate)) })
            q.addBindValue(v);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("store a pension certification"));
    }
    return {};
}

} // namespace onewindow::hall
