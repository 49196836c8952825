#include "catalogvalidator.h"

#include "catalogparser.h"

#include <QHash>
#include <QSet>

namespace onewindow {

namespace {

struct Sink
{
    QList<CatalogIssue> &issues;
    void add(const QString &path, const QString &code, const QString &message)
    {
        if (issues.size() < CatalogParser::kMaxIssues)
            issues.append({ path, code, message });
    }
};

void checkItem(const Catalog &c, qsizetype index, const QSet<QString> &departments,
    const QSet<QString> &certificateTypes, const QSet<QString> &itemCodes,
    QHash<QString, QPair<QString, QString>> &formKeys, Sink &sink)
{
    const CatalogItem &item = c.items.at(index);
    // Paths are only built for an issue: checking a valid catalog makes none.
    const auto p = [&] { return QStringLiteral("items[%1]").arg(index); };
    if (!item.department.isEmpty() && !departments.contains(item.department))
        sink.add(p() + QStringLiteral(".department"), QStringLiteral("catalog.unknown_department"),
            CatalogValidator::tr("The department \"%1\" is not in the catalog's departments list.")
                .arg(item.department.left(64)));
    if (item.promisedLimitDays > item.legalLimitDays)
        sink.add(p() + QStringLiteral(".promisedLimitDays"),
            QStringLiteral("catalog.promise_over_limit"),
            CatalogValidator::tr("The promised time limit (%1 working days) is longer than the "
                                 "legal limit (%2 working days); the promise may only be shorter.")
                .arg(item.promisedLimitDays)
                .arg(item.legalLimitDays));

    QSet<QString> materialCodes;
    for (qsizetype m = 0; m < item.materials.size(); ++m) {
        const CatalogMaterial &material = item.materials.at(m);
        const auto mp = [&] { return QStringLiteral("%1.materials[%2]").arg(p()).arg(m); };
        if (!material.code.isEmpty() && materialCodes.contains(material.code))
            sink.add(mp() + QStringLiteral(".code"), QStringLiteral("catalog.duplicate_code"),
                CatalogValidator::tr("The material code \"%1\" is used twice in this item.")
                    .arg(material.code));
        materialCodes.insert(material.code);
        for (qsizetype s = 0; s < material.satisfiedBy.size(); ++s)
            if (!certificateTypes.contains(material.satisfiedBy.at(s)))
                sink.add(QStringLiteral("%1.satisfiedBy[%2]").arg(mp()).arg(s),
                    QStringLiteral("catalog.unknown_certificate_type"),
                    CatalogValidator::tr("The certificate type \"%1\" is not in the catalog's "
                                         "certificateTypes list.")
                        .arg(material.satisfiedBy.at(s).left(64)));
    }

    QSet<QString> keys;
    for (qsizetype f = 0; f < item.form.size(); ++f) {
        const CatalogFormField &field = item.form.at(f);
        const auto fp = [&] { return QStringLiteral("%1.form[%2]").arg(p()).arg(f); };
        if (field.key.isEmpty())
            continue;
        if (keys.contains(field.key))
            sink.add(fp() + QStringLiteral(".key"), QStringLiteral("catalog.duplicate_key"),
                CatalogValidator::tr("The form key \"%1\" is used twice in this item.")
                    .arg(field.key));
        keys.insert(field.key);
        if (!field.type.isEmpty()) {
            const auto first = formKeys.constFind(field.key);
            if (first == formKeys.constEnd())
                formKeys.insert(field.key, { field.type, fp() });
            else if (first->first != field.type)
                sink.add(fp() + QStringLiteral(".type"),
                    QStringLiteral("catalog.key_type_conflict"),
                    CatalogValidator::tr("The form key \"%1\" has type \"%2\" here but \"%3\" at "
                                         "%4; items share fields by key, so the types must agree.")
                        .arg(field.key, field.type, first->first, first->second));
        }
        if (!field.prefill.isEmpty()) {
            const QString type = field.prefill.section(QLatin1Char('.'), 0, 0);
            if (!field.prefill.contains(QLatin1Char('.'))
                || field.prefill.endsWith(QLatin1Char('.')) || !certificateTypes.contains(type))
                sink.add(fp() + QStringLiteral(".prefill"), QStringLiteral("catalog.bad_prefill"),
                    CatalogValidator::tr("\"%1\" must be CERTIFICATE_TYPE.field with a certificate "
                                         "type from the certificateTypes list.")
                        .arg(field.prefill.left(120)));
        }
    }

    for (qsizetype w = 0; w < item.parallelWith.size(); ++w) {
        const QString &other = item.parallelWith.at(w);
        const auto wp = [&] { return QStringLiteral("%1.parallelWith[%2]").arg(p()).arg(w); };
        if (other == item.code)
            sink.add(wp(), QStringLiteral("catalog.self_reference"),
                CatalogValidator::tr("An item cannot be bundled with itself."));
        else if (!itemCodes.contains(other))
            sink.add(wp(), QStringLiteral("catalog.unknown_item"),
                CatalogValidator::tr("The item code \"%1\" is not in this catalog.")
                    .arg(other.left(64)));
    }
}

// Codes must be unique within their list; the second use is the one reported.
QSet<QString> uniqueCodes(const QStringList &codes, const QString &list, Sink &sink)
{
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        if (codes.at(i).isEmpty())
            continue;
        const auto first = seen.constFind(codes.at(i));
        if (first != seen.constEnd())
            sink.add(QStringLiteral("%1[%2].code").arg(list).arg(i),
                QStringLiteral("catalog.duplicate_code"),
                CatalogValidator::tr("The code \"%1\" is already used by %2[%3].")
                    .arg(codes.at(i), list)
                    .arg(*first));
        else
            seen.insert(codes.at(i), i);
    }
    return QSet<QString>(codes.cbegin(), codes.cend());
}

} // namespace

void CatalogValidator::check(const Catalog &c, QList<CatalogIssue> &issues)
{
    Sink sink { issues };
    QStringList codes;
    for (const auto &d : c.departments)
        codes << d.code;
    const QSet<QString> departments = uniqueCodes(codes, QStringLiteral("departments"), sink);
    codes.clear();
    for (const auto &t : c.certificateTypes)
        codes << t.code;
    const QSet<QString> certificateTypes
        = uniqueCodes(codes, QStringLiteral("certificateTypes"), sink);
    codes.clear();
    codes.reserve(c.items.size());
    for (const auto &item : c.items)
        codes << item.code;
    const QSet<QString> itemCodes = uniqueCodes(codes, QStringLiteral("items"), sink);

    if (c.items.isEmpty() && c.formatVersion <= CatalogParser::kFormatVersion)
        sink.add(QStringLiteral("items"), QStringLiteral("catalog.no_items"),
            tr("The catalog has no items; loading it would leave the terminal with nothing to "
               "offer."));
    const QSet<QDate> holidays(c.holidays.cbegin(), c.holidays.cend());
    for (qsizetype i = 0; i < c.workdays.size(); ++i)
        if (holidays.contains(c.workdays.at(i)))
            sink.add(QStringLiteral("workdays[%1]").arg(i),
                QStringLiteral("catalog.calendar_conflict"),
                tr("%1 is listed both as a holiday and as a working day.")
                    .arg(c.workdays.at(i).toString(Qt::ISODate)));

    QHash<QString, QPair<QString, QString>> formKeys;
    for (qsizetype i = 0; i < c.items.size(); ++i)
        checkItem(c, i, departments, certificateTypes, itemCodes, formKeys, sink);
}

} // namespace onewindow
