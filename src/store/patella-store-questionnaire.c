/* patella-store-questionnaire.c: questionnaire results (the Kujala score) over time
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "patella-kujala.h"
#include "patella-store-private.h"

void
patella_store_questionnaire_free (PatellaStoreQuestionnaire *q)
{
  if (q == NULL)
    return;

  g_free (q->kind);
  g_free (q->answers);
  g_free (q);
}

/* The store keeps answers as given ("0,2,1,..."): scoring belongs to core,
 * so only the shape and the score's range are checked here. */
gboolean
_patella_store_validate_answers (const char *kind,
                                 const char *answers,
                                 int         score,
                                 GError    **error)
{
  gsize len = answers ? strlen (answers) : 0;

  if (g_strcmp0 (kind, PATELLA_QUESTIONNAIRE_KUJALA) != 0)
    {
      g_set_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID,
                   _("“%s” is not a questionnaire Patella knows."), kind ? kind : "");
      return FALSE;
    }

  if (len < 1 || len > PATELLA_STORE_ANSWERS_MAX || strspn (answers, "0123456789,") != len)
    {
      g_set_error_literal (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID,
                           _("The answers must be numbers separated by commas."));
      return FALSE;
    }

  if (score < 0 || score > PATELLA_KUJALA_MAX_SCORE)
    {
      g_set_error_literal (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID,
                           _("A Kujala score goes from 0 to 100."));
      return FALSE;
    }

  return TRUE;
}

/* What the Kujala window does before it saves, for rows that come from
 * elsewhere (an import): one valid choice per question, and the score core
 * computes from them, so a stored score never disagrees with its answers.
 * score_wrong tells the importer which field to name. */
gboolean
_patella_store_check_kujala (const char *answers,
                             int         score,
                             gboolean   *score_wrong,
                             GError    **error)
{
  int parsed[PATELLA_KUJALA_N_QUESTIONS];
  g_autoptr(GError) local_error = NULL;
  int computed = 0;

  *score_wrong = FALSE;

  if (!patella_kujala_answers_from_string (answers, parsed))
    {
      g_set_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID,
                   _("the answers must be %d choice numbers separated by commas, each one "
                     "a choice its question offers"), PATELLA_KUJALA_N_QUESTIONS);
      return FALSE;
    }

  if (!patella_kujala_score (parsed, &computed, &local_error))
    {
      g_set_error_literal (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID,
                           local_error->message);
      return FALSE;
    }

  if (score != computed)
    {
      *score_wrong = TRUE;
      g_set_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID,
                   _("the score is %d, but the answers add up to %d"), score, computed);
      return FALSE;
    }

  return TRUE;
}

/**
 * patella_store_save_questionnaire:
 * @kind: %PATELLA_QUESTIONNAIRE_KUJALA
 * @day: the local day it was answered
 * @answers: the chosen answers, comma separated
 * @score: the total, 0-100
 * @now: (nullable): the user's local time, or %NULL for the clock
 *
 * Answering the same questionnaire again on the same day replaces it.
 */
gboolean
patella_store_save_questionnaire (PatellaStore *self,
                                  const char   *kind,
                                  const char   *day,
                                  const char   *answers,
                                  int           score,
                                  GDateTime    *now,
                                  GError      **error)
{
  g_autoptr(GDateTime) clock_now = NULL;
  g_autoptr(PatellaStmt) stmt = NULL;
  char today[PATELLA_LOCAL_DAY_LEN + 1];

  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);

  if (!_patella_store_validate_answers (kind, answers, score, error))
    return FALSE;

  if (now == NULL)
    now = clock_now = g_date_time_new_now_local ();
  patella_local_day_from_date_time (now, today);

  if (!patella_local_day_is_valid (day) || strcmp (day, today) > 0)
    {
      g_set_error_literal (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID,
                           _("A questionnaire can only be saved for today or an earlier day."));
      return FALSE;
    }

  if (!_patella_store_begin (self, error))
    return FALSE;

  stmt = _patella_store_prepare (self,
                                 "INSERT INTO questionnaire (kind, day, answers, score, recorded_us)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5)"
                                 " ON CONFLICT (kind, day) DO UPDATE SET"
                                 "   answers = excluded.answers, score = excluded.score,"
                                 "   recorded_us = excluded.recorded_us",
                                 error);
  if (stmt == NULL)
    {
      _patella_store_rollback (self);
      return FALSE;
    }

  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, answers, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, score);
  sqlite3_bind_int64 (stmt, 5, patella_store_usec (now));
  if (!_patella_store_step_done (self, stmt, error))
    return FALSE;

  if (!_patella_store_commit (self, error))
    return FALSE;

  _patella_store_emit_changed (self, "questionnaire");
  return TRUE;
}

