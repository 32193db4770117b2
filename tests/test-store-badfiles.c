/* test-store-badfiles.c: every unusable file gets its own error and keeps its bytes
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "patella-schema.h"
#include "patella-store-private.h"
#include "store-test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = test_make_tmp_dir ();
  f->path = g_build_filename (f->dir, "patella.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  test_rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
write_file (const char *path,
            const char *data,
            gssize      len)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
}

/* A real diary with a few pages of data, closed cleanly. */
static void
make_diary (const char *path,
            guint       n_entries)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaStore) store = patella_store_open (path, &error);
  g_autoptr(GDateTime) now = g_date_time_new_local (2030, 1, 1, 12, 0, 0);

  g_assert_no_error (error);
  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr(PatellaPainEntry) e = NULL;
      char day[11];

      patella_local_day_add_days ("2020-01-01", (int) i, day);
      e = patella_pain_entry_new (day, 2, 5);
      patella_pain_entry_set_note (e, "a note long enough to fill a few pages of the file, "
                                      "so that cutting it in half loses whole pages");
      g_assert_true (patella_store_save_pain (store, e, now, &error));
    }
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* Opens path, expects code, and checks the file is byte for byte the same
 * and that the message names it. */
static void
assert_refused (const char *path,
                int         code)
{
  g_autofree char *before = test_checksum_file (path);
  g_autofree char *after = NULL;
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaStore) store = NULL;
  struct stat st_before, st_after;

  g_assert_cmpint (g_stat (path, &st_before), ==, 0);
  store = patella_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, PATELLA_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, base));

  after = test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (g_stat (path, &st_after), ==, 0);
  g_assert_cmpint (st_before.st_size, ==, st_after.st_size);
  g_assert_cmpint (st_before.st_mode, ==, st_after.st_mode);
}

static void
test_garbage (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);

  for (guint i = 0; i < 200; i++)
    g_string_append (text, "day,usual,worst\n2026-01-01,1,2\n");
  write_file (f->path, text->str, text->len);
  assert_refused (f->path, PATELLA_STORE_ERROR_NOT_A_DATABASE);
  /* Judged from its header: SQLite never even opened it. */
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  write_file (f->path, "\x7f" "ELF\x02\x01\x01\0\0\0", 10);
  assert_refused (f->path, PATELLA_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_other_database (Fixture       *f,
                     gconstpointer  data)
{
  raw_exec (f->path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada')");
  assert_refused (f->path, PATELLA_STORE_ERROR_NOT_A_DATABASE);
}

/* An empty SQLite file made by another tool has nothing to lose: it is
 * taken as a new diary. */
static void
test_blank_sqlite_file_is_used (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaStore) store = NULL;

  struct stat st;

  raw_exec (f->path, "CREATE TABLE t (x); DROP TABLE t");
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 0);
  store = patella_store_open (f->path, &error);
  g_assert_no_error (error);
}

static void
test_zero_length (Fixture       *f,
                  gconstpointer  data)
{
  struct stat st;

  write_file (f->path, "", 0);
  assert_refused (f->path, PATELLA_STORE_ERROR_EMPTY);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, 0);
}

static void
test_truncated (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize len;

  make_diary (f->path, 300);
  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 8 * 4096);

  /* Half a file, as an interrupted copy leaves it. */
  write_file (f->path, contents, len / 2);
  assert_refused (f->path, PATELLA_STORE_ERROR_TRUNCATED);

  /* Whole pages missing at the end, cut on a page boundary. */
  write_file (f->path, contents, len - 4096);
  assert_refused (f->path, PATELLA_STORE_ERROR_TRUNCATED);

  /* Only the start of the header. */
  write_file (f->path, contents, 50);
  assert_refused (f->path, PATELLA_STORE_ERROR_TRUNCATED);
}

static void
test_corrupt (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize len;

  make_diary (f->path, 5);
  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  /* Scribble over the schema table's b-tree page header on page 1. */
  memset (contents + 100, 0xee, 40);
  write_file (f->path, contents, len);
  assert_refused (f->path, PATELLA_STORE_ERROR_CORRUPT);

  /* A page size that cannot be. */
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  contents[16] = 0x03;
  contents[17] = 0x00;
  write_file (f->path, contents, len);
  assert_refused (f->path, PATELLA_STORE_ERROR_CORRUPT);
}

