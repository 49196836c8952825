#include "pinyintranscriber.h"

#include <algorithm>
#include <iterator>
#include <QStringView>
#include <unicode/utrans.h>

namespace onewindow {

// ICU's C API: stable across ICU versions, unlike the versioned C++ namespace.
struct PinyinTranscriber::Icu
{
    UTransliterator *transliterator = nullptr;
    ~Icu()
    {
        if (transliterator)
            utrans_close(transliterator);
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

QStringList PinyinTranscriber::syllables(QStringView text)
{
    QMutexLocker lock(&m_mutex);
    QStringList out;
    QString latin;
    auto flush = [&] {
        if (!latin.isEmpty())
            out << latin;
        latin.clear();
    };
    for (char32_t c : text.toUcs4()) {
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
