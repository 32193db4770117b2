/* patella-store.c: opening the diary database safely, and what every query shares
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/* renameat2 and RENAME_NOREPLACE */
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

#include "patella-schema.h"
#include "patella-store-private.h"

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];
static guint busy_timeout_msec = 3000;

G_DEFINE_FINAL_TYPE (PatellaStore, patella_store, G_TYPE_OBJECT)

static void
patella_store_finalize (GObject *object)
{
  PatellaStore *self = (PatellaStore *) object;

  patella_store_close (self);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_object (&self->pain_model);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (patella_store_parent_class)->finalize (object);
}

static void
patella_store_class_init (PatellaStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = patella_store_finalize;

  /**
   * PatellaStore::changed:
   * @table: "session", "pain_entry" or "questionnaire"
   *
   * Emitted after a write to @table was committed (also with @table as the
   * signal detail), so pages showing that data can refresh.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
patella_store_init (PatellaStore *self)
{
  self->statements = g_hash_table_new_full (NULL, NULL, NULL,
                                            (GDestroyNotify) sqlite3_finalize);
}

void
_patella_store_set_busy_timeout (guint msec)
{
  busy_timeout_msec = msec;
}

/* ---- SQLite connection ---- */

static sqlite3 *
open_connection (const char *path,
                 int         flags,
                 GError    **error)
{
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, flags | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      _patella_store_set_sqlite_error (error, rc, db, path);
      sqlite3_close (db);
      return NULL;
    }

  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, (int) busy_timeout_msec);
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);

  return db;
}

/* SQLite's quick check, a read: "ok", or the file is damaged. */
gboolean
_patella_store_quick_check (sqlite3    *db,
                            const char *path,
                            GError    **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    _patella_store_set_sqlite_error (error, rc, db, path);
  else if (!ok)
    _patella_store_set_file_error (error, PATELLA_STORE_ERROR_CORRUPT, path);

  return rc == SQLITE_OK && ok;
}

static gboolean
in_wal_mode (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  gboolean wal = FALSE;

  if (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    wal = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "wal") == 0;
  sqlite3_finalize (stmt);

  return wal;
}

/* Reads before it writes: a file that is not ours, or is newer, is refused
 * before the first byte could change (setting WAL mode writes the header). */
static gboolean
prepare_database (sqlite3    *db,
                  const char *path,
                  gboolean    in_memory,
                  gboolean   *checked,
                  GError    **error)
{
  int version = 0, n_objects = 0;
  int rc;

  if (!_patella_store_check_owner (db, path, &version, &n_objects, error))
    return FALSE;

  /* Switching to WAL rewrites the header and a migration rewrites pages:
   * before either touches a file with data in it, it must pass the check
   * that every later first write passes too. */
  if (n_objects > 0 && !in_memory && (version < PATELLA_SCHEMA_VERSION || !in_wal_mode (db)))
    {
      if (!_patella_store_quick_check (db, path, error))
        return FALSE;
      *checked = TRUE;
    }
  else if (n_objects == 0)
    *checked = TRUE; /* nothing in it to be damaged */

  if (!in_memory)
    {
      sqlite3_stmt *stmt = NULL;

      rc = sqlite3_prepare_v2 (db, "PRAGMA journal_mode = WAL", -1, &stmt, NULL);
      if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "wal") != 0)
            g_debug ("%s: WAL unavailable, staying with a rollback journal", path);
          rc = SQLITE_OK;
        }
      sqlite3_finalize (stmt);
      if (rc != SQLITE_OK)
        {
          _patella_store_set_sqlite_error (error, rc, db, path);
          return FALSE;
        }
    }

  rc = sqlite3_exec (db, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      _patella_store_set_sqlite_error (error, rc, db, path);
      return FALSE;
    }

  return patella_schema_migrate (db, PATELLA_SCHEMA_VERSION, path, error);
}

