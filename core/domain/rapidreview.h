// The partners' rapid review of a case: facts gathered, immediate safety, and
// the decision on what review follows.
#pragma once

#include "domain/case.h"

namespace reviewdesk {

struct RapidReview
{
    RecordId id = 0;
    RecordId caseId = 0;
    std::optional<QDate> started;
    std::optional<QDate> meeting;
    std::optional<QDate> completed;
    std::optional<QDate> sent; // to the national Panel
    std::optional<RapidReviewDecision> decision;
    QString rationale;
    std::optional<PanelResponse> panelResponse;
    std::optional<QDate> panelResponseDate;
    int version = 0;
};

} // namespace reviewdesk
