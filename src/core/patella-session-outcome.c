/* patella-session-outcome.c: whether a session was completed, partly done or abandoned
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-session-outcome.h"

/* The outcome is judged per planned exercise, from the sets recorded:
 * - completed: every planned exercise done in full, or swapped;
 * - partial: the session ran to its end, but something was skipped or
 *   stopped early, and something was done;
 * - abandoned: ended before its end (patella_engine_finish(), or an
 *   interrupted session discarded) with work left undone, or nothing done
 *   at all. As on Progress, an abandoned session's work still counts as
 *   work; it only does not count as a training day done. */

G_DEFINE_ENUM_TYPE (PatellaExerciseResult, patella_exercise_result,
  G_DEFINE_ENUM_VALUE (PATELLA_EXERCISE_RESULT_DONE, "done"),
  G_DEFINE_ENUM_VALUE (PATELLA_EXERCISE_RESULT_SWAPPED, "swapped"),
  G_DEFINE_ENUM_VALUE (PATELLA_EXERCISE_RESULT_STOPPED_EARLY, "stopped-early"),
  G_DEFINE_ENUM_VALUE (PATELLA_EXERCISE_RESULT_SKIPPED, "skipped"))

G_DEFINE_ENUM_TYPE (PatellaSessionOutcomeKind, patella_session_outcome_kind,
  G_DEFINE_ENUM_VALUE (PATELLA_SESSION_OUTCOME_COMPLETED, "completed"),
  G_DEFINE_ENUM_VALUE (PATELLA_SESSION_OUTCOME_PARTIAL, "partial"),
  G_DEFINE_ENUM_VALUE (PATELLA_SESSION_OUTCOME_ABANDONED, "abandoned"))

G_DEFINE_BOXED_TYPE (PatellaSessionOutcome, patella_session_outcome,
                     patella_session_outcome_copy, patella_session_outcome_free)

/* Holds are timed from phase boundaries, so a full hold is exact; the
 * margin only absorbs rounding in a stored copy. */
#define HOLD_MARGIN_S 0.5

/**
 * patella_exercise_tally_add_record:
 * @tally: the planned exercise the record belongs to
 * @record: one set on one side
 *
 * Counts the set as full, short, or not at all when nothing was done in
 * it. A dose done until tired plans its reps as a ceiling, so any reps
 * make its set full: stopping there is how such a set ends.
 */
void
patella_exercise_tally_add_record (PatellaExerciseTally   *tally,
                                   const PatellaSetRecord *record)
{
  gboolean hold_full;

  g_return_if_fail (tally != NULL && record != NULL);

  if (record->reps_done == 0 && record->hold_seconds_done < HOLD_MARGIN_S)
    return;

  hold_full = record->hold_seconds_done + HOLD_MARGIN_S >= record->hold_seconds_planned;
  if (tally->until_tired ? record->reps_done > 0
                         : record->reps_done >= record->reps_planned && hold_full)
    tally->sets_full++;
  else
    tally->sets_short++;
}

static PatellaExerciseTally *
tally_for (PatellaExerciseTally *tallies,
           guint                 n_tallies,
           const char           *exercise_id)
{
  PatellaExerciseTally *last = NULL;

  for (guint i = 0; i < n_tallies; i++)
    if (g_strcmp0 (tallies[i].exercise_id, exercise_id) == 0)
      {
        /* An exercise planned twice fills its first place first. */
        if (tallies[i].sets_full < tallies[i].sets_planned)
          return &tallies[i];
        last = &tallies[i];
      }

  return last;
}

/**
 * patella_exercise_tally_add_records:
 * @tallies: the session's plan, in order
 * @records: (element-type PatellaSetRecord): the session's set records,
 *   in the order they ended (PatellaSessionSummary's sets)
 *
 * Adds each record to the planned exercise of its id (for an exercise
 * planned twice, to the first place not yet full). A set recorded twice
 * (the user went back to it) counts once, as it was last recorded.
 * Sets done in place of a swapped exercise (substituted) are left out:
 * the swap itself is what counts for the exercise it replaced, so set
 * swapped on that tally.
 */
