// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/nodepath.h"

#include <QRegularExpression>

namespace galley {

namespace {

// Attributes that name what an element is, beside id and class (microdata and ARIA roles).
const char *const kNamingAttributes[] = {"itemprop", "role"};

bool isStableName(const QString &name)
{
    static const QRegularExpression stable(QStringLiteral("^[A-Za-z][A-Za-z_-]{0,39}$"));
    return stable.match(name).hasMatch();
}

bool isInvisible(const HtmlNode &element)
{
    return element.is("script") || element.is("style") || element.is("template");
}

NodeStep stepOf(const HtmlNode &element)
{
    NodeStep step;
    step.tag = QString(element.name());
    if (const QString id = element.attribute("id").trimmed(); isStableName(id))
        step.id = id;
    const QStringList classes =
        element.attribute("class").split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &name : classes) {
        if (isStableName(name) && !step.classes.contains(name))
            step.classes.append(name);
    }
    step.classes.sort();
    for (const char *name : kNamingAttributes) {
        if (const QString value = element.attribute(name).trimmed(); isStableName(value))
            step.attributes.append({QString::fromLatin1(name), value});
    }
    return step;
}

} // namespace

QString NodeStep::toString() const
{
    QString out = tag;
    if (!id.isEmpty())
        out += QLatin1Char('#') + id;
    for (const QString &name : classes)
        out += QLatin1Char('.') + name;
    for (const auto &[name, value] : attributes)
        out += QLatin1Char('[') + name + QLatin1Char('=') + value + QLatin1Char(']');
    return out;
}

bool NodeStep::matches(const HtmlNode &element) const
{
    if (!element.isElement() || QString(element.name()) != tag)
        return false;
    if (!id.isEmpty() && element.attribute("id").trimmed() != id)
        return false;
    if (!classes.isEmpty()) {
        const QStringList has =
            element.attribute("class").split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (const QString &name : classes) {
            if (!has.contains(name))
                return false;
        }
    }
    for (const auto &[name, value] : attributes) {
        if (element.attribute(name.toLatin1().constData()).trimmed() != value)
            return false;
    }
    return true;
}

QString NodePath::toString() const
{
    QStringList parts;
    for (const NodeStep &step : steps)
        parts.append(step.toString());
    return parts.join(QStringLiteral(" > "));
}

NodePath NodePath::parse(const QString &text)
{
    static const QRegularExpression stepSyntax(QStringLiteral(
        "^([a-z][a-z0-9]*)(#[^.#\\[\\]\\s>]+)?((?:\\.[^.#\\[\\]\\s>]+)*)((?:\\[[a-z-]+=[^\\]]*\\])*)$"));
    static const QRegularExpression attributeSyntax(QStringLiteral("\\[([a-z-]+)=([^\\]]*)\\]"));
    NodePath path;
    const QStringList parts = text.split(QLatin1Char('>'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QRegularExpressionMatch m = stepSyntax.match(part.trimmed());
        if (!m.hasMatch())
            return {};
        NodeStep step;
        step.tag = m.captured(1);
        step.id = m.captured(2).mid(1);
        step.classes = m.captured(3).split(QLatin1Char('.'), Qt::SkipEmptyParts);
        step.classes.sort();
        auto attributes = attributeSyntax.globalMatch(m.captured(4));
        while (attributes.hasNext()) {
            const QRegularExpressionMatch a = attributes.next();
            step.attributes.append({a.captured(1), a.captured(2)});
        }
        path.steps.append(step);
    }
    return path;
}

NodePath NodePath::of(const HtmlNode &element)
{
    NodePath path;
    for (HtmlNode node = element; node && node.isElement() && !node.is("body") && !node.is("html");
         node = node.parent()) {
        path.steps.prepend(stepOf(node));
        if (!path.steps.first().id.isEmpty() || path.steps.size() >= kMaxSteps)
            break;
    }
    return path;
}

bool NodePath::matches(const HtmlNode &element) const
{
    HtmlNode node = element;
    for (qsizetype i = steps.size() - 1; i >= 0; --i) {
        if (!node || !steps.at(i).matches(node))
            return false;
        node = node.parent();
    }
    return !steps.isEmpty();
}

HtmlNode innermostElement(const HtmlDocument &document, qsizetype start, qsizetype end)
{
    HtmlNode found;
    HtmlNode node = document.body();
    while (node) {
        HtmlNode inner;
        for (HtmlNode child = node.firstElementChild(); child; child = child.nextElementSibling()) {
            const SourceSpan span = child.span();
            if (!isInvisible(child) && span.isValid() && span.start <= start && end <= span.end) {
                inner = child;
                break;
            }
        }
        if (!inner)
            break;
        found = inner;
        node = inner;
    }
    return found;
}

QList<HtmlNode> matchingElements(const HtmlDocument &document, const NodePath &path)
{
    QList<HtmlNode> out;
    if (path.isEmpty())
        return out;
    // Depth-first over the body's elements, in document order, without recursion.
    QList<HtmlNode> stack;
    if (HtmlNode body = document.body())
        stack.append(body);
    while (!stack.isEmpty()) {
        const HtmlNode node = stack.takeLast();
        if (path.matches(node))
            out.append(node);
        QList<HtmlNode> children;
        for (HtmlNode child = node.firstElementChild(); child; child = child.nextElementSibling()) {
            if (!isInvisible(child))
                children.append(child);
        }
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            stack.append(*it);
    }
    return out;
}

QString elementText(const HtmlNode &element)
{
    return element.text().simplified();
}

} // namespace galley