static void
test_newer_version (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d",
                                          PATELLA_SCHEMA_VERSION + 1);

  make_diary (f->path, 3);
  raw_exec (f->path, sql);
  assert_refused (f->path, PATELLA_STORE_ERROR_NEWER_VERSION);
}

static void
test_read_only_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaStore) store = NULL;

  make_diary (f->path, 3);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  assert_refused (f->path, PATELLA_STORE_ERROR_READ_ONLY);

  /* Made writable again, it opens: "retry" works. */
  g_assert_cmpint (g_chmod (f->path, 0600), ==, 0);
  store = patella_store_open (f->path, &error);
  g_assert_no_error (error);
}

static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "other.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaStore) store = NULL;

  make_diary (f->path, 3);
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  assert_refused (f->path, PATELLA_STORE_ERROR_READ_ONLY);

  store = patella_store_open (missing, &error);
  g_assert_null (store);
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_READ_ONLY);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* Nor can "start fresh" rename anything there. */
  store = patella_store_open_fresh_beside (f->path, NULL, &error);
  g_assert_null (store);
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_READ_ONLY);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_EXISTS));

  g_assert_cmpint (g_chmod (f->dir, 0700), ==, 0);
}

static void
test_directory (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaStore) store = NULL;

  g_assert_cmpint (g_mkdir (f->path, 0700), ==, 0);
  store = patella_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_NOT_A_DATABASE);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_DIR));
  g_clear_error (&error);

  /* A named pipe: refused at once, not opened (which would block). */
  {
    g_autofree char *fifo = g_build_filename (f->dir, "pipe.db", NULL);

    g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
    store = patella_store_open (fifo, &error);
    g_assert_null (store);
    g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_NOT_A_DATABASE);
  }
}

/* Another process holds an exclusive lock until we tell it to stop. */
static void
test_locked (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaStore) store = NULL;
  int ready[2], release[2];
  char byte;
  pid_t pid;
  int status;

  make_diary (f->path, 3);
  g_assert_cmpint (pipe (ready), ==, 0);
  g_assert_cmpint (pipe (release), ==, 0);

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      sqlite3 *db = NULL;

      close (ready[0]);
      close (release[1]);
      if (sqlite3_open (f->path, &db) != SQLITE_OK
          || sqlite3_exec (db, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;"
                               " UPDATE pain_entry SET usual = 0", NULL, NULL, NULL) != SQLITE_OK)
        _exit (2);
      if (write (ready[1], "x", 1) != 1)
        _exit (3);
      if (read (release[0], &byte, 1) < 0)
        _exit (4);
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      sqlite3_close (db);
      _exit (0);
    }

  close (ready[1]);
  close (release[0]);
  g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);

  _patella_store_set_busy_timeout (200);
  assert_refused (f->path, PATELLA_STORE_ERROR_LOCKED);

  /* The other program lets go: retry works. */
  close (release[1]);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  close (ready[0]);

  store = patella_store_open (f->path, &error);
  g_assert_no_error (error);
  _patella_store_set_busy_timeout (3000);
}

static guint
count_kept (const char *dir,
            const char *suffix)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, "patella-kept-") && g_str_has_suffix (name, suffix))
      n++;

  return n;
}

static void
test_fresh_beside (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaStore) store = NULL;
  g_autofree char *renamed = NULL;
  g_autofree char *before = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *base = NULL;

  write_file (f->path, "not a diary at all", -1);
  before = test_checksum_file (f->path);

  store = patella_store_open_fresh_beside (f->path, &renamed, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_nonnull (renamed);

  /* The old file is beside the new one, same folder, same bytes, with a
   * timestamp in its name; the new diary is at the old path. */
  base = g_path_get_basename (renamed);
  g_assert_true (g_str_has_prefix (base, "patella-kept-"));
  g_assert_true (g_str_has_suffix (base, ".db"));
  kept = test_checksum_file (renamed);
  g_assert_cmpstr (kept, ==, before);
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_assert_cmpint (patella_store_begin_session (store, now, 1, &error), >, 0);
  }
  g_clear_object (&store);

  /* A second fresh start in the same second keeps both old files. */
  g_clear_pointer (&renamed, g_free);
  store = patella_store_open_fresh_beside (f->path, &renamed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_kept (f->dir, ".db"), ==, 2);
  g_clear_object (&store);

  /* With no file there, it just creates one and renames nothing. */
  {
    g_autofree char *moved = g_build_filename (f->dir, "moved.db", NULL);

    g_assert_cmpint (g_rename (f->path, moved), ==, 0);
    g_clear_pointer (&renamed, g_free);
    store = patella_store_open_fresh_beside (f->path, &renamed, &error);
    g_assert_no_error (error);
    g_assert_null (renamed);
    g_assert_cmpuint (count_kept (f->dir, ".db"), ==, 2);
  }
}

