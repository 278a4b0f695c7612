// The job table as the view shows it: filtered by text, state and owner and
// sorted by any column, reading JobTableModel's rows directly.
//
// Our own proxy rather than QSortFilterProxyModel, for 10,000 jobs: the order
// and the filter are two vectors (proxy row -> source row and back); sorting
// reads each row's key once (JobTableModel::sortRows); and every re-sort or
// re-filter, however many rows it moves, hides or shows, is one
// layoutAboutToBeChanged / layoutChanged pair with the persistent indexes
// (selection, current row) carried over, where QSortFilterProxyModel sends
// one rowsRemoved or rowsInserted per run of rows. A pass that changes
// nothing sends nothing.
#pragma once

#include "engine/bits/vocabulary.h"
#include "job_table_model.h"

#include <QAbstractProxyModel>

#include <chrono>
#include <string>
#include <vector>

class QTimer;

namespace bitsmon {

class JobFilterModel : public QAbstractProxyModel {
    Q_OBJECT
public:
    explicit JobFilterModel(QObject *parent = nullptr);

    // Case-insensitive match on name, owner, GUID, URLs, local names, and a
    // failed job's error (the Error cell's words, its name, its code).
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    // Which states are shown; all by default.
    void setStateShown(bits::JobState state, bool shown);
    bool isStateShown(bits::JobState state) const;
    void setShownStates(std::uint32_t mask);
    std::uint32_t shownStates() const { return m_states; }
    static constexpr std::uint32_t kAllStates = (1u << bits::kJobStateCount) - 1;
    // Which job types are shown, a mask of typeBit()s; all by default.
    void setShownTypes(std::uint32_t mask);
    std::uint32_t shownTypes() const { return m_types; }
    static constexpr std::uint32_t typeBit(bits::JobType type) { return 1u << int(type); }
    static constexpr std::uint32_t kAllTypes = (1u << bits::kJobTypeCount) - 1;
    // Only jobs of this owner (and bitsmon's own); empty: every owner's.
    void setOwner(const QString &owner);

    // Past this many jobs, changes to the rows no longer re-sort and
    // re-filter on every batch (at 10,000 rows that is most of a frame each
    // tick): the order and the filter catch up at most once per
    // `catchUpInterval`, in one pass (new rows show at once, at the end,
    // then take their place). Sorting or filtering by hand applies at once.
    // Below it, every change re-sorts and re-filters at once.
    void setLargeTable(int rows, std::chrono::milliseconds catchUpInterval);
    bool isDeferring() const { return m_deferring; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The source must be a JobTableModel: it appends, changes and removes rows
    // (and says when a batch is applied); it never resets or re-orders them.
    void setSourceModel(QAbstractItemModel *model) override;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool accepts(int sourceRow) const;
    bool filtering() const;
    // Filters and sorts the whole table again; tells the views in one
    // layout change, or not at all when nothing moved.
    void refilter();
    void setRows(std::vector<int> rows);
    std::vector<int> acceptedInOrder() const;
    void remap();  // m_proxyRowOf from m_rows

    // The persistent indexes (selection, current row) and the source rows
    // they stand on, carried across a change of the proxy's rows: each
    // follows its job, or becomes invalid when its job is gone (-1).
    struct Carried {
        QModelIndexList indexes;
        std::vector<int> sources;
    };
    Carried carryPersistent() const;
    void placePersistent(const Carried &carried);
    void sortRows(std::vector<int> &rows) const;
    void emitDataChanged(int firstSourceRow, int lastSourceRow, int left, int right, const QList<int> &roles);

    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void sourceRowsInserted(int first, int last);
    void sourceChangesApplied();
    void sourceRowsAboutToBeRemoved();
    void sourceRowsRemoved(int first, int last);
    void sizeChanged();
    void scheduleCatchUp();

    const JobTableModel *m_jobs = nullptr;
    std::vector<int> m_rows;        // proxy row -> source row
    std::vector<int> m_proxyRowOf;  // source row -> proxy row, -1 when filtered out
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    int m_largeTable = 2000;
    bool m_deferring = false;
    bool m_dirty = false;  // the batch being applied may have moved, hidden or shown rows
    // Source rows are being removed: one layout change from the first removal
    // until the source's changes are applied, with the persistent indexes
    // carried (their source rows renumbered as rows go).
    bool m_removing = false;
    Carried m_carried;
    QTimer *m_catchUp = nullptr;
    QString m_text;
    FoldedNeedle m_needle;  // m_text, prepared for searching
    QString m_owner;
    std::uint32_t m_states = kAllStates;
    std::uint32_t m_types = kAllTypes;
};

}  // namespace bitsmon
