/* patella-store-plan.c: editing the plan, and the exercises the user defines
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "patella-catalogue.h"
#include "patella-store-plan.h"
#include "patella-store-private.h"

#define DOSE_COLUMNS \
  "sets, reps, until_tired, hold_s, tempo_up_s, tempo_pause_s, tempo_down_s," \
  " rest_s, switch_s, get_ready_s"

/* The longest name part of an id: "custom-" + 40 + "-99" fits in 64. */
#define SLUG_MAX 40

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID, message);
  return FALSE;
}

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);

  return found != NULL ? found->value_nick : NULL;
}

static gboolean
enum_from_nick (GType       type,
                const char *nick,
                int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = nick != NULL ? g_enum_get_value_by_nick (klass, nick) : NULL;

  if (found == NULL)
    return FALSE;
  *value = found->value;
  return TRUE;
}

static void
bind_dose (sqlite3_stmt      *stmt,
           int                first,
           const PatellaDose *dose)
{
  int values[] = {
    dose->sets, dose->reps, dose->until_tired ? 1 : 0, dose->hold_seconds,
    dose->tempo_up_seconds, dose->tempo_pause_seconds, dose->tempo_down_seconds,
    dose->rest_seconds, dose->switch_seconds, dose->get_ready_seconds,
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    sqlite3_bind_int (stmt, first + (int) i, values[i]);
}

static void
column_dose (sqlite3_stmt *stmt,
             int           first,
             PatellaDose  *dose)
{
  int *fields[] = {
    &dose->sets, &dose->reps, &dose->until_tired, &dose->hold_seconds,
    &dose->tempo_up_seconds, &dose->tempo_pause_seconds, &dose->tempo_down_seconds,
    &dose->rest_seconds, &dose->switch_seconds, &dose->get_ready_seconds,
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    *fields[i] = sqlite3_column_int (stmt, first + (int) i);
  dose->until_tired = dose->until_tired != 0;
}

/* "Step-downs on a box" -> "step-downs-on-a-box"; letters outside ASCII
 * are dropped, and a name with none left becomes "exercise". */
static char *
slug_for (const char *name)
{
  GString *slug = g_string_new (NULL);

  for (const char *p = name; *p != '\0' && slug->len < SLUG_MAX; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_append (slug, "exercise");

  return g_string_free (slug, FALSE);
}

static gboolean
custom_id_taken (PatellaStore *self,
                 const char   *id,
                 gboolean     *taken,
                 GError      **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  int rc;

  stmt = _patella_store_prepare (self, "SELECT 1 FROM custom_exercise WHERE exercise = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _patella_store_set_sqlite_error (error, rc, self->db, self->path);
      return FALSE;
    }
  *taken = rc == SQLITE_ROW;
  return TRUE;
}

/**
 * patella_store_define_exercise:
 * @self: a #PatellaStore
 * @name: what the user calls it, 1 to %PATELLA_EXERCISE_CUSTOM_NAME_MAX characters
 * @work: how a rep runs
 * @side_mode: which legs, in what order
 * @dose: its starting dose, valid for @work
 * @instructions: (nullable): the steps, one per line
 * @now: stamps the row
 * @error: where a bad value (in words naming the field) or a write failure is told
 *
 * Keeps an exercise the user defined and makes it known to the catalogue,
 * so it can join the plan and run in a session like any other. Its id is
 * made from the name ("custom-step-downs"), unique in this diary, and never
 * changes. It does not join the plan by itself.
 *
 * Returns: (transfer full) (nullable): the new exercise's id, %NULL on error
 */
char *
patella_store_define_exercise (PatellaStore      *self,
                               const char        *name,
                               PatellaWorkKind    work,
                               PatellaSideMode    side_mode,
                               const PatellaDose *dose,
                               const char        *instructions,
                               GDateTime         *now,
                               GError           **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  g_autoptr(PatellaExercise) exercise = NULL;
  g_autofree char *clean_name = NULL;
  g_autofree char *slug = NULL;
  g_autofree char *id = NULL;
  const char *work_nick = enum_nick (PATELLA_TYPE_WORK_KIND, (int) work);
  const char *sides_nick = enum_nick (PATELLA_TYPE_SIDE_MODE, (int) side_mode);

  g_return_val_if_fail (PATELLA_IS_STORE (self), NULL);
  g_return_val_if_fail (dose != NULL && now != NULL, NULL);
  g_return_val_if_fail (work_nick != NULL && sides_nick != NULL, NULL);

  if (!patella_exercise_validate_custom (name, instructions, error)
      || !patella_dose_validate (dose, work, error))
    return NULL;

  clean_name = g_strstrip (g_strdup (name));
  slug = slug_for (clean_name);
  if (!_patella_store_begin (self, error))
    return NULL;

  for (guint n = 1; id == NULL; n++)
    {
      g_autofree char *candidate = n == 1
        ? g_strconcat (PATELLA_EXERCISE_CUSTOM_PREFIX, slug, NULL)
        : g_strdup_printf (PATELLA_EXERCISE_CUSTOM_PREFIX "%s-%u", slug, n);
      gboolean taken = FALSE;

      if (!custom_id_taken (self, candidate, &taken, error))
        {
          _patella_store_rollback (self);
          return NULL;
        }
      if (!taken)
        id = g_steal_pointer (&candidate);
      else if (n >= 99)
        {
          _patella_store_rollback (self);
          invalid (error, _("There are too many exercises with this name; choose another."));
          return NULL;
        }
    }

  stmt = _patella_store_prepare (self,
                                 "INSERT INTO custom_exercise (exercise, name, work, sides,"
                                 "   instructions, " DOSE_COLUMNS ", created_us)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5,"
                                 "   ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                                 error);
  if (stmt == NULL)
    {
      _patella_store_rollback (self);
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, clean_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, work_nick, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, sides_nick, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, instructions != NULL ? instructions : "", -1, SQLITE_TRANSIENT);
  bind_dose (stmt, 6, dose);
  sqlite3_bind_int64 (stmt, 16, patella_store_usec (now));
  if (!_patella_store_step_done (self, stmt, error) || !_patella_store_commit (self, error))
    return NULL;

  exercise = patella_exercise_new_custom (id, clean_name, work, side_mode, dose, instructions);
  patella_catalogue_add_custom (patella_catalogue_get_default (), exercise);
  _patella_store_emit_changed (self, "custom_exercise");

  return g_steal_pointer (&id);
}

/* Makes every exercise this diary defines known to the catalogue. A row
 * the app could not have written is left out, with a debug message. */
gboolean
_patella_store_load_custom_exercises (PatellaStore  *self,
                                      GError       **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  int rc;

  stmt = _patella_store_prepare (self,
                                 "SELECT exercise, name, work, sides, instructions, " DOSE_COLUMNS
                                 " FROM custom_exercise ORDER BY id",
                                 error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(PatellaExercise) exercise = NULL;
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      const char *name = (const char *) sqlite3_column_text (stmt, 1);
      const char *instructions = (const char *) sqlite3_column_text (stmt, 4);
      PatellaDose dose = { 0 };
      int work = 0, sides = 0;

      column_dose (stmt, 5, &dose);
      if (!enum_from_nick (PATELLA_TYPE_WORK_KIND, (const char *) sqlite3_column_text (stmt, 2),
                           &work)
          || !enum_from_nick (PATELLA_TYPE_SIDE_MODE,
                              (const char *) sqlite3_column_text (stmt, 3), &sides)
          || !patella_exercise_validate_custom (name, instructions, NULL)
          || !patella_dose_validate (&dose, (PatellaWorkKind) work, NULL))
        {
          g_debug ("The diary's exercise “%s” is not valid; left out", id);
          continue;
        }
      exercise = patella_exercise_new_custom (id, name, (PatellaWorkKind) work,
                                              (PatellaSideMode) sides, &dose, instructions);
      patella_catalogue_add_custom (patella_catalogue_get_default (), exercise);
    }
  if (rc != SQLITE_DONE)
    {
      _patella_store_set_sqlite_error (error, rc, self->db, self->path);
      return FALSE;
    }

  return TRUE;
}

/**
 * patella_store_list_custom_exercises:
 * @self: a #PatellaStore
 * @error: where a read failure is told
 *
 * The exercises this diary defines that the catalogue knows, by name: what
 * the plan editor offers to add again after one was removed.
 *
 * Returns: (transfer full) (element-type PatellaExercise): the exercises,
 *   %NULL on error
 */
GPtrArray *
patella_store_list_custom_exercises (PatellaStore  *self,
                                     GError       **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  g_autoptr(GPtrArray) exercises = NULL;
  int rc;

  g_return_val_if_fail (PATELLA_IS_STORE (self), NULL);

  stmt = _patella_store_prepare (self,
                                 "SELECT exercise FROM custom_exercise ORDER BY name, exercise",
                                 error);
  if (stmt == NULL)
    return NULL;

  exercises = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PatellaExercise *exercise =
        patella_catalogue_lookup (patella_catalogue_get_default (),
                                  (const char *) sqlite3_column_text (stmt, 0));

      if (exercise != NULL)
        g_ptr_array_add (exercises, g_object_ref (exercise));
    }
  if (rc != SQLITE_DONE)
    {
      _patella_store_set_sqlite_error (error, rc, self->db, self->path);
      return NULL;
    }

  return g_steal_pointer (&exercises);
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
  bind_dose (stmt, 4, dose);
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

  if (!_patella_store_begin (self, error))
    return FALSE;
  plan = patella_store_list_plan (self, program_id, error);
  if (plan == NULL)
    {
      _patella_store_rollback (self);
      return FALSE;
    }
  order = g_ptr_array_new ();
  for (guint i = 0; i < plan->len; i++)
    g_ptr_array_add (order, (gpointer) g_array_index (plan, PatellaStorePlanItem, i).exercise_id);
  at = find_in (order, exercise_id);
  if (at < 0)
    return fail (self, error, PATELLA_STORE_ERROR_NOT_FOUND,
                 _("This exercise is not in the plan any more."));
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

  if (!_patella_store_begin (self, error))
    return FALSE;
  plan = patella_store_list_plan (self, program_id, error);
  if (plan == NULL)
    {
      _patella_store_rollback (self);
      return FALSE;
    }
  order = g_ptr_array_new ();
  for (guint i = 0; i < plan->len; i++)
    g_ptr_array_add (order, (gpointer) g_array_index (plan, PatellaStorePlanItem, i).exercise_id);
  at = find_in (order, exercise_id);
  if (at < 0)
    return fail (self, error, PATELLA_STORE_ERROR_NOT_FOUND,
                 _("This exercise is not in the plan any more."));
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
