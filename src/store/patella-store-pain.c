/* patella-store-pain.c: the daily pain entries, and the live list the diary page shows
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "patella-pain-item.h"
#include "patella-store-private.h"

#define PAIN_COLUMNS \
  "day, recorded_us, updated_us, usual, worst, contexts, warning_signs, note"

static PatellaPainEntry *
entry_from_row (sqlite3_stmt *stmt)
{
  PatellaPainEntry *entry = g_new0 (PatellaPainEntry, 1);
  const char *note = (const char *) sqlite3_column_text (stmt, 7);

  g_strlcpy (entry->day, (const char *) sqlite3_column_text (stmt, 0), sizeof entry->day);
  entry->recorded_us = sqlite3_column_int64 (stmt, 1);
  entry->updated_us = sqlite3_column_int64 (stmt, 2);
  entry->usual = sqlite3_column_int (stmt, 3);
  entry->worst = sqlite3_column_int (stmt, 4);
  entry->contexts = sqlite3_column_int (stmt, 5);
  entry->signs = sqlite3_column_int (stmt, 6);
  entry->note = note && note[0] ? g_strdup (note) : NULL;

  return entry;
}

static gboolean
validate (const PatellaPainEntry *entry,
          const char             *today,
          GError                **error)
{
  g_autoptr(GError) local_error = NULL;

  if (patella_pain_entry_validate (entry, today, &local_error))
    return TRUE;

  g_set_error_literal (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID,
                       local_error->message);
  return FALSE;
}

/* ---- the live model, newest day first ---- */

/* Where day is, or where it would go, in the descending model. */
static guint
model_position (GListModel *model,
                const char *day,
                gboolean   *found)
{
  guint lo = 0, hi = g_list_model_get_n_items (model);

  *found = FALSE;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr(PatellaPainItem) item = g_list_model_get_item (model, mid);
      int cmp = strcmp (patella_pain_item_get_day (item), day);

      if (cmp == 0)
        {
          *found = TRUE;
          return mid;
        }
      if (cmp > 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static void
model_put (PatellaStore           *self,
           const PatellaPainEntry *entry)
{
  g_autoptr(PatellaPainItem) item = NULL;
  gboolean found;
  guint pos;

  if (self->pain_model == NULL)
    return;

  item = patella_pain_item_new (entry);
  pos = model_position (G_LIST_MODEL (self->pain_model), entry->day, &found);
  g_list_store_splice (self->pain_model, pos, found ? 1 : 0, (gpointer *) &item, 1);
}

static void
model_remove (PatellaStore *self,
              const char   *day)
{
  gboolean found;
  guint pos;

  if (self->pain_model == NULL)
    return;

  pos = model_position (G_LIST_MODEL (self->pain_model), day, &found);
  if (found)
    g_list_store_remove (self->pain_model, pos);
}

/* After a bulk change (an import): one splice, so a list view redraws once. */
void
_patella_store_reload_pain_model (PatellaStore *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  if (self->pain_model == NULL)
    return;

  entries = patella_store_list_pain (self, &error);
  if (entries == NULL)
    {
      g_warning ("Could not reload the pain diary: %s", error->message);
      return;
    }

  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (items, patella_pain_item_new (g_ptr_array_index (entries, i)));

  g_list_store_splice (self->pain_model, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->pain_model)),
                       items->pdata, items->len);
}

/* ---- writes ---- */

