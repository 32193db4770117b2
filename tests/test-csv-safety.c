/* test-csv-safety.c: issue 11: whole exports, checked files, bounded reads, import that validates like the app
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "patella-csv-export.h"
#include "patella-csv-import.h"
#include "patella-store-private.h"
#include "store-test-util.h"

#define PAIN_HEADER "day,usual,worst,contexts,warning_signs,note,recorded,updated\n"
#define SESSION_HEADER "started,ended,day,state,pain_before,pain_after,note\n"
#define SET_HEADER "session_started,exercise,side,set_number,reps_planned,reps_done," \
  "hold_s_planned,hold_s_done,pain_during,started,ended,substituted\n"
#define Q_HEADER "kind,day,answers,score,recorded\n"

typedef struct
{
  char         *dir;
  char         *path;
  PatellaStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = test_make_tmp_dir ();
  f->path = g_build_filename (f->dir, "patella.db", NULL);
  f->store = patella_store_open (f->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  test_rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
add_days (PatellaStore *store,
          int           first,
          int           n)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 29, 20, 0, 0);

  for (int i = first; i < first + n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PatellaPainEntry) e = NULL;
      char day[PATELLA_LOCAL_DAY_LEN + 1];

      patella_local_day_add_days ("2026-01-01", i, day);
      e = patella_pain_entry_new (day, i % 5, i % 5 + 1);
      g_assert_true (patella_store_save_pain (store, e, now, &error));
      g_assert_no_error (error);
    }
}

static char *
write_in (Fixture    *f,
          const char *name,
          const char *contents)
{
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static char *
import_error (Fixture    *f,
              const char *contents,
              int         code)
{
  g_autofree char *path = write_in (f, "in.csv", contents);
  g_autoptr(GError) error = NULL;

  g_assert_false (patella_csv_import (f->store, path, NULL, &error));
  g_assert_error (error, PATELLA_CSV_ERROR, code);
  g_test_message ("%s", error->message);
  return g_strdup (error->message);
}

/* ---- point 1: an export is whole, or refused ---- */

