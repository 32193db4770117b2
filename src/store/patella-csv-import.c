/* patella-csv-import.c: reading CSV files and export folders safely, then importing them
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "patella-csv-export.h"
#include "patella-csv-parse.h"

#define CHUNK (64 * 1024)
/* A manifest is nine short lines. */
#define MANIFEST_MAX 4096

/* Opens anything without blocking (a FIFO would wait for a writer forever)
 * and judges the file by the descriptor it will read, so a symlink to
 * /dev/zero or a file swapped in meanwhile is caught too. */
static int
open_regular (const char *path,
              const char *name,
              goffset     max,
              GError    **error)
{
  struct stat st;
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0);

  if (fd < 0)
    {
      int errsv = errno;
      g_set_error (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_READ,
                   _("“%s” cannot be read: %s."), name, g_strerror (errsv));
      return -1;
    }

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_set_error (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_READ,
                   _("“%s” is not a regular file (it is a device, a pipe or a folder), so "
                     "it was not read. Choose a CSV file that Patella exported."), name);
      close (fd);
      return -1;
    }

  if (st.st_size > max)
    {
      _patella_csv_set_error (error, PATELLA_CSV_ERROR_READ, name, 1, NULL,
                              _("the file is too big to be a Patella export"));
      close (fd);
      return -1;
    }

  return fd;
}

/* Reads n bytes or to the end; -1 with errno on failure. */
static gssize
read_some (int    fd,
           char  *buf,
           gsize  n)
{
  gssize r;

  do
    r = read (fd, buf, n);
  while (r < 0 && errno == EINTR);

  return r;
}

/* Parses the file as it is read, a chunk at a time, so memory holds the
 * rows, never the file; the cap counts bytes actually read, since st_size
 * can lie (a file still growing). */
static PatellaCsvTable *
read_table (const char      *path,
            const char      *name,
            GCancellable    *cancellable,
            PatellaProgress *progress,
            char           **sha256,
            GError         **error)
{
  g_autoptr(PatellaCsvParser) parser = NULL;
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *buf = NULL;
  goffset total = 0;
  struct stat st;
  int fd;

  fd = open_regular (path, name, PATELLA_CSV_MAX_FILE_SIZE, error);
  if (fd < 0)
    return NULL;
  fstat (fd, &st);

  parser = patella_csv_parser_new (name);
  buf = g_malloc (CHUNK);
  for (;;)
    {
      gssize n = read_some (fd, buf, CHUNK);

      if (n < 0)
        {
          int errsv = errno;
          g_set_error (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_READ,
                       _("“%s” cannot be read: %s."), name, g_strerror (errsv));
          close (fd);
          return NULL;
        }
      if (n == 0)
        break;

      total += n;
      if (total > PATELLA_CSV_MAX_FILE_SIZE)
        {
          _patella_csv_set_error (error, PATELLA_CSV_ERROR_READ, name, 1, NULL,
                                  _("the file is too big to be a Patella export"));
          close (fd);
          return NULL;
        }
      g_checksum_update (checksum, (const guchar *) buf, n);
      patella_csv_parser_feed (parser, buf, n);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          close (fd);
          return NULL;
        }
      patella_progress_report (progress, st.st_size > 0 ? (double) total / st.st_size : 1);
    }
  close (fd);

  /* Given even when the rows are refused: for a file of an export, a
   * changed checksum says more than the parse error it caused. */
  if (sha256 != NULL)
    *sha256 = g_strdup (g_checksum_get_string (checksum));
  return patella_csv_parser_finish (parser, error);
}

typedef struct
{
  gboolean listed;
  guint    n_rows;
  char     sha256[65];
} ManifestEntry;

/* The tables every export has listed since the first; the program's came
 * later (schema v4) and are listed all together or not at all. */
static gboolean
is_program_table (guint k)
{
  return k >= PATELLA_CSV_TABLE_EXERCISE;
}

