// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/record.h"

#include <QMainWindow>

class QListWidget;
class QSplitter;

namespace galley {

class ArticleForm;
class CapturePane;
class Capture;

/// The review window: the pages on the left, the raw capture beside the extracted article.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens capture files and folders; problems are shown in the status bar.
    void openPaths(const QStringList &paths);

private:
    void showPage(int row);

    QListWidget *m_pages;
    CapturePane *m_capturePane;
    ArticleForm *m_articleForm;
    QList<Capture> m_captures;
    QList<Record> m_records;
};

} // namespace galley
