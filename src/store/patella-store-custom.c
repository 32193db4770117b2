/* patella-store-custom.c: the exercises the user defines, kept and made known to the catalogue
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
  _patella_store_bind_dose (stmt, 6, dose);
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

      _patella_store_column_dose (stmt, 5, &dose);
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
