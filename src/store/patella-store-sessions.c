/* patella-store-sessions.c: training sessions and their sets, one commit per finished set
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "patella-store-private.h"

#define SESSION_COLUMNS \
  "id, started_us, ended_us, day, state, pain_before, pain_after, note"
#define SET_COLUMNS \
  "id, session_id, exercise, side, set_number, reps_planned, reps_done," \
  " hold_s_planned, hold_s_done, pain_during, started_us, ended_us, substituted"

static const char * const state_names[] = { "in-progress", "completed", "abandoned", "partial" };
static const char * const side_names[] = { "both", "left", "right" };

const char *
_patella_store_state_to_string (PatellaSessionState state)
{
  g_return_val_if_fail ((guint) state < G_N_ELEMENTS (state_names), NULL);

  return state_names[state];
}

/* The position of text in names, or -1. */
static int
name_index (const char * const *names,
            guint               n_names,
            const char         *text)
{
  for (guint i = 0; i < n_names; i++)
    if (g_strcmp0 (text, names[i]) == 0)
      return (int) i;

  return -1;
}

gboolean
_patella_store_state_from_string (const char          *text,
                                  PatellaSessionState *state)
{
  int i = name_index (state_names, G_N_ELEMENTS (state_names), text);

  if (i < 0)
    return FALSE;
  *state = (PatellaSessionState) i;
  return TRUE;
}

const char *
_patella_store_side_to_string (PatellaStoreSide side)
{
  g_return_val_if_fail ((guint) side < G_N_ELEMENTS (side_names), NULL);

  return side_names[side];
}

gboolean
_patella_store_side_from_string (const char       *text,
                                 PatellaStoreSide *side)
{
  int i = name_index (side_names, G_N_ELEMENTS (side_names), text);

  if (i < 0)
    return FALSE;
  *side = (PatellaStoreSide) i;
  return TRUE;
}

void
patella_store_session_free (PatellaStoreSession *session)
{
  if (session == NULL)
    return;

  g_free (session->note);
  g_free (session);
}

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
pain_ok (int pain)
{
  return pain == PATELLA_STORE_NO_PAIN || (pain >= PATELLA_PAIN_MIN && pain <= PATELLA_PAIN_MAX);
}

void
_patella_store_bind_pain (sqlite3_stmt *stmt,
                          int           param,
                          int           pain)
{
  if (pain == PATELLA_STORE_NO_PAIN)
    sqlite3_bind_null (stmt, param);
  else
    sqlite3_bind_int (stmt, param, pain);
}

/* Characters, not bytes, as the schema's CHECK (length (note) <= ...) counts. */
gboolean
_patella_store_note_is_valid (const char *note)
{
  return note == NULL
    || (g_utf8_validate (note, -1, NULL) && g_utf8_strlen (note, -1) <= PATELLA_STORE_NOTE_MAX);
}

static int
column_pain (sqlite3_stmt *stmt,
             int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return PATELLA_STORE_NO_PAIN;
  return sqlite3_column_int (stmt, column);
}

/* The same limits as the schema's CHECKs, checked first so the person gets a
 * sentence instead of a constraint name. */
gboolean
_patella_store_validate_set (const PatellaStoreSet *set,
                             GError               **error)
{
  gsize id_len = set->exercise_id ? strlen (set->exercise_id) : 0;

  if (id_len < 1 || id_len > PATELLA_STORE_EXERCISE_ID_MAX)
    return invalid (error, _("A set must name its exercise."));
  if ((guint) set->side >= G_N_ELEMENTS (side_names))
    return invalid (error, _("A set’s side must be left, right or both."));
  if (set->set_number < 1 || set->set_number > PATELLA_STORE_SET_NUMBER_MAX)
    return invalid (error, _("A set number goes from 1 to 100."));
  if (set->reps_planned < 0 || set->reps_planned > PATELLA_STORE_REPS_MAX
      || set->reps_done < 0 || set->reps_done > PATELLA_STORE_REPS_MAX)
    return invalid (error, _("Repetitions go from 0 to 1000."));
  if (set->hold_s_planned < 0 || set->hold_s_planned > PATELLA_STORE_HOLD_S_MAX
      || set->hold_s_done < 0 || set->hold_s_done > PATELLA_STORE_HOLD_S_MAX)
    return invalid (error, _("Hold times go from 0 to 36000 seconds."));
  if (!pain_ok (set->pain_during))
    return invalid (error, _("Pain scores go from 0 to 10."));
  if (set->started_us <= 0 || set->ended_us < set->started_us)
    return invalid (error, _("A set must end after it starts."));

  return TRUE;
}