static gboolean incomplete (GError    **error,
                            const char *dir,
                            const char *format,
                            ...) G_GNUC_PRINTF (3, 4);

static gboolean
incomplete (GError    **error,
            const char *dir,
            const char *format,
            ...)
{
  g_autofree char *name = g_filename_display_name (dir);
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: the folder, then what is wrong with the set of files in it. */
  g_set_error (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_INCOMPLETE,
               _("“%s” is not a whole Patella export: %s. Nothing was imported."), name, what);
  return FALSE;
}

/* The export's promise: which files, how many rows, which bytes. */
static gboolean
read_manifest (const char    *dir,
               ManifestEntry  entries[PATELLA_CSV_N_TABLES],
               GError       **error)
{
  g_autofree char *path = g_build_filename (dir, PATELLA_CSV_MANIFEST_FILE, NULL);
  char text[MANIFEST_MAX + 1];
  g_auto(GStrv) lines = NULL;
  gssize n;
  int fd;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return incomplete (error, dir,
                       _("%s is missing, so the export that made this folder did not finish "
                         "(or the files were gathered by hand; import them one at a time)"),
                       PATELLA_CSV_MANIFEST_FILE);

  fd = open_regular (path, PATELLA_CSV_MANIFEST_FILE, MANIFEST_MAX, error);
  if (fd < 0)
    return FALSE;
  n = read_some (fd, text, MANIFEST_MAX);
  close (fd);
  text[MAX (n, 0)] = '\0';

  /* One line per file, in any order; an export from before the program
   * was exported lists only the diary's four files. */
  memset (entries, 0, sizeof (ManifestEntry) * PATELLA_CSV_N_TABLES);
  lines = g_strsplit (text, "\n", -1);
  if (n <= 0 || g_strv_length (lines) < 2 || !g_str_equal (lines[0], PATELLA_CSV_MANIFEST_MAGIC))
    return incomplete (error, dir, _("%s is damaged"), PATELLA_CSV_MANIFEST_FILE);

  for (guint l = 1; lines[l] != NULL; l++)
    {
      g_auto(GStrv) parts = NULL;
      guint64 rows = 0;
      guint k;

      if (lines[l][0] == '\0' && lines[l + 1] == NULL)
        break;
      parts = g_strsplit (lines[l], " ", 3);
      for (k = 0; k < PATELLA_CSV_N_TABLES; k++)
        if (g_strv_length (parts) == 3 && g_str_equal (parts[0], patella_csv_formats[k].file))
          break;
      if (k == PATELLA_CSV_N_TABLES || entries[k].listed
          || !g_ascii_string_to_unsigned (parts[1], 10, 0, G_MAXUINT, &rows, NULL)
          || strlen (parts[2]) != 64 || strspn (parts[2], "0123456789abcdef") != 64)
        return incomplete (error, dir, _("%s is damaged"), PATELLA_CSV_MANIFEST_FILE);

      entries[k].listed = TRUE;
      entries[k].n_rows = (guint) rows;
      memcpy (entries[k].sha256, parts[2], 65);
    }

  for (guint k = 0; k < PATELLA_CSV_N_TABLES; k++)
    if (!entries[k].listed
        && (!is_program_table (k) || entries[PATELLA_CSV_TABLE_EXERCISE].listed
            || entries[PATELLA_CSV_TABLE_PROGRAM].listed || entries[PATELLA_CSV_TABLE_PLAN].listed
            || entries[PATELLA_CSV_TABLE_DOSE_CHANGE].listed))
      /* Translators: the first %s is the manifest's name, the second a CSV file's. */
      return incomplete (error, dir, _("%s does not list %s"), PATELLA_CSV_MANIFEST_FILE,
                         patella_csv_formats[k].file);

  return TRUE;
}