void
patella_exercise_tally_add_records (PatellaExerciseTally *tallies,
                                    guint                 n_tallies,
                                    GPtrArray            *records)
{
  g_autoptr(GHashTable) seen = NULL;
  const char *run_id = NULL;

  g_return_if_fail (n_tallies == 0 || tallies != NULL);
  g_return_if_fail (records != NULL);

  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* Newest first, so the last recording of a set is the one kept. A set
   * is recorded again only within the same run of its exercise, so the
   * memory of sets seen starts afresh with each run: an exercise planned
   * twice keeps both. */
  for (guint i = records->len; i-- > 0;)
    {
      const PatellaSetRecord *record = g_ptr_array_index (records, i);
      PatellaExerciseTally *tally;
      char *key;

      if (record->substituted)
        continue;

      if (run_id == NULL || g_strcmp0 (run_id, record->exercise_id) != 0)
        g_hash_table_remove_all (seen);
      run_id = record->exercise_id;

      key = g_strdup_printf ("%s/%u/%d", record->exercise_id, record->set, (int) record->side);
      if (!g_hash_table_add (seen, key))
        continue;

      tally = tally_for (tallies, n_tallies, record->exercise_id);
      if (tally != NULL)
        patella_exercise_tally_add_record (tally, record);
    }
}

/**
 * patella_exercise_tally_get_result:
 *
 * Returns: swapped if the user swapped it, whatever was done before;
 *   done when every planned set was full; skipped when nothing was done;
 *   stopped early otherwise
 */
PatellaExerciseResult
patella_exercise_tally_get_result (const PatellaExerciseTally *tally)
{
  g_return_val_if_fail (tally != NULL, PATELLA_EXERCISE_RESULT_SKIPPED);

  if (tally->swapped)
    return PATELLA_EXERCISE_RESULT_SWAPPED;
  if (tally->sets_full >= tally->sets_planned && tally->sets_planned > 0)
    return PATELLA_EXERCISE_RESULT_DONE;
  if (tally->sets_full + tally->sets_short == 0)
    return PATELLA_EXERCISE_RESULT_SKIPPED;

  return PATELLA_EXERCISE_RESULT_STOPPED_EARLY;
}

/**
 * patella_session_outcome_compute:
 * @tallies: every planned exercise, in order, with its sets counted
 * @ran_to_end: the session reached its end (PatellaSessionSummary's
 *   completed), rather than being ended early or interrupted
 *
 * Returns: (transfer full): the outcome, with which exercises were
 *   swapped, stopped early and skipped
 */
PatellaSessionOutcome *
patella_session_outcome_compute (const PatellaExerciseTally *tallies,
                                 guint                       n_tallies,
                                 gboolean                    ran_to_end)
{
  g_autoptr(GStrvBuilder) swapped = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) stopped = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) skipped = g_strv_builder_new ();
  PatellaSessionOutcome *outcome;
  guint n_stopped = 0;

  g_return_val_if_fail (n_tallies == 0 || tallies != NULL, NULL);

  outcome = g_new0 (PatellaSessionOutcome, 1);

  for (guint i = 0; i < n_tallies; i++)
    {
      const char *name = tallies[i].name ? tallies[i].name : tallies[i].exercise_id;

      switch (patella_exercise_tally_get_result (&tallies[i]))
        {
        case PATELLA_EXERCISE_RESULT_DONE:
          outcome->n_done++;
          break;
        case PATELLA_EXERCISE_RESULT_SWAPPED:
          outcome->n_swapped++;
          g_strv_builder_add (swapped, name);
          break;
        case PATELLA_EXERCISE_RESULT_STOPPED_EARLY:
          n_stopped++;
          g_strv_builder_add (stopped, name);
          break;
        case PATELLA_EXERCISE_RESULT_SKIPPED:
        default:
          g_strv_builder_add (skipped, name);
          break;
        }
    }

  outcome->swapped = g_strv_builder_end (swapped);
  outcome->stopped_early = g_strv_builder_end (stopped);
  outcome->skipped = g_strv_builder_end (skipped);

  if (n_tallies > 0 && outcome->n_done + outcome->n_swapped == n_tallies)
    outcome->kind = PATELLA_SESSION_OUTCOME_COMPLETED;
  else if (!ran_to_end || outcome->n_done + outcome->n_swapped + n_stopped == 0)
    outcome->kind = PATELLA_SESSION_OUTCOME_ABANDONED;
  else
    outcome->kind = PATELLA_SESSION_OUTCOME_PARTIAL;

  return outcome;
}

