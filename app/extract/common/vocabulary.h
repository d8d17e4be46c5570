// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <memory>

namespace galley {

struct AgencyMatch;

namespace agencies {

/// A credit the table knows: its canonical name and the other names it is printed under.
struct Agency
{
    QString name;
    QStringList aliases;
    bool operator==(const Agency &) const = default;
};

struct Table; // compiled patterns, private to agencies.cpp

} // namespace agencies

/// The editorial vocabulary extraction and review decide with: the shipped data tables
/// (resources/data/) plus a project's agency overrides (docs/project-format.md, "creditOverrides").
///
/// A value: cheap to copy (the compiled table is shared and immutable), safe to use from several
/// threads. Extraction and review take it as an argument; nothing process-wide is ever changed, so two
/// projects (or a project and loose captures) can be processed side by side.
class Vocabulary
{
public:
    /// The shipped tables alone (built once, shared by every default Vocabulary).
    Vocabulary();
    /// The shipped tables with `overrides`: an override named like a shipped agency replaces that
    /// agency's aliases, any other is added.
    explicit Vocabulary(const QList<agencies::Agency> &overrides);

    /// The canonical agency names, in table order (shipped agencies, then added ones).
    QStringList agencyNames() const;
    /// agencies::canonical() under this vocabulary.
    QString canonicalAgency(QStringView text) const;
    /// agencies::find() under this vocabulary.
    AgencyMatch findAgency(QStringView text, qsizetype from = 0) const;

    const std::shared_ptr<const agencies::Table> &agencyTable() const { return m_agencies; }
    bool operator==(const Vocabulary &other) const { return m_agencies == other.m_agencies; }

private:
    std::shared_ptr<const agencies::Table> m_agencies;
};

/// Makes `vocabulary` the one the engine's string parsers (agencies::, parseByline(), the credit and
/// caption parsers) consult on the calling thread while the scope lives; scopes nest. extractRecord()
/// and the review operations open one, so the parsers deep inside need no extra argument, and a scope
/// never leaks to another thread or outlives its call. Without a scope the shipped tables apply.
class VocabularyScope
{
public:
    explicit VocabularyScope(const Vocabulary &vocabulary);
    ~VocabularyScope();
    VocabularyScope(const VocabularyScope &) = delete;
    VocabularyScope &operator=(const VocabularyScope &) = delete;

private:
    const agencies::Table *m_previous;
};

} // namespace galley
