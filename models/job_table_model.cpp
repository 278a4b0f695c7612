#include "job_table_model.h"

#include "format.h"

#include "engine/bits/hresult.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace bitsmon {

using bits::JobSnapshot;
using bits::JobState;

namespace {

// Milliseconds since the epoch (exact in a double for 285,000 years), -1 when unknown.
double msecs(const std::optional<bits::TimePoint> &time)
{
    if (!time)
        return -1;
    return double(std::chrono::duration_cast<std::chrono::milliseconds>(time->time_since_epoch()).count());
}

// Calls f(first, last) for each run of consecutive values in sorted `rows`.
template <typename F>
void forEachRun(const std::vector<int> &rows, F f)
{
    std::size_t i = 0;
    while (i < rows.size()) {
        std::size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        f(rows[i], rows[j]);
        i = j + 1;
    }
}

constexpr std::uint32_t bit(int column)
{
    return 1u << column;
}

constexpr std::uint32_t kAllColumns = bit(JobTableModel::ColumnCount) - 1;

}  // namespace

// Each column described once: its title, what it shows, how it sorts, how it
// lines up. The header, the cells, the proxy's order and the columns a
// change repaints all read this table.
struct JobTableModel::ColumnInfo {
    struct Cell {
        const JobSnapshot &job;
        double rate;  // bytes per second, smoothed
    };
    const char *title;      // QT_TR_NOOP: translated when shown
    bits::JobFields shows;  // the fields whose change repaints it (the state repaints every column)
    Qt::Alignment alignment;
    QString (*display)(const Cell &);
    // The sort key: a number, or text with ASCII case folded (exactly one is set).
    double (*number)(const Cell &);
    std::string (*text)(const Cell &);
};

namespace {

// The time left for `job` at `rate` bytes/s; none when it cannot be told or
// would be absurd (more than a week: the rate says little that far out).
std::optional<double> secondsLeftOf(const JobSnapshot &job, double rate)
{
    if (job.state != JobState::Transferring || job.bytesTotal == bits::kSizeUnknown || rate <= 0.0
        || job.bytesTransferred > job.bytesTotal)
        return std::nullopt;
    const double seconds = double(job.bytesTotal - job.bytesTransferred) / rate;
    if (seconds > 7.0 * 24 * 3600)
        return std::nullopt;
    return seconds;
}

}  // namespace

const std::array<JobTableModel::ColumnInfo, JobTableModel::ColumnCount> &JobTableModel::columns()
{
    namespace field = bits::field;
    using Cell = ColumnInfo::Cell;
    constexpr Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    constexpr Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    static const std::array<ColumnInfo, ColumnCount> table{{
        //: column header: the job's display name
        {QT_TR_NOOP("Name"), field::DisplayName | field::FileList | field::FileProgress, left,
         [](const Cell &c) { return QString::fromStdString(c.job.displayName); }, nullptr,
         [](const Cell &c) { return foldCase(c.job.displayName); }},
        //: column header: download, upload or upload-reply
        {QT_TR_NOOP("Type"), field::Type, left, [](const Cell &c) { return Format::jobType(c.job.type); },
         [](const Cell &c) { return double(c.job.type); }, nullptr},
        {QT_TR_NOOP("State"), field::State, left, [](const Cell &c) { return Format::state(c.job.state); },
         [](const Cell &c) { return double(c.job.state); }, nullptr},
        {QT_TR_NOOP("Priority"), field::Priority, left, [](const Cell &c) { return Format::priority(c.job.priority); },
         [](const Cell &c) { return c.job.priority ? double(*c.job.priority) : 99.0; }, nullptr},
        {QT_TR_NOOP("Progress"), field::Bytes, left,
         [](const Cell &c) { return Format::percent(progressFraction(c.job)); },
         [](const Cell &c) { return progressFraction(c.job).value_or(-1.0); }, nullptr},
        //: column header: bytes transferred of total
        {QT_TR_NOOP("Bytes"), field::Bytes, right,
         [](const Cell &c) { return Format::progressBytes(c.job.bytesTransferred, c.job.bytesTotal, c.job.type); },
         [](const Cell &c) { return double(c.job.bytesTransferred); }, nullptr},
        {QT_TR_NOOP("Files"), field::FileCounts, right,
         [](const Cell &c) {
             //: files transferred of files in the job
             return tr("%1 of %2").arg(c.job.filesTransferred).arg(c.job.filesTotal);
         },
         [](const Cell &c) { return double(c.job.filesTransferred); }, nullptr},
        //: column header: transfer rate
        {QT_TR_NOOP("Rate"), 0, right, [](const Cell &c) { return Format::rate(c.rate); },
         [](const Cell &c) { return c.rate; }, nullptr},
        //: column header: estimated time until the transfer ends
        {QT_TR_NOOP("Time left"), field::Bytes, right,
         [](const Cell &c) {
             const auto left = secondsLeftOf(c.job, c.rate);
             return left ? Format::duration(*left) : QString();
         },
         [](const Cell &c) { return secondsLeftOf(c.job, c.rate).value_or(1e12); }, nullptr},
        {QT_TR_NOOP("Owner"), field::Owner, left,
         [](const Cell &c) { return c.job.owner.empty() ? Format::unknown() : QString::fromStdString(c.job.owner); },
         nullptr, [](const Cell &c) { return foldCase(c.job.owner); }},
        {QT_TR_NOOP("Created"), field::Created, left, [](const Cell &c) { return Format::time(c.job.created); },
         [](const Cell &c) { return msecs(c.job.created); }, nullptr},
        {QT_TR_NOOP("Modified"), field::Modified, left, [](const Cell &c) { return Format::time(c.job.modified); },
         [](const Cell &c) { return msecs(c.job.modified); }, nullptr},
        {QT_TR_NOOP("Error"), field::Errors, left,
         [](const Cell &c) { return c.job.error ? Format::errorReason(c.job.error->code) : QString(); },
         [](const Cell &c) { return c.job.error ? double(std::uint32_t(c.job.error->code)) : 0.0; }, nullptr},
    }};
    return table;
}

