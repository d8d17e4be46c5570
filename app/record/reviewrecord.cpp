// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/reviewrecord.h"

#include <array>
#include <utility>

namespace galley {

namespace {
constexpr std::array kStatusNames{
    std::pair{ReviewStatus::New, "new"}, std::pair{ReviewStatus::InReview, "in-review"},
    std::pair{ReviewStatus::Reviewed, "reviewed"}, std::pair{ReviewStatus::Rejected, "rejected"},
    std::pair{ReviewStatus::NeedsAttention, "needs-attention"}};
} // namespace

QString reviewStatusName(ReviewStatus status)
{
    for (const auto &[s, name] : kStatusNames) {
        if (s == status)
            return QString::fromLatin1(name);
    }
    return {};
}

bool statusTakesReason(ReviewStatus status)
{
    return status == ReviewStatus::Rejected || status == ReviewStatus::NeedsAttention;
}

bool parseReviewStatus(const QString &name, ReviewStatus *status)
{
    for (const auto &[s, n] : kStatusNames) {
        if (name == QLatin1String(n)) {
            *status = s;
            return true;
        }
    }
    return false;
}

} // namespace galley