void
_patella_store_fsync_dir (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/* Moves src to dst unless dst exists, without a window where dst could be
 * overwritten. Falls back for filesystems without RENAME_NOREPLACE. */
int
_patella_store_rename_no_replace (const char *src,
                                  const char *dst)
{
  if (renameat2 (AT_FDCWD, src, AT_FDCWD, dst, RENAME_NOREPLACE) == 0)
    return 0;
  if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
    return -1;
  if (g_file_test (dst, G_FILE_TEST_EXISTS))
    {
      errno = EEXIST;
      return -1;
    }
  return g_rename (src, dst);
}

/* patella.db -> patella-kept-20260329-101500.db, beside it, with its -wal
 * and -journal carried along (they hold committed data of that file). */
char *
_patella_store_keep_aside (const char *path,
                           GError    **error)
{
  static const char * const companions[] = { "-wal", "-journal", "-shm" };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  const char *dot = strrchr (base, '.');
  g_autofree char *stem = dot && dot != base ? g_strndup (base, dot - base) : g_strdup (base);
  const char *ext = dot && dot != base ? dot : "";
  g_autofree char *target = NULL;

  for (guint i = 1; i < 100; i++)
    {
      g_autofree char *name = NULL;

      if (i == 1)
        name = g_strdup_printf ("%s-kept-%s%s", stem, stamp, ext);
      else
        name = g_strdup_printf ("%s-kept-%s-%u%s", stem, stamp, i, ext);
      g_free (target);
      target = g_build_filename (dir, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        break;
      if (_patella_store_rename_no_replace (path, target) == 0)
        break;
      if (errno != EEXIST)
        {
          _patella_store_set_errno_error (error, errno, path);
          return NULL;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *from = g_strconcat (path, companions[i], NULL);
      g_autofree char *to = g_strconcat (target, companions[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS) && _patella_store_rename_no_replace (from, to) != 0)
        {
          _patella_store_set_errno_error (error, errno, from);
          return NULL;
        }
    }

  _patella_store_fsync_dir (dir);

  return g_steal_pointer (&target);
}

void
_patella_store_remove_temp_database (const char *tmp)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (tmp, suffixes[i], NULL);
      g_unlink (name);
    }
}

/* A new diary is built under a temporary name and linked into place whole,
 * so the path never holds a zero-length or half-made file, not even after
 * a crash; that is what lets an empty file there mean "something is wrong". */
static gboolean
create_database (const char *path,
                 GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *tmp = g_strconcat (path, ".new-XXXXXX", NULL);
  g_autofree char *orphan_wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *orphan_journal = g_strconcat (path, "-journal", NULL);
  gboolean checked = FALSE;
  sqlite3 *db;
  gboolean ok;
  int fd;

  /* A journal without its database belongs to a file that was moved away; a
   * new database must not replay it. Keep it, under another name. */
  if (g_file_test (orphan_wal, G_FILE_TEST_EXISTS)
      || g_file_test (orphan_journal, G_FILE_TEST_EXISTS))
    {
      g_autofree char *kept = _patella_store_keep_aside (path, error);
      if (kept == NULL)
        return FALSE;
      g_debug ("Kept an orphan journal of %s as %s", path, kept);
    }

  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    return _patella_store_set_errno_error (error, errno, path);
  close (fd);

  db = open_connection (tmp, SQLITE_OPEN_READWRITE, error);
  ok = db != NULL && prepare_database (db, path, FALSE, &checked, error);
  if (db != NULL && sqlite3_close (db) != SQLITE_OK && ok)
    {
      _patella_store_set_file_error (error, PATELLA_STORE_ERROR_IO, path);
      ok = FALSE;
    }

  if (ok && link (tmp, path) != 0)
    {
      int errsv = errno;

      if (errsv == EPERM || errsv == ENOTSUP || errsv == ENOSYS)
        ok = _patella_store_rename_no_replace (tmp, path) == 0 || errno == EEXIST;
      else if (errsv != EEXIST) /* someone made it meanwhile: open theirs */
        ok = _patella_store_set_errno_error (error, errsv, path);
    }

  _patella_store_remove_temp_database (tmp);
  if (ok)
    _patella_store_fsync_dir (dir);

  return ok;
}

static gboolean
is_memory_path (const char *path)
{
  return g_str_equal (path, ":memory:");
}

/**
 * patella_store_open:
 * @path: the database file; its folder is created (0700) if missing
 * @error: a #PATELLA_STORE_ERROR
 *
 * Opens the diary, creating it (0600) if there is no file, and migrates it
 * to the current schema. A file that cannot be used safely is left exactly
 * as it is and reported with its own error code. ":memory:" opens a
 * throwaway database (for tests and the fuzzer).
 */
PatellaStore *
patella_store_open (const char *path,
                    GError    **error)
{
  g_autoptr(PatellaStore) self = NULL;
  gboolean in_memory;
  sqlite3 *db;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  in_memory = is_memory_path (path);
  if (!in_memory)
    {
      g_autofree char *dir = g_path_get_dirname (path);
      GStatBuf st;

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          _patella_store_set_errno_error (error, errno, path);
          return NULL;
        }

      if (g_stat (path, &st) != 0)
        {
          if (errno != ENOENT)
            {
              _patella_store_set_errno_error (error, errno, path);
              return NULL;
            }
          if (!_patella_store_check_writable (path, FALSE, error) || !create_database (path, error))
            return NULL;
        }

      if (!_patella_store_check_existing_file (path, error) || !_patella_store_probe_owner (path, error)
          || !_patella_store_check_writable (path, TRUE, error))
        return NULL;
    }

  db = open_connection (path, SQLITE_OPEN_READWRITE | (in_memory ? SQLITE_OPEN_CREATE : 0),
                        error);
  if (db == NULL)
    return NULL;

  self = g_object_new (PATELLA_TYPE_STORE, NULL);
  self->db = db;
  self->path = g_strdup (path);

  /* Until the file is known to be ours and not newer, closing must not
   * checkpoint: that would write the WAL's pages into the file we refuse. */
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  if (!prepare_database (db, path, in_memory, &self->checked, error))
    return NULL;
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);

  /* The exercises this diary defines join the catalogue, so its plan and
   * its sets find them. */
  if (!_patella_store_load_custom_exercises (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * patella_store_open_fresh_beside:
 * @path: where the unusable file is
 * @renamed_to: (out) (optional): the name the old file was given, or %NULL
 *   if there was no file
 * @error: a #PATELLA_STORE_ERROR
 *
 * The "start fresh" choice: the old file (and its journal) is renamed with a
 * timestamp in the same folder, never deleted, and a new diary is created.
 */
PatellaStore *
patella_store_open_fresh_beside (const char *path,
                                 char      **renamed_to,
                                 GError    **error)
{
  g_autofree char *kept = NULL;

  g_return_val_if_fail (path != NULL && !is_memory_path (path), NULL);

  if (renamed_to != NULL)
    *renamed_to = NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (!_patella_store_is_writable (dir))
        {
          _patella_store_set_file_error (error, PATELLA_STORE_ERROR_READ_ONLY, path);
          return NULL;
        }
      kept = _patella_store_keep_aside (path, error);
      if (kept == NULL)
        return NULL;
    }

  if (renamed_to != NULL)
    *renamed_to = g_steal_pointer (&kept);

  return patella_store_open (path, error);
}

/* Opens self's file again after patella_store_close(), e.g. when a restore
 * had to be undone. */
gboolean
_patella_store_reopen (PatellaStore *self,
                       GError      **error)
{
  sqlite3 *db;

  g_return_val_if_fail (self->db == NULL, FALSE);

  db = open_connection (self->path, SQLITE_OPEN_READWRITE, error);
  if (db == NULL)
    return FALSE;

  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  if (!prepare_database (db, self->path, FALSE, &self->checked, error))
    {
      sqlite3_close (db);
      return FALSE;
    }
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);

  self->db = db;
  return TRUE;
}

