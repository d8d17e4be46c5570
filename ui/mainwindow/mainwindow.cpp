// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"

#include "capture/capturereader.h"
#include "extract/extractor.h"
#include "review/articleform.h"
#include "review/capturepane.h"

#include <QFileInfo>
#include <QListWidget>
#include <QSplitter>
#include <QStatusBar>

namespace galley {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_pages(new QListWidget), m_capturePane(new CapturePane),
      m_articleForm(new ArticleForm)
{
    setWindowTitle(tr("Galley"));
    m_pages->setObjectName(QStringLiteral("pageList"));
    m_pages->setAccessibleName(tr("Pages"));
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_pages);
    splitter->addWidget(m_capturePane);
    splitter->addWidget(m_articleForm);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    setCentralWidget(splitter);
    connect(m_pages, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    resize(1400, 860);
}

MainWindow::~MainWindow() = default;

void MainWindow::openPaths(const QStringList &paths)
{
    QStringList problems;
    const auto report = [&](const CaptureError &error) { problems.append(error.toString()); };
    for (const QString &file : expandCapturePaths(paths, report)) {
        readCaptureFile(
            file,
            [&](const Capture &capture) {
                m_captures.append(capture);
                m_records.append(extractRecord(capture));
                const QString headline = m_records.constLast().article.headline;
                m_pages->addItem(headline.isEmpty() ? QFileInfo(file).fileName() : headline);
            },
            report);
    }
    if (!problems.isEmpty())
        statusBar()->showMessage(problems.join(QStringLiteral("; ")));
    if (m_pages->currentRow() < 0 && m_pages->count() > 0)
        m_pages->setCurrentRow(0);
}

void MainWindow::showPage(int row)
{
    if (row < 0 || row >= m_records.size())
        return;
    m_capturePane->setCapture(m_captures.at(row), m_records.at(row).article.provenance);
    m_articleForm->setArticle(m_records.at(row).article);
}

} // namespace galley