/* The row of a SELECT id, kind, day, answers, score, recorded_us. */
static PatellaStoreQuestionnaire *
questionnaire_from_row (sqlite3_stmt *stmt)
{
  PatellaStoreQuestionnaire *q = g_new0 (PatellaStoreQuestionnaire, 1);

  q->id = sqlite3_column_int64 (stmt, 0);
  q->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  g_strlcpy (q->day, (const char *) sqlite3_column_text (stmt, 2), sizeof q->day);
  q->answers = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  q->score = sqlite3_column_int (stmt, 4);
  q->recorded_us = sqlite3_column_int64 (stmt, 5);

  return q;
}

/**
 * patella_store_list_questionnaires:
 * @kind: (nullable): only this kind, or %NULL for all
 *
 * Returns: (element-type PatellaStoreQuestionnaire): oldest first, so the
 *   first one is the baseline a change is measured from.
 */
GPtrArray *
patella_store_list_questionnaires (PatellaStore *self,
                                   const char   *kind,
                                   GError      **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  g_autoptr(GPtrArray) list = NULL;
  int rc;

  g_return_val_if_fail (PATELLA_IS_STORE (self), NULL);

  stmt = _patella_store_prepare (self,
                                 "SELECT id, kind, day, answers, score, recorded_us"
                                 " FROM questionnaire WHERE ?1 IS NULL OR kind = ?1"
                                 " ORDER BY day, id",
                                 error);
  if (stmt == NULL)
    return NULL;

  if (kind != NULL)
    sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_TRANSIENT);

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) patella_store_questionnaire_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, questionnaire_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      _patella_store_set_sqlite_error (error, rc, self->db, self->path);
      return NULL;
    }

  return g_steal_pointer (&list);
}

static gboolean
read_one (PatellaStore               *self,
          const char                 *sql,
          const char                 *kind,
          PatellaStoreQuestionnaire **out,
          GError                    **error)
{
  g_autoptr(PatellaStmt) stmt = _patella_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out = questionnaire_from_row (stmt);
  else if (rc != SQLITE_DONE)
    {
      _patella_store_set_sqlite_error (error, rc, self->db, self->path);
      return FALSE;
    }

  return TRUE;
}

/**
 * patella_store_get_questionnaire_ends:
 * @self: a #PatellaStore
 * @kind: the questionnaire's kind
 * @first: (out) (transfer full) (nullable): the earliest one, or %NULL if
 *   none was taken
 * @last: (out) (transfer full) (nullable): the latest one, or %NULL
 * @error: return location for a #GError
 *
 * The baseline and the latest answer of @kind, read by the (kind, day)
 * index: two rows, however many years the diary holds (Today's summary
 * needs no more).
 *
 * Returns: %FALSE on error, with @first and @last %NULL
 */
gboolean
patella_store_get_questionnaire_ends (PatellaStore               *self,
                                      const char                 *kind,
                                      PatellaStoreQuestionnaire **first,
                                      PatellaStoreQuestionnaire **last,
                                      GError                    **error)
{
  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind != NULL && first != NULL && last != NULL, FALSE);

  *first = *last = NULL;
  if (read_one (self,
                "SELECT id, kind, day, answers, score, recorded_us"
                " FROM questionnaire WHERE kind = ?1 ORDER BY day, id LIMIT 1",
                kind, first, error)
      && read_one (self,
                   "SELECT id, kind, day, answers, score, recorded_us"
                   " FROM questionnaire WHERE kind = ?1 ORDER BY day DESC, id LIMIT 1",
                   kind, last, error))
    return TRUE;

  g_clear_pointer (first, patella_store_questionnaire_free);
  g_clear_pointer (last, patella_store_questionnaire_free);
  return FALSE;
}
