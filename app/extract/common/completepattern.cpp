// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/common/completepattern.h"

#include "extract/common/textscan.h"

#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>

namespace galley {

namespace {

// What a thread keeps for its matches: the JIT stack QRegularExpression gives a thread whose match ran
// out of the default 32 KiB (from 32 KiB up to 512 KiB, made on the first such match), and one match
// context and match block, made on the thread's first match, so that a match allocates nothing.
struct ThreadMatchState
{
    pcre2_jit_stack_16 *stack = nullptr;
    pcre2_match_context_16 *context = nullptr;
    pcre2_match_data_16 *data = nullptr;
    ~ThreadMatchState()
    {
        pcre2_match_data_free_16(data);
        pcre2_match_context_free_16(context);
        if (stack)
            pcre2_jit_stack_free_16(stack);
    }
};
thread_local ThreadMatchState t_state;

// Offset pairs in the thread's match block: the vocabulary patterns have a dozen groups at most; a
// pattern with more gets a block of its own for each match.
constexpr uint32_t SharedPairs = 32;

pcre2_jit_stack_16 *jitStackOfThread(void *)
{
    return t_state.stack;
}

uint32_t compileOptions(QRegularExpression::PatternOptions options)
{
    uint32_t out = PCRE2_UTF;
    if (options & QRegularExpression::CaseInsensitiveOption)
        out |= PCRE2_CASELESS;
    if (options & QRegularExpression::DotMatchesEverythingOption)
        out |= PCRE2_DOTALL;
    if (options & QRegularExpression::MultilineOption)
        out |= PCRE2_MULTILINE;
    if (options & QRegularExpression::ExtendedPatternSyntaxOption)
        out |= PCRE2_EXTENDED;
    if (options & QRegularExpression::InvertedGreedinessOption)
        out |= PCRE2_UNGREEDY;
    if (options & QRegularExpression::DontCaptureOption)
        out |= PCRE2_NO_AUTO_CAPTURE;
    if (options & QRegularExpression::UseUnicodePropertiesOption)
        out |= PCRE2_UCP;
    return out;
}

} // namespace

qsizetype PatternMatch::capturedLength(int group) const
{
    const qsizetype start = capturedStart(group);
    return start < 0 ? 0 : capturedEnd(group) - start;
}

QStringView PatternMatch::capturedView(int group) const
{
    const qsizetype start = capturedStart(group);
    if (start < 0)
        return {};
    return m_subject.sliced(start, capturedEnd(group) - start);
}

int PatternMatch::groupNumber(QStringView name) const
{
    return m_pattern ? m_pattern->groupNumber(name) : -1;
}

PatternMatch PatternMatchIterator::next()
{
    PatternMatch current = m_next;
    if (current.hasMatch()) {
        const bool empty = current.capturedStart(0) == current.capturedEnd(0);
        m_next = current.m_pattern->matchAt(current.m_subject, current.capturedEnd(0), empty, true);
    }
    return current;
}

void CompletePattern::setPattern(const QString &pattern, QRegularExpression::PatternOptions options)
{
    m_pattern = pattern;
    m_options = options;
}

CompletePattern::~CompletePattern()
{
    pcre2_code_free_16(m_code);
}

CompletePattern::CompletePattern(CompletePattern &&other) noexcept
    : m_pattern(std::move(other.m_pattern)), m_options(other.m_options), m_code(other.m_code)
{
    other.m_code = nullptr;
}

CompletePattern &CompletePattern::operator=(CompletePattern &&other) noexcept
{
    if (this != &other) {
        pcre2_code_free_16(m_code);
        m_pattern = std::move(other.m_pattern);
        m_options = other.m_options;
        m_code = other.m_code;
        other.m_code = nullptr;
    }
    return *this;
}

void CompletePattern::compile() const
{
    if (m_code) // compiled before it was moved here
        return;
    int errorCode = 0;
    PCRE2_SIZE errorOffset = 0;
    m_code = pcre2_compile_16(reinterpret_cast<PCRE2_SPTR16>(m_pattern.utf16()), PCRE2_SIZE(m_pattern.size()),
                              compileOptions(m_options), &errorCode, &errorOffset, nullptr);
    if (!m_code) {
        qWarning("galley: pattern does not compile at offset %d", int(errorOffset));
        return;
    }
    pcre2_jit_compile_16(m_code, PCRE2_JIT_COMPLETE);
}

const pcre2_real_code_16 *CompletePattern::code() const
{
    std::call_once(m_compiled, [this] { compile(); });
    return m_code;
}

int CompletePattern::groupNumber(QStringView name) const
{
    const pcre2_real_code_16 *compiled = code();
    if (!compiled || name.isEmpty())
        return -1;
    // The name as PCRE2 wants it, zero-terminated; group names are short.
    QVarLengthArray<char16_t, 32> zeroTerminated(name.utf16(), name.utf16() + name.size());
    zeroTerminated.append(0);
    const int number = pcre2_substring_number_from_name_16(
        compiled, reinterpret_cast<PCRE2_SPTR16>(zeroTerminated.constData()));
    return number > 0 ? number : -1;
}

PatternMatch CompletePattern::match(QStringView subject, qsizetype from) const
{
    return matchAt(subject, from, false);
}

PatternMatchIterator CompletePattern::globalMatch(QStringView subject) const
{
    PatternMatchIterator it;
    it.m_next = matchAt(subject, 0, false);
    return it;
}

PatternMatch CompletePattern::matchAt(QStringView subject, qsizetype from, bool previousWasEmpty,
                                      bool subjectChecked) const
{
    const pcre2_real_code_16 *compiled = code();
    if (!compiled || from < 0 || from > subject.size())
        return {};
    ThreadMatchState &state = t_state;
    if (!state.context) {
        state.context = pcre2_match_context_create_16(nullptr);
        pcre2_jit_stack_assign_16(state.context, &jitStackOfThread, nullptr);
        state.data = pcre2_match_data_create_16(SharedPairs, nullptr);
    }
    uint32_t groups = 0;
    pcre2_pattern_info_16(compiled, PCRE2_INFO_CAPTURECOUNT, &groups);
    pcre2_match_data_16 *own =
        groups + 1 > SharedPairs ? pcre2_match_data_create_from_pattern_16(compiled, nullptr) : nullptr;
    pcre2_match_data_16 *data = own ? own : state.data;
    const auto *text = reinterpret_cast<PCRE2_SPTR16>(subject.utf16());
    // pcre2 checks the subject from the start offset on, unit by unit, on every search; a subject
    // without surrogates is valid UTF-16, which a scan four units at a time tells for a fraction of that
    // (pcre2's check was 2 % of an HTML extraction's instructions). One with surrogates pcre2 checks.
    const bool valid = subjectChecked || (from == 0 && !textscan::holdsSurrogate(subject));
    const uint32_t check = valid ? PCRE2_NO_UTF_CHECK : 0;
    const auto run = [&](qsizetype offset, uint32_t options) {
        options |= check;
        // The subject is checked for valid UTF-16 as QRegularExpression checks it: an invalid one
        // matches nothing.
        int result = pcre2_match_16(compiled, text, PCRE2_SIZE(subject.size()), PCRE2_SIZE(offset), options,
                                    data, state.context);
        if (result == PCRE2_ERROR_JIT_STACKLIMIT && !state.stack) {
            state.stack = pcre2_jit_stack_create_16(32 * 1024, 512 * 1024, nullptr);
            result = pcre2_match_16(compiled, text, PCRE2_SIZE(subject.size()), PCRE2_SIZE(offset), options,
                                    data, state.context);
        }
        return result;
    };
    int result = 0;
    if (!previousWasEmpty) {
        result = run(from, 0);
    } else {
        // As QRegularExpressionMatchIterator: first a non-empty match at the same place, else the
        // search goes on one character further (a surrogate pair is one character).
        result = run(from, PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED);
        if (result == PCRE2_ERROR_NOMATCH) {
            ++from;
            if (from < subject.size() && QChar::isLowSurrogate(subject[from].unicode()))
                ++from;
            result = from <= subject.size() ? run(from, 0) : PCRE2_ERROR_NOMATCH;
        }
    }
    PatternMatch m;
    if (result > 0) {
        m.m_pattern = this;
        m.m_subject = subject;
        const PCRE2_SIZE *offsets = pcre2_get_ovector_pointer_16(data);
        m.m_offsets.resize(2 * qsizetype(groups + 1));
        for (qsizetype i = 0; i < m.m_offsets.size(); ++i) {
            // Pairs past the last set group hold nothing meaningful; an unset pair reads PCRE2_UNSET.
            m.m_offsets[i] = i < 2 * result && offsets[i] != PCRE2_UNSET ? qsizetype(offsets[i]) : -1;
        }
    }
    if (own)
        pcre2_match_data_free_16(own);
    return m;
}

} // namespace galley
