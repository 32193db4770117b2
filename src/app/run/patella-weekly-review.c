/* patella-weekly-review.c: this week's dose proposals, read from the diary and the plan
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "patella-dose-step.h"
#include "patella-weekly-review.h"

/* A proposal is due once per program week from week 2 on: when none was
 * answered (accepted, edited or declined) since the week began. */
static gboolean
review_due (PatellaStore          *store,
            const PatellaDayPlan  *plan,
            const char            *exercise_id,
            gboolean              *due,
            GError               **error)
{
  const PatellaProgram *program = &plan->program->program;
  char week_start[PATELLA_LOCAL_DAY_LEN + 1];
  char last[PATELLA_LOCAL_DAY_LEN + 1];
  guint week = patella_program_get_week (program, plan->day);

  *due = FALSE;
  if (week < 2 || week > program->n_weeks)
    return TRUE;

  if (!patella_store_get_last_review_day (store, plan->program->id, exercise_id, last, error))
    return FALSE;

  patella_local_day_add_days (program->start_day, 7 * ((int) week - 1), week_start);
  *due = last[0] == '\0' || strcmp (last, week_start) < 0;

  return TRUE;
}

/* The diary's usual pain over the review window and the day after it, and
 * the warning signs logged in the week. A sign counts as confirmed once a
 * session was started on or after its day: starting one asks the user to
 * confirm the knee was checked (patella-warning-confirm.c). */
