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
    m_foldedText = JobTableModel::foldCase(text.toStdString());
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

bool JobFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const JobTableModel *>(sourceModel());
    const bits::JobSnapshot *job = model->job(sourceRow);
    if (!job)
        return false;
    if (!(m_states & (1u << int(job->state))))
        return false;
    if (!m_owner.isEmpty() && !job->ours && QString::fromStdString(job->owner) != m_owner)
        return false;
    return m_foldedText.empty() || model->matches(sourceRow, m_foldedText);
}

bool JobFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = static_cast<const JobTableModel *>(sourceModel());
    return model->compare(left.row(), right.row(), left.column()) < 0;
}

}  // namespace bitsmon
