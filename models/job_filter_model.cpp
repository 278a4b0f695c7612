#include "job_filter_model.h"

#include "job_table_model.h"

#include <QTimer>

namespace bitsmon {

JobFilterModel::JobFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_catchUp(new QTimer(this))
{
    setSortRole(JobTableModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    m_catchUp->setSingleShot(true);
    m_catchUp->setInterval(1000);
    connect(m_catchUp, &QTimer::timeout, this, [this] {
        if (m_refilter)
            invalidate();  // filter and sort, one pass
        else if (sortColumn() >= 0)
            sort(sortColumn(), sortOrder());
        m_refilter = false;
    });
}

void JobFilterModel::setLargeTable(int rows, std::chrono::milliseconds catchUpInterval)
{
    m_largeTable = rows;
    m_catchUp->setInterval(int(catchUpInterval.count()));
    sizeChanged();
}

void JobFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::dataChanged, this, &JobFilterModel::sourceChanged);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        sizeChanged();
        if (isDeferring())
            scheduleCatchUp(false);  // new rows come in at the end, then take their place
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &JobFilterModel::sizeChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &JobFilterModel::sizeChanged);
    sizeChanged();
}

void JobFilterModel::sizeChanged()
{
    const bool large = sourceModel() && m_largeTable > 0 && sourceModel()->rowCount() > m_largeTable;
    if (large == isDeferring())
        return;
    setDynamicSortFilter(!large);  // back to dynamic: Qt re-sorts once now
    if (!large)
        m_catchUp->stop();
}

bool JobFilterModel::filtering() const
{
    return !m_text.isEmpty() || !m_owner.isEmpty() || m_states != (1u << bits::kJobStateCount) - 1;
}

void JobFilterModel::sourceChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!isDeferring())
        return;
    // Any change may matter to an active filter (state, name, owner, files);
    // to the order only when it reaches the sort column.
    const bool sortTouched = sortColumn() >= topLeft.column() && sortColumn() <= bottomRight.column();
    if (sortTouched || filtering())
        scheduleCatchUp(filtering());
}

void JobFilterModel::scheduleCatchUp(bool refilter)
{
    m_refilter = m_refilter || refilter;
    if (!m_catchUp->isActive())
        m_catchUp->start();
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
