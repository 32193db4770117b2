/* patella-store-charts.c: the rows Progress's charts are computed from, and the demo diary
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One query per table, each over the range's days on the day indexes, so the
 * cost follows the days shown, not the diary's length. Rows come back sorted
 * by day, as patella_chart_series_compute() wants them.
 */
#include "config.h"

#include <string.h>

#include "patella-store-charts.h"
#include "patella-store-private.h"
#include "patella-catalogue.h"
#include "patella-store-program.h"

static void
copy_day (char        out[PATELLA_LOCAL_DAY_LEN + 1],
          PatellaStmt *stmt,
          int          column)
{
  const char *day = (const char *) sqlite3_column_text (stmt, column);

  g_strlcpy (out, day != NULL ? day : "", PATELLA_LOCAL_DAY_LEN + 1);
}

static PatellaStmt *
query (PatellaStore *self,
       const char   *sql,
       const char   *first,
       const char   *last,
       GError      **error)
{
  PatellaStmt *stmt = _patella_store_prepare (self, sql, error);

  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, last, -1, SQLITE_TRANSIENT);
    }
  return stmt;
}

static gboolean
finish (PatellaStore *self,
        PatellaStmt  *stmt,
        int           rc,
        GError      **error)
{
  if (rc != SQLITE_DONE)
    {
      _patella_store_set_sqlite_error (error, rc, self->db, self->path);
      return FALSE;
    }
  return TRUE;
}

/**
 * patella_store_load_chart_rows:
 * @self: a #PatellaStore
 * @first_day: the range's first local day
 * @last_day: its last (today)
 * @rows: (out caller-allocates): the rows; clear with patella_chart_rows_clear()
 * @error: where a read failure is told
 *
 * The program, the first day logged, and the rows of [@first_day,
 * @last_day], reaching back to the program's start where the baseline and
 * the streak need it. Every Kujala score and dose change of the program is
 * read (a handful).
 *
 * Returns: %FALSE with @error set on a read failure
 */
gboolean
patella_store_load_chart_rows (PatellaStore     *self,
                               const char       *first_day,
                               const char       *last_day,
                               PatellaChartRows *rows,
                               GError          **error)
{
  g_autofree PatellaStoreProgram *program = NULL;
  g_autoptr(PatellaStmt) stmt = NULL;
  GError *local_error = NULL;
  const char *from = first_day;
  int rc;

  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);
  g_return_val_if_fail (rows != NULL, FALSE);

  memset (rows, 0, sizeof *rows);
  rows->pain = g_array_new (FALSE, TRUE, sizeof (PatellaChartPain));
  rows->sessions = g_array_new (FALSE, TRUE, sizeof (PatellaChartSession));
  rows->sets = g_array_new (FALSE, TRUE, sizeof (PatellaChartSet));
  rows->scores = g_array_new (FALSE, TRUE, sizeof (PatellaChartScore));
  rows->doses = g_array_new (FALSE, TRUE, sizeof (PatellaChartDose));

  if (!patella_store_get_first_day (self, rows->first_day, error))
    goto fail;
  program = patella_store_get_program (self, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      goto fail;
    }
  if (program != NULL)
    {
      rows->has_program = TRUE;
      rows->program = program->program;
      if (strcmp (program->program.start_day, from) < 0)
        from = rows->program.start_day;
    }

  stmt = query (self, "SELECT day, usual, worst, warning_signs FROM pain_entry"
                      " WHERE day BETWEEN ?1 AND ?2 ORDER BY day", from, last_day, error);
  if (stmt == NULL)
    goto fail;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PatellaChartPain p = { .usual = sqlite3_column_int (stmt, 1),
                             .worst = sqlite3_column_int (stmt, 2),
                             .signs = sqlite3_column_int (stmt, 3) };
      copy_day (p.day, stmt, 0);
      g_array_append_val (rows->pain, p);
    }
  if (!finish (self, stmt, rc, error))
    goto fail;
  g_clear_pointer (&stmt, _patella_stmt_release);

  stmt = query (self, "SELECT day, state = 'completed' FROM session"
                      " WHERE day BETWEEN ?1 AND ?2 AND state <> 'in-progress' ORDER BY day",
                from, last_day, error);
  if (stmt == NULL)
    goto fail;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PatellaChartSession s = { .completed = sqlite3_column_int (stmt, 1) };
      copy_day (s.day, stmt, 0);
      g_array_append_val (rows->sessions, s);
    }
  if (!finish (self, stmt, rc, error))
    goto fail;
  g_clear_pointer (&stmt, _patella_stmt_release);

  stmt = query (self, "SELECT s.day, t.exercise, t.reps_done, t.hold_s_done,"
                      " coalesce (t.pain_during, -1)"
                      " FROM session s JOIN session_set t ON t.session_id = s.id"
                      " WHERE s.day BETWEEN ?1 AND ?2 AND NOT t.substituted ORDER BY s.day",
                first_day, last_day, error);
  if (stmt == NULL)
    goto fail;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PatellaChartSet s = {
        .exercise_id = g_intern_string ((const char *) sqlite3_column_text (stmt, 1)),
        .reps_done = sqlite3_column_int (stmt, 2),
        .hold_s_done = sqlite3_column_int (stmt, 3),
        .pain_during = sqlite3_column_int (stmt, 4),
      };
      copy_day (s.day, stmt, 0);
      g_array_append_val (rows->sets, s);
    }
  if (!finish (self, stmt, rc, error))
    goto fail;
  g_clear_pointer (&stmt, _patella_stmt_release);

  stmt = query (self, "SELECT day, score FROM questionnaire WHERE kind = 'kujala'"
                      " AND day <= ?2 AND ?1 = ?1 ORDER BY day", first_day, last_day, error);
  if (stmt == NULL)
    goto fail;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PatellaChartScore q = { .score = sqlite3_column_int (stmt, 1) };
      copy_day (q.day, stmt, 0);
      g_array_append_val (rows->scores, q);
    }
  if (!finish (self, stmt, rc, error))
    goto fail;
  g_clear_pointer (&stmt, _patella_stmt_release);

  if (program != NULL)
    {
      stmt = _patella_store_prepare (self,
                                     "SELECT day, exercise, reason IN ('proposal-accepted',"
                                     " 'proposal-edited'), reps, hold_s FROM dose_change"
                                     " WHERE program_id = ?1 AND reason <> 'proposal-declined'"
                                     " ORDER BY day, id", error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, program->id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          PatellaChartDose d = {
            .exercise_id = g_intern_string ((const char *) sqlite3_column_text (stmt, 1)),
            .progression = sqlite3_column_int (stmt, 2),
            .reps = sqlite3_column_int (stmt, 3),
            .hold_s = sqlite3_column_int (stmt, 4),
          };
          copy_day (d.day, stmt, 0);
          g_array_append_val (rows->doses, d);
        }
      if (!finish (self, stmt, rc, error))
        goto fail;
    }

  return TRUE;

