/* patella-store-async.c: import, export and restore off the main thread, cancellable, with progress
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The thread rule: a worker never
 * touches the caller's PatellaStore. It opens a SQLite connection of its
 * own on the same file (WAL lets it read while the app writes), and the
 * store's signals are emitted from the finish function, in the caller's
 * thread. Progress arrives in the caller's thread-default main context.
 */
#include "config.h"

#include "patella-backup.h"
#include "patella-csv-export.h"
#include "patella-csv-private.h"

typedef struct
{
  char            *db_path;
  char            *target;     /* what is imported, the export folder, or the backup */
  PatellaProgress *progress;
  char            *copy;       /* restore: the staged copy beside the diary */
  GDateTime       *now;        /* backup: the local time it is for, or NULL */
  char            *made;       /* backup: the new copy's path, if one was made */
  PatellaCsvImportStats stats; /* import: what it did */
} TaskData;

static void
task_data_free (TaskData *data)
{
  g_free (data->db_path);
  g_free (data->target);
  patella_progress_unref (data->progress);
  if (data->copy != NULL)
    _patella_store_remove_temp_database (data->copy);
  g_free (data->copy);
  g_clear_pointer (&data->now, g_date_time_unref);
  g_free (data->made);
  g_free (data);
}

static GTask *
new_task (PatellaStore        *store,
          const char          *target,
          GCancellable        *cancellable,
          PatellaProgressFunc  progress,
          gpointer             progress_data,
          GAsyncReadyCallback  callback,
          gpointer             user_data,
          gpointer             source_tag)
{
  GTask *task = g_task_new (store, cancellable, callback, user_data);
  TaskData *data = g_new0 (TaskData, 1);

  data->db_path = g_strdup (patella_store_get_path (store));
  data->target = g_strdup (target);
  data->progress = patella_progress_new (progress, progress_data);
  g_task_set_source_tag (task, source_tag);
  /* The result says what the worker did: an import that committed just
   * before a late cancel reports its rows, not "cancelled". */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, data, (GDestroyNotify) task_data_free);

  return task;
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  TaskData *data = task_data;
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(PatellaStore) own = NULL;
  GError *error = NULL;

  patella_progress_set_range (data->progress, 0.0, 0.5);
  tables = _patella_csv_read_full (data->target, cancellable, data->progress, &error);
  if (tables != NULL)
    own = patella_store_open (data->db_path, &error);

  patella_progress_set_range (data->progress, 0.5, 1.0);
  if (own == NULL
      || !_patella_csv_apply_quietly (own, (PatellaCsvTable * const *) tables->pdata, tables->len,
                                      &data->stats, cancellable, data->progress, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * patella_csv_import_async:
 * @path: as for patella_csv_import()
 * @progress: (nullable): called with the fraction done (reading 0-0.5, writing 0.5-1)
 * @progress_data: valid until @callback runs
 *
 * patella_csv_import() in a worker thread. Cancelled, it rolls back: the
 * diary is exactly as before.
 */
void
patella_csv_import_async (PatellaStore        *store,
                          const char          *path,
                          GCancellable        *cancellable,
                          PatellaProgressFunc  progress,
                          gpointer             progress_data,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PATELLA_IS_STORE (store));
  g_return_if_fail (path != NULL);
  g_return_if_fail (!g_str_equal (patella_store_get_path (store), ":memory:"));

  task = new_task (store, path, cancellable, progress, progress_data, callback, user_data,
                   patella_csv_import_async);
  g_task_run_in_thread (task, import_thread);
}

/**
 * patella_csv_import_finish:
 * @stats: (out) (optional): as patella_csv_import() gives them
 *
 * Emits PatellaStore::changed for what the import added.
 */
gboolean
patella_csv_import_finish (PatellaStore          *store,
                           GAsyncResult          *result,
                           PatellaCsvImportStats *stats,
                           GError               **error)
{
  TaskData *data;

  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == patella_csv_import_async,
                        FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  data = g_task_get_task_data (G_TASK (result));
  _patella_csv_announce (store, &data->stats);
  if (stats != NULL)
    *stats = data->stats;
  return TRUE;
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  TaskData *data = task_data;
  g_autoptr(PatellaStore) own = NULL;
  GError *error = NULL;

  own = patella_store_open (data->db_path, &error);
  if (own == NULL
      || !_patella_csv_export_full (own, data->target, cancellable, data->progress, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * patella_csv_export_async:
 * @dir: as for patella_csv_export()
 * @progress: (nullable): called with the fraction of rows written
 * @progress_data: valid until @callback runs
 *
 * patella_csv_export() in a worker thread. Cancelled, it leaves @dir as it
 * was and nothing beside it.
 */
void
patella_csv_export_async (PatellaStore        *store,
                          const char          *dir,
                          GCancellable        *cancellable,
                          PatellaProgressFunc  progress,
                          gpointer             progress_data,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PATELLA_IS_STORE (store));
  g_return_if_fail (dir != NULL);
  g_return_if_fail (!g_str_equal (patella_store_get_path (store), ":memory:"));

  task = new_task (store, dir, cancellable, progress, progress_data, callback, user_data,
                   patella_csv_export_async);
  g_task_run_in_thread (task, export_thread);
}

gboolean
patella_csv_export_finish (PatellaStore  *store,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == patella_csv_export_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
restore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  TaskData *data = task_data;
  GError *error = NULL;

  data->copy = _patella_backup_stage (data->db_path, data->target, cancellable, data->progress,
                                      &error);
  if (data->copy == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * patella_store_restore_backup_async:
 * @backup_path: a path from patella_backup_list()
 * @progress: (nullable): called with the fraction of the backup copied
 * @progress_data: valid until @callback runs
 *
 * The backup is checked and copied beside the diary in a worker thread;
 * the switch itself (two renames) happens in
 * patella_store_restore_backup_finish(). Cancelled before then, the diary
 * and its folder are exactly as before.
 */
void
patella_store_restore_backup_async (PatellaStore        *self,
                                    const char          *backup_path,
                                    GCancellable        *cancellable,
                                    PatellaProgressFunc  progress,
                                    gpointer             progress_data,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PATELLA_IS_STORE (self));
  g_return_if_fail (backup_path != NULL);

  task = new_task (self, backup_path, cancellable, progress, progress_data, callback,
                   user_data, patella_store_restore_backup_async);
  g_task_run_in_thread (task, restore_thread);
}

/**
 * patella_store_restore_backup_finish:
 * @renamed_to: (out) (optional): where the current diary was kept
 *
 * Returns: (transfer full): the store on the restored diary, as
 *   patella_store_restore_backup() returns it; @self is closed then.
 */
PatellaStore *
patella_store_restore_backup_finish (PatellaStore  *self,
                                     GAsyncResult  *result,
                                     char         **renamed_to,
                                     GError       **error)
{
  TaskData *data;
  g_autofree char *copy = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                        == patella_store_restore_backup_async, NULL);

  if (renamed_to != NULL)
    *renamed_to = NULL;
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  data = g_task_get_task_data (G_TASK (result));
  copy = g_steal_pointer (&data->copy);

  /* A cancel that came after the copy still leaves the diary as it was,
   * and the copy goes now, not whenever the task is finalized. */
  if (g_cancellable_set_error_if_cancelled (g_task_get_cancellable (G_TASK (result)), error))
    {
      _patella_store_remove_temp_database (copy);
      return NULL;
    }

  return _patella_backup_switch (self, copy, renamed_to, error);
}

static void
backup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  TaskData *data = task_data;
  g_autoptr(PatellaStore) own = NULL;
  GError *error = NULL;

  own = patella_store_open (data->db_path, &error);
  if (own == NULL
      || !patella_store_backup_if_due (own, data->target, data->now, &data->made, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * patella_store_backup_if_due_async:
 * @self: a #PatellaStore on a file
 * @backup_dir: as for patella_store_backup_if_due()
 * @now: (nullable): as for patella_store_backup_if_due()
 * @callback: called in the caller's thread when it is done
 * @user_data: for @callback
 *
 * patella_store_backup_if_due() in a worker thread with a SQLite
 * connection of its own, so the day's first start never waits on the copy's
 * file I/O. The copy is written beside its final name and renamed when
 * whole, so a crash leaves no half backup among the good ones.
 */
void
patella_store_backup_if_due_async (PatellaStore        *self,
                                   const char          *backup_dir,
                                   GDateTime           *now,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *data;

  g_return_if_fail (PATELLA_IS_STORE (self));
  g_return_if_fail (backup_dir != NULL);
  g_return_if_fail (!g_str_equal (patella_store_get_path (self), ":memory:"));

  task = new_task (self, backup_dir, NULL, NULL, NULL, callback, user_data,
                   patella_store_backup_if_due_async);
  data = g_task_get_task_data (task);
  data->now = now != NULL ? g_date_time_ref (now) : NULL;
  g_task_run_in_thread (task, backup_thread);
}

/**
 * patella_store_backup_if_due_finish:
 * @self: a #PatellaStore
 * @result: the #GAsyncResult given to the callback
 * @made: (out) (optional): the new backup's path, or %NULL if one was
 *   already made today
 * @error: return location for a #GError
 *
 * Returns: whether a backup exists for the day
 */
gboolean
patella_store_backup_if_due_finish (PatellaStore  *self,
                                    GAsyncResult  *result,
                                    char         **made,
                                    GError       **error)
{
  TaskData *data;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                        == patella_store_backup_if_due_async, FALSE);

  if (made != NULL)
    *made = NULL;
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  data = g_task_get_task_data (G_TASK (result));
  if (made != NULL)
    *made = g_steal_pointer (&data->made);
  return TRUE;
}
