// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/newprojectdialog.h"

#include "dialogs/dialogs.h"
#include "project/newprojectfolder.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace galley {

namespace {
const auto kParentKey = QLatin1String("session/newProjectParent");

// A folder name from a project name: path separators and leading dots would make it another place.
QString folderNameFor(const QString &name)
{
    QString out = name.trimmed();
    out.replace(QLatin1Char('/'), QLatin1Char('-'));
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    return out;
}
} // namespace

NewProjectDialog::NewProjectDialog(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit), m_folder(new QLineEdit), m_path(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("newProjectDialog"));
    setWindowTitle(tr("New Project"));
    m_parent = QSettings().value(kParentKey).toString();
    if (m_parent.isEmpty())
        m_parent = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (m_parent.isEmpty())
        m_parent = QDir::homePath();

    m_name->setObjectName(QStringLiteral("newProjectName"));
    m_name->setAccessibleName(tr("Project name"));
    m_name->setPlaceholderText(tr("e.g. Election night 2026"));
    m_folder->setObjectName(QStringLiteral("newProjectFolder"));
    m_folder->setAccessibleName(tr("Project folder"));
    m_folder->setPlaceholderText(tr("A new or empty folder"));
    m_path->setObjectName(QStringLiteral("newProjectPath"));
    m_path->setWordWrap(true);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));

    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("newProjectBrowse"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *form = new QFormLayout(this);
    auto *nameLabel = new QLabel(tr("&Name"));
    nameLabel->setBuddy(m_name);
    auto *folderLabel = new QLabel(tr("&Folder"));
    folderLabel->setBuddy(m_folder);
    form->addRow(nameLabel, m_name);
    form->addRow(folderLabel, folderRow);
    form->addRow(m_path);
    form->addRow(m_buttons);
    setMinimumWidth(560);

    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_folderTyped) {
            const QString leaf = folderNameFor(name);
            const QSignalBlocker blocker(m_folder);
            m_folder->setText(leaf.isEmpty() ? QString() : QDir(m_parent).filePath(leaf));
        }
        refresh();
    });
    connect(m_folder, &QLineEdit::textEdited, this, [this] {
        m_folderTyped = true;
        refresh();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = dialogs::getExistingDirectory(this, tr("New Project: choose an empty folder"),
                                                          folder().isEmpty() ? m_parent : folder());
        if (dir.isEmpty())
            return;
        m_folderTyped = true;
        m_folder->setText(dir);
        if (m_name->text().trimmed().isEmpty())
            m_name->setText(QDir(QDir::cleanPath(dir)).dirName());
        refresh();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewProjectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

QString NewProjectDialog::projectName() const
{
    return m_name->text().trimmed();
}

QString NewProjectDialog::folder() const
{
    const QString typed = m_folder->text().trimmed();
    if (typed.isEmpty())
        return {};
    const QString expanded = typed.startsWith(QLatin1String("~/")) ? QDir::homePath() + typed.mid(1) : typed;
    return QDir::cleanPath(QDir(m_parent).absoluteFilePath(expanded));
}

bool NewProjectDialog::isAcceptable() const
{
    return !projectName().isEmpty() && !folder().isEmpty() && checkNewProjectFolder(folder(), nullptr);
}

void NewProjectDialog::refresh()
{
    ProjectError error;
    bool ok = false;
    if (projectName().isEmpty())
        m_path->setText(tr("Name the project."));
    else if (folder().isEmpty())
        m_path->setText(tr("Choose a new or empty folder for it."));
    else if (!checkNewProjectFolder(folder(), &error))
        m_path->setText(tr("Cannot create the project here: %1").arg(error.toString()));
    else {
        ok = true;
        m_path->setText(tr("The project “%1” will be created in:\n%2")
                            .arg(projectName(), QDir::toNativeSeparators(folder())));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void NewProjectDialog::accept()
{
    refresh();
    if (!isAcceptable())
        return; // Return in a field while the folder is refused does nothing but keep the reason shown
    QString parent = QDir(folder()).absolutePath();
    parent = parent.left(parent.lastIndexOf(QLatin1Char('/')));
    if (!parent.isEmpty())
        QSettings().setValue(kParentKey, parent);
    QDialog::accept();
}

} // namespace galley
