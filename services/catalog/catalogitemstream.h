// CatalogItemStream: reads a catalog on a worker thread and hands each item, with its search
// document, to the thread that writes it.
#pragma once

#include "activecatalogrow.h"
#include "catalogparser.h"

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace onewindow {

class PinyinTranscriber;

// Reading and checking a large catalog costs about as much as writing it: on a terminal's two
// cores they overlap. The writer stops taking items at the first broken rule, and every issue
// is still collected, so a refused catalog is reported whole and its writes rolled back.
class CatalogItemStream
{
public:
    // Room for the items read while the writer prepares (emptying the catalog it replaces) and
    // for the two sides' jitter. A waiting item holds about 17 KB (its Qt structures, snapshot
    // and encoded row): now that the reader is the quicker side, a queue of 8192 filled up and
    // held 140 MB more at the peak; 2048 loads as fast, into a new database or over a catalog
    // (interleaved runs over 50,000 items).
    static constexpr qsizetype kQueueLength = 2048;
    // Items handed over at once: waking the writer for each item made the two threads take
    // turns on the queue's lock, item by item, whenever the writer had caught up.
    static constexpr qsizetype kHandOver = 256;

    struct Entry
    {
        int id = 0; // 1, 2, … in catalog order
        CatalogItem item;
        ActiveCatalogRow row; // its texts and search document, ready to bind
    };

    // Starts reading at once. pinyin is used by the worker only until finish() or destruction.
    // queueLength: how many items may wait for the writer.
    CatalogItemStream(
        CatalogDocument document, PinyinTranscriber &pinyin, qsizetype queueLength = kQueueLength);
    ~CatalogItemStream(); // stops the worker and waits for it
    CatalogItemStream(const CatalogItemStream &) = delete;
    CatalogItemStream &operator=(const CatalogItemStream &) = delete;

    // The catalog's top-level fields (no items) once read, if they broke no rule.
    std::optional<Catalog> header();
    qsizetype itemCount() const { return m_itemCount; }

    // The items read since the last call, waiting for some; false when there are no more to
    // write: all were handed over, or a rule was broken. The entries passed in (the last call's,
    // written by now) go back to the reading thread, which frees them.
    bool next(QList<Entry> &entries);

    // Waits until the whole catalog is read: the catalog's top-level fields (its items were
    // handed over, never kept) and every issue.
    CatalogParser::Outcome finish();

private:
    void run(PinyinTranscriber &pinyin);

    const qsizetype m_queueLength;
    const qsizetype m_handOver; // kHandOver, or the whole queue when that is shorter

    CatalogDocument m_document;
    qsizetype m_itemCount = 0;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::optional<Catalog> m_header;
    bool m_headerKnown = false;
    bool m_broken = false; // a rule was broken: nothing more to write
    bool m_done = false; // the worker has finished reading
    bool m_cancelled = false;
    QList<Entry> m_queue;
    QList<QList<Entry>> m_spent; // written, for the worker to free
    CatalogParser::Outcome m_outcome;
    std::thread m_worker;
};

} // namespace onewindow
