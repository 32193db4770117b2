/* test-store-async.c: import, export and restore in a worker thread: progress, cancel, no display
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "patella-backup.h"
#include "patella-csv-export.h"
#include "patella-csv-import.h"
#include "patella-store-private.h"
#include "store-test-util.h"

#define N_SESSIONS 6000

typedef struct
{
  char         *dir;
  char         *path;
  char         *csv;
  PatellaStore *store;
  GArray       *fractions;
  double        cancel_at;   /* cancel when progress reaches this; > 1: never */
  GCancellable *cancellable;
  GAsyncResult *result;
  guint         n_changed;
  gboolean      holding_lock; /* the diary's write lock, until cancelling */
  gboolean      progress_after_done;
} Fixture;

static void
changed_cb (PatellaStore *store,
            const char   *table,
            Fixture      *f)
{
  f->n_changed++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) csv = g_string_new ("started,ended,day,state,pain_before,pain_after,note\n");
  gint64 t0 = (gint64) 1577872800 * G_USEC_PER_SEC; /* 2020-01-01T10:00:00Z */

  f->dir = test_make_tmp_dir ();
  f->path = g_build_filename (f->dir, "patella.db", NULL);
  f->csv = g_build_filename (f->dir, "session.csv", NULL);
  f->store = patella_store_open (f->path, &error);
  g_assert_no_error (error);
  f->fractions = g_array_new (FALSE, FALSE, sizeof (double));
  f->cancellable = g_cancellable_new ();
  f->cancel_at = 2.0;
  g_signal_connect (f->store, "changed", G_CALLBACK (changed_cb), f);

  /* One session every six hours: days stay in the past. */
  for (int i = 0; i < N_SESSIONS; i++)
    {
      gint64 start = t0 + (gint64) i * 6 * G_TIME_SPAN_HOUR;
      g_autofree char *a = patella_csv_format_instant (start);
      g_autofree char *b = patella_csv_format_instant (start + 30 * G_TIME_SPAN_MINUTE);
      char day[PATELLA_LOCAL_DAY_LEN + 1];
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

      patella_local_day_for_instant (start, utc, day);
      g_string_append_printf (csv, "%s,%s,%s,completed,%d,,\n", a, b, day, i % 11);
    }
  g_assert_true (g_file_set_contents (f->csv, csv->str, csv->len, NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  g_clear_object (&f->cancellable);
  g_clear_object (&f->result);
  g_array_unref (f->fractions);
  test_rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->csv);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Fixture *f = user_data;

  /* Every report is delivered in this thread, before the result. */
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  f->progress_after_done |= f->result != NULL;
  g_array_append_val (f->fractions, fraction);
  if (fraction >= f->cancel_at)
    {
      g_cancellable_cancel (f->cancellable);
      if (f->holding_lock)
        _patella_store_rollback (f->store);
      f->holding_lock = FALSE;
    }
}

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Fixture *f = user_data;

  f->result = g_object_ref (result);
}

