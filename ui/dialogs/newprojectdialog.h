// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace galley {

/// File → New Project: the project's name and its folder, with the full path shown before anything is
/// created. The folder follows the name (under the last parent used) until the editor types or picks
/// one. Create stays off while the engine's rule (checkNewProjectFolder: an empty or new folder, never
/// the filesystem root) refuses the folder, and the dialog says why.
class NewProjectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewProjectDialog(QWidget *parent = nullptr);

    QString projectName() const;
    /// The absolute, cleaned folder the project will be created in.
    QString folder() const;
    /// Whether Create is possible: a name, and a folder the engine accepts.
    bool isAcceptable() const;

    void accept() override;

private:
    void refresh();

    QLineEdit *m_name;
    QLineEdit *m_folder;
    QLabel *m_path;
    QDialogButtonBox *m_buttons;
    QString m_parent;           ///< where a folder named after the project goes
    bool m_folderTyped = false; ///< the editor chose the folder: it no longer follows the name
};

} // namespace galley
