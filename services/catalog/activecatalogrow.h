// ActiveCatalogRow: one item's row texts and search document as the UTF-8 the writer binds.
#pragma once

#include "catalogmodel.h"
#include "catalogsearch.h"

#include <array>
#include <QByteArray>
#include <QByteArrayView>

namespace onewindow {

// Made on the thread that reads the catalog, so that the thread writing it (the slower side of
// a load) only binds bytes: thirteen texts in one buffer, one allocation instead of thirteen.
class ActiveCatalogRow
{
public:
    enum Text {
        Code,
        Name,
        ShortName,
        NameEn,
        Department,
        Level,
        Kind,
        Themes, // |a|b|: a LIKE '%|a|%' finds one theme
        Audience, // the same
        Head, // the search document's columns
        Initials,
        Inner,
        Body,
        TextCount
    };

    ActiveCatalogRow() = default;
    ActiveCatalogRow(const CatalogItem &item, const CatalogSearchDocument &document);

    QByteArrayView text(Text which) const
    {
        return QByteArrayView(
            m_utf8.constData() + m_bounds[which], m_bounds[which + 1] - m_bounds[which]);
    }

private:
    QByteArray m_utf8;
    std::array<qsizetype, TextCount + 1> m_bounds {};
};

} // namespace onewindow
