// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchcommand.h"
#include "batch/commands.h"
#include "batch/counted.h"
#include "batch/projectcommand.h"
#include "rules/rulebook.h"
#include "rules/sitepages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace galley {

namespace {

// A page id may be given by a unique prefix of at least this many hex digits (ids are 64 long).
constexpr qsizetype kShortestPagePrefix = 8;

struct SitesContext
{
    std::unique_ptr<ProjectStore> store;
    RuleBook book;
    QList<SitePage> pages;
    QMap<QString, QStringList> pagesPerSite; ///< every site of the project (and of its rules folder)
    bool failed = false;
};

bool openContext(const QString &dir, Project::Access access, QTextStream &err, SitesContext *context)
{
    context->store = openRulesProject(dir, access, err, &context->book, &context->failed);
    if (!context->store)
        return false;
    QList<ProjectError> problems;
    context->pages = loadSitePages(*context->store, context->book, &problems);
    for (const ProjectError &problem : std::as_const(problems))
        err << "galley: " << problem.toString() << Qt::endl;
    context->failed = context->failed || !problems.isEmpty();
    for (const SitePage &page : std::as_const(context->pages)) {
        if (!page.site.isEmpty())
            context->pagesPerSite[page.site].append(page.record.source.id);
    }
    for (const QString &site : context->book.sites().keys()) {
        if (!context->book.siteMap().merges().contains(site))
            context->pagesPerSite[site]; // a site with rules but no page (yet) is still a site
    }
    return true;
}

QJsonObject siteToJson(const SitesContext &context, const QString &site)
{
    QJsonObject object{
        {QStringLiteral("site"), site},
        {QStringLiteral("name"), context.book.sites().value(site).name},
        {QStringLiteral("pages"), QJsonArray::fromStringList(context.pagesPerSite.value(site))},
        {QStringLiteral("rules"), int(context.book.rulesFor(site).size())},
        {QStringLiteral("merged"), QJsonArray::fromStringList(context.book.siteMap().mergedInto(site))}};
    if (context.book.siteMap().isSplit(site))
        object.insert(QStringLiteral("splitFrom"), context.book.siteMap().splits().value(site).from);
    return object;
}

void printSite(QTextStream &out, const SitesContext &context, const QString &site)
{
    const QString name = context.book.sites().value(site).name;
    out << site;
    if (!name.isEmpty())
        out << "  \"" << name << '"';
    out << "  " << counted(context.pagesPerSite.value(site).size(), "page") << ", "
        << counted(context.book.rulesFor(site).size(), "rule");
    if (const QStringList merged = context.book.siteMap().mergedInto(site); !merged.isEmpty())
        out << "; merged: " << merged.join(QStringLiteral(", "));
    if (context.book.siteMap().isSplit(site))
        out << "; split from " << context.book.siteMap().splits().value(site).from;
    out << '\n';
}

// The page ids `given` stands for (whole ids or unique prefixes); an unknown or ambiguous one is printed.
bool resolvePages(const SitesContext &context, const QStringList &given, QTextStream &err, QStringList *ids)
{
    bool ok = true;
    for (const QString &word : given) {
        QStringList matches;
        for (const SitePage &page : context.pages) {
            const QString &id = page.record.source.id;
            if (id == word || (word.size() >= kShortestPagePrefix && id.startsWith(word)))
                matches.append(id);
        }
        if (matches.size() == 1) {
            ids->append(matches.first());
            continue;
        }
        err << "galley: " << context.store->project().rootPath() << ": "
            << (matches.isEmpty() ? QStringLiteral("no page %1 (galley sites list --json lists them)")
                                  : QStringLiteral("%1 names %2 pages; give more of its id"))
                   .arg(word)
                   .arg(matches.size())
            << Qt::endl;
        ok = false;
    }
    return ok;
}

bool knownSite(const SitesContext &context, const QString &site, QTextStream &err)
{
    if (context.pagesPerSite.contains(site) || context.book.siteMap().merges().contains(site))
        return true;
    err << "galley: " << context.store->project().rootPath() << ": no site " << site
        << " (galley sites list lists them)" << Qt::endl;
    return false;
}

int list(SitesContext &context, bool json, QTextStream &out, QTextStream &err)
{
    if (json) {
        QJsonArray sites;
        for (const QString &site : context.pagesPerSite.keys())
            sites.append(siteToJson(context, site));
        out << QJsonDocument(QJsonObject{{QStringLiteral("project"), context.store->project().rootPath()},
                                         {QStringLiteral("sites"), sites}})
                   .toJson(QJsonDocument::Indented);
    } else {
        for (const QString &site : context.pagesPerSite.keys())
            printSite(out, context, site);
        err << "galley sites: " << counted(context.pagesPerSite.size(), "site") << Qt::endl;
    }
    return context.failed ? ExitFailure : ExitOk;
}

int split(SitesContext &context, const QStringList &given, const QString &name, QTextStream &out,
          QTextStream &err)
{
    QStringList ids;
    if (!resolvePages(context, given, err, &ids))
        return ExitFailure;
    QSet<QString> from;
    for (const SitePage &page : std::as_const(context.pages)) {
        if (ids.contains(page.record.source.id))
            from.insert(page.site);
    }
    if (from.size() != 1 || from.contains(QString())) {
        err << "galley: " << context.store->project().rootPath()
            << ": the pages to split off must be of one site (they are of "
            << QStringList(from.cbegin(), from.cend()).join(QStringLiteral(", ")) << ')' << Qt::endl;
        return ExitFailure;
    }
    ProjectError error;
    const QString site = context.book.splitSite(*from.cbegin(), ids, &error);
    if (site.isEmpty() || (!name.isEmpty() && !context.book.setSiteName(site, name, &error))) {
        err << "galley: " << error.toString() << Qt::endl;
        return ExitFailure;
    }
    out << site << '\n';
    err << "galley sites: " << counted(ids.size(), "page") << " split off " << *from.cbegin() << " into "
        << site << " (without its rules)" << Qt::endl;
    return context.failed ? ExitFailure : ExitOk;
}

} // namespace