fail:
  patella_chart_rows_clear (rows);
  return FALSE;
}

static GDateTime *
local_time (const char *day,
            int         hour)
{
  GDate date;

  g_date_clear (&date, 1);
  patella_local_day_to_date (day, &date);
  return g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), hour, 0, 0);
}

/**
 * patella_store_fill_demo:
 * @self: a #PatellaStore on a new, empty diary (never the user's)
 * @demo: the made-up history
 * @error: where a failure is told
 *
 * Writes @demo through the store's ordinary API, so every row passes the
 * checks a real one does.
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
patella_store_fill_demo (PatellaStore           *self,
                         const PatellaDemoDiary *demo,
                         GError                **error)
{
  const char * const *ids = patella_catalogue_get_core_ids ();
  PatellaStorePlanItem items[PATELLA_CHART_N_EXERCISES];
  g_autoptr(GDateTime) start = local_time (demo->program.start_day, 7);
  gint64 program_id;

  for (guint e = 0; e < PATELLA_CHART_N_EXERCISES; e++)
    {
      items[e].exercise_id = ids[e];
      items[e].dose = g_array_index (demo->doses, PatellaDemoDose, e).dose;
    }
  program_id = patella_store_start_program (self, &demo->program, PATELLA_STORE_NO_REMINDER,
                                            items, PATELLA_CHART_N_EXERCISES, start, error);
  if (program_id <= 0)
    return FALSE;

  for (guint i = PATELLA_CHART_N_EXERCISES; i < demo->doses->len; i++)
    {
      const PatellaDemoDose *d = &g_array_index (demo->doses, PatellaDemoDose, i);
      g_autoptr(GDateTime) when = local_time (d->day, 7);

      if (!patella_store_change_dose (self, program_id, d->exercise_id,
                                      PATELLA_DOSE_REASON_PROPOSAL_ACCEPTED, &d->dose, NULL,
                                      when, error))
        return FALSE;
    }

  for (guint i = 0; i < demo->days->len; i++)
    {
      const PatellaDemoDay *d = &g_array_index (demo->days, PatellaDemoDay, i);
      g_autoptr(GDateTime) evening = local_time (d->day, 20);

      if (d->session != 0)
        {
          g_autoptr(GDateTime) begun = local_time (d->day, 18);
          gint64 t = g_date_time_to_unix (begun) * G_USEC_PER_SEC;
          gint64 id = patella_store_begin_session (self, begun, d->usual, error);

          if (id <= 0)
            return FALSE;
          for (guint k = 0; k < d->n_sets; k++)
            {
              const PatellaDemoSet *s = &g_array_index (demo->sets, PatellaDemoSet,
                                                        d->first_set + k);
              PatellaStoreSet set = {
                .exercise_id = s->exercise_id, .side = s->side, .set_number = s->set_number,
                .reps_planned = s->reps_planned, .reps_done = s->reps_done,
                .hold_s_planned = s->hold_s_planned, .hold_s_done = s->hold_s_done,
                .pain_during = s->pain_during,
                .started_us = t, .ended_us = t + 30 * G_USEC_PER_SEC,
              };

              t += 45 * G_USEC_PER_SEC;
              if (!patella_store_add_set (self, id, &set, NULL, error))
                return FALSE;
            }
          if (!patella_store_end_session (self, id,
                                          d->session == 1 ? PATELLA_SESSION_STATE_COMPLETED
                                                          : PATELLA_SESSION_STATE_PARTIAL,
                                          t, PATELLA_STORE_NO_PAIN, error))
            return FALSE;
        }

      if (d->usual >= 0)
        {
          PatellaPainEntry entry = { .usual = d->usual, .worst = d->worst,
                                     .contexts = d->contexts, .signs = d->signs };

          g_strlcpy (entry.day, d->day, sizeof entry.day);
          if (!patella_store_save_pain (self, &entry, evening, error))
            return FALSE;
        }

      if (d->kujala_score >= 0)
        {
          g_autofree char *answers = patella_kujala_answers_to_string (d->kujala);

          if (!patella_store_save_questionnaire (self, PATELLA_QUESTIONNAIRE_KUJALA, d->day,
                                                 answers, d->kujala_score, evening, error))
            return FALSE;
        }
    }

  return TRUE;
}
