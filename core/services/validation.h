// The rules a record must satisfy before it is saved, as field-level messages
// in words. Services refuse a save that breaks any; editors show them inline
// as the user types.
#pragma once

#include "domain/action.h"
#include "domain/casefile.h"
#include "util/result.h"

#include <QList>

namespace reviewdesk {

using Problems = QList<Error>;

// The longest name of an agency or a person, wherever it is given.
inline constexpr int kMaxNameLength = 120;

Problems problemsWith(const Case& kase);
Problems problemsWith(const RapidReview& review, const Case& kase);
Problems problemsWith(const PracticeReview& review, const Case& kase);
Problems problemsWith(const Action& action, const Case& kase);
// An extension of an LCSPR whose publication is due on `currentDue` before it
// (the six-month date, or the extension before): a reason, a later date within
// the supported years, agreed (when the date is given) between the decision
// and the publication. Fields: "reason", "to", "agreed-on".
Problems problemsWith(const Extension& extension, const PracticeReview& review,
                      const QDate& currentDue);

// The first problem as an error, for services that stop at the first.
inline std::optional<Error> firstProblem(const Problems& problems)
{
    if (problems.isEmpty())
        return std::nullopt;
    return problems.first();
}

} // namespace reviewdesk
