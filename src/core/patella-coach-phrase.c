/* patella-coach-phrase.c: what the voice says at a session's cue
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-coach-phrase.h"

/* Short on purpose: a phrase must be over before the next boundary, which
 * can be a second away. Numbers stay digits, so the speech synthesiser
 * says them in its own language. */

/**
 * patella_coach_phrase:
 * @moment: the boundary and what the session is doing at it
 *
 * The words for one boundary of a session: the exercise and its first
 * step at "get ready", the rep's number as it starts ("last one" for the
 * last), "Hold", "Lower", "Rest", "Switch sides", "Set done". Ticks and a
 * rep's end say nothing: the beeps mark them.
 *
 * Returns: (transfer full) (nullable): the phrase, or %NULL for silence
 */
char *
patella_coach_phrase (const PatellaCoachMoment *moment)
{
  g_return_val_if_fail (moment != NULL, NULL);

  switch (moment->cue)
    {
    case PATELLA_CUE_GET_READY:
      if (moment->exercise_name == NULL)
        return NULL;
      if (moment->side_label != NULL && moment->first_step != NULL)
        /* Translators: spoken before an exercise: its name, the side, its first step */
        return g_strdup_printf (_("%s, %s. %s"), moment->exercise_name, moment->side_label,
                                moment->first_step);
      if (moment->first_step != NULL)
        /* Translators: spoken before an exercise: its name, then its first step */
        return g_strdup_printf (_("%s. %s"), moment->exercise_name, moment->first_step);
      return g_strdup (moment->exercise_name);

    case PATELLA_CUE_UP:
      if (moment->rep > 0 && moment->rep == moment->reps_total && moment->reps_total > 1)
        /* Translators: spoken as the last rep of a set starts */
        return g_strdup (_("Last one"));
      if (moment->rep > 0)
        return g_strdup_printf ("%u", moment->rep);
      return g_strdup (moment->phase_label);

    case PATELLA_CUE_HOLD:
    case PATELLA_CUE_DOWN:
      return g_strdup (moment->phase_label);

    case PATELLA_CUE_REST:
      /* Translators: spoken when a set ends and the rest begins */
      return g_strdup (moment->set_done ? _("Set done. Rest") : _("Rest"));

    case PATELLA_CUE_SWITCH_SIDE:
      if (moment->side_label != NULL)
        /* Translators: spoken between the sides of a set, e.g. "Switch sides: left leg" */
        return g_strdup_printf (_("Switch sides: %s"), moment->side_label);
      return g_strdup (_("Switch sides"));

    case PATELLA_CUE_EXERCISE_DONE:
      if (moment->exercise_name != NULL)
        /* Translators: spoken when an exercise is over, e.g. "Clamshell done" */
        return g_strdup_printf (_("%s done"), moment->exercise_name);
      return g_strdup (_("Exercise done"));

    case PATELLA_CUE_SET_DONE:
      return g_strdup (_("Set done"));

    case PATELLA_CUE_SESSION_DONE:
      return g_strdup (_("Session done. Well done"));

    case PATELLA_CUE_PAUSE:
    case PATELLA_CUE_GET_READY_TICK:
    case PATELLA_CUE_HOLD_TICK:
    case PATELLA_CUE_REP_DONE:
    case PATELLA_CUE_REST_OVER:
    default:
      return NULL;
    }
}
