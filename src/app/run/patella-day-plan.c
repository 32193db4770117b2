/* patella-day-plan.c: what today holds: the program's week, the plan at its stored doses, what is done
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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
  g_free (self);
}
