/* patella-store-program.c: the program, its plan and the history of its doses
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "patella-catalogue.h"
#include "patella-store-private.h"
#include "patella-store-program.h"

static const char * const reason_names[] = {
  "start", "proposal-accepted", "proposal-edited", "proposal-declined", "swap", "user-edit",
};

#define DOSE_COLUMNS \
  "sets, reps, until_tired, hold_s, tempo_up_s, tempo_pause_s, tempo_down_s," \
  " rest_s, switch_s, get_ready_s"

/**
 * patella_dose_reason_to_string:
 * @reason: a #PatellaDoseReason
 *
 * Returns: the name stored in the database, such as "proposal-accepted"
 */
const char *
patella_dose_reason_to_string (PatellaDoseReason reason)
{
  g_return_val_if_fail ((guint) reason < G_N_ELEMENTS (reason_names), NULL);

  return reason_names[reason];
}

static gboolean
reason_from_string (const char        *text,
                    PatellaDoseReason *reason)
{
  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (reason_names); i++)
    if (g_str_equal (text, reason_names[i]))
      {
        *reason = (PatellaDoseReason) i;
        return TRUE;
      }

  return FALSE;
}

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* Binds the ten dose fields from @first on, in DOSE_COLUMNS order. */
void
_patella_store_bind_dose (sqlite3_stmt      *stmt,
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

/* Reads them back, from result column @first on. */
void
_patella_store_column_dose (sqlite3_stmt *stmt,
                            int           first,
                            PatellaDose  *dose)
{
  dose->sets = sqlite3_column_int (stmt, first);
  dose->reps = sqlite3_column_int (stmt, first + 1);
  dose->until_tired = sqlite3_column_int (stmt, first + 2) != 0;
  dose->hold_seconds = sqlite3_column_int (stmt, first + 3);
  dose->tempo_up_seconds = sqlite3_column_int (stmt, first + 4);
  dose->tempo_pause_seconds = sqlite3_column_int (stmt, first + 5);
  dose->tempo_down_seconds = sqlite3_column_int (stmt, first + 6);
  dose->rest_seconds = sqlite3_column_int (stmt, first + 7);
  dose->switch_seconds = sqlite3_column_int (stmt, first + 8);
  dose->get_ready_seconds = sqlite3_column_int (stmt, first + 9);
}

/* A known exercise's dose must suit its kind of work; an exercise the
 * catalogue does not know is held to the table's limits alone. */
static gboolean
validate_item (const char        *exercise_id,
               const PatellaDose *dose,
               GError           **error)
{
  PatellaExercise *exercise;

  if (exercise_id == NULL || *exercise_id == '\0' || strlen (exercise_id) > 64)
    return invalid (error, _("An exercise in the plan has no name."));

  exercise = patella_catalogue_lookup (patella_catalogue_get_default (), exercise_id);
  if (exercise != NULL)
    return patella_exercise_validate_dose (exercise, dose, error);

  return TRUE;
}

static gboolean
reminder_ok (int minute)
{
  return minute == PATELLA_STORE_NO_REMINDER || (minute >= 0 && minute < 24 * 60);
}

/**
 * patella_store_get_program:
 * @self: a #PatellaStore
 * @error: where a read failure is told
 *
 * The current program: the one started last.
 *
 * Returns: (transfer full) (nullable): the program (free with g_free()), or
 *   %NULL without an error when none was ever started
 */
PatellaStoreProgram *
patella_store_get_program (PatellaStore  *self,
                           GError       **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  PatellaStoreProgram *result;
  int rc;

  g_return_val_if_fail (PATELLA_IS_STORE (self), NULL);

  stmt = _patella_store_prepare (self,
                                 "SELECT id, start_day, n_weeks, training_days, reminder_min,"
                                 "   created_us"
                                 " FROM program ORDER BY created_us DESC, id DESC LIMIT 1",
                                 error);
  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc != SQLITE_DONE)
        _patella_store_set_sqlite_error (error, rc, self->db, self->path);
      return NULL;
    }

  result = g_new0 (PatellaStoreProgram, 1);
  result->id = sqlite3_column_int64 (stmt, 0);
  g_strlcpy (result->program.start_day, (const char *) sqlite3_column_text (stmt, 1),
             sizeof result->program.start_day);
  result->program.n_weeks = (guint) sqlite3_column_int (stmt, 2);
  result->program.training_days = (PatellaWeekdays) sqlite3_column_int (stmt, 3);
  result->reminder_minute = sqlite3_column_type (stmt, 4) == SQLITE_NULL
                              ? PATELLA_STORE_NO_REMINDER
                              : sqlite3_column_int (stmt, 4);
  result->created_us = sqlite3_column_int64 (stmt, 5);

  return result;
}

