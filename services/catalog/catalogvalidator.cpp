#include "catalogvalidator.h"

#include "catalogparser.h"

namespace onewindow {

namespace {

// Codes must be unique within their list; the second use is the one reported.
QSet<QString> uniqueCodes(const QStringList &codes, const QString &list,
    const std::function<void(const QString &, const QString &)> &duplicate)
{
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        if (codes.at(i).isEmpty())
            continue;
        const auto first = seen.constFind(codes.at(i));
        if (first != seen.constEnd())
            duplicate(QStringLiteral("%1[%2].code").arg(list).arg(i),
                CatalogValidator::tr("The code \"%1\" is already used by %2[%3].")
                    .arg(codes.at(i), list)
                    .arg(*first));
        else
            seen.insert(codes.at(i), i);
    }
    return QSet<QString>(codes.cbegin(), codes.cend());
}

QString itemPath(qsizetype index) { return QStringLiteral("items[%1]").arg(index); }

} // namespace

void CatalogValidator::add(
    QList<CatalogIssue> &to, const QString &path, const QString &code, const QString &message)
{
    if (to.size() < CatalogParser::kMaxIssues)
        to.append({ path, code, message });
}

void CatalogValidator::addItemIssue(
    qsizetype item, const QString &path, const QString &code, const QString &message)
{
    if (m_itemIssues.size() < CatalogParser::kMaxIssues)
        m_itemIssues.append({ item, { path, code, message } });
}

CatalogValidator::CatalogValidator(const Catalog &header)
{
    const auto duplicate = [this](const QString &path, const QString &message) {
        add(m_headerIssues, path, QStringLiteral("catalog.duplicate_code"), message);
    };
    QStringList codes;
    for (const auto &d : header.departments)
        codes << d.code;
    m_departments = uniqueCodes(codes, QStringLiteral("departments"), duplicate);
    codes.clear();
    for (const auto &t : header.certificateTypes)
        codes << t.code;
    m_certificateTypes = uniqueCodes(codes, QStringLiteral("certificateTypes"), duplicate);

    const QSet<QDate> holidays(header.holidays.cbegin(), header.holidays.cend());
    for (qsizetype i = 0; i < header.workdays.size(); ++i)
        if (holidays.contains(header.workdays.at(i)))
            add(m_calendarIssues, QStringLiteral("workdays[%1]").arg(i),
                QStringLiteral("catalog.calendar_conflict"),
                tr("%1 is listed both as a holiday and as a working day.")
                    .arg(header.workdays.at(i).toString(Qt::ISODate)));
}

