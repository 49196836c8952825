#include "figuretext.h"

#include "displaytime.h"
#include "removablemedia.h"

#include <QDir>
#include <QLocale>
#include <QSaveFile>

using namespace onewindow;

QString FigureText::percent(std::optional<double> rate)
{
    return rate ? QLocale().toString(*rate * 100.0, 'f', 1) + QLatin1Char('%') : tr("no figure");
}

QString FigureText::decimal(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'f', 1) : tr("no figure");
}

QVariantList FigureText::perDay(const QList<DailyCount> &days)
{
    QVariantList out;
    for (const DailyCount &d : days)
        out.append(QVariantMap { { QStringLiteral("day"), d.day.toString(QStringLiteral("MM-dd")) },
            { QStringLiteral("label"), DisplayTime::dayOfYear(d.day) },
            { QStringLiteral("date"), DisplayTime::date(d.day) },
            { QStringLiteral("count"), d.submitted } });
    return out;
}

int FigureText::maxPerDay(const QList<DailyCount> &days)
{
    int most = 0;
    for (const DailyCount &d : days)
        most = qMax(most, d.submitted);
    return most;
}

QVariantList FigureText::ratings(const QList<RatingLevel> &levels)
{
    QVariantList out;
    for (const RatingLevel &r : levels)
        out.append(QVariantMap { { QStringLiteral("score"), r.score },
            { QStringLiteral("name"), SupervisionReport::ratingLevelName(r.score) },
            { QStringLiteral("count"), r.count }, { QStringLiteral("defaulted"), r.defaulted } });
    return out;
}

Result<std::pair<QDate, QDate>> FigureText::period(const QString &from, const QString &to)
{
    const QDate f = QDate::fromString(from.trimmed(), Qt::ISODate);
    const QDate t = QDate::fromString(to.trimmed(), Qt::ISODate);
    if (!f.isValid() || !t.isValid())
        return Error { QStringLiteral("report.bad_date"), tr("Type the dates as 2026-11-01.") };
    if (f > t)
        return Error { QStringLiteral("report.bad_period"),
            tr("The period must start before it ends.") };
    if (f.daysTo(t) > 366)
        return Error { QStringLiteral("report.long_period"),
            tr("Choose a period of at most one year.") };
    return std::pair { f, t };
}

std::pair<QString, QString> FigureText::lastDays(QDate today, int days)
{
    return { today.addDays(-(qBound(1, days, 366) - 1)).toString(Qt::ISODate),
        today.toString(Qt::ISODate) };
}

Result<QString> FigureText::saveCsv(
    const QString &folder, const QString &fileName, const QByteArray &bytes, bool makeFolder)
{
    if (makeFolder)
        QDir().mkpath(folder);
    if (Status writable = RemovableMedia::checkWritable(folder); !writable)
        return writable.error();
    const QString path = QDir(folder).filePath(fileName);
    QSaveFile file(path);
    // The system's reason is English; the administrator reads what to do instead.
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit())
        return Error { QStringLiteral("report.cannot_save"),
            tr("The figures could not be saved in %1: the folder cannot be written or the "
               "disk is full. Choose another folder, or free some space.")
                .arg(folder) };
    return path;
}
