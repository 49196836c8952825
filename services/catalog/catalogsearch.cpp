#include "catalogsearch.h"

#include "database.h"
#include "pinyintranscriber.h"

#include <algorithm>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace onewindow {

namespace {

// Letters and digits only, lowercase: what FTS5's unicode61 tokenizer sees as one token.
// NFKC first folds the full-width ｓｂｋ of Chinese input methods into sbk.
QString compact(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

// Suffixes that start at a syllable boundary let "yanglao" find 职工基本养老保险 and "ylbx" its
// initials, with plain FTS5 prefix queries. Each suffix is a view into the whole spelling or the
// whole initials (kept by the caller): one copy per column rather than one per token.
void addSuffixes(const QStringList &syllables, const QString &joined, const QString &initials,
    std::vector<QStringView> &tokens)
{
    if (syllables.size() < 2)
        return;
    qsizetype joinedAt = 0;
    qsizetype initialsAt = 0;
    for (qsizetype i = 1; i < syllables.size(); ++i) {
        joinedAt += syllables.at(i - 1).size();
        initialsAt += syllables.at(i - 1).isEmpty() ? 0 : 1;
        tokens.push_back(QStringView(joined).mid(joinedAt));
        tokens.push_back(QStringView(initials).mid(initialsAt));
    }
}

// The tokens, space-separated. FTS5 reads a bag of tokens, and with detail=column a token
// repeated in one column is recorded once: repeats need not be dropped first (sorting the
// views to drop them was two fifths of the time spent making documents).
QString spaced(const std::vector<QStringView> &tokens)
{
    qsizetype size = 0;
    for (QStringView t : tokens)
        size += t.size() + 1;
    QString out;
    out.reserve(size);
    for (QStringView t : tokens) {
        if (t.isEmpty())
            continue;
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += t;
    }
    return out;
}

// The single Han characters of text (views into it), each once: a name repeats few, but its
// short name repeats most of them. seen holds the characters already added.
void addHanCharacters(
    QStringView text, std::vector<QStringView> &tokens, std::vector<char32_t> &seen)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size()
            && text.at(i + 1).isLowSurrogate();
        const char32_t c = pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
                                : char32_t(text.at(i).unicode());
        if (PinyinTranscriber::isHan(c)
            && std::find(seen.cbegin(), seen.cend(), c) == seen.cend()) {
            seen.push_back(c);
            tokens.push_back(text.mid(i, pair ? 2 : 1));
        }
        if (pair)
            ++i;
    }
}

// A number in a name (a year, a round, an ordinal) would make every suffix that runs over it
// unique to its item: the index would hold a term per item where one serves them all, and a
// typed prefix would have thousands of terms to merge. Suffixes run over the syllables only.
QStringList withoutNumbers(QStringList syllables)
{
    syllables.removeIf([](const QString &s) {
        return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
    });
    return syllables;
}

void addHanCharacters(QStringView text, QStringList &tokens)
{
    std::vector<QStringView> views;
    std::vector<char32_t> seen;
    addHanCharacters(text, views, seen);
    for (QStringView v : views)
        tokens << v.toString();
}

QString quoted(const QString &token) { return QLatin1Char('"') + token + QLatin1Char('"'); }

// The spellings a name may start with when the typed letters are one typo away from it: a
// letter too many, two neighbours swapped, a wrong letter, a letter left out (and the text
// itself, for a Chinese query's pinyin: 社保咔 is spelled as 社保卡 is). Each is matched as an
// FTS5 prefix, so a wrong or missing last letter needs no variant of its own: dropping the last
// letter covers it. A typo at position i keeps the letters before it, so only positions up to
// known (the length of the longest typed prefix any name starts with) can hold it: about 52
// variants a position, each one seek per index segment.
QStringList oneTypoAway(const QString &text, qsizetype known)
{
    QSet<QString> out { text };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n && i <= known; ++i) {
        out.insert(QString(text).remove(i, 1));
        if (i + 1 < n && text.at(i) != text.at(i + 1)) {
            QString swapped = text;
            std::swap(swapped[i], swapped[i + 1]);
            out.insert(swapped);
        }
        for (char16_t c = u'a'; c <= u'z'; ++c) {
            if (i + 1 < n && text.at(i) != QChar(c)) {
                QString wrong = text;
                wrong[i] = QChar(c);
                out.insert(wrong);
            }
            out.insert(text.left(i) + QChar(c) + text.mid(i));
        }
    }
    QStringList sorted(out.cbegin(), out.cend());
    sorted.sort(); // the same query text for the same input
    return sorted;
}

