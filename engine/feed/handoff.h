// Work handed from one thread to another through Qt's event queue.
//
// Qt's queue synchronises inside libQt6Core with futexes. ThreadSanitizer
// sees only what is instrumented, and Debian's Qt is not: without help it
// takes every queued call for a data race (the work is written on one
// thread and run on the other). publish()/receive() tell it what Qt
// guarantees: everything done before the post happens
// before the work runs. Elsewhere the annotations compile to nothing.
//
// engine/feed is the only place that posts work across threads, and it
// posts only through postTo().
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>

#include <utility>

#if defined(__SANITIZE_THREAD__)
#define BITSMON_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define BITSMON_TSAN 1
#endif
#endif

#ifdef BITSMON_TSAN
extern "C" void __tsan_acquire(void *address);
extern "C" void __tsan_release(void *address);
#endif

namespace bits::feed {

// Marks `address` as published by this thread / received by this one.
inline void publish([[maybe_unused]] void *address)
{
#ifdef BITSMON_TSAN
    __tsan_release(address);
#endif
}

inline void receive([[maybe_unused]] void *address)
{
#ifdef BITSMON_TSAN
    __tsan_acquire(address);
#endif
}

// Work posted as an event of our own rather than through
// QMetaObject::invokeMethod: Qt's queued call reads the arguments of its
// own event from inlined header code on the receiving thread, which no
// annotation of ours could order. Here every byte the receiver reads was
// written by us before publish(), and the event is deleted after receive().
class PostedWork : public QEvent {
public:
    static QEvent::Type eventType()
    {
        static const auto type = QEvent::Type(QEvent::registerEventType());
        return type;
    }
    void run() { work(); }

protected:
    PostedWork()
        : QEvent(eventType())
    {
    }
    virtual void work() = 0;
};

template <typename F>
class PostedWorkOf final : public PostedWork {
public:
    explicit PostedWorkOf(F f)
        : m_work(std::move(f))
    {
    }

private:
    void work() override { m_work(); }
    F m_work;
};

// Runs `work` on `receiver`'s thread. The receiver's event() hands the
// event to runPosted().
template <typename F>
void postTo(QObject *receiver, F work)
{
    auto *event = new PostedWorkOf<F>(std::move(work));
    publish(event);
    QCoreApplication::postEvent(receiver, event);
}

// For a receiver's event(): true when `event` was posted work, now done.
inline bool runPosted(QEvent *event)
{
    receive(event);  // before reading even its type; a no-op for Qt's own events
    if (event->type() != PostedWork::eventType())
        return false;
    static_cast<PostedWork *>(event)->run();
    return true;
}

}  // namespace bits::feed