JobTableModel::JobTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const JobSnapshot *JobTableModel::job(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].job : nullptr;
}

int JobTableModel::rowOf(const bits::JobId &id) const
{
    auto it = m_index.find(id);
    return it == m_index.end() ? -1 : it->second;
}

double JobTableModel::rate(int row) const
{
    return m_rows.at(row).rate;
}

std::optional<double> JobTableModel::secondsLeft(int row) const
{
    return secondsLeftOf(m_rows.at(row).job, m_rows.at(row).rate);
}

bool JobTableModel::isGone(int row) const
{
    return m_rows.at(row).gone;
}

std::uint32_t JobTableModel::columnsShowing(bits::JobFields fields)
{
    if (fields & (bits::field::State | bits::field::Id))
        return kAllColumns;  // the state colours the whole row
    std::uint32_t mask = 0;
    for (int column = 0; column < ColumnCount; ++column) {
        if (fields & columns()[std::size_t(column)].shows)
            mask |= bit(column);
    }
    return mask;
}

std::uint32_t JobTableModel::update(Row &row, const JobSnapshot &next, const bits::JobFields *known,
                                    std::chrono::steady_clock::time_point at)
{
    const double rateBefore = row.rate;
    updateRate(row, next, at);  // reads the bytes of the snapshot it replaces
    const bits::JobFields fields = known ? *known : bits::differences(row.job, next);
    std::uint32_t mask = columnsShowing(fields);
    if (row.rate != rateBefore)
        mask |= bit(RateColumn) | bit(TimeLeftColumn);
    if (row.gone)
        mask |= kAllColumns;  // back in the service's list: no longer greyed
    bits::assignChanged(row.job, next, fields);
    row.gone = false;
    return mask;
}

void JobTableModel::updateRate(Row &row, const JobSnapshot &next, std::chrono::steady_clock::time_point at)
{
    if (next.state != JobState::Transferring) {
        row.rate = 0;
        row.sampledAt = at;
        return;
    }
    const double seconds = std::chrono::duration<double>(at - row.sampledAt).count();
    if (seconds <= 0.0 || row.sampledAt == std::chrono::steady_clock::time_point{}) {
        row.sampledAt = at;
        return;
    }
    if (next.bytesTransferred >= row.job.bytesTransferred) {
        const double instant = double(next.bytesTransferred - row.job.bytesTransferred) / seconds;
        // Smooth over about a second of ticks so the figure is readable.
        const double weight = std::min(1.0, seconds);
        row.rate = row.rate == 0 ? instant : row.rate + weight * (instant - row.rate);
    }
    row.sampledAt = at;
}

