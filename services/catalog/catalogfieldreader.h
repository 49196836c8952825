// CatalogFieldReader: reads typed catalog values and records each problem with its JSON path.
#pragma once

#include "catalogmodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace onewindow {

// Collects issues and reads typed values; a missing or mistyped value is one issue, named by
// its path, and reading goes on so the administrator sees every problem at once.
class CatalogFieldReader
{
public:
    explicit CatalogFieldReader(QList<CatalogIssue> &issues);

    void add(const QString &path, const QString &code, const QString &message);

    static QString join(const QString &path, const QString &key);

    QString text(const QJsonObject &o, const QString &path, const QString &key, bool required,
        int maxLength = 200);

    qint64 integer(const QJsonObject &o, const QString &path, const QString &key, bool required,
        qint64 min, qint64 max, qint64 fallback);

    bool boolean(const QJsonObject &o, const QString &path, const QString &key, bool fallback);

    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key, bool required);

    // A list of non-empty strings.
    QStringList texts(const QJsonObject &o, const QString &path, const QString &key);

    // Either an object, or one issue.
    bool object(const QJsonValue &v, const QString &path);

    // Item codes follow the format strictly ([0-9A-Za-z-]); department and certificate type
    // codes such as RESIDENT_ID may also use "_".
    QString code(const QJsonObject &o, const QString &path, const QString &key, bool underscore);

    QString oneOf(
        const QJsonObject &o, const QString &path, const QString &key, const QStringList &allowed);

private:
    QList<CatalogIssue> &m_issues;
};

} // namespace onewindow
