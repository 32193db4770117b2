/* patella-csv-apply.c: writing checked CSV rows into the diary in one transaction
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "patella-catalogue.h"
#include "patella-csv-private.h"

/* Rows between two looks at the cancellable and two progress reports. */
#define ROWS_PER_STEP 512

/* Whether a row with this instant as its key is in the import or the
 * diary (@sql selects it by ?1). */
static gboolean
instant_known (PatellaStore *store,
               GHashTable   *importing,
               const char   *sql,
               gint64        instant_us,
               GError      **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  int rc;

  if (g_hash_table_contains (importing, &instant_us))
    return TRUE;

  stmt = _patella_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, instant_us);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    _patella_store_set_sqlite_error (error, rc, store->db, store->path);

  return FALSE;
}

/* An exercise the user defined, named by a set, a plan row or a dose
 * change: it must be in this import (whose dose rules then apply) or
 * already in the diary. */
static char *
custom_exercise_problem (GHashTable        *custom_work,
                         const char        *exercise_id,
                         const PatellaDose *dose)
{
  PatellaExercise *known;
  g_autoptr(GError) invalid = NULL;
  gpointer work;

  if (!g_str_has_prefix (exercise_id, PATELLA_EXERCISE_CUSTOM_PREFIX))
    return NULL;
  if (g_hash_table_lookup_extended (custom_work, exercise_id, NULL, &work))
    {
      if (dose != NULL && !patella_dose_validate (dose, GPOINTER_TO_INT (work), &invalid))
        return g_strdup (invalid->message);
      return NULL;
    }
  known = patella_catalogue_lookup (patella_catalogue_get_default (), exercise_id);
  if (known == NULL)
    return g_strdup_printf (_("“%s” is not an exercise Patella knows, in the diary or in the "
                              "files imported with it"), exercise_id);
  if (dose != NULL && !patella_exercise_validate_dose (known, dose, &invalid))
    return g_strdup (invalid->message);

  return NULL;
}

/* The program's rows: each plan row and dose change finds its program,
 * and each exercise of the user's its definition. */
static gboolean
check_program_references (PatellaStore            *store,
                          PatellaCsvTable * const *tables,
                          guint                    n_tables,
                          GError                 **error)
{
  g_autoptr(GHashTable) programs = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) custom_work = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint t = 0; t < n_tables; t++)
    for (guint i = 0; i < tables[t]->rows->len; i++)
      {
        if (tables[t]->kind == PATELLA_CSV_TABLE_PROGRAM)
          g_hash_table_add (programs, &g_array_index (tables[t]->rows, PatellaCsvProgramRow,
                                                      i).created_us);
        else if (tables[t]->kind == PATELLA_CSV_TABLE_EXERCISE)
          {
            PatellaCsvExerciseRow *row = &g_array_index (tables[t]->rows,
                                                         PatellaCsvExerciseRow, i);
            GEnumClass *klass = g_type_class_ref (PATELLA_TYPE_WORK_KIND);
            GEnumValue *work = g_enum_get_value_by_nick (klass, row->work);

            g_hash_table_insert (custom_work, (gpointer) row->exercise,
                                 GINT_TO_POINTER (work != NULL ? work->value : 0));
            g_type_class_unref (klass);
          }
      }

  for (guint t = 0; t < n_tables; t++)
    for (guint i = 0; i < tables[t]->rows->len; i++)
      {
        gconstpointer row = patella_csv_table_row (tables[t], i);
        gint64 program = 0;
        const char *exercise = NULL;
        const PatellaDose *dose = NULL;
        guint line = 0;
        g_autofree char *problem = NULL;
        g_autoptr(GError) local_error = NULL;

        switch (tables[t]->kind)
          {
          case PATELLA_CSV_TABLE_PLAN:
            program = ((const PatellaCsvPlanRow *) row)->program_created_us;
            exercise = ((const PatellaCsvPlanRow *) row)->exercise;
            dose = &((const PatellaCsvPlanRow *) row)->dose;
            line = ((const PatellaCsvPlanRow *) row)->line;
            break;
          case PATELLA_CSV_TABLE_DOSE_CHANGE:
            program = ((const PatellaCsvDoseChangeRow *) row)->program_created_us;
            exercise = ((const PatellaCsvDoseChangeRow *) row)->exercise;
            dose = &((const PatellaCsvDoseChangeRow *) row)->dose;
            line = ((const PatellaCsvDoseChangeRow *) row)->line;
            break;
          case PATELLA_CSV_TABLE_SET:
            exercise = ((const PatellaCsvSetRow *) row)->set.exercise_id;
            line = ((const PatellaCsvSetRow *) row)->line;
            break;
          case PATELLA_CSV_TABLE_SESSION:
          case PATELLA_CSV_TABLE_PAIN:
          case PATELLA_CSV_TABLE_QUESTIONNAIRE:
          case PATELLA_CSV_TABLE_EXERCISE:
          case PATELLA_CSV_TABLE_PROGRAM:
          case PATELLA_CSV_N_TABLES:
          default:
            continue;
          }

        problem = custom_exercise_problem (custom_work, exercise, dose);
        if (problem != NULL)
          {
            _patella_csv_set_error (error, PATELLA_CSV_ERROR_VALUE, tables[t]->file_name, line,
                                    dose != NULL && strstr (problem, exercise) == NULL
                                      ? "sets" : "exercise",
                                    problem);
            return FALSE;
          }
        if (program == 0
            || instant_known (store, programs, "SELECT 1 FROM program WHERE created_us = ?1",
                              program, &local_error))
          continue;
        if (local_error != NULL)
          g_propagate_error (error, g_steal_pointer (&local_error));
        else
          _patella_csv_set_error (error, PATELLA_CSV_ERROR_UNKNOWN_PROGRAM,
                                  tables[t]->file_name, line, "program_created",
                                  _("no program was started at this time, in the diary or in "
                                    "the files imported with it"));
        return FALSE;
      }

  return TRUE;
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

  if (!check_program_references (store, tables, n_tables, error))
    return FALSE;

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

          if (instant_known (store, importing,
                             "SELECT 1 FROM session WHERE started_us = ?1",
                             row->session_started_us, &local_error))
            continue;
          if (local_error != NULL)
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            _patella_csv_set_error (error, PATELLA_CSV_ERROR_UNKNOWN_SESSION,
                                    tables[t]->file_name, row->line, "session_started",
                                    _("no session started at this time, in the diary or in "
                                     "the files imported with it"));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
