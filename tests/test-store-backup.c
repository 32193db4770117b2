/* test-store-backup.c: daily backups, keeping seven, restoring one and keeping the current file
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include "patella-backup.h"
#include "patella-schema.h"
#include "patella-store-private.h"
#include "store-test-util.h"

typedef struct
{
  char         *dir;
  char         *path;
  char         *backups;
  PatellaStore *store;
} Fixture;

static void
add_entries (PatellaStore *store,
             const char   *first_day,
             guint         n)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2030, 1, 1, 12, 0, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PatellaPainEntry) e = NULL;
      g_autoptr(GError) error = NULL;
      char day[11];

      patella_local_day_add_days (first_day, (int) i, day);
      e = patella_pain_entry_new (day, 1, 3);
      patella_pain_entry_set_note (e, "an entry with a note, to make the file a few pages long");
      g_assert_true (patella_store_save_pain (store, e, now, &error));
      g_assert_no_error (error);
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = test_make_tmp_dir ();
  f->path = g_build_filename (f->dir, "patella.db", NULL);
  f->backups = g_build_filename (f->dir, "backups", NULL);
  f->store = patella_store_open (f->path, &error);
  g_assert_no_error (error);
  add_entries (f->store, "2029-01-01", 10);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  test_rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->backups);
}

static guint
count_entries (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM pain_entry", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return n;
}

static char *
backup_on (Fixture *f,
           int      month,
           int      day)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2030, month, day, 9, 0, 0);
  g_autoptr(GError) error = NULL;
  char *made = NULL;

  g_assert_true (patella_store_backup_if_due (f->store, f->backups, now, &made, &error));
  g_assert_no_error (error);
  return made;
}

static void
async_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* In a worker thread, by its own connection: once a day, the same copy. */
static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2030, 3, 4, 9, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *made = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GPtrArray) list = NULL;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GAsyncResult) result = NULL;

      patella_store_backup_if_due_async (f->store, f->backups, now, async_done_cb, &result);
      while (result == NULL)
        g_main_context_iteration (NULL, TRUE);
      g_assert_true (patella_store_backup_if_due_finish (f->store, result,
                                                         i == 0 ? &made : &again, &error));
      g_assert_no_error (error);
    }

  g_assert_nonnull (made);
  g_assert_true (g_str_has_suffix (made, "2030-03-04.db"));
  g_assert_null (again);
  list = patella_backup_list (f->backups, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (patella_backup_count_days (made, &error), >=, 0);
  g_assert_no_error (error);
}

