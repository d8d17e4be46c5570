// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"
#include "record/sourcespan.h"

#include <QPlainTextEdit>

namespace galley {

/// The raw capture, read-only, with every extracted value's source span highlighted.
class CapturePane : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CapturePane(QWidget *parent = nullptr);

    void setCapture(const Capture &capture, const Provenance &provenance);
};

} // namespace galley