static gboolean
load_pain (PatellaStore  *store,
           const char    *first,
           const char    *today,
           GArray        *pain,
           PatellaWarningSign *signs,
           gboolean      *unconfirmed,
           GError       **error)
{
  g_autoptr(GPtrArray) entries = patella_store_list_pain (store, error);
  char last_sign[PATELLA_LOCAL_DAY_LEN + 1] = "";

  if (entries == NULL)
    return FALSE;

  *signs = 0;
  for (guint i = 0; i < entries->len; i++)
    {
      const PatellaPainEntry *entry = g_ptr_array_index (entries, i);
      PatellaSeriesPain p = { { 0 }, entry->usual, entry->worst };

      if (strcmp (entry->day, first) < 0 || strcmp (entry->day, today) > 0)
        continue;
      g_strlcpy (p.day, entry->day, sizeof p.day);
      g_array_append_val (pain, p);
      if (entry->signs != 0 && strcmp (entry->day, today) < 0)
        {
          *signs |= entry->signs;
          if (strcmp (entry->day, last_sign) > 0)
            g_strlcpy (last_sign, entry->day, sizeof last_sign);
        }
    }

  *unconfirmed = FALSE;
  if (last_sign[0] != '\0')
    {
      g_autoptr(GError) local_error = NULL;
      guint n = patella_store_count_session_days (store, last_sign, today, &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      *unconfirmed = n == 0;
    }

  return TRUE;
}

/**
 * patella_weekly_review_load:
 * @store: the diary
 * @plan: today's plan, with its program
 * @error: where a read failure is told
 *
 * Reviews each exercise of the plan that is due this week (see
 * patella_progression_review()) and keeps the proposals that would change
 * a dose: a hold changes nothing and is not offered. Nothing is applied.
 *
 * Returns: (transfer full) (element-type PatellaProposal): the proposals,
 *   in plan order, maybe none; %NULL on error
 */
GPtrArray *
patella_weekly_review_load (PatellaStore          *store,
                            const PatellaDayPlan  *plan,
                            GError               **error)
{
  g_autoptr(GPtrArray) proposals = g_ptr_array_new_with_free_func ((GDestroyNotify) patella_proposal_free);
  g_autoptr(GArray) pain = NULL;
  PatellaProgressionInput input = { 0 };
  char first[PATELLA_LOCAL_DAY_LEN + 1];
  char yesterday[PATELLA_LOCAL_DAY_LEN + 1];
  gboolean loaded = FALSE;

  g_return_val_if_fail (PATELLA_IS_STORE (store), NULL);
  g_return_val_if_fail (plan != NULL, NULL);

  if (plan->program == NULL)
    return g_steal_pointer (&proposals);

  patella_local_day_add_days (plan->day, -PATELLA_PROGRESSION_WEEK_DAYS, first);
  patella_local_day_add_days (plan->day, -1, yesterday);
  pain = g_array_new (FALSE, TRUE, sizeof (PatellaSeriesPain));

  for (guint i = 0; i < plan->items->len; i++)
    {
      const PatellaTimelineItem *item = &g_array_index (plan->items, PatellaTimelineItem, i);
      const char *id = patella_exercise_get_id (item->exercise);
      g_autoptr(PatellaProposal) proposal = NULL;
      g_autoptr(GArray) sessions = NULL;
      gboolean due;

      /* Raises standing in for a swapped-out wall squat are not in the plan. */
      if (!patella_dose_step_has_ladder (id) || (gint) i == plan->swapped_in)
        continue;
      if (!review_due (store, plan, id, &due, error))
        return NULL;
      if (!due)
        continue;

      if (!loaded)
        {
          if (!load_pain (store, first, plan->day, pain, &input.signs_logged,
                          &input.warning_unconfirmed, error))
            return NULL;
          loaded = TRUE;
        }

      sessions = patella_store_list_exercise_sessions (store, id, first, yesterday, error);
      if (sessions == NULL)
        return NULL;

      input.today = plan->day;
      input.sessions = (const PatellaExerciseSession *) sessions->data;
      input.n_sessions = sessions->len;
      input.pain = (const PatellaSeriesPain *) pain->data;
      input.n_pain = pain->len;
      proposal = patella_progression_review (item->exercise, item->dose, &input);
      if (proposal != NULL && patella_proposal_changes_dose (proposal))
        g_ptr_array_add (proposals, g_steal_pointer (&proposal));
    }

  return g_steal_pointer (&proposals);
}

/**
 * patella_weekly_review_answer:
 * @store: the diary
 * @plan: today's plan, with its program
 * @proposal: the proposal answered
 * @reason: accepted, edited or declined
 * @dose: (nullable): the dose for an edited proposal; ignored otherwise
 * @now: the user's local time
 * @error: where a bad dose or a write failure is told
 *
 * Stores the user's answer as a dose change: the proposed dose, the
 * user's own, or (declined) the dose unchanged. Either way the exercise is
 * not reviewed again this week.
 *
 * Returns: %FALSE on error
 */
gboolean
patella_weekly_review_answer (PatellaStore          *store,
                              const PatellaDayPlan  *plan,
                              const PatellaProposal *proposal,
                              PatellaDoseReason      reason,
                              const PatellaDose     *dose,
                              GDateTime             *now,
                              GError               **error)
{
  g_autofree char *note = NULL;

  g_return_val_if_fail (PATELLA_IS_STORE (store), FALSE);
  g_return_val_if_fail (plan != NULL && plan->program != NULL, FALSE);
  g_return_val_if_fail (proposal != NULL, FALSE);
  g_return_val_if_fail (reason == PATELLA_DOSE_REASON_PROPOSAL_ACCEPTED
                        || reason == PATELLA_DOSE_REASON_PROPOSAL_EDITED
                        || reason == PATELLA_DOSE_REASON_PROPOSAL_DECLINED, FALSE);

  if (reason == PATELLA_DOSE_REASON_PROPOSAL_ACCEPTED)
    dose = &proposal->new_dose;
  else if (reason == PATELLA_DOSE_REASON_PROPOSAL_DECLINED || dose == NULL)
    dose = &proposal->old_dose;

  note = g_strdup_printf ("%s\n%s", proposal->title, proposal->explanation);
  return patella_store_change_dose (store, plan->program->id, proposal->exercise_id, reason,
                                    dose, note, now, error);
}
