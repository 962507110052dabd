// The import dialog: a tracker's columns mapped by hand, the preview with its
// problems by line and column, Import disabled until they are gone, then one
// import that the register hears about.
#include "../pages/pagefixture.h"
#include "io/importdialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>

using namespace reviewdesk;
using namespace reviewdesk::testing;
using reviewdesk::ui::ImportDialog;

namespace {

QString writeFile(const TempDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

void choose(QComboBox* box, const QString& text)
{
    REQUIRE(box != nullptr);
    const int index = box->findText(text);
    REQUIRE(index > 0);
    box->setCurrentIndex(index);
}

QStringList problems(const ImportDialog& dialog)
{
    QStringList lines;
    for (int i = 0; i < dialog.problemList()->count(); ++i)
        lines << dialog.problemList()->item(i)->text();
    return lines;
}

int caseCount(Workspace& workspace)
{
    QSqlQuery query(workspace.database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM cases")));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("A tracker is mapped, previewed with its problems, corrected and imported")
{
    PageFixture fixture;
    fixture.addCase(QStringLiteral("OLD-1"), QDate(2024, 1, 2));
    const QString bad = writeFile(fixture.dir, QStringLiteral("tracker.csv"),
                                  "Case No,Type of harm,LA aware,Lead\r\n"
                                  "T-1,Death,2024-01-08,K. Shaw\r\n"
                                  "T-2,Serious harm,2024-02-30,\r\n"
                                  "old-1,death,2024-01-09,\r\n");
    ImportDialog dialog(fixture.session.get());
    CHECK(dialog.step() == ImportDialog::FileStep);
    CHECK_FALSE(dialog.importButton()->isEnabled());

    REQUIRE(dialog.loadFile(bad));
    CHECK(dialog.step() == ImportDialog::MappingStep);
    // Pre-filled by name: only "Lead" matches a ReviewDesk column.
    CHECK(dialog.mappingBox(QStringLiteral("lead"))->currentText() == QStringLiteral("Lead"));
    CHECK(dialog.mappingBox(QStringLiteral("ref"))->currentIndex() == 0);
    auto* summary = dialog.findChild<QLabel*>(QStringLiteral("mappingSummary"));
    CHECK(summary->text() == QStringLiteral("3 required columns not matched yet."));
    choose(dialog.mappingBox(QStringLiteral("ref")), QStringLiteral("Case No"));
    choose(dialog.mappingBox(QStringLiteral("harm")), QStringLiteral("Type of harm"));
    CHECK(summary->text() == QStringLiteral("1 required column not matched yet."));
    choose(dialog.mappingBox(QStringLiteral("aware")), QStringLiteral("LA aware"));
    CHECK(summary->text() == QStringLiteral("4 of the file's 4 columns matched."));

    dialog.goNext();
    CHECK(dialog.step() == ImportDialog::PreviewStep);
    auto* verdict = dialog.findChild<QLabel*>(QStringLiteral("previewSummary"));
    REQUIRE(verdict);
    CHECK(verdict->text() ==
          QStringLiteral("2 problems found in tracker.csv. Nothing can be imported until they are "
                         "put right: correct the file and choose it again, or go Back and change "
                         "the columns."));
    CHECK(problems(dialog) ==
          QStringList{QStringLiteral("Line 3, column LA aware: date 2024-02-30 does not exist in "
                                     "the calendar"),
                      QStringLiteral("Line 4, column Case No: a case with reference old-1 is "
                                     "already in the register")});
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK_FALSE(dialog.runImport());
    CHECK(caseCount(fixture.workspace()) == 1);

    // The file is put right and read again; the mapping is kept by going back.
    writeFile(fixture.dir, QStringLiteral("tracker.csv"),
              "Case No,Type of harm,LA aware,Lead\r\n"
              "T-1,Death,2024-01-08,K. Shaw\r\n"
              "T-2,Serious harm,2024-02-28,\r\n");
    dialog.goBack();
    dialog.goBack();
    CHECK(dialog.step() == ImportDialog::FileStep);
    dialog.goNext(); // reads the file named in the path box again
    CHECK(dialog.step() == ImportDialog::MappingStep);
    // Same columns: the matching made by hand is kept.
    CHECK(dialog.mappingBox(QStringLiteral("ref"))->currentText() == QStringLiteral("Case No"));
    CHECK(dialog.mappingBox(QStringLiteral("aware"))->currentText() == QStringLiteral("LA aware"));
    dialog.goNext();
    CHECK(problems(dialog) == QStringList{QStringLiteral("No problems found.")});
    CHECK(verdict->text() ==
          QStringLiteral("2 cases from tracker.csv are ready to import. Importing is one step: it "
                         "is final (Undo does not take it back) and is recorded in the audit "
                         "trail."));
    REQUIRE(dialog.importButton()->isEnabled());
    CHECK(dialog.previewTable()->model()->rowCount() == 2);
    CHECK(dialog.previewTable()->model()->index(0, 1).data().toString() == QStringLiteral("T-1"));
    CHECK(dialog.previewTable()->model()->index(1, 3).data().toString() ==
          QStringLiteral("Wed 28 Feb 2024"));

    int resets = 0;
    QObject::connect(fixture.session.get(), &ui::AppSession::registerReset,
                     [&resets] { ++resets; });
    dialog.importButton()->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.importedCount() == 2);
    CHECK(resets == 1);
    CHECK(caseCount(fixture.workspace()) == 3);
    CHECK(fixture.session->snapshot().entries().size() == 3);
    auto imported = fixture.workspace().caseFile(QStringLiteral("T-1"));
    REQUIRE(imported.ok());
    CHECK(imported->kase.harm == Harm::Death);
    CHECK(imported->kase.leadOfficer == QStringLiteral("K. Shaw"));
}

TEST_CASE("A file that cannot be read stays on the first step and says why")
{
    PageFixture fixture;
    ImportDialog dialog(fixture.session.get());
    CHECK_FALSE(dialog.loadFile(fixture.dir.path(QStringLiteral("missing.csv"))));
    CHECK(dialog.step() == ImportDialog::FileStep);
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("importFileMessage"));
    CHECK(message->text().endsWith(QStringLiteral("missing.csv does not exist.")));
    CHECK_FALSE(dialog.loadFile(fixture.dir.path(QStringLiteral("."))));
    CHECK(message->text().endsWith(QStringLiteral(" is not a file.")));
    const QString empty = writeFile(fixture.dir, QStringLiteral("empty.csv"), QByteArray());
    CHECK_FALSE(dialog.loadFile(empty));
    CHECK(message->text().endsWith(QStringLiteral("has no header row that ReviewDesk can read.")));
}

TEST_CASE("One case ready, or one problem found, is said in the singular")
{
    PageFixture fixture;
    const QString path = writeFile(fixture.dir, QStringLiteral("one.csv"),
                                   "Case No,Type of harm,LA aware\r\n"
                                   "S-1,Death,2024-01-08\r\n");
    ImportDialog dialog(fixture.session.get());
    REQUIRE(dialog.loadFile(path));
    choose(dialog.mappingBox(QStringLiteral("ref")), QStringLiteral("Case No"));
    choose(dialog.mappingBox(QStringLiteral("harm")), QStringLiteral("Type of harm"));
    choose(dialog.mappingBox(QStringLiteral("aware")), QStringLiteral("LA aware"));
    dialog.goNext();
    REQUIRE(dialog.step() == ImportDialog::PreviewStep);
    const auto* verdict = dialog.findChild<QLabel*>(QStringLiteral("previewSummary"));
    REQUIRE(verdict);
    CHECK(verdict->text() ==
          QStringLiteral("1 case from one.csv is ready to import. Importing is one step: it is "
                         "final (Undo does not take it back) and is recorded in the audit trail."));

    writeFile(fixture.dir, QStringLiteral("one.csv"),
              "Case No,Type of harm,LA aware\r\n"
              "S-1,Death,2024-02-30\r\n");
    dialog.goBack();
    dialog.goBack();
    dialog.goNext(); // reads the file again; the columns are the same, so is the matching
    dialog.goNext();
    CHECK(verdict->text() ==
          QStringLiteral("1 problem found in one.csv. Nothing can be imported until it is put "
                         "right: correct the file and choose it again, or go Back and change the "
                         "columns."));
}
