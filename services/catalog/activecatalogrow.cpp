#include "activecatalogrow.h"

#include <QStringEncoder>

namespace onewindow {

namespace {

// |a|b| for a list, | for none.
qsizetype barredLength(const QStringList &values)
{
    qsizetype length = 1;
    for (const QString &v : values)
        length += v.size() + 1;
    return length;
}

} // namespace

ActiveCatalogRow::ActiveCatalogRow(const CatalogItem &item, const CatalogSearchDocument &document)
{
    const QString *const plain[] = { &item.code, &item.name, &item.shortName, &item.nameEn,
        &item.department, &item.level, &item.kind };
    const QString *const search[]
        = { &document.head, &document.initials, &document.inner, &document.body };
    qsizetype units = barredLength(item.themes) + barredLength(item.audience);
    for (const QString *s : plain)
        units += s->size();
    for (const QString *s : search)
        units += s->size();
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    m_utf8.resize(encoder.requiredSpace(units));
    char *const start = m_utf8.data();
    char *out = start;
    int field = 0;
    const auto close = [&] { m_bounds[++field] = out - start; };
    for (const QString *s : plain) {
        out = encoder.appendToBuffer(out, *s);
        close();
    }
    for (const QStringList *list : { &item.themes, &item.audience }) {
        *out++ = '|';
        for (const QString &v : *list) {
            out = encoder.appendToBuffer(out, v);
            *out++ = '|';
        }
        close();
    }
    for (const QString *s : search) {
        out = encoder.appendToBuffer(out, *s);
        close();
    }
    m_utf8.truncate(out - start);
}

} // namespace onewindow