int runSitesCommand(const QStringList &arguments)
{
    SubcommandLine cli(
        QStringLiteral("sites"),
        QStringLiteral(
            "The sites of a project as its rules see them (docs/rules.md): a page's host, or for a text dump "
            "its template fingerprint, as the editor merged and split them.\n\n"
            "  galley sites list --project DIR [--json]\n"
            "      every site: its name, pages, accepted rules, the sites merged into it\n"
            "  galley sites merge --project DIR SITE INTO\n"
            "      SITE's pages become INTO's, and the rules of both apply to all of them\n"
            "  galley sites unmerge --project DIR SITE\n"
            "      undoes a merge: SITE's pages are its own again\n"
            "  galley sites split --project DIR [--name NAME] PAGE...\n"
            "      moves pages of one site (ids or unique prefixes of 8+ digits) into a new site, which\n"
            "      has none of the old site's rules; prints its key\n"
            "  galley sites name --project DIR SITE NAME\n"
            "      names a site\n\n"
            "Exit codes: 0 done, 1 something failed (an unknown site or page, an unreadable file), 2 wrong "
            "usage."));
    const QCommandLineOption projectOption = sharedoption::project();
    const QCommandLineOption jsonOption = sharedoption::json();
    const QCommandLineOption nameOption(
        QStringLiteral("name"), QStringLiteral("split: the name of the new site."), QStringLiteral("NAME"));
    cli.parser().addOptions({projectOption, jsonOption, nameOption});
    cli.parser().addPositionalArgument(QStringLiteral("ACTION"),
                                       QStringLiteral("list, merge, unmerge, split or name."));
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (const std::optional<int> done = cli.parse(arguments))
        return *done;
    const QStringList words = cli.operands();
    const QString action = words.value(0);
    const QStringList rest = words.mid(1);
    static const QMap<QString, std::pair<int, const char *>> operands{
        {QStringLiteral("list"), {0, "no operands"}},
        {QStringLiteral("merge"), {2, "SITE and INTO"}},
        {QStringLiteral("unmerge"), {1, "SITE"}},
        {QStringLiteral("split"), {-1, "the pages to split off"}},
        {QStringLiteral("name"), {2, "SITE and NAME"}}};
    if (!operands.contains(action))
        return cli.usage(
            action.isEmpty()
                ? QStringLiteral("give an action: list, merge, unmerge, split or name")
                : QStringLiteral("unknown action '%1' (list, merge, unmerge, split or name)").arg(action));
    const auto [count, what] = operands.value(action);
    if ((count >= 0 && rest.size() != count) || (count < 0 && rest.isEmpty()))
        return cli.usage(QStringLiteral("%1 takes %2").arg(action, QLatin1String(what)));
    if (!cli.isSet(projectOption))
        return cli.usage(QStringLiteral("give --project DIR"));
    if (cli.isSet(nameOption) && action != QLatin1String("split"))
        return cli.usage(QStringLiteral("--name is for split"));
    SitesContext context;
    const bool readOnly = action == QLatin1String("list");
    if (!openContext(cli.value(projectOption),
                     readOnly ? Project::Access::ReadOnly : Project::Access::ReadWrite, err, &context))
        return ExitFailure;
    if (action == QLatin1String("list"))
        return list(context, cli.isSet(jsonOption), out, err);
    if (action == QLatin1String("split"))
        return split(context, rest, cli.value(nameOption), out, err);
    ProjectError error;
    bool done = false;
    if (action == QLatin1String("merge")) {
        if (!knownSite(context, rest.at(0), err) || !knownSite(context, rest.at(1), err))
            return ExitFailure;
        done = context.book.mergeSites(rest.at(0), rest.at(1), &error);
        if (done)
            err << "galley sites: " << rest.at(0) << " merged into "
                << context.book.siteMap().merges().value(rest.at(0)) << Qt::endl;
    } else if (action == QLatin1String("unmerge")) {
        done = context.book.unmergeSite(rest.at(0), &error);
    } else {
        done =
            knownSite(context, rest.at(0), err) && context.book.setSiteName(rest.at(0), rest.at(1), &error);
        if (!done && error.message.isEmpty())
            return ExitFailure;
    }
    if (!done) {
        err << "galley: " << error.toString() << Qt::endl;
        return ExitFailure;
    }
    return context.failed ? ExitFailure : ExitOk;
}

} // namespace galley
