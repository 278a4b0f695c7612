// The job table: one row per job, fed by JobBatch, applied with the fewest
// signals (one insertion block, one dataChanged per contiguous run of changed
// rows over the changed columns; one removal per contiguous block when gone
// jobs are dismissed). Jobs the service stops listing stay, greyed, until
// dismissGone(), the most recent kGoneRowsKept of them: a tray app that runs
// for months does not grow with its history.
#pragma once

#include "job_summary.h"

#include "engine/feed/job_batch.h"

#include <QAbstractTableModel>

#include <string>
#include <string_view>

#include <array>
#include <chrono>
#include <unordered_map>
#include <vector>

namespace bitsmon {

// A text to find, ignoring ASCII case, prepared once for many searches
// (Boyer-Moore-Horspool over case-folded bytes: it skips ahead by up to the
// needle's length where a plain scan steps one byte at a time).
class FoldedNeedle {
public:
    FoldedNeedle() = default;
    explicit FoldedNeedle(std::string_view utf8);

    bool empty() const { return m_folded.empty(); }
    std::string_view folded() const { return m_folded; }
    // Is it in `haystack` (any ASCII case)? The empty needle is in everything.
    bool foundIn(std::string_view haystack) const;

private:
    std::string m_folded;
    std::array<std::size_t, 256> m_skip{};
};

class JobTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        TypeColumn,
        StateColumn,
        PriorityColumn,
        ProgressColumn,
        BytesColumn,
        FilesColumn,
        RateColumn,
        TimeLeftColumn,
        OwnerColumn,
        CreatedColumn,
        ModifiedColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role {
        ProgressRole = Qt::UserRole + 1,  // permille 0..1000, -1 when unknown
        GoneRole,                         // the service no longer lists the job
    };

    explicit JobTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The greyed rows kept; past this, the longest gone are dropped.
    static constexpr int kGoneRowsKept = 100;

    void applyBatch(const bits::feed::JobBatch &batch);
    // Drops the rows of jobs the service no longer lists.
    void dismissGone();

    // The table added up, as of the last batch or dismissal.
    const JobSummary &summary() const { return m_summary; }

    const bits::JobSnapshot *job(int row) const;
    int rowOf(const bits::JobId &id) const;
    double rate(int row) const;
    // Seconds until the row's job has its bytes at its current rate, when
    // that can be told (transferring, size known, a rate) and is not absurd.
    std::optional<double> secondsLeft(int row) const;
    bool isGone(int row) const;

    // What the proxy sorts and filters on, read straight from the rows (no
    // QVariant, no string conversion): each column's sort key, and the text
    // filter's match (name, owner, GUID, URLs and local names).
    int compare(int rowA, int rowB, int column) const;
    // Puts `rows` in compare()'s order for `column`, equal rows by row
    // number in either direction (what the proxy shows).
    void sortRows(std::vector<int> &rows, int column, Qt::SortOrder order) const;
    bool matches(int row, const FoldedNeedle &needle) const;
    static std::string foldCase(std::string_view utf8);

Q_SIGNALS:
    // After all the signals of one applyBatch() or dismissGone(): a proxy
    // re-sorts, or re-maps, once for all of them, not once per run of rows.
    void changesApplied();
    // Before changesApplied(), when the summary is not what it was (the
    // summary is read, not the rows through a proxy that has yet to re-sort).
    void summaryChanged();

private:
    struct ColumnInfo;
    static const std::array<ColumnInfo, ColumnCount> &columns();

    struct Row {
        bits::JobSnapshot job;
        double rate = 0;  // bytes per second, smoothed
        std::chrono::steady_clock::time_point sampledAt;
        bool gone = false;
        std::uint64_t goneOrder = 0;  // when it went gone: larger is more recent
    };

    // Bit i set: column i shows one of `fields`.
    static std::uint32_t columnsShowing(bits::JobFields fields);
    // Puts `next` into the row; returns the columns that changed. `fields`:
    // where next differs from the row, if known (else compared here).
    static std::uint32_t update(Row &row, const bits::JobSnapshot &next, const bits::JobFields *fields,
                                std::chrono::steady_clock::time_point at);
    static void updateRate(Row &row, const bits::JobSnapshot &next, std::chrono::steady_clock::time_point at);
    template <typename F>
    auto withSortKey(int column, F f) const;
    void applyChanges(const bits::feed::JobBatch &batch);
    void removeRows(std::vector<int> rows);
    // Drops the rows gone longest ago beyond kGoneRowsKept.
    void forgetOldestGone();
    void reindex();
    void resummarize();

    QList<Row> m_rows;
    std::unordered_map<bits::JobId, int> m_index;
    JobSummary m_summary;
    std::uint64_t m_goneCount = 0;  // rows that went gone so far: their order
};

}  // namespace bitsmon
