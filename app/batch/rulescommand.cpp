// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchcommand.h"
#include "batch/commands.h"
#include "batch/counted.h"
#include "batch/projectcommand.h"
#include "rules/ruleproposal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <functional>

namespace galley {

namespace {

QJsonObject proposalToJson(const RuleProposal &proposal, const RuleBook &book)
{
    QJsonArray preview;
    for (const ValueChange &change : proposal.preview)
        preview.append(QJsonObject{{QStringLiteral("page"), change.pageId},
                                   {QStringLiteral("field"), change.field},
                                   {QStringLiteral("before"), change.before},
                                   {QStringLiteral("after"), change.after}});
    return QJsonObject{{QStringLiteral("id"), proposal.rule.id},
                       {QStringLiteral("site"), proposal.rule.site},
                       {QStringLiteral("siteName"), book.displayName(proposal.rule.site)},
                       {QStringLiteral("description"), proposal.rule.description},
                       {QStringLiteral("rule"), siteRuleToJson(proposal.rule)},
                       {QStringLiteral("examples"), QJsonArray::fromStringList(proposal.examplePages)},
                       {QStringLiteral("otherPages"), proposal.otherPages},
                       {QStringLiteral("pagesChanged"), proposal.pagesChanged},
                       {QStringLiteral("valuesChanged"), proposal.valuesChanged},
                       {QStringLiteral("preview"), preview}};
}

QString quoted(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("(none)") : QLatin1Char('\'') + text + QLatin1Char('\'');
}

void printProposal(QTextStream &out, const RuleProposal &proposal)
{
    out << proposal.rule.id << "  " << proposal.rule.description << '\n'
        << "    learned from " << counted(proposal.examplePages.size(), "page") << "; changes "
        << counted(proposal.valuesChanged, "value") << " on " << proposal.pagesChanged << " of "
        << counted(proposal.otherPages, "other page") << '\n';
    for (const ValueChange &change : proposal.preview)
        out << "    " << change.pageId.left(12) << ' ' << change.field << ": " << quoted(change.before)
            << " -> " << quoted(change.after) << '\n';
}

struct RulesContext
{
    std::unique_ptr<ProjectStore> store;
    RuleBook book;
    bool failed = false;
};

// The project, its rules and its pages' proposals; every unreadable file is printed.
bool openContext(const QString &dir, Project::Access access, QTextStream &err, RulesContext *context)
{
    context->store = openRulesProject(dir, access, err, &context->book, &context->failed);
    return context->store != nullptr;
}

QList<RuleProposal> proposalsOf(RulesContext &context, const QString &site, QTextStream &err)
{
    QList<ProjectError> problems;
    const QList<SitePage> pages = loadSitePages(*context.store, context.book, &problems, site);
    for (const ProjectError &problem : std::as_const(problems))
        err << "galley: " << problem.toString() << Qt::endl;
    context.failed = context.failed || !problems.isEmpty();
    return proposeRules(pages, context.book, context.store->vocabulary());
}

// `act` (accept, decline) on each proposal of `ids`; an id that is no proposal is an error. Returns the
// number of failures.
int actOnProposals(RulesContext &context, const QString &site, const QStringList &ids, QTextStream &err,
                   const char *done, const std::function<bool(const RuleProposal &, ProjectError *)> &act)
{
    const QList<RuleProposal> proposals = proposalsOf(context, site, err);
    int failures = context.failed ? 1 : 0;
    for (const QString &id : ids) {
        const auto it = std::find_if(proposals.cbegin(), proposals.cend(),
                                     [&](const RuleProposal &proposal) { return proposal.rule.id == id; });
        ProjectError error;
        if (context.book.contains(id)) {
            err << "galley rules: " << id << " is accepted already" << Qt::endl;
        } else if (it == proposals.cend()) {
            err << "galley: " << context.store->project().rootPath() << ": no proposed rule " << id
                << " (galley rules propose lists them)" << Qt::endl;
            ++failures;
        } else if (!act(*it, &error)) {
            err << "galley: " << error.toString() << Qt::endl;
            ++failures;
        } else {
            err << "galley rules: " << done << ' ' << id << ": " << it->rule.description << Qt::endl;
        }
    }
    return failures;
}

} // namespace

int runRulesCommand(const QStringList &arguments)
{
    SubcommandLine cli(
        QStringLiteral("rules"),
        QStringLiteral("Site rules learned from corrections (docs/rules.md).\n\n"
                       "  galley rules propose --project DIR [--site SITE] [--json]\n"
                       "      rules proposed from the corrections of two or more pages of one site, each "
                       "with its effect "
                       "on the site's other pages\n"
                       "  galley rules accept --project DIR ID...\n"
                       "      adds proposed rules to the project's rules/<site>.json\n"
                       "  galley rules decline --project DIR ID...\n"
                       "      records in rules/<site>.json that proposals are declined: not proposed again\n"
                       "  galley rules name --project DIR SITE NAME\n"
                       "      names a site (a text-dump site's template id, e.g. text-1a2b3c4d)\n\n"
                       "Exit codes: 0 done, 1 something failed (an unknown rule id, an unreadable file), 2 "
                       "wrong usage."));
    const QCommandLineOption projectOption = sharedoption::project();
    const QCommandLineOption siteOption = sharedoption::site();
    const QCommandLineOption jsonOption = sharedoption::json();
    cli.parser().addOptions({projectOption, siteOption, jsonOption});
    cli.parser().addPositionalArgument(QStringLiteral("ACTION"),
                                       QStringLiteral("propose, accept, decline or name."));
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (const std::optional<int> done = cli.parse(arguments))
        return *done;
    const QStringList words = cli.operands();
    const QString action = words.value(0);
    const QStringList rest = words.mid(1);
    if (!cli.isSet(projectOption))
        return cli.usage(QStringLiteral("give --project DIR"));
    RulesContext context;
    if (action == QLatin1String("propose")) {
        if (!rest.isEmpty())
            return cli.usage(QStringLiteral("unexpected argument '%1'").arg(rest.first()));
        if (!openContext(cli.value(projectOption), Project::Access::ReadOnly, err, &context))
            return ExitFailure;
        const QList<RuleProposal> proposals = proposalsOf(context, cli.value(siteOption), err);
        if (cli.isSet(jsonOption)) {
            QJsonArray list;
            for (const RuleProposal &proposal : proposals)
                list.append(proposalToJson(proposal, context.book));
            out << QJsonDocument(QJsonObject{{QStringLiteral("project"), context.store->project().rootPath()},
                                             {QStringLiteral("proposals"), list}})
                       .toJson(QJsonDocument::Indented);
        } else {
            for (const RuleProposal &proposal : proposals)
                printProposal(out, proposal);
            err << "galley rules: " << proposals.size() << " proposals" << Qt::endl;
        }
        return context.failed ? ExitFailure : ExitOk;
    }
    if (action == QLatin1String("accept")) {
        if (rest.isEmpty())
            return cli.usage(
                QStringLiteral("give the ids of the rules to accept (galley rules propose lists them)"));
        if (!openContext(cli.value(projectOption), Project::Access::ReadWrite, err, &context))
            return ExitFailure;
        const int failures = actOnProposals(context, cli.value(siteOption), rest, err, "accepted",
                                            [&](const RuleProposal &proposal, ProjectError *error) {
                                                return context.book.addRule(proposal.rule, error);
                                            });
        return failures > 0 ? ExitFailure : ExitOk;
    }
    if (action == QLatin1String("decline")) {
        if (rest.isEmpty())
            return cli.usage(
                QStringLiteral("give the ids of the proposals to decline (galley rules propose lists them)"));
        if (!openContext(cli.value(projectOption), Project::Access::ReadWrite, err, &context))
            return ExitFailure;
        const int failures = actOnProposals(context, cli.value(siteOption), rest, err, "declined",
                                            [&](const RuleProposal &proposal, ProjectError *error) {
                                                return context.book.declineProposal(proposal.rule.site,
                                                                                    proposal.rule.id, error);
                                            });
        return failures > 0 ? ExitFailure : ExitOk;
    }
    if (action == QLatin1String("name")) {
        if (rest.size() != 2)
            return cli.usage(QStringLiteral("give SITE and NAME"));
        if (!openContext(cli.value(projectOption), Project::Access::ReadWrite, err, &context))
            return ExitFailure;
        ProjectError error;
        if (!context.book.setSiteName(rest.at(0), rest.at(1), &error)) {
            err << "galley: " << error.toString() << Qt::endl;
            return ExitFailure;
        }
        return context.failed ? ExitFailure : ExitOk;
    }
    return cli.usage(
        action.isEmpty()
            ? QStringLiteral("give an action: propose, accept, decline or name")
            : QStringLiteral("unknown action '%1' (propose, accept, decline or name)").arg(action));
}

} // namespace galley
