// CatalogParser: turns catalog file bytes into a Catalog, listing every problem with its path.
#pragma once

#include "catalogdocument.h"
#include "catalogmodel.h"
#include "result.h"

#include <functional>
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

    // Told while read() goes, on the thread that runs it, so a caller can use what is read
    // before the whole catalog is: the top-level fields first (items still empty), then every
    // item as soon as it is read, handed over: the outcome's catalog then keeps no items, so a
    // large catalog is never held whole. valid: no rule was broken so far (references to items
    // further on are judged only at the end). item() returning false stops reading.
    struct Observer
    {
        std::function<void(const Catalog &header, bool valid)> header;
        std::function<bool(qsizetype index, CatalogItem &&item, bool valid)> item;
    };

    // Every field of every entry, and the rules across them (CatalogValidator).
    static Outcome read(const CatalogDocument &document, const Observer &observer = {});

    // parseDocument + read.
    static Outcome parse(const QByteArray &bytes);

    // An item back from its stored snapshot (already validated when it was imported).
    static CatalogItem itemFromSnapshot(const QByteArray &snapshot);
};

} // namespace onewindow
