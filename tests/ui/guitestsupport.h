// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the window's GUI tests share: settings kept in a temporary folder, questions answered without
// showing a dialog, and a project built from the bundled samples.

#include "dialogs/dialogs.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/reviewcontroller.h"
#include "mainwindow/reviewsession.h"
#include "project/importer.h"
#include "project/project.h"
#include "project/projectstore.h"
#include "review/captureview.h"
#include "testpaths.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace galley::guitest {

inline const QString kSamples = galley::test::sourceDir() + QStringLiteral("/resources/samples");
// A text dump, an HTML page, an MHTML page and a WARC.gz of two pages.
inline constexpr int kSamplePages = 5;

/// Test settings in `dir` (never the user's), the app named `name`, and no modal dialog ever shown.
inline void isolate(const QTemporaryDir &dir, const QString &name)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("GalleyTest"));
    QCoreApplication::setApplicationName(name);
    dialogs::setNonInteractive(true);
}

/// A fresh project in `dir` with the bundled samples (two pages) imported, the way users get one.
inline bool makeSampleProject(const QString &dir)
{
    ProjectError error;
    if (!Project::init(dir, QStringLiteral("sample"), *Clock::system(), &error))
        return false;
    auto store = ProjectStore::open(dir, &error);
    if (!store)
        return false;
    const ImportResult result = Importer(*store).importPaths({kSamples});
    return result.pagesImported == kSamplePages && result.failures == 0;
}

/// Selects `text` (its first occurrence at or after `from`) in a capture view, as shift+arrows would, and
/// gives the view the focus.
inline void selectInView(CaptureView *view, const QString &text, qsizetype from = 0)
{
    const qsizetype at = view->toPlainText().indexOf(text, from);
    QVERIFY2(at >= 0, qPrintable(text));
    QTextCursor cursor(view->document());
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + text.size()), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    // The offscreen platform does not give the window back its activation after a popup menu closes.
    QApplication::setActiveWindow(view->window());
    view->setFocus();
}

/// The set-up most window tests share: a fresh sample project (makeSampleProject) in a temporary folder
/// and a window shown, active and open on it, its first page loaded.
class SampleWindow
{
public:
    /// False when the project could not be made or the window did not open a page.
    bool open()
    {
        if (!dir.isValid() || !makeSampleProject(dir.path()))
            return false;
        window.show();
        QApplication::setActiveWindow(&window);
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        window.openPaths({dir.path()});
        return QTest::qWaitFor([this] { return window.review()->document() != nullptr; });
    }
    template<typename T> T *find(const QString &name) const { return window.findChild<T *>(name); }
    RecordDocument *document() const { return window.review()->document(); }

    QTemporaryDir dir;
    MainWindow window;
};

} // namespace galley::guitest
