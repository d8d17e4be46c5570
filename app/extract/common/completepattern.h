// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringView>
#include <mutex>

struct pcre2_real_code_16;

namespace galley {

/// One match of a CompletePattern: offsets of the whole match and of the first capturing group in the
/// subject, -1 when there is no match (or the group took no part).
struct PatternMatch
{
    qsizetype start = -1;
    qsizetype end = -1;
    qsizetype groupStart = -1;
    qsizetype groupEnd = -1;
    bool hasMatch() const { return start >= 0; }
};

/// A regular expression matched exactly as QRegularExpression matches it (same PCRE2 compile options,
/// same subject check, same JIT stack), for the few large vocabulary patterns: QRegularExpression
/// JIT-compiles every pattern three times (complete, partial-soft and partial-hard matching), and
/// Galley never matches partially. For a pattern made of a whole data table that compilation is most
/// of a short run's time; here only the complete-match code is compiled, on the first match.
///
/// Immutable once set apart from the lazy compile (once, thread-safe): share freely.
class CompletePattern
{
public:
    CompletePattern() = default;
    ~CompletePattern();
    CompletePattern(const CompletePattern &) = delete;
    CompletePattern &operator=(const CompletePattern &) = delete;

    /// Sets the pattern; only before the first match (the table that owns the pattern builds it).
    void setPattern(const QString &pattern, QRegularExpression::PatternOptions options);
    /// The first match at or after `from`, as QRegularExpression::match(subject, from) finds it.
    PatternMatch match(QStringView subject, qsizetype from = 0) const;

private:
    void compile() const;

    QString m_pattern;
    QRegularExpression::PatternOptions m_options;
    mutable std::once_flag m_compiled;
    mutable pcre2_real_code_16 *m_code = nullptr;
};

} // namespace galley
