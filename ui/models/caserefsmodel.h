// CaseRefsModel: every case reference in the open register, in the order
// people look them up (ignoring case), for the case pickers of the Timeline
// and Reports pages. It keeps only that order and reads each reference from
// the register snapshot when it is shown: a combo box holding 50,000 items
// of its own took 5 MiB per picker, and building them slowed every opening.
#pragma once

#include <QAbstractListModel>

#include <vector>

class QComboBox;

namespace reviewdesk::ui {

class AppSession;
class CaseRefsModel;

// Makes `picker` a case picker over `refs`: any part of a reference may be
// typed, and the references that contain it are offered. Every row of its
// lists is one line of one height, so Qt need not measure 50,000 of them: on
// the benchmark file, opening the list took 184-207 ms and each key typed
// into it 178 ms before.
void setUpCasePicker(QComboBox* picker, CaseRefsModel* refs);

class CaseRefsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit CaseRefsModel(AppSession* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Takes the register as it now is: call after the snapshot has changed.
    void refresh();

private:
    AppSession* m_session;
    std::vector<qsizetype> m_order; // indices into the snapshot's entries
};

} // namespace reviewdesk::ui
