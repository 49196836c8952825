// PinyinTranscriber: Han characters to toneless pinyin syllables, through ICU's Han-Latin.
#pragma once

#include <memory>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace onewindow {

class PinyinTranscriber
{
public:
    PinyinTranscriber();
    ~PinyinTranscriber();
    PinyinTranscriber(const PinyinTranscriber &) = delete;
    PinyinTranscriber &operator=(const PinyinTranscriber &) = delete;

    // False when ICU lacks the Han-Latin data; pinyin search is then unavailable.
    bool isAvailable() const;

    // One lowercase ASCII syllable per Han character; runs of Latin letters and digits are kept
    // as one lowercase "syllable"; anything else separates. "社保卡C1" → she bao ka c1.
    // Polyphonic characters read as they do in the words of service names: 银行 → yin hang.
    QStringList syllables(QStringView text);

    static QString joined(const QStringList &syllables);
    static QString initials(const QStringList &syllables);
    static bool isHan(char32_t c);

private:
    QString syllableOf(char32_t c);
    // text with the polyphone words of kPolyphoneRules already spelled out in pinyin.
    QString withWordReadings(QStringView text);

    QMutex m_mutex; // ICU transliterators are not safe to share between threads
    struct Icu; // keeps ICU's headers out of this header
    std::unique_ptr<Icu> m_icu;
    QHash<char32_t, QString> m_cache; // Han-Latin is per character: cache each one once
};

} // namespace onewindow
