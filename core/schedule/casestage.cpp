#include "schedule/casestage.h"

namespace reviewdesk {
namespace {

bool on(const std::optional<QDate>& date, const QDate& asOf)
{
    return date && *date <= asOf;
}

} // namespace

CaseStage stageOf(const CaseRecord& file, const QDate& asOf)
{
    if (file.kase.status == CaseStatus::Closed)
        return CaseStage::Closed;
    const auto& practice = file.practiceReview;
    if (practice && practice->decided <= asOf) {
        if (on(practice->published, asOf))
            return CaseStage::Published;
        return practice->type == PracticeReviewType::NationalReview ? CaseStage::NationalReview
                                                                    : CaseStage::Lcspr;
    }
    const auto& rapid = file.rapidReview;
    if (rapid && on(rapid->completed, asOf)) {
        if (!rapid->decision)
            return CaseStage::Decision;
        switch (*rapid->decision) {
        case RapidReviewDecision::Lcspr:
            return CaseStage::Lcspr;
        case RapidReviewDecision::NationalReview:
            return CaseStage::NationalReview;
        case RapidReviewDecision::NoLcspr:
            return CaseStage::Learning;
        }
    }
    if (!on(file.kase.notified, asOf))
        return CaseStage::Notification;
    return CaseStage::RapidReview;
}

} // namespace reviewdesk
