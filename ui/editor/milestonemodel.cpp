#include "editor/milestonemodel.h"

#include "util/isodate.h"

namespace reviewdesk::ui {

MilestoneModel::MilestoneModel(QObject* parent) : QAbstractTableModel(parent) {}

void MilestoneModel::setMilestones(QList<Milestone> milestones)
{
    beginResetModel();
    m_loaded = milestones;
    m_edited = std::move(milestones);
    endResetModel();
    emit problemChanged(QString());
}

QList<Milestone> MilestoneModel::changed() const
{
    QList<Milestone> result;
    for (qsizetype i = 0; i < m_edited.size(); ++i)
        if (m_edited[i].due != m_loaded[i].due || m_edited[i].done != m_loaded[i].done)
            result << m_edited[i];
    return result;
}

int MilestoneModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_edited.size());
}

int MilestoneModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MilestoneModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_edited.size())
        return {};
    const Milestone& milestone = m_edited.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn:
            return milestone.name;
        case DueColumn:
            return toIso(milestone.due);
        case DoneColumn:
            return toIso(milestone.done);
        }
    }
    if (role == Qt::AccessibleTextRole && index.column() != NameColumn)
        return QStringLiteral("%1 %2: %3")
            .arg(milestone.name,
                 index.column() == DueColumn ? QStringLiteral("due") : QStringLiteral("done"),
                 data(index).toString());
    return {};
}

bool MilestoneModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() == NameColumn)
        return false;
    Milestone& milestone = m_edited[index.row()];
    const QString text = value.toString();
    if (index.column() == DueColumn) {
        auto due = parseIsoDate(text, QStringLiteral("due date of \"%1\"").arg(milestone.name));
        if (!due) {
            emit problemChanged(due.error().message);
            return false;
        }
        milestone.due = *due;
    } else {
        auto done =
            parseOptionalIsoDate(text, QStringLiteral("done date of \"%1\"").arg(milestone.name));
        if (!done) {
            emit problemChanged(done.error().message);
            return false;
        }
        milestone.done = *done;
    }
    emit dataChanged(index, index);
    emit problemChanged(QString());
    emit edited();
    return true;
}

Qt::ItemFlags MilestoneModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant MilestoneModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Milestone");
    case DueColumn:
        return tr("Due (YYYY-MM-DD)");
    case DoneColumn:
        return tr("Done (YYYY-MM-DD)");
    }
    return {};
}

} // namespace reviewdesk::ui
