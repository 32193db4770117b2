/* patella-csv-export.c: every table of the diary as CSV files in a folder
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "patella-csv-export.h"
#include "patella-store-private.h"

/* RFC 4180: quoted only when needed, quotes doubled. Leading or trailing
 * spaces are quoted too, so no reader is tempted to trim them. */
void
patella_csv_append_field (GString    *line,
                          const char *value)
{
  gsize len = value ? strlen (value) : 0;

  if (len == 0)
    return;

  if (strpbrk (value, ",\"\r\n") == NULL && value[0] != ' ' && value[len - 1] != ' ')
    {
      g_string_append_len (line, value, len);
      return;
    }

  g_string_append_c (line, '"');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

/* ISO 8601 in UTC with microseconds, so an instant round-trips exactly:
 * 2026-03-29T07:30:00.000000Z. */
char *
patella_csv_format_instant (gint64 utc_us)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (utc_us / G_USEC_PER_SEC);
  gint64 frac = utc_us % G_USEC_PER_SEC;

  g_return_val_if_fail (utc != NULL && utc_us >= 0, NULL);

  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02d.%06" G_GINT64_FORMAT "Z",
                          g_date_time_get_year (utc), g_date_time_get_month (utc),
                          g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                          g_date_time_get_minute (utc), g_date_time_get_second (utc), frac);
}

typedef enum
{
  COL_TEXT,
  COL_INT,       /* NULL stays empty */
  COL_INSTANT,   /* UTC µs; NULL or 0 stays empty */
  COL_CONTEXTS,
  COL_SIGNS,
} ColumnKind;

typedef struct
{
  const char       *file;
  const char       *header;
  const char       *sql;
  const ColumnKind *columns;
  guint             n_columns;
} TableExport;

static const ColumnKind session_columns[] = {
  COL_INSTANT, COL_INSTANT, COL_TEXT, COL_TEXT, COL_INT, COL_INT, COL_TEXT,
};
static const ColumnKind set_columns[] = {
  COL_INSTANT, COL_TEXT, COL_TEXT, COL_INT, COL_INT, COL_INT,
  COL_INT, COL_INT, COL_INT, COL_INSTANT, COL_INSTANT, COL_INT,
};
static const ColumnKind pain_columns[] = {
  COL_TEXT, COL_INT, COL_INT, COL_CONTEXTS, COL_SIGNS, COL_TEXT, COL_INSTANT, COL_INSTANT,
};
static const ColumnKind questionnaire_columns[] = {
  COL_TEXT, COL_TEXT, COL_TEXT, COL_INT, COL_INSTANT,
};

static const TableExport tables[] = {
  { PATELLA_CSV_SESSION_FILE, PATELLA_CSV_SESSION_HEADER,
    "SELECT started_us, ended_us, day, state, pain_before, pain_after, note"
    " FROM session ORDER BY started_us",
    session_columns, G_N_ELEMENTS (session_columns) },
  { PATELLA_CSV_SET_FILE, PATELLA_CSV_SET_HEADER,
    "SELECT s.started_us, t.exercise, t.side, t.set_number, t.reps_planned, t.reps_done,"
    "   t.hold_s_planned, t.hold_s_done, t.pain_during, t.started_us, t.ended_us, t.substituted"
    " FROM session_set t JOIN session s ON s.id = t.session_id"
    " ORDER BY s.started_us, t.started_us, t.id",
    set_columns, G_N_ELEMENTS (set_columns) },
  { PATELLA_CSV_PAIN_FILE, PATELLA_CSV_PAIN_HEADER,
    "SELECT day, usual, worst, contexts, warning_signs, note, recorded_us, updated_us"
    " FROM pain_entry ORDER BY day",
    pain_columns, G_N_ELEMENTS (pain_columns) },
  { PATELLA_CSV_QUESTIONNAIRE_FILE, PATELLA_CSV_QUESTIONNAIRE_HEADER,
    "SELECT kind, day, answers, score, recorded_us FROM questionnaire ORDER BY kind, day",
    questionnaire_columns, G_N_ELEMENTS (questionnaire_columns) },
};