static void
test_once_a_day (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *first = backup_on (f, 1, 1);
  g_autofree char *again = NULL;
  g_autofree char *next = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *base = NULL;
  struct stat st;

  g_assert_nonnull (first);
  base = g_path_get_basename (first);
  g_assert_cmpstr (base, ==, "patella-2030-01-01.db");
  g_assert_cmpint (g_stat (first, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (f->backups, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpuint (count_entries (first), ==, 10);

  /* One self-contained file, not a WAL pair. */
  wal = g_strconcat (first, "-wal", NULL);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  /* Later the same day: not due. */
  add_entries (f->store, "2029-02-01", 1);
  again = backup_on (f, 1, 1);
  g_assert_null (again);
  g_assert_cmpuint (count_entries (first), ==, 10);

  next = backup_on (f, 1, 2);
  g_assert_nonnull (next);
  g_assert_cmpuint (count_entries (next), ==, 11);
}

static void
test_keeps_seven (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stranger = g_build_filename (f->backups, "notes.txt", NULL);
  g_autofree char *part = g_build_filename (f->backups, "patella-2030-01-01.db.part-abc", NULL);

  list = patella_backup_list (f->backups, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 0); /* no folder yet: no backups */
  g_clear_pointer (&list, g_ptr_array_unref);

  for (int d = 1; d <= 10; d++)
    {
      g_autofree char *made = backup_on (f, 3, d);

      g_assert_nonnull (made);
      if (d == 1)
        {
          g_assert_true (g_file_set_contents (stranger, "mine", -1, NULL));
          g_assert_true (g_file_set_contents (part, "half", -1, NULL));
        }
    }

  list = patella_backup_list (f->backups, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, PATELLA_BACKUP_KEEP);
  g_assert_cmpstr (((PatellaBackup *) list->pdata[0])->day, ==, "2030-03-10");
  g_assert_cmpstr (((PatellaBackup *) list->pdata[6])->day, ==, "2030-03-04");
  g_assert_cmpint (((PatellaBackup *) list->pdata[0])->size, >, 4096);

  /* Files that are not backups are never touched. */
  g_assert_true (g_file_test (stranger, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (part, G_FILE_TEST_EXISTS));
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *backup = backup_on (f, 1, 1);
  g_autofree char *backup_sum = test_checksum_file (backup);
  g_autofree char *after_sum = NULL;
  g_autofree char *renamed = NULL;
  g_autofree char *base = NULL;
  g_autoptr(PatellaStore) restored = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  add_entries (f->store, "2029-06-01", 5);

  restored = patella_store_restore_backup (f->store, backup, &renamed, &error);
  g_assert_no_error (error);
  g_assert_nonnull (restored);
  g_assert_false (patella_store_is_open (f->store));
  g_assert_cmpstr (patella_store_get_path (restored), ==, f->path);

  list = patella_store_list_pain (restored, &error);
  g_assert_cmpuint (list->len, ==, 10);

  /* The diary as it was before is kept beside, whole. */
  g_assert_nonnull (renamed);
  base = g_path_get_basename (renamed);
  g_assert_true (g_str_has_prefix (base, "patella-kept-"));
  g_assert_cmpuint (count_entries (renamed), ==, 15);

  /* The backup itself is untouched and can be restored again. */
  after_sum = test_checksum_file (backup);
  g_assert_cmpstr (after_sum, ==, backup_sum);

  /* The restored diary works as any other. */
  add_entries (restored, "2029-07-01", 1);
  g_clear_object (&restored);
  g_assert_cmpuint (count_entries (f->path), ==, 11);
}

static void
test_restore_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *garbage = g_build_filename (f->dir, "garbage.db", NULL);
  g_autofree char *newer = g_build_filename (f->dir, "newer.db", NULL);
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", PATELLA_SCHEMA_VERSION + 1);
  g_autoptr(PatellaStore) restored = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  g_assert_true (g_file_set_contents (garbage, "no database here, just words and words and "
                                      "words, more than a hundred bytes of them so SQLite "
                                      "reads a whole header", -1, NULL));
  restored = patella_store_restore_backup (f->store, garbage, NULL, &error);
  g_assert_null (restored);
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_NOT_A_DATABASE);
  g_clear_error (&error);

  g_assert_true (patella_store_backup_to (f->store, newer, &error));
  g_assert_cmpint (sqlite3_open (newer, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  restored = patella_store_restore_backup (f->store, newer, NULL, &error);
  g_assert_null (restored);
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_NEWER_VERSION);
  g_clear_error (&error);

  /* Nothing happened to the open diary, and nothing was left beside it. */
  g_assert_true (patella_store_is_open (f->store));
  add_entries (f->store, "2029-08-01", 1);
  {
    g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      g_assert_false (g_str_has_prefix (name, "patella-kept-")
                      || strstr (name, ".restore-") != NULL);
  }
}

/* Damage is not copied over the good backups. */
static void
test_corrupt_not_backed_up (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autofree char *made = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2030, 2, 1, 9, 0, 0);
  g_autoptr(GError) error = NULL;
  gsize len;

  made = backup_on (f, 1, 31);
  g_assert_nonnull (made);
  add_entries (f->store, "2025-01-01", 200);
  g_clear_object (&f->store);

  /* Scribble over a page in the middle: the schema on page 1 still reads. */
  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 8 * 4096);
  memset (contents + 5 * 4096, 0x5a, 4096);
  g_assert_true (g_file_set_contents (f->path, contents, len, NULL));

  f->store = patella_store_open (f->path, &error);
  g_assert_no_error (error);
  g_clear_pointer (&made, g_free);
  g_assert_false (patella_store_backup_if_due (f->store, f->backups, now, &made, &error));
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_CORRUPT);
  g_assert_null (made);

  list = patella_backup_list (f->backups, NULL);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((PatellaBackup *) list->pdata[0])->day, ==, "2030-01-31");
}

/* The restore list reads each backup's day count without changing it. */
static void
test_count_days (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *made = backup_on (f, 3, 1);
  g_autofree char *garbage = g_build_filename (f->dir, "garbage.db", NULL);
  g_autofree char *blank = g_build_filename (f->dir, "blank.db", NULL);
  g_autofree char *journal = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  struct stat before, after;

  g_assert_cmpint (g_stat (made, &before), ==, 0);
  g_assert_cmpint (patella_backup_count_days (made, &error), ==, 10);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (made, &after), ==, 0);
  g_assert_cmpint (before.st_mtime, ==, after.st_mtime);
  journal = g_strconcat (made, "-journal", NULL);
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));

  /* The list says when each was written. */
  list = patella_backup_list (f->backups, NULL);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (((PatellaBackup *) list->pdata[0])->modified, ==, before.st_mtime);

  g_assert_true (g_file_set_contents (garbage, "no database here, just words and words and "
                                      "words, more than a hundred bytes of them so SQLite "
                                      "reads a whole header", -1, NULL));
  g_assert_cmpint (patella_backup_count_days (garbage, &error), ==, -1);
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_NOT_A_DATABASE);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (blank, "", 0, NULL));
  g_assert_cmpint (patella_backup_count_days (blank, &error), ==, 0);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store/backup/once-a-day", test_once_a_day);
  ADD ("/store/backup/async", test_async);
  ADD ("/store/backup/keeps-seven", test_keeps_seven);
  ADD ("/store/backup/restore", test_restore);
  ADD ("/store/backup/restore-refused", test_restore_refused);
  ADD ("/store/backup/corrupt-not-backed-up", test_corrupt_not_backed_up);
  ADD ("/store/backup/count-days", test_count_days);
#undef ADD

  return g_test_run ();
}
