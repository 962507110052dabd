// Where a case stands in its life, as of a date: the register's "stage"
// column, the pipeline chart and the panel pack's grouping.
#pragma once

#include "domain/casefile.h"

#include <QDate>

namespace reviewdesk {

enum class CaseStage
{
    Notification,   // the national Panel not yet notified
    RapidReview,    // notified, rapid review not yet complete
    Decision,       // rapid review complete, no decision recorded
    Lcspr,          // LCSPR decided or in progress
    NationalReview, // a national review is running
    Learning,       // no LCSPR: learning and actions taken forward another way
    Published,      // practice review published
    Closed,
};
template <>
struct EnumNames<CaseStage>
{
    static constexpr std::pair<CaseStage, const char*> table[] = {
        {CaseStage::Notification, "notification"},
        {CaseStage::RapidReview, "rapid-review"},
        {CaseStage::Decision, "decision"},
        {CaseStage::Lcspr, "lcspr"},
        {CaseStage::NationalReview, "national-review"},
        {CaseStage::Learning, "learning"},
        {CaseStage::Published, "published"},
        {CaseStage::Closed, "closed"}};
};

CaseStage stageOf(const CaseRecord& file, const QDate& asOf);

} // namespace reviewdesk