/**
 * patella_store_begin_session:
 * @started: when the session started, in the user's time zone (its local
 *   day is what daily charts count)
 * @pain_before: 0-10, or %PATELLA_STORE_NO_PAIN if skipped
 *
 * Returns: the new session's id, or 0 with @error set.
 */
gint64
patella_store_begin_session (PatellaStore *self,
                             GDateTime    *started,
                             int           pain_before,
                             GError      **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  char day[PATELLA_LOCAL_DAY_LEN + 1];
  gint64 id;

  g_return_val_if_fail (PATELLA_IS_STORE (self), 0);
  g_return_val_if_fail (started != NULL, 0);

  if (!pain_ok (pain_before))
    {
      invalid (error, _("Pain scores go from 0 to 10."));
      return 0;
    }

  patella_local_day_from_date_time (started, day);

  if (!_patella_store_begin (self, error))
    return 0;

  stmt = _patella_store_prepare (self,
                                 "INSERT INTO session (started_us, day, state, pain_before)"
                                 " VALUES (?1, ?2, 'in-progress', ?3)",
                                 error);
  if (stmt == NULL)
    {
      _patella_store_rollback (self);
      return 0;
    }

  sqlite3_bind_int64 (stmt, 1, patella_store_usec (started));
  sqlite3_bind_text (stmt, 2, day, -1, SQLITE_TRANSIENT);
  _patella_store_bind_pain (stmt, 3, pain_before);
  if (!_patella_store_step_done (self, stmt, error))
    return 0;
  id = sqlite3_last_insert_rowid (self->db);

  if (!_patella_store_commit (self, error))
    return 0;

  _patella_store_emit_changed (self, "session");
  return id;
}

/**
 * patella_store_add_set:
 * @set: the finished set; its id and session_id fields are ignored
 * @set_id: (out) (optional): the new set's id
 *
 * Commits one finished set, in its own transaction: call it when the engine
 * says the set finished, so a crash loses at most the set in progress.
 * A set with the same exercise, side and number replaces the earlier one
 * (a set redone after "back").
 */
