/* patella-coach-phrase.h: what the voice says at a session's cue
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-cue.h"

G_BEGIN_DECLS

/* What is known at the boundary the cue marks. */
typedef struct
{
  PatellaCue   cue;
  const char  *exercise_name;   /* the exercise under way, or about to start */
  const char  *first_step;      /* its first instruction, for get ready */
  const char  *phase_label;     /* "Lift", "Hold", "Lower", as on screen */
  const char  *side_label;      /* "Left leg", when a side starts; NULL */
  guint        rep;             /* the rep starting (1-based), or 0 */
  guint        reps_total;
  gboolean     set_done;        /* a set ended at this boundary too */
} PatellaCoachMoment;

char *patella_coach_phrase (const PatellaCoachMoment *moment);

G_END_DECLS
