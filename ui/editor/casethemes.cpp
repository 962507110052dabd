#include "editor/casethemes.h"

namespace reviewdesk::ui {

const QList<CaseTheme>& caseThemes()
{
    static const QList<CaseTheme> themes = {
        {QStringLiteral("neglect"), QStringLiteral("Neglect")},
        {QStringLiteral("domestic-abuse"), QStringLiteral("Domestic abuse")},
        {QStringLiteral("parental-mental-health"), QStringLiteral("Parental mental health")},
        {QStringLiteral("substance-misuse"), QStringLiteral("Substance misuse")},
        {QStringLiteral("criminal-exploitation"), QStringLiteral("Criminal exploitation")},
        {QStringLiteral("sexual-exploitation"), QStringLiteral("Sexual exploitation")},
        {QStringLiteral("online-harm"), QStringLiteral("Online harm")},
        {QStringLiteral("sudi"), QStringLiteral("Sudden unexpected death in infancy")},
        {QStringLiteral("adolescent-self-harm"), QStringLiteral("Adolescent suicide or self-harm")},
        {QStringLiteral("send"), QStringLiteral("Special educational needs and disabilities")},
        {QStringLiteral("physical-abuse"), QStringLiteral("Physical abuse")},
        {QStringLiteral("sexual-abuse"), QStringLiteral("Sexual abuse")},
        {QStringLiteral("historical-abuse"), QStringLiteral("Historical abuse")},
    };
    return themes;
}

} // namespace reviewdesk::ui
