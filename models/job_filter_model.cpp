#include "job_filter_model.h"

#include "job_table_model.h"

#include <QTimer>

#include <algorithm>
#include <utility>

namespace bitsmon {

JobFilterModel::JobFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
    , m_catchUp(new QTimer(this))
{
    m_catchUp->setSingleShot(true);
    m_catchUp->setInterval(1000);
    connect(m_catchUp, &QTimer::timeout, this, &JobFilterModel::refilter);
}

void JobFilterModel::setLargeTable(int rows, std::chrono::milliseconds catchUpInterval)
{
    m_largeTable = rows;
    m_catchUp->setInterval(int(catchUpInterval.count()));
    sizeChanged();
}

void JobFilterModel::setSourceModel(QAbstractItemModel *model)
{
    Q_ASSERT_X(!model || qobject_cast<JobTableModel *>(model), "JobFilterModel", "the source must be a JobTableModel");
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(model);
    m_jobs = qobject_cast<const JobTableModel *>(model);
    m_rows.clear();
    m_proxyRowOf.clear();
    if (m_jobs) {
        connect(model, &QAbstractItemModel::dataChanged, this, &JobFilterModel::sourceDataChanged);
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { sourceRowsInserted(first, last); });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &JobFilterModel::sourceRowsAboutToBeRemoved);
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) { sourceRowsRemoved(first, last); });
        connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
        connect(model, &QObject::destroyed, this, [this] {
            m_jobs = nullptr;  // half destroyed already: nothing may reach it through us
            beginResetModel();
            m_rows.clear();
            m_proxyRowOf.clear();
            endResetModel();
        });
        connect(m_jobs, &JobTableModel::changesApplied, this, &JobFilterModel::sourceChangesApplied);
        m_rows = acceptedInOrder();
        remap();
    }
    endResetModel();
    sizeChanged();
}

// --- The table as the view sees it ---

QModelIndex JobFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_rows.size()) || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex JobFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex JobFilterModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int JobFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_jobs ? 0 : m_jobs->columnCount();
}

bool JobFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty() && columnCount() > 0;
}

QModelIndex JobFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_jobs || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return m_jobs->index(m_rows[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex JobFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_jobs || !sourceIndex.isValid() || sourceIndex.model() != m_jobs
        || sourceIndex.row() >= int(m_proxyRowOf.size()))
        return {};
    const int row = m_proxyRowOf[std::size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant JobFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_jobs)
        return {};
    // Columns are the source's; a row's header is its job's, wherever it stands.
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= int(m_rows.size()))
            return {};
        section = m_rows[std::size_t(section)];
    }
    return m_jobs->headerData(section, orientation, role);
}

// --- Filter and order ---

bool JobFilterModel::filtering() const
{
    return !m_text.isEmpty() || !m_owner.isEmpty() || m_states != kAllStates || m_types != kAllTypes;
}

bool JobFilterModel::accepts(int sourceRow) const
{
    const bits::JobSnapshot *job = m_jobs->job(sourceRow);
    if (!job)
        return false;
    if (!(m_states & (1u << int(job->state))) || !(m_types & typeBit(job->type)))
        return false;
    // An owner the service could not tell (E_NOTIMPL on Wine or old
    // systems) may be ours: shown, not hidden as someone else's.
    if (!m_owner.isEmpty() && !job->ours && !job->owner.empty() && QString::fromStdString(job->owner) != m_owner)
        return false;
    return m_needle.empty() || m_jobs->matches(sourceRow, m_needle);
}

void JobFilterModel::sortRows(std::vector<int> &rows) const
{
    if (m_sortColumn < 0 || m_sortColumn >= columnCount())
        std::sort(rows.begin(), rows.end());  // the source's order
    else
        m_jobs->sortRows(rows, m_sortColumn, m_sortOrder);
}

std::vector<int> JobFilterModel::acceptedInOrder() const
{
    std::vector<int> rows;
    if (!m_jobs)
        return rows;
    rows.reserve(std::size_t(m_jobs->rowCount()));
    for (int row = 0; row < m_jobs->rowCount(); ++row) {
        if (accepts(row))
            rows.push_back(row);
    }
    sortRows(rows);
    return rows;
}

void JobFilterModel::remap()
{
    m_proxyRowOf.assign(m_jobs ? std::size_t(m_jobs->rowCount()) : 0, -1);
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_proxyRowOf[std::size_t(m_rows[i])] = int(i);
}

void JobFilterModel::refilter()
{
    m_catchUp->stop();
    m_dirty = false;
    if (m_jobs)
        setRows(acceptedInOrder());
}

void JobFilterModel::setRows(std::vector<int> rows)
{
    if (rows == m_rows)
        return;  // nothing moved, nothing hidden or shown: nothing to tell
    const auto hint =
        rows.size() == m_rows.size() ? QAbstractItemModel::VerticalSortHint : QAbstractItemModel::NoLayoutChangeHint;
    emit layoutAboutToBeChanged({}, hint);
    const Carried carried = carryPersistent();
    m_rows = std::move(rows);
    remap();
    placePersistent(carried);
    emit layoutChanged({}, hint);
}

