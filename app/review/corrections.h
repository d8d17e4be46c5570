// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/common/vocabulary.h"
#include "record/sourcespan.h"
#include "review/articledraft.h"
#include "review/fieldpath.h"

#include <QString>
#include <QStringView>

namespace galley {

/// What a correction is: every change an editor makes to a draft, as a plain function of the draft.
/// The review window wraps each one in an undo step (ui/editing); `galley` tests and, later, learning
/// from corrections call them directly. Each operation normalises its value with the extractor's own
/// parsers and `vocabulary`, so a value typed, taken from the capture or extracted comes out alike,
/// and keeps provenance honest: a value's spans are where it is printed in the capture, or none.
///
/// The functions return whether (or how much) they changed; a call that changes nothing leaves the
/// draft as it was.
namespace corrections {

/// Provenance `via` of a typed value found printed in the capture, and of a value set from a capture
/// selection (docs/record-format.md).
inline constexpr char16_t kViaTyped[] = u"editor:typed";
inline constexpr char16_t kViaSelection[] = u"editor";

/// The value `text` becomes in `path`, written the way the extractor writes it: a credit that is an
/// agency alias becomes the agency's canonical name ("AFP" -> "Agence France-Presse"); a byline loses
/// its "By" word and job title when one name remains; a date the date parser reads becomes ISO 8601;
/// white space is collapsed (body blocks are only trimmed).
QString normalise(const FieldPath &path, const QString &text, const Vocabulary &vocabulary);

/// Whether the editor is still typing (the value is kept as typed, so the field does not change under
/// the cursor) or done with the field (the value is normalised).
enum class Typing { Finished, InProgress };

/// The editor typed `text` into `path`. The provenance of the field becomes the first place the typed
/// text is printed in `captureText` (Capture::text(); via kViaTyped), or nothing: never the span of
/// the value it replaced.
bool setTyped(ArticleDraft *draft, const FieldPath &path, const QString &text, const Vocabulary &vocabulary,
              QStringView captureText, Typing typing = Typing::Finished);
/// The editor left a field typed with Typing::InProgress: its value is normalised now.
bool finishTyping(ArticleDraft *draft, const FieldPath &path, const Vocabulary &vocabulary,
                  QStringView captureText);

/// A field set from a capture selection `span` (its text `text`): normalised like a typed value,
/// provenance the selection (via kViaSelection).
bool setFromCapture(ArticleDraft *draft, const FieldPath &path, const QString &text, const SourceSpan &span,
                    const Vocabulary &vocabulary);

/// Appends the names parseByline() finds in `text` (a capture selection at `span`, or typed when `span`
/// is invalid) as bylines, each with the span of its own name; an agency named in it becomes the credit
/// when the credit is empty. Returns how many bylines were added.
qsizetype addBylines(ArticleDraft *draft, const QString &text, const SourceSpan &span,
                     const Vocabulary &vocabulary);
/// Replaces bylines/<index> by the names it holds; each keeps the line's spans. Returns how many names
/// it became (1 when nothing changed).
qsizetype splitByline(ArticleDraft *draft, qsizetype index, const Vocabulary &vocabulary);

/// Appends an empty item to a list; returns its index.
qsizetype appendEmpty(ArticleDraft *draft, Field list);
qsizetype addContributor(ArticleDraft *draft, const QString &name, const QString &role);
/// Appends a body block (from the capture when `span` is valid); returns its index.
qsizetype addBodyBlock(ArticleDraft *draft, const QString &text, const SourceSpan &span);
bool removeItem(ArticleDraft *draft, Field list, qsizetype index);
bool moveItem(ArticleDraft *draft, Field list, qsizetype from, qsizetype to);
/// Includes or excludes a body block (an excluded block stays in the draft, dropped when saved).
bool setBodyIncluded(ArticleDraft *draft, qsizetype index, bool included);

/// "Not part of the article": every body block whose source lies inside `span` is excluded, and every
/// byline, image caption, photo credit or contributor fed only from inside it is removed or cleared.
/// Returns the number of values affected.
int markNotArticle(ArticleDraft *draft, const SourceSpan &span);

/// A short name of the field for undo steps and history ("headline", "byline", "photo credit").
QString fieldLabel(const FieldPath &path);

} // namespace corrections

} // namespace galley