step_row (PatellaStore           *store,
          const char             *sql,
          const PatellaCsvFormat *format,
          gconstpointer           row,
          int                    *result,
          GError                **error)
{
  g_autoptr(PatellaStmt) stmt = _patella_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  for (guint c = 0; c < format->n_columns; c++)
    _patella_csv_bind_column (stmt, (int) c + 1, &format->columns[c], row);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *result = sqlite3_column_int (stmt, 0);
  else if (rc == SQLITE_DONE)
    *result = sqlite3_changes (store->db);
  else
    {
      _patella_store_set_sqlite_error (error, rc, store->db, store->path);
      return FALSE;
    }

  return TRUE;
}

/* Adds the row, or counts it as skipped: the diary's version is kept, and
 * whether it differs is said in the summary. */
static gboolean
insert_row (PatellaStore          *store,
            PatellaCsvTable       *table,
            guint                  i,
            PatellaCsvImportStats *counts,
            GError               **error)
{
  const PatellaCsvFormat *format = &patella_csv_formats[table->kind];
  gconstpointer row = patella_csv_table_row (table, i);
  int added = 0, same = 0;

  if (!step_row (store, format->insert_sql, format, row, &added, error))
    return FALSE;
  if (added > 0)
    {
      counts->added[table->kind]++;
      return TRUE;
    }

  if (!step_row (store, format->same_sql, format, row, &same, error))
    return FALSE;
  if (same)
    counts->skipped[table->kind]++;
  else
    counts->kept_different[table->kind]++;

  return TRUE;
}

static int
interrupt_if_cancelled (void *cancellable)
{
  return g_cancellable_is_cancelled (cancellable);
}

/* The writing part of an import, without signals. A cancelled import rolls
 * back: the diary is exactly as before. */