QString anyOf(const QStringList &variants)
{
    QStringList parts;
    for (const QString &v : variants)
        parts << quoted(v) + QLatin1Char('*');
    return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

// The order the finder prefers among hits of one tier: names that contain the typed text as
// it is, then shorter names (closer matches); the code keeps the order stable.
bool closer(const CatalogSearchHit &a, const CatalogSearchHit &b, const QString &typed)
{
    const bool aHas = a.name.contains(typed) || a.shortName.contains(typed);
    const bool bHas = b.name.contains(typed) || b.shortName.contains(typed);
    if (aHas != bHas)
        return aHas;
    if (a.name.size() != b.name.size())
        return a.name.size() < b.name.size();
    return a.code < b.code;
}

} // namespace

struct CatalogSearch::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : tier(db)
        , browse(db)
        , any(db)
    { }
    QSqlQuery tier;
    QSqlQuery browse;
    QSqlQuery any;
    bool prepared = false;
};

CatalogSearch::CatalogSearch(Database &database, PinyinTranscriber *pinyin)
    : m_database(database)
    , m_pinyin(pinyin)
{ }

CatalogSearch::~CatalogSearch() = default;

CatalogSearchDocument CatalogSearch::document(const CatalogItem &item,
    const QString &departmentName, PinyinTranscriber &pinyin, CatalogSearchTokenCache &cache)
{
    // The texts the tokens are views into: for the name and the short name, the compact name,
    // its spelling and initials, and the same without numbers (for the suffixes).
    QString kept[2][5];
    std::vector<QStringView> head;
    std::vector<QStringView> initials;
    std::vector<QStringView> inner;
    inner.reserve(128);
    std::vector<char32_t> han;
    const QString *names[] = { &item.name, &item.shortName };
    for (int n = 0; n < 2; ++n) {
        const QString &name = *names[n];
        if (name.isEmpty())
            continue;
        QString *k = kept[n];
        const QStringList syllables = pinyin.syllables(name);
        k[0] = compact(name);
        k[1] = PinyinTranscriber::joined(syllables);
        k[2] = PinyinTranscriber::initials(syllables);
        const QStringList bare = withoutNumbers(syllables);
        k[3] = PinyinTranscriber::joined(bare);
        k[4] = PinyinTranscriber::initials(bare);
        head.push_back(k[0]);
        head.push_back(k[1]);
        initials.push_back(k[2]);
        addSuffixes(bare, k[3], k[4], inner);
        addHanCharacters(name, inner, han);
    }
    QStringList others = item.themes;
    others << departmentName;
    for (const CatalogMaterial &m : item.materials)
        others << m.name;
    const QString key = others.join(QLatin1Char('\n'));
    auto shared = cache.bodies.constFind(key);
    if (shared == cache.bodies.constEnd()) {
        // Views into the cached tokens, which outlive this call.
        std::vector<QStringView> body;
        for (const QString &text : std::as_const(others)) {
            auto found = cache.others.constFind(text);
            if (found == cache.others.constEnd()) {
                QStringList tokens;
                addHanCharacters(text, tokens);
                const QStringList syllables = pinyin.syllables(text);
                tokens << PinyinTranscriber::joined(syllables)
                       << PinyinTranscriber::initials(syllables);
                found = cache.others.insert(text, tokens);
            }
            for (const QString &token : *found)
                body.push_back(token);
        }
        // Made once per distinct body but written for every item that shares it: repeats
        // (a character in several materials) are dropped here.
        std::sort(body.begin(), body.end());
        body.erase(std::unique(body.begin(), body.end()), body.end());
        shared = cache.bodies.insert(key, spaced(body));
    }
    // FTS5 reads a bag of tokens: the code need not be sorted in.
    const QString code = item.code.toLower();
    return { spaced(head), spaced(initials), spaced(inner),
        shared->isEmpty() ? code : *shared + QLatin1Char(' ') + code };
}

