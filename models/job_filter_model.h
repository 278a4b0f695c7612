// Sorts jobs by raw values (numbers as numbers) and filters by text and state,
// reading JobTableModel's rows directly: 10,000 jobs sort and filter within
// a frame or two (bench/bench_scale.cpp).
#pragma once

#include "engine/bits/vocabulary.h"

#include <QSortFilterProxyModel>

#include <chrono>
#include <string>

class QTimer;

namespace bitsmon {

class JobFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit JobFilterModel(QObject *parent = nullptr);

    // Case-insensitive match on name, owner, GUID, URLs and local names.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    // Which states are shown; all by default.
    void setStateShown(bits::JobState state, bool shown);
    bool isStateShown(bits::JobState state) const;
    void setShownStates(std::uint32_t mask);
    // Only jobs of this owner (and bitsmon's own); empty: every owner's.
    void setOwner(const QString &owner);
    std::uint32_t shownStates() const { return m_states; }

    // Past this many jobs, changes to the rows no longer re-sort and
    // re-filter on every batch (at 10,000 rows that is most of a frame each
    // tick): the order and the filter catch up at most once per
    // `catchUpInterval`, in one pass (new rows show at once, at the end,
    // then take their place). Sorting or filtering by hand applies at once.
    // Below it, every change re-sorts and re-filters at once.
    void setLargeTable(int rows, std::chrono::milliseconds catchUpInterval);
    bool isDeferring() const { return !dynamicSortFilter(); }

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void sourceChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void sizeChanged();
    void scheduleCatchUp(bool refilter);
    bool filtering() const;

    int m_largeTable = 2000;
    QTimer *m_catchUp = nullptr;
    bool m_refilter = false;  // the caught-up pass must filter again, not only sort
    QString m_text;
    std::string m_foldedText;  // m_text as UTF-8, ASCII letters folded
    QString m_owner;
    std::uint32_t m_states = (1u << bits::kJobStateCount) - 1;
};

}  // namespace bitsmon
