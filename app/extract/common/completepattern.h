// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>
#include <mutex>

struct pcre2_real_code_16;

namespace galley {

class CompletePattern;

/// One match of a CompletePattern, read as a QRegularExpressionMatch is read (same offsets, -1 for a
/// group that took no part, null views and strings for it). It views the subject it was found in: the
/// subject must outlive it.
class PatternMatch
{
public:
    PatternMatch() = default;

    bool hasMatch() const { return !m_offsets.isEmpty(); }
    qsizetype capturedStart(int group = 0) const { return offset(2 * group); }
    qsizetype capturedEnd(int group = 0) const { return offset(2 * group + 1); }
    qsizetype capturedLength(int group = 0) const;
    QStringView capturedView(int group = 0) const;
    QString captured(int group = 0) const { return capturedView(group).toString(); }

    qsizetype capturedStart(QStringView name) const { return capturedStart(groupNumber(name)); }
    qsizetype capturedEnd(QStringView name) const { return capturedEnd(groupNumber(name)); }
    qsizetype capturedLength(QStringView name) const { return capturedLength(groupNumber(name)); }
    QStringView capturedView(QStringView name) const { return capturedView(groupNumber(name)); }
    QString captured(QStringView name) const { return captured(groupNumber(name)); }

private:
    friend class CompletePattern;
    friend class PatternMatchIterator;

    qsizetype offset(qsizetype i) const { return i >= 0 && i < m_offsets.size() ? m_offsets[i] : -1; }
    int groupNumber(QStringView name) const;

    const CompletePattern *m_pattern = nullptr;
    QStringView m_subject;
    QVarLengthArray<qsizetype, 16> m_offsets; ///< start and end of each group, group 0 first; empty: no match
};

/// The matches of a pattern over a subject one after the other, as QRegularExpressionMatchIterator
/// finds them (after an empty match, the next must not be empty at the same place).
class PatternMatchIterator
{
public:
    bool hasNext() const { return m_next.hasMatch(); }
    PatternMatch next();

private:
    friend class CompletePattern;
    PatternMatch m_next;
};

/// A regular expression matched exactly as QRegularExpression matches it (same PCRE2 compile options,
/// same subject check, same JIT stack), for the vocabulary patterns: QRegularExpression JIT-compiles
/// every pattern three times (complete, partial-soft and partial-hard matching), and Galley never
/// matches partially. For a pattern made of a whole data table that compilation is most of a short
/// run's time; here only the complete-match code is compiled, on the first match. A match also
/// allocates nothing in PCRE2 (the thread keeps one match block), where QRegularExpression allocates
/// twice.
///
/// Immutable once set apart from the lazy compile (once, thread-safe): share freely.
class CompletePattern
{
public:
    CompletePattern() = default;
    explicit CompletePattern(const QString &pattern, QRegularExpression::PatternOptions options = {})
    {
        setPattern(pattern, options);
    }
    ~CompletePattern();
    CompletePattern(const CompletePattern &) = delete;
    CompletePattern &operator=(const CompletePattern &) = delete;
    /// Moves a pattern not yet matched (the tables build theirs in a function and return them).
    CompletePattern(CompletePattern &&other) noexcept;
    CompletePattern &operator=(CompletePattern &&other) noexcept;

    /// Sets the pattern; only before the first match (the table that owns the pattern builds it).
    void setPattern(const QString &pattern, QRegularExpression::PatternOptions options);
    /// The first match at or after `from`, as QRegularExpression::match(subject, from) finds it.
    PatternMatch match(QStringView subject, qsizetype from = 0) const;
    /// Every match, as QRegularExpression::globalMatch(subject) finds them.
    PatternMatchIterator globalMatch(QStringView subject) const;

    /// The number of the group named `name`, -1 when there is none.
    int groupNumber(QStringView name) const;

private:
    friend class PatternMatchIterator;

    void compile() const;
    const pcre2_real_code_16 *code() const;
    PatternMatch matchAt(QStringView subject, qsizetype from, bool previousWasEmpty) const;

    QString m_pattern;
    QRegularExpression::PatternOptions m_options;
    mutable std::once_flag m_compiled;
    mutable pcre2_real_code_16 *m_code = nullptr;
};

} // namespace galley