gboolean
patella_store_add_set (PatellaStore          *self,
                       gint64                 session_id,
                       const PatellaStoreSet *set,
                       gint64                *set_id,
                       GError               **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);
  g_return_val_if_fail (set != NULL, FALSE);

  if (!_patella_store_validate_set (set, error))
    return FALSE;

  if (!_patella_store_begin (self, error))
    return FALSE;

  stmt = _patella_store_prepare (self,
                                 "INSERT INTO session_set (session_id, exercise, side, set_number,"
                                 "   reps_planned, reps_done, hold_s_planned, hold_s_done,"
                                 "   pain_during, started_us, ended_us, substituted)"
                                 " SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12"
                                 " FROM session WHERE id = ?1 AND state = 'in-progress'"
                                 " ON CONFLICT (session_id, exercise, side, set_number)"
                                 " DO UPDATE SET"
                                 "   reps_planned = excluded.reps_planned,"
                                 "   reps_done = excluded.reps_done,"
                                 "   hold_s_planned = excluded.hold_s_planned,"
                                 "   hold_s_done = excluded.hold_s_done,"
                                 "   pain_during = excluded.pain_during,"
                                 "   started_us = excluded.started_us,"
                                 "   ended_us = excluded.ended_us,"
                                 "   substituted = excluded.substituted"
                                 " RETURNING id",
                                 error);
  if (stmt == NULL)
    {
      _patella_store_rollback (self);
      return FALSE;
    }

  sqlite3_bind_int64 (stmt, 1, session_id);
  sqlite3_bind_text (stmt, 2, set->exercise_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, side_names[set->side], -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, set->set_number);
  sqlite3_bind_int (stmt, 5, set->reps_planned);
  sqlite3_bind_int (stmt, 6, set->reps_done);
  sqlite3_bind_int (stmt, 7, set->hold_s_planned);
  sqlite3_bind_int (stmt, 8, set->hold_s_done);
  _patella_store_bind_pain (stmt, 9, set->pain_during);
  sqlite3_bind_int64 (stmt, 10, set->started_us);
  sqlite3_bind_int64 (stmt, 11, set->ended_us);
  sqlite3_bind_int (stmt, 12, set->substituted ? 1 : 0);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      /* No row: the session is gone or no longer in progress. */
      _patella_store_rollback (self);
      g_set_error_literal (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_NOT_FOUND,
                           _("This session has already ended, so the set was not added."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _patella_store_fail (self, rc, error);
  if (set_id != NULL)
    *set_id = sqlite3_column_int64 (stmt, 0);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return _patella_store_fail (self, rc, error);

  if (!_patella_store_commit (self, error))
    return FALSE;

  _patella_store_emit_changed (self, "session");
  return TRUE;
}

static gboolean
end_session (PatellaStore        *self,
             gint64               session_id,
             PatellaSessionState  state,
             gint64               ended_us,
             int                  pain_after,
             GError             **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;

  if (!pain_ok (pain_after))
    return invalid (error, _("Pain scores go from 0 to 10."));

  if (!_patella_store_begin (self, error))
    return FALSE;

  /* The end is clamped to the start so a clock set back cannot make the
   * finished session unstorable. */
  stmt = _patella_store_prepare (self,
                                 "UPDATE session SET state = ?2,"
                                 "   ended_us = max (?3, started_us),"
                                 "   pain_after = coalesce (?4, pain_after)"
                                 " WHERE id = ?1 AND state = 'in-progress'",
                                 error);
  if (stmt == NULL)
    {
      _patella_store_rollback (self);
      return FALSE;
    }

  sqlite3_bind_int64 (stmt, 1, session_id);
  sqlite3_bind_text (stmt, 2, state_names[state], -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, ended_us);
  _patella_store_bind_pain (stmt, 4, pain_after);
  if (!_patella_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) != 1)
    {
      _patella_store_rollback (self);
      g_set_error_literal (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_NOT_FOUND,
                           _("This session has already ended."));
      return FALSE;
    }

  if (!_patella_store_commit (self, error))
    return FALSE;

  _patella_store_emit_changed (self, "session");
  return TRUE;
}

/* Marks the session completed; pain_after 0-10 or PATELLA_STORE_NO_PAIN. */
gboolean
patella_store_finish_session (PatellaStore *self,
                              gint64        session_id,
                              gint64        ended_us,
                              int           pain_after,
                              GError      **error)
{
  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);

  return end_session (self, session_id, PATELLA_SESSION_STATE_COMPLETED, ended_us,
                      pain_after, error);
}

/**
 * patella_store_end_session:
 * @state: how it ended: completed, partial or abandoned (never in progress)
 * @pain_after: 0-10 or %PATELLA_STORE_NO_PAIN
 *
 * Ends a session with its honest outcome (see patella-session-outcome.h):
 * a session with exercises skipped or cut short is stored as partial, not
 * completed.
 *
 * Returns: %FALSE if the session has already ended or the file failed
 */
gboolean
patella_store_end_session (PatellaStore        *self,
                           gint64               session_id,
                           PatellaSessionState  state,
                           gint64               ended_us,
                           int                  pain_after,
                           GError             **error)
{
  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);
  g_return_val_if_fail (state == PATELLA_SESSION_STATE_COMPLETED
                        || state == PATELLA_SESSION_STATE_PARTIAL
                        || state == PATELLA_SESSION_STATE_ABANDONED, FALSE);

  return end_session (self, session_id, state, ended_us, pain_after, error);
}

/* Ends an interrupted session without finishing it; its sets are kept. */
gboolean
patella_store_abandon_session (PatellaStore *self,
                               gint64        session_id,
                               gint64        ended_us,
                               GError      **error)
{
  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);

  return end_session (self, session_id, PATELLA_SESSION_STATE_ABANDONED, ended_us,
                      PATELLA_STORE_NO_PAIN, error);
}