static void
bind_reminder (sqlite3_stmt *stmt,
               int           index,
               int           minute)
{
  if (minute == PATELLA_STORE_NO_REMINDER)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int (stmt, index, minute);
}

static const char * const event_names[] = { "dose", "added", "removed", "moved" };

/* The change's instant is at least a microsecond after the exercise's
 * last one, so (program, exercise, instant) stays a key even when two
 * changes come within the same microsecond or the clock steps back. */
gboolean
_patella_store_insert_dose_change (PatellaStore      *self,
                                   gint64             program_id,
                                   const char        *exercise_id,
                                   const char        *day,
                                   gint64             recorded_us,
                                   PatellaDoseReason  reason,
                                   PatellaPlanEvent   event,
                                   const PatellaDose *dose,
                                   const char        *note,
                                   GError           **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;

  stmt = _patella_store_prepare (self,
                                 "INSERT INTO dose_change (program_id, exercise, day, recorded_us,"
                                 "   reason, note, event, " DOSE_COLUMNS ")"
                                 " VALUES (?1, ?2, ?3, max (?4, coalesce ((SELECT max (recorded_us)"
                                 "   + 1 FROM dose_change WHERE program_id = ?1 AND exercise = ?2),"
                                 "   0)), ?5, ?6, ?17,"
                                 "   ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                                 error);
  if (stmt == NULL)
    {
      _patella_store_rollback (self);
      return FALSE;
    }

  sqlite3_bind_int64 (stmt, 1, program_id);
  sqlite3_bind_text (stmt, 2, exercise_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, recorded_us);
  sqlite3_bind_text (stmt, 5, reason_names[reason], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, note != NULL ? note : "", -1, SQLITE_TRANSIENT);
  _patella_store_bind_dose (stmt, 7, dose);
  sqlite3_bind_text (stmt, 17, event_names[event], -1, SQLITE_STATIC);

  return _patella_store_step_done (self, stmt, error);
}

/**
 * patella_store_start_program:
 * @self: a #PatellaStore
 * @program: the start day, length and training days
 * @reminder_minute: minutes after local midnight, or %PATELLA_STORE_NO_REMINDER
 * @items: (array length=n_items): the plan's exercises in session order
 * @n_items: how many, 1 to 100
 * @now: the user's local time, which stamps the rows
 * @error: where a bad value or a write failure is told
 *
 * Starts the program, or starts it again: a new program row, its plan, and
 * a "start" dose change per exercise, all in one transaction. Earlier
 * programs and their history are kept.
 *
 * Returns: the new program's id, or 0 on error
 */
gint64
patella_store_start_program (PatellaStore               *self,
                             const PatellaProgram       *program,
                             int                         reminder_minute,
                             const PatellaStorePlanItem *items,
                             guint                       n_items,
                             GDateTime                  *now,
                             GError                    **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  gint64 created_us;
  gint64 id;

  g_return_val_if_fail (PATELLA_IS_STORE (self), 0);
  g_return_val_if_fail (program != NULL, 0);
  g_return_val_if_fail (items != NULL || n_items == 0, 0);
  g_return_val_if_fail (now != NULL, 0);

  if (!patella_program_validate (program, error))
    return 0;
  if (!reminder_ok (reminder_minute))
    {
      invalid (error, _("A reminder time must be between 00:00 and 23:59."));
      return 0;
    }
  if (n_items == 0 || n_items > 100)
    {
      invalid (error, _("A plan needs between 1 and 100 exercises."));
      return 0;
    }
  for (guint i = 0; i < n_items; i++)
    if (!validate_item (items[i].exercise_id, &items[i].dose, error))
      return 0;

  created_us = patella_store_usec (now);
  if (!_patella_store_begin (self, error))
    return 0;

  stmt = _patella_store_prepare (self,
                                 "INSERT INTO program (start_day, n_weeks, training_days,"
                                 "   reminder_min, created_us) VALUES (?1, ?2, ?3, ?4,"
                                 "   max (?5, coalesce ((SELECT max (created_us) + 1"
                                 "     FROM program), 0)))",
                                 error);
  if (stmt == NULL)
    {
      _patella_store_rollback (self);
      return 0;
    }
  sqlite3_bind_text (stmt, 1, program->start_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, (int) program->n_weeks);
  sqlite3_bind_int (stmt, 3, (int) program->training_days);
  bind_reminder (stmt, 4, reminder_minute);
  sqlite3_bind_int64 (stmt, 5, created_us);
  if (!_patella_store_step_done (self, stmt, error))
    return 0;
  id = sqlite3_last_insert_rowid (self->db);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PatellaStmt) item = NULL;

      item = _patella_store_prepare (self,
                                     "INSERT INTO plan_exercise (program_id, exercise, position, "
                                     DOSE_COLUMNS ")"
                                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                                     "   ?13)",
                                     error);
      if (item == NULL)
        {
          _patella_store_rollback (self);
          return 0;
        }
      sqlite3_bind_int64 (item, 1, id);
      sqlite3_bind_text (item, 2, items[i].exercise_id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (item, 3, (int) i);
      _patella_store_bind_dose (item, 4, &items[i].dose);
      if (!_patella_store_step_done (self, item, error))
        return 0;

      if (!_patella_store_insert_dose_change (self, id, items[i].exercise_id,
                                              program->start_day, created_us,
                                              PATELLA_DOSE_REASON_START, PATELLA_PLAN_EVENT_ADDED,
                                              &items[i].dose, NULL, error))
        return 0;
    }

  if (!_patella_store_commit (self, error))
    return 0;

  _patella_store_emit_changed (self, "program");
  return id;
}