PatellaSessionOutcome *
patella_session_outcome_copy (const PatellaSessionOutcome *outcome)
{
  PatellaSessionOutcome *copy;

  g_return_val_if_fail (outcome != NULL, NULL);

  copy = g_memdup2 (outcome, sizeof *outcome);
  copy->swapped = g_strdupv (outcome->swapped);
  copy->stopped_early = g_strdupv (outcome->stopped_early);
  copy->skipped = g_strdupv (outcome->skipped);
  return copy;
}

void
patella_session_outcome_free (PatellaSessionOutcome *outcome)
{
  if (outcome == NULL)
    return;

  g_strfreev (outcome->swapped);
  g_strfreev (outcome->stopped_early);
  g_strfreev (outcome->skipped);
  g_free (outcome);
}

/**
 * patella_session_outcome_get_title:
 *
 * Returns: the summary's heading, translated
 */
const char *
patella_session_outcome_get_title (const PatellaSessionOutcome *outcome)
{
  g_return_val_if_fail (outcome != NULL, NULL);

  switch (outcome->kind)
    {
    case PATELLA_SESSION_OUTCOME_COMPLETED:
      return _("Session complete");
    case PATELLA_SESSION_OUTCOME_PARTIAL:
      return _("Session partly done");
    case PATELLA_SESSION_OUTCOME_ABANDONED:
      return _("Session ended early");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Appends one sentence, "Skipped: Wall squat, Heel raise.", when there
 * are names to list. */
static void
append_sentence (GString    *text,
                 const char *sentence)
{
  if (text->len > 0)
    g_string_append_c (text, ' ');
  g_string_append (text, sentence);
}

static char *
join_names (GStrv names)
{
  if (names[0] == NULL)
    return NULL;

  /* Translators: the separator between exercise names in a list */
  return g_strjoinv (_(", "), names);
}

/**
 * patella_session_outcome_describe:
 *
 * Returns: (transfer full): which exercises were swapped, stopped early
 *   and skipped, in one or more sentences; "Every exercise done." when none
 */
char *
patella_session_outcome_describe (const PatellaSessionOutcome *outcome)
{
  g_autofree char *swapped = NULL;
  g_autofree char *stopped = NULL;
  g_autofree char *skipped = NULL;
  GString *text;

  g_return_val_if_fail (outcome != NULL, NULL);

  text = g_string_new (NULL);
  if ((swapped = join_names (outcome->swapped)) != NULL)
    {
      /* Translators: %s is a list of exercise names */
      g_autofree char *sentence = g_strdup_printf (_("Swapped: %s."), swapped);
      append_sentence (text, sentence);
    }
  if ((stopped = join_names (outcome->stopped_early)) != NULL)
    {
      /* Translators: %s is a list of exercise names */
      g_autofree char *sentence = g_strdup_printf (_("Stopped early: %s."), stopped);
      append_sentence (text, sentence);
    }
  if ((skipped = join_names (outcome->skipped)) != NULL)
    {
      /* Translators: %s is a list of exercise names */
      g_autofree char *sentence = g_strdup_printf (_("Skipped: %s."), skipped);
      append_sentence (text, sentence);
    }

  if (text->len == 0)
    g_string_append (text, _("Every exercise done."));

  return g_string_free (text, FALSE);
}
