/* patella-store-plan.c: editing the plan: exercises added, removed and moved
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-catalogue.h"
#include "patella-store-plan.h"
#include "patella-store-private.h"

#define DOSE_COLUMNS \
  "sets, reps, until_tired, hold_s, tempo_up_s, tempo_pause_s, tempo_down_s," \
  " rest_s, switch_s, get_ready_s"

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* The plan's exercises in order, read inside the caller's transaction. */
static GPtrArray *
plan_order (PatellaStore  *self,
            gint64         program_id,
            GError       **error)
{
  g_autoptr(GArray) plan = patella_store_list_plan (self, program_id, error);
  GPtrArray *order;

  if (plan == NULL)
    return NULL;

  order = g_ptr_array_new ();
  for (guint i = 0; i < plan->len; i++)
    g_ptr_array_add (order, (gpointer) g_array_index (plan, PatellaStorePlanItem, i).exercise_id);

  return order;
}

/* Writes positions 0, 1, 2 ... in @order. */
static gboolean
renumber (PatellaStore  *self,
          gint64         program_id,
          GPtrArray     *order,
          GError       **error)
{
  for (guint i = 0; i < order->len; i++)
    {
      g_autoptr(PatellaStmt) stmt = NULL;

      stmt = _patella_store_prepare (self,
                                     "UPDATE plan_exercise SET position = ?3"
                                     " WHERE program_id = ?1 AND exercise = ?2",
                                     error);
      if (stmt == NULL)
        {
          _patella_store_rollback (self);
          return FALSE;
        }
      sqlite3_bind_int64 (stmt, 1, program_id);
      sqlite3_bind_text (stmt, 2, g_ptr_array_index (order, i), -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, (int) i);
      if (!_patella_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
fail (PatellaStore  *self,
      GError       **error,
      int            code,
      const char    *message)
{
  _patella_store_rollback (self);
  g_set_error_literal (error, PATELLA_STORE_ERROR, code, message);
  return FALSE;
}

static int
find_in (GPtrArray  *order,
         const char *exercise_id)
{
  for (guint i = 0; i < order->len; i++)
    if (g_str_equal (g_ptr_array_index (order, i), exercise_id))
      return (int) i;
  return -1;
}

static gboolean
record (PatellaStore      *self,
        gint64             program_id,
        const char        *exercise_id,
        PatellaPlanEvent   event,
        const PatellaDose *dose,
        GDateTime         *now,
        GError           **error)
{
  char day[PATELLA_LOCAL_DAY_LEN + 1];

  patella_local_day_from_date_time (now, day);
  return _patella_store_insert_dose_change (self, program_id, exercise_id, day,
                                            patella_store_usec (now),
                                            PATELLA_DOSE_REASON_USER_EDIT, event, dose, NULL,
                                            error);
}

/**
 * patella_store_add_to_plan:
 * @self: a #PatellaStore
 * @program_id: the program
 * @exercise_id: an exercise of the catalogue, or one the user defined
 * @dose: (nullable): its dose, or %NULL for the exercise's default
 * @position: where it goes (0 first); -1 or past the end: last
 * @now: the user's local time: the change's day and instant
 * @error: where an unknown exercise, a bad dose, a full plan or a write
 *   failure is told
 *
 * Adds an exercise to the plan and records it as a `user-edit` dose change
 * ("added"), in one transaction. Also how a removal is undone.
 *
 * Returns: %FALSE on error
 */
gboolean
patella_store_add_to_plan (PatellaStore      *self,
                           gint64             program_id,
                           const char        *exercise_id,
                           const PatellaDose *dose,
                           int                position,
                           GDateTime         *now,
                           GError           **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  g_autoptr(GPtrArray) order = NULL;
  PatellaExercise *exercise;

  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);
  g_return_val_if_fail (exercise_id != NULL && now != NULL, FALSE);

  exercise = patella_catalogue_lookup (patella_catalogue_get_default (), exercise_id);
  if (exercise == NULL)
    return invalid (error, _("Patella does not know this exercise."));
  if (dose == NULL)
    dose = patella_exercise_get_default_dose (exercise);
  if (!patella_exercise_validate_dose (exercise, dose, error))
    return FALSE;

  if (!_patella_store_begin (self, error))
    return FALSE;
  order = plan_order (self, program_id, error);
  if (order == NULL)
    {
      _patella_store_rollback (self);
      return FALSE;
    }
  if (find_in (order, exercise_id) >= 0)
    return fail (self, error, PATELLA_STORE_ERROR_INVALID,
                 _("This exercise is already in the plan."));
  if (order->len >= PATELLA_STORE_PLAN_MAX)
    return fail (self, error, PATELLA_STORE_ERROR_INVALID,
                 _("The plan is full: it holds at most 100 exercises."));

  stmt = _patella_store_prepare (self,
                                 "INSERT INTO plan_exercise (program_id, exercise, position, "
                                 DOSE_COLUMNS ") SELECT ?1, ?2, ?3,"
                                 "   ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13"
                                 " FROM program WHERE id = ?1",
                                 error);
  if (stmt == NULL)
    {
      _patella_store_rollback (self);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, program_id);
  sqlite3_bind_text (stmt, 2, exercise_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, (int) order->len);
  _patella_store_bind_dose (stmt, 4, dose);
  if (!_patella_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) != 1)
    return fail (self, error, PATELLA_STORE_ERROR_NOT_FOUND,
                 _("The program was not found; set it up again from Preferences."));

  if (position < 0 || (guint) position > order->len)
    position = (int) order->len;
  g_ptr_array_insert (order, position, (gpointer) exercise_id);
  if (!renumber (self, program_id, order, error)
      || !record (self, program_id, exercise_id, PATELLA_PLAN_EVENT_ADDED, dose, now, error)
      || !_patella_store_commit (self, error))
    return FALSE;

  _patella_store_emit_changed (self, "program");
  return TRUE;
}

/* Begins the write and reads the plan; *at is where @exercise_id is.
 * Returns the plan, or %NULL (rolled back) on error or when it is not in
 * the plan. */
static GArray *
begin_with_exercise (PatellaStore  *self,
                     gint64         program_id,
                     const char    *exercise_id,
                     GPtrArray    **order,
                     int           *at,
                     GError       **error)
{
  g_autoptr(GArray) plan = NULL;

  if (!_patella_store_begin (self, error))
    return NULL;
  plan = patella_store_list_plan (self, program_id, error);
  if (plan == NULL)
    {
      _patella_store_rollback (self);
      return NULL;
    }
  *order = g_ptr_array_new ();
  for (guint i = 0; i < plan->len; i++)
    g_ptr_array_add (*order, (gpointer) g_array_index (plan, PatellaStorePlanItem, i).exercise_id);
  *at = find_in (*order, exercise_id);
  if (*at < 0)
    {
      g_clear_pointer (order, g_ptr_array_unref);
      fail (self, error, PATELLA_STORE_ERROR_NOT_FOUND,
            _("This exercise is not in the plan any more."));
      return NULL;
    }

  return g_steal_pointer (&plan);
}

/**
 * patella_store_remove_from_plan:
 * @self: a #PatellaStore
 * @program_id: the program
 * @exercise_id: an exercise of its plan
 * @now: the user's local time: the change's day and instant
 * @error: where a missing exercise, the plan's last one, or a write failure is told
 *
 * Takes an exercise out of the plan and records it as a `user-edit` dose
 * change ("removed", with its last dose, so the removal can be undone with
 * patella_store_add_to_plan()). Its sets stay in the diary. The last
 * exercise of a plan cannot be removed.
 *
 * Returns: %FALSE on error
 */
gboolean
patella_store_remove_from_plan (PatellaStore  *self,
                                gint64         program_id,
                                const char    *exercise_id,
                                GDateTime     *now,
                                GError       **error)
{
  g_autoptr(GArray) plan = NULL;
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(PatellaStmt) stmt = NULL;
  PatellaDose dose = { 0 };
  int at;

  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);
  g_return_val_if_fail (exercise_id != NULL && now != NULL, FALSE);

  plan = begin_with_exercise (self, program_id, exercise_id, &order, &at, error);
  if (plan == NULL)
    return FALSE;
  if (order->len == 1)
    return fail (self, error, PATELLA_STORE_ERROR_INVALID,
                 _("A plan needs at least one exercise: add another before removing this one."));
  dose = g_array_index (plan, PatellaStorePlanItem, at).dose;

  stmt = _patella_store_prepare (self,
                                 "DELETE FROM plan_exercise WHERE program_id = ?1 AND exercise = ?2",
                                 error);
  if (stmt == NULL)
    {
      _patella_store_rollback (self);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, program_id);
  sqlite3_bind_text (stmt, 2, exercise_id, -1, SQLITE_TRANSIENT);
  if (!_patella_store_step_done (self, stmt, error))
    return FALSE;

  g_ptr_array_remove_index (order, (guint) at);
  if (!renumber (self, program_id, order, error)
      || !record (self, program_id, exercise_id, PATELLA_PLAN_EVENT_REMOVED, &dose, now, error)
      || !_patella_store_commit (self, error))
    return FALSE;

  _patella_store_emit_changed (self, "program");
  return TRUE;
}

