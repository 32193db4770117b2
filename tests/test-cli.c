/* test-cli.c: patella --export-csv and --import-csv, run as a user would
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "patella-store.h"
#include "store-test-util.h"

static const char *exe;

static const char *tricky_note = "Stairs, then \"a lot\"\nsecond line: Kniescheibe schmerzt – ça va";

/* database NULL: the default diary of the data folder. */
static int
run_patella_full (const char  *database,
                  gboolean     create,
                  const char  *option,
                  const char  *value,
                  char       **out,
                  char       **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, (char *) exe);
  if (database != NULL)
    {
      g_ptr_array_add (argv, (char *) "--database");
      g_ptr_array_add (argv, (char *) database);
    }
  if (create)
    g_ptr_array_add (argv, (char *) "--create");
  g_ptr_array_add (argv, (char *) option);
  g_ptr_array_add (argv, (char *) value);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &status, &error);
  g_assert_no_error (error);

  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static int
run_patella (const char  *database,
             const char  *option,
             const char  *value,
             char       **out,
             char       **err)
{
  return run_patella_full (database, FALSE, option, value, out, err);
}

static void
fill_diary (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaStore) store = patella_store_open (path, &error);
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 20, 20, 0, 0);
  const char *days[] = { "2026-11-18", "2026-11-19", "2026-11-20" };
  PatellaStoreSet set = {
    .exercise_id = "clamshell", .side = PATELLA_STORE_SIDE_LEFT, .set_number = 1,
    .reps_planned = 15, .reps_done = 12, .pain_during = 2,
  };
  gint64 session;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(PatellaPainEntry) entry = patella_pain_entry_new (days[i], 2 + i, 4 + i);

      if (i == 1)
        patella_pain_entry_set_note (entry, tricky_note);
      g_assert_true (patella_store_save_pain (store, entry, now, &error));
      g_assert_no_error (error);
    }

  session = patella_store_begin_session (store, now, 3, &error);
  g_assert_no_error (error);
  set.started_us = g_date_time_to_unix (now) * G_USEC_PER_SEC + 1000000;
  set.ended_us = set.started_us + 60 * G_USEC_PER_SEC;
  g_assert_true (patella_store_add_set (store, session, &set, NULL, &error));
  g_assert_true (patella_store_finish_session (store, session, set.ended_us + 1, 1, &error));
  g_assert_no_error (error);
}