void JobTableModel::applyBatch(const bits::feed::JobBatch &batch)
{
    applyChanges(batch);
    if (!batch.removed.empty())
        forgetOldestGone();
    resummarize();  // first: whoever follows the batch reads its summary
    emit changesApplied();
}

void JobTableModel::resummarize()
{
    JobSummary summary;
    summary.jobs = int(m_rows.size());
    for (const Row &row : m_rows) {
        const JobState state = row.job.state;
        summary.transferring += state == JobState::Transferring;
        summary.failed += state == JobState::Error;
        summary.rate += row.rate;
        if (!row.gone) {
            summary.listedFailed |= state == JobState::Error;
            summary.listedActive |= bits::isActive(state);
        }
    }
    if (summary == m_summary)
        return;
    m_summary = summary;
    emit summaryChanged();
}

void JobTableModel::applyChanges(const bits::feed::JobBatch &batch)
{
    // Rows keep their numbers during a batch (new ones are appended), so the
    // columns that changed are gathered per row number, in row order.
    std::vector<std::uint32_t> changed(std::size_t(m_rows.size()), 0);
    int changedRows = 0;
    auto mark = [&](int row, std::uint32_t mask) {
        changedRows += changed[std::size_t(row)] == 0 && mask != 0;
        changed[std::size_t(row)] |= mask;
    };

    // 1. New data for existing rows. All rows are looked up before any is
    //    updated: lookups that do not wait for each other overlap their
    //    cache misses (docs/PERFORMANCE.md).
    //    Where the feed says what changed in each job, only that is looked at.
    std::vector<int> rows(batch.changed.size());
    for (std::size_t i = 0; i < batch.changed.size(); ++i)
        rows[i] = rowOf(batch.changed[i].id);
    const bool fieldsKnown = batch.changedFields.size() == batch.changed.size();
    for (std::size_t i = 0; i < batch.changed.size(); ++i) {
        if (rows[i] >= 0) {
            const bits::JobFields *fields = fieldsKnown ? &batch.changedFields[i] : nullptr;
            mark(rows[i], update(m_rows[rows[i]], batch.changed[i], fields, batch.takenAt));
        }
    }

    // 2. Jobs the service no longer lists stay visible, greyed, until
    //    dismissed: a job that vanished is news, not something to hide.
    for (const bits::JobId &id : batch.removed) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        Row &r = m_rows[row];
        if (!r.gone) {
            r.gone = true;
            r.goneOrder = ++m_goneCount;
            r.rate = 0;
            mark(row, kAllColumns);
        }
    }

    // 3. One insertion block at the end.
    std::vector<const JobSnapshot *> fresh;
    for (const JobSnapshot &added : batch.added) {
        const int row = rowOf(added.id);
        if (row >= 0)  // already known: treat as a change
            mark(row, update(m_rows[row], added, nullptr, batch.takenAt));
        else
            fresh.push_back(&added);
    }
    if (!fresh.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const JobSnapshot *added : fresh) {
            m_index.emplace(added->id, int(m_rows.size()));
            m_rows.append(Row{*added, 0, batch.takenAt, false});
        }
        endInsertRows();
    }

    // 4. dataChanged per contiguous run of rows, over the columns that changed;
    //    one signal for the whole table when most rows changed.
    if (changedRows == 0)
        return;
    const QList<int> roles;  // display, raw value, progress, colours: all of them
    auto columns = [&](int first, int last, std::uint32_t mask) {
        emit dataChanged(index(first, std::countr_zero(mask)), index(last, 31 - std::countl_zero(mask)), roles);
    };
    const int count = int(changed.size());
    if (changedRows * 2 > m_rows.size()) {
        std::uint32_t all = 0;
        int first = count;
        int last = -1;
        for (int row = 0; row < count; ++row) {
            if (changed[std::size_t(row)]) {
                all |= changed[std::size_t(row)];
                first = std::min(first, row);
                last = row;
            }
        }
        columns(first, last, all);
        return;
    }
    for (int row = 0; row < count;) {
        if (!changed[std::size_t(row)]) {
            ++row;
            continue;
        }
        const int first = row;
        std::uint32_t runMask = 0;
        for (; row < count && changed[std::size_t(row)]; ++row)
            runMask |= changed[std::size_t(row)];
        columns(first, row - 1, runMask);
    }
}