static gboolean
read_folder (const char      *dir,
             GPtrArray       *tables,
             GCancellable    *cancellable,
             PatellaProgress *progress,
             GError         **error)
{
  ManifestEntry entries[PATELLA_CSV_N_TABLES];

  if (!read_manifest (dir, entries, error))
    return FALSE;

  /* Every file listed is there before any is read; one that is there but
   * not listed was put beside an older export, not written with it. */
  for (guint k = 0; k < PATELLA_CSV_N_TABLES; k++)
    {
      g_autofree char *path = g_build_filename (dir, patella_csv_formats[k].file, NULL);
      gboolean exists = g_file_test (path, G_FILE_TEST_EXISTS);

      if (entries[k].listed && !exists)
        return incomplete (error, dir, _("%s is missing"), patella_csv_formats[k].file);
      if (!entries[k].listed && exists)
        return incomplete (error, dir, _("%s is there, but the export that wrote %s did not "
                                         "write it"),
                           patella_csv_formats[k].file, PATELLA_CSV_MANIFEST_FILE);
    }

  for (guint k = 0; k < PATELLA_CSV_N_TABLES; k++)
    {
      const char *file = patella_csv_formats[k].file;
      g_autofree char *path = NULL;
      g_autofree char *sha256 = NULL;
      g_autoptr(GError) local_error = NULL;
      PatellaCsvTable *table;

      if (!entries[k].listed)
        continue;
      path = g_build_filename (dir, file, NULL);

      patella_progress_set_range (progress, (double) k / PATELLA_CSV_N_TABLES,
                                  (double) (k + 1) / PATELLA_CSV_N_TABLES);

      table = read_table (path, file, cancellable, progress, &sha256, &local_error);
      if (table != NULL)
        g_ptr_array_add (tables, table);

      if (sha256 != NULL && (!g_str_equal (sha256, entries[k].sha256)
                             || (table != NULL && (table->kind != k
                                                   || table->rows->len != entries[k].n_rows))))
        return incomplete (error, dir,
                           _("%s is not the file that export wrote (it was changed "
                             "afterwards, or comes from another export)"), file);
      if (table == NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  return TRUE;
}

/* A file, or an export folder, read and checked; nothing is written. */
GPtrArray *
_patella_csv_read_full (const char      *path,
                        GCancellable    *cancellable,
                        PatellaProgress *progress,
                        GError         **error)
{
  g_autoptr(GPtrArray) tables =
    g_ptr_array_new_with_free_func ((GDestroyNotify) patella_csv_table_free);
  GStatBuf st;

  if (g_stat (path, &st) == 0 && S_ISDIR (st.st_mode))
    {
      if (!read_folder (path, tables, cancellable, progress, error))
        return NULL;
    }
  else
    {
      g_autofree char *name = g_filename_display_basename (path);
      PatellaCsvTable *table = read_table (path, name, cancellable, progress, NULL, error);

      if (table == NULL)
        return NULL;
      g_ptr_array_add (tables, table);
    }

  return g_steal_pointer (&tables);
}

/**
 * patella_csv_read:
 * @path: one CSV file, or a folder an export wrote
 *
 * Returns: (transfer full) (element-type PatellaCsvTable): the checked
 *   tables, for patella_csv_apply(); no diary is opened.
 */
GPtrArray *
patella_csv_read (const char *path,
                  GError    **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  return _patella_csv_read_full (path, NULL, NULL, error);
}

/**
 * patella_csv_import:
 * @path: one CSV file, or a folder holding a whole export
 * @stats: (out) (optional): rows added and rows already there
 *
 * Reads and checks every row of every file first, then writes them all in
 * one transaction, or nothing. For `patella --import-csv FILE`.
 */
gboolean
patella_csv_import (PatellaStore          *store,
                    const char            *path,
                    PatellaCsvImportStats *stats,
                    GError               **error)
{
  g_autoptr(GPtrArray) tables = NULL;

  g_return_val_if_fail (PATELLA_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  tables = patella_csv_read (path, error);
  if (tables == NULL)
    return FALSE;

  return patella_csv_apply (store, (PatellaCsvTable * const *) tables->pdata, tables->len,
                            stats, error);
}