/**
 * patella_store_set_program_schedule:
 * @self: a #PatellaStore
 * @program_id: the program
 * @training_days: the weekdays to train on, at least one
 * @reminder_minute: minutes after local midnight, or %PATELLA_STORE_NO_REMINDER
 * @error: where a bad value or a write failure is told
 *
 * Changes when the program trains and reminds, without restarting it.
 *
 * Returns: %FALSE on error
 */
gboolean
patella_store_set_program_schedule (PatellaStore    *self,
                                    gint64           program_id,
                                    PatellaWeekdays  training_days,
                                    int              reminder_minute,
                                    GError         **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;

  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);

  if ((training_days & PATELLA_WEEKDAYS_ALL) == 0 || (training_days & ~PATELLA_WEEKDAYS_ALL))
    return invalid (error, _("Choose at least one day of the week to train on."));
  if (!reminder_ok (reminder_minute))
    return invalid (error, _("A reminder time must be between 00:00 and 23:59."));

  if (!_patella_store_begin (self, error))
    return FALSE;

  stmt = _patella_store_prepare (self,
                                 "UPDATE program SET training_days = ?2, reminder_min = ?3"
                                 " WHERE id = ?1",
                                 error);
  if (stmt == NULL)
    {
      _patella_store_rollback (self);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, program_id);
  sqlite3_bind_int (stmt, 2, (int) training_days);
  bind_reminder (stmt, 3, reminder_minute);
  if (!_patella_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) != 1)
    {
      _patella_store_rollback (self);
      _patella_store_set_file_error (error, PATELLA_STORE_ERROR_NOT_FOUND, self->path);
      return FALSE;
    }

  if (!_patella_store_commit (self, error))
    return FALSE;

  _patella_store_emit_changed (self, "program");
  return TRUE;
}

/**
 * patella_store_list_plan:
 * @self: a #PatellaStore
 * @program_id: the program
 * @error: where a read failure is told
 *
 * Returns: (transfer full) (element-type PatellaStorePlanItem): the plan in
 *   session order, each exercise at its current dose; %NULL on error
 */
GArray *
patella_store_list_plan (PatellaStore  *self,
                         gint64         program_id,
                         GError       **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  g_autoptr(GArray) items = NULL;
  int rc;

  g_return_val_if_fail (PATELLA_IS_STORE (self), NULL);

  stmt = _patella_store_prepare (self,
                                 "SELECT exercise, " DOSE_COLUMNS " FROM plan_exercise"
                                 " WHERE program_id = ?1 ORDER BY position, id",
                                 error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, program_id);
  items = g_array_new (FALSE, TRUE, sizeof (PatellaStorePlanItem));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PatellaStorePlanItem item = { 0 };

      item.exercise_id = g_intern_string ((const char *) sqlite3_column_text (stmt, 0));
      _patella_store_column_dose (stmt, 1, &item.dose);
      g_array_append_val (items, item);
    }
  if (rc != SQLITE_DONE)
    {
      _patella_store_set_sqlite_error (error, rc, self->db, self->path);
      return NULL;
    }

  return g_steal_pointer (&items);
}

/**
 * patella_store_change_dose:
 * @self: a #PatellaStore
 * @program_id: the program
 * @exercise_id: an exercise of its plan
 * @reason: why
 * @dose: the dose from today on; for a declined proposal, the unchanged dose
 * @note: (nullable): the words the user was shown, kept with the change
 * @now: the user's local time: its day is the change's day
 * @error: where a bad dose or a write failure is told
 *
 * Sets an exercise's plan dose and records the change with its day and
 * reason, in one transaction. A declined proposal is recorded the same way
 * (the dose stays), so the weekly review knows it was answered.
 *
 * Returns: %FALSE on error
 */