void JobTableModel::removeRows(std::vector<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Runs from the bottom up, so earlier row numbers stay valid.
    std::vector<std::pair<int, int>> runs;
    forEachRun(rows, [&](int first, int last) { runs.emplace_back(first, last); });
    for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_rows.remove(it->first, it->second - it->first + 1);
        endRemoveRows();
    }
    reindex();
}

void JobTableModel::forgetOldestGone()
{
    std::vector<std::pair<std::uint64_t, int>> gone;  // (order, row)
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].gone)
            gone.emplace_back(m_rows[row].goneOrder, row);
    if (gone.size() <= std::size_t(kGoneRowsKept))
        return;
    const auto excess = std::ptrdiff_t(gone.size()) - kGoneRowsKept;
    std::nth_element(gone.begin(), gone.begin() + excess, gone.end());
    std::vector<int> rows;
    for (auto it = gone.begin(); it != gone.begin() + excess; ++it)
        rows.push_back(it->second);
    removeRows(std::move(rows));
}

void JobTableModel::dismissGone()
{
    std::vector<int> rows;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].gone)
            rows.push_back(row);
    }
    if (!rows.empty())
        removeRows(std::move(rows));
    resummarize();  // first: whoever follows the batch reads its summary
    emit changesApplied();
}

void JobTableModel::reindex()
{
    m_index.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_index.emplace(m_rows[row].job.id, row);
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const JobSnapshot &job = row.job;
    switch (role) {
    case Qt::DisplayRole:
        return columns()[std::size_t(index.column())].display({job, row.rate});
    case ProgressRole: {
        const auto fraction = progressFraction(job);
        return fraction ? int(*fraction * 1000.0) : -1;
    }
    case GoneRole:
        return row.gone;
    case Qt::AccessibleTextRole:
        // What a screen reader says for a cell, where the shown text is not
        // enough: "45 percent, 2.1 MB of 4.6 MB"; "Error: Server ignores ranges".
        if (index.column() == ProgressColumn) {
            const auto fraction = progressFraction(job);
            const QString bytes = Format::progressBytes(job.bytesTransferred, job.bytesTotal, job.type);
            //: read aloud for a progress cell: %1 is a whole number, %2 "2.1 MB of 4.6 MB"
            return fraction ? tr("%1 percent, %2").arg(QLocale().toString(*fraction * 100.0, 'f', 0), bytes) : bytes;
        }
        if (index.column() == StateColumn && job.error && bits::isFailed(job.state))
            //: read aloud for a failed job's state: "Error: Server ignores ranges"
            return tr("%1: %2").arg(Format::state(job.state), Format::errorReason(job.error->code));
        if (index.column() == NameColumn && row.gone)
            //: read aloud for a greyed row's name
            return tr("%1, no longer listed").arg(QString::fromStdString(job.displayName));
        return {};
    case Qt::DecorationRole:
        return index.column() == StateColumn ? QVariant(Format::stateIcon(job.state, job.type)) : QVariant();
    case Qt::ToolTipRole:
        // The whole story behind the few words of the Error cell, on the
        // failed state too.
        if ((index.column() == ErrorColumn || index.column() == StateColumn) && job.error)
            return Format::errorSentence(*job.error);
        // An upload's bytes are wider than the column is made for ("… sent").
        if (index.column() == BytesColumn && bits::isUpload(job.type))
            return Format::progressBytes(job.bytesTransferred, job.bytesTotal, job.type);
        if (row.gone)
            //: tooltip of a greyed row
            return tr("The transfer service no longer lists this job.");
        if (index.column() == NameColumn) {
            QString tip = QString::fromStdString(job.id.toString());
            for (const bits::FileSnapshot &file : job.files)
                tip += QLatin1Char('\n') + QString::fromStdString(file.remoteUrl);
            return tip;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(columns()[std::size_t(index.column())].alignment);
    case Qt::ForegroundRole:
        if (row.gone)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (job.state == JobState::Error && index.column() == StateColumn)
            return QBrush(Format::errorColour(QGuiApplication::palette()));
        return {};
    default:
        return {};
    }
}

namespace {

// ASCII letters fold; other bytes (UTF-8 sequences) compare as they are.
char fold(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

template <typename T>
int order(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

}  // namespace

std::string JobTableModel::foldCase(std::string_view utf8)
{
    std::string out(utf8);
    for (char &c : out)
        c = fold(c);
    return out;
}

// Calls f with the function that gives a row's sort key in `column`: a
// double or a folded string, so sorting compares plain values. Without a
// column the key is the row number.
template <typename F>
auto JobTableModel::withSortKey(int column, F f) const
{
    if (column < 0 || column >= ColumnCount)
        return f([](int r) { return double(r); });
    const ColumnInfo &info = columns()[std::size_t(column)];
    if (info.text)
        return f([this, &info](int r) { return info.text({m_rows[r].job, m_rows[r].rate}); });
    return f([this, &info](int r) { return info.number({m_rows[r].job, m_rows[r].rate}); });
}

int JobTableModel::compare(int rowA, int rowB, int column) const
{
    return withSortKey(column, [&](auto key) { return order(key(rowA), key(rowB)); });
}

// Reads each row's key once into a compact array and sorts that, instead of
// comparing rows scattered in memory with compare() (docs/PERFORMANCE.md).
// Equal keys keep row order, in either direction.
void JobTableModel::sortRows(std::vector<int> &rows, int column, Qt::SortOrder order) const
{
    const bool descending = order == Qt::DescendingOrder;
    withSortKey(column, [&](auto keyOf) {
        using Key = decltype(keyOf(0));
        std::vector<std::pair<Key, int>> keyed;
        keyed.reserve(rows.size());
        for (int row : rows)
            keyed.emplace_back(keyOf(row), row);
        std::sort(keyed.begin(), keyed.end(), [descending](const auto &a, const auto &b) {
            if (a.first < b.first)
                return !descending;
            if (b.first < a.first)
                return descending;
            return a.second < b.second;
        });
        for (std::size_t i = 0; i < rows.size(); ++i)
            rows[i] = keyed[i].second;
    });
}

FoldedNeedle::FoldedNeedle(std::string_view utf8)
    : m_folded(JobTableModel::foldCase(utf8))
{
    const std::size_t n = m_folded.size();
    m_skip.fill(n);
    for (std::size_t i = 0; i + 1 < n; ++i)
        m_skip[static_cast<unsigned char>(m_folded[i])] = n - 1 - i;
}

bool FoldedNeedle::foundIn(std::string_view haystack) const
{
    const std::size_t n = m_folded.size();
    if (n == 0)
        return true;
    if (n > haystack.size())
        return false;
    for (std::size_t at = 0; at + n <= haystack.size();) {
        std::size_t i = n - 1;
        while (fold(haystack[at + i]) == m_folded[i]) {
            if (i == 0)
                return true;
            --i;
        }
        at += m_skip[static_cast<unsigned char>(fold(haystack[at + n - 1]))];
    }
    return false;
}

bool JobTableModel::matches(int row, const FoldedNeedle &needle) const
{
    const JobSnapshot &job = m_rows[row].job;
    if (needle.foundIn(job.displayName) || needle.foundIn(job.owner))
        return true;
    // A GUID's text ("{xxxxxxxx-xxxx-...}") is made only when the needle
    // could be part of one: not for every row on every pass of a name filter.
    const bool couldBeGuid = needle.folded().find_first_not_of("0123456789abcdef-{}") == std::string_view::npos;
    if (couldBeGuid && needle.foundIn(job.id.toString()))
        return true;
    for (const bits::FileSnapshot &file : job.files) {
        if (needle.foundIn(file.remoteUrl) || needle.foundIn(file.localName))
            return true;
    }
    // A failed job by what its Error cell says ("HTTP 404: Not found"), or
    // by its error's name or code ("BG_E_HTTP_ERROR_404", "0x80190194").
    if (job.error) {
        const bits::HResult code = job.error->code;
        return needle.foundIn(Format::errorReason(code).toStdString())
            || needle.foundIn(Format::errorName(code).toStdString()) || needle.foundIn(bits::hexCode(code));
    }
    return false;
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The title, and the same as its tooltip: whole where a narrow column clips it.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount)
        return {};
    return tr(columns()[std::size_t(section)].title);
}

}  // namespace bitsmon
