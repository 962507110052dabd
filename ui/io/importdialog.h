// Import CSV: bring cases in from a spreadsheet in three steps. Choose the
// file; map its columns onto ReviewDesk's (pre-filled by name, required ones
// flagged); preview every row with every problem by line and column. Import
// stays disabled while there is any problem, and then writes everything in one
// transaction. An import is final (not on the undo stack): it is recorded in
// the audit trail, and the preview says so before the button is pressed.
#pragma once

#include "io/caseimport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace reviewdesk::ui {

class AppSession;
class ImportPreviewModel;

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Step
    {
        FileStep,
        MappingStep,
        PreviewStep
    };

    ImportDialog(AppSession* session, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Reads `path` and moves on to the mapping; false (with the reason shown) if it cannot.
    bool loadFile(const QString& path);

    Step step() const;
    QComboBox* mappingBox(const QString& columnKey) const;
    const io::CaseImportPlan& plan() const { return m_plan; }
    QPushButton* importButton() const { return m_import; }
    QListWidget* problemList() const { return m_problems; }
    QTableView* previewTable() const { return m_preview; }
    int importedCount() const { return m_imported; }

    void goBack();
    void goNext();
    // Writes the previewed plan; on success closes the dialog.
    bool runImport();

private:
    QWidget* buildFileStep();
    QWidget* buildMappingStep();
    QWidget* buildPreviewStep();
    void chooseFile();
    void fillMapping();
    void updateMappingWarnings();
    io::ColumnMapping currentMapping() const;
    void makePreview();
    void updateButtons();

    AppSession* m_session;
    QStackedWidget* m_steps;
    QLineEdit* m_path;
    QLabel* m_fileMessage;
    QHash<QString, QComboBox*> m_boxes;
    QHash<QString, QLabel*> m_warnings;
    QLabel* m_mappingSummary;
    QLabel* m_previewSummary;
    QTableView* m_preview;
    ImportPreviewModel* m_previewModel;
    QListWidget* m_problems;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_import = nullptr;
    QByteArray m_bytes;
    QString m_fileName;
    QStringList m_header;
    io::CaseImportPlan m_plan;
    int m_imported = 0;
};

} // namespace reviewdesk::ui