/* A file whose latest commits are still in its -wal keeps them when it is
 * set aside: the journal moves with it. */
static void
test_fresh_beside_keeps_wal (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *source = g_build_filename (f->dir, "source.db", NULL);
  g_autofree char *source_wal = g_strconcat (source, "-wal", NULL);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *renamed = NULL;
  g_autofree char *renamed_wal = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL, *check = NULL;
  sqlite3_stmt *stmt = NULL;
  gsize len;

  make_diary (source, 2);
  g_assert_cmpint (sqlite3_open (source, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA wal_autocheckpoint = 0;"
                                     " PRAGMA user_version = 99;"
                                     " UPDATE pain_entry SET note = 'only in the wal'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  /* Copy the pair while the connection is open: the state after a crash. */
  g_assert_true (g_file_get_contents (source, &contents, &len, NULL));
  write_file (f->path, contents, len);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (source_wal, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 0);
  write_file (wal, contents, len);
  sqlite3_close (db);

  /* Refused without checkpointing the WAL into the file. */
  {
    g_autofree char *wal_before = test_checksum_file (wal);
    g_autofree char *wal_after = NULL;

    assert_refused (f->path, PATELLA_STORE_ERROR_NEWER_VERSION);
    wal_after = test_checksum_file (wal);
    g_assert_cmpstr (wal_before, ==, wal_after);
  }

  store = patella_store_open_fresh_beside (f->path, &renamed, &error);
  g_assert_no_error (error);
  renamed_wal = g_strconcat (renamed, "-wal", NULL);
  g_assert_true (g_file_test (renamed_wal, G_FILE_TEST_EXISTS));

  g_assert_cmpint (sqlite3_open_v2 (renamed, &check, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (check, "SELECT count(*) FROM pain_entry"
                                              " WHERE note = 'only in the wal'", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 2);
  sqlite3_finalize (stmt);
  sqlite3_close (check);
}

/* A journal left without its database is not replayed into a new one. */
static void
test_orphan_wal (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  gboolean found = FALSE;

  write_file (wal, "leftover journal bytes", -1);
  before = test_checksum_file (wal);
  store = patella_store_open (f->path, &error);
  g_assert_no_error (error);

  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "patella-kept-") && g_str_has_suffix (name, ".db-wal"))
      {
        g_autofree char *kept = g_build_filename (f->dir, name, NULL);
        g_autofree char *sum = test_checksum_file (kept);

        g_assert_cmpstr (sum, ==, before);
        found = TRUE;
      }
  g_assert_true (found);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store/badfiles/garbage", test_garbage);
  ADD ("/store/badfiles/other-database", test_other_database);
  ADD ("/store/badfiles/blank-sqlite", test_blank_sqlite_file_is_used);
  ADD ("/store/badfiles/zero-length", test_zero_length);
  ADD ("/store/badfiles/truncated", test_truncated);
  ADD ("/store/badfiles/corrupt", test_corrupt);
  ADD ("/store/badfiles/newer-version", test_newer_version);
  ADD ("/store/badfiles/read-only-file", test_read_only_file);
  ADD ("/store/badfiles/read-only-folder", test_read_only_folder);
  ADD ("/store/badfiles/directory-or-pipe", test_directory);
  ADD ("/store/badfiles/locked", test_locked);
  ADD ("/store/badfiles/fresh-beside", test_fresh_beside);
  ADD ("/store/badfiles/fresh-beside-keeps-wal", test_fresh_beside_keeps_wal);
  ADD ("/store/badfiles/orphan-wal", test_orphan_wal);
#undef ADD

  return g_test_run ();
}