gboolean
patella_store_change_dose (PatellaStore      *self,
                           gint64             program_id,
                           const char        *exercise_id,
                           PatellaDoseReason  reason,
                           const PatellaDose *dose,
                           const char        *note,
                           GDateTime         *now,
                           GError           **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  char day[PATELLA_LOCAL_DAY_LEN + 1];

  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);
  g_return_val_if_fail ((guint) reason < G_N_ELEMENTS (reason_names), FALSE);
  g_return_val_if_fail (dose != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (!validate_item (exercise_id, dose, error))
    return FALSE;
  if (note != NULL && (strlen (note) > 4000 || !g_utf8_validate (note, -1, NULL)))
    return invalid (error, _("The note is too long or holds unreadable characters."));

  patella_local_day_from_date_time (now, day);
  if (!_patella_store_begin (self, error))
    return FALSE;

  stmt = _patella_store_prepare (self,
                                 "UPDATE plan_exercise SET sets = ?3, reps = ?4, until_tired = ?5,"
                                 "   hold_s = ?6, tempo_up_s = ?7, tempo_pause_s = ?8,"
                                 "   tempo_down_s = ?9, rest_s = ?10, switch_s = ?11,"
                                 "   get_ready_s = ?12"
                                 " WHERE program_id = ?1 AND exercise = ?2",
                                 error);
  if (stmt == NULL)
    {
      _patella_store_rollback (self);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, program_id);
  sqlite3_bind_text (stmt, 2, exercise_id, -1, SQLITE_TRANSIENT);
  _patella_store_bind_dose (stmt, 3, dose);
  if (!_patella_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) != 1)
    {
      _patella_store_rollback (self);
      g_set_error_literal (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_NOT_FOUND,
                           _("This exercise is not in the plan any more."));
      return FALSE;
    }

  if (!_patella_store_insert_dose_change (self, program_id, exercise_id, day,
                                          patella_store_usec (now), reason,
                                          PATELLA_PLAN_EVENT_DOSE, dose, note, error))
    return FALSE;

  if (!_patella_store_commit (self, error))
    return FALSE;

  _patella_store_emit_changed (self, "program");
  return TRUE;
}

/**
 * patella_store_list_dose_changes:
 * @self: a #PatellaStore
 * @program_id: the program
 * @exercise_id: (nullable): one exercise, or %NULL for all
 * @error: where a read failure is told
 *
 * Returns: (transfer full) (element-type PatellaStoreDoseChange): the
 *   changes, oldest first; %NULL on error
 */
GArray *
patella_store_list_dose_changes (PatellaStore  *self,
                                 gint64         program_id,
                                 const char    *exercise_id,
                                 GError       **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  g_autoptr(GArray) changes = NULL;
  int rc;

  g_return_val_if_fail (PATELLA_IS_STORE (self), NULL);

  stmt = _patella_store_prepare (self,
                                 "SELECT id, exercise, day, recorded_us, reason, " DOSE_COLUMNS
                                 ", event FROM dose_change"
                                 " WHERE program_id = ?1 AND (?2 IS NULL OR exercise = ?2)"
                                 " ORDER BY recorded_us, id",
                                 error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, program_id);
  if (exercise_id != NULL)
    sqlite3_bind_text (stmt, 2, exercise_id, -1, SQLITE_TRANSIENT);
  changes = g_array_new (FALSE, TRUE, sizeof (PatellaStoreDoseChange));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PatellaStoreDoseChange change = { 0 };

      change.id = sqlite3_column_int64 (stmt, 0);
      change.exercise_id = g_intern_string ((const char *) sqlite3_column_text (stmt, 1));
      g_strlcpy (change.day, (const char *) sqlite3_column_text (stmt, 2), sizeof change.day);
      change.recorded_us = sqlite3_column_int64 (stmt, 3);
      if (!reason_from_string ((const char *) sqlite3_column_text (stmt, 4), &change.reason))
        change.reason = PATELLA_DOSE_REASON_USER_EDIT;
      _patella_store_column_dose (stmt, 5, &change.dose);
      change.event = PATELLA_PLAN_EVENT_DOSE;
      for (guint e = 0; e < G_N_ELEMENTS (event_names); e++)
        if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 15), event_names[e]) == 0)
          change.event = (PatellaPlanEvent) e;
      g_array_append_val (changes, change);
    }
  if (rc != SQLITE_DONE)
    {
      _patella_store_set_sqlite_error (error, rc, self->db, self->path);
      return NULL;
    }

  return g_steal_pointer (&changes);
}