gboolean
patella_store_set_session_note (PatellaStore *self,
                                gint64        session_id,
                                const char   *note,
                                GError      **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;

  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);

  if (!_patella_store_note_is_valid (note))
    {
      g_set_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID,
                   _("The note is longer than %d characters or holds unreadable characters."),
                   PATELLA_STORE_NOTE_MAX);
      return FALSE;
    }

  if (!_patella_store_begin (self, error))
    return FALSE;

  stmt = _patella_store_prepare (self, "UPDATE session SET note = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    {
      _patella_store_rollback (self);
      return FALSE;
    }

  sqlite3_bind_int64 (stmt, 1, session_id);
  sqlite3_bind_text (stmt, 2, note ? note : "", -1, SQLITE_TRANSIENT);
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

  _patella_store_emit_changed (self, "session");
  return TRUE;
}

static PatellaStoreSession *
session_from_row (sqlite3_stmt *stmt)
{
  PatellaStoreSession *session = g_new0 (PatellaStoreSession, 1);
  const char *day = (const char *) sqlite3_column_text (stmt, 3);

  session->id = sqlite3_column_int64 (stmt, 0);
  session->started_us = sqlite3_column_int64 (stmt, 1);
  session->ended_us = sqlite3_column_int64 (stmt, 2);
  g_strlcpy (session->day, day ? day : "", sizeof session->day);
  if (!_patella_store_state_from_string ((const char *) sqlite3_column_text (stmt, 4),
                                         &session->state))
    session->state = PATELLA_SESSION_STATE_ABANDONED;
  session->pain_before = column_pain (stmt, 5);
  session->pain_after = column_pain (stmt, 6);
  session->note = g_strdup ((const char *) sqlite3_column_text (stmt, 7));

  return session;
}

static PatellaStoreSession *
query_one_session (PatellaStore *self,
                   PatellaStmt  *stmt,
                   GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return session_from_row (stmt);
  if (rc != SQLITE_DONE)
    _patella_store_set_sqlite_error (error, rc, self->db, self->path);

  return NULL;
}

/* NULL without an error when there is no such session. */
PatellaStoreSession *
patella_store_get_session (PatellaStore *self,
                           gint64        session_id,
                           GError      **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;

  g_return_val_if_fail (PATELLA_IS_STORE (self), NULL);

  stmt = _patella_store_prepare (self,
                                 "SELECT " SESSION_COLUMNS " FROM session WHERE id = ?1",
                                 error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, session_id);
  return query_one_session (self, stmt, error);
}

/**
 * patella_store_find_day_session:
 * @day: a local day, YYYY-MM-DD
 *
 * The last session that ended on @day (the one Today shows as done);
 * sessions still in progress are left out.
 *
 * Returns: (transfer full) (nullable): the session, or %NULL without an
 *   error when none ended that day
 */
PatellaStoreSession *
patella_store_find_day_session (PatellaStore *self,
                                const char   *day,
                                GError      **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;

  g_return_val_if_fail (PATELLA_IS_STORE (self), NULL);
  g_return_val_if_fail (day != NULL, NULL);

  stmt = _patella_store_prepare (self,
                                 "SELECT " SESSION_COLUMNS " FROM session"
                                 " WHERE day = ?1 AND state <> 'in-progress'"
                                 " ORDER BY started_us DESC LIMIT 1",
                                 error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_TRANSIENT);
  return query_one_session (self, stmt, error);
}

/**
 * patella_store_find_in_progress:
 *
 * The session to offer for resuming at start: the latest one still in
 * progress. Continue it by adding sets to its id, or end it with
 * patella_store_abandon_session().
 *
 * Returns: (nullable): the session, or %NULL (error unset) if none.
 */
PatellaStoreSession *
patella_store_find_in_progress (PatellaStore *self,
                                GError      **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;

  g_return_val_if_fail (PATELLA_IS_STORE (self), NULL);

  stmt = _patella_store_prepare (self,
                                 "SELECT " SESSION_COLUMNS " FROM session"
                                 " WHERE state = 'in-progress' ORDER BY started_us DESC LIMIT 1",
                                 error);
  if (stmt == NULL)
    return NULL;

  return query_one_session (self, stmt, error);
}

