#include "catalogitemstream.h"

#include "catalogsearch.h"

namespace onewindow {

CatalogItemStream::CatalogItemStream(
    CatalogDocument document, PinyinTranscriber &pinyin, qsizetype queueLength)
    : m_queueLength(qMax<qsizetype>(1, queueLength))
    , m_handOver(qMin(kHandOver, m_queueLength))
    , m_document(std::move(document))
    , m_itemCount(m_document.itemCount())
{
    m_worker = std::thread([this, &pinyin] { run(pinyin); });
}

CatalogItemStream::~CatalogItemStream()
{
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
    }
    m_changed.notify_all();
    if (m_worker.joinable())
        m_worker.join();
}

void CatalogItemStream::run(PinyinTranscriber &pinyin)
{
    QHash<QString, QString> departmentNames;
    CatalogSearchTokenCache tokenCache;
    CatalogParser::Observer observer;
    observer.header = [&](const Catalog &header, bool valid) {
        for (const CatalogDepartment &d : header.departments)
            departmentNames.insert(d.code, d.name);
        std::lock_guard lock(m_mutex);
        if (valid)
            m_header = header;
        m_headerKnown = true;
        m_broken = !valid;
        m_changed.notify_all();
    };
    observer.item = [&](qsizetype index, CatalogItem &&item, bool valid) {
        if (!valid) {
            std::lock_guard lock(m_mutex);
            if (!m_broken) {
                m_broken = true;
                m_changed.notify_all();
            }
            return !m_cancelled; // read on: every issue is reported
        }
        {
            std::lock_guard lock(m_mutex);
            if (m_cancelled)
                return false;
            if (m_broken)
                return true; // nothing more is written: only the issues matter now
        }
        // Encoded here: the writer is the slower side of a load.
        ActiveCatalogRow row(item,
            CatalogSearch::document(
                item, departmentNames.value(item.department), pinyin, tokenCache));
        Entry entry { int(index) + 1, std::move(item), std::move(row) };
        QList<QList<Entry>> spent; // freed here once the lock is released
        std::unique_lock lock(m_mutex);
        m_changed.wait(
            lock, [this] { return m_cancelled || m_broken || m_queue.size() < m_queueLength; });
        if (m_cancelled)
            return false;
        if (!m_broken) {
            m_queue << std::move(entry);
            if (m_queue.size() == m_handOver)
                m_changed.notify_all();
        }
        spent.swap(m_spent);
        return true;
    };
    CatalogParser::Outcome outcome = CatalogParser::read(m_document, observer);
    std::lock_guard lock(m_mutex);
    m_outcome = std::move(outcome);
    m_headerKnown = true;
    m_done = true;
    m_changed.notify_all();
}

std::optional<Catalog> CatalogItemStream::header()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_headerKnown; });
    return m_header;
}

bool CatalogItemStream::next(QList<Entry> &entries)
{
    std::unique_lock lock(m_mutex);
    // The items written go back to be freed by the thread that made them: freed by the writer,
    // they made the two threads take turns on the allocator's lock, item by item.
    if (!entries.isEmpty())
        m_spent << std::move(entries);
    entries.clear();
    m_changed.wait(lock, [this] { return m_broken || m_done || m_queue.size() >= m_handOver; });
    if (m_broken)
        return false;
    entries.swap(m_queue);
    m_changed.notify_all(); // room again
    return !entries.isEmpty();
}

CatalogParser::Outcome CatalogItemStream::finish()
{
    {
        std::unique_lock lock(m_mutex);
        // Whatever is still queued will not be written; the worker must not wait for room.
        m_queue.clear();
        m_broken = true;
        m_changed.notify_all();
    }
    if (m_worker.joinable())
        m_worker.join();
    return std::move(m_outcome);
}

} // namespace onewindow