/**
 * patella_store_move_in_plan:
 * @self: a #PatellaStore
 * @program_id: the program
 * @exercise_id: an exercise of its plan
 * @position: its new place, 0 first; past the end means last
 * @now: the user's local time: the change's day and instant
 * @error: where a missing exercise or a write failure is told
 *
 * Moves an exercise in the session order and records it as a `user-edit`
 * dose change ("moved", dose unchanged). Moving to where it is already
 * changes and records nothing.
 *
 * Returns: %FALSE on error
 */
gboolean
patella_store_move_in_plan (PatellaStore  *self,
                            gint64         program_id,
                            const char    *exercise_id,
                            int            position,
                            GDateTime     *now,
                            GError       **error)
{
  g_autoptr(GArray) plan = NULL;
  g_autoptr(GPtrArray) order = NULL;
  PatellaDose dose;
  gpointer moving;
  int at;

  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);
  g_return_val_if_fail (exercise_id != NULL && now != NULL && position >= 0, FALSE);

  plan = begin_with_exercise (self, program_id, exercise_id, &order, &at, error);
  if (plan == NULL)
    return FALSE;
  if ((guint) position >= order->len)
    position = (int) order->len - 1;
  if (position == at)
    {
      _patella_store_rollback (self);
      return TRUE;
    }
  dose = g_array_index (plan, PatellaStorePlanItem, at).dose;

  moving = g_ptr_array_steal_index (order, (guint) at);
  g_ptr_array_insert (order, position, moving);
  if (!renumber (self, program_id, order, error)
      || !record (self, program_id, exercise_id, PATELLA_PLAN_EVENT_MOVED, &dose, now, error)
      || !_patella_store_commit (self, error))
    return FALSE;

  _patella_store_emit_changed (self, "program");
  return TRUE;
}
