#include "mergedform.h"

#include "formfieldcheck.h"

namespace onewindow {

Result<MergedForm> MergedForm::merge(const QList<CatalogItem> &items)
{
    MergedForm form;
    QHash<QString, qsizetype> index;
    for (const CatalogItem &item : items) {
        for (const CatalogFormField &f : item.form) {
            const auto found = index.constFind(f.key);
            if (found == index.cend()) {
                index.insert(f.key, form.m_fields.size());
                form.m_fields.append({ f, { item.code } });
                continue;
            }
            MergedField &merged = form.m_fields[*found];
            if (merged.field.type != f.type)
                return Error { QStringLiteral("form.conflicting_field"),
                    tr("The items %1 and %2 ask for \"%3\" in different ways, so they cannot be "
                       "applied for with one form. Apply for them one at a time.")
                        .arg(merged.itemCodes.first(), item.code, f.label) };
            merged.field.required = merged.field.required || f.required;
            if (merged.field.prefill.isEmpty())
                merged.field.prefill = f.prefill;
            for (const QString &option : f.options)
                if (!merged.field.options.contains(option))
                    merged.field.options.append(option);
            if (!merged.itemCodes.contains(item.code))
                merged.itemCodes.append(item.code);
        }
    }
    return form;
}

const MergedField *MergedForm::field(const QString &key) const
{
    for (const MergedField &f : m_fields)
        if (f.field.key == key)
            return &f;
    return nullptr;
}

Result<QJsonObject> MergedForm::check(
    const QHash<QString, QString> &answers, QList<FieldProblem> *problems, QDate today) const
{
    QJsonObject stored;
    QList<FieldProblem> found;
    for (const MergedField &f : m_fields) {
        auto value = FormFieldCheck::check(f.field, answers.value(f.field.key), today);
        if (!value) {
            found.append({ f.field.key, value.error() });
            continue;
        }
        if (!value->isEmpty())
            stored.insert(f.field.key, value.value());
    }
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return Error { QStringLiteral("form.incomplete"),
            tr("%n answer(s) of the form still need attention.", nullptr, int(found.size())) };
    return stored;
}

} // namespace onewindow