gboolean
_patella_csv_apply_quietly (PatellaStore            *store,
                            PatellaCsvTable * const *tables,
                            guint                    n_tables,
                            PatellaCsvImportStats   *stats,
                            GCancellable            *cancellable,
                            PatellaProgress         *progress,
                            GError                 **error)
{
  PatellaCsvImportStats counts = { { 0, }, };
  guint total = 0, done = 0;

  g_return_val_if_fail (PATELLA_IS_STORE (store), FALSE);
  g_return_val_if_fail (tables != NULL || n_tables == 0, FALSE);

  for (guint t = 0; t < n_tables; t++)
    total += tables[t]->rows->len;

  if (!_patella_store_begin (store, error))
    return FALSE;

  if (cancellable != NULL)
    sqlite3_progress_handler (store->db, 1000, interrupt_if_cancelled, cancellable);

  if (!check_references (store, tables, n_tables, error))
    goto fail;

  for (PatellaCsvTableKind kind = 0; kind < PATELLA_CSV_N_TABLES; kind++)
    for (guint t = 0; t < n_tables; t++)
      {
        if (tables[t]->kind != kind)
          continue;

        for (guint i = 0; i < tables[t]->rows->len; i++, done++)
          {
            if (done % ROWS_PER_STEP == 0)
              {
                if (g_cancellable_set_error_if_cancelled (cancellable, error))
                  goto fail;
                patella_progress_report (progress, total ? (double) done / total : 0);
              }
            if (!insert_row (store, tables[t], i, &counts, error))
              goto fail;
          }
      }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto fail;
  if (!_patella_store_commit (store, error))
    goto fail;

  sqlite3_progress_handler (store->db, 0, NULL, NULL);
  patella_progress_report (progress, 1.0);
  if (stats != NULL)
    *stats = counts;
  return TRUE;

fail:
  /* An interrupted step reports SQLITE_INTERRUPT: say "cancelled" instead. */
  if (g_cancellable_is_cancelled (cancellable) && error != NULL && *error != NULL
      && !g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_clear_error (error);
      g_cancellable_set_error_if_cancelled (cancellable, error);
    }
  _patella_store_rollback (store);
  sqlite3_progress_handler (store->db, 0, NULL, NULL);
  return FALSE;
}

/* Tells pages showing the diary what an import changed. */
void
_patella_csv_announce (PatellaStore                *store,
                       const PatellaCsvImportStats *stats)
{
  gboolean sessions = FALSE;
  gboolean program = FALSE;

  if (stats->added[PATELLA_CSV_TABLE_PAIN] > 0)
    _patella_store_reload_pain_model (store);
  if (stats->added[PATELLA_CSV_TABLE_EXERCISE] > 0)
    {
      g_autoptr(GError) error = NULL;

      /* The import checked them: a failure here is a read error, and the
       * next start loads them anyway. */
      if (!_patella_store_load_custom_exercises (store, &error))
        g_warning ("The imported exercises could not be read back: %s", error->message);
    }

  for (PatellaCsvTableKind kind = 0; kind < PATELLA_CSV_N_TABLES; kind++)
    {
      const char *table = patella_csv_formats[kind].table;

      if (stats->added[kind] == 0)
        continue;
      if (g_str_equal (table, "session"))
        sessions = TRUE;
      else if (g_str_equal (table, "program"))
        program = TRUE;
      else
        _patella_store_emit_changed (store, table);
    }
  if (sessions)
    _patella_store_emit_changed (store, "session");
  if (program)
    _patella_store_emit_changed (store, "program");
}

/**
 * patella_csv_apply:
 * @tables: tables from patella_csv_parse(), in any order
 * @stats: (out) (optional): rows added and rows already there, per table
 *
 * Writes every row in one transaction: all of them, or none. A row whose
 * key (day, session start, set, questionnaire day) is already in the diary
 * is left as the diary has it, and counted as skipped (same values) or as
 * kept_different (the diary's values differ).
 */
gboolean
patella_csv_apply (PatellaStore            *store,
                   PatellaCsvTable * const *tables,
                   guint                    n_tables,
                   PatellaCsvImportStats   *stats,
                   GError                 **error)
{
  PatellaCsvImportStats counts;

  if (!_patella_csv_apply_quietly (store, tables, n_tables, &counts, NULL, NULL, error))
    return FALSE;

  _patella_csv_announce (store, &counts);
  if (stats != NULL)
    *stats = counts;
  return TRUE;
}

/**
 * patella_csv_import_stats_describe:
 *
 * Returns: (transfer full): what an import did, in one sentence: rows
 *   added, rows already there, and rows whose diary version differs.
 */
char *
patella_csv_import_stats_describe (const PatellaCsvImportStats *stats)
{
  guint added = 0, same = 0, different = 0;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < PATELLA_CSV_N_TABLES; i++)
    {
      added += stats->added[i];
      same += stats->skipped[i];
      different += stats->kept_different[i];
    }

  if (added + same + different == 0)
    return g_strdup (_("Nothing to import: the file has a header but no rows"));

  if (added == 0)
    g_string_append (text, _("Nothing new"));
  else
    g_string_append_printf (text, ngettext ("Imported %u row", "Imported %u rows", added), added);

  if (same > 0)
    {
      g_string_append (text, "; ");
      g_string_append_printf (text, ngettext ("%u was already in the diary",
                                              "%u were already in the diary", same), same);
    }
  if (different > 0)
    {
      g_string_append (text, "; ");
      g_string_append_printf (text, ngettext ("%u was not imported because the diary has "
                                              "other values for that day or session, which "
                                              "were kept",
                                              "%u were not imported because the diary has "
                                              "other values for those days or sessions, which "
                                              "were kept", different), different);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
