/* patella-day-plan.c: what today holds: the program's week, the plan at its stored doses, what is done
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "patella-catalogue.h"
#include "patella-day-plan.h"
#include "patella-plan.h"

/**
 * patella_day_plan_default_items:
 *
 * The plan a new program starts with: the core exercises in session order,
 * each at its catalogue dose.
 *
 * Returns: (transfer full) (element-type PatellaStorePlanItem): the items
 */
GArray *
patella_day_plan_default_items (void)
{
  g_autoptr(GArray) fixed = patella_plan_get_today_items ();
  GArray *items = g_array_new (FALSE, TRUE, sizeof (PatellaStorePlanItem));

  for (guint i = 0; i < fixed->len; i++)
    {
      PatellaExercise *exercise = g_array_index (fixed, PatellaTimelineItem, i).exercise;
      PatellaStorePlanItem item = {
        patella_exercise_get_id (exercise), *patella_exercise_get_default_dose (exercise),
      };

      g_array_append_val (items, item);
    }

  return items;
}

/* The stored plan as timeline items. An exercise the catalogue no longer
 * knows is left out rather than failing the whole day. */
static void
load_items (PatellaDayPlan *self,
            GArray         *plan)
{
  PatellaCatalogue *catalogue = patella_catalogue_get_default ();

  for (guint i = 0; i < plan->len; i++)
    {
      const PatellaStorePlanItem *stored = &g_array_index (plan, PatellaStorePlanItem, i);
      PatellaExercise *exercise = patella_catalogue_lookup (catalogue, stored->exercise_id);
      PatellaTimelineItem item = { exercise, NULL };

      if (exercise == NULL)
        {
          g_debug ("The plan's “%s” is not in the catalogue; left out", stored->exercise_id);
          continue;
        }
      g_array_append_val (self->doses, stored->dose);
      g_array_append_val (self->items, item);
    }

  /* The doses array no longer grows: point each item at its dose. */
  for (guint i = 0; i < self->items->len; i++)
    g_array_index (self->items, PatellaTimelineItem, i).dose =
      &g_array_index (self->doses, PatellaDose, i);
}

static gint
find_item (PatellaDayPlan *self,
           const char     *exercise_id)
{
  for (guint i = 0; i < self->items->len; i++)
    if (g_str_equal (patella_exercise_get_id (g_array_index (self->items, PatellaTimelineItem,
                                                             i).exercise), exercise_id))
      return (gint) i;

  return -1;
}

/* While the wall squat is swapped out, straight-leg raises take its place.
 * A plan that already holds raises does them at its own dose and leaves
 * the squat out (a second raise item would share the store's set numbers,
 * and a doubled dose would become the base of the next proposal);
 * otherwise raises at the catalogue's dose stand in the squat's place,
 * marked so that no proposal is made for an exercise the plan lacks. */
static void
apply_swap (PatellaDayPlan *self)
{
  gint squat = find_item (self, PATELLA_DAY_PLAN_WALL_SQUAT);
  PatellaExercise *exercise;

  if (squat < 0)
    return;

  if (find_item (self, PATELLA_DAY_PLAN_STRAIGHT_LEG_RAISE) >= 0)
    {
      g_array_remove_index (self->items, squat);
      g_array_remove_index (self->doses, squat);
      for (guint i = 0; i < self->items->len; i++)
        g_array_index (self->items, PatellaTimelineItem, i).dose =
          &g_array_index (self->doses, PatellaDose, i);
      return;
    }

  exercise = patella_catalogue_lookup (patella_catalogue_get_default (),
                                       PATELLA_DAY_PLAN_STRAIGHT_LEG_RAISE);
  g_array_index (self->items, PatellaTimelineItem, squat).exercise = exercise;
  g_array_index (self->doses, PatellaDose, squat) = *patella_exercise_get_default_dose (exercise);
  self->swapped_in = squat;
}

/* A week without pain at the kneecap (no wall squat set with pain at the
 * swap's limit since the swap) and no warning sign in the last seven days:
 * core says whether to offer the wall squat back. */
static gboolean
load_swap_return (PatellaDayPlan  *self,
                  PatellaStore    *store,
                  GError         **error)
{
  g_autoptr(GDateTime) noon = NULL;
  PatellaWarningSign signs = 0;
  char last_pain[PATELLA_LOCAL_DAY_LEN + 1];
  int y, m, d;

  if (!patella_store_get_last_pain_day (store, PATELLA_DAY_PLAN_WALL_SQUAT,
                                        PATELLA_DAY_PLAN_KNEECAP_PAIN, self->swap->day,
                                        last_pain, error))
    return FALSE;

  if (sscanf (self->day, "%d-%d-%d", &y, &m, &d) != 3)
    return TRUE;
  noon = g_date_time_new_local (y, m, d, 12, 0, 0);
  if (!patella_store_get_recent_warning_signs (store, noon, 7, &signs, NULL, error))
    return FALSE;

  patella_progression_wall_squat_return (self->swap->day,
                                         last_pain[0] != '\0' ? last_pain : NULL,
                                         signs != 0, self->day, &self->swap_return);
  return TRUE;
}

