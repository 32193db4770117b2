/* patella-csv-export.c: every table of the diary as CSV files in a folder, all or nothing
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/* renameat2, RENAME_EXCHANGE */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "patella-csv-export.h"
#include "patella-csv-private.h"

#define FLUSH_AT (64 * 1024)
#define ROWS_PER_STEP 512

static const char * const export_names[] = {
  PATELLA_CSV_SESSION_FILE, PATELLA_CSV_SET_FILE, PATELLA_CSV_PAIN_FILE,
  PATELLA_CSV_QUESTIONNAIRE_FILE, PATELLA_CSV_EXERCISE_FILE, PATELLA_CSV_PROGRAM_FILE,
  PATELLA_CSV_PLAN_FILE, PATELLA_CSV_DOSE_CHANGE_FILE, PATELLA_CSV_MANIFEST_FILE, NULL,
};

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

static void
append_value (GString                *line,
              sqlite3_stmt           *stmt,
              int                     i,
              const PatellaCsvColumn *column)
{
  g_autofree char *text = NULL;

  if (sqlite3_column_type (stmt, i) == SQLITE_NULL)
    return;

  switch (column->kind)
    {
    case PATELLA_CSV_COL_INT:
    case PATELLA_CSV_COL_INT_OPT:
    case PATELLA_CSV_COL_PAIN:
    case PATELLA_CSV_COL_BOOL:
      g_string_append_printf (line, "%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, i));
      return;
    case PATELLA_CSV_COL_INSTANT:
    case PATELLA_CSV_COL_INSTANT_OPT:
      if (sqlite3_column_int64 (stmt, i) > 0)
        text = patella_csv_format_instant (sqlite3_column_int64 (stmt, i));
      break;
    case PATELLA_CSV_COL_CONTEXTS:
      text = patella_flags_to_nicks (PATELLA_TYPE_PAIN_CONTEXT, sqlite3_column_int (stmt, i));
      break;
    case PATELLA_CSV_COL_SIGNS:
      text = patella_flags_to_nicks (PATELLA_TYPE_WARNING_SIGN, sqlite3_column_int (stmt, i));
      break;
    case PATELLA_CSV_COL_TEXT:
    case PATELLA_CSV_COL_DAY:
    case PATELLA_CSV_COL_STATE:
    case PATELLA_CSV_COL_SIDE:
    default:
      patella_csv_append_field (line, (const char *) sqlite3_column_text (stmt, i));
      return;
    }

  patella_csv_append_field (line, text);
}

/* Says what went wrong with the target folder, and that nothing in it changed. */
static gboolean
export_error (GError    **error,
              int         errsv,
              const char *dir)
{
  g_autofree char *name = g_filename_display_name (dir);
  PatellaStoreError code = _patella_store_error_from_errno (errsv);

  if (code == PATELLA_STORE_ERROR_FULL)
    g_set_error (error, PATELLA_STORE_ERROR, code,
                 _("There is no space left on the disk of “%s”. The export was not written "
                   "and nothing in that folder changed; free some space and try again."), name);
  else if (code == PATELLA_STORE_ERROR_READ_ONLY)
    g_set_error (error, PATELLA_STORE_ERROR, code,
                 _("“%s” cannot be written: the folder (or the one it is in) is read-only. "
                   "Nothing in it changed."), name);
  else
    g_set_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_IO,
                 _("The export into “%s” failed (%s). Nothing in that folder changed."),
                 name, g_strerror (errsv));
  return FALSE;
}