Result<int> CatalogSearch::runTier(const QString &match, CatalogSearchHit::Tier tier,
    const CatalogSearchQuery &query, QList<CatalogSearchHit> &hits)
{
    QSqlQuery &q = match.isEmpty() ? m_statements->browse : m_statements->tier;
    int i = 0;
    if (!match.isEmpty())
        q.bindValue(i++, match);
    const QString theme = QLatin1Char('|') + query.theme + QLatin1Char('|');
    const QString audience = QLatin1Char('|') + query.audience + QLatin1Char('|');
    const QString offered = query.offeredLevels.isEmpty()
        ? QString()
        : QLatin1Char('|') + query.offeredLevels.join(QLatin1Char('|')) + QLatin1Char('|');
    for (const QString &v : { query.department, query.department, query.level, query.level,
             query.theme, theme, query.audience, audience, offered, offered })
        q.bindValue(i++, v);
    // Enough rows to fill the page after the hits earlier tiers already found.
    q.bindValue(i++, query.limit + int(hits.size()));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("catalog search"));
    QSet<QString> seen;
    for (const auto &h : std::as_const(hits))
        seen.insert(h.code);
    QList<CatalogSearchHit> found;
    while (q.next()) {
        CatalogSearchHit h;
        h.code = q.value(0).toString();
        if (seen.contains(h.code))
            continue;
        h.name = q.value(1).toString();
        h.shortName = q.value(2).toString();
        h.departmentCode = q.value(3).toString();
        h.promisedLimitDays = q.value(4).toInt();
        h.onlineLevel = q.value(5).toInt();
        h.departmentName = q.value(6).toString();
        h.nameEn = q.value(7).toString();
        h.departmentNameEn = q.value(8).toString();
        h.tier = tier;
        found << h;
    }
    q.finish();
    const QString typed = query.text.trimmed();
    std::sort(found.begin(), found.end(),
        [&](const CatalogSearchHit &a, const CatalogSearchHit &b) { return closer(a, b, typed); });
    for (const auto &h : std::as_const(found))
        if (hits.size() < query.limit)
            hits << h;
    return int(found.size());
}

// The forgiving tier's FTS5 query, empty when the text is too short or too long to guess from.
// Letters: a name's spelling or initials one typo away. Chinese: a name spelled one typo away
// from the typed characters' pinyin (homophones such as 咔 for 卡 are no typo at all), or, from
// three characters on, a name holding all but one of them, as the Inner tier holds all of them.
// Everything goes through the index: no item's text is read to decide.
QString CatalogSearch::fuzzyMatch(const QString &text, bool han)
{
    const auto fits
        = [](qsizetype size) { return size >= kMinFuzzyLength && size <= kMaxFuzzyLength; };
    // The longest typed prefix some name starts with, by bisection: a few prefix queries spare
    // the variants of positions past it, which can match nothing.
    const auto knownPrefix = [&](const QString &columns, const QString &typed) -> qsizetype {
        qsizetype low = 0;
        qsizetype high = typed.size();
        while (low < high) {
            const qsizetype mid = (low + high + 1) / 2;
            QSqlQuery &q = m_statements->any;
            q.bindValue(0, columns + quoted(typed.left(mid)) + QLatin1Char('*'));
            const bool found = q.exec() && q.next();
            q.finish();
            if (found)
                low = mid;
            else
                high = mid - 1;
        }
        return low;
    };
    if (!han) {
        if (!fits(text.size()))
            return QString();
        const QString columns = QStringLiteral("{head initials} : ");
        return columns + anyOf(oneTypoAway(text, knownPrefix(columns, text)));
    }
    QStringList parts;
    if (!m_pinyin) {
        m_ownPinyin = std::make_unique<PinyinTranscriber>();
        m_pinyin = m_ownPinyin.get();
    }
    if (m_pinyin->isAvailable()) {
        const QString spelled = PinyinTranscriber::joined(m_pinyin->syllables(text));
        if (fits(spelled.size())) {
            const QString columns = QStringLiteral("head : ");
            parts << QLatin1Char('(') + columns
                    + anyOf(oneTypoAway(spelled, knownPrefix(columns, spelled))) + QLatin1Char(')');
        }
    }
    QStringList characters;
    addHanCharacters(text, characters);
    if (characters.size() >= kMinFuzzyLength && characters.size() <= 8) {
        QStringList allButOne;
        for (qsizetype skip = 0; skip < characters.size(); ++skip) {
            QStringList kept;
            for (qsizetype i = 0; i < characters.size(); ++i)
                if (i != skip)
                    kept << quoted(characters.at(i));
            allButOne << QLatin1Char('(') + kept.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        }
        parts << QStringLiteral("(inner : (") + allButOne.join(QStringLiteral(" OR "))
                + QStringLiteral("))");
    }
    return parts.join(QStringLiteral(" OR "));
}

