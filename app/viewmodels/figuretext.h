// How the supervision and KPI pages show report figures: rates, day counts, per-day and rating
// rows, the period the administrator types, and the CSV written for export.
#pragma once

#include "result.h"
#include "supervisionreport.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QVariantList>

class FigureText
{
    Q_DECLARE_TR_FUNCTIONS(FigureText)
public:
    static QString percent(std::optional<double> rate); // "87.5%" or "no figure"
    static QString decimal(std::optional<double> value); // "3.2" or "no figure"
    static QVariantList perDay(const QList<onewindow::DailyCount> &days); // {day, count}
    static int maxPerDay(const QList<onewindow::DailyCount> &days);
    static QVariantList ratings(const QList<onewindow::RatingLevel> &levels);

    // A period typed as yyyy-MM-dd, first day not after the last, at most a year.
    static onewindow::Result<std::pair<QDate, QDate>> period(
        const QString &from, const QString &to);
    // The last days days up to today, both included, as yyyy-MM-dd (days: 1 to 366).
    static std::pair<QString, QString> lastDays(QDate today, int days);
    // Saves bytes as folder/fileName (atomically); the path, or why not. The terminal's own
    // export folder is made when missing; a chosen one (a USB stick) never is: a stick pulled
    // out must not turn into a folder on the terminal's disk.
    static onewindow::Result<QString> saveCsv(const QString &folder, const QString &fileName,
        const QByteArray &bytes, bool makeFolder = true);
};
