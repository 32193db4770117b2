/* patella-backup.c: daily automatic backups of the diary, and restoring one
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "patella-backup.h"
#include "patella-progress.h"
#include "patella-schema.h"
#include "patella-store-private.h"

#define PREFIX "patella-"
#define SUFFIX ".db"

void
patella_backup_free (PatellaBackup *backup)
{
  if (backup == NULL)
    return;

  g_free (backup->path);
  g_free (backup);
}

/* "patella-2026-03-29.db" -> "2026-03-29"; anything else is not ours. */
static gboolean
day_from_name (const char *name,
               char        day[PATELLA_LOCAL_DAY_LEN + 1])
{
  gsize len = strlen (name);

  if (len != strlen (PREFIX) + PATELLA_LOCAL_DAY_LEN + strlen (SUFFIX)
      || !g_str_has_prefix (name, PREFIX) || !g_str_has_suffix (name, SUFFIX))
    return FALSE;

  memcpy (day, name + strlen (PREFIX), PATELLA_LOCAL_DAY_LEN);
  day[PATELLA_LOCAL_DAY_LEN] = '\0';

  return patella_local_day_is_valid (day);
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  const PatellaBackup *x = *(const PatellaBackup **) a;
  const PatellaBackup *y = *(const PatellaBackup **) b;

  return strcmp (y->day, x->day);
}

/**
 * patella_backup_list:
 * @backup_dir: the backups folder; a missing folder holds no backups
 *
 * Returns: (element-type PatellaBackup): the backups, newest first, for the
 *   "Restore from backup" list.
 */
GPtrArray *
patella_backup_list (const char *backup_dir,
                     GError    **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) patella_backup_free);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (backup_dir != NULL, NULL);

  dir = g_dir_open (backup_dir, 0, &local_error);
  if (dir == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&list);
      _patella_store_set_file_error (error, PATELLA_STORE_ERROR_IO, backup_dir);
      return NULL;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      PatellaBackup *backup;
      GStatBuf st;
      char day[PATELLA_LOCAL_DAY_LEN + 1];
      g_autofree char *path = NULL;

      if (!day_from_name (name, day))
        continue;
      path = g_build_filename (backup_dir, name, NULL);
      if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode))
        continue;

      backup = g_new0 (PatellaBackup, 1);
      backup->path = g_steal_pointer (&path);
      memcpy (backup->day, day, sizeof day);
      backup->size = st.st_size;
      backup->modified = st.st_mtime;
      g_ptr_array_add (list, backup);
    }

  g_ptr_array_sort (list, newest_first);
  return g_steal_pointer (&list);
}

/**
 * patella_backup_count_days:
 * @backup_path: a backup from patella_backup_list()
 *
 * How many days of the pain diary a backup holds, for the "Restore from
 * backup" list. The file is read as it is on disk ("immutable"): no lock,
 * no journal beside it, nothing written, so counting never touches a
 * backup. Safe to call from any thread.
 *
 * Returns: the number of days with a pain entry, or -1 with @error set
 *   when the file is not a diary this version can read
 */
gint64
patella_backup_count_days (const char *backup_path,
                           GError    **error)
{
  g_autofree char *escaped = NULL;
  g_autofree char *uri = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version = 0, n_objects = 0;
  gint64 days = -1;
  int rc;

  g_return_val_if_fail (backup_path != NULL, -1);

  escaped = g_uri_escape_string (backup_path, "/", FALSE);
  uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);
  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK)
    _patella_store_set_sqlite_error (error, rc, db, backup_path);
  else if (!_patella_store_check_owner (db, backup_path, &version, &n_objects, error))
    rc = SQLITE_ERROR;
  else if (n_objects == 0)
    days = 0;  /* a blank file: nothing in it yet */
  else if ((rc = sqlite3_prepare_v2 (db, "SELECT count(*) FROM pain_entry", -1, &stmt,
                                     NULL)) != SQLITE_OK
           || (rc = sqlite3_step (stmt)) != SQLITE_ROW)
    _patella_store_set_sqlite_error (error, rc, db, backup_path);
  else
    days = sqlite3_column_int64 (stmt, 0);

  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return days;
}

/* Copies src into a new file at dest with SQLite's online backup API, as
 * one consistent snapshot, and leaves it in rollback-journal mode so the copy
 * is a single self-contained file. dest must not exist. */
/* Pages copied between two looks at the cancellable. */
#define PAGES_PER_STEP 32

