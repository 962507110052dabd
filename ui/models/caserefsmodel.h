// CaseRefsModel: every case reference in the open register, in the order
// people look them up (ignoring case), for the case pickers of the Timeline
// and Reports pages. It keeps only that order and reads each reference from
// the register snapshot when it is shown: a combo box holding 50,000 items
// of its own took 5 MiB per picker, and building them slowed every opening.
#pragma once

#include <QAbstractListModel>

#include <vector>

namespace reviewdesk::ui {

class AppSession;

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
