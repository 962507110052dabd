#include "io/importpreviewmodel.h"

#include "schedule/wording.h"
#include "util/isodate.h"

namespace reviewdesk::ui {
namespace {

enum Column
{
    Line,
    Reference,
    Harm,
    Aware,
    Notified,
    RapidReviewColumn,
    PracticeReviewColumn,
    Lead,
    ColumnCount
};

} // namespace

void ImportPreviewModel::setRows(QList<io::ImportRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const io::ImportRow& row = m_rows.at(index.row());
    const CaseFile& file = row.file;
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Line:
        return row.line;
    case Reference:
        return file.kase.ref;
    case Harm:
        return harmText(file.kase.harm);
    case Aware:
        return toDisplay(file.kase.aware);
    case Notified:
        return file.kase.notified ? toDisplay(*file.kase.notified) : QString();
    case RapidReviewColumn:
        if (!file.rapidReview)
            return QString();
        if (file.rapidReview->completed)
            return tr("Completed %1").arg(toDisplay(*file.rapidReview->completed));
        return tr("In progress");
    case PracticeReviewColumn:
        if (!file.practiceReview)
            return QString();
        return tr("%1 decided %2")
            .arg(nameOf(file.practiceReview->type).toUpper(),
                 toDisplay(file.practiceReview->decided));
    case Lead:
        return file.kase.leadOfficer;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case Reference:
        return tr("Reference");
    case Harm:
        return tr("Harm");
    case Aware:
        return tr("Aware");
    case Notified:
        return tr("Notified");
    case RapidReviewColumn:
        return tr("Rapid review");
    case PracticeReviewColumn:
        return tr("Practice review");
    case Lead:
        return tr("Lead officer");
    }
    return {};
}

} // namespace reviewdesk::ui
