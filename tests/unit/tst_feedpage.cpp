// FeedPage: the reference hall's feed pages read as they are; wrong types, a cursor that goes
// backwards and broken events refused with the place named, so nothing half-read is stored.
#include "feedpage.h"
#include "fixtures/hallanswers.h"

#include <QJsonArray>
#include <QTest>

using namespace onewindow;

class TestFeedPage : public QObject
{
    Q_OBJECT
private slots:
    void readsTheReferenceHallsPages()
    {
        const auto first = FeedPage::fromJson(
            hallanswers::document(QStringLiteral("hall_feed/feed-page-first.json")), 0);
        QVERIFY(first.ok());
        QCOMPARE(first->events.size(), 2);
        QCOMPARE(first->nextCursor, qint64(3));
        QCOMPARE(first->hasMore, std::optional<bool>(true));
        QCOMPARE(first->events.first().value(QStringLiteral("eventId")).toString(),
            QStringLiteral("0d9e1c7a-1111-4c3e-9a1e-5d2b7e0c0001"));

        // The cursor counts the whole feed of the hall: from 3 to 18 is a jump, not a loss.
        const auto next = FeedPage::fromJson(
            hallanswers::document(QStringLiteral("hall_feed/feed-page-cursor-jump.json")), 3);
        QVERIFY(next.ok());
        QCOMPARE(next->nextCursor, qint64(18));
        QCOMPARE(next->hasMore, std::optional<bool>(false));

        const auto empty = FeedPage::fromJson(
            hallanswers::document(QStringLiteral("hall_feed/feed-empty.json")), 999);
        QVERIFY(empty.ok());
        QVERIFY(empty->events.isEmpty());
    }

    void aHallWithoutHasMoreIsRead()
    {
        const auto page = FeedPage::fromJson(
            QJsonDocument(QJsonObject {
                { QStringLiteral("events"), QJsonArray {} }, { QStringLiteral("nextCursor"), 4 } }),
            4);
        QVERIFY(page.ok());
        QVERIFY(!page->hasMore);
    }

    void refusesWhatCannotBeStoredAsItIs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where");
        QTest::newRow("cursor as text") << "bad-cursor-string.json"
                                        << "$.nextCursor";
        QTest::newRow("negative cursor") << "bad-cursor-negative.json"
                                         << "$.nextCursor";
        QTest::newRow("cursor beyond a JSON integer") << "bad-cursor-huge.json"
                                                      << "$.nextCursor";
        QTest::newRow("fractional cursor") << "bad-cursor-fraction.json"
                                           << "$.nextCursor";
        QTest::newRow("events not a list") << "bad-events-object.json"
                                           << "$.events";
        QTest::newRow("event without id") << "bad-event-without-id.json"
                                          << "$.events[1].eventId";
        QTest::newRow("seq as text") << "bad-seq-string.json"
                                     << "$.events[0].seq";
        QTest::newRow("body a list") << "bad-body-list.json"
                                     << "$.events[0].body";
        QTest::newRow("hasMore as text") << "bad-hasmore-string.json"
                                         << "$.hasMore";
        QTest::newRow("a list, not an object") << ""
                                               << "$: not an object";
    }

    void refusesWhatCannotBeStoredAsItIs()
    {
        QFETCH(QString, file);
        QFETCH(QString, where);
        const QJsonDocument document = file.isEmpty()
            ? QJsonDocument(QJsonArray { 1, 2 })
            : hallanswers::document(QStringLiteral("hall_feed/") + file);
        QVERIFY(!document.isNull());
        const auto page = FeedPage::fromJson(document, 0);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, QStringLiteral("hall.malformed"));
        QVERIFY2(page.error().message.contains(where), qPrintable(page.error().message));
    }

    void aCursorThatGoesBackwardsIsRefused()
    {
        const auto page = FeedPage::fromJson(
            hallanswers::document(QStringLiteral("hall_feed/feed-page-first.json")), 10);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, QStringLiteral("hall.cursor_backwards"));
        QVERIFY(page.error().message.contains(QStringLiteral("from 10 to 3")));
    }

    // The same event twice in a page is kept for the store, which applies it once by eventId.
    void aRepeatedEventIsLeftToTheStore()
    {
        const auto page = FeedPage::fromJson(
            hallanswers::document(QStringLiteral("hall_feed/repeated-event.json")), 0);
        QVERIFY(page.ok());
        QCOMPARE(page->events.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestFeedPage)
#include "tst_feedpage.moc"