static gboolean
copy_database (sqlite3         *src,
               const char      *src_path,
               const char      *dest,
               GCancellable    *cancellable,
               PatellaProgress *progress,
               GError         **error)
{
  g_autofree char *dir = g_path_get_dirname (dest);
  g_autofree char *tmp = g_strconcat (dest, ".part-XXXXXX", NULL);
  sqlite3_backup *backup;
  sqlite3 *db = NULL;
  int fd, rc;

  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      _patella_store_set_file_error (error, _patella_store_error_from_errno (errno), dest);
      return FALSE;
    }
  close (fd);

  rc = sqlite3_open_v2 (tmp, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (db, 1);
      backup = sqlite3_backup_init (db, "main", src, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (db);
      else
        {
          /* In steps, so a restore can be cancelled and show how far it is. */
          do
            {
              rc = sqlite3_backup_step (backup, PAGES_PER_STEP);
              if (rc == SQLITE_OK && g_cancellable_is_cancelled (cancellable))
                rc = SQLITE_INTERRUPT;
              else if (rc == SQLITE_OK)
                patella_progress_report (progress,
                                         1.0 - (double) sqlite3_backup_remaining (backup)
                                               / MAX (sqlite3_backup_pagecount (backup), 1));
            }
          while (rc == SQLITE_OK);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
          if (sqlite3_backup_finish (backup) != SQLITE_OK && rc == SQLITE_OK)
            rc = sqlite3_errcode (db);
        }
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;"
                           " PRAGMA user_version", NULL, NULL, NULL);
  if (rc == SQLITE_INTERRUPT)
    g_cancellable_set_error_if_cancelled (cancellable, error);
  else if (rc != SQLITE_OK)
    _patella_store_set_sqlite_error (error, rc, db, src_path);

  if (sqlite3_close (db) != SQLITE_OK && rc == SQLITE_OK)
    {
      _patella_store_set_file_error (error, PATELLA_STORE_ERROR_IO, dest);
      rc = SQLITE_IOERR;
    }

  if (rc == SQLITE_OK && _patella_store_rename_no_replace (tmp, dest) != 0)
    {
      _patella_store_set_file_error (error, _patella_store_error_from_errno (errno), dest);
      rc = SQLITE_IOERR;
    }

  _patella_store_remove_temp_database (tmp);
  if (rc == SQLITE_OK)
    _patella_store_fsync_dir (dir);

  return rc == SQLITE_OK;
}

/* A snapshot of the open diary at dest_path, which must not exist yet. */
gboolean
patella_store_backup_to (PatellaStore *self,
                         const char   *dest_path,
                         GError      **error)
{
  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  if (!_patella_store_check_open (self, error))
    return FALSE;

  return copy_database (self->db, self->path, dest_path, NULL, NULL, error);
}

static void
prune (const char *backup_dir)
{
  g_autoptr(GPtrArray) list = patella_backup_list (backup_dir, NULL);

  for (guint i = PATELLA_BACKUP_KEEP; list != NULL && i < list->len; i++)
    {
      PatellaBackup *old = g_ptr_array_index (list, i);

      if (g_unlink (old->path) != 0)
        g_debug ("Could not remove old backup %s: %s", old->path, g_strerror (errno));
    }
}

/**
 * patella_store_backup_if_due:
 * @backup_dir: e.g. patella_paths_backup_dir(); created 0700 if missing
 * @now: (nullable): the user's local time, or %NULL for the clock
 * @made: (out) (optional): the new backup's path, or %NULL if one was
 *   already made today
 *
 * Makes at most one backup a day and keeps the last %PATELLA_BACKUP_KEEP.
 * A diary that fails SQLite's quick check is not backed up, so damage never
 * pushes the good backups out.
 */
gboolean
patella_store_backup_if_due (PatellaStore *self,
                             const char   *backup_dir,
                             GDateTime    *now,
                             char        **made,
                             GError      **error)
{
  g_autoptr(GDateTime) clock_now = NULL;
  g_autofree char *name = NULL;
  g_autofree char *dest = NULL;
  char today[PATELLA_LOCAL_DAY_LEN + 1];

  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);
  g_return_val_if_fail (backup_dir != NULL, FALSE);

  if (made != NULL)
    *made = NULL;

  if (!_patella_store_check_open (self, error))
    return FALSE;

  if (now == NULL)
    now = clock_now = g_date_time_new_now_local ();
  patella_local_day_from_date_time (now, today);

  name = g_strconcat (PREFIX, today, SUFFIX, NULL);
  dest = g_build_filename (backup_dir, name, NULL);
  if (g_file_test (dest, G_FILE_TEST_EXISTS))
    return TRUE;

  if (g_mkdir_with_parents (backup_dir, 0700) != 0)
    {
      _patella_store_set_file_error (error, _patella_store_error_from_errno (errno), backup_dir);
      return FALSE;
    }

  if (!_patella_store_quick_check (self->db, self->path, error)
      || !copy_database (self->db, self->path, dest, NULL, NULL, error))
    return FALSE;

  prune (backup_dir);

  if (made != NULL)
    *made = g_steal_pointer (&dest);
  return TRUE;
}

/* Opens a backup read-only and checks it is a whole Patella diary this
 * version can open, before anything is changed. */
