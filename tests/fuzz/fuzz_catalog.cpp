// The catalog parser and validator, and the search document of every item, against arbitrary
// bytes: either a valid catalog (items with unique codes) or issues that each name a path and
// say what is wrong; never a crash, never a hang.
#include "catalogparser.h"
#include "catalogsearch.h"
#include "pinyintranscriber.h"

#include <cstdint>
#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static onewindow::PinyinTranscriber pinyin;
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto outcome = onewindow::CatalogParser::parse(bytes);
    for (const auto &issue : outcome.issues)
        if (issue.path.isEmpty() || issue.code.isEmpty() || issue.message.isEmpty())
            __builtin_trap();
    if (outcome.issues.size() > onewindow::CatalogParser::kMaxIssues)
        __builtin_trap();
    if (!outcome.issues.isEmpty())
        return 0;
    QSet<QString> codes;
    onewindow::CatalogSearchTokenCache tokens;
    for (const auto &item : outcome.catalog.items) {
        if (item.code.isEmpty() || codes.contains(item.code)
            || item.promisedLimitDays > item.legalLimitDays)
            __builtin_trap();
        codes.insert(item.code);
        // The snapshot is the item's bytes without the whitespace between tokens: still the
        // same JSON object.
        if (onewindow::CatalogParser::itemFromSnapshot(item.snapshot).code != item.code)
            __builtin_trap();
        const auto document
            = onewindow::CatalogSearch::document(item, item.department, pinyin, tokens);
        if (document.head.isEmpty())
            __builtin_trap();
    }
    return outcome.catalog.items.isEmpty() ? (__builtin_trap(), 0) : 0;
}