/**
 * patella_store_list_sets:
 *
 * Returns: (element-type PatellaStoreSet): the session's sets in the order
 *   they were done; exercise ids are interned strings.
 */
GArray *
patella_store_list_sets (PatellaStore *self,
                         gint64        session_id,
                         GError      **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  g_autoptr(GArray) sets = NULL;
  int rc;

  g_return_val_if_fail (PATELLA_IS_STORE (self), NULL);

  stmt = _patella_store_prepare (self,
                                 "SELECT " SET_COLUMNS " FROM session_set WHERE session_id = ?1"
                                 " ORDER BY started_us, id",
                                 error);
  if (stmt == NULL)
    return NULL;

  sets = g_array_new (FALSE, TRUE, sizeof (PatellaStoreSet));
  sqlite3_bind_int64 (stmt, 1, session_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PatellaStoreSet set = { 0 };

      set.id = sqlite3_column_int64 (stmt, 0);
      set.session_id = sqlite3_column_int64 (stmt, 1);
      set.exercise_id = g_intern_string ((const char *) sqlite3_column_text (stmt, 2));
      _patella_store_side_from_string ((const char *) sqlite3_column_text (stmt, 3), &set.side);
      set.set_number = sqlite3_column_int (stmt, 4);
      set.reps_planned = sqlite3_column_int (stmt, 5);
      set.reps_done = sqlite3_column_int (stmt, 6);
      set.hold_s_planned = sqlite3_column_int (stmt, 7);
      set.hold_s_done = sqlite3_column_int (stmt, 8);
      set.pain_during = column_pain (stmt, 9);
      set.started_us = sqlite3_column_int64 (stmt, 10);
      set.ended_us = sqlite3_column_int64 (stmt, 11);
      set.substituted = sqlite3_column_int (stmt, 12) != 0;
      g_array_append_val (sets, set);
    }

  if (rc != SQLITE_DONE)
    {
      _patella_store_set_sqlite_error (error, rc, self->db, self->path);
      return NULL;
    }

  return g_steal_pointer (&sets);
}

/* The answer to "how much did that hurt?", put on every set of the exercise
 * in this session; PATELLA_STORE_NO_PAIN clears it. */
gboolean
patella_store_set_pain_during (PatellaStore *self,
                               gint64        session_id,
                               const char   *exercise_id,
                               int           pain,
                               GError      **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;

  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);
  g_return_val_if_fail (exercise_id != NULL, FALSE);

  if (!pain_ok (pain))
    return invalid (error, _("Pain scores go from 0 to 10."));

  if (!_patella_store_begin (self, error))
    return FALSE;

  stmt = _patella_store_prepare (self,
                                 "UPDATE session_set SET pain_during = ?3"
                                 " WHERE session_id = ?1 AND exercise = ?2",
                                 error);
  if (stmt == NULL)
    {
      _patella_store_rollback (self);
      return FALSE;
    }

  sqlite3_bind_int64 (stmt, 1, session_id);
  sqlite3_bind_text (stmt, 2, exercise_id, -1, SQLITE_TRANSIENT);
  _patella_store_bind_pain (stmt, 3, pain);
  if (!_patella_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    {
      _patella_store_rollback (self);
      _patella_store_set_file_error (error, PATELLA_STORE_ERROR_NOT_FOUND, self->path);
      return FALSE;
    }

  if (!_patella_store_commit (self, error))
    return FALSE;

  _patella_store_emit_changed (self, "session");
  return TRUE;
}