static gboolean
write_all (int         fd,
           const char *data,
           gsize       len)
{
  while (len > 0)
    {
      gssize n = write (fd, data, len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return FALSE;
      data += n;
      len -= n;
    }
  return TRUE;
}

typedef struct
{
  PatellaStore    *store;
  const char      *dir;        /* the target, for messages */
  GCancellable    *cancellable;
  PatellaProgress *progress;
  guint            total;      /* rows in the whole diary */
  guint            done;
  GString         *manifest;
} Export;

/* One table into staging/file, flushed as it goes, hashed for the manifest. */
static gboolean
write_table (Export                 *e,
             const char             *staging,
             const PatellaCsvFormat *format,
             GError                **error)
{
  g_autofree char *path = g_build_filename (staging, format->file, NULL);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(PatellaStmt) stmt = _patella_store_prepare (e->store, format->select_sql, error);
  g_autoptr(GString) out = NULL;
  g_autofree char *header = NULL;
  guint n_rows = 0;
  int fd, rc = SQLITE_ROW;

  if (stmt == NULL)
    return FALSE;

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    return export_error (error, errno, e->dir);

  header = _patella_csv_header (format - patella_csv_formats);
  out = g_string_new (header);
  g_string_append (out, "\r\n");
  while (rc == SQLITE_ROW)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          for (guint i = 0; i < format->n_columns; i++)
            {
              if (i > 0)
                g_string_append_c (out, ',');
              append_value (out, stmt, (int) i, &format->columns[i]);
            }
          g_string_append (out, "\r\n");
          n_rows++;
          if (++e->done % ROWS_PER_STEP == 0)
            {
              if (g_cancellable_set_error_if_cancelled (e->cancellable, error))
                goto fail;
              patella_progress_report (e->progress, (double) e->done / MAX (e->total, 1));
            }
        }
      else if (rc != SQLITE_DONE)
        {
          _patella_store_set_sqlite_error (error, rc, e->store->db, e->store->path);
          goto fail;
        }

      if (out->len >= FLUSH_AT || rc == SQLITE_DONE)
        {
          g_checksum_update (checksum, (const guchar *) out->str, out->len);
          if (!write_all (fd, out->str, out->len))
            {
              export_error (error, errno, e->dir);
              goto fail;
            }
          g_string_truncate (out, 0);
        }
    }

  if (fsync (fd) != 0 || close (fd) != 0)
    return export_error (error, errno, e->dir);

  g_string_append_printf (e->manifest, "%s %u %s\n", format->file, n_rows,
                          g_checksum_get_string (checksum));
  return TRUE;

fail:
  close (fd);
  return FALSE;
}

/* Removes a staging folder: only the names an export writes, so rmdir
 * fails rather than take anything else with it. */
static void
remove_staging (const char *staging)
{
  for (guint i = 0; export_names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (staging, export_names[i], NULL);
      g_unlink (path);
    }
  g_rmdir (staging);
}

/* A kill -9 can leave a staging folder beside the target; the next export
 * of the same folder clears it. */
static void
remove_stale_staging (const char *parent,
                      const char *prefix)
{
  g_autoptr(GDir) d = g_dir_open (parent, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix))
      {
        g_autofree char *path = g_build_filename (parent, name, NULL);
        remove_staging (path);
      }
}

/* Which names are in dir: 0 empty, 1 only an export's files, 2 other things too. */
static int
dir_contents (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  int kind = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    kind = MAX (kind, g_strv_contains (export_names, name) ? 1 : 2);

  return kind;
}

/* Puts the finished staging folder in place of dir, as one rename where
 * the file system allows it. Into a folder holding other files, file by
 * file with the manifest last; the old manifest goes first, so an
 * interrupted switch leaves a folder that import refuses. */
static gboolean
move_into_place (const char *staging,
                 const char *dir,
                 GError    **error)
{
  g_autofree char *parent = g_path_get_dirname (dir);
  int contents = g_file_test (dir, G_FILE_TEST_EXISTS) ? dir_contents (dir) : 0;

  if (contents == 0 && g_rename (staging, dir) == 0)
    goto done;
  if (contents <= 1 && renameat2 (AT_FDCWD, staging, AT_FDCWD, dir, RENAME_EXCHANGE) == 0)
    {
      remove_staging (staging); /* now the old export */
      goto done;
    }

  {
    g_autofree char *manifest = g_build_filename (dir, PATELLA_CSV_MANIFEST_FILE, NULL);

    if (g_unlink (manifest) != 0 && errno != ENOENT)
      return export_error (error, errno, dir);
    _patella_store_fsync_dir (dir);
    for (guint i = 0; export_names[i] != NULL; i++)
      {
        g_autofree char *from = g_build_filename (staging, export_names[i], NULL);
        g_autofree char *to = g_build_filename (dir, export_names[i], NULL);

        if (g_rename (from, to) != 0)
          return export_error (error, errno, dir);
      }
    _patella_store_fsync_dir (dir);
    g_rmdir (staging);
  }

done:
  _patella_store_fsync_dir (parent);
  return TRUE;
}

/* The target must be a folder, or nothing yet; a file of ours in it must be
 * a file, or replacing it would fail halfway. */
static gboolean
check_target (const char *dir,
              GError    **error)
{
  g_autofree char *name = g_filename_display_name (dir);
  GStatBuf st;

  if (g_lstat (dir, &st) != 0)
    return TRUE;
  if (!S_ISDIR (st.st_mode) && !(S_ISLNK (st.st_mode) && g_file_test (dir, G_FILE_TEST_IS_DIR)))
    {
      g_set_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID,
                   _("“%s” is a file, not a folder. Choose a folder to export into; it is "
                     "made if it does not exist."), name);
      return FALSE;
    }

  for (guint i = 0; export_names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (dir, export_names[i], NULL);

      if (g_lstat (path, &st) == 0 && !S_ISREG (st.st_mode))
        {
          g_set_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID,
                       _("“%s” holds a folder or link named %s where the export writes a "
                         "file. Move it away or choose another folder; nothing was "
                         "changed."), name, export_names[i]);
          return FALSE;
        }
    }

  return TRUE;
}

