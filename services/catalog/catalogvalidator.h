// CatalogValidator: the rules that span entries (unique codes, references, shared form keys).
#pragma once

#include "catalogmodel.h"

#include <QCoreApplication>

namespace onewindow {

class CatalogValidator
{
    Q_DECLARE_TR_FUNCTIONS(CatalogValidator)
public:
    // Appends one issue per broken rule; the catalog's lists must keep their file order so
    // that the paths name the right entries.
    static void check(const Catalog &catalog, QList<CatalogIssue> &issues);
};

} // namespace onewindow
