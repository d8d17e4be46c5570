// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/siterule.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace galley {

namespace {

const QString kNotArticle = QStringLiteral("not-article");
const QString kCaption = QStringLiteral("caption");
const QString kPhotoCredit = QStringLiteral("photo-credit");

QString kindName(RuleKind kind)
{
    switch (kind) {
    case RuleKind::Html:
        return QStringLiteral("html");
    case RuleKind::Caption:
        return QStringLiteral("caption");
    case RuleKind::Text:
        break;
    }
    return QStringLiteral("text");
}

bool parseKind(const QString &name, RuleKind *kind)
{
    for (const RuleKind candidate : {RuleKind::Text, RuleKind::Html, RuleKind::Caption}) {
        if (name == kindName(candidate)) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

// The target of a caption rule: "caption" or "photo-credit".
bool parseCaptionTarget(const QString &target, SiteRule *rule, QString *error)
{
    if (target != kCaption && target != kPhotoCredit) {
        *error = QStringLiteral("'field' of a caption rule must be caption or photo-credit, not \"%1\"")
                     .arg(target);
        return false;
    }
    rule->action = RuleAction::SetField;
    rule->field = Field::Images;
    rule->member = target == kCaption ? Member::Caption : Member::Credit;
    return true;
}

bool checkPattern(const QString &pattern, const char *key, QString *error)
{
    const QRegularExpression re(pattern);
    if (re.isValid())
        return true;
    *error = QStringLiteral("'%1' is not a valid regular expression: %2 at offset %3")
                 .arg(QLatin1String(key), re.errorString())
                 .arg(re.patternErrorOffset());
    return false;
}

} // namespace

bool isRuleField(Field field)
{
    switch (field) {
    case Field::Headline:
    case Field::Published:
    case Field::Dateline:
    case Field::Credit:
    case Field::Publisher:
    case Field::Bylines:
        return true;
    case Field::Contributors:
    case Field::Images:
    case Field::Body:
        return false;
    }
    return false;
}

QString ruleTargetName(const SiteRule &rule)
{
    if (rule.action == RuleAction::NotArticle)
        return kNotArticle;
    if (rule.isCaption())
        return rule.member == Member::Caption ? kCaption : kPhotoCredit;
    return FieldPath::fieldName(rule.field);
}

QString SiteRule::contentKey() const
{
    // Unit separators keep "a" + "bc" apart from "ab" + "c".
    return QStringList{site, ruleTargetName(*this), kindName(kind), path, pattern, after}.join(QChar(0x1f));
}

void SiteRule::assignId()
{
    id = QLatin1Char('r') +
         QString::fromLatin1(
             QCryptographicHash::hash(contentKey().toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
}

QJsonObject siteRuleToJson(const SiteRule &rule)
{
    QJsonObject object{{QStringLiteral("id"), rule.id},
                       {QStringLiteral("field"), ruleTargetName(rule)},
                       {QStringLiteral("kind"), kindName(rule.kind)},
                       {QStringLiteral("description"), rule.description},
                       {QStringLiteral("examples"), rule.examples}};
    if (rule.isHtml())
        object.insert(QStringLiteral("path"), rule.path);
    if (!rule.pattern.isEmpty())
        object.insert(QStringLiteral("pattern"), rule.pattern);
    if (!rule.after.isEmpty())
        object.insert(QStringLiteral("after"), rule.after);
    return object;
}

bool siteRuleFromJson(const QJsonObject &object, const QString &site, SiteRule *rule, QString *error)
{
    SiteRule out;
    out.site = site;
    out.id = object.value(QStringLiteral("id")).toString();
    if (!parseKind(object.value(QStringLiteral("kind")).toString(), &out.kind)) {
        *error = QStringLiteral("'kind' must be \"html\", \"text\" or \"caption\"");
        return false;
    }
    const QString target = object.value(QStringLiteral("field")).toString();
    if (out.isCaption()) {
        if (!parseCaptionTarget(target, &out, error))
            return false;
    } else if (target == kNotArticle) {
        out.action = RuleAction::NotArticle;
    } else {
        const FieldPath path = FieldPath::parse(target);
        if (!path.isValid() || path.isItem() || !isRuleField(path.field())) {
            *error = QStringLiteral("'field' must be not-article, headline, published, dateline, credit, "
                                    "publisher or bylines, not \"%1\"")
                         .arg(target);
            return false;
        }
        out.action = RuleAction::SetField;
        out.field = path.field();
    }
    out.path = object.value(QStringLiteral("path")).toString();
    out.pattern = object.value(QStringLiteral("pattern")).toString();
    out.after = object.value(QStringLiteral("after")).toString();
    out.description = object.value(QStringLiteral("description")).toString();
    out.examples = object.value(QStringLiteral("examples")).toInt();
    if (out.isHtml() && out.path.trimmed().isEmpty()) {
        *error = QStringLiteral("an html rule needs a 'path'");
        return false;
    }
    if (!out.isHtml() && out.pattern.isEmpty()) {
        *error = QStringLiteral("a %1 rule needs a 'pattern'").arg(kindName(out.kind));
        return false;
    }
    if (!checkPattern(out.pattern, "pattern", error) || !checkPattern(out.after, "after", error))
        return false;
    if (out.id.isEmpty())
        out.assignId(); // a rule written by hand may leave the id to Galley
    *rule = out;
    return true;
}

} // namespace galley