static guint
count_rows (PatellaStore *store)
{
  g_autoptr(PatellaStmt) stmt =
    _patella_store_prepare (store, "SELECT (SELECT count(*) FROM session)"
                                  " + (SELECT count(*) FROM session_set)"
                                  " + (SELECT count(*) FROM pain_entry)"
                                  " + (SELECT count(*) FROM questionnaire)"
                                  " + (SELECT count(*) FROM custom_exercise)"
                                  " + (SELECT count(*) FROM program)"
                                  " + (SELECT count(*) FROM plan_exercise)"
                                  " + (SELECT count(*) FROM dose_change)", NULL);

  return stmt && sqlite3_step (stmt) == SQLITE_ROW ? (guint) sqlite3_column_int64 (stmt, 0) : 0;
}

/* The export with its cancellable and progress; see patella_csv_export(). */
gboolean
_patella_csv_export_full (PatellaStore    *store,
                          const char      *dir,
                          GCancellable    *cancellable,
                          PatellaProgress *progress,
                          GError         **error)
{
  g_autofree char *parent = NULL;
  g_autofree char *base = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *staging = NULL;
  Export e = { store, dir, cancellable, progress, 0, 0, NULL };
  gboolean ok = TRUE;
  int rc;

  if (!_patella_store_check_open (store, error) || !check_target (dir, error))
    return FALSE;

  parent = g_path_get_dirname (dir);
  base = g_path_get_basename (dir);
  if (g_mkdir_with_parents (parent, 0700) != 0)
    return export_error (error, errno, dir);

  /* Beside the target, so the switch is a rename on one file system. */
  prefix = g_strdup_printf (".%s.export-", base);
  remove_stale_staging (parent, prefix);
  staging = g_strconcat (parent, G_DIR_SEPARATOR_S, prefix, "XXXXXX", NULL);
  if (g_mkdtemp_full (staging, 0700) == NULL)
    return export_error (error, errno, dir);

  /* One read transaction: a set never refers to a session missing from
   * the sessions file because a write came in between. */
  rc = sqlite3_exec (store->db, "BEGIN", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      remove_staging (staging);
      return _patella_store_fail (store, rc, error);
    }
  e.total = count_rows (store);
  e.manifest = g_string_new (PATELLA_CSV_MANIFEST_MAGIC "\n");
  for (guint k = 0; k < PATELLA_CSV_N_TABLES && ok; k++)
    ok = write_table (&e, staging, &patella_csv_formats[k], error);
  _patella_store_rollback (store);

  if (ok)
    {
      g_autofree char *path = g_build_filename (staging, PATELLA_CSV_MANIFEST_FILE, NULL);
      int fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

      ok = fd >= 0 && write_all (fd, e.manifest->str, e.manifest->len) && fsync (fd) == 0;
      if (!ok)
        export_error (error, errno, dir);
      if (fd >= 0)
        close (fd);
      _patella_store_fsync_dir (staging);
    }
  g_string_free (e.manifest, TRUE);

  ok = ok && !g_cancellable_set_error_if_cancelled (cancellable, error)
       && move_into_place (staging, dir, error);
  if (!ok)
    remove_staging (staging);
  else
    patella_progress_report (progress, 1.0);

  return ok;
}

/**
 * patella_csv_export:
 * @dir: the folder to write into; created (0700) if missing
 *
 * Writes session.csv, session_set.csv, pain_entry.csv and questionnaire.csv
 * (RFC 4180, UTF-8, a header row, CRLF line ends, ISO 8601 UTC instants),
 * all four from one consistent snapshot, and patella-export.txt with each
 * file's rows and SHA-256. The files are made in a folder beside @dir and
 * put in place together, so @dir holds the old export or the new one, never
 * a mix; on failure nothing is left behind. For `patella --export-csv DIR`.
 */
gboolean
patella_csv_export (PatellaStore *store,
                    const char   *dir,
                    GError      **error)
{
  g_return_val_if_fail (PATELLA_IS_STORE (store), FALSE);
  g_return_val_if_fail (dir != NULL, FALSE);

  return _patella_csv_export_full (store, dir, NULL, NULL, error);
}
