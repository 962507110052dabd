// Undo commands for the case editor's saves. Each is pushed after its first
// save succeeded; undo saves the "before" image and redo the "after" image over
// the version now stored, but only if the stored record still holds what this
// command last wrote: a record someone else changed since is never overwritten
// (the command reports the conflict and becomes obsolete).
//
// Creating a case or a review has no undo: there is no delete service, and a
// "deletion" by blanking fields would leave a record behind that looks real.
#pragma once

#include "domain/casefile.h"
#include "undo/servicecommand.h"

namespace reviewdesk::ui {

class SaveCaseCommand : public ServiceCommand
{
public:
    SaveCaseCommand(AppSession& session, Case before, Case after);

protected:
    Status apply(Direction direction) override;

private:
    Case m_before;
    Case m_after;
};

class SaveRapidReviewCommand : public ServiceCommand
{
public:
    SaveRapidReviewCommand(AppSession& session, QString caseRef, RapidReview before,
                           RapidReview after);

protected:
    Status apply(Direction direction) override;

private:
    QString m_caseRef;
    RapidReview m_before;
    RapidReview m_after;
};

class SavePracticeReviewCommand : public ServiceCommand
{
public:
    SavePracticeReviewCommand(AppSession& session, QString caseRef, PracticeReview before,
                              PracticeReview after);

protected:
    Status apply(Direction direction) override;

private:
    QString m_caseRef;
    PracticeReview m_before;
    PracticeReview m_after;
};

} // namespace reviewdesk::ui