static gboolean
write_entry (PatellaStore           *self,
             const PatellaPainEntry *entry,
             gint64                  now_us,
             gboolean                keep_instants,
             GError                **error)
{
  g_autoptr(PatellaPainEntry) saved = NULL;
  g_autoptr(PatellaStmt) stmt = NULL;
  int rc;

  /* A clock set back must not make an update older than its creation, so
   * the update time is clamped rather than refused. */
  static const char sql_save[] =
    "INSERT INTO pain_entry (" PAIN_COLUMNS ")"
    " VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7)"
    " ON CONFLICT (day) DO UPDATE SET"
    "   updated_us = max (excluded.updated_us, pain_entry.recorded_us),"
    "   usual = excluded.usual, worst = excluded.worst, contexts = excluded.contexts,"
    "   warning_signs = excluded.warning_signs, note = excluded.note"
    " RETURNING " PAIN_COLUMNS;
  static const char sql_restore[] =
    "INSERT INTO pain_entry (" PAIN_COLUMNS ")"
    " VALUES (?1, ?2, ?8, ?3, ?4, ?5, ?6, ?7)"
    " ON CONFLICT (day) DO UPDATE SET"
    "   recorded_us = excluded.recorded_us, updated_us = excluded.updated_us,"
    "   usual = excluded.usual, worst = excluded.worst, contexts = excluded.contexts,"
    "   warning_signs = excluded.warning_signs, note = excluded.note"
    " RETURNING " PAIN_COLUMNS;

  if (!_patella_store_begin (self, error))
    return FALSE;

  stmt = _patella_store_prepare (self, keep_instants ? sql_restore : sql_save, error);
  if (stmt == NULL)
    {
      _patella_store_rollback (self);
      return FALSE;
    }

  sqlite3_bind_text (stmt, 1, entry->day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, keep_instants ? entry->recorded_us : now_us);
  sqlite3_bind_int (stmt, 3, entry->usual);
  sqlite3_bind_int (stmt, 4, entry->worst);
  sqlite3_bind_int (stmt, 5, (int) entry->contexts);
  sqlite3_bind_int (stmt, 6, (int) entry->signs);
  sqlite3_bind_text (stmt, 7, entry->note ? entry->note : "", -1, SQLITE_TRANSIENT);
  if (keep_instants)
    sqlite3_bind_int64 (stmt, 8, MAX (entry->updated_us, entry->recorded_us));

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _patella_store_fail (self, rc, error);
  saved = entry_from_row (stmt);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return _patella_store_fail (self, rc, error);

  if (!_patella_store_commit (self, error))
    return FALSE;

  model_put (self, saved);
  _patella_store_emit_changed (self, "pain_entry");

  return TRUE;
}

/**
 * patella_store_save_pain:
 * @entry: the day's entry; recorded_us and updated_us are ignored
 * @now: (nullable): the user's local time, or %NULL for the clock
 *
 * Logs or edits the entry of entry->day (one per day): an existing entry
 * keeps its first-recorded time and takes the new values.
 */
gboolean
patella_store_save_pain (PatellaStore           *self,
                         const PatellaPainEntry *entry,
                         GDateTime              *now,
                         GError                **error)
{
  g_autoptr(GDateTime) clock_now = NULL;
  char today[PATELLA_LOCAL_DAY_LEN + 1];

  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);

  if (now == NULL)
    now = clock_now = g_date_time_new_now_local ();
  patella_local_day_from_date_time (now, today);

  if (!validate (entry, today, error))
    return FALSE;

  return write_entry (self, entry, patella_store_usec (now), FALSE, error);
}

/**
 * patella_store_restore_pain:
 * @entry: an entry as patella_store_delete_pain() returned it
 *
 * Puts an entry back exactly as it was, its times included: the "Undo" of a
 * delete. Replaces whatever that day holds now.
 */
gboolean
patella_store_restore_pain (PatellaStore           *self,
                            const PatellaPainEntry *entry,
                            GError                **error)
{
  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);

  if (!validate (entry, NULL, error))
    return FALSE;

  if (entry->recorded_us <= 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      return write_entry (self, entry, patella_store_usec (now), FALSE, error);
    }

  return write_entry (self, entry, 0, TRUE, error);
}

/* Returns the entry as it was, so the caller can offer Undo with
 * patella_store_restore_pain(). */
PatellaPainEntry *
patella_store_delete_pain (PatellaStore *self,
                           const char   *day,
                           GError      **error)
{
  g_autoptr(PatellaPainEntry) deleted = NULL;
  g_autoptr(PatellaStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (PATELLA_IS_STORE (self), NULL);
  g_return_val_if_fail (day != NULL, NULL);

  if (!_patella_store_begin (self, error))
    return NULL;

  stmt = _patella_store_prepare (self,
                                 "DELETE FROM pain_entry WHERE day = ?1 RETURNING " PAIN_COLUMNS,
                                 error);
  if (stmt == NULL)
    {
      _patella_store_rollback (self);
      return NULL;
    }

  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      _patella_store_rollback (self);
      _patella_store_set_file_error (error, PATELLA_STORE_ERROR_NOT_FOUND, self->path);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      _patella_store_fail (self, rc, error);
      return NULL;
    }
  deleted = entry_from_row (stmt);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      _patella_store_fail (self, rc, error);
      return NULL;
    }

  if (!_patella_store_commit (self, error))
    return NULL;

  model_remove (self, day);
  _patella_store_emit_changed (self, "pain_entry");

  return g_steal_pointer (&deleted);
}

/* ---- reads ---- */