const char *
patella_store_get_path (PatellaStore *self)
{
  g_return_val_if_fail (PATELLA_IS_STORE (self), NULL);

  return self->path;
}

gboolean
patella_store_is_open (PatellaStore *self)
{
  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);

  return self->db != NULL;
}

/* Closing checkpoints the WAL into the main file, so after this the file
 * alone is the whole diary (what restore and copies rely on). */
void
patella_store_close (PatellaStore *self)
{
  g_return_if_fail (PATELLA_IS_STORE (self));

  if (self->db == NULL)
    return;

  g_hash_table_remove_all (self->statements);
  if (sqlite3_close (self->db) != SQLITE_OK)
    g_warning ("Closing %s: %s", self->path, sqlite3_errmsg (self->db));
  self->db = NULL;
}

/* ---- shared by the other store files ---- */

gboolean
_patella_store_check_open (PatellaStore *self,
                           GError      **error)
{
  if (self->db != NULL)
    return TRUE;

  _patella_store_set_file_error (error, PATELLA_STORE_ERROR_CLOSED, self->path);
  return FALSE;
}

void
_patella_stmt_release (PatellaStmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

/* sql must be a string literal: the cache is keyed on its address. */
PatellaStmt *
_patella_store_prepare (PatellaStore *self,
                        const char   *sql,
                        GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!_patella_store_check_open (self, error))
    return NULL;

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    return stmt;

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _patella_store_set_sqlite_error (error, rc, self->db, self->path);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

static gboolean
exec_cached (PatellaStore *self,
             const char   *sql,
             GError      **error)
{
  g_autoptr(PatellaStmt) stmt = _patella_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  return _patella_store_step_done (self, stmt, error);
}

/* IMMEDIATE takes the write lock up front, so a busy database fails here,
 * before anything of the action was done, rather than halfway. */
gboolean
_patella_store_begin (PatellaStore *self,
                      GError      **error)
{
  /* A damaged diary is never written to: the first write of each
   * connection waits for SQLite's quick check (measured by bench-integrity:
   * milliseconds for years of use). */
  if (!self->checked && self->db != NULL)
    {
      if (!_patella_store_quick_check (self->db, self->path, error))
        return FALSE;
      self->checked = TRUE;
    }

  return exec_cached (self, "BEGIN IMMEDIATE", error);
}

gboolean
_patella_store_commit (PatellaStore *self,
                       GError      **error)
{
  return exec_cached (self, "COMMIT", error);
}

void
_patella_store_rollback (PatellaStore *self)
{
  if (self->db != NULL && !sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Turns a failed step into a GError and undoes the whole action. */
gboolean
_patella_store_fail (PatellaStore *self,
                     int           rc,
                     GError      **error)
{
  _patella_store_set_sqlite_error (error, rc, self->db, self->path);
  _patella_store_rollback (self);
  return FALSE;
}

gboolean
_patella_store_step_done (PatellaStore *self,
                          PatellaStmt  *stmt,
                          GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE)
    return TRUE;

  return _patella_store_fail (self, rc, error);
}

void
_patella_store_emit_changed (PatellaStore *self,
                             const char   *table)
{
  g_signal_emit (self, signals[CHANGED], g_quark_from_static_string (table), table);
}
