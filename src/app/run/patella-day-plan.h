/* patella-day-plan.h: what today holds: the program's week, the plan at its stored doses, what is done
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-store-program.h"
#include "patella-store-swap.h"
#include "patella-timeline.h"

G_BEGIN_DECLS

/* The exercise a swap takes out until the knee improves, and its stand-in. */
#define PATELLA_DAY_PLAN_WALL_SQUAT "wall-squat"
#define PATELLA_DAY_PLAN_STRAIGHT_LEG_RAISE "straight-leg-raise"

/* Pain at the kneecap during a wall squat from which it counts as pain for
 * the squat's return (PATELLA_WALL_SQUAT_PAIN_LIMIT, where the swap is offered). */
#define PATELLA_DAY_PLAN_KNEECAP_PAIN 4

/* A plain value, read from the store for one local day. Without a program
 * (nothing started yet), the plan is patella_plan_get_today_items() and
 * every day is a training day. While the wall squat is swapped out, the
 * items hold straight-leg raises in its place (see patella_day_plan_load()). */
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
  PatellaStoreSwap    *swap;              /* the wall squat swapped out, or NULL */
  gint                 swapped_in;        /* the item standing in for it, not in the
                                           * stored plan; -1 if none */
  char                *swap_return;       /* a week without kneecap pain: why to bring the
                                           * wall squat back, or NULL */
} PatellaDayPlan;

PatellaDayPlan *patella_day_plan_load          (PatellaStore   *store,
                                                const char     *day,
                                                GError        **error);
void            patella_day_plan_free          (PatellaDayPlan *self);
GArray         *patella_day_plan_default_items (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PatellaDayPlan, patella_day_plan_free)

G_END_DECLS
