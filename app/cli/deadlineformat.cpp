#include "deadlineformat.h"

#include "util/isodate.h"

namespace reviewdesk::cli {

QJsonObject deadlineJson(const Deadline& deadline)
{
    QJsonObject object{
        {QStringLiteral("case"), deadline.caseRef},
        {QStringLiteral("kind"), nameOf(deadline.kind)},
        {QStringLiteral("start"), toIso(deadline.start)},
        {QStringLiteral("due"), toIso(deadline.due)},
        {QStringLiteral("done"),
         deadline.done ? QJsonValue(toIso(*deadline.done)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"), nameOf(deadline.status)},
        {QStringLiteral("working_days"), deadline.workingDays},
        {QStringLiteral("extended"), deadline.extended},
        {QStringLiteral("provisional"), deadline.provisional},
    };
    if (deadline.actionId)
        object.insert(QStringLiteral("action"), *deadline.actionId);
    return object;
}

namespace {

// A JSON string literal: quotes, backslashes and control characters escaped,
// everything else as it is (the stream writes UTF-8), as QJsonDocument does.
void appendJsonString(QString& out, const QString& text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

void appendJsonDate(QString& out, const std::optional<QDate>& date)
{
    if (date)
        appendJsonString(out, toIso(*date));
    else
        out += QLatin1String("null");
}

QLatin1String jsonBool(bool value)
{
    return value ? QLatin1String("true") : QLatin1String("false");
}

} // namespace

QString deadlineJsonText(const Deadline& deadline)
{
    // The keys in deadlineJson's order (QJsonObject sorts them), so both agree byte for byte.
    QString out;
    out.reserve(224);
    out += QLatin1Char('{');
    if (deadline.actionId)
        out +=
            QLatin1String("\"action\":") + QString::number(*deadline.actionId) + QLatin1Char(',');
    out += QLatin1String("\"case\":");
    appendJsonString(out, deadline.caseRef);
    out += QLatin1String(",\"done\":");
    appendJsonDate(out, deadline.done);
    out += QLatin1String(",\"due\":");
    appendJsonDate(out, deadline.due);
    out += QLatin1String(",\"extended\":") + jsonBool(deadline.extended);
    out += QLatin1String(",\"kind\":");
    appendJsonString(out, nameOf(deadline.kind));
    out += QLatin1String(",\"provisional\":") + jsonBool(deadline.provisional);
    out += QLatin1String(",\"start\":");
    appendJsonDate(out, deadline.start);
    out += QLatin1String(",\"status\":");
    appendJsonString(out, nameOf(deadline.status));
    out += QLatin1String(",\"working_days\":") + QString::number(deadline.workingDays);
    out += QLatin1Char('}');
    return out;
}

QString deadlineLine(const Deadline& deadline)
{
    QString detail;
    switch (deadline.status) {
    case DeadlineStatus::Met:
        detail = QStringLiteral("met on %1").arg(toIso(*deadline.done));
        break;
    case DeadlineStatus::Late:
        detail = QStringLiteral("done %1, %2 working days late")
                     .arg(toIso(*deadline.done))
                     .arg(deadline.workingDays);
        break;
    case DeadlineStatus::Overdue:
        detail = QStringLiteral("%1 working days late").arg(deadline.workingDays);
        break;
    case DeadlineStatus::Due:
    case DeadlineStatus::DueSoon:
        detail = QStringLiteral("%1 working days left").arg(deadline.workingDays);
        break;
    }
    QString kind = nameOf(deadline.kind);
    if (deadline.actionId)
        kind += QStringLiteral(" %1").arg(*deadline.actionId);
    QString line =
        QStringLiteral("%1\t%2\t%3\t%4\t%5")
            .arg(deadline.caseRef, kind, toIso(deadline.due), nameOf(deadline.status), detail);
    if (deadline.extended)
        line += QStringLiteral(" (extended)");
    if (deadline.provisional)
        line += QStringLiteral(" (provisional: holidays not yet announced)");
    return line;
}

} // namespace reviewdesk::cli
