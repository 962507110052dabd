#include "deadlineformat.h"

#include "util/counted.h"
#include "util/isodate.h"

#include <cstdio>

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
// everything else as it is in UTF-8, as QJsonDocument writes it.
void appendJsonString(QByteArray& out, QByteArrayView utf8)
{
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[7];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendJsonDate(QByteArray& out, const std::optional<QDate>& date)
{
    if (date)
        appendJsonString(out, toIso(*date).toLatin1());
    else
        out += "null";
}

// An enum's stable name as the bytes it is spelt with (see domain/enumnames.h).
template <typename Enum>
QByteArrayView nameBytes(Enum value)
{
    for (const auto& [candidate, name] : EnumNames<Enum>::table)
        if (candidate == value)
            return QByteArrayView(name);
    return {};
}

const char* jsonBool(bool value)
{
    return value ? "true" : "false";
}

} // namespace

void appendDeadlineJson(QByteArray& out, const Deadline& deadline)
{
    // The keys in deadlineJson's order (QJsonObject sorts them), so both agree byte for byte.
    out += '{';
    if (deadline.actionId)
        out += "\"action\":" + QByteArray::number(*deadline.actionId) + ',';
    out += "\"case\":";
    appendJsonString(out, deadline.caseRef.toUtf8());
    out += ",\"done\":";
    appendJsonDate(out, deadline.done);
    out += ",\"due\":";
    appendJsonDate(out, deadline.due);
    out += ",\"extended\":";
    out += jsonBool(deadline.extended);
    out += ",\"kind\":";
    appendJsonString(out, nameBytes(deadline.kind));
    out += ",\"provisional\":";
    out += jsonBool(deadline.provisional);
    out += ",\"start\":";
    appendJsonDate(out, deadline.start);
    out += ",\"status\":";
    appendJsonString(out, nameBytes(deadline.status));
    out += ",\"working_days\":";
    out += QByteArray::number(deadline.workingDays);
    out += '}';
}

QString deadlineLine(const Deadline& deadline)
{
    QString detail;
    switch (deadline.status) {
    case DeadlineStatus::Met:
        detail = QStringLiteral("met on %1").arg(toIso(*deadline.done));
        break;
    case DeadlineStatus::Late:
        detail = QStringLiteral("done %1, %2 late")
                     .arg(toIso(*deadline.done), workingDaysText(deadline.workingDays));
        break;
    case DeadlineStatus::Overdue:
        detail = QStringLiteral("%1 late").arg(workingDaysText(deadline.workingDays));
        break;
    case DeadlineStatus::Due:
    case DeadlineStatus::DueSoon:
        detail = QStringLiteral("%1 left").arg(workingDaysText(deadline.workingDays));
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
