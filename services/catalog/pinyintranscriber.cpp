#include "pinyintranscriber.h"

#include <algorithm>
#include <iterator>
#include <QStringView>
#include <unicode/uset.h>
#include <unicode/utrans.h>
#include <vector>

namespace onewindow {

namespace {

// Han-Latin reads each character with its most common reading, and per character (which is how
// the syllables are made, one per character) it loses the few words ICU itself knows. These
// ICU transliteration rules give the reading a polyphonic character has in words that service
// names use, so citizens find 银行 by "yinhang" and "yh". This is a list of context exceptions
// run before Han-Latin, not a pinyin table: every other character still comes from ICU. Each
// reading is written out as space-separated syllables, which syllables() then keeps one by one.
// ICU tries the rules in order at each position: longer words first where they overlap.
const char16_t kPolyphoneRules[] = u"银行 > ' yin hang ';"
                                   u"行业 > ' hang ye ';"
                                   u"行长 > ' hang zhang ';"
                                   u"同行 > ' tong hang ';"
                                   u"重庆 > ' chong qing ';"
                                   u"重新 > ' chong xin ';"
                                   u"重复 > ' chong fu ';"
                                   u"重建 > ' chong jian ';"
                                   u"重置 > ' chong zhi ';"
                                   u"重办 > ' chong ban ';"
                                   u"重婚 > ' chong hun ';"
                                   u"重名 > ' chong ming ';"
                                   u"重阳 > ' chong yang ';"
                                   u"长期 > ' chang qi ';"
                                   u"长途 > ' chang tu ';"
                                   u"长江 > ' chang jiang ';"
                                   u"长沙 > ' chang sha ';"
                                   u"长安 > ' chang an ';"
                                   u"长寿 > ' chang shou ';"
                                   u"延长 > ' yan chang ';"
                                   u"特长 > ' te chang ';"
                                   u"专长 > ' zhuan chang ';"
                                   u"给付 > ' ji fu ';"
                                   u"供给 > ' gong ji ';"
                                   u"还款 > ' huan kuan ';"
                                   u"还贷 > ' huan dai ';"
                                   u"偿还 > ' chang huan ';"
                                   u"退还 > ' tui huan ';"
                                   u"返还 > ' fan huan ';"
                                   u"归还 > ' gui huan ';"
                                   u"会计 > ' kuai ji ';"
                                   u"调解 > ' tiao jie ';"
                                   u"调整 > ' tiao zheng ';"
                                   u"调休 > ' tiao xiu ';"
                                   u"调剂 > ' tiao ji ';"
                                   u"调节 > ' tiao jie ';"
                                   u"协调 > ' xie tiao ';"
                                   u"空调 > ' kong tiao ';"
                                   u"出差 > ' chu chai ';"
                                   u"首都 > ' shou du ';"
                                   u"花都 > ' hua du ';"
                                   u"番禺 > ' pan yu ';"
                                   u"黄埔 > ' huang pu ';"
                                   u"厦门 > ' xia men ';"
                                   u"西藏 > ' xi zang ';"
                                   u"没收 > ' mo shou ';"
                                   u"音乐 > ' yin yue ';";

} // namespace

// ICU's C API: stable across ICU versions, unlike the versioned C++ namespace.
struct PinyinTranscriber::Icu
{
    UTransliterator *transliterator = nullptr;
    UTransliterator *words = nullptr; // kPolyphoneRules
    USet *wordCharacters = nullptr; // every character the rules can change
    ~Icu()
    {
        if (transliterator)
            utrans_close(transliterator);
        if (words)
            utrans_close(words);
        if (wordCharacters)
            uset_close(wordCharacters);
    }
};

PinyinTranscriber::PinyinTranscriber()
    : m_icu(std::make_unique<Icu>())
{
    UErrorCode status = U_ZERO_ERROR;
    // Latin-ASCII drops the tone marks: citizens type "lv" or "lu", never "lǜ".
    const QString id = QStringLiteral("Han-Latin; Latin-ASCII; Lower");
    m_icu->transliterator = utrans_openU(reinterpret_cast<const UChar *>(id.utf16()),
        int32_t(id.size()), UTRANS_FORWARD, nullptr, 0, nullptr, &status);
    if (U_FAILURE(status) && m_icu->transliterator) {
        utrans_close(m_icu->transliterator);
        m_icu->transliterator = nullptr;
    }
    // Without the word rules the per-character readings still work: a degraded, usable finder.
    const QString wordsId = QStringLiteral("OneWindow-Polyphones");
    UParseError parseError {};
    status = U_ZERO_ERROR;
    m_icu->words = utrans_openU(reinterpret_cast<const UChar *>(wordsId.utf16()),
        int32_t(wordsId.size()), UTRANS_FORWARD, kPolyphoneRules,
        int32_t(std::size(kPolyphoneRules) - 1), &parseError, &status);
    if (U_SUCCESS(status)) {
        m_icu->wordCharacters = uset_openEmpty();
        m_icu->wordCharacters
            = utrans_getSourceSet(m_icu->words, false, m_icu->wordCharacters, &status);
    }
    if (U_FAILURE(status)) {
        if (m_icu->words)
            utrans_close(m_icu->words);
        m_icu->words = nullptr;
    }
}

PinyinTranscriber::~PinyinTranscriber() = default;

bool PinyinTranscriber::isAvailable() const { return m_icu->transliterator != nullptr; }

bool PinyinTranscriber::isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x20000 && c <= 0x2EBEF) || (c >= 0xF900 && c <= 0xFAFF);
}