static gboolean
load_swap (PatellaDayPlan  *self,
           PatellaStore    *store,
           GError         **error)
{
  g_autoptr(GError) local_error = NULL;

  self->swap = patella_store_get_swap (store, self->program->id, PATELLA_DAY_PLAN_WALL_SQUAT,
                                       &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (self->swap == NULL)
    return TRUE;

  apply_swap (self);
  return load_swap_return (self, store, error);
}

static gboolean
load_done (PatellaDayPlan  *self,
           PatellaStore    *store,
           GError         **error)
{
  g_autoptr(PatellaStoreSession) session = NULL;
  g_autoptr(GHashTable) exercises = NULL;
  g_autoptr(GArray) sets = NULL;
  g_autoptr(GError) local_error = NULL;

  session = patella_store_find_day_session (store, self->day, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (session == NULL)
    return TRUE;
  if (session->state != PATELLA_SESSION_STATE_COMPLETED
      && session->state != PATELLA_SESSION_STATE_PARTIAL)
    return TRUE;

  sets = patella_store_list_sets (store, session->id, error);
  if (sets == NULL)
    return FALSE;

  exercises = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < sets->len; i++)
    g_hash_table_add (exercises,
                      (gpointer) g_intern_string (g_array_index (sets, PatellaStoreSet, i)
                                                  .exercise_id));
  self->done_exercises = g_hash_table_size (exercises);
  self->done_sets = sets->len;
  self->done = g_steal_pointer (&session);

  return TRUE;
}

static gboolean
load_week (PatellaDayPlan  *self,
           PatellaStore    *store,
           GError         **error)
{
  const PatellaProgram *program = &self->program->program;
  char week_start[PATELLA_LOCAL_DAY_LEN + 1];
  g_autoptr(GError) local_error = NULL;
  guint week = patella_program_get_week (program, self->day);

  self->week_label = patella_program_format_week (program, self->day);
  self->training_day = patella_program_is_training_day (program, self->day);
  if (!patella_program_next_training_day (program, self->day, self->next_training_day))
    self->next_training_day[0] = '\0';

  self->planned_this_week = patella_program_planned_in_week (program, self->day);
  if (week == 0 || self->planned_this_week == 0)
    return TRUE;

  patella_local_day_add_days (program->start_day, 7 * ((int) week - 1), week_start);
  self->done_this_week = patella_store_count_session_days (store, week_start, self->day,
                                                           &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/**
 * patella_day_plan_load:
 * @store: the diary
 * @day: the local day, from #PatellaToday (never the real clock)
 * @error: where a read failure is told
 *
 * Reads everything Today shows about @day and the plan a session started
 * now runs: the stored plan's exercises at their current doses (accepted
 * proposals included), or the fixed plan when no program was started.
 * While the program's wall squat is swapped out (patella_store_start_swap()),
 * straight-leg raises take its place and @swap says since when; after a
 * week without kneecap pain, @swap_return says why to bring it back.
 *
 * Returns: (transfer full) (nullable): the day's plan, %NULL on error
 */
PatellaDayPlan *
patella_day_plan_load (PatellaStore  *store,
                       const char    *day,
                       GError       **error)
{
  g_autoptr(PatellaDayPlan) self = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PATELLA_IS_STORE (store), NULL);
  g_return_val_if_fail (patella_local_day_is_valid (day), NULL);

  self = g_new0 (PatellaDayPlan, 1);
  g_strlcpy (self->day, day, sizeof self->day);
  self->items = g_array_new (FALSE, TRUE, sizeof (PatellaTimelineItem));
  self->doses = g_array_new (FALSE, TRUE, sizeof (PatellaDose));
  self->swapped_in = -1;

  self->program = patella_store_get_program (store, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (self->program != NULL)
    {
      g_autoptr(GArray) plan = patella_store_list_plan (store, self->program->id, error);

      if (plan == NULL || !load_week (self, store, error))
        return NULL;
      load_items (self, plan);
      if (!load_swap (self, store, error))
        return NULL;
    }

  if (self->items->len == 0)
    {
      g_autoptr(GArray) fixed = patella_plan_get_today_items ();

      g_array_append_vals (self->items, fixed->data, fixed->len);
      if (self->program == NULL)
        self->training_day = TRUE;
    }

  if (!load_done (self, store, error))
    return NULL;

  self->unfinished = patella_store_find_in_progress (store, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * patella_day_plan_free:
 * @self: (nullable): a #PatellaDayPlan
 */
void
patella_day_plan_free (PatellaDayPlan *self)
{
  if (self == NULL)
    return;

  g_free (self->program);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->doses, g_array_unref);
  g_free (self->week_label);
  g_clear_pointer (&self->done, patella_store_session_free);
  g_clear_pointer (&self->unfinished, patella_store_session_free);
  g_free (self->swap);
  g_free (self->swap_return);
  g_free (self);
}
