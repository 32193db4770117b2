/* patella-session-run-private.h: what the session run's files share
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-session-run.h"

G_BEGIN_DECLS

#define PATELLA_SESSION_RUN_WALL_SQUAT "wall-squat"
#define PATELLA_SESSION_RUN_STRAIGHT_LEG_RAISE "straight-leg-raise"

struct _PatellaSessionRun
{
  GObject          parent_instance;

  PatellaStore    *store;
  PatellaClock    *clock;
  PatellaEngine   *engine;
  gint64           session_id;
  gboolean         continues;      /* resumes a session the store already holds */

  /* From the timeline as planned, before any swap. */
  GHashTable      *planned_sets;   /* exercise id -> total sets planned */
  PatellaDose      slr_dose;
  gboolean         has_slr_dose;

  GHashTable      *pain;           /* exercise id -> worst pain + 1 */
  GHashTable      *finished;       /* ids of exercises with a set finished in this run */
  guint            asked_phase;    /* index + 1 of the last exercise end asked about */
  gboolean         asked_first_reps; /* the wall squat's first reps were asked about */
  gboolean         wall_squat_swapped; /* straight-leg raises replace it from now on */
  int              swap_pain;      /* the kneecap pain that led to the swap */
};

PatellaStoreSide    _patella_session_run_store_side (PatellaSide       side);
PatellaSessionState _patella_session_run_outcome    (PatellaStore     *store,
                                                     gint64            session_id,
                                                     PatellaTimeline  *timeline,
                                                     gboolean          ran_to_end,
                                                     GError          **error);

G_END_DECLS
