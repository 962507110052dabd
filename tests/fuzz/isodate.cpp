// Fuzz target: strict ISO dates, the first thing every outside date goes through.
// Whatever the bytes, parseIsoDate either refuses them with a message or returns
// a valid date in the supported years that prints back as exactly the same text
// (less the surrounding spaces it forgives).
#include "util/isodate.h"

#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

using namespace reviewdesk;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto parsed = parseIsoDate(text, QStringLiteral("aware date"));
    if (parsed) {
        FUZZ_EXPECT(parsed->isValid());
        FUZZ_EXPECT(parsed->year() >= kFirstSupportedYear && parsed->year() <= kLastSupportedYear);
        FUZZ_EXPECT(toIso(*parsed) == text.trimmed());
        FUZZ_EXPECT(!toDisplay(*parsed).isEmpty());
    } else {
        FUZZ_EXPECT(!parsed.error().message.isEmpty());
    }
    const auto optional = parseOptionalIsoDate(text);
    FUZZ_EXPECT(optional.ok() == (parsed.ok() || text.trimmed().isEmpty()));
    if (optional && *optional)
        FUZZ_EXPECT(**optional == *parsed);
    return 0;
}
