#include "pinyintranscriber.h"

#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;

// ICU Han-Latin, toneless and lowercase, one syllable per character.
class TestPinyinTranscriber : public QObject
{
    Q_OBJECT
    PinyinTranscriber m_pinyin;

private slots:
    void available() { QVERIFY(m_pinyin.isAvailable()); }

    void syllables_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("joined");
        QTest::addColumn<QString>("initials");
        QTest::newRow("social security card")
            << u"社会保障卡"_s << u"shehuibaozhangka"_s << u"shbzk"_s;
        QTest::newRow("pension") << u"养老保险"_s << u"yanglaobaoxian"_s << u"ylbx"_s;
        QTest::newRow("tones dropped, ü as u") << u"绿女"_s << u"lunu"_s << u"ln"_s;
        QTest::newRow("latin kept as one run") << u"社保卡C1"_s << u"shebaokac1"_s << u"sbkc"_s;
        QTest::newRow("full-width latin") << u"ＡＢ证"_s << u"abzheng"_s << u"az"_s;
        QTest::newRow("punctuation separates") << u"提取（租房）"_s << u"tiquzufang"_s << u"tqzf"_s;
        QTest::newRow("empty") << QString() << QString() << QString();
    }

    void syllables()
    {
        QFETCH(QString, text);
        QFETCH(QString, joined);
        QFETCH(QString, initials);
        const QStringList s = m_pinyin.syllables(text);
        QCOMPARE(PinyinTranscriber::joined(s), joined);
        QCOMPARE(PinyinTranscriber::initials(s), initials);
    }

    void hanRanges()
    {
        QVERIFY(PinyinTranscriber::isHan(U'社'));
        QVERIFY(PinyinTranscriber::isHan(0x20000)); // extension B
        QVERIFY(!PinyinTranscriber::isHan(U'a'));
        QVERIFY(!PinyinTranscriber::isHan(U'，'));
    }
};

QTEST_GUILESS_MAIN(TestPinyinTranscriber)
#include "tst_pinyintranscriber.moc"
