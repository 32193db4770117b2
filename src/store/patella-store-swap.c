/* patella-store-swap.c: an exercise of the plan replaced by another until the knee improves
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "patella-store-private.h"
#include "patella-store-swap.h"

static gboolean
exercise_id_ok (const char *id)
{
  return id != NULL && *id != '\0' && strlen (id) <= 64;
}

/* The swap also goes into the dose history, as a "swap" change of the
 * replaced exercise at its plan dose, so the history says why it stopped.
 * Its instant follows the exercise's last change, as every change's does
 * (schema v5 keys the history by it). */
static gboolean
record_in_history (PatellaStore *self,
                   gint64        program_id,
                   const char   *exercise_id,
                   const char   *day,
                   gint64        recorded_us,
                   const char   *note,
                   GError      **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;

  stmt = _patella_store_prepare (self,
                                 "INSERT INTO dose_change (program_id, exercise, day, recorded_us,"
                                 "   reason, note, sets, reps, until_tired, hold_s, tempo_up_s,"
                                 "   tempo_pause_s, tempo_down_s, rest_s, switch_s, get_ready_s)"
                                 " SELECT program_id, exercise, ?3, max (?4, coalesce ((SELECT"
                                 "   max (recorded_us) + 1 FROM dose_change WHERE program_id = ?1"
                                 "   AND exercise = ?2), 0)), ?5, ?6, sets, reps,"
                                 "   until_tired, hold_s, tempo_up_s, tempo_pause_s, tempo_down_s,"
                                 "   rest_s, switch_s, get_ready_s"
                                 " FROM plan_exercise WHERE program_id = ?1 AND exercise = ?2",
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
  sqlite3_bind_text (stmt, 5, patella_dose_reason_to_string (PATELLA_DOSE_REASON_SWAP), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, note, -1, SQLITE_TRANSIENT);

  return _patella_store_step_done (self, stmt, error);
}

/**
 * patella_store_start_swap:
 * @self: a #PatellaStore
 * @program_id: the program whose plan changes
 * @exercise_id: the exercise left out, such as "wall-squat"
 * @replacement_id: the one done in its place, such as "straight-leg-raise"
 * @pain: the pain that led to the swap, 0 to 10, or %PATELLA_STORE_NO_PAIN
 * @now: the user's local time, which gives the swap its day
 * @error: where a bad value or a write failure is told
 *
 * Replaces @exercise_id in the plan from today on, until
 * patella_store_end_swap(). The plan keeps the exercise and its dose; a
 * "swap" row in its dose history gives the day and the reason. Starting a
 * swap that already stands changes nothing.
 *
 * Returns: %FALSE on error
 */
gboolean
patella_store_start_swap (PatellaStore  *self,
                          gint64         program_id,
                          const char    *exercise_id,
                          const char    *replacement_id,
                          int            pain,
                          GDateTime     *now,
                          GError       **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  g_autofree char *note = NULL;
  char day[PATELLA_LOCAL_DAY_LEN + 1];
  gint64 recorded_us;

  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);
  g_return_val_if_fail (pain >= PATELLA_STORE_NO_PAIN && pain <= 10, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (!exercise_id_ok (exercise_id) || !exercise_id_ok (replacement_id)
      || g_str_equal (exercise_id, replacement_id))
    {
      g_set_error_literal (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID,
                           _("An exercise can only be swapped for another one."));
      return FALSE;
    }

  patella_local_day_from_date_time (now, day);
  recorded_us = patella_store_usec (now);
  if (!_patella_store_begin (self, error))
    return FALSE;

  stmt = _patella_store_prepare (self,
                                 "INSERT INTO plan_swap (program_id, exercise, replacement, day,"
                                 "   recorded_us, pain)"
                                 " SELECT ?1, ?2, ?3, ?4, ?5, ?6"
                                 " WHERE NOT EXISTS (SELECT 1 FROM plan_swap"
                                 "   WHERE program_id = ?1 AND exercise = ?2 AND ended_us IS NULL)",
                                 error);
  if (stmt == NULL)
    {
      _patella_store_rollback (self);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, program_id);
  sqlite3_bind_text (stmt, 2, exercise_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, replacement_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 5, recorded_us);
  _patella_store_bind_pain (stmt, 6, pain);
  if (!_patella_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    {
      _patella_store_rollback (self);
      return TRUE;
    }

  /* Stored for the history, in English like the other stored names. */
  if (pain != PATELLA_STORE_NO_PAIN)
    note = g_strdup_printf ("swapped for %s: pain %d/10", replacement_id, pain);
  else
    note = g_strdup_printf ("swapped for %s", replacement_id);
  if (!record_in_history (self, program_id, exercise_id, day, recorded_us, note, error))
    return FALSE;

  if (!_patella_store_commit (self, error))
    return FALSE;

  _patella_store_emit_changed (self, "program");
  return TRUE;
}

/**
 * patella_store_get_swap:
 * @self: a #PatellaStore
 * @program_id: the program
 * @exercise_id: the exercise that may be swapped out
 * @error: where a read failure is told
 *
 * Returns: (transfer full) (nullable): the swap of @exercise_id that
 *   stands (free with g_free()), or %NULL without an error when none does
 */
PatellaStoreSwap *
patella_store_get_swap (PatellaStore  *self,
                        gint64         program_id,
                        const char    *exercise_id,
                        GError       **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  PatellaStoreSwap *swap;
  int rc;

  g_return_val_if_fail (PATELLA_IS_STORE (self), NULL);
  g_return_val_if_fail (exercise_id != NULL, NULL);

  stmt = _patella_store_prepare (self,
                                 "SELECT id, replacement, day, pain, recorded_us FROM plan_swap"
                                 " WHERE program_id = ?1 AND exercise = ?2 AND ended_us IS NULL",
                                 error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, program_id);
  sqlite3_bind_text (stmt, 2, exercise_id, -1, SQLITE_TRANSIENT);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      _patella_store_fail (self, rc, error);
      return NULL;
    }

  swap = g_new0 (PatellaStoreSwap, 1);
  swap->id = sqlite3_column_int64 (stmt, 0);
  swap->exercise_id = g_intern_string (exercise_id);
  swap->replacement_id = g_intern_string ((const char *) sqlite3_column_text (stmt, 1));
  g_strlcpy (swap->day, (const char *) sqlite3_column_text (stmt, 2), sizeof swap->day);
  swap->pain = sqlite3_column_type (stmt, 3) == SQLITE_NULL
                 ? PATELLA_STORE_NO_PAIN : sqlite3_column_int (stmt, 3);
  swap->recorded_us = sqlite3_column_int64 (stmt, 4);

  return swap;
}

/**
 * patella_store_end_swap:
 * @self: a #PatellaStore
 * @program_id: the program
 * @exercise_id: the exercise swapped out
 * @now: the user's local time, when the user said the knee has settled
 * @error: where a write failure is told
 *
 * Brings @exercise_id back into the plan at its plan dose. The ended swap
 * is kept as history. Ending a swap that does not stand changes nothing.
 *
 * Returns: %FALSE on error
 */
gboolean
patella_store_end_swap (PatellaStore  *self,
                        gint64         program_id,
                        const char    *exercise_id,
                        GDateTime     *now,
                        GError       **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  char day[PATELLA_LOCAL_DAY_LEN + 1];

  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);
  g_return_val_if_fail (exercise_id != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  patella_local_day_from_date_time (now, day);
  if (!_patella_store_begin (self, error))
    return FALSE;

  /* A clock set back never makes an end before the start. */
  stmt = _patella_store_prepare (self,
                                 "UPDATE plan_swap SET ended_day = max (day, ?3),"
                                 "   ended_us = max (recorded_us, ?4)"
                                 " WHERE program_id = ?1 AND exercise = ?2 AND ended_us IS NULL",
                                 error);
  if (stmt == NULL)
    {
      _patella_store_rollback (self);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, program_id);
  sqlite3_bind_text (stmt, 2, exercise_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, patella_store_usec (now));
  if (!_patella_store_step_done (self, stmt, error))
    return FALSE;

  if (!_patella_store_commit (self, error))
    return FALSE;

  _patella_store_emit_changed (self, "program");
  return TRUE;
}

/**
 * patella_store_get_last_pain_day:
 * @self: a #PatellaStore
 * @exercise_id: the exercise, such as "wall-squat"
 * @min_pain: the least pain during it that counts, 0 to 10
 * @first_day: the first day to look at
 * @day: (out caller-allocates): the last day, on or after @first_day, with
 *   a set of @exercise_id whose pain during was @min_pain or more; "" if none
 * @error: where a read failure is told
 *
 * Returns: %FALSE on error
 */
gboolean
patella_store_get_last_pain_day (PatellaStore  *self,
                                 const char    *exercise_id,
                                 int            min_pain,
                                 const char    *first_day,
                                 char           day[PATELLA_LOCAL_DAY_LEN + 1],
                                 GError       **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);
  g_return_val_if_fail (exercise_id != NULL, FALSE);
  g_return_val_if_fail (first_day != NULL, FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  day[0] = '\0';
  stmt = _patella_store_prepare (self,
                                 "SELECT max (s.day) FROM session s"
                                 " JOIN session_set t ON t.session_id = s.id"
                                 " WHERE t.exercise = ?1 AND t.pain_during >= ?2 AND s.day >= ?3",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, exercise_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, min_pain);
  sqlite3_bind_text (stmt, 3, first_day, -1, SQLITE_TRANSIENT);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _patella_store_fail (self, rc, error);
  if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    g_strlcpy (day, (const char *) sqlite3_column_text (stmt, 0), PATELLA_LOCAL_DAY_LEN + 1);

  return TRUE;
}
