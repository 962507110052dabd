// The case picker's list (Timeline and Reports pages): every reference in the
// register, ignoring case, read from the snapshot.
#include "models/caserefsmodel.h"
#include "modelsfixture.h"

using namespace reviewdesk;
using namespace reviewdesk::testing;

namespace {

QStringList refsIn(const ui::CaseRefsModel& model)
{
    QStringList refs;
    for (int row = 0; row < model.rowCount(); ++row)
        refs << model.data(model.index(row)).toString();
    return refs;
}

} // namespace

TEST_CASE_METHOD(ModelsFixture, "The case picker lists every reference in order, ignoring case")
{
    ui::CaseRefsModel model(session.get());
    CHECK(refsIn(model) ==
          QStringList{QStringLiteral("SSCP-2022-005"), QStringLiteral("SSCP-2023-010"),
                      QStringLiteral("SSCP-2024-001"), QStringLiteral("SSCP-2024-002"),
                      QStringLiteral("SSCP-2024-003")});
    CHECK(model.data(model.index(2), Qt::EditRole).toString() == QStringLiteral("SSCP-2024-001"));
    CHECK_FALSE(model.data(model.index(2), Qt::DecorationRole).isValid());
    CHECK_FALSE(model.data(model.index(5)).isValid());

    // Lower case sorts among the rest by letter, not after every capital.
    addCase(QStringLiteral("local-2024-7"), QStringLiteral("KL"), Harm::Death, d(2024, 2, 26), {},
            QStringLiteral("A. Lead"));
    REQUIRE(session->reload().ok());
    CHECK(model.rowCount() == 5); // until told the register changed
    model.refresh();
    CHECK(refsIn(model) ==
          QStringList{QStringLiteral("local-2024-7"), QStringLiteral("SSCP-2022-005"),
                      QStringLiteral("SSCP-2023-010"), QStringLiteral("SSCP-2024-001"),
                      QStringLiteral("SSCP-2024-002"), QStringLiteral("SSCP-2024-003")});
}
