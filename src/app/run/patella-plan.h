/* patella-plan.h: today's session: which exercises, at which dose, on which side
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "patella-timeline.h"

G_BEGIN_DECLS

/* The stretch that follows heel raises in every plan. */
#define PATELLA_PLAN_HEEL_RAISE_STRETCH "tibialis-posterior-stretch"

/* The five core exercises in session order, each at its default dose,
 * the heel raise followed by its stretch.
 * Returns: (transfer full): an array of PatellaTimelineItem; the
 * exercises belong to the default catalogue. */
GArray          *patella_plan_get_today_items    (void);

/* The user's painful knee, from the affected-side setting. */
PatellaSide      patella_plan_get_affected_side  (GSettings *settings);

/* "3 × 10 reps, 5 s hold" and the like, translated. */
char            *patella_plan_describe_dose      (PatellaExercise   *exercise,
                                                  const PatellaDose *dose,
                                                  PatellaSide        affected);

/* "13 min 40 s": exact, to the second. */

G_END_DECLS