Result<QList<CatalogSearchHit>> CatalogSearch::search(const CatalogSearchQuery &query)
{
    if (!m_statements) {
        m_statements = std::make_unique<Statements>(m_database.connection());
        // An unset filter is a null QString, which Qt binds as NULL: coalesce() makes it ''.
        static const QString filters
            = QStringLiteral(" AND (coalesce(?, '') = '' OR i.department = ?)"
                             " AND (coalesce(?, '') = '' OR i.level = ?)"
                             " AND (coalesce(?, '') = '' OR instr(i.themes, ?) > 0)"
                             " AND (coalesce(?, '') = '' OR instr(i.audience, ?) > 0)"
                             " AND (coalesce(?, '') = '' OR instr(?, '|' || i.level || '|') > 0)");
        static const QString columns = QStringLiteral(
            "SELECT i.code, i.name, i.short_name, i.department, i.promised_limit_days, "
            "i.online_level, coalesce(d.name, ''), i.name_en, coalesce(d.name_en, '') ");
        // CROSS JOIN keeps FTS5 as the outer loop, so LIMIT stops the index scan early.
        const bool ok = m_statements->tier.prepare(columns
                            + QStringLiteral("FROM catalog_search s CROSS JOIN catalog_items i "
                                             "ON i.id = s.rowid LEFT JOIN catalog_departments d "
                                             "ON d.code = i.department WHERE catalog_search "
                                             "MATCH ?")
                            + filters + QStringLiteral(" LIMIT ?"))
            && m_statements->browse.prepare(columns
                + QStringLiteral("FROM catalog_items i LEFT JOIN catalog_departments d ON d.code "
                                 "= i.department WHERE 1")
                + filters + QStringLiteral(" ORDER BY i.department, i.name LIMIT ?"))
            && m_statements->any.prepare(QStringLiteral(
                "SELECT 1 FROM catalog_search WHERE catalog_search MATCH ? LIMIT 1"));
        if (!ok) {
            const Error error = Database::queryError(m_statements->tier.lastError().isValid()
                    ? m_statements->tier
                    : m_statements->browse,
                QStringLiteral("prepare catalog search"));
            m_statements.reset();
            return error;
        }
    }

    QList<CatalogSearchHit> hits;
    const CatalogSearchQuery bounded = [&] {
        CatalogSearchQuery b = query;
        b.limit = qBound(1, query.limit, 500);
        return b;
    }();
    if (query.text.trimmed().isEmpty()) {
        if (auto r = runTier(QString(), CatalogSearchHit::Browse, bounded, hits); !r)
            return r.error();
        return hits;
    }
    // Only letters and digits reach FTS5, each token quoted: no query syntax can be injected.
    const QString text = compact(query.text).left(kMaxQueryLength);
    if (text.isEmpty())
        return hits; // only punctuation typed: nothing can match

    const bool han = std::any_of(
        text.cbegin(), text.cend(), [](QChar c) { return PinyinTranscriber::isHan(c.unicode()); });
    QString tiers[CatalogSearchHit::Fuzzy];
    tiers[CatalogSearchHit::Exact] = QStringLiteral("head : ") + quoted(text);
    tiers[CatalogSearchHit::Prefix] = QStringLiteral("head : ") + quoted(text) + QLatin1Char('*');
    if (han) {
        // 社保 is not a substring of 社会保障卡: every character somewhere is the wider net.
        QStringList parts;
        QStringList characters;
        addHanCharacters(text, characters); // each character once
        for (const QString &c : std::as_const(characters))
            parts << quoted(c);
        const QString all
            = QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        tiers[CatalogSearchHit::Inner] = QStringLiteral("inner : ") + all;
        tiers[CatalogSearchHit::Other] = QStringLiteral("{inner body} : ") + all;
    } else {
        tiers[CatalogSearchHit::Initials]
            = QStringLiteral("initials : ") + quoted(text) + QLatin1Char('*');
        tiers[CatalogSearchHit::Inner]
            = QStringLiteral("inner : ") + quoted(text) + QLatin1Char('*');
        tiers[CatalogSearchHit::Other]
            = QStringLiteral("body : ") + quoted(text) + QLatin1Char('*');
    }
    for (int t = 0; t < CatalogSearchHit::Fuzzy && hits.size() < bounded.limit; ++t)
        if (!tiers[t].isEmpty())
            if (auto r = runTier(tiers[t], CatalogSearchHit::Tier(t), bounded, hits); !r)
                return r.error();
    // Typos are forgiven only where the exact tiers leave room: they never push a match out.
    if (hits.size() < bounded.limit)
        if (const QString fuzzy = fuzzyMatch(text, han); !fuzzy.isEmpty())
            if (auto r = runTier(fuzzy, CatalogSearchHit::Fuzzy, bounded, hits); !r)
                return r.error();
    return hits;
}

} // namespace onewindow
