/* patella-dose.c: how much of an exercise a session asks for
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-dose.h"

G_DEFINE_ENUM_TYPE (PatellaWorkKind, patella_work_kind,
  G_DEFINE_ENUM_VALUE (PATELLA_WORK_REPS_TEMPO, "reps-tempo"),
  G_DEFINE_ENUM_VALUE (PATELLA_WORK_REPS_HOLD, "reps-hold"),
  G_DEFINE_ENUM_VALUE (PATELLA_WORK_TIMED_HOLD, "timed-hold"))

G_DEFINE_BOXED_TYPE (PatellaDose, patella_dose, patella_dose_copy, patella_dose_free)

G_DEFINE_QUARK (patella-dose-error-quark, patella_dose_error)

PatellaDose *
patella_dose_copy (const PatellaDose *dose)
{
  g_return_val_if_fail (dose != NULL, NULL);

  return g_memdup2 (dose, sizeof *dose);
}

void
patella_dose_free (PatellaDose *dose)
{
  g_free (dose);
}

gboolean
patella_dose_equal (const PatellaDose *a,
                    const PatellaDose *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->sets == b->sets &&
         a->reps == b->reps &&
         !a->until_tired == !b->until_tired &&
         a->hold_seconds == b->hold_seconds &&
         a->tempo_up_seconds == b->tempo_up_seconds &&
         a->tempo_pause_seconds == b->tempo_pause_seconds &&
         a->tempo_down_seconds == b->tempo_down_seconds &&
         a->rest_seconds == b->rest_seconds &&
         a->switch_seconds == b->switch_seconds &&
         a->get_ready_seconds == b->get_ready_seconds;
}

/* The message names the field and its limits, so a dose editor can show it
 * next to the offending control and a log line is enough to debug a bad
 * row in the database. */
static gboolean
check_range (const char  *field,
             int          value,
             int          min,
             int          max,
             GError     **error)
{
  if (value >= min && value <= max)
    return TRUE;

  g_set_error (error, PATELLA_DOSE_ERROR, PATELLA_DOSE_ERROR_OUT_OF_RANGE,
               /* Translators: the first %s is a dose field such as "Sets" */
               _("%s must be between %d and %d, not %d"),
               field, min, max, value);
  return FALSE;
}

static gboolean
check_absent (const char  *field,
              int          value,
              const char  *reason,
              GError     **error)
{
  if (value == 0)
    return TRUE;

  g_set_error (error, PATELLA_DOSE_ERROR, PATELLA_DOSE_ERROR_NOT_APPLICABLE,
               /* Translators: "%s must be 0 (it is 5): this exercise has no hold" */
               _("%s must be 0 (it is %d): %s"),
               field, value, reason);
  return FALSE;
}