static void
test_export_then_import (void)
{
  g_autofree char *dir = test_make_tmp_dir ();
  g_autofree char *source = g_build_filename (dir, "source.db", NULL);
  g_autofree char *target = g_build_filename (dir, "target.db", NULL);
  g_autofree char *csv_dir = g_build_filename (dir, "export", NULL);
  g_autofree char *pain_csv = g_build_filename (csv_dir, "pain_entry.csv", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *header = NULL;
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(PatellaPainEntry) back = NULL;
  g_autoptr(PatellaStoreSession) session = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  fill_diary (source);

  g_assert_cmpint (run_patella (source, "--export-csv", csv_dir, &out, &err), ==, 0);
  g_assert_true (g_file_test (pain_csv, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_get_contents (pain_csv, &header, NULL, NULL));
  g_assert_true (g_str_has_prefix (header, "day,usual,worst,"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Into a new diary: everything arrives, the awkward note intact. */
  g_assert_cmpint (run_patella_full (target, TRUE, "--import-csv", csv_dir, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "Imported"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  store = patella_store_open (target, &error);
  g_assert_no_error (error);
  entries = patella_store_list_pain (store, &error);
  g_assert_cmpuint (entries->len, ==, 3);
  back = patella_store_get_pain (store, "2026-11-19", &error);
  g_assert_no_error (error);
  g_assert_cmpint (back->usual, ==, 3);
  g_assert_cmpstr (back->note, ==, tricky_note);
  session = patella_store_find_in_progress (store, &error);
  g_assert_no_error (error);
  g_assert_null (session);
  g_clear_object (&store);

  /* The same files again add nothing. */
  g_assert_cmpint (run_patella (target, "--import-csv", csv_dir, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "Nothing new"));

  store = patella_store_open (target, &error);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = patella_store_list_pain (store, &error);
  g_assert_cmpuint (entries->len, ==, 3);

  test_rm_rf (dir);
}

static void
test_bad_csv_fails_with_line (void)
{
  g_autofree char *dir = test_make_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "diary.db", NULL);
  g_autofree char *csv = g_build_filename (dir, "pain_entry.csv", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  const char *contents =
    "day,usual,worst,contexts,warning_signs,note,recorded,updated\r\n"
    "2026-11-01,2,3,,,fine,2026-11-01T10:00:00Z,2026-11-01T10:00:00Z\r\n"
    "2026-11-02,7,3,,,worst below usual,2026-11-02T10:00:00Z,2026-11-02T10:00:00Z\r\n";

  g_assert_true (g_file_set_contents (csv, contents, -1, NULL));

  g_assert_cmpint (run_patella_full (db, TRUE, "--import-csv", csv, &out, &err), !=, 0);
  g_assert_nonnull (strstr (err, "line 3, field “worst”"));
  /* The file is read before the diary is made: no empty diary is left. */
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));

  /* All or nothing, into an existing diary: the good first row is not kept. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  store = patella_store_open (db, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpint (run_patella (db, "--import-csv", csv, &out, &err), !=, 0);
  store = patella_store_open (db, &error);
  g_assert_no_error (error);
  entries = patella_store_list_pain (store, &error);
  g_assert_cmpuint (entries->len, ==, 0);

  test_rm_rf (dir);
}

static void
test_unopenable_database_fails (void)
{
  g_autofree char *dir = test_make_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "diary.db", NULL);
  g_autofree char *out_dir = g_build_filename (dir, "out", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (db, "not a database at all, just words", -1, NULL));
  before = test_checksum_file (db);

  g_assert_cmpint (run_patella (db, "--export-csv", out_dir, &out, &err), !=, 0);
  g_assert_true (g_str_has_prefix (err, "patella: "));
  after = test_checksum_file (db);
  g_assert_cmpstr (before, ==, after);

  test_rm_rf (dir);
}

/* Issue 11, point 5: a mistyped --database is refused, not made. */
static void
test_missing_database_needs_create (void)
{
  g_autofree char *dir = test_make_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "typo.db", NULL);
  g_autofree char *out_dir = g_build_filename (dir, "out", NULL);
  g_autofree char *manifest = g_build_filename (out_dir, "patella-export.txt", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected = NULL;

  g_assert_cmpint (run_patella (db, "--export-csv", out_dir, &out, &err), ==, 1);
  expected = g_strdup_printf ("patella: There is no diary at “%s”. Check the name, or add "
                              "--create to start a new diary there.\n", db);
  g_assert_cmpstr (err, ==, expected);
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (out_dir, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Asked for, it is made, and its empty export is a whole one. */
  g_assert_cmpint (run_patella_full (db, TRUE, "--export-csv", out_dir, &out, &err), ==, 0);
  g_assert_true (g_file_test (db, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (manifest, G_FILE_TEST_IS_REGULAR));

  test_rm_rf (dir);
}

/* The default diary is still made on first use, but not by an import that fails. */
static void
test_failed_import_makes_no_default_diary (void)
{
  g_autofree char *dir = test_make_tmp_dir ();
  g_autofree char *data = g_build_filename (dir, "data", NULL);
  g_autofree char *db = g_build_filename (data, "patella", "patella.db", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.csv", NULL);
  g_autofree char *out_dir = g_build_filename (dir, "out", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_assert_cmpint (run_patella (NULL, "--import-csv", missing, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "“missing.csv” cannot be read: No such file or directory."));
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_patella (NULL, "--export-csv", out_dir, &out, &err), ==, 0);
  g_assert_true (g_file_test (db, G_FILE_TEST_IS_REGULAR));
  g_unsetenv ("XDG_DATA_HOME");

  test_rm_rf (dir);
}

/* Issue 11, point 3: /dev/zero is refused at once, not read until memory runs out. */
static void
test_import_dev_zero (void)
{
  g_autofree char *dir = test_make_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "diary.db", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_patella_full (db, TRUE, "--import-csv", "/dev/zero", &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, "patella: “zero” is not a regular file (it is a device, a pipe or "
                   "a folder), so it was not read. Choose a CSV file that Patella exported.\n");
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));

  test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  exe = g_getenv ("PATELLA_EXE");
  g_assert_nonnull (exe);

  g_test_add_func ("/cli/export-then-import", test_export_then_import);
  g_test_add_func ("/cli/bad-csv-fails-with-line", test_bad_csv_fails_with_line);
  g_test_add_func ("/cli/unopenable-database-fails", test_unopenable_database_fails);
  g_test_add_func ("/cli/missing-database-needs-create", test_missing_database_needs_create);
  g_test_add_func ("/cli/failed-import-makes-no-default-diary",
                   test_failed_import_makes_no_default_diary);
  g_test_add_func ("/cli/import-dev-zero", test_import_dev_zero);

  return g_test_run ();
}