static void
test_export_is_a_whole_set (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "out", NULL);
  g_autofree char *old = g_build_filename (f->dir, "old", NULL);
  g_autofree char *sets = g_build_filename (out, PATELLA_CSV_SET_FILE, NULL);
  g_autofree char *pain = g_build_filename (out, PATELLA_CSV_PAIN_FILE, NULL);
  g_autofree char *old_pain = g_build_filename (old, PATELLA_CSV_PAIN_FILE, NULL);
  g_autofree char *manifest = g_build_filename (out, PATELLA_CSV_MANIFEST_FILE, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(PatellaStore) other = NULL;
  g_autofree char *other_path = g_build_filename (f->dir, "other.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = NULL;
  PatellaCsvImportStats stats;
  const char *name;

  add_days (f->store, 0, 3);
  g_assert_true (patella_csv_export (f->store, old, &error));
  add_days (f->store, 3, 3);
  g_assert_true (patella_csv_export (f->store, out, &error));
  /* Over an older export: every file is the new one. */
  g_assert_true (patella_csv_export (f->store, out, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (manifest, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "Patella CSV export 1\nsession.csv 0 "));
  g_assert_nonnull (strstr (contents, "\npain_entry.csv 6 "));

  /* Nothing but the target is left beside it. */
  d = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    g_assert_false (g_str_has_prefix (name, ".out.export-") || g_str_has_prefix (name, ".old."));

  other = patella_store_open (other_path, &error);
  g_assert_true (patella_csv_import (other, out, &stats, &error));
  g_assert_cmpuint (stats.added[PATELLA_CSV_TABLE_PAIN], ==, 6);

  /* A file from another export: refused, naming it. */
  g_assert_cmpint (rename (old_pain, pain), ==, 0);
  g_assert_false (patella_csv_import (other, out, &stats, &error));
  g_assert_error (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_INCOMPLETE);
  g_assert_nonnull (strstr (error->message, "pain_entry.csv is not the file that export wrote"));
  g_clear_error (&error);

  /* A file missing, as after a cut-off export: refused, naming it. */
  g_assert_cmpint (g_unlink (sets), ==, 0);
  g_assert_false (patella_csv_import (other, out, &stats, &error));
  g_assert_error (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_INCOMPLETE);
  g_assert_nonnull (strstr (error->message, "session_set.csv is missing. Nothing was imported."));
  g_clear_error (&error);

  g_assert_cmpint (g_unlink (manifest), ==, 0);
  g_assert_false (patella_csv_import (other, out, &stats, &error));
  g_assert_error (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_INCOMPLETE);
  g_assert_nonnull (strstr (error->message, "patella-export.txt is missing"));
}

/* A folder that holds other things keeps them; the files are replaced. */
static void
test_export_into_a_busy_folder (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *keep = g_build_filename (f->dir, "keep.txt", NULL);
  g_autofree char *pain = g_build_filename (f->dir, PATELLA_CSV_PAIN_FILE, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (keep, "mine", -1, NULL));
  g_assert_true (g_file_set_contents (pain, "old", -1, NULL));
  add_days (f->store, 0, 2);
  g_assert_true (patella_csv_export (f->store, f->dir, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pain, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "day,usual"));
  g_assert_true (g_file_test (keep, G_FILE_TEST_IS_REGULAR));
}

/* Point 7: an export that cannot go there says why. */
static void
test_export_target_messages (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *file = write_in (f, "a-file", "x");
  g_autofree char *out = g_build_filename (f->dir, "out", NULL);
  g_autofree char *blocker = g_build_filename (out, PATELLA_CSV_SESSION_FILE, NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (patella_csv_export (f->store, file, &error));
  expected = g_strdup_printf ("“%s” is a file, not a folder. Choose a folder to export into; "
                              "it is made if it does not exist.", file);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);
  g_clear_pointer (&expected, g_free);

  g_assert_cmpint (g_mkdir_with_parents (blocker, 0700), ==, 0);
  g_assert_false (patella_csv_export (f->store, out, &error));
  expected = g_strdup_printf ("“%s” holds a folder or link named session.csv where the export "
                              "writes a file. Move it away or choose another folder; nothing "
                              "was changed.", out);
  g_assert_cmpstr (error->message, ==, expected);
}

/* ---- point 2: a damaged diary is not written to ---- */

static void
test_damaged_diary_refuses_import (Fixture       *f,
                                   gconstpointer  data)
{
  g_autofree char *csv = write_in (f, "p.csv", PAIN_HEADER
                                   "2026-05-01,1,2,,,,2026-05-01T08:00:00Z,2026-05-01T08:00:00Z\n");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  guint8 page[4096];
  struct stat st;
  FILE *fp;

  add_days (f->store, 0, 300);
  g_clear_object (&f->store);
  g_assert_cmpint (stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >=, 4 * 4096);

  /* The last page, which holds pain entries, becomes noise. */
  for (guint i = 0; i < sizeof page; i++)
    page[i] = (guint8) g_rand_int_range (rand, 0, 256);
  fp = fopen (f->path, "r+b");
  g_assert_nonnull (fp);
  g_assert_cmpint (fseek (fp, st.st_size - 4096, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (page, 1, sizeof page, fp), ==, sizeof page);
  fclose (fp);
  before = test_checksum_file (f->path);

  f->store = patella_store_open (f->path, &error);
  if (f->store != NULL)
    {
      g_assert_false (patella_csv_import (f->store, csv, NULL, &error));
      g_clear_object (&f->store);
    }
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "is damaged and cannot be read safely. It was left "
                                            "as it is"));
  after = test_checksum_file (f->path);
  g_assert_cmpstr (before, ==, after);
}

/* ---- point 3: only regular files are read ---- */

static void
test_not_regular_files (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (f->dir, "fifo.csv", NULL);
  g_autofree char *folder = g_build_filename (f->dir, "export", NULL);
  g_autofree char *link = g_build_filename (folder, PATELLA_CSV_PAIN_FILE, NULL);
  g_autoptr(GError) error = NULL;
  const char *paths[] = { "/dev/zero", fifo };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  /* A FIFO without a writer would block a plain open for ever. */
  alarm (20);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_assert_false (patella_csv_import (f->store, paths[i], NULL, &error));
      g_assert_error (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_READ);
      g_assert_nonnull (strstr (error->message, "is not a regular file (it is a device, a pipe "
                                                "or a folder), so it was not read."));
      g_clear_error (&error);
    }

  /* A whole export whose pain_entry.csv is a link to /dev/zero. */
  g_assert_true (patella_csv_export (f->store, folder, &error));
  g_assert_cmpint (g_unlink (link), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", link), ==, 0);
  g_assert_false (patella_csv_import (f->store, folder, NULL, &error));
  g_assert_error (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "“pain_entry.csv” is not a regular file"));
  alarm (0);
}

/* ---- point 4: nothing new beside a refused diary ---- */

