// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/common/datatable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

namespace galley {

QJsonObject loadDataTable(const QString &name)
{
    const QString path = QStringLiteral(":/galley/data/%1.json").arg(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("galley: data table %s is missing", qPrintable(path));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject()) {
        qWarning("galley: data table %s: %s at offset %d", qPrintable(path), qPrintable(error.errorString()),
                 int(error.offset));
        return {};
    }
    return doc.object();
}

QStringList tableStrings(const QJsonObject &table, const QString &key, bool lower)
{
    QStringList out;
    const QJsonArray array = table.value(key).toArray();
    for (const QJsonValue &v : array) {
        const QString s = v.toString().trimmed();
        if (!s.isEmpty())
            out.append(lower ? s.toLower() : s);
    }
    return out;
}

QString alternation(QStringList words)
{
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    words.removeDuplicates();
    for (QString &w : words) {
        w = QRegularExpression::escape(w);
        // A space in a table entry stands for any run of white space in the page.
        w.replace(QLatin1String("\\ "), QLatin1String("\\s+"));
    }
    return words.join(QLatin1Char('|'));
}

} // namespace galley
