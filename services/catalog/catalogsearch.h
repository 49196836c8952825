// CatalogSearch: the service finder's query over the FTS5 index of the active catalog.
#pragma once

#include "catalogmodel.h"
#include "result.h"

#include <memory>
#include <QCoreApplication>
#include <QHash>

namespace onewindow {

class Database;
class PinyinTranscriber;

struct CatalogSearchQuery
{
    QString text; // Chinese, full pinyin or pinyin initials; empty: browse by the filters
    QString theme;
    QString department;
    QString level;
    QString audience;
    // The levels this terminal offers (its settings); empty: every level.
    QStringList offeredLevels;
    int limit = 20;
};

struct CatalogSearchHit
{
    // How the hit matched, best first: exact name > name prefix > initials > anything else,
    // where a match inside the name (Inner) comes before one in themes, department or materials;
    // last the forgiving matches (Fuzzy: one typo away), only when the others leave room.
    enum Tier { Exact = 0, Prefix = 1, Initials = 2, Inner = 3, Other = 4, Fuzzy = 5, Browse = 6 };

    QString code;
    QString name;
    QString shortName;
    QString departmentCode;
    QString departmentName;
    QString nameEn; // empty when the publisher gave none
    QString departmentNameEn;
    int promisedLimitDays = 0;
    int onlineLevel = 1;
    Tier tier = Other;
};

// The three indexed columns of one item (the catalog migration says what each is for).
struct CatalogSearchDocument
{
    QString head;
    QString initials;
    QString inner;
    QString body;
};

// The tokens of the texts most items share (themes, departments, materials) during one catalog
// import: a few hundred distinct texts among hundreds of thousands, and pinyin is the costly part.
struct CatalogSearchTokenCache
{
    QHash<QString, QStringList> others;
    // The body column of the texts (one item's themes, department and materials, as a key) an
    // item shares with others: items of one kind name the same materials.
    QHash<QString, QString> bodies;
};

class CatalogSearch
{
    Q_DECLARE_TR_FUNCTIONS(CatalogSearch)
public:
    // pinyin spells Chinese queries for the forgiving tier (社保咔 finds 社保卡); without one the
    // search makes its own when it first needs it.
    explicit CatalogSearch(Database &database, PinyinTranscriber *pinyin = nullptr);
    ~CatalogSearch();

    // Longer queries are cut: nobody types more on a kiosk, and it bounds the FTS5 query.
    static constexpr int kMaxQueryLength = 64;
    // The forgiving tier's bounds: shorter queries are too short to guess from, and a longer
    // one would spell too many variants (about 52 per letter) into one FTS5 query.
    static constexpr int kMinFuzzyLength = 3;
    static constexpr int kMaxFuzzyLength = 24;

    Result<QList<CatalogSearchHit>> search(const CatalogSearchQuery &query);

    // What the index holds for an item; the catalog store writes it when it applies a catalog.
    static CatalogSearchDocument document(const CatalogItem &item, const QString &departmentName,
        PinyinTranscriber &pinyin, CatalogSearchTokenCache &cache);

private:
    struct Statements;
    Result<int> runTier(const QString &match, CatalogSearchHit::Tier tier,
        const CatalogSearchQuery &query, QList<CatalogSearchHit> &hits);
    QString fuzzyMatch(const QString &text, bool han);

    Database &m_database;
    PinyinTranscriber *m_pinyin = nullptr;
    std::unique_ptr<PinyinTranscriber> m_ownPinyin;
    std::unique_ptr<Statements> m_statements;
};

} // namespace onewindow
