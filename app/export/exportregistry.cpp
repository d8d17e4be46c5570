// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportregistry.h"

#include "export/csvexporter.h"
#include "export/htmlexporter.h"
#include "export/jsonlinesexporter.h"
#include "export/markdownexporter.h"
#include "export/newsmlexporter.h"
#include "export/ninjsexporter.h"

namespace galley::exportregistry {

const QList<const Exporter *> &exporters()
{
    // Function-local statics: built once, thread-safely, on first use; exporters are stateless.
    static const JsonLinesExporter jsonl;
    static const NinjsExporter ninjs;
    static const NewsmlExporter newsml;
    static const MarkdownExporter markdown;
    static const HtmlExporter html;
    static const CsvExporter csv;
    static const QList<const Exporter *> all{&jsonl, &ninjs, &newsml, &markdown, &html, &csv};
    return all;
}

const Exporter *find(const QString &id)
{
    for (const Exporter *e : exporters()) {
        if (e->id() == id)
            return e;
    }
    return nullptr;
}

QStringList ids()
{
    QStringList out;
    for (const Exporter *e : exporters())
        out.append(e->id());
    return out;
}

QString nameFilter(const Exporter &exporter)
{
    return QStringLiteral("%1 (*.%2)").arg(exporter.name(), exporter.suffix());
}

} // namespace galley::exportregistry
