// The hall's request parser against arbitrary bytes, fed in pieces whose sizes come from the
// input: never a crash, never more buffered than the limits allow, every request well formed,
// every refusal a 4xx or 5xx with a reason.
#include "httprequestparser.h"

#include <cstdint>

using onewindow::hall::HttpRequestParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // Small limits, so the fuzzer reaches them.
    HttpRequestParser::Limits limits;
    limits.maxHeaderBytes = 512;
    limits.maxBodyBytes = 1024;
    limits.maxHeaderCount = 8;
    HttpRequestParser parser(limits);
    const qsizetype step = 1 + data[0] % 64;
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const qsizetype total = qsizetype(size - 1);
    for (qsizetype at = 0; at < total; at += step) {
        auto state = parser.feed(QByteArrayView(bytes + at, std::min(step, total - at)));
        while (state == HttpRequestParser::State::Complete) {
            const auto request = parser.takeRequest();
            if (request.method.isEmpty() || !request.target.startsWith('/')
                || request.body.size() > limits.maxBodyBytes
                || request.headers.size() > limits.maxHeaderCount || request.path.contains('\0')
                || request.path.split('/').contains(".."))
                __builtin_trap();
            state = parser.parse();
        }
        if (state == HttpRequestParser::State::Error) {
            if (parser.errorStatus() < 400 || parser.errorStatus() > 599
                || parser.errorMessage().isEmpty() || parser.bufferedBytes() != 0)
                __builtin_trap();
            break;
        }
        // Head plus body plus one piece is the most a parser ever holds.
        if (parser.bufferedBytes() > limits.maxHeaderBytes + 4 + limits.maxBodyBytes + step)
            __builtin_trap();
    }
    return 0;
}
