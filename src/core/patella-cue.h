/* patella-cue.h: the words a session speaks in: sides, phase kinds and cues
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Which leg a phase works. LEFT/RIGHT/BOTH also name the user's affected side. */
typedef enum
{
  PATELLA_SIDE_LEFT,
  PATELLA_SIDE_RIGHT,
  PATELLA_SIDE_BOTH,
} PatellaSide;

typedef enum
{
  PATELLA_PHASE_GET_READY,
  PATELLA_PHASE_UP,             /* the first movement of a rep: lift, rise, slide down */
  PATELLA_PHASE_PAUSE,          /* a tempo pause at the top of a rep */
  PATELLA_PHASE_HOLD,           /* a dosed hold: counted in hold seconds */
  PATELLA_PHASE_DOWN,           /* the return movement: lower, stand up, release */
  PATELLA_PHASE_REST,           /* between sets */
  PATELLA_PHASE_SWITCH_SIDE,    /* between the left and right halves of a set */
  PATELLA_PHASE_EXERCISE_DONE,
} PatellaPhaseKind;

#define PATELLA_N_PHASE_KINDS (PATELLA_PHASE_EXERCISE_DONE + 1)

/* What the engine asks the cue player (sound) to mark. Phase-start cues are
 * one per kind; ticks fall on each of the last three whole seconds of a
 * get-ready or hold phase (never on its first instant). At one boundary the
 * end cues (rep done, set done, rest over) come before the next phase's
 * start cue. */
typedef enum
{
  PATELLA_CUE_GET_READY,
  PATELLA_CUE_GET_READY_TICK,
  PATELLA_CUE_UP,
  PATELLA_CUE_PAUSE,
  PATELLA_CUE_HOLD,
  PATELLA_CUE_HOLD_TICK,
  PATELLA_CUE_DOWN,
  PATELLA_CUE_REST,
  PATELLA_CUE_SWITCH_SIDE,
  PATELLA_CUE_EXERCISE_DONE,
  PATELLA_CUE_REP_DONE,
  PATELLA_CUE_SET_DONE,
  PATELLA_CUE_REST_OVER,
  PATELLA_CUE_SESSION_DONE,
} PatellaCue;

#define PATELLA_N_CUES (PATELLA_CUE_SESSION_DONE + 1)

#define PATELLA_TYPE_SIDE (patella_side_get_type ())
#define PATELLA_TYPE_PHASE_KIND (patella_phase_kind_get_type ())
#define PATELLA_TYPE_CUE (patella_cue_get_type ())

GType       patella_side_get_type          (void) G_GNUC_CONST;
GType       patella_phase_kind_get_type    (void) G_GNUC_CONST;
GType       patella_cue_get_type           (void) G_GNUC_CONST;

const char *patella_side_to_string         (PatellaSide      side);
gboolean    patella_side_from_string       (const char      *str,
                                            PatellaSide     *side);
const char *patella_phase_kind_to_string   (PatellaPhaseKind kind);
const char *patella_cue_to_string          (PatellaCue       cue);
PatellaCue  patella_cue_for_phase_kind     (PatellaPhaseKind kind);
gboolean    patella_phase_kind_is_work     (PatellaPhaseKind kind);

G_END_DECLS
