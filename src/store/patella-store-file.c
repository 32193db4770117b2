/* patella-store-file.c: what the diary file is before SQLite writes to it
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "patella-schema.h"
#include "patella-store-private.h"

gboolean
_patella_store_set_errno_error (GError    **error,
                                int         errsv,
                                const char *path)
{
  PatellaStoreError code = _patella_store_error_from_errno (errsv);

  g_debug ("%s: %s", path, g_strerror (errsv));
  if (code == PATELLA_STORE_ERROR_NOT_FOUND)
    code = PATELLA_STORE_ERROR_IO;
  _patella_store_set_file_error (error, code, path);
  return FALSE;
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static goffset
file_size_or_zero (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return 0;
  return st.st_size;
}

/* Reads only the 100-byte header, so a file that is not ours is judged
 * without SQLite ever opening it for writing. */
gboolean
_patella_store_check_existing_file (const char *path,
                                    GError    **error)
{
  static const char magic[16] = "SQLite format 3";
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  guint8 header[100];
  struct stat st;
  gssize n = 0;
  guint32 page_size, page_count;
  int fd;

  /* Never open a FIFO or device to look at it: that could block or read
   * forever. */
  if (g_stat (path, &st) != 0)
    return _patella_store_set_errno_error (error, errno, path);
  if (!S_ISREG (st.st_mode))
    {
      _patella_store_set_file_error (error, PATELLA_STORE_ERROR_NOT_A_DATABASE, path);
      return FALSE;
    }

  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);
  if (fd < 0)
    return _patella_store_set_errno_error (error, errno, path);

  if (fstat (fd, &st) != 0)
    {
      int errsv = errno;
      close (fd);
      return _patella_store_set_errno_error (error, errsv, path);
    }

  while (S_ISREG (st.st_mode) && n < (gssize) sizeof header)
    {
      gssize r = read (fd, header + n, sizeof header - n);

      if (r < 0 && errno == EINTR)
        continue;
      if (r < 0)
        {
          int errsv = errno;
          close (fd);
          return _patella_store_set_errno_error (error, errsv, path);
        }
      if (r == 0)
        break;
      n += r;
    }
  close (fd);

  if (!S_ISREG (st.st_mode))
    {
      _patella_store_set_file_error (error, PATELLA_STORE_ERROR_NOT_A_DATABASE, path);
      return FALSE;
    }

  if (st.st_size == 0)
    {
      _patella_store_set_file_error (error, PATELLA_STORE_ERROR_EMPTY, path);
      return FALSE;
    }

  if (memcmp (header, magic, MIN ((gsize) n, sizeof magic)) != 0)
    {
      _patella_store_set_file_error (error, PATELLA_STORE_ERROR_NOT_A_DATABASE, path);
      return FALSE;
    }

  if (n < (gssize) sizeof header)
    {
      _patella_store_set_file_error (error, PATELLA_STORE_ERROR_TRUNCATED, path);
      return FALSE;
    }

  page_size = ((guint32) header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  if (page_size < 512 || page_size > 65536 || (page_size & (page_size - 1)) != 0)
    {
      _patella_store_set_file_error (error, PATELLA_STORE_ERROR_CORRUPT, path);
      return FALSE;
    }

  /* The header's page count is trustworthy when its "valid for" counter
   * matches the change counter. With a non-empty WAL beside it, the main file
   * may legitimately lag behind (a checkpoint in flight), so SQLite decides. */
  page_count = read_be32 (header + 28);
  if (page_count > 0
      && read_be32 (header + 92) == read_be32 (header + 24)
      && file_size_or_zero (wal) == 0
      && (guint64) st.st_size < (guint64) page_count * page_size)
    {
      _patella_store_set_file_error (error, PATELLA_STORE_ERROR_TRUNCATED, path);
      return FALSE;
    }

  return TRUE;
}

/* Ours (or a blank SQLite file, which has nothing to lose) and not newer. */
gboolean
_patella_store_check_owner (sqlite3    *db,
                            const char *path,
                            int        *version,
                            int        *n_objects,
                            GError    **error)
{
  int app_id = 0;
  int rc;

  rc = _patella_store_query_int (db, "PRAGMA application_id", &app_id);
  if (rc == SQLITE_OK)
    rc = _patella_store_query_int (db, "PRAGMA user_version", version);
  if (rc == SQLITE_OK)
    rc = _patella_store_query_int (db, "SELECT count(*) FROM sqlite_schema", n_objects);
  if (rc != SQLITE_OK)
    {
      _patella_store_set_sqlite_error (error, rc, db, path);
      return FALSE;
    }

  if (app_id != PATELLA_SCHEMA_APPLICATION_ID
      && !(app_id == 0 && *version == 0 && *n_objects == 0))
    {
      _patella_store_set_file_error (error, PATELLA_STORE_ERROR_NOT_A_DATABASE, path);
      return FALSE;
    }
  if (*version > PATELLA_SCHEMA_VERSION)
    {
      _patella_store_set_file_error (error, PATELLA_STORE_ERROR_NEWER_VERSION, path);
      return FALSE;
    }

  return TRUE;
}

/* Another program's database, or a newer Patella's, is refused before
 * SQLite opens it for real: even a read through a normal connection leaves
 * an empty -wal and a -shm beside a WAL-mode file. "immutable" reads the
 * file alone, with no locks and no companions. With a WAL beside it the
 * file alone may be out of date, so the normal open decides. */
gboolean
_patella_store_probe_owner (const char *path,
                            GError    **error)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *escaped = NULL;
  g_autofree char *uri = NULL;
  int version = 0, n_objects = 0;
  sqlite3 *db = NULL;
  gboolean ok;
  int rc;

  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    return TRUE;

  escaped = g_uri_escape_string (path, "/", FALSE);
  uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);
  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK)
    _patella_store_set_sqlite_error (error, rc, db, path);
  ok = rc == SQLITE_OK && _patella_store_check_owner (db, path, &version, &n_objects, error);
  sqlite3_close (db);

  return ok;
}

/* The owner's write bit counts as well as access(): it is how a person marks
 * a file read-only, and it must be respected even when running as root. */
gboolean
_patella_store_is_writable (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return FALSE;

  return (st.st_mode & S_IWUSR) != 0 && g_access (path, W_OK) == 0;
}

gboolean
_patella_store_check_writable (const char *path,
                               gboolean    file_exists,
                               GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  /* WAL needs to create files beside the database, and so do backups and
   * "start fresh", so a read-only folder is as bad as a read-only file. */
  if (!_patella_store_is_writable (dir) || (file_exists && !_patella_store_is_writable (path)))
    {
      _patella_store_set_file_error (error, PATELLA_STORE_ERROR_READ_ONLY, path);
      return FALSE;
    }

  return TRUE;
}

/* One integer from a query, for PRAGMAs and counts. */
int
_patella_store_query_int (sqlite3    *db,
                          const char *sql,
                          int        *value)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
      else if (rc == SQLITE_DONE)
        rc = SQLITE_ERROR;
    }
  sqlite3_finalize (stmt);

  return rc;
}
