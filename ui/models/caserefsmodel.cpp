#include "models/caserefsmodel.h"

#include "session/appsession.h"

#include <algorithm>
#include <numeric>

namespace reviewdesk::ui {

CaseRefsModel::CaseRefsModel(AppSession* session, QObject* parent)
    : QAbstractListModel(parent), m_session(session)
{
    refresh();
}

int CaseRefsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

QVariant CaseRefsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_order.size()) ||
        (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    // A reload may have replaced the snapshot before refresh() is called.
    const QList<CaseEntry>& entries = m_session->snapshot().entries();
    const qsizetype entry = m_order[size_t(index.row())];
    return entry < entries.size() ? QVariant(entries[entry].file.kase.ref) : QVariant();
}

void CaseRefsModel::refresh()
{
    beginResetModel();
    const QList<CaseEntry>& entries = m_session->snapshot().entries();
    m_order.resize(size_t(entries.size()));
    std::iota(m_order.begin(), m_order.end(), qsizetype(0));
    const auto refOf = [&entries](qsizetype index) -> const QString& {
        return entries[index].file.kase.ref;
    };
    // Ignoring case, then exactly, so the order never depends on the file's.
    std::sort(m_order.begin(), m_order.end(), [&refOf](qsizetype a, qsizetype b) {
        if (const int order = refOf(a).compare(refOf(b), Qt::CaseInsensitive); order != 0)
            return order < 0;
        return refOf(a) < refOf(b);
    });
    endResetModel();
}

} // namespace reviewdesk::ui
