/* patella-cue.c: the words a session speaks in: sides, phase kinds and cues
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-cue.h"

G_DEFINE_ENUM_TYPE (PatellaSide, patella_side,
  G_DEFINE_ENUM_VALUE (PATELLA_SIDE_LEFT, "left"),
  G_DEFINE_ENUM_VALUE (PATELLA_SIDE_RIGHT, "right"),
  G_DEFINE_ENUM_VALUE (PATELLA_SIDE_BOTH, "both"))

G_DEFINE_ENUM_TYPE (PatellaPhaseKind, patella_phase_kind,
  G_DEFINE_ENUM_VALUE (PATELLA_PHASE_GET_READY, "get-ready"),
  G_DEFINE_ENUM_VALUE (PATELLA_PHASE_UP, "up"),
  G_DEFINE_ENUM_VALUE (PATELLA_PHASE_PAUSE, "pause"),
  G_DEFINE_ENUM_VALUE (PATELLA_PHASE_HOLD, "hold"),
  G_DEFINE_ENUM_VALUE (PATELLA_PHASE_DOWN, "down"),
  G_DEFINE_ENUM_VALUE (PATELLA_PHASE_REST, "rest"),
  G_DEFINE_ENUM_VALUE (PATELLA_PHASE_SWITCH_SIDE, "switch-side"),
  G_DEFINE_ENUM_VALUE (PATELLA_PHASE_EXERCISE_DONE, "exercise-done"))

G_DEFINE_ENUM_TYPE (PatellaCue, patella_cue,
  G_DEFINE_ENUM_VALUE (PATELLA_CUE_GET_READY, "get-ready"),
  G_DEFINE_ENUM_VALUE (PATELLA_CUE_GET_READY_TICK, "get-ready-tick"),
  G_DEFINE_ENUM_VALUE (PATELLA_CUE_UP, "up"),
  G_DEFINE_ENUM_VALUE (PATELLA_CUE_PAUSE, "pause"),
  G_DEFINE_ENUM_VALUE (PATELLA_CUE_HOLD, "hold"),
  G_DEFINE_ENUM_VALUE (PATELLA_CUE_HOLD_TICK, "hold-tick"),
  G_DEFINE_ENUM_VALUE (PATELLA_CUE_DOWN, "down"),
  G_DEFINE_ENUM_VALUE (PATELLA_CUE_REST, "rest"),
  G_DEFINE_ENUM_VALUE (PATELLA_CUE_SWITCH_SIDE, "switch-side"),
  G_DEFINE_ENUM_VALUE (PATELLA_CUE_EXERCISE_DONE, "exercise-done"),
  G_DEFINE_ENUM_VALUE (PATELLA_CUE_REP_DONE, "rep-done"),
  G_DEFINE_ENUM_VALUE (PATELLA_CUE_SET_DONE, "set-done"),
  G_DEFINE_ENUM_VALUE (PATELLA_CUE_REST_OVER, "rest-over"),
  G_DEFINE_ENUM_VALUE (PATELLA_CUE_SESSION_DONE, "session-done"))

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  /* The class stays alive after our unref (static types are never
   * unloaded), so the nick string outlives this call. */
  return ev ? ev->value_nick : NULL;
}

/* The nicks are the stable strings the store writes ("left", "right",
 * "both"), so they must never change. */
const char *
patella_side_to_string (PatellaSide side)
{
  return enum_nick (PATELLA_TYPE_SIDE, side);
}

gboolean
patella_side_from_string (const char  *str,
                          PatellaSide *side)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;

  g_return_val_if_fail (side != NULL, FALSE);

  if (str == NULL)
    return FALSE;

  klass = g_type_class_ref (PATELLA_TYPE_SIDE);
  ev = g_enum_get_value_by_nick (klass, str);
  if (ev == NULL)
    return FALSE;

  *side = ev->value;
  return TRUE;
}

const char *
patella_phase_kind_to_string (PatellaPhaseKind kind)
{
  return enum_nick (PATELLA_TYPE_PHASE_KIND, kind);
}

const char *
patella_cue_to_string (PatellaCue cue)
{
  return enum_nick (PATELLA_TYPE_CUE, cue);
}

PatellaCue
patella_cue_for_phase_kind (PatellaPhaseKind kind)
{
  switch (kind)
    {
    case PATELLA_PHASE_GET_READY:     return PATELLA_CUE_GET_READY;
    case PATELLA_PHASE_UP:            return PATELLA_CUE_UP;
    case PATELLA_PHASE_PAUSE:         return PATELLA_CUE_PAUSE;
    case PATELLA_PHASE_HOLD:          return PATELLA_CUE_HOLD;
    case PATELLA_PHASE_DOWN:          return PATELLA_CUE_DOWN;
    case PATELLA_PHASE_REST:          return PATELLA_CUE_REST;
    case PATELLA_PHASE_SWITCH_SIDE:   return PATELLA_CUE_SWITCH_SIDE;
    case PATELLA_PHASE_EXERCISE_DONE: return PATELLA_CUE_EXERCISE_DONE;
    default:
      g_return_val_if_reached (PATELLA_CUE_GET_READY);
    }
}

/* Work phases belong to a rep; the others frame the reps. */
gboolean
patella_phase_kind_is_work (PatellaPhaseKind kind)
{
  switch (kind)
    {
    case PATELLA_PHASE_UP:
    case PATELLA_PHASE_PAUSE:
    case PATELLA_PHASE_HOLD:
    case PATELLA_PHASE_DOWN:
      return TRUE;
    case PATELLA_PHASE_GET_READY:
    case PATELLA_PHASE_REST:
    case PATELLA_PHASE_SWITCH_SIDE:
    case PATELLA_PHASE_EXERCISE_DONE:
      return FALSE;
    default:
      g_return_val_if_reached (FALSE);
    }
}
