/* patella-session-run-outcome.c: how a finished session ended, from the plan and the sets stored
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-session-outcome.h"
#include "patella-session-run-private.h"

static PatellaSide
side_from_store (PatellaStoreSide side)
{
  switch (side)
    {
    case PATELLA_STORE_SIDE_LEFT:
      return PATELLA_SIDE_LEFT;
    case PATELLA_STORE_SIDE_RIGHT:
      return PATELLA_SIDE_RIGHT;
    case PATELLA_STORE_SIDE_BOTH:
    default:
      return PATELLA_SIDE_BOTH;
    }
}

/**
 * _patella_session_run_outcome:
 * @store: the diary
 * @session_id: the session
 * @timeline: the timeline the engine ran, swaps included
 * @ran_to_end: whether the engine reached the end by itself
 * @error: where a read failure is told
 *
 * The honest outcome of a session (patella_session_outcome_compute()):
 * every planned exercise is tallied against the sets the store holds,
 * resumed runs included. An item swapped in mid-session is not part of the
 * plan; the items it replaced count as swapped.
 *
 * Returns: completed, partial or abandoned; in progress on error
 */
PatellaSessionState
_patella_session_run_outcome (PatellaStore     *store,
                              gint64            session_id,
                              PatellaTimeline  *timeline,
                              gboolean          ran_to_end,
                              GError          **error)
{
  g_autoptr(GArray) tallies = g_array_new (FALSE, TRUE, sizeof (PatellaExerciseTally));
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) patella_set_record_free);
  g_autoptr(PatellaSessionOutcome) outcome = NULL;
  g_autoptr(GArray) sets = NULL;
  g_autofree gboolean *swapped_in = NULL;
  g_autofree gboolean *cut = NULL;
  PatellaSide affected = patella_timeline_get_affected_side (timeline);
  guint n_items = patella_timeline_get_n_items (timeline);
  guint n_phases = patella_timeline_get_n_phases (timeline);

  sets = patella_store_list_sets (store, session_id, error);
  if (sets == NULL)
    return PATELLA_SESSION_STATE_IN_PROGRESS;

  /* Items made of substituted phases were swapped in; the item just
   * before each one was swapped out. */
  swapped_in = g_new0 (gboolean, n_items);
  cut = g_new0 (gboolean, n_items);
  for (guint p = 0; p < n_phases; p++)
    {
      const PatellaPhase *phase = patella_timeline_get_phase (timeline, p);

      if (phase->substituted && phase->item < n_items)
        {
          swapped_in[phase->item] = TRUE;
          if (phase->item > 0)
            cut[phase->item - 1] = TRUE;
        }
    }

  for (guint i = 0; i < n_items; i++)
    {
      PatellaExercise *exercise = patella_timeline_get_item_exercise (timeline, i);
      const PatellaDose *dose = patella_timeline_get_item_dose (timeline, i);
      PatellaExerciseTally tally = { 0 };
      PatellaSide sides[2];

      if (swapped_in[i])
        continue;
      tally.exercise_id = patella_exercise_get_id (exercise);
      tally.name = patella_exercise_get_name (exercise);
      tally.sets_planned = (guint) dose->sets * patella_exercise_get_sides (exercise, affected,
                                                                            sides);
      tally.until_tired = dose->until_tired;
      tally.swapped = cut[i];
      g_array_append_val (tallies, tally);
    }

  for (guint i = 0; i < sets->len; i++)
    {
      const PatellaStoreSet *set = &g_array_index (sets, PatellaStoreSet, i);
      PatellaSetRecord *record = patella_set_record_new ();

      record->exercise_id = g_strdup (set->exercise_id);
      record->side = side_from_store (set->side);
      record->set = (guint) set->set_number;
      record->reps_planned = (guint) set->reps_planned;
      record->reps_done = (guint) set->reps_done;
      record->hold_seconds_planned = set->hold_s_planned;
      record->hold_seconds_done = set->hold_s_done;
      record->started_usec = set->started_us;
      record->ended_usec = set->ended_us;
      record->substituted = set->substituted;
      g_ptr_array_add (records, record);
    }

  patella_exercise_tally_add_records ((PatellaExerciseTally *) tallies->data, tallies->len,
                                      records);
  outcome = patella_session_outcome_compute ((const PatellaExerciseTally *) tallies->data,
                                             tallies->len, ran_to_end);

  switch (outcome->kind)
    {
    case PATELLA_SESSION_OUTCOME_COMPLETED:
      return PATELLA_SESSION_STATE_COMPLETED;
    case PATELLA_SESSION_OUTCOME_PARTIAL:
      return PATELLA_SESSION_STATE_PARTIAL;
    case PATELLA_SESSION_OUTCOME_ABANDONED:
    default:
      return PATELLA_SESSION_STATE_ABANDONED;
    }
}
