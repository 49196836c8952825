// CatalogValidator: the rules that span entries (unique codes, references, shared form keys).
#pragma once

#include "catalogmodel.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace onewindow {

// Fed one item at a time, as the parser reads them, so that a large catalog's items need not
// all be kept to check the rules across them: it keeps only each item's code, its bundle
// references and the first type of every form key.
class CatalogValidator
{
    Q_DECLARE_TR_FUNCTIONS(CatalogValidator)
public:
    // header: the catalog's top-level lists (its items are not looked at).
    explicit CatalogValidator(const Catalog &header);

    // Item index of the catalog, in file order (the paths name it by its index).
    void addItem(qsizetype index, const CatalogItem &item);

    // True while no rule is broken so far; the references to later items are judged by finish().
    bool valid() const
    {
        return m_headerIssues.isEmpty() && m_calendarIssues.isEmpty() && m_codeIssues.isEmpty()
            && m_itemIssues.isEmpty();
    }

    // Appends one issue per broken rule, in the order check() gives them, after the ones
    // already in issues, up to CatalogParser::kMaxIssues in all.
    void finish(qsizetype itemCount, QList<CatalogIssue> &issues);

    // A whole catalog at once, its lists in file order.
    static void check(const Catalog &catalog, QList<CatalogIssue> &issues);

private:
    struct ItemIssue
    {
        qsizetype item;
        CatalogIssue issue;
    };
    struct Bundle // one parallelWith entry, judged once every code is known
    {
        qsizetype item;
        qsizetype entry;
        QString other;
        bool self;
    };
    void add(
        QList<CatalogIssue> &to, const QString &path, const QString &code, const QString &message);
    void addItemIssue(
        qsizetype item, const QString &path, const QString &code, const QString &message);

    QList<CatalogIssue> m_headerIssues; // duplicate department and certificate type codes
    QList<CatalogIssue> m_codeIssues; // duplicate item codes
    QList<CatalogIssue> m_calendarIssues;
    QList<ItemIssue> m_itemIssues;
    QSet<QString> m_departments;
    QSet<QString> m_certificateTypes;
    QHash<QString, qsizetype> m_itemCodes; // code → index of its first use
    QHash<QString, QPair<QString, QString>> m_formKeys; // key → first type, its path
    QList<Bundle> m_bundles;
};

} // namespace onewindow
