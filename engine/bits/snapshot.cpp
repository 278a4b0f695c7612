#include "snapshot.h"

namespace bits {

namespace {

bool sameFileList(const std::vector<FileSnapshot> &a, const std::vector<FileSnapshot> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].remoteUrl != b[i].remoteUrl || a[i].localName != b[i].localName)
            return false;
    }
    return true;
}

bool sameFileProgress(const std::vector<FileSnapshot> &a, const std::vector<FileSnapshot> &b)
{
    for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (a[i].bytesTotal != b[i].bytesTotal || a[i].bytesTransferred != b[i].bytesTransferred
            || a[i].completed != b[i].completed)
            return false;
    }
    return true;
}

}  // namespace

// A member added to JobSnapshot or FileSnapshot must be compared and
// copied below (and its field named in snapshot.h); this fails until it is.
#if defined(__linux__) && defined(__x86_64__) && defined(__GLIBCXX__)
static_assert(sizeof(JobSnapshot) == 424 && sizeof(FileSnapshot) == 88,
              "JobSnapshot changed: update differences() and assignChanged()");
#endif

JobFields differences(const JobSnapshot &x, const JobSnapshot &y)
{
    JobFields fields = 0;
    auto differ = [&fields](bool different, JobFields field) {
        if (different)
            fields |= field;
    };
    differ(x.id != y.id, field::Id);
    differ(x.displayName != y.displayName, field::DisplayName);
    differ(x.description != y.description, field::Description);
    differ(x.type != y.type, field::Type);
    differ(x.state != y.state, field::State);
    differ(x.priority != y.priority, field::Priority);
    differ(x.owner != y.owner, field::Owner);
    differ(x.bytesTotal != y.bytesTotal || x.bytesTransferred != y.bytesTransferred, field::Bytes);
    differ(x.filesTotal != y.filesTotal || x.filesTransferred != y.filesTransferred, field::FileCounts);
    differ(x.created != y.created, field::Created);
    differ(x.modified != y.modified, field::Modified);
    differ(x.transferCompleted != y.transferCompleted, field::TransferCompleted);
    differ(x.errorCount != y.errorCount || x.error != y.error, field::Errors);
    differ(x.notifyFlags != y.notifyFlags || x.startsBitsmon != y.startsBitsmon, field::NotifyFlags);
    differ(!sameFileList(x.files, y.files), field::FileList);
    differ(!sameFileProgress(x.files, y.files), field::FileProgress);
    differ(x.ours != y.ours, field::Ours);
    differ(x.reply != y.reply, field::Reply);
    return fields;
}

void assignChanged(JobSnapshot &to, const JobSnapshot &from, JobFields fields)
{
    // Numbers and flags are copied whatever the fields say: as cheap as
    // testing them.
    to.id = from.id;
    to.type = from.type;
    to.state = from.state;
    to.priority = from.priority;
    to.bytesTotal = from.bytesTotal;
    to.bytesTransferred = from.bytesTransferred;
    to.filesTotal = from.filesTotal;
    to.filesTransferred = from.filesTransferred;
    to.created = from.created;
    to.modified = from.modified;
    to.transferCompleted = from.transferCompleted;
    to.errorCount = from.errorCount;
    to.notifyFlags = from.notifyFlags;
    to.startsBitsmon = from.startsBitsmon;
    to.ours = from.ours;
    if (fields & field::DisplayName)
        to.displayName = from.displayName;
    if (fields & field::Description)
        to.description = from.description;
    if (fields & field::Owner)
        to.owner = from.owner;
    if (fields & field::Errors)
        to.error = from.error;
    if (fields & field::Reply)
        to.reply = from.reply;
    if (fields & field::FileList) {
        to.files = from.files;
    } else if (fields & field::FileProgress) {
        for (std::size_t i = 0; i < to.files.size(); ++i) {
            to.files[i].bytesTotal = from.files[i].bytesTotal;
            to.files[i].bytesTransferred = from.files[i].bytesTransferred;
            to.files[i].completed = from.files[i].completed;
        }
    }
}

}  // namespace bits
