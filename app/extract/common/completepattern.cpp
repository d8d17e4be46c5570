// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/common/completepattern.h"

#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>

namespace galley {

namespace {

// The JIT stack QRegularExpression gives a thread whose match ran out of the default 32 KiB: from
// 32 KiB up to 512 KiB, made on the first such match and kept for the thread's life.
struct JitStack
{
    pcre2_jit_stack_16 *stack = nullptr;
    ~JitStack()
    {
        if (stack)
            pcre2_jit_stack_free_16(stack);
    }
};
thread_local JitStack t_jitStack;

pcre2_jit_stack_16 *jitStackOfThread(void *)
{
    return t_jitStack.stack;
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

void CompletePattern::setPattern(const QString &pattern, QRegularExpression::PatternOptions options)
{
    m_pattern = pattern;
    m_options = options;
}

CompletePattern::~CompletePattern()
{
    pcre2_code_free_16(m_code);
}

void CompletePattern::compile() const
{
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

PatternMatch CompletePattern::match(QStringView subject, qsizetype from) const
{
    std::call_once(m_compiled, [this] { compile(); });
    if (!m_code || from < 0 || from > subject.size())
        return {};
    pcre2_match_context_16 *context = pcre2_match_context_create_16(nullptr);
    pcre2_jit_stack_assign_16(context, &jitStackOfThread, nullptr);
    pcre2_match_data_16 *data = pcre2_match_data_create_from_pattern_16(m_code, nullptr);
    const auto *text = reinterpret_cast<PCRE2_SPTR16>(subject.utf16());
    // The subject is checked for valid UTF-16 as QRegularExpression checks it: an invalid one matches
    // nothing.
    int result = pcre2_match_16(m_code, text, PCRE2_SIZE(subject.size()), PCRE2_SIZE(from), 0, data, context);
    if (result == PCRE2_ERROR_JIT_STACKLIMIT && !t_jitStack.stack) {
        t_jitStack.stack = pcre2_jit_stack_create_16(32 * 1024, 512 * 1024, nullptr);
        result = pcre2_match_16(m_code, text, PCRE2_SIZE(subject.size()), PCRE2_SIZE(from), 0, data, context);
    }
    PatternMatch m;
    if (result > 0) {
        const PCRE2_SIZE *offsets = pcre2_get_ovector_pointer_16(data);
        m.start = qsizetype(offsets[0]);
        m.end = qsizetype(offsets[1]);
        if (result > 1 && offsets[2] != PCRE2_UNSET) {
            m.groupStart = qsizetype(offsets[2]);
            m.groupEnd = qsizetype(offsets[3]);
        }
    }
    pcre2_match_data_free_16(data);
    pcre2_match_context_free_16(context);
    return m;
}

} // namespace galley
