// Words and small pieces shared by the report kinds: dates as of the report's
// date, the period and "as of" lines, the redaction of free text, and what a
// panel needs to decide about a case at its stage.
#pragma once

#include "reports/reportrequest.h"
#include "services/registersnapshot.h"

#include <QString>

namespace reviewdesk::reports {

// A recorded date as the report shows it: empty when none, or when it is
// after the as-of date (that event has not happened yet on that day).
QString eventDate(const std::optional<QDate>& date, const QDate& asOf);
bool happenedBy(const std::optional<QDate>& date, const QDate& asOf);

QString displayDate(const std::optional<QDate>& date); // "" for none

// "Period: 1 Apr 2024 to 31 Mar 2025" / "all cases"
QString periodText(const Period& period);
// The lines under a report's title: as of, period, redaction.
QStringList subtitleFor(const ReportRequest& request, bool withPeriod);

// Free text from a record with the case's child identifier taken out when
// redacting (a note may name the child by the same initials or pseudonym).
QString scrubbed(const QString& text, const Case& kase, bool redact);

// "12 WD late", "3 WD left", "" when met.
QString workingDaysText(const Deadline& deadline);

// What the panel has to decide or do next for a case at its stage.
QString decisionNeeded(const CaseEntry& entry);

// A stage's words from its stable name, as the statistics key it ("rapid-review").
QString stageLabel(const QString& name);
// The same for an action status's stored name: "in-progress" is "In progress".
QString actionStatusLabel(const QString& name);

// "x of y (z%)" for a timeliness figure.
QString ratioText(int part, int whole);

} // namespace reviewdesk::reports
