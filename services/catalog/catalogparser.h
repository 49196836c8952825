// CatalogParser: turns catalog file bytes into a Catalog, listing every problem with its path.
#pragma once

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

    // Syntax only: the top-level object, or one issue that gives line and column.
    static Result<QJsonObject> parseDocument(const QByteArray &bytes, CatalogIssue *issue);

    // Every field of every entry, then the cross-references (CatalogValidator).
    static Outcome read(const QJsonObject &root);

    // parseDocument + read.
    static Outcome parse(const QByteArray &bytes);

    // An item back from its stored snapshot (already validated when it was imported).
    static CatalogItem itemFromSnapshot(const QByteArray &snapshot);
};

} // namespace onewindow
