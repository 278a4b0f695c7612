// judgeAnswer: whether a server's answer is the part of the file bitsmon
// asked for, and what to do when not. One row per case a server can make;
// no sockets (the embedded service's tests cover the same cases end to end
// against servers on 127.0.0.1).
#include "engine/bits/range_answer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace bits;
using Act = RangeVerdict::Act;
using Why = RangeVerdict::Why;

namespace {

constexpr std::uint64_t U = kSizeUnknown;

struct Row {
    const char *what;
    RangeRequest asked;
    RangeResponse answer;
    RangeVerdict expected;
};

RangeRequest ask(std::uint64_t start, std::uint64_t end, bool foreground = false, bool sentIfRange = false,
                 std::string validator = {})
{
    return RangeRequest{start, end, foreground, sentIfRange, std::move(validator)};
}

RangeResponse answer(int status, std::string contentRange = {}, std::optional<std::uint64_t> length = std::nullopt,
                     std::string validator = {})
{
    return RangeResponse{status, std::move(contentRange), length, std::move(validator)};
}

RangeVerdict verdict(Act act, std::optional<std::uint64_t> total = std::nullopt, std::uint64_t end = U,
                     HResult error = 0, Why why = Why::None)
{
    RangeVerdict v;
    v.act = act;
    v.total = total;
    v.end = end;
    v.error = error;
    v.why = why;
    return v;
}

const std::vector<Row> &rows()
{
    static const std::vector<Row> table = {
        // 206, as asked.
        {"the first range", ask(0, 1023), answer(206, "bytes 0-1023/5000"), verdict(Act::Accept, 5000, 1023)},
        {"a shorter range than asked, at the end", ask(4096, 5119), answer(206, "bytes 4096-4999/5000"),
         verdict(Act::Accept, 5000, 4999)},
        {"a resume with the same validator", ask(100, 1123, false, true, "\"v1\""),
         answer(206, "bytes 100-1123/5000", std::nullopt, "\"v1\""), verdict(Act::Accept, 5000, 1123)},
        {"a resume whose answer names no validator", ask(100, 1123, false, true, "\"v1\""),
         answer(206, "bytes 100-1123/5000"), verdict(Act::Accept, 5000, 1123)},
        {"foreground resuming, size unknown", ask(100, U, true), answer(206, "bytes 100-4999/*"),
         verdict(Act::Accept, std::nullopt, 4999)},
        // 206, not as asked.
        {"another start", ask(1024, 2047), answer(206, "bytes 0-1023/5000"),
         verdict(Act::Fail, 5000, U, hr::BG_E_InsufficientRangeSupport, Why::WrongPart)},
        {"past the end asked", ask(0, 1023), answer(206, "bytes 0-2047/5000"),
         verdict(Act::Fail, 5000, U, hr::BG_E_InsufficientRangeSupport, Why::WrongPart)},
        {"no Content-Range", ask(0, 1023), answer(206),
         verdict(Act::Fail, std::nullopt, U, hr::BG_E_InsufficientRangeSupport, Why::WrongPart)},
        {"a malformed Content-Range", ask(0, 1023), answer(206, "bytes 10-5/5000"),
         verdict(Act::Fail, std::nullopt, U, hr::BG_E_InsufficientRangeSupport, Why::WrongPart)},
        {"the unsatisfiable form on a 206", ask(0, 1023), answer(206, "bytes */5000"),
         verdict(Act::Fail, 5000, U, hr::BG_E_InsufficientRangeSupport, Why::WrongPart)},
        {"background with no total", ask(0, 1023), answer(206, "bytes 0-1023/*"),
         verdict(Act::Fail, std::nullopt, U, hr::BG_E_MissingFileSize, Why::MissingSize)},
        {"a resume, the file changed (If-Range mismatch on a 206)", ask(100, 1123, false, true, "\"v1\""),
         answer(206, "bytes 100-1123/6000", std::nullopt, "\"v2\""), verdict(Act::StartOver, 6000)},
        // 200: the whole file.
        {"foreground from the start", ask(0, U, true), answer(200, "", 5000), verdict(Act::Accept, 5000, 4999)},
        {"foreground from the start, no length", ask(0, U, true), answer(200), verdict(Act::Accept, U, U)},
        {"foreground resuming gets the whole file", ask(100, U, true), answer(200, "", 5000),
         verdict(Act::AcceptFromZero, 5000)},
        {"background resuming, If-Range said changed", ask(100, 1123, false, true, "\"v1\""),
         answer(200, "", 6000, "\"v2\""), verdict(Act::StartOver)},
        {"background, the Range header ignored", ask(0, 1023), answer(200, "", 5000),
         verdict(Act::Fail, 5000, U, hr::BG_E_InsufficientRangeSupport, Why::IgnoresRanges)},
        {"background resuming without If-Range, ignored", ask(100, 1123), answer(200, "", 5000),
         verdict(Act::Fail, 5000, U, hr::BG_E_InsufficientRangeSupport, Why::IgnoresRanges)},
        {"background, ignored, no length either", ask(0, 1023), answer(200),
         verdict(Act::Fail, std::nullopt, U, hr::BG_E_MissingFileSize, Why::MissingSize)},
        // 416 to a resume.
        {"416 exactly at the end", ask(5000, 6023), answer(416, "bytes */5000"), verdict(Act::Finished, 5000)},
        {"416, the file shrank", ask(5000, 6023), answer(416, "bytes */3000"), verdict(Act::StartOver)},
        {"416 without Content-Range", ask(5000, 6023), answer(416), verdict(Act::StartOver)},
    };
    return table;
}

}  // namespace

TEST(RangeAnswer, EveryRow)
{
    for (const Row &row : rows()) {
        const RangeVerdict got = judgeAnswer(row.asked, row.answer);
        EXPECT_EQ(int(got.act), int(row.expected.act)) << row.what;
        EXPECT_EQ(got.total, row.expected.total) << row.what;
        EXPECT_EQ(got.end, row.expected.end) << row.what;
        EXPECT_EQ(got.error, row.expected.error) << row.what;
        EXPECT_EQ(int(got.why), int(row.expected.why)) << row.what;
    }
}

// Whatever comes back, an accepted part (206) starts where it was asked to
// and never runs past the end asked for or the file's size.
TEST(RangeAnswer, AnAcceptedPartIsWithinWhatWasAsked)
{
    for (const Row &row : rows()) {
        const RangeVerdict got = judgeAnswer(row.asked, row.answer);
        if (got.act != Act::Accept || row.answer.status != 206)
            continue;
        EXPECT_GE(got.end, row.asked.start) << row.what;
        if (row.asked.end != U) {
            EXPECT_LE(got.end, row.asked.end) << row.what;
        }
        if (got.total && *got.total != U) {
            EXPECT_LT(got.end, *got.total) << row.what;
        }
    }
}
