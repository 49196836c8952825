#include "catalogwording.h"

namespace onewindow {

CatalogWording::CatalogWording(const QString &language)
    : m_english(language == u"en" || language.startsWith(u"en_"))
{ }

QString CatalogWording::text(const QString &chinese, const QString &english) const
{
    return m_english && !english.trimmed().isEmpty() ? english : chinese;
}

QStringList CatalogWording::optionLabels(const CatalogFormField &field) const
{
    // A count that does not match is refused on import; an old snapshot is read as it is.
    if (!m_english || field.optionsEn.size() != field.options.size())
        return field.options;
    QStringList labels;
    labels.reserve(field.options.size());
    for (qsizetype i = 0; i < field.options.size(); ++i)
        labels << text(field.options.at(i), field.optionsEn.at(i));
    return labels;
}

QString CatalogWording::join(const QStringList &names) const
{
    return names.join(m_english ? QStringLiteral(", ") : QStringLiteral("、"));
}

} // namespace onewindow