static sqlite3 *
open_backup (const char *path,
             GError    **error)
{
  sqlite3 *db = NULL;
  int app_id = 0, version = 0;
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "SELECT (SELECT application_id FROM pragma_application_id),"
                                 " (SELECT user_version FROM pragma_user_version)",
                             -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      app_id = sqlite3_column_int (stmt, 0);
      version = sqlite3_column_int (stmt, 1);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    _patella_store_set_sqlite_error (error, rc, db, path);
  else if (app_id != PATELLA_SCHEMA_APPLICATION_ID)
    _patella_store_set_file_error (error, PATELLA_STORE_ERROR_NOT_A_DATABASE, path);
  else if (version > PATELLA_SCHEMA_VERSION)
    _patella_store_set_file_error (error, PATELLA_STORE_ERROR_NEWER_VERSION, path);
  else if (_patella_store_quick_check (db, path, error))
    return db;

  sqlite3_close (db);
  return NULL;
}

/* Renames a database file and its journals, never over an existing file. */
static gboolean
move_database (const char *from,
               const char *to)
{
  static const char * const companions[] = { "-wal", "-journal", "-shm" };

  if (_patella_store_rename_no_replace (from, to) != 0)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *a = g_strconcat (from, companions[i], NULL);
      g_autofree char *b = g_strconcat (to, companions[i], NULL);

      if (g_file_test (a, G_FILE_TEST_EXISTS) && _patella_store_rename_no_replace (a, b) != 0)
        g_debug ("Could not move %s to %s: %s", a, b, g_strerror (errno));
    }

  return TRUE;
}

/* The slow half of a restore, safe in any thread: checks the backup and
 * copies it beside the diary at db_path. Nothing of the diary changes.
 * Returns the copy's path. */
char *
_patella_backup_stage (const char      *db_path,
                       const char      *backup_path,
                       GCancellable    *cancellable,
                       PatellaProgress *progress,
                       GError         **error)
{
  g_autofree char *copy = NULL;
  sqlite3 *backup;
  gboolean copied;

  backup = open_backup (backup_path, error);
  if (backup == NULL)
    return NULL;

  /* The copy goes beside the diary first, so the switch is two renames. */
  copy = g_strdup_printf ("%s.restore-%" G_GINT64_FORMAT, db_path, g_get_real_time ());
  copied = copy_database (backup, backup_path, copy, cancellable, progress, error);
  sqlite3_close (backup);
  if (copied)
    patella_progress_report (progress, 1.0);

  return copied ? g_steal_pointer (&copy) : NULL;
}

/* The quick half, on the store's own thread: the current file is renamed
 * aside and the staged copy put in its place. On failure self is left open
 * on the current diary and the copy is removed. */
PatellaStore *
_patella_backup_switch (PatellaStore *self,
                        const char   *copy,
                        char        **renamed_to,
                        GError      **error)
{
  g_autofree char *kept = NULL;
  PatellaStore *restored;

  if (renamed_to != NULL)
    *renamed_to = NULL;

  if (!_patella_store_check_open (self, error))
    {
      _patella_store_remove_temp_database (copy);
      return NULL;
    }

  patella_store_close (self);

  kept = _patella_store_keep_aside (self->path, error);
  if (kept == NULL)
    goto undo_copy;

  if (_patella_store_rename_no_replace (copy, self->path) != 0)
    {
      _patella_store_set_file_error (error, _patella_store_error_from_errno (errno), self->path);
      goto undo_keep;
    }

  restored = patella_store_open (self->path, error);
  if (restored == NULL)
    {
      /* Our copy of the backup, nothing else, moves out of the way again. */
      if (!move_database (self->path, copy))
        goto reopen;
      goto undo_keep;
    }

  if (renamed_to != NULL)
    *renamed_to = g_steal_pointer (&kept);
  return restored;

undo_keep:
  if (!move_database (kept, self->path))
    g_warning ("Could not move %s back to %s: %s", kept, self->path, g_strerror (errno));
undo_copy:
  _patella_store_remove_temp_database (copy);
reopen:
  {
    g_autoptr(GError) reopen_error = NULL;

    if (!_patella_store_reopen (self, &reopen_error))
      g_warning ("Could not reopen %s: %s", self->path, reopen_error->message);
  }
  return NULL;
}

/**
 * patella_store_restore_backup:
 * @self: the open diary; closed when the restore succeeds
 * @backup_path: a path from patella_backup_list()
 * @renamed_to: (out) (optional): where the current diary was kept
 *
 * Replaces the diary with a backup. The current file is renamed aside with
 * a timestamp (never deleted) and the backup is copied in its place, so the
 * backup itself stays as it was. On failure @self is left open on the
 * current diary.
 *
 * Returns: (transfer full): the store on the restored diary
 */
PatellaStore *
patella_store_restore_backup (PatellaStore *self,
                              const char   *backup_path,
                              char        **renamed_to,
                              GError      **error)
{
  g_autofree char *copy = NULL;

  g_return_val_if_fail (PATELLA_IS_STORE (self), NULL);
  g_return_val_if_fail (backup_path != NULL, NULL);

  if (renamed_to != NULL)
    *renamed_to = NULL;

  if (!_patella_store_check_open (self, error))
    return NULL;

  copy = _patella_backup_stage (self->path, backup_path, NULL, NULL, error);
  if (copy == NULL)
    return NULL;

  return _patella_backup_switch (self, copy, renamed_to, error);
}
