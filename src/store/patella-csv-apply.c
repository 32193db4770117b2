/* patella-csv-apply.c: writing checked CSV rows into the diary in one transaction
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-csv-private.h"
#include "patella-store-private.h"

static const char * const table_names[PATELLA_CSV_N_TABLES] = {
  "session", "session", "pain_entry", "questionnaire",
};

static void
bind_pain (sqlite3_stmt *stmt,
           int           column,
           int           pain)
{
  if (pain == PATELLA_STORE_NO_PAIN)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_int (stmt, column, pain);
}

/* Steps an INSERT ... ON CONFLICT DO NOTHING; TRUE with *added telling
 * whether the row was new. */
static gboolean
step_insert (PatellaStore *store,
             PatellaStmt  *stmt,
             gboolean     *added,
             GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE)
    {
      patella_store_set_sqlite_error (error, rc, store->db, store->path);
      return FALSE;
    }

  *added = sqlite3_changes (store->db) > 0;
  return TRUE;
}

static gboolean
session_known (PatellaStore *store,
               GHashTable   *importing,
               gint64        started_us,
               GError      **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  int rc;

  if (g_hash_table_contains (importing, &started_us))
    return TRUE;

  stmt = patella_store_prepare (store, "SELECT 1 FROM session WHERE started_us = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, started_us);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    patella_store_set_sqlite_error (error, rc, store->db, store->path);

  return FALSE;
}

/* Every set must find its session, in the diary or in this import, before
 * anything is written: the last check of "validate everything first". */
static gboolean
check_references (PatellaStore            *store,
                  PatellaCsvTable * const *tables,
                  guint                    n_tables,
                  GError                 **error)
{
  g_autoptr(GHashTable) importing = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint t = 0; t < n_tables; t++)
    if (tables[t]->kind == PATELLA_CSV_TABLE_SESSION)
      for (guint i = 0; i < tables[t]->rows->len; i++)
        g_hash_table_add (importing,
                          &g_array_index (tables[t]->rows, PatellaCsvSessionRow, i).started_us);

  for (guint t = 0; t < n_tables; t++)
    {
      if (tables[t]->kind != PATELLA_CSV_TABLE_SET)
        continue;

      for (guint i = 0; i < tables[t]->rows->len; i++)
        {
          PatellaCsvSetRow *row = &g_array_index (tables[t]->rows, PatellaCsvSetRow, i);
          g_autoptr(GError) local_error = NULL;

          if (session_known (store, importing, row->session_started_us, &local_error))
            continue;
          if (local_error != NULL)
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            patella_csv_set_error (error, PATELLA_CSV_ERROR_UNKNOWN_SESSION,
                                   tables[t]->file_name, row->line, "session_started",
                                   _("no session started at this time, in the diary or in "
                                     "the files imported with it"));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
insert_session (PatellaStore         *store,
                PatellaCsvSessionRow *row,
                gboolean             *added,
                GError              **error)
{
  g_autoptr(PatellaStmt) stmt =
    patella_store_prepare (store,
                           "INSERT INTO session (started_us, ended_us, day, state, pain_before,"
                           "   pain_after, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                           " ON CONFLICT (started_us) DO NOTHING",
                           error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, row->started_us);
  if (row->ended_us != 0)
    sqlite3_bind_int64 (stmt, 2, row->ended_us);
  sqlite3_bind_text (stmt, 3, row->day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, patella_store_state_to_string (row->state), -1, SQLITE_STATIC);
  bind_pain (stmt, 5, row->pain_before);
  bind_pain (stmt, 6, row->pain_after);
  sqlite3_bind_text (stmt, 7, row->note, -1, SQLITE_STATIC);

  return step_insert (store, stmt, added, error);
}

static gboolean
insert_set (PatellaStore     *store,
            PatellaCsvSetRow *row,
            gboolean         *added,
            GError          **error)
{
  const PatellaStoreSet *set = &row->set;
  g_autoptr(PatellaStmt) stmt =
    patella_store_prepare (store,
                           "INSERT INTO session_set (session_id, exercise, side, set_number,"
                           "   reps_planned, reps_done, hold_s_planned, hold_s_done,"
                           "   pain_during, started_us, ended_us, substituted)"
                           " SELECT id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12"
                           " FROM session WHERE started_us = ?1"
                           " ON CONFLICT (session_id, exercise, side, set_number) DO NOTHING",
                           error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, row->session_started_us);
  sqlite3_bind_text (stmt, 2, set->exercise_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, patella_store_side_to_string (set->side), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, set->set_number);
  sqlite3_bind_int (stmt, 5, set->reps_planned);
  sqlite3_bind_int (stmt, 6, set->reps_done);
  sqlite3_bind_int (stmt, 7, set->hold_s_planned);
  sqlite3_bind_int (stmt, 8, set->hold_s_done);
  bind_pain (stmt, 9, set->pain_during);
  sqlite3_bind_int64 (stmt, 10, set->started_us);
  sqlite3_bind_int64 (stmt, 11, set->ended_us);
  sqlite3_bind_int (stmt, 12, set->substituted ? 1 : 0);

  return step_insert (store, stmt, added, error);
}

static gboolean
insert_pain (PatellaStore      *store,
             PatellaCsvPainRow *row,
             gboolean          *added,
             GError           **error)
{
  const PatellaPainEntry *e = &row->entry;
  g_autoptr(PatellaStmt) stmt =
    patella_store_prepare (store,
                           "INSERT INTO pain_entry (day, recorded_us, updated_us, usual, worst,"
                           "   contexts, warning_signs, note)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                           " ON CONFLICT (day) DO NOTHING",
                           error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, e->day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, e->recorded_us);
  sqlite3_bind_int64 (stmt, 3, e->updated_us);
  sqlite3_bind_int (stmt, 4, e->usual);
  sqlite3_bind_int (stmt, 5, e->worst);
  sqlite3_bind_int (stmt, 6, (int) e->contexts);
  sqlite3_bind_int (stmt, 7, (int) e->signs);
  sqlite3_bind_text (stmt, 8, e->note ? e->note : "", -1, SQLITE_STATIC);

  return step_insert (store, stmt, added, error);
}

static gboolean
insert_questionnaire (PatellaStore               *store,
                      PatellaCsvQuestionnaireRow *row,
                      gboolean                   *added,
                      GError                    **error)
{
  g_autoptr(PatellaStmt) stmt =
    patella_store_prepare (store,
                           "INSERT INTO questionnaire (kind, day, answers, score, recorded_us)"
                           " VALUES (?1, ?2, ?3, ?4, ?5)"
                           " ON CONFLICT (kind, day) DO NOTHING",
                           error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, row->kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, row->day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, row->answers, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, row->score);
  sqlite3_bind_int64 (stmt, 5, row->recorded_us);

  return step_insert (store, stmt, added, error);
}

static gboolean
insert_row (PatellaStore    *store,
            PatellaCsvTable *table,
            guint            i,
            gboolean        *added,
            GError         **error)
{
  switch (table->kind)
    {
    case PATELLA_CSV_TABLE_SESSION:
      return insert_session (store, &g_array_index (table->rows, PatellaCsvSessionRow, i),
                             added, error);
    case PATELLA_CSV_TABLE_SET:
      return insert_set (store, &g_array_index (table->rows, PatellaCsvSetRow, i), added, error);
    case PATELLA_CSV_TABLE_PAIN:
      return insert_pain (store, &g_array_index (table->rows, PatellaCsvPainRow, i), added, error);
    case PATELLA_CSV_TABLE_QUESTIONNAIRE:
      return insert_questionnaire (store,
                                   &g_array_index (table->rows, PatellaCsvQuestionnaireRow, i),
                                   added, error);
    case PATELLA_CSV_N_TABLES:
    default:
      g_assert_not_reached ();
    }
}

/**
 * patella_csv_apply:
 * @tables: tables from patella_csv_parse(), in any order
 * @stats: (out) (optional): rows added and rows already there, per table
 *
 * Writes every row in one transaction: all of them, or none. A row whose
 * key (day, session start, set, questionnaire day) is already in the diary
 * is left as the diary has it and counted as skipped.
 */
gboolean
patella_csv_apply (PatellaStore            *store,
                   PatellaCsvTable * const *tables,
                   guint                    n_tables,
                   PatellaCsvImportStats   *stats,
                   GError                 **error)
{
  PatellaCsvImportStats counts = { { 0, }, { 0, } };

  g_return_val_if_fail (PATELLA_IS_STORE (store), FALSE);
  g_return_val_if_fail (tables != NULL || n_tables == 0, FALSE);

  if (!patella_store_begin (store, error))
    return FALSE;

  if (!check_references (store, tables, n_tables, error))
    {
      patella_store_rollback (store);
      return FALSE;
    }

  /* Sessions first: sets find their session by its start time. */
  for (PatellaCsvTableKind kind = 0; kind < PATELLA_CSV_N_TABLES; kind++)
    for (guint t = 0; t < n_tables; t++)
      {
        if (tables[t]->kind != kind)
          continue;

        for (guint i = 0; i < tables[t]->rows->len; i++)
          {
            gboolean added = FALSE;

            if (!insert_row (store, tables[t], i, &added, error))
              {
                patella_store_rollback (store);
                return FALSE;
              }
            if (added)
              counts.added[kind]++;
            else
              counts.skipped[kind]++;
          }
      }

  if (!patella_store_commit (store, error))
    return FALSE;

  if (counts.added[PATELLA_CSV_TABLE_PAIN] > 0)
    patella_store_reload_pain_model (store);
  for (PatellaCsvTableKind kind = 0; kind < PATELLA_CSV_N_TABLES; kind++)
    if (counts.added[kind] > 0 && kind != PATELLA_CSV_TABLE_SET)
      patella_store_emit_changed (store, table_names[kind]);
  if (counts.added[PATELLA_CSV_TABLE_SET] > 0 && counts.added[PATELLA_CSV_TABLE_SESSION] == 0)
    patella_store_emit_changed (store, "session");

  if (stats != NULL)
    *stats = counts;
  return TRUE;
}