static void
append_value (GString      *line,
              sqlite3_stmt *stmt,
              int           i,
              ColumnKind    kind)
{
  g_autofree char *text = NULL;

  if (sqlite3_column_type (stmt, i) == SQLITE_NULL)
    return;

  switch (kind)
    {
    case COL_TEXT:
      patella_csv_append_field (line, (const char *) sqlite3_column_text (stmt, i));
      return;
    case COL_INT:
      g_string_append_printf (line, "%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, i));
      return;
    case COL_INSTANT:
      if (sqlite3_column_int64 (stmt, i) > 0)
        text = patella_csv_format_instant (sqlite3_column_int64 (stmt, i));
      break;
    case COL_CONTEXTS:
      text = patella_flags_to_nicks (PATELLA_TYPE_PAIN_CONTEXT, sqlite3_column_int (stmt, i));
      break;
    case COL_SIGNS:
      text = patella_flags_to_nicks (PATELLA_TYPE_WARNING_SIGN, sqlite3_column_int (stmt, i));
      break;
    default:
      g_assert_not_reached ();
    }

  patella_csv_append_field (line, text);
}

static GString *
table_to_csv (PatellaStore      *store,
              const TableExport *table,
              GError           **error)
{
  g_autoptr(GString) out = g_string_new (table->header);
  g_autoptr(PatellaStmt) stmt = patella_store_prepare (store, table->sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  g_string_append (out, "\r\n");
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (guint i = 0; i < table->n_columns; i++)
        {
          if (i > 0)
            g_string_append_c (out, ',');
          append_value (out, stmt, (int) i, table->columns[i]);
        }
      g_string_append (out, "\r\n");
    }

  if (rc != SQLITE_DONE)
    {
      patella_store_set_sqlite_error (error, rc, store->db, store->path);
      return NULL;
    }

  return g_steal_pointer (&out);
}

static PatellaStoreError
file_error_code (const GError *error)
{
  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC))
    return PATELLA_STORE_ERROR_FULL;
  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_ACCES)
      || g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_PERM)
      || g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_ROFS))
    return PATELLA_STORE_ERROR_READ_ONLY;
  return PATELLA_STORE_ERROR_IO;
}

/**
 * patella_csv_export:
 * @dir: the folder to write into; created (0700) if missing
 *
 * Writes session.csv, session_set.csv, pain_entry.csv and questionnaire.csv
 * (RFC 4180, UTF-8, a header row, CRLF line ends, ISO 8601 UTC instants),
 * all four from one consistent snapshot. Each file replaces any file of the
 * same name atomically. For `patella --export-csv DIR`.
 */
gboolean
patella_csv_export (PatellaStore *store,
                    const char   *dir,
                    GError      **error)
{
  GString *contents[G_N_ELEMENTS (tables)] = { NULL, };
  gboolean ok = TRUE;
  int rc;

  g_return_val_if_fail (PATELLA_IS_STORE (store), FALSE);
  g_return_val_if_fail (dir != NULL, FALSE);

  if (!patella_store_check_open (store, error))
    return FALSE;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      patella_store_set_file_error (error, patella_store_error_from_errno (errno), dir);
      return FALSE;
    }

  /* One read transaction: a set never refers to a session missing from
   * the sessions file because a write came in between. */
  rc = sqlite3_exec (store->db, "BEGIN", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return patella_store_fail (store, rc, error);
  for (guint i = 0; i < G_N_ELEMENTS (tables) && ok; i++)
    {
      contents[i] = table_to_csv (store, &tables[i], error);
      ok = contents[i] != NULL;
    }
  patella_store_rollback (store);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *path = g_build_filename (dir, tables[i].file, NULL);
      g_autoptr(GError) local_error = NULL;

      if (ok && !g_file_set_contents_full (path, contents[i]->str, contents[i]->len,
                                           G_FILE_SET_CONTENTS_CONSISTENT, 0600, &local_error))
        {
          g_debug ("%s", local_error->message);
          patella_store_set_file_error (error, file_error_code (local_error), path);
          ok = FALSE;
        }
      if (contents[i] != NULL)
        g_string_free (contents[i], TRUE);
    }

  return ok;
}