/* Sets are summed per session in SQL, so 30,000 sets arrive as 1,500 rows. */
PatellaDailySeries *
patella_store_load_daily_series (PatellaStore *self,
                                 const GDate  *first,
                                 const GDate  *last,
                                 guint         target_days_per_week,
                                 GError      **error)
{
  g_autoptr(PatellaStmt) pain_stmt = NULL;
  g_autoptr(PatellaStmt) session_stmt = NULL;
  g_autoptr(GArray) pain = NULL;
  g_autoptr(GArray) sessions = NULL;
  char from[PATELLA_LOCAL_DAY_LEN + 1], to[PATELLA_LOCAL_DAY_LEN + 1];
  int rc;

  g_return_val_if_fail (PATELLA_IS_STORE (self), NULL);
  g_return_val_if_fail (first != NULL && last != NULL, NULL);

  patella_local_day_from_date (first, from);
  patella_local_day_from_date (last, to);

  pain_stmt = _patella_store_prepare (self,
                                      "SELECT day, usual, worst FROM pain_entry"
                                      " WHERE day BETWEEN ?1 AND ?2",
                                      error);
  if (pain_stmt == NULL)
    return NULL;

  pain = g_array_new (FALSE, TRUE, sizeof (PatellaSeriesPain));
  sqlite3_bind_text (pain_stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (pain_stmt, 2, to, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (pain_stmt)) == SQLITE_ROW)
    {
      PatellaSeriesPain row;

      g_strlcpy (row.day, (const char *) sqlite3_column_text (pain_stmt, 0), sizeof row.day);
      row.usual = sqlite3_column_int (pain_stmt, 1);
      row.worst = sqlite3_column_int (pain_stmt, 2);
      g_array_append_val (pain, row);
    }
  if (rc != SQLITE_DONE)
    {
      _patella_store_set_sqlite_error (error, rc, self->db, self->path);
      return NULL;
    }

  session_stmt = _patella_store_prepare (self,
                                         "SELECT s.day, s.state = 'completed', count (t.id),"
                                         "   coalesce (sum (t.reps_done), 0),"
                                         "   coalesce (sum (t.hold_s_done), 0)"
                                         " FROM session s LEFT JOIN session_set t"
                                         "   ON t.session_id = s.id"
                                         " WHERE s.day BETWEEN ?1 AND ?2"
                                         " GROUP BY s.id",
                                         error);
  if (session_stmt == NULL)
    return NULL;

  sessions = g_array_new (FALSE, TRUE, sizeof (PatellaSeriesSession));
  sqlite3_bind_text (session_stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (session_stmt, 2, to, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (session_stmt)) == SQLITE_ROW)
    {
      PatellaSeriesSession row;

      g_strlcpy (row.day, (const char *) sqlite3_column_text (session_stmt, 0),
                 sizeof row.day);
      row.completed = sqlite3_column_int (session_stmt, 1) != 0;
      row.sets = (guint) sqlite3_column_int (session_stmt, 2);
      row.reps = (guint) sqlite3_column_int (session_stmt, 3);
      row.hold_s = (guint) sqlite3_column_int (session_stmt, 4);
      g_array_append_val (sessions, row);
    }
  if (rc != SQLITE_DONE)
    {
      _patella_store_set_sqlite_error (error, rc, self->db, self->path);
      return NULL;
    }

  return patella_daily_series_compute (first, last, target_days_per_week,
                                       (PatellaSeriesPain *) (void *) pain->data, pain->len,
                                       (PatellaSeriesSession *) (void *) sessions->data,
                                       sessions->len);
}

/**
 * patella_store_get_first_day:
 * @day: (out caller-allocates): the first local day with a pain entry or a
 *   session, or "" when the diary holds neither
 *
 * Where the program started, for counting its weeks.
 */
gboolean
patella_store_get_first_day (PatellaStore  *self,
                             char           day[PATELLA_LOCAL_DAY_LEN + 1],
                             GError       **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  day[0] = '\0';
  /* Each MIN is answered from its table's day index. */
  stmt = _patella_store_prepare (self,
                                 "SELECT min ((SELECT min (day) FROM pain_entry),"
                                 "            (SELECT min (day) FROM session)),"
                                 "       (SELECT min (day) FROM pain_entry),"
                                 "       (SELECT min (day) FROM session)",
                                 error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _patella_store_set_sqlite_error (error, rc, self->db, self->path);
      return FALSE;
    }

  /* min () of two is NULL when either is: take whichever table has rows. */
  for (int i = 0; i < 3 && day[0] == '\0'; i++)
    if (sqlite3_column_type (stmt, i) == SQLITE_TEXT)
      g_strlcpy (day, (const char *) sqlite3_column_text (stmt, i), PATELLA_LOCAL_DAY_LEN + 1);

  return TRUE;
}
