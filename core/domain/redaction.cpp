#include "domain/redaction.h"

#include <QRegularExpression>
#include <QStringList>

namespace reviewdesk {
namespace {

// Initials: two to four letters once dots and spaces are gone ("J.D.", "JD").
bool areInitials(const QString& bare)
{
    static const QRegularExpression letters(QStringLiteral("^\\p{L}{2,4}$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return letters.match(bare).hasMatch();
}

} // namespace

QString withoutChildIdentifier(const QString& text, const QString& childId)
{
    const QString child = childId.trimmed();
    if (child.isEmpty() || text.isEmpty())
        return text;
    QString bare = child;
    bare.remove(QLatin1Char('.'));
    bare.remove(QLatin1Char(' '));
    QString pattern;
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (areInitials(bare)) {
        // Every spelling of the initials, with or without dots and spaces. In
        // their own case only: "A.S." must not take "as" out of every sentence.
        QStringList letters;
        for (const QChar letter : bare)
            letters << QRegularExpression::escape(QString(letter));
        pattern = letters.join(QStringLiteral("\\.?\\s*")) + QStringLiteral("\\.?");
    } else {
        // A pseudonym, in any case.
        pattern = QRegularExpression::escape(child);
        if (bare != child && bare.size() >= 2)
            pattern += QLatin1Char('|') + QRegularExpression::escape(bare);
        options |= QRegularExpression::CaseInsensitiveOption;
    }
    // A whole word, plural or possessive included ("JDs", "Kestrel's"); not
    // inside another word, so "AB" leaves "about" alone.
    const QRegularExpression mention(QStringLiteral("(?<![\\w])(?:%1)s?(?![\\w])").arg(pattern),
                                     options);
    QString result = text;
    result.replace(mention, QStringLiteral("[redacted]"));
    return result;
}

CaseFile withoutChildIdentifier(CaseFile file)
{
    const QString child = file.kase.childId;
    const auto scrub = [&child](QString& text) { text = withoutChildIdentifier(text, child); };
    file.kase.childId.clear();
    scrub(file.kase.notes);
    if (file.rapidReview)
        scrub(file.rapidReview->rationale);
    if (file.practiceReview) {
        scrub(file.practiceReview->reviewer);
        scrub(file.practiceReview->method);
        scrub(file.practiceReview->link);
    }
    for (Extension& extension : file.extensions) {
        scrub(extension.reason);
        scrub(extension.agreedBy);
    }
    for (Milestone& milestone : file.milestones)
        scrub(milestone.name);
    return file;
}

} // namespace reviewdesk