/**
 * patella_store_get_last_review_day:
 * @self: a #PatellaStore
 * @program_id: the program
 * @exercise_id: an exercise of its plan
 * @day: (out): the last day a weekly proposal was answered, or "" if never
 * @error: where a read failure is told
 *
 * Returns: %FALSE on error
 */
gboolean
patella_store_get_last_review_day (PatellaStore *self,
                                   gint64        program_id,
                                   const char   *exercise_id,
                                   char          day[PATELLA_LOCAL_DAY_LEN + 1],
                                   GError      **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);
  g_return_val_if_fail (exercise_id != NULL, FALSE);

  day[0] = '\0';
  stmt = _patella_store_prepare (self,
                                 "SELECT max (day) FROM dose_change"
                                 " WHERE program_id = ?1 AND exercise = ?2"
                                 "   AND reason GLOB 'proposal-*'",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, program_id);
  sqlite3_bind_text (stmt, 2, exercise_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _patella_store_set_sqlite_error (error, rc, self->db, self->path);
      return FALSE;
    }
  if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    g_strlcpy (day, (const char *) sqlite3_column_text (stmt, 0), PATELLA_LOCAL_DAY_LEN + 1);

  return TRUE;
}

/**
 * patella_store_list_exercise_sessions:
 * @self: a #PatellaStore
 * @exercise_id: the exercise
 * @first_day: the first local day, inclusive
 * @last_day: the last local day, inclusive
 * @error: where a read failure is told
 *
 * The ended sessions that did some of @exercise_id (not in place of
 * another), with the highest pain scored during it: what the weekly review
 * reads.
 *
 * Returns: (transfer full) (element-type PatellaExerciseSession): oldest
 *   first; %NULL on error
 */
GArray *
patella_store_list_exercise_sessions (PatellaStore *self,
                                      const char   *exercise_id,
                                      const char   *first_day,
                                      const char   *last_day,
                                      GError      **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  g_autoptr(GArray) sessions = NULL;
  int rc;

  g_return_val_if_fail (PATELLA_IS_STORE (self), NULL);
  g_return_val_if_fail (exercise_id != NULL && first_day != NULL && last_day != NULL, NULL);

  stmt = _patella_store_prepare (self,
                                 "SELECT s.day, max (t.pain_during) FROM session s"
                                 " JOIN session_set t ON t.session_id = s.id"
                                 " WHERE t.exercise = ?1 AND t.substituted = 0"
                                 "   AND s.state <> 'in-progress'"
                                 "   AND s.day BETWEEN ?2 AND ?3"
                                 " GROUP BY s.id ORDER BY s.started_us",
                                 error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, exercise_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, first_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, last_day, -1, SQLITE_TRANSIENT);
  sessions = g_array_new (FALSE, TRUE, sizeof (PatellaExerciseSession));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PatellaExerciseSession session = { { 0 }, PATELLA_PAIN_NOT_SCORED };

      g_strlcpy (session.day, (const char *) sqlite3_column_text (stmt, 0), sizeof session.day);
      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
        session.pain_during = sqlite3_column_int (stmt, 1);
      g_array_append_val (sessions, session);
    }
  if (rc != SQLITE_DONE)
    {
      _patella_store_set_sqlite_error (error, rc, self->db, self->path);
      return NULL;
    }

  return g_steal_pointer (&sessions);
}

/**
 * patella_store_count_session_days:
 * @self: a #PatellaStore
 * @first_day: the first local day, inclusive
 * @last_day: the last local day, inclusive
 * @error: where a read failure is told
 *
 * Days with a session that was completed or partly done: what counts as
 * training done. Abandoned sessions and those still running do not.
 *
 * Returns: the number of days, 0 on error
 */
guint
patella_store_count_session_days (PatellaStore *self,
                                  const char   *first_day,
                                  const char   *last_day,
                                  GError      **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (PATELLA_IS_STORE (self), 0);
  g_return_val_if_fail (first_day != NULL && last_day != NULL, 0);

  stmt = _patella_store_prepare (self,
                                 "SELECT count (DISTINCT day) FROM session"
                                 " WHERE state IN ('completed', 'partial')"
                                 "   AND day BETWEEN ?1 AND ?2",
                                 error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_text (stmt, 1, first_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last_day, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _patella_store_set_sqlite_error (error, rc, self->db, self->path);
      return 0;
    }

  return (guint) sqlite3_column_int (stmt, 0);
}
