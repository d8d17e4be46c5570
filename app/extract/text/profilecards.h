// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace galley {

class TextPage;

/// An "about the source" card: a short name line followed by a description that starts with that name
/// ("Reuters" / "Reuters is a news agency founded in 1851 ..."). Sites print one for the agency or the
/// author at the foot of a story; the description is prose, so without this it would pass for body.
struct ProfileCard
{
    int nameLine = -1; ///< indices into TextPage::lines()
    int descriptionLine = -1;
    QString agency; ///< canonical agency when the name is one, else empty (a person)
};

/// Finds the cards and claims their lines (LineRole::AgencyCard).
QList<ProfileCard> findProfileCards(TextPage &page);

} // namespace galley
