#include "job_filter_model.h"

#include "job_table_model.h"

namespace bitsmon {

JobFilterModel::JobFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobTableModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void JobFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void JobFilterModel::setStateShown(bits::JobState state, bool shown)
{
    const std::uint32_t bit = 1u << int(state);
    setShownStates(shown ? (m_states | bit) : (m_states & ~bit));
}

bool JobFilterModel::isStateShown(bits::JobState state) const
{
    return m_states & (1u << int(state));
}

void JobFilterModel::setShownStates(std::uint32_t mask)
{
    if (mask == m_states)
        return;
    m_states = mask;
    invalidateFilter();
}

void JobFilterModel::setOwner(const QString &owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    invalidateFilter();
}

bool JobFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const int state = index.data(JobTableModel::StateRole).toInt();
    if (!(m_states & (1u << state)))
        return false;
    if (!m_owner.isEmpty()) {
        const auto *model = static_cast<const JobTableModel *>(sourceModel());
        const bits::JobSnapshot *job = model->job(sourceRow);
        if (job && !job->ours && QString::fromStdString(job->owner) != m_owner)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    return index.data(JobTableModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

}  // namespace bitsmon
