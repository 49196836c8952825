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
        // Polyphonic characters read as in the words of service names (ICU rules, not a table).
        QTest::newRow("bank: hang, not xing") << u"银行"_s << u"yinhang"_s << u"yh"_s;
        QTest::newRow("bank card in a name")
            << u"社保卡银行账户变更"_s << u"shebaokayinhangzhanghubiangeng"_s << u"sbkyhzhbg"_s;
        QTest::newRow("xing elsewhere") << u"行驶证"_s << u"xingshizheng"_s << u"xsz"_s;
        QTest::newRow("chongqing") << u"重庆"_s << u"chongqing"_s << u"cq"_s;
        QTest::newRow("zhong elsewhere") << u"重大疾病"_s << u"zhongdajibing"_s << u"zdjb"_s;
        QTest::newRow("long-term care")
            << u"长期护理保险"_s << u"changqihulibaoxian"_s << u"cqhlbx"_s;
        QTest::newRow("administrative payment") << u"行政给付"_s << u"xingzhengjifu"_s << u"xzjf"_s;
        QTest::newRow("loan repayment") << u"公积金还贷"_s << u"gongjijinhuandai"_s << u"gjjhd"_s;
        QTest::newRow("panyu district") << u"番禺区"_s << u"panyuqu"_s << u"pyq"_s;
        QTest::newRow("word then latin") << u"银行C1"_s << u"yinhangc1"_s << u"yhc"_s;
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
