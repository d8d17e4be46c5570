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
/// threads. Extraction and review take it as an argument and hand it down, as a const reference, to
/// every parser that decides with it; nothing process-wide or thread-local is ever set, so two projects
/// (or a project and loose captures) can be processed side by side.
class Vocabulary
{
public:
    /// The shipped tables alone (built once, on first use, shared by every default Vocabulary).
    Vocabulary();
    /// The shipped tables with `overrides`: an override named like a shipped agency replaces that
    /// agency's aliases, any other is added.
    explicit Vocabulary(const QList<agencies::Agency> &overrides);

    /// The canonical agency names, in table order (shipped agencies, then added ones).
    QStringList agencyNames() const;

    /// The canonical name when the whole of `text` (apart from "The", punctuation, "Photo"/"Staff"
    /// tails and surrounding space) is an agency alias, else an empty string.
    ///
    /// Short aliases (up to four letters: "AP", "PA", "dpa", "ANSA") match only as written, longer ones
    /// in any case, always as whole words, so "Pa.", "tap" or an Italian "ansa" never become agencies.
    QString canonicalAgency(QStringView text) const;
    /// The first agency alias in `text` at or after `from`.
    AgencyMatch findAgency(QStringView text, qsizetype from = 0) const;
    /// The agency alias that opens `text`, if one does: findAgency() tried at the start only, which
    /// costs a fraction of a search through the whole line.
    AgencyMatch findAgencyAtStart(QStringView text) const;
    /// Whether `text` is a known agency name or picture source (agencies.json or photocredits.json).
    bool isPictureSource(QStringView text) const;

    bool operator==(const Vocabulary &other) const { return m_agencies == other.m_agencies; }

private:
    std::shared_ptr<const agencies::Table> m_agencies;
};

} // namespace galley
