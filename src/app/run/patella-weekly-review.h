/* patella-weekly-review.h: this week's dose proposals, read from the diary and the plan
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-day-plan.h"
#include "patella-progression.h"

G_BEGIN_DECLS

GPtrArray *patella_weekly_review_load   (PatellaStore          *store,
                                         const PatellaDayPlan  *plan,
                                         GError               **error);
gboolean   patella_weekly_review_answer (PatellaStore          *store,
                                         const PatellaDayPlan  *plan,
                                         const PatellaProposal *proposal,
                                         PatellaDoseReason      reason,
                                         const PatellaDose     *dose,
                                         GDateTime             *now,
                                         GError               **error);

G_END_DECLS
