// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/profilecards.h"

#include "extract/common/agencies.h"
#include "extract/common/bylineparser.h"
#include "extract/text/textpage.h"

namespace galley {

namespace {

constexpr int MaxNameWords = 6;
constexpr int MinDescriptionWords = 8;

} // namespace

QList<ProfileCard> findProfileCards(TextPage &page)
{
    QList<ProfileCard> cards;
    QList<TextLine> &lines = page.lines();
    for (int i = 0; i + 1 < lines.size(); ++i) {
        TextLine &name = lines[i];
        TextLine &description = lines[i + 1];
        if (name.role != LineRole::Unknown || description.role != LineRole::Unknown)
            continue;
        if (name.words == 0 || name.words > MaxNameWords || name.sentenceEnd ||
            description.words < MinDescriptionWords)
            continue;
        // The description restates the name as its subject: "Reuters is ...", "Jane Doe covers ...".
        const QStringView nameText = page.content(name);
        const QStringView descriptionText = page.content(description);
        if (!descriptionText.startsWith(nameText) || descriptionText.size() <= nameText.size() ||
            descriptionText[nameText.size()].isLetterOrNumber())
            continue;
        // Only a source can have such a card; "Apple" / "Apple is ..." is a subheading and its paragraph.
        const QString agency = page.vocabulary().canonicalAgency(nameText);
        if (agency.isEmpty() && (name.words < 2 || !looksLikePersonName(page.vocabulary(), nameText)))
            continue;
        name.role = LineRole::AgencyCard;
        description.role = LineRole::AgencyCard;
        cards.append({i, i + 1, agency});
        ++i;
    }
    return cards;
}

} // namespace galley
