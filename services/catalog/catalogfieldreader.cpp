#include "catalogfieldreader.h"

#include "catalogparser.h"

#include <algorithm>
#include <cmath>

namespace onewindow {

CatalogFieldReader::CatalogFieldReader(QList<CatalogIssue> &issues)
    : m_issues(issues)
{ }

void CatalogFieldReader::add(const QString &path, const QString &code, const QString &message)
{
    if (m_issues.size() < CatalogParser::kMaxIssues)
        m_issues.append({ path, code, message });
}

QString CatalogFieldReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString CatalogFieldReader::text(
    const QJsonObject &o, const QString &path, const QString &key, bool required, int maxLength)
{
    const QJsonValue v = o.value(key);
    // The path is only built for an issue: reading a valid catalog makes none.
    const auto p = [&] { return join(path, key); };
    if (v.isUndefined() || v.isNull()) {
        if (required)
            add(p(), QStringLiteral("catalog.missing"),
                CatalogParser::tr("This field is required but missing."));
        return {};
    }
    if (!v.isString()) {
        add(p(), QStringLiteral("catalog.type"), CatalogParser::tr("Expected text here."));
        return {};
    }
    const QString s = v.toString();
    if (required && s.trimmed().isEmpty())
        add(p(), QStringLiteral("catalog.empty"),
            CatalogParser::tr("This text must not be empty."));
    else if (s.size() > maxLength)
        add(p(), QStringLiteral("catalog.too_long"),
            CatalogParser::tr("This text is longer than %1 characters.").arg(maxLength));
    return s;
}

qint64 CatalogFieldReader::integer(const QJsonObject &o, const QString &path, const QString &key,
    bool required, qint64 min, qint64 max, qint64 fallback)
{
    const QJsonValue v = o.value(key);
    // The path is only built for an issue: reading a valid catalog makes none.
    const auto p = [&] { return join(path, key); };
    if (v.isUndefined() || v.isNull()) {
        if (required)
            add(p(), QStringLiteral("catalog.missing"),
                CatalogParser::tr("This field is required but missing."));
        return fallback;
    }
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d) {
        add(p(), QStringLiteral("catalog.type"),
            CatalogParser::tr("Expected a whole number here."));
        return fallback;
    }
    if (d < double(min) || d > double(max)) {
        add(p(), QStringLiteral("catalog.range"),
            CatalogParser::tr("The number %1 is outside the allowed range %2 to %3.")
                .arg(QString::number(d, 'g', 17))
                .arg(min)
                .arg(max));
        return fallback;
    }
    return qint64(d);
}

bool CatalogFieldReader::boolean(
    const QJsonObject &o, const QString &path, const QString &key, bool fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        add(join(path, key), QStringLiteral("catalog.type"),
            CatalogParser::tr("Expected true or false here."));
        return fallback;
    }
    return v.toBool();
}

QJsonArray CatalogFieldReader::array(
    const QJsonObject &o, const QString &path, const QString &key, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            add(join(path, key), QStringLiteral("catalog.missing"),
                CatalogParser::tr("This list is required but missing."));
        return {};
    }
    if (!v.isArray()) {
        add(join(path, key), QStringLiteral("catalog.type"),
            CatalogParser::tr("Expected a list here."));
        return {};
    }
    return v.toArray();
}

QStringList CatalogFieldReader::texts(const QJsonObject &o, const QString &path, const QString &key)
{
    QStringList out;
    const QJsonArray a = array(o, path, key, false);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString() || a.at(i).toString().trimmed().isEmpty())
            add(QStringLiteral("%1[%2]").arg(join(path, key)).arg(i),
                QStringLiteral("catalog.type"), CatalogParser::tr("Expected non-empty text here."));
        else
            out << a.at(i).toString();
    }
    return out;
}

bool CatalogFieldReader::object(const QJsonValue &v, const QString &path)
{
    if (v.isObject())
        return true;
    add(path, QStringLiteral("catalog.type"), CatalogParser::tr("Expected an object { … } here."));
    return false;
}

QString CatalogFieldReader::code(
    const QJsonObject &o, const QString &path, const QString &key, bool underscore)
{
    const QString s = text(o, path, key, true, 64);
    // 1 to 64 of [0-9A-Za-z-] (and "_" where allowed); text() has reported a longer one.
    const bool valid = s.size() <= 64 && std::all_of(s.cbegin(), s.cend(), [&](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || u == u'-' || (underscore && u == u'_');
    });
    if (s.isEmpty() || valid)
        return s;
    if (underscore)
        add(join(path, key), QStringLiteral("catalog.bad_code"),
            CatalogParser::tr("The code \"%1\" may only use letters, digits, \"-\" and \"_\" "
                              "(1 to 64 characters).")
                .arg(s.left(80)));
    else
        add(join(path, key), QStringLiteral("catalog.bad_code"),
            CatalogParser::tr("The item code \"%1\" may only use letters, digits and \"-\" "
                              "(1 to 64 characters).")
                .arg(s.left(80)));
    return s;
}

QString CatalogFieldReader::oneOf(
    const QJsonObject &o, const QString &path, const QString &key, const QStringList &allowed)
{
    const QString s = text(o, path, key, true);
    if (!s.isEmpty() && !allowed.contains(s))
        add(join(path, key), QStringLiteral("catalog.bad_value"),
            CatalogParser::tr("\"%1\" is not allowed here; use one of: %2.")
                .arg(s.left(80), allowed.join(QStringLiteral(", "))));
    return s;
}

} // namespace onewindow