void CatalogValidator::addItem(qsizetype index, const CatalogItem &item)
{
    if (!item.code.isEmpty()) {
        const auto first = m_itemCodes.constFind(item.code);
        if (first != m_itemCodes.constEnd())
            add(m_codeIssues, itemPath(index) + QStringLiteral(".code"),
                QStringLiteral("catalog.duplicate_code"),
                tr("The code \"%1\" is already used by %2[%3].")
                    .arg(item.code, QStringLiteral("items"))
                    .arg(*first));
        else
            m_itemCodes.insert(item.code, index);
    }
    // Paths are only built for an issue: checking a valid catalog makes none.
    const auto p = [&] { return itemPath(index); };
    if (!item.department.isEmpty() && !m_departments.contains(item.department))
        addItemIssue(index, p() + QStringLiteral(".department"),
            QStringLiteral("catalog.unknown_department"),
            tr("The department \"%1\" is not in the catalog's departments list.")
                .arg(item.department.left(64)));
    if (item.promisedLimitDays > item.legalLimitDays)
        addItemIssue(index, p() + QStringLiteral(".promisedLimitDays"),
            QStringLiteral("catalog.promise_over_limit"),
            tr("The promised time limit (%1 working days) is longer than the legal limit (%2 "
               "working days); the promise may only be shorter.")
                .arg(item.promisedLimitDays)
                .arg(item.legalLimitDays));

    QSet<QString> materialCodes;
    for (qsizetype m = 0; m < item.materials.size(); ++m) {
        const CatalogMaterial &material = item.materials.at(m);
        const auto mp = [&] { return QStringLiteral("%1.materials[%2]").arg(p()).arg(m); };
        if (!material.code.isEmpty() && materialCodes.contains(material.code))
            addItemIssue(index, mp() + QStringLiteral(".code"),
                QStringLiteral("catalog.duplicate_code"),
                tr("The material code \"%1\" is used twice in this item.").arg(material.code));
        materialCodes.insert(material.code);
        for (qsizetype s = 0; s < material.satisfiedBy.size(); ++s)
            if (!m_certificateTypes.contains(material.satisfiedBy.at(s)))
                addItemIssue(index, QStringLiteral("%1.satisfiedBy[%2]").arg(mp()).arg(s),
                    QStringLiteral("catalog.unknown_certificate_type"),
                    tr("The certificate type \"%1\" is not in the catalog's certificateTypes "
                       "list.")
                        .arg(material.satisfiedBy.at(s).left(64)));
    }

    QSet<QString> keys;
    for (qsizetype f = 0; f < item.form.size(); ++f) {
        const CatalogFormField &field = item.form.at(f);
        const auto fp = [&] { return QStringLiteral("%1.form[%2]").arg(p()).arg(f); };
        if (field.key.isEmpty())
            continue;
        if (keys.contains(field.key))
            addItemIssue(index, fp() + QStringLiteral(".key"),
                QStringLiteral("catalog.duplicate_key"),
                tr("The form key \"%1\" is used twice in this item.").arg(field.key));
        keys.insert(field.key);
        if (!field.type.isEmpty()) {
            const auto first = m_formKeys.constFind(field.key);
            if (first == m_formKeys.constEnd())
                m_formKeys.insert(field.key, { field.type, fp() });
            else if (first->first != field.type)
                addItemIssue(index, fp() + QStringLiteral(".type"),
                    QStringLiteral("catalog.key_type_conflict"),
                    tr("The form key \"%1\" has type \"%2\" here but \"%3\" at %4; items share "
                       "fields by key, so the types must agree.")
                        .arg(field.key, field.type, first->first, first->second));
        }
        if (!field.prefill.isEmpty()) {
            const QString type = field.prefill.section(QLatin1Char('.'), 0, 0);
            if (!field.prefill.contains(QLatin1Char('.'))
                || field.prefill.endsWith(QLatin1Char('.')) || !m_certificateTypes.contains(type))
                addItemIssue(index, fp() + QStringLiteral(".prefill"),
                    QStringLiteral("catalog.bad_prefill"),
                    tr("\"%1\" must be CERTIFICATE_TYPE.field with a certificate type from the "
                       "certificateTypes list.")
                        .arg(field.prefill.left(120)));
        }
    }

    for (qsizetype w = 0; w < item.parallelWith.size(); ++w) {
        const QString &other = item.parallelWith.at(w);
        m_bundles.append({ index, w, other, other == item.code });
    }
}

void CatalogValidator::finish(qsizetype itemCount, QList<CatalogIssue> &issues)
{
    const auto append = [&](const CatalogIssue &issue) {
        if (issues.size() < CatalogParser::kMaxIssues)
            issues.append(issue);
    };
    for (const CatalogIssue &issue : std::as_const(m_headerIssues))
        append(issue);
    for (const CatalogIssue &issue : std::as_const(m_codeIssues))
        append(issue);
    if (itemCount == 0)
        append({ QStringLiteral("items"), QStringLiteral("catalog.no_items"),
            tr("The catalog has no items; loading it would leave the terminal with nothing to "
               "offer.") });
    for (const CatalogIssue &issue : std::as_const(m_calendarIssues))
        append(issue);
    // An item's bundle references are its last rules: each comes after the item's other issues.
    qsizetype next = 0;
    for (const Bundle &bundle : std::as_const(m_bundles)) {
        while (next < m_itemIssues.size() && m_itemIssues.at(next).item <= bundle.item)
            append(m_itemIssues.at(next++).issue);
        const auto wp = [&] {
            return QStringLiteral("%1.parallelWith[%2]")
                .arg(itemPath(bundle.item))
                .arg(bundle.entry);
        };
        if (bundle.self)
            append({ wp(), QStringLiteral("catalog.self_reference"),
                tr("An item cannot be bundled with itself.") });
        else if (!m_itemCodes.contains(bundle.other))
            append({ wp(), QStringLiteral("catalog.unknown_item"),
                tr("The item code \"%1\" is not in this catalog.").arg(bundle.other.left(64)) });
    }
    while (next < m_itemIssues.size())
        append(m_itemIssues.at(next++).issue);
}

void CatalogValidator::check(const Catalog &catalog, QList<CatalogIssue> &issues)
{
    CatalogValidator validator(catalog);
    for (qsizetype i = 0; i < catalog.items.size(); ++i)
        validator.addItem(i, catalog.items.at(i));
    validator.finish(catalog.items.size(), issues);
}

} // namespace onewindow
