// Sorts jobs by raw values (numbers as numbers) and filters by text and state,
// reading JobTableModel's rows directly: 10,000 jobs sort and filter within
// a frame or two (bench/bench_scale.cpp).
#pragma once

#include "engine/bits/vocabulary.h"

#include <QSortFilterProxyModel>

#include <string>

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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    std::string m_foldedText;  // m_text as UTF-8, ASCII letters folded
    QString m_owner;
    std::uint32_t m_states = (1u << bits::kJobStateCount) - 1;
};

}  // namespace bitsmon
