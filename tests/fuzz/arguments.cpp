// Fuzz target: the CLI's argument parser. The input is split into words at NUL
// bytes; its first byte picks which options, flags and positional counts the
// command accepts. Whatever the words, the parser either refuses them with a
// message or returns arguments that respect the spec.
#include "arguments.h"

#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

using namespace reviewdesk::cli;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t shape = data[0];
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1),
                           static_cast<qsizetype>(size - 1));
    QStringList words;
    for (const QByteArray& word : bytes.split('\0'))
        words << QString::fromUtf8(word);

    ArgumentSpec spec;
    spec.valueOptions = {QStringLiteral("aware"), QStringLiteral("harm"),
                         QStringLiteral("if-version")};
    if (shape & 0x10)
        spec.valueOptions << QStringLiteral("as-of");
    spec.flags = {QStringLiteral("json")};
    if (shape & 0x20)
        spec.flags << QStringLiteral("explain");
    spec.minPositionals = shape & 0x3;
    spec.maxPositionals = spec.minPositionals + ((shape >> 2) & 0x3);

    QString error;
    const auto parsed = Arguments::parse(words, spec, &error);
    if (!parsed) {
        FUZZ_EXPECT(!error.isEmpty());
        return 0;
    }
    FUZZ_EXPECT(error.isEmpty());
    FUZZ_EXPECT(parsed->positionals().size() >= spec.minPositionals);
    FUZZ_EXPECT(parsed->positionals().size() <= spec.maxPositionals);
    for (int i = 0; i < parsed->positionals().size(); ++i)
        FUZZ_EXPECT(parsed->positional(i) == parsed->positionals().at(i));
    FUZZ_EXPECT(parsed->positional(static_cast<int>(parsed->positionals().size())).isNull());
    // Every word ends up somewhere: a positional, a flag, an option or its value.
    qsizetype accounted = parsed->positionals().size();
    for (const QString& name : spec.flags)
        accounted += parsed->flag(name) ? 1 : 0;
    for (const QString& name : spec.valueOptions)
        accounted += parsed->value(name) ? 1 : 0;
    FUZZ_EXPECT(accounted <= words.size());
    FUZZ_EXPECT(!parsed->flag(QStringLiteral("unknown")));
    FUZZ_EXPECT(!parsed->value(QStringLiteral("unknown")));
    return 0;
}
