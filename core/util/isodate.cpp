#include "util/isodate.h"

namespace reviewdesk {
namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

int digitsToInt(const QString& text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i)
        value = value * 10 + (text.at(i).unicode() - '0');
    return value;
}

} // namespace

Result<QDate> parseIsoDate(const QString& text, const QString& what)
{
    const QString trimmed = text.trimmed();
    const bool shapeOk = trimmed.size() == 10 && trimmed.at(4) == QLatin1Char('-') &&
                         trimmed.at(7) == QLatin1Char('-') && isDigit(trimmed.at(0)) &&
                         isDigit(trimmed.at(1)) && isDigit(trimmed.at(2)) &&
                         isDigit(trimmed.at(3)) && isDigit(trimmed.at(5)) &&
                         isDigit(trimmed.at(6)) && isDigit(trimmed.at(8)) && isDigit(trimmed.at(9));
    if (!shapeOk)
        return Error::invalid(
            QStringLiteral("%1 \"%2\" is not a date in the form YYYY-MM-DD").arg(what, text), what);

    const int year = digitsToInt(trimmed, 0, 4);
    const int month = digitsToInt(trimmed, 5, 2);
    const int day = digitsToInt(trimmed, 8, 2);
    const QDate date(year, month, day);
    if (!date.isValid())
        return Error::invalid(
            QStringLiteral("%1 %2 does not exist in the calendar").arg(what, trimmed), what);
    if (year < kFirstSupportedYear || year > kLastSupportedYear)
        return Error::invalid(QStringLiteral("%1 %2 is outside the supported years %3-%4")
                                  .arg(what, trimmed)
                                  .arg(kFirstSupportedYear)
                                  .arg(kLastSupportedYear),
                              what);
    return date;
}

Result<std::optional<QDate>> parseOptionalIsoDate(const QString& text, const QString& what)
{
    if (text.trimmed().isEmpty())
        return std::optional<QDate>{};
    auto parsed = parseIsoDate(text, what);
    if (!parsed)
        return parsed.error();
    return std::optional<QDate>{*parsed};
}

QString toIso(const QDate& date)
{
    if (!date.isValid())
        return QString();
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return date.toString(Qt::ISODate); // Qt's own form for the rare far date
    // By hand: QDate::toString formats through QString::asprintf, which was a
    // tenth of `deadlines --json` over 200,000 deadlines.
    char text[10];
    for (int i = 3; i >= 0; --i, year /= 10)
        text[i] = char('0' + year % 10);
    text[4] = text[7] = '-';
    text[5] = char('0' + month / 10);
    text[6] = char('0' + month % 10);
    text[8] = char('0' + day / 10);
    text[9] = char('0' + day % 10);
    return QString::fromLatin1(text, 10);
}

QString toIso(const std::optional<QDate>& date)
{
    return date ? toIso(*date) : QString();
}

QString toDisplay(const QDate& date)
{
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (!date.isValid())
        return {};
    return QStringLiteral("%1 %2 %3 %4")
        .arg(QLatin1String(days[date.dayOfWeek() - 1]))
        .arg(date.day())
        .arg(QLatin1String(months[date.month() - 1]))
        .arg(date.year());
}

} // namespace reviewdesk