static void
make_wal_database (const char *path,
                   const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
test_refused_leaves_no_companions (Fixture       *f,
                                   gconstpointer  data)
{
  const struct { const char *sql; int code; } cases[] = {
    { "PRAGMA journal_mode = WAL; CREATE TABLE contacts (name TEXT)",
      PATELLA_STORE_ERROR_NOT_A_DATABASE },
    { "PRAGMA journal_mode = WAL; PRAGMA application_id = 1347701825;"
      " PRAGMA user_version = 99; CREATE TABLE future (x)", PATELLA_STORE_ERROR_NEWER_VERSION },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("refused-%u.db", i);
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autoptr(PatellaStore) store = NULL;
      g_autoptr(GError) error = NULL;

      make_wal_database (path, cases[i].sql);
      g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
      before = test_checksum_file (path);

      store = patella_store_open (path, &error);
      g_assert_null (store);
      g_assert_error (error, PATELLA_STORE_ERROR, cases[i].code);
      after = test_checksum_file (path);
      g_assert_cmpstr (before, ==, after);
      g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
    }
}

/* ---- point 6: the app's rules, applied to imported rows ---- */

typedef struct
{
  const char *what;
  const char *contents;
  const char *message;   /* the whole message after "in.csv, " */
  gboolean    duplicate; /* PATELLA_CSV_ERROR_DUPLICATE, not _VALUE */
} Refused;

static const Refused refused[] = {
  { "a pain entry on a day still to come", PAIN_HEADER
    "2099-12-31,1,2,,,,2026-05-01T08:00:00Z,2026-05-01T08:00:00Z\n",
    "line 2, field “day”: 2099-12-31 is a day still to come (today is " },
  { "a session whose day is not its start's", SESSION_HEADER
    "2026-05-01T07:30:00Z,2026-05-01T08:00:00Z,2026-04-20,completed,,,\n",
    "line 2, field “day”: the session did not start on this day in any time zone" },
  { "a session on a day still to come", SESSION_HEADER
    "2099-12-31T07:30:00Z,2099-12-31T08:00:00Z,2099-12-31,completed,,,\n",
    "line 2, field “day”: 2099-12-31 is a day still to come (today is " },
  { "an exercise Patella does not know", SET_HEADER
    "2026-05-01T07:30:00Z,underwater-basket-weaving,both,1,10,10,0,0,,"
    "2026-05-01T07:31:00Z,2026-05-01T07:32:00Z,0\n",
    "line 2, field “exercise”: “underwater-basket-weaving” is not an exercise Patella knows" },
  { "a Kujala score that is not its answers'", Q_HEADER
    "kujala,2026-05-01,\"0,0,0,0,0,0,0,0,0,0,0,0,0\",40,2026-05-01T08:00:00Z\n",
    "line 2, field “score”: the score is 40, but the answers add up to 100" },
  { "Kujala answers of the wrong number", Q_HEADER
    "kujala,2026-05-01,\"0,0,0\",40,2026-05-01T08:00:00Z\n",
    "line 2, field “answers”: the answers must be 13 choice numbers separated by commas" },
  { "a Kujala answer no question offers", Q_HEADER
    "kujala,2026-05-01,\"9,0,0,0,0,0,0,0,0,0,0,0,0\",40,2026-05-01T08:00:00Z\n",
    "line 2, field “answers”: the answers must be 13 choice numbers" },
  /* point 7: one instant written two ways is one session, twice */
  { "two sessions at the same instant", SESSION_HEADER
    "2025-05-01T07:30:00Z,2025-05-01T08:00:00Z,2025-05-01,completed,,,first\n"
    "2025-05-01T09:30:00+02:00,2025-05-01T08:00:00Z,2025-05-01,completed,,,second\n",
    "line 3, field “started”: line 2 has the same key with other values; which one is right?",
    TRUE },
  { "a note over the limit in characters", NULL,
    "line 2, field “note”: the text is longer than 4000 characters" },
};

static void
test_import_refuses_what_the_app_refuses (Fixture       *f,
                                          gconstpointer  data)
{
  g_autofree char *long_note = NULL;
  GString *note = g_string_new (NULL);

  for (guint i = 0; i < 4001; i++)
    g_string_append (note, "é");
  long_note = g_strconcat (PAIN_HEADER "2026-05-01,1,2,,,", note->str,
                           ",2026-05-01T08:00:00Z,2026-05-01T08:00:00Z\n", NULL);
  g_string_free (note, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *message = import_error (f, refused[i].contents ? refused[i].contents
                                                                      : long_note,
                                               refused[i].duplicate ? PATELLA_CSV_ERROR_DUPLICATE
                                                                    : PATELLA_CSV_ERROR_VALUE);

      if (!g_str_has_prefix (message, "in.csv, ")
          || strstr (message, refused[i].message) != message + strlen ("in.csv, "))
        g_error ("%s: “%s” is not “%s”", refused[i].what, message, refused[i].message);
    }
}

/* 4000 characters of two bytes each is a note the app and the import take. */
static void
test_note_limit_counts_characters (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(PatellaPainEntry) entry = patella_pain_entry_new ("2026-05-02", 1, 2);
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *path = NULL;
  GString *note = g_string_new (NULL);

  for (guint i = 0; i < PATELLA_PAIN_NOTE_MAX; i++)
    g_string_append (note, "é");
  patella_pain_entry_set_note (entry, note->str);
  g_assert_true (patella_store_save_pain (f->store, entry, NULL, &error));
  g_assert_no_error (error);

  csv = g_strconcat (PAIN_HEADER "2026-05-01,1,2,,,", note->str,
                     ",2026-05-01T08:00:00Z,2026-05-01T08:00:00Z\n", NULL);
  path = write_in (f, "long.csv", csv);
  g_assert_true (patella_csv_import (f->store, path, NULL, &error));
  g_assert_no_error (error);
  g_string_free (note, TRUE);
}

/* ---- point 7 and issue 10: what an import says; columns by name ---- */

static void
test_summary_and_column_order (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *header_only = write_in (f, "h.csv", PAIN_HEADER);
  g_autofree char *shuffled = write_in (f, "s.csv",
                                        "note,updated,day,worst,recorded,usual,warning_signs,"
                                        "contexts\n"
                                        "moved,2026-01-01T09:00:00Z,2026-01-01,9,"
                                        "2026-01-01T08:00:00Z,3,,stairs\n"
                                        ",2026-01-03T09:00:00Z,2026-01-03,4,"
                                        "2026-01-03T08:00:00Z,2,,\n");
  g_autoptr(PatellaPainEntry) got = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  PatellaCsvImportStats stats;

  g_assert_true (patella_csv_import (f->store, header_only, &stats, &error));
  summary = patella_csv_import_stats_describe (&stats);
  g_assert_cmpstr (summary, ==, "Nothing to import: the file has a header but no rows");
  g_clear_pointer (&summary, g_free);

  /* Columns in another order are read by their names. */
  g_assert_true (patella_csv_import (f->store, shuffled, &stats, &error));
  g_assert_no_error (error);
  summary = patella_csv_import_stats_describe (&stats);
  g_assert_cmpstr (summary, ==, "Imported 2 rows");
  g_clear_pointer (&summary, g_free);
  got = patella_store_get_pain (f->store, "2026-01-01", &error);
  g_assert_cmpint (got->usual, ==, 3);
  g_assert_cmpint (got->worst, ==, 9);
  g_assert_cmpstr (got->note, ==, "moved");
  g_assert_cmpint (got->contexts, ==, PATELLA_PAIN_CONTEXT_STAIRS);
  g_assert_cmpint (got->recorded_us, ==, (gint64) 1767254400 * G_USEC_PER_SEC);

  /* Again: the skipped rows are counted, and the reason given. */
  g_assert_true (patella_csv_import (f->store, shuffled, &stats, &error));
  summary = patella_csv_import_stats_describe (&stats);
  g_assert_cmpstr (summary, ==, "Nothing new; 2 were already in the diary");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/csv-safety/export-is-a-whole-set", test_export_is_a_whole_set);
  ADD ("/csv-safety/export-into-a-busy-folder", test_export_into_a_busy_folder);
  ADD ("/csv-safety/export-target-messages", test_export_target_messages);
  ADD ("/csv-safety/damaged-diary-refuses-import", test_damaged_diary_refuses_import);
  ADD ("/csv-safety/not-regular-files", test_not_regular_files);
  ADD ("/csv-safety/refused-leaves-no-companions", test_refused_leaves_no_companions);
  ADD ("/csv-safety/import-refuses-what-the-app-refuses",
       test_import_refuses_what_the_app_refuses);
  ADD ("/csv-safety/note-limit-counts-characters", test_note_limit_counts_characters);
  ADD ("/csv-safety/summary-and-column-order", test_summary_and_column_order);
#undef ADD

  return g_test_run ();
}
