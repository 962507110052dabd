#include "models/caserefsmodel.h"

#include "session/appsession.h"

#include <QComboBox>
#include <QCompleter>
#include <QListView>

#include <algorithm>

namespace reviewdesk::ui {

void setUpCasePicker(QComboBox* picker, CaseRefsModel* refs)
{
    // Editable before it has its model: the other way round, making it
    // editable took 145 ms over the 50,000 references of the benchmark file.
    picker->setEditable(true);
    picker->setInsertPolicy(QComboBox::NoInsert);
    picker->setModel(refs);
    picker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    picker->completer()->setFilterMode(Qt::MatchContains);
    for (QAbstractItemView* view : {picker->view(), picker->completer()->popup()})
        if (auto* list = qobject_cast<QListView*>(view))
            list->setUniformItemSizes(true);
}

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
    // Ignoring case, then exactly, so the order never depends on the file's.
    // Each reference is folded once: comparing ignoring case inside the sort
    // took most of the Reports page's making on a 50,000-case register.
    struct Key
    {
        QString folded;
        qsizetype index;
    };
    std::vector<Key> keys;
    keys.reserve(size_t(entries.size()));
    for (qsizetype index = 0; index < entries.size(); ++index)
        keys.push_back({entries[index].file.kase.ref.toCaseFolded(), index});
    std::sort(keys.begin(), keys.end(), [&entries](const Key& a, const Key& b) {
        if (a.folded != b.folded)
            return a.folded < b.folded;
        return entries[a.index].file.kase.ref < entries[b.index].file.kase.ref;
    });
    m_order.resize(keys.size());
    std::transform(keys.begin(), keys.end(), m_order.begin(),
                   [](const Key& key) { return key.index; });
    endResetModel();
}

} // namespace reviewdesk::ui
