// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace galley {

/// Makes every field under `pane` read-only (text can still be selected and copied; lists browsed) or
/// editable again: text fields become read-only, lists stop editing in place, combo boxes and buttons
/// are disabled. Used for a project another Galley holds the lock of.
void setFieldsEditable(QWidget *pane, bool editable);

} // namespace galley