/* NULL without an error when the day has no entry. */
PatellaPainEntry *
patella_store_get_pain (PatellaStore *self,
                        const char   *day,
                        GError      **error)
{
  g_autoptr(PatellaStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (PATELLA_IS_STORE (self), NULL);
  g_return_val_if_fail (day != NULL, NULL);

  stmt = _patella_store_prepare (self,
                                 "SELECT " PAIN_COLUMNS " FROM pain_entry WHERE day = ?1",
                                 error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return entry_from_row (stmt);
  if (rc != SQLITE_DONE)
    _patella_store_set_sqlite_error (error, rc, self->db, self->path);

  return NULL;
}

/* Every entry, newest day first, as PatellaPainEntry. */
GPtrArray *
patella_store_list_pain (PatellaStore *self,
                         GError      **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(PatellaStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (PATELLA_IS_STORE (self), NULL);

  stmt = _patella_store_prepare (self,
                                 "SELECT " PAIN_COLUMNS " FROM pain_entry ORDER BY day DESC",
                                 error);
  if (stmt == NULL)
    return NULL;

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) patella_pain_entry_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (entries, entry_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      _patella_store_set_sqlite_error (error, rc, self->db, self->path);
      return NULL;
    }

  return g_steal_pointer (&entries);
}

/**
 * patella_store_get_pain_model:
 *
 * Returns: (transfer full): a #GListModel of #PatellaPainItem, newest day
 *   first, that the store keeps up to date with its own writes.
 */
GListModel *
patella_store_get_pain_model (PatellaStore *self,
                              GError      **error)
{
  g_return_val_if_fail (PATELLA_IS_STORE (self), NULL);

  if (self->pain_model == NULL)
    {
      g_autoptr(GPtrArray) entries = patella_store_list_pain (self, error);
      g_autoptr(GPtrArray) items = NULL;

      if (entries == NULL)
        return NULL;

      items = g_ptr_array_new_full (entries->len, g_object_unref);
      for (guint i = 0; i < entries->len; i++)
        g_ptr_array_add (items, patella_pain_item_new (g_ptr_array_index (entries, i)));

      self->pain_model = g_list_store_new (PATELLA_TYPE_PAIN_ITEM);
      g_list_store_splice (self->pain_model, 0, 0, items->pdata, items->len);
    }

  return g_object_ref (G_LIST_MODEL (self->pain_model));
}

/**
 * patella_store_get_recent_warning_signs:
 * @now: (nullable): the user's local time, or %NULL for the clock
 * @n_days: how many days back, today included (7: today and the 6 before)
 * @signs: (out): every sign ticked in that window
 * @latest_day: (out caller-allocates) (optional): the last day with a sign,
 *   or "" if none
 */
gboolean
patella_store_get_recent_warning_signs (PatellaStore       *self,
                                        GDateTime          *now,
                                        guint               n_days,
                                        PatellaWarningSign *signs,
                                        char                latest_day[PATELLA_LOCAL_DAY_LEN + 1],
                                        GError            **error)
{
  g_autoptr(GDateTime) clock_now = NULL;
  g_autoptr(PatellaStmt) stmt = NULL;
  char today[PATELLA_LOCAL_DAY_LEN + 1], first[PATELLA_LOCAL_DAY_LEN + 1];
  guint result = 0;
  int rc;

  g_return_val_if_fail (PATELLA_IS_STORE (self), FALSE);
  g_return_val_if_fail (n_days >= 1 && n_days <= 3660, FALSE);
  g_return_val_if_fail (signs != NULL, FALSE);

  if (latest_day != NULL)
    latest_day[0] = '\0';

  if (now == NULL)
    now = clock_now = g_date_time_new_now_local ();
  patella_local_day_from_date_time (now, today);
  patella_local_day_add_days (today, -(int) (n_days - 1), first);

  /* No upper bound: after flying west, a day logged at home can still be
   * tomorrow here, and its sign must not vanish until then. */
  stmt = _patella_store_prepare (self,
                                 "SELECT day, warning_signs FROM pain_entry"
                                 " WHERE day >= ?1 AND warning_signs != 0"
                                 " ORDER BY day DESC",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (result == 0 && latest_day != NULL)
        g_strlcpy (latest_day, (const char *) sqlite3_column_text (stmt, 0), 11);
      result |= (guint) sqlite3_column_int (stmt, 1);
    }

  if (rc != SQLITE_DONE)
    {
      _patella_store_set_sqlite_error (error, rc, self->db, self->path);
      return FALSE;
    }

  *signs = result;
  return TRUE;
}
