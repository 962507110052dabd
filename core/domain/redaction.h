// Redaction: taking the child's identifier out of free text (notes, a
// rationale, an action's wording) for a report or an export that leaves the
// child out. The identifier is minimal already (initials or a pseudonym),
// but a redacted copy must not carry it at all.
#pragma once

#include "domain/casefile.h"

#include <QString>

namespace reviewdesk {

// `text` with every mention of `childId` replaced by "[redacted]", as a whole
// word (plural or possessive too), so that "AB" leaves "about" alone:
// initials in any spelling of dots and spaces ("J.D.", "JD", "J. D.") and in
// their own case; a pseudonym in any case.
QString withoutChildIdentifier(const QString& text, const QString& childId);

// The case with its child identifier left out and taken out of its free text
// (notes, rationale, the review's reviewer, method and link, extensions'
// reasons and agreers, milestones' names).
CaseFile withoutChildIdentifier(CaseFile file);

} // namespace reviewdesk
