// bitsctl: a console tool on engine/windows alone.
//   bitsctl list
//   bitsctl create URL PATH [--priority foreground|high|normal|low] [--name NAME] [--suspended]
//   bitsctl monitor [--interval MS] [--count N]
//   bitsctl resume|suspend|cancel|complete GUID
//   bitsctl notify GUID      (who takes the job's notifications: flags, interface)
//   bitsctl activate GUID transferred|error  (plays BITS: calls bitsmon's class)
//   bitsctl activate         (creates an object of bitsmon's class and lets it go)
//   bitsctl hand GUID        (gives the job an object of bitsmon's class to call)
// It never takes a job's notifications: monitor polls, like bitsadmin /monitor.
#include "callback_server.h"
#include "windows_service.h"

#include "engine/bits/hresult.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <thread>
#include <vector>

using namespace bits;
using bits::windows::WindowsBitsService;

namespace {

int usage()
{
    std::fputs("usage: bitsctl list\n"
               "       bitsctl create URL PATH [--priority foreground|high|normal|low] [--name NAME] [--suspended]\n"
               "       bitsctl monitor [--interval MS] [--count N]\n"
               "       bitsctl resume|suspend|cancel|complete GUID\n"
               "       bitsctl notify GUID\n"
               "       bitsctl activate GUID transferred|error   (plays BITS: calls bitsmon's notification class)\n"
               "       bitsctl activate   (only creates an object of the class: is it registered, does it start?)\n"
               "       bitsctl hand GUID   (BITS calls an object of bitsmon's notification class about the job)\n",
               stderr);
    return 2;
}

int fail(const Failure &failure)
{
    std::fprintf(stderr, "bitsctl: %s\n", failure.message.english().c_str());
    return 1;
}

std::string bytes(std::uint64_t n)
{
    return n == kSizeUnknown ? std::string("?") : std::to_string(n);
}

void printRow(const JobSnapshot &job)
{
    std::printf("%s  %-15s %12s / %-12s %u/%u  %s", job.id.toString().c_str(), std::string(name(job.state)).c_str(),
                bytes(job.bytesTransferred).c_str(), bytes(job.bytesTotal).c_str(), job.filesTransferred,
                job.filesTotal, job.displayName.c_str());
    if (job.error)
        std::printf("  [%s, %s]", describe(job.error->code).c_str(), std::string(name(job.error->context)).c_str());
    std::printf("\n");
}

std::optional<Priority> priorityFrom(const char *text)
{
    const std::string t = text;
    if (t == "foreground")
        return Priority::Foreground;
    if (t == "high")
        return Priority::High;
    if (t == "normal")
        return Priority::Normal;
    if (t == "low")
        return Priority::Low;
    return std::nullopt;
}

int list(WindowsBitsService &service)
{
    auto ids = service.listJobs();
    if (!ids)
        return fail(ids.failure());
    for (const Sentence &notice : service.takeNotices())
        std::fprintf(stderr, "bitsctl: %s\n", notice.english().c_str());
    for (const JobId &id : ids.value()) {
        auto job = service.snapshot(id);
        if (job)
            printRow(job.value());
        else if (job.failure().code != hr::BG_E_NotFound)  // vanished meanwhile: not worth a line
            std::fprintf(stderr, "bitsctl: %s\n", job.failure().message.english().c_str());
    }
    std::printf("%zu job(s)\n", ids.value().size());
    return 0;
}

int create(WindowsBitsService &service, int argc, char **argv)
{
    if (argc < 4)
        return usage();
    NewJob spec;
    spec.files.push_back({argv[2], argv[3]});
    bool suspended = false;
    for (int i = 4; i < argc; i += 2) {
        if (!std::strcmp(argv[i], "--suspended")) {
            suspended = true;
            --i;  // takes no value
        } else if (i + 1 >= argc) {
            return usage();
        } else if (!std::strcmp(argv[i], "--priority")) {
            auto p = priorityFrom(argv[i + 1]);
            if (!p)
                return usage();
            spec.priority = *p;
        } else if (!std::strcmp(argv[i], "--name")) {
            spec.displayName = argv[i + 1];
        } else {
            return usage();
        }
    }
    auto created = service.createJob(spec);
    if (!created)
        return fail(created.failure());
    if (suspended) {
        std::printf("%s\n", created.value().toString().c_str());
        return 0;
    }
    if (auto resumed = service.resume(created.value()); !resumed) {
        service.cancel(created.value());
        return fail(resumed.failure());
    }
    std::printf("%s\n", created.value().toString().c_str());
    return 0;
}

int monitor(WindowsBitsService &service, int argc, char **argv)
{
    int interval = 1000;
    long count = -1;  // forever
    for (int i = 2; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--interval"))
            interval = std::max(50, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--count"))
            count = std::atol(argv[i + 1]);
        else
            return usage();
    }
    std::map<JobId, JobSnapshot> last;
    for (long round = 0; count < 0 || round < count; ++round) {
        auto ids = service.listJobs();
        if (!ids)
            return fail(ids.failure());
        std::map<JobId, JobSnapshot> now;
        for (const JobId &id : ids.value()) {
            auto job = service.snapshot(id);
            if (!job)
                continue;
            auto before = last.find(id);
            if (before == last.end())
                std::printf("+ ");
            else if (before->second.state != job.value().state
                     || before->second.bytesTransferred != job.value().bytesTransferred)
                std::printf("~ ");
            else {
                now[id] = job.value();
                continue;
            }
            printRow(job.value());
            now[id] = std::move(job).value();
        }
        for (const auto &[id, job] : last)
            if (!now.contains(id))
                std::printf("- %s  %s\n", id.toString().c_str(), job.displayName.c_str());
        std::fflush(stdout);
        last = std::move(now);
        if (count < 0 || round + 1 < count)
            std::this_thread::sleep_for(std::chrono::milliseconds(interval));
    }
    return 0;
}

// An object of bitsmon's notification class, as BITS creates one: COM
// starts the registered bitsmon.exe if none serves the class.
HRESULT createCallbackObject(windows::ComPtr<IBackgroundCopyCallback2> &callback)
{
    return CoCreateInstance(windows::kCallbackClsid, nullptr, CLSCTX_LOCAL_SERVER, IID_IBackgroundCopyCallback2,
                            reinterpret_cast<void **>(callback.put()));
}

// "flags 0x3 interface none": what a monitor must leave as the owner set it.
int notify(WindowsBitsService &service, const JobId &id)
{
    HRESULT hr = S_OK;
    windows::ComPtr<IBackgroundCopyJob> job = service.job(id, &hr);
    if (!job)
        return fail(windows::failureFrom(hr, "The job could not be found"));
    ULONG flags = 0;
    if (FAILED(hr = job->GetNotifyFlags(&flags)))
        return fail(windows::failureFrom(hr, "The job's notify flags could not be read"));
    windows::ComPtr<IUnknown> callback;
    if (FAILED(hr = job->GetNotifyInterface(callback.put())))
        return fail(windows::failureFrom(hr, "The job's notify interface could not be read"));
    std::printf("flags 0x%lx interface %s\n", flags, callback ? "set" : "none");
    return 0;
}

// Plays BITS for a job that carries bitsmon's CLSID while bitsmon is closed:
// creates an object of the class (COM starts the registered server), calls
// it about the job, releases it. Prints how long each step took.
int activate(WindowsBitsService &service, const JobId &id, const std::string &event)
{
    HRESULT hr = S_OK;
    windows::ComPtr<IBackgroundCopyJob> job = service.job(id, &hr);
    if (!job)
        return fail(windows::failureFrom(hr, "The job could not be found"));
    using Clock = std::chrono::steady_clock;
    const auto ms = [](Clock::duration d) {
        return long(std::chrono::duration_cast<std::chrono::milliseconds>(d).count());
    };
    const auto start = Clock::now();
    windows::ComPtr<IBackgroundCopyCallback2> callback;
    hr = createCallbackObject(callback);
    if (FAILED(hr))
        return fail(windows::failureFrom(hr, "bitsmon's notification class could not be created"));
    const auto created = Clock::now();
    if (event == "error") {
        windows::ComPtr<IBackgroundCopyError> error;
        if (FAILED(hr = job->GetError(error.put())))
            return fail(windows::failureFrom(hr, "The job's error could not be read"));
        hr = callback->JobError(job.get(), error.get());
    } else {
        hr = callback->JobTransferred(job.get());
    }
    const auto called = Clock::now();
    callback.reset();
    std::printf("created %ld ms, %s call %ld ms, answered 0x%08lx\n", ms(created - start), event.c_str(),
                ms(called - created), static_cast<unsigned long>(hr));
    return SUCCEEDED(hr) ? 0 : 1;
}

// What BITS does with a job's CLSID when nothing else takes its
// notifications, done by hand where BITS lacks IBackgroundCopyJob5 (Wine):
// an object of bitsmon's class becomes the job's notify interface, and this
// process exits; BITS itself then calls bitsmon.
int hand(WindowsBitsService &service, const JobId &id)
{
    HRESULT hr = S_OK;
    windows::ComPtr<IBackgroundCopyJob> job = service.job(id, &hr);
    if (!job)
        return fail(windows::failureFrom(hr, "The job could not be found"));
    windows::ComPtr<IBackgroundCopyCallback2> callback;
    hr = createCallbackObject(callback);
    if (FAILED(hr))
        return fail(windows::failureFrom(hr, "bitsmon's notification class could not be created"));
    if (FAILED(hr = job->SetNotifyFlags(BG_NOTIFY_JOB_TRANSFERRED | BG_NOTIFY_JOB_ERROR)))
        return fail(windows::failureFrom(hr, "The job's notify flags could not be set"));
    if (FAILED(hr = job->SetNotifyInterface(callback.get())))
        return fail(windows::failureFrom(hr, "The job's notify interface could not be set"));
    std::printf("handed\n");
    return 0;
}

// Whether COM starts bitsmon's class as registered: creates an object and
// lets it go at once.
int probe()
{
    const auto start = std::chrono::steady_clock::now();
    windows::ComPtr<IBackgroundCopyCallback2> callback;
    const HRESULT hr = createCallbackObject(callback);
    if (FAILED(hr))
        return fail(windows::failureFrom(hr, "bitsmon's notification class could not be created"));
    callback.reset();
    std::printf(
        "created %ld ms\n",
        long(std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count()));
    return 0;
}

int act(WindowsBitsService &service, const std::string &verb, const char *guid)
{
    auto id = JobId::parse(guid);
    if (!id) {
        std::fprintf(stderr, "bitsctl: \"%s\" is not a job GUID like {6BA7B810-9DAD-11D1-80B4-00C04FD430C8}.\n", guid);
        return 2;
    }
    if (verb == "notify")
        return notify(service, *id);
    if (verb == "hand")
        return hand(service, *id);
    Status status;
    if (verb == "resume")
        status = service.resume(*id);
    else if (verb == "suspend")
        status = service.suspend(*id);
    else if (verb == "cancel")
        status = service.cancel(*id);
    else {
        auto done = service.complete(*id);
        if (!done)
            return fail(done.failure());
        if (done.value() != hr::S_Ok)
            std::printf("%s\n", describe(done.value()).c_str());
        return 0;
    }
    return status ? 0 : fail(status.failure());
}

}  // namespace

int main(int argc, char **argv)
{
    if (argc < 2)
        return usage();
    bits::windows::MtaApartment apartment;
    if (FAILED(apartment.result()))
        return fail(windows::failureFrom(apartment.result(), "COM could not be initialised"));
    WindowsBitsService service;
    const std::string verb = argv[1];
    if (verb == "list")
        return list(service);
    if (verb == "create")
        return create(service, argc, argv);
    if (verb == "monitor")
        return monitor(service, argc, argv);
    if ((verb == "resume" || verb == "suspend" || verb == "cancel" || verb == "complete" || verb == "notify"
         || verb == "hand")
        && argc == 3)
        return act(service, verb, argv[2]);
    if (verb == "activate" && argc == 2)
        return probe();
    if (verb == "activate" && argc == 4 && JobId::parse(argv[2])
        && (std::string(argv[3]) == "transferred" || std::string(argv[3]) == "error"))
        return activate(service, *JobId::parse(argv[2]), argv[3]);
    return usage();
}
