#!/usr/bin/env python3
# Mutation check of test_windows_faults (not run by CI): each fix of issue 14
# is undone alone, in the source, and the test named beside it must then
# fail. The patterns match the code as it was when written; a pattern that no
# longer matches is reported, not guessed. Run from anywhere, with the mingw
# preset built and a Wine prefix ready (source scripts/deps.sh;
# bitsmon_wine_prefix). Arguments: names of mutants to run (default: all).
import subprocess, sys, os
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
W = 'engine/windows/windows_service.cpp'
M = [
 ('Next', W, 'hr = jobs->Next(1, next.put(), &fetched);\n        if (FAILED(hr))\n            return cutShort(hr);', 'hr = jobs->Next(1, next.put(), &fetched);\n        if (FAILED(hr))\n            break;', 'PartialListing.NextFailing*'),
 ('GetId', W, 'if (FAILED(hr = next->GetId(&guid)))\n            return cutShort(hr);', 'if (FAILED(hr = next->GetId(&guid)))\n            continue;', 'PartialListing.GetId*'),
 ('share', 'engine/windows/sha256.cpp', 'FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,', 'FILE_SHARE_READ,', 'CannotRead.TemporaryFileHeld*'),
 ('unreadable-invalid', W, 'if (!actual)\n                continue;  // cannot read is not invalid', '', 'CannotRead.UnreadableTemporary*'),
 ('unreadable-deleted', W, 'if (!actual) {\n            const HRESULT cause', 'if (!actual) {\n            DeleteFileW(path.c_str());\n            const HRESULT cause', 'CannotRead.UnreadableAfterComplete*'),
 ('told', W, 'if (FAILED(told)) {', 'if (false) {', 'ValidationAnswer.*'),
 ('retry', W, 'if (expected.check == Check::Failed) {\n                expected.check = Check::Pending;', 'if (false) {\n                expected.check = Check::Pending;', 'FailedCheck.*'),
 ('persist', W, 'if (m_options.stateFile.empty())\n        return;\n    std::string bytes', 'return;\n    std::string bytes', 'Restart.*'),
 ('placed', W, 'if (!ours)\n            continue;', '(void)ours;', 'PartialComplete.*'),
 ('backoff', W, 'if (!m_apartmentReady || std::chrono::steady_clock::now() < m_nextConnect)', 'if (!m_apartmentReady || !isDisconnection(m_connected) || std::chrono::steady_clock::now() < m_nextConnect)', 'Reconnect.UnreachableAtStart*'),
 ('resubscribe', W, '    m_jobs = std::move(listed);\n    resubscribe();', '    m_jobs = std::move(listed);', 'Reconnect.AfterARestart*'),
 ('keep-wish', W, 'if (hr != HRESULT(BG_E_NOT_FOUND))\n        m_subscribed.insert(id);', '', 'Reconnect.AFailedSubscription*'),
 ('probe', W, 'hr = probe;\n        if (SUCCEEDED(probe)) {', 'hr = SUCCEEDED(probe) ? HRESULT(BG_E_NOT_FOUND) : probe;\n        if (false) {', 'LiveJob.*'),
 ('paths', W, 'std::wstring left = widen(a);', 'return a == b;\n    std::wstring left = widen(a);', 'Paths.*'),
 ('flags', W, 'if (FAILED(hr))\n            j->SetNotifyInterface(nullptr);', 'if (FAILED(hr))\n            ;', 'Subscriptions.FailedNotifyFlags*'),
 ('observer', W, 'm_watching.clear();\n            resubscribe();', '', 'Subscriptions.ANewObserver*'),
 ('lock', 'engine/windows/notify_callback.cpp', '            released = it->first;\n            m_identities.erase(it);\n        }', '            released = it->first;\n            m_identities.erase(it);\n            released->Release();\n            released = nullptr;\n        }', 'Subscriptions.Proxies*'),
 ('retrysettings', W, 'if (spec.minimumRetryDelay && FAILED', 'if (false && spec.minimumRetryDelay && FAILED', 'NewJobs.RetrySettings*'),
 ('owners', W, '    if (fresh) {\n        ++m_ownerLookups;', '    if (true) {\n        ++m_ownerLookups;', 'Polling.OwnerNames*'),
 ('refused', W, 'if (!m_refusedAllUsersAt || now', 'if (true || now', 'Polling.ARefused*'),
 ('trim', W, 'while (!description.empty() && std::isspace', 'while (false && std::isspace', 'Polling.ErrorTexts*'),
]
only = sys.argv[1:]
EXTRA = {'resubscribe': ('        resubscribe();\n        return true;', '        return true;')}
env = dict(os.environ)
results = []
for name, path, old, new, flt in M:
    if only and name not in only:
        continue
    full = os.path.join(root, path)
    orig = open(full).read()
    if orig.count(old) != 1:
        results.append((name, 'PATTERN NOT FOUND %d' % orig.count(old))); continue
    mutated = orig.replace(old, new)
    if name in EXTRA:
        mutated = mutated.replace(*EXTRA[name])
    open(full, 'w').write(mutated)
    try:
        b = subprocess.run(['cmake', '--build', 'build-mingw', '--target', 'test_windows_faults'], cwd=root, capture_output=True, text=True)
        if b.returncode != 0:
            results.append((name, 'BUILD FAILED')); continue
        r = subprocess.run(['timeout', '120', 'wine', 'build-mingw/tests/windows/test_windows_faults.exe', '--gtest_filter=' + flt], cwd=root, capture_output=True, text=True, env=env)
        out = r.stdout
        failed = [l for l in out.splitlines() if l.startswith('[  FAILED  ]') and '.' in l and 'listed' not in l]
        ran = [l for l in out.splitlines() if l.startswith('[ RUN')]
        results.append((name, ('FAILS as it should: ' if r.returncode != 0 else 'STILL PASSES: ') + flt + ' (%d run)' % len(ran)))
    finally:
        open(full, 'w').write(orig)
    print(results[-1], flush=True)
subprocess.run(['cmake', '--build', 'build-mingw', '--target', 'test_windows_faults'], cwd=root, capture_output=True)
print('\n'.join('%-20s %s' % r for r in results))
