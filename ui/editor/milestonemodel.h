// MilestoneModel: a review's milestones with their due and done dates editable
// in place (typed as YYYY-MM-DD). Edits are kept until the editor saves them
// through ReviewService::saveMilestone with the version read, like every field.
#pragma once

#include "domain/practicereview.h"

#include <QAbstractTableModel>

namespace reviewdesk::ui {

class MilestoneModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        DueColumn,
        DoneColumn,
        ColumnCount
    };

    explicit MilestoneModel(QObject* parent = nullptr);

    void setMilestones(QList<Milestone> milestones);
    // The milestones as edited, and those that differ from what was loaded.
    const QList<Milestone>& milestones() const { return m_edited; }
    QList<Milestone> changed() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // Why the last edit was refused ("" after an accepted edit).
    void problemChanged(const QString& message);
    void edited();

private:
    QList<Milestone> m_loaded;
    QList<Milestone> m_edited;
};

} // namespace reviewdesk::ui