QString PinyinTranscriber::syllableOf(char32_t c)
{
    const auto cached = m_cache.constFind(c);
    if (cached != m_cache.constEnd())
        return *cached;
    QString out;
    if (m_icu->transliterator) {
        // One character (a surrogate pair at most) becomes one syllable: 16 units are plenty.
        UChar buffer[16] = {};
        const QString in = QString::fromUcs4(&c, 1);
        int32_t length = int32_t(in.size());
        int32_t limit = length;
        std::copy(in.utf16(), in.utf16() + length, buffer);
        UErrorCode status = U_ZERO_ERROR;
        utrans_transUChars(
            m_icu->transliterator, buffer, &length, int32_t(std::size(buffer)), 0, &limit, &status);
        if (U_SUCCESS(status))
            for (int32_t i = 0; i < length && i < int32_t(std::size(buffer)); ++i)
                if ((buffer[i] >= u'a' && buffer[i] <= u'z')
                    || (buffer[i] >= u'0' && buffer[i] <= u'9'))
                    out += QChar(buffer[i]);
    }
    m_cache.insert(c, out);
    return out;
}

QString PinyinTranscriber::withWordReadings(QStringView text)
{
    // Most texts hold none of the rules' characters: the set test spares them the rules.
    const QList<uint> ucs4 = text.toUcs4();
    if (!m_icu->words || std::none_of(ucs4.cbegin(), ucs4.cend(), [&](uint c) {
            return uset_contains(m_icu->wordCharacters, UChar32(c));
        }))
        return text.toString();
    // Each two-character word becomes at most ~16 characters of pinyin and spaces.
    std::vector<UChar> buffer(size_t(text.size()) * 8 + 16);
    std::copy(text.utf16(), text.utf16() + text.size(), buffer.begin());
    int32_t length = int32_t(text.size());
    int32_t limit = length;
    UErrorCode status = U_ZERO_ERROR;
    utrans_transUChars(
        m_icu->words, buffer.data(), &length, int32_t(buffer.size()), 0, &limit, &status);
    if (U_FAILURE(status) || length > int32_t(buffer.size()))
        return text.toString();
    return QString(reinterpret_cast<const QChar *>(buffer.data()), length);
}

QStringList PinyinTranscriber::syllables(QStringView text)
{
    QMutexLocker lock(&m_mutex);
    const QString spelled = withWordReadings(text);
    QStringList out;
    QString latin;
    auto flush = [&] {
        if (!latin.isEmpty())
            out << latin;
        latin.clear();
    };
    for (char32_t c : spelled.toUcs4()) {
        if (isHan(c)) {
            flush();
            const QString s = syllableOf(c);
            if (!s.isEmpty())
                out << s;
        } else if (c < 0x80 && QChar::isLetterOrNumber(c)) {
            latin += QChar(c).toLower();
        } else if (c >= 0xFF10 && c <= 0xFF5A && QChar::isLetterOrNumber(c)) {
            latin += QChar(c - 0xFEE0).toLower(); // full-width Ｃ１ typed on Chinese keyboards
        } else {
            flush();
        }
    }
    flush();
    return out;
}

QString PinyinTranscriber::joined(const QStringList &syllables)
{
    return syllables.join(QString());
}

QString PinyinTranscriber::initials(const QStringList &syllables)
{
    QString out;
    out.reserve(syllables.size());
    for (const QString &s : syllables)
        if (!s.isEmpty())
            out += s.at(0);
    return out;
}

} // namespace onewindow