JobFilterModel::Carried JobFilterModel::carryPersistent() const
{
    Carried carried{persistentIndexList(), {}};
    carried.sources.reserve(std::size_t(carried.indexes.size()));
    for (const QModelIndex &index : carried.indexes)
        carried.sources.push_back(m_rows[std::size_t(index.row())]);
    return carried;
}

void JobFilterModel::placePersistent(const Carried &carried)
{
    QModelIndexList after;
    after.reserve(carried.indexes.size());
    for (std::size_t i = 0; i < carried.sources.size(); ++i) {
        const int source = carried.sources[i];
        const int row = source < 0 ? -1 : m_proxyRowOf[std::size_t(source)];
        after.append(row < 0 ? QModelIndex() : createIndex(row, carried.indexes[qsizetype(i)].column()));
    }
    changePersistentIndexList(carried.indexes, after);
}

void JobFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_jobs)
        return;
    std::vector<int> rows = m_rows;  // sorting shows and hides nothing
    sortRows(rows);
    setRows(std::move(rows));
}

void JobFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_needle = FoldedNeedle(text.toStdString());
    refilter();
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

void JobFilterModel::setShownTypes(std::uint32_t mask)
{
    if (mask == m_types)
        return;
    m_types = mask;
    refilter();
}

void JobFilterModel::setShownStates(std::uint32_t mask)
{
    if (mask == m_states)
        return;
    m_states = mask;
    refilter();
}

void JobFilterModel::setOwner(const QString &owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    refilter();
}

// --- What the source tells ---

void JobFilterModel::sizeChanged()
{
    const bool large = m_jobs && m_largeTable > 0 && m_jobs->rowCount() > m_largeTable;
    if (large == m_deferring)
        return;
    m_deferring = large;
    if (!large && (m_dirty || m_catchUp->isActive()))
        refilter();  // back to keeping up at once: catch up now
}

void JobFilterModel::scheduleCatchUp()
{
    if (!m_catchUp->isActive())
        m_catchUp->start();
}

void JobFilterModel::emitDataChanged(int firstSourceRow, int lastSourceRow, int left, int right,
                                     const QList<int> &roles)
{
    int top = int(m_rows.size());
    int bottom = -1;
    for (int source = firstSourceRow; source <= lastSourceRow; ++source) {
        const int row = m_proxyRowOf[std::size_t(source)];
        if (row >= 0) {
            top = std::min(top, row);
            bottom = std::max(bottom, row);
        }
    }
    if (bottom >= 0)
        emit dataChanged(index(top, left), index(bottom, right), roles);
}

void JobFilterModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    // Any change may matter to an active filter (state, name, owner, files);
    // to the order only when it reaches the sort column.
    const bool sortTouched = m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column();
    m_dirty = m_dirty || sortTouched || filtering();
    emitDataChanged(topLeft.row(), bottomRight.row(), topLeft.column(), bottomRight.column(), roles);
}

void JobFilterModel::sourceRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    for (int &source : m_rows) {
        if (source >= first)
            source += count;
    }
    remap();

    // New rows show at once, at the end, in order among themselves (so the
    // first batch, into an empty table, is in its final order); they take
    // their place among the others when the batch has been applied.
    std::vector<int> fresh;
    for (int source = first; source <= last; ++source) {
        if (accepts(source))
            fresh.push_back(source);
    }
    sortRows(fresh);
    const bool wasEmpty = m_rows.empty();
    if (!fresh.empty()) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at + int(fresh.size()) - 1);
        for (int source : fresh) {
            m_proxyRowOf[std::size_t(source)] = int(m_rows.size());
            m_rows.push_back(source);
        }
        endInsertRows();
        m_dirty = m_dirty || (m_sortColumn >= 0 && !wasEmpty);
    }
    sizeChanged();
}

void JobFilterModel::sourceChangesApplied()
{
    if (m_removing) {
        m_removing = false;
        placePersistent(std::exchange(m_carried, {}));
        emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
        sizeChanged();
    }
    if (!m_dirty)
        return;
    if (m_deferring)
        scheduleCatchUp();
    else
        refilter();
}

void JobFilterModel::sourceRowsAboutToBeRemoved()
{
    // However many runs of rows go, and wherever they stand in the proxy's
    // order, the views hear of it once, when the source is done.
    if (m_removing)
        return;
    m_removing = true;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    m_carried = carryPersistent();
}

void JobFilterModel::sourceRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    auto renumber = [&](int source) { return source < first ? source : (source > last ? source - count : -1); };
    std::erase_if(m_rows, [&](int source) { return source >= first && source <= last; });
    for (int &source : m_rows)
        source = renumber(source);
    remap();
    for (int &source : m_carried.sources) {
        if (source >= 0)
            source = renumber(source);
    }
}

}  // namespace bitsmon
