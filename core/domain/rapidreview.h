// The partners' rapid review of a case: facts gathered, immediate safety, and
// the decision on what review follows.
#pragma once

#include "domain/case.h"
#include "util/optionaldate.h"

namespace reviewdesk {

struct RapidReview
{
    RecordId id = 0;
    RecordId caseId = 0;
    OptionalDate started;
    OptionalDate meeting;
    OptionalDate completed;
    OptionalDate sent; // to the national Panel
    QString rationale;
    OptionalDate panelResponseDate;
    // The 4-byte members last, together, so none needs padding.
    std::optional<RapidReviewDecision> decision;
    std::optional<PanelResponse> panelResponse;
    int version = 0;
};

} // namespace reviewdesk
