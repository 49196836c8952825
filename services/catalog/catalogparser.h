// CatalogParser: turns catalog file bytes into a Catalog, listing every problem with its path.
#pragma once

#include "catalogdocument.h"
#include "catalogmodel.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace onewindow {

class CatalogParser
{
    Q_DECLARE_TR_FUNCTIONS(CatalogParser)
public:
    static constexpr int kFormatVersion = 1;
    static constexpr qsizetype kMaxFileBytes = 512 * 1024 * 1024;
    static constexpr int kMaxIssues = 1000;

    struct Outcome
    {
        Catalog catalog;
        QList<CatalogIssue> issues; // empty: the catalog is valid
    };

    // The top-level object split into its fields and its items, or one syntax issue that gives
    // line and column. The items are parsed one at a time by read(), never all at once.
    static Result<CatalogDocument> parseDocument(const QByteArray &bytes, CatalogIssue *issue);

    // Every field of every entry, then the cross-references (CatalogValidator).
    static Outcome read(const CatalogDocument &document);

    // parseDocument + read.
    static Outcome parse(const QByteArray &bytes);

    // An item back from its stored snapshot (already validated when it was imported).
    static CatalogItem itemFromSnapshot(const QByteArray &snapshot);
};

} // namespace onewindow
