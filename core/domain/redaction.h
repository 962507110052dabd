// Redaction: taking the child's identifier out of free text (notes, a
// rationale, an action's wording) for a report or an export that leaves the
// child out. The identifier is minimal already (initials or a pseudonym),
// but a redacted copy must not carry it at all.
#pragma once

#include <QString>

namespace reviewdesk {

// `text` with every mention of `childId` replaced by "[redacted]": as written
// or, for initials, without their dots and spaces ("J.D." as "JD"), in any
// case, and only as a whole word, so that "AB" leaves "about" alone.
QString withoutChildIdentifier(const QString& text, const QString& childId);

} // namespace reviewdesk