gboolean
patella_dose_validate (const PatellaDose  *dose,
                       PatellaWorkKind     work,
                       GError            **error)
{
  int max_reps = PATELLA_DOSE_MAX_REPS;

  g_return_val_if_fail (dose != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (work == PATELLA_WORK_TIMED_HOLD)
    max_reps = PATELLA_DOSE_MAX_TIMED_REPS;

  if (!check_range (_("Sets"), dose->sets, 1, PATELLA_DOSE_MAX_SETS, error) ||
      !check_range (_("Reps"), dose->reps, 1, max_reps, error) ||
      !check_range (_("Time up"), dose->tempo_up_seconds, 0, PATELLA_DOSE_MAX_TEMPO, error) ||
      !check_range (_("Pause at the top"), dose->tempo_pause_seconds,
                    0, PATELLA_DOSE_MAX_TEMPO, error) ||
      !check_range (_("Time down"), dose->tempo_down_seconds,
                    0, PATELLA_DOSE_MAX_TEMPO, error) ||
      !check_range (_("Rest between sets"), dose->rest_seconds,
                    0, PATELLA_DOSE_MAX_REST, error) ||
      !check_range (_("Pause to switch sides"), dose->switch_seconds,
                    0, PATELLA_DOSE_MAX_SWITCH, error) ||
      !check_range (_("Get-ready countdown"), dose->get_ready_seconds,
                    0, PATELLA_DOSE_MAX_GET_READY, error))
    return FALSE;

  switch (work)
    {
    case PATELLA_WORK_REPS_TEMPO:
      if (!check_absent (_("Hold"), dose->hold_seconds,
                         _("this exercise has no hold"), error))
        return FALSE;
      if (dose->tempo_up_seconds + dose->tempo_pause_seconds + dose->tempo_down_seconds == 0)
        {
          g_set_error_literal (error, PATELLA_DOSE_ERROR, PATELLA_DOSE_ERROR_EMPTY_REP,
                               _("Time up, pause and time down are all 0: "
                                 "a rep must last at least 1 second"));
          return FALSE;
        }
      break;

    case PATELLA_WORK_REPS_HOLD:
      if (!check_range (_("Hold"), dose->hold_seconds, 1, PATELLA_DOSE_MAX_REP_HOLD, error) ||
          !check_absent (_("Pause at the top"), dose->tempo_pause_seconds,
                         _("the hold is the pause of this exercise"), error))
        return FALSE;
      break;

    case PATELLA_WORK_TIMED_HOLD:
      if (!check_range (_("Hold"), dose->hold_seconds, 1, PATELLA_DOSE_MAX_TIMED_HOLD, error) ||
          !check_absent (_("Pause at the top"), dose->tempo_pause_seconds,
                         _("the hold is the pause of this exercise"), error))
        return FALSE;
      if (dose->until_tired)
        {
          g_set_error_literal (error, PATELLA_DOSE_ERROR, PATELLA_DOSE_ERROR_NOT_APPLICABLE,
                               _("Until tired applies to reps, not to a timed hold"));
          return FALSE;
        }
      break;

    default:
      g_return_val_if_reached (FALSE);
    }

  return TRUE;
}

/**
 * patella_dose_get_limits:
 * @field: a dose field
 * @work: the exercise's kind of work
 * @min: (out): the smallest value patella_dose_validate() takes
 * @max: (out): the largest
 *
 * The limits patella_dose_validate() applies, for an editor's spin buttons.
 * A hold only applies to reps with a hold and to timed holds, a pause at the
 * top only to reps at a tempo.
 *
 * Returns: %FALSE (with @min = @max = 0) when the field must be 0 for @work
 */
gboolean
patella_dose_get_limits (PatellaDoseLimit  field,
                         PatellaWorkKind   work,
                         int              *min,
                         int              *max)
{
  g_return_val_if_fail (min != NULL && max != NULL, FALSE);

  *min = 0;
  *max = 0;
  switch (field)
    {
    case PATELLA_DOSE_LIMIT_SETS:
      *min = 1;
      *max = PATELLA_DOSE_MAX_SETS;
      break;
    case PATELLA_DOSE_LIMIT_REPS:
      *min = 1;
      *max = work == PATELLA_WORK_TIMED_HOLD ? PATELLA_DOSE_MAX_TIMED_REPS : PATELLA_DOSE_MAX_REPS;
      break;
    case PATELLA_DOSE_LIMIT_HOLD:
      if (work == PATELLA_WORK_REPS_TEMPO)
        return FALSE;
      *min = 1;
      *max = work == PATELLA_WORK_TIMED_HOLD ? PATELLA_DOSE_MAX_TIMED_HOLD
                                             : PATELLA_DOSE_MAX_REP_HOLD;
      break;
    case PATELLA_DOSE_LIMIT_TEMPO_PAUSE:
      if (work != PATELLA_WORK_REPS_TEMPO)
        return FALSE;
      *max = PATELLA_DOSE_MAX_TEMPO;
      break;
    case PATELLA_DOSE_LIMIT_TEMPO_UP:
    case PATELLA_DOSE_LIMIT_TEMPO_DOWN:
      *max = PATELLA_DOSE_MAX_TEMPO;
      break;
    case PATELLA_DOSE_LIMIT_REST:
      *max = PATELLA_DOSE_MAX_REST;
      break;
    case PATELLA_DOSE_LIMIT_SWITCH:
      *max = PATELLA_DOSE_MAX_SWITCH;
      break;
    case PATELLA_DOSE_LIMIT_GET_READY:
      *max = PATELLA_DOSE_MAX_GET_READY;
      break;
    case PATELLA_N_DOSE_LIMITS:
    default:
      g_return_val_if_reached (FALSE);
    }

  return TRUE;
}

/* Length of one rep, the unit the timeline multiplies. */
gint64
patella_dose_rep_usec (const PatellaDose *dose,
                       PatellaWorkKind    work)
{
  gint64 seconds;

  g_return_val_if_fail (dose != NULL, 0);

  seconds = dose->tempo_up_seconds + dose->tempo_down_seconds;
  if (work == PATELLA_WORK_REPS_TEMPO)
    seconds += dose->tempo_pause_seconds;
  else
    seconds += dose->hold_seconds;

  return seconds * G_USEC_PER_SEC;
}
