/* patella-day-plan.h: what today holds: the program's week, the plan at its stored doses, what is done
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-store-program.h"
#include "patella-timeline.h"

G_BEGIN_DECLS

/* A plain value, read from the store for one local day. Without a program
 * (nothing started yet), the plan is patella_plan_get_today_items() and
 * every day is a training day. */
typedef struct
{
  PatellaStoreProgram *program;           /* NULL: no program */
  GArray              *items;             /* PatellaTimelineItem; doses point into @doses */
  GArray              *doses;             /* PatellaDose, one per item */
  char                 day[PATELLA_LOCAL_DAY_LEN + 1];
  gboolean             training_day;
  char                 next_training_day[PATELLA_LOCAL_DAY_LEN + 1]; /* "" if none left */
  char                *week_label;        /* "Week 3 of 6"; NULL without a program */
  guint                done_this_week;    /* days with a completed or partial session */
  guint                planned_this_week;
  PatellaStoreSession *done;              /* today's completed or partial session, or NULL */
  guint                done_exercises;    /* what it did: exercises and sets recorded */
  guint                done_sets;
  PatellaStoreSession *unfinished;        /* a session still in progress, any day, or NULL */
} PatellaDayPlan;

PatellaDayPlan *patella_day_plan_load          (PatellaStore   *store,
                                                const char     *day,
                                                GError        **error);
void            patella_day_plan_free          (PatellaDayPlan *self);
GArray         *patella_day_plan_default_items (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PatellaDayPlan, patella_day_plan_free)

G_END_DECLS
