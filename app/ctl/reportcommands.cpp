// onewindowctl report …: the town hall's figures for a period, as the administrator's page shows
// them (the same service computes both).
#include "catalogstore.h"
#include "commandtable.h"
#include "ctlcontext.h"
#include "database.h"
#include "displaytime.h"
#include "kpireport.h"
#include "pinyintranscriber.h"
#include "workingdaycalendar.h"

#include <QCommandLineParser>
#include <QFileDevice>
#include <QJsonArray>
#include <QJsonObject>

using namespace onewindow;

namespace {

int usage(CtlContext &context, const QString &problem)
{
    return context.fail({ QStringLiteral("cli.usage"),
                            problem + QLatin1Char(' ')
                                + CtlContext::tr("Usage: onewindowctl report kpi --from "
                                                 "YYYY-MM-DD --to YYYY-MM-DD [--as-of "
                                                 "YYYY-MM-DD] [--csv]") },
        ExitInvalid);
}

// The bytes as they are: the CSV's byte order mark and CRLF must reach the file unchanged.
void writeBytes(CtlContext &context, const QByteArray &bytes)
{
    context.out().flush();
    QIODevice *device = context.out().device();
    if (!device) {
        context.out() << QString::fromUtf8(bytes);
        context.out().flush();
        return;
    }
    device->write(bytes);
    if (auto *file = qobject_cast<QFileDevice *>(device))
        file->flush();
}

// A rate that has no figure (no case) is null, never 0.
QJsonValue rate(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject kpiJson(const KpiFigures &f)
{
    QJsonArray perDay;
    for (const DailyCount &d : f.perDay)
        perDay.append(QJsonObject { { QStringLiteral("day"), d.day.toString(Qt::ISODate) },
            { QStringLiteral("submitted"), d.submitted } });
    QJsonArray ratings;
    for (const RatingLevel &r : f.ratings)
        ratings.append(QJsonObject { { QStringLiteral("score"), r.score },
            { QStringLiteral("count"), r.count }, { QStringLiteral("defaulted"), r.defaulted } });
    QJsonArray perItem;
    for (const ItemCount &i : f.perItem)
        perItem.append(QJsonObject { { QStringLiteral("item"), i.itemCode },
            { QStringLiteral("name"), i.itemName }, { QStringLiteral("department"), i.department },
            { QStringLiteral("filed"), i.filed }, { QStringLiteral("completed"), i.completed } });
    return QJsonObject { { QStringLiteral("from"), f.period.from.toString(Qt::ISODate) },
        { QStringLiteral("to"), f.period.to.toString(Qt::ISODate) },
        { QStringLiteral("asOf"), f.today.toString(Qt::ISODate) },
        { QStringLiteral("runsPastToday"), f.runsPastToday() },
        { QStringLiteral("filed"), f.filed },
        { QStringLiteral("filedFullyOnline"), f.filedFullyOnline },
        { QStringLiteral("filedOnline"), f.filedOnline },
        { QStringLiteral("completed"), f.completed },
        { QStringLiteral("completedOnline"), f.completedOnline },
        { QStringLiteral("fullyOnlineRate"), rate(f.fullyOnlineRate()) },
        { QStringLiteral("onlineRate"), rate(f.onlineRate()) },
        { QStringLiteral("completedOnlineRate"), rate(f.completedOnlineRate()) },
        { QStringLiteral("averageVisits"), rate(f.averageVisits()) },
        { QStringLiteral("onTimeRate"), rate(f.completion.onTimeRate()) },
        { QStringLiteral("clockUnknown"), f.clockUnknown }, { QStringLiteral("perDay"), perDay },
        { QStringLiteral("ratings"), ratings }, { QStringLiteral("perItem"), perItem } };
}

} // namespace

int runReportKpi(CtlContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), {}, QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"), {}, QStringLiteral("date"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), {}, QStringLiteral("date"));
    const QCommandLineOption csv(QStringLiteral("csv"));
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOptions({ from, to, asOf, csv, json });
    if (!context.parse(parser, 0, 0))
        return ExitInvalid;
    if (!parser.isSet(from) || !parser.isSet(to))
        return usage(context, CtlContext::tr("Give the first and the last day of the period."));
    KpiPeriod period;
    // The day the figures are counted as of: today on the terminal's clock unless given, so
    // that a report can be made again exactly as it was printed.
    QDate today = DisplayTime::dayOf(QDateTime::currentDateTimeUtc());
    for (const auto &[option, day] : { std::pair { &from, &period.from },
             std::pair { &to, &period.to }, std::pair { &asOf, &today } }) {
        if (!parser.isSet(*option))
            continue;
        *day = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!day->isValid())
            return usage(context,
                CtlContext::tr("\"%1\" is not a date; type dates as 2026-11-01.")
                    .arg(parser.value(*option)));
    }

    Database *db = context.database();
    if (!db)
        return ExitFailure;
    PinyinTranscriber pinyin;
    const CatalogStore catalog(*db, pinyin);
    // The 7-day default ratings count up to today; the calendar is needed for the period's
    // years only.
    const auto figures
        = KpiReport(*db).compute(period, WorkingDayCalendar::fromCatalog(catalog), today);
    if (!figures)
        return context.fail(figures.error(),
            figures.error().code == u"supervision.bad_period"
                    || figures.error().code == u"report.future_period"
                ? ExitInvalid
                : ExitFailure);
    if (parser.isSet(csv)) {
        writeBytes(context, KpiReport::toCsv(figures.value()));
    } else if (parser.isSet(json)) {
        context.printJson(kpiJson(figures.value()));
    } else {
        context.out() << KpiReport::toText(figures.value());
        context.out().flush();
    }
    return ExitOk;
}