static void
wait_for_result (Fixture *f)
{
  while (f->result == NULL)
    g_main_context_iteration (NULL, TRUE);
  /* Anything still queued would show up now. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (f->progress_after_done);
}

static void
assert_progress_rose_to_one (Fixture *f)
{
  g_assert_cmpuint (f->fractions->len, >=, 2);
  for (guint i = 1; i < f->fractions->len; i++)
    g_assert_cmpfloat (g_array_index (f->fractions, double, i), >=,
                       g_array_index (f->fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (f->fractions, double, f->fractions->len - 1), ==, 1.0);
}

static guint
count_sessions (Fixture *f)
{
  g_autoptr(PatellaStmt) stmt = _patella_store_prepare (f->store, "SELECT count(*) FROM session",
                                                        NULL);

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return (guint) sqlite3_column_int (stmt, 0);
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PatellaCsvImportStats stats;

  patella_csv_import_async (f->store, f->csv, f->cancellable, progress_cb, f, done_cb, f);
  wait_for_result (f);
  patella_csv_import_finish (f->store, f->result, &stats, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added[PATELLA_CSV_TABLE_SESSION], ==, N_SESSIONS);
  g_assert_cmpuint (count_sessions (f), ==, N_SESSIONS);
  g_assert_cmpuint (f->n_changed, ==, 1);
  assert_progress_rose_to_one (f);
}

/* Cancelled while reading, and once the files are read: the diary is as
 * before. The test holds the diary's write lock until it cancels, so the
 * worker cannot have written anything before the cancel comes, whatever
 * the machine's speed; it waits in BEGIN IMMEDIATE, then sees the cancel. */
static void
test_import_cancelled (Fixture       *f,
                       gconstpointer  data)
{
  const double cancel_at[] = { 0.0, 0.5 };

  for (guint i = 0; i < G_N_ELEMENTS (cancel_at); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;

      g_clear_object (&f->result);
      g_clear_object (&f->cancellable);
      f->cancellable = g_cancellable_new ();
      f->cancel_at = cancel_at[i];
      g_array_set_size (f->fractions, 0);

      f->holding_lock = TRUE;
      g_assert_true (_patella_store_begin (f->store, NULL));
      patella_csv_import_async (f->store, f->csv, f->cancellable, progress_cb, f, done_cb, f);
      wait_for_result (f);
      g_assert_false (patella_csv_import_finish (f->store, f->result, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_error (&error);
      g_assert_cmpuint (count_sessions (f), ==, 0);
      g_assert_cmpuint (f->n_changed, ==, 0);
      g_assert_cmpfloat (g_array_index (f->fractions, double, f->fractions->len - 1), <, 1.0);

      /* And the file itself: closed, it is what it was after the first close. */
      g_clear_object (&f->store);
      before = test_checksum_file (f->path);
      f->store = patella_store_open (f->path, &error);
      g_clear_object (&f->store);
      after = test_checksum_file (f->path);
      g_assert_cmpstr (before, ==, after);
      f->store = patella_store_open (f->path, &error);
      g_signal_connect (f->store, "changed", G_CALLBACK (changed_cb), f);
    }
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "out", NULL);
  g_autofree char *manifest = g_build_filename (out, PATELLA_CSV_MANIFEST_FILE, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_assert_true (patella_csv_import (f->store, f->csv, NULL, &error));

  /* Cancelled: no folder, and nothing left beside it. The cancel comes
   * first, so the export surely sees it; it looks again before the switch. */
  g_cancellable_cancel (f->cancellable);
  patella_csv_export_async (f->store, out, f->cancellable, progress_cb, f, done_cb, f);
  wait_for_result (f);
  g_assert_false (patella_csv_export_finish (f->store, f->result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  d = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    g_assert_false (g_str_has_prefix (name, ".out.export-"));

  g_clear_object (&f->result);
  g_clear_object (&f->cancellable);
  f->cancellable = g_cancellable_new ();
  f->cancel_at = 2.0;
  g_array_set_size (f->fractions, 0);
  patella_csv_export_async (f->store, out, f->cancellable, progress_cb, f, done_cb, f);
  wait_for_result (f);
  g_assert_true (patella_csv_export_finish (f->store, f->result, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (manifest, G_FILE_TEST_IS_REGULAR));
  assert_progress_rose_to_one (f);
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (f->dir, "patella-2026-01-01.db", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(PatellaStore) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_assert_true (patella_csv_import (f->store, f->csv, NULL, &error));
  g_assert_true (patella_store_backup_to (f->store, backup, &error));
  g_assert_no_error (error);
  g_assert_true (patella_store_set_session_note (f->store, 1, "after the backup", &error));

  /* Cancelled: the diary is open and unchanged, and no copy is left (a
   * cancel that arrives after the copy is honoured by the finish). */
  f->cancel_at = 0.2;
  patella_store_restore_backup_async (f->store, backup, f->cancellable, progress_cb, f,
                                      done_cb, f);
  wait_for_result (f);
  g_assert_null (patella_store_restore_backup_finish (f->store, f->result, &kept, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_true (patella_store_is_open (f->store));
  g_clear_object (&f->result);
  d = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    if (strstr (name, ".restore-") != NULL)
      g_error ("left behind: %s", name);

  g_clear_object (&f->cancellable);
  f->cancellable = g_cancellable_new ();
  f->cancel_at = 2.0;
  g_array_set_size (f->fractions, 0);
  patella_store_restore_backup_async (f->store, backup, f->cancellable, progress_cb, f,
                                      done_cb, f);
  wait_for_result (f);
  restored = patella_store_restore_backup_finish (f->store, f->result, &kept, &error);
  g_assert_no_error (error);
  g_assert_nonnull (restored);
  g_assert_nonnull (kept);
  g_assert_false (patella_store_is_open (f->store));
  assert_progress_rose_to_one (f);
  {
    g_autoptr(PatellaStoreSession) s = patella_store_get_session (restored, 1, &error);
    g_assert_cmpstr (s->note, ==, "");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store/async/import", test_import);
  ADD ("/store/async/import-cancelled", test_import_cancelled);
  ADD ("/store/async/export", test_export);
  ADD ("/store/async/restore", test_restore);
#undef ADD

  return g_test_run ();
}
