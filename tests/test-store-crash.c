/* test-store-crash.c: kill -9 a writer at a random moment; every committed row must survive
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "patella-csv-export.h"
#include "patella-csv-import.h"
#include "patella-store-private.h"
#include "store-test-util.h"

#define N_ROWS   1000
#define N_TRIALS 20

/* What the child tells the parent after each commit returned. */
typedef struct
{
  gint32 kind;  /* 0: pain entry (id is the day's offset), 1: set (id is its row id) */
  gint32 index; /* the row's number in the child's sequence */
  gint64 id;
} Report;

static void
day_for (int  offset,
         char out[11])
{
  patella_local_day_add_days ("2020-01-01", offset, out);
}

/* Each set its own (exercise, number) key, so none replaces another. */
static PatellaStoreSet
set_for (int    k,
         gint64 t0)
{
  static const char * const exercises[] = {
    "clamshell", "glute-bridge", "wall-squat", "straight-leg-raise",
    "heel-raise", "hamstring-stretch", "monster-walk", "single-leg-balance",
  };
  PatellaStoreSet set = {
    .exercise_id = exercises[k % G_N_ELEMENTS (exercises)],
    .side = PATELLA_STORE_SIDE_BOTH,
    .set_number = k / G_N_ELEMENTS (exercises) + 1,
    .reps_planned = 10,
    .reps_done = k % 11,
    .hold_s_planned = 50,
    .hold_s_done = k % 51,
    .pain_during = k % 11,
    .started_us = t0 + k,
    .ended_us = t0 + k + 1,
  };

  return set;
}

static void
write_all (int         fd,
           const void *data,
           gsize       len)
{
  const char *p = data;

  while (len > 0)
    {
      gssize n = write (fd, p, len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        _exit (5);
      p += n;
      len -= n;
    }
}

/* The child: one transaction per row, alternating pain entries and sets,
 * reporting each only once its commit has returned. */
G_GNUC_NORETURN static void
run_writer (const char *path,
            int         fd)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2030, 1, 1, 12, 0, 0);
  PatellaStore *store = patella_store_open (path, &error);
  gint64 session_id;
  gint64 t0 = patella_store_usec (now);

  if (store == NULL)
    _exit (2);
  session_id = patella_store_begin_session (store, now, 2, &error);
  if (session_id == 0)
    _exit (3);

  for (int i = 0; i < N_ROWS; i++)
    {
      Report report = { .kind = i % 2, .index = i };

      if (report.kind == 0)
        {
          g_autoptr(PatellaPainEntry) e = NULL;
          char day[11];

          day_for (i / 2, day);
          e = patella_pain_entry_new (day, i % 11, i % 11);
          if (!patella_store_save_pain (store, e, now, &error))
            _exit (4);
          report.id = i / 2;
        }
      else
        {
          PatellaStoreSet set = set_for (i / 2, t0);

          if (!patella_store_add_set (store, session_id, &set, &report.id, &error))
            _exit (4);
        }

      write_all (fd, &report, sizeof report);
    }

  _exit (0);
}

static gboolean
read_report (int     fd,
             Report *report)
{
  gsize got = 0;

  while (got < sizeof *report)
    {
      gssize n = read (fd, (char *) report + got, sizeof *report - got);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          g_assert_cmpuint (got, ==, 0); /* a report is written whole or not at all */
          return FALSE;
        }
      got += n;
    }

  return TRUE;
}

static void
check_survivors (const char *path,
                 GArray     *reports)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaStore) store = patella_store_open (path, &error);
  g_autoptr(PatellaStoreSession) session = NULL;
  g_autoptr(GArray) sets = NULL;
  g_autoptr(GHashTable) set_ids = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_stmt *stmt = NULL;

  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_prepare_v2 (store->db, "PRAGMA integrity_check", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);

  /* The interrupted session is there to be resumed. */
  session = patella_store_find_in_progress (store, &error);
  g_assert_no_error (error);
  if (reports->len == 0 && session == NULL)
    return; /* killed before the session was committed */
  g_assert_nonnull (session);

  sets = patella_store_list_sets (store, session->id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sets->len; i++)
    g_hash_table_add (set_ids, &g_array_index (sets, PatellaStoreSet, i).id);

  for (guint i = 0; i < reports->len; i++)
    {
      Report *r = &g_array_index (reports, Report, i);

      if (r->kind == 0)
        {
          g_autoptr(PatellaPainEntry) e = NULL;
          char day[11];

          day_for ((int) r->id, day);
          e = patella_store_get_pain (store, day, &error);
          g_assert_no_error (error);
          if (e == NULL)
            g_error ("pain entry %s was reported committed but is missing", day);
          g_assert_cmpint (e->usual, ==, r->index % 11);
        }
      else if (!g_hash_table_contains (set_ids, &r->id))
        g_error ("set %" G_GINT64_FORMAT " was reported committed but is missing", r->id);
    }

  /* At most the row in flight when the kill came may be there unreported. */
  g_assert_cmpuint (sets->len, >=, reports->len / 2);
  g_assert_cmpuint (sets->len, <=, reports->len / 2 + 1);
}

/* kill -9 takes nothing from the page cache, so what is tested is SQLite's
 * commit protocol, not the disk: a RAM-backed folder keeps 10,000 fsyncs
 * from dominating the suite's time on a busy machine. Real files either way. */
static char *
make_trial_dir (void)
{
  char *dir = g_strdup ("/dev/shm/patella-crash-XXXXXX");

  if (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) && g_mkdtemp_full (dir, 0700) != NULL)
    return dir;

  g_free (dir);
  return test_make_tmp_dir ();
}

static void
run_trial (guint trial)
{
  g_autofree char *dir = make_trial_dir ();
  g_autofree char *path = g_build_filename (dir, "patella.db", NULL);
  g_autoptr(GArray) reports = g_array_new (FALSE, FALSE, sizeof (Report));
  guint kill_after = (guint) g_test_rand_int_range (0, N_ROWS);
  guint delay_us = (guint) g_test_rand_int_range (0, 3000);
  Report report;
  int fds[2];
  pid_t pid;
  int status;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      close (fds[0]);
      run_writer (path, fds[1]);
    }
  close (fds[1]);

  /* A random moment: after some reports, plus a random slice of time so the
   * kill can land anywhere inside a commit, not only between them. */
  while (reports->len < kill_after && read_report (fds[0], &report))
    g_array_append_val (reports, report);
  g_usleep (delay_us);
  kill (pid, SIGKILL);

  /* Whatever the child reported before dying was committed. */
  while (read_report (fds[0], &report))
    g_array_append_val (reports, report);
  close (fds[0]);

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true ((WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL)
                 || (WIFEXITED (status) && WEXITSTATUS (status) == 0));
  g_test_message ("trial %u in %s: killed after %u reports (+%u us), %u committed",
                  trial, dir, kill_after, delay_us, reports->len);

  check_survivors (path, reports);
  test_rm_rf (dir);
}

static void
test_kill_9 (void)
{
  for (guint trial = 0; trial < N_TRIALS; trial++)
    run_trial (trial);
}

/* ---- kill -9 during an export: the folder is the old export, the new one,
 * or refused by import; never a mix that imports with rows missing ---- */

#define N_EXPORT_TRIALS 24
#define N_EXPORT_SESSIONS 1500
#define SETS_PER_SESSION 9

static const char * const export_files[] = {
  PATELLA_CSV_SESSION_FILE, PATELLA_CSV_SET_FILE, PATELLA_CSV_PAIN_FILE,
  PATELLA_CSV_QUESTIONNAIRE_FILE, PATELLA_CSV_EXERCISE_FILE, PATELLA_CSV_PROGRAM_FILE,
  PATELLA_CSV_PLAN_FILE, PATELLA_CSV_DOSE_CHANGE_FILE,
};

/* Sessions and their sets as CSV, from session `from` to `to`. */
static void
import_sessions (PatellaStore *store,
                 const char   *dir,
                 int           from,
                 int           to)
{
  static const char * const exercises[] = {
    "clamshell", "glute-bridge", "wall-squat", "straight-leg-raise", "heel-raise",
  };
  g_autoptr(GString) sessions = g_string_new ("started,ended,day,state,pain_before,"
                                              "pain_after,note\n");
  g_autoptr(GString) sets = g_string_new ("session_started,exercise,side,set_number,"
                                          "reps_planned,reps_done,hold_s_planned,"
                                          "hold_s_done,pain_during,started,ended,substituted\n");
  g_autofree char *a = g_build_filename (dir, "a.csv", NULL);
  g_autofree char *b = g_build_filename (dir, "b.csv", NULL);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GError) error = NULL;
  gint64 t0 = (gint64) 1577872800 * G_USEC_PER_SEC;

  for (int i = from; i < to; i++)
    {
      gint64 start = t0 + (gint64) i * G_TIME_SPAN_DAY;
      g_autofree char *s0 = patella_csv_format_instant (start);
      g_autofree char *s1 = patella_csv_format_instant (start + 40 * G_TIME_SPAN_MINUTE);
      char day[PATELLA_LOCAL_DAY_LEN + 1];

      patella_local_day_for_instant (start, utc, day);
      g_string_append_printf (sessions, "%s,%s,%s,completed,%d,,note %d\n", s0, s1, day,
                              i % 11, i);
      for (int k = 0; k < SETS_PER_SESSION; k++)
        {
          g_autofree char *k0 = patella_csv_format_instant (start + (k + 1) * G_TIME_SPAN_MINUTE);
          g_autofree char *k1 = patella_csv_format_instant (start + (k + 2) * G_TIME_SPAN_MINUTE);

          g_string_append_printf (sets, "%s,%s,both,%d,10,%d,0,0,,%s,%s,0\n", s0,
                                  exercises[k % G_N_ELEMENTS (exercises)],
                                  k / (int) G_N_ELEMENTS (exercises) + 1, k, k0, k1);
        }
    }

  g_assert_true (g_file_set_contents (a, sessions->str, sessions->len, NULL));
  g_assert_true (g_file_set_contents (b, sets->str, sets->len, NULL));
  g_assert_true (patella_csv_import (store, a, NULL, &error));
  g_assert_true (patella_csv_import (store, b, NULL, &error));
  g_assert_no_error (error);
}

/* What an import of the folder into a new diary gives: the number of
 * sessions, or -1 if it was refused as incomplete. */
static int
import_count (const char *trial_dir,
              const char *export_dir)
{
  g_autofree char *path = g_build_filename (trial_dir, "check.db", NULL);
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  PatellaCsvImportStats stats;

  g_unlink (path);
  store = patella_store_open (path, &error);
  g_assert_no_error (error);
  if (!patella_csv_import (store, export_dir, &stats, &error))
    {
      g_assert_error (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_INCOMPLETE);
      return -1;
    }
  g_assert_cmpuint (stats.added[PATELLA_CSV_TABLE_SET], ==,
                    stats.added[PATELLA_CSV_TABLE_SESSION] * SETS_PER_SESSION);
  return (int) stats.added[PATELLA_CSV_TABLE_SESSION];
}

/* Waits, in a tight loop, until path exists (or does not), or the child ended. */
static gboolean
wait_for (const char *path,
          gboolean    exists,
          pid_t       pid,
          int        *status)
{
  while (g_file_test (path, G_FILE_TEST_EXISTS) != exists)
    if (waitpid (pid, status, WNOHANG) == pid)
      return FALSE;
  return TRUE;
}

typedef enum
{
  KILL_AT_RANDOM,
  KILL_AFTER_FIRST_FILE,     /* session.csv is written and closed in the staging folder */
  KILL_AFTER_FIRST_RENAME,   /* into a folder with other files: the switch has begun */
} KillPoint;

static const char * const kill_names[] = {
  "at random", "after the first file", "after the switch began",
};

static void
run_export_trial (const char *db,
                  const char *base,
                  guint       trial,
                  KillPoint   point,
                  gboolean    busy,
                  GHashTable *outcomes)
{
  g_autofree char *dir = g_strdup_printf ("%s/trial-%u", base, trial);
  g_autofree char *out = g_build_filename (dir, "out", NULL);
  g_autofree char *mine = g_build_filename (out, "my-notes.txt", NULL);
  g_autofree char *old_manifest = g_build_filename (out, PATELLA_CSV_MANIFEST_FILE, NULL);
  g_autofree char *outcome = NULL;
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint delay_us = (guint) g_test_rand_int_range (0, 60000);
  gboolean reaped = FALSE;
  int count, status = 0;
  pid_t pid;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  /* The older export this one replaces: the first half of the diary. */
  g_assert_cmpint (g_mkdir (out, 0700), ==, 0);
  for (guint i = 0; i < PATELLA_CSV_N_TABLES + 1; i++)
    {
      const char *name = i < PATELLA_CSV_N_TABLES ? export_files[i] : PATELLA_CSV_MANIFEST_FILE;
      g_autofree char *from = g_build_filename (base, "old", name, NULL);
      g_autofree char *to = g_build_filename (out, name, NULL);
      g_autofree char *contents = NULL;
      gsize len;

      g_assert_true (g_file_get_contents (from, &contents, &len, NULL));
      g_assert_true (g_file_set_contents (to, contents, len, NULL));
    }
  if (busy)
    g_assert_true (g_file_set_contents (mine, "keep me", -1, NULL));

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      store = patella_store_open (db, NULL);
      _exit (store != NULL && patella_csv_export (store, out, NULL) ? 0 : 3);
    }

  if (point == KILL_AT_RANDOM)
    g_usleep (delay_us);
  else if (point == KILL_AFTER_FIRST_FILE)
    {
      /* session_set.csv is opened only once session.csv is closed. */
      g_autofree char *pattern = NULL;
      gboolean seen = FALSE;

      while (!seen && !(reaped = waitpid (pid, &status, WNOHANG) == pid))
        {
          g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
          const char *name;

          while (d != NULL && !seen && (name = g_dir_read_name (d)) != NULL)
            if (g_str_has_prefix (name, ".out.export-"))
              {
                g_autofree char *next = g_build_filename (dir, name, PATELLA_CSV_SET_FILE, NULL);
                seen = g_file_test (next, G_FILE_TEST_EXISTS);
              }
        }
    }
  else
    reaped = !wait_for (old_manifest, FALSE, pid, &status);

  if (!reaped)
    {
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
    }
  g_assert_true (WIFSIGNALED (status) || (WIFEXITED (status) && WEXITSTATUS (status) == 0));

  count = import_count (dir, out);
  g_assert_true (count == -1 || count == N_EXPORT_SESSIONS / 2 || count == N_EXPORT_SESSIONS);
  if (busy)
    g_assert_true (g_file_test (mine, G_FILE_TEST_IS_REGULAR));

  outcome = g_strdup_printf ("%s, %s folder: %s", kill_names[point], busy ? "busy" : "export",
                             count == -1 ? "refused as incomplete"
                             : count == N_EXPORT_SESSIONS ? "the new export, whole"
                             : "the old export, whole");
  g_hash_table_insert (outcomes, g_strdup (outcome),
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (outcomes,
                                                                                outcome)) + 1));
  g_test_message ("export trial %u (%s%s): %s", trial,
                  WIFSIGNALED (status) ? "killed " : "finished before ",
                  kill_names[point], outcome);

  /* The next export clears what the kill left, and is whole. */
  store = patella_store_open (db, &error);
  g_assert_true (patella_csv_export (store, out, &error));
  g_assert_no_error (error);
  g_assert_cmpint (import_count (dir, out), ==, N_EXPORT_SESSIONS);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (d)) != NULL)
      g_assert_false (g_str_has_prefix (name, ".out.export-"));
  }
}

static void
test_kill_9_export (void)
{
  g_autofree char *base = make_trial_dir ();
  g_autofree char *db = g_build_filename (base, "diary.db", NULL);
  g_autoptr(GHashTable) outcomes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer key, value;

  store = patella_store_open (db, &error);
  import_sessions (store, base, 0, N_EXPORT_SESSIONS / 2);
  {
    g_autofree char *old = g_build_filename (base, "old", NULL);
    g_assert_true (patella_csv_export (store, old, &error));
  }
  import_sessions (store, base, N_EXPORT_SESSIONS / 2, N_EXPORT_SESSIONS);
  g_clear_object (&store);

  for (guint trial = 0; trial < N_EXPORT_TRIALS; trial++)
    {
      KillPoint point = trial % 2 == 0 ? KILL_AT_RANDOM : KILL_AFTER_FIRST_FILE;
      gboolean busy = trial % 4 >= 2;

      if (busy && trial % 8 == 7)
        point = KILL_AFTER_FIRST_RENAME;
      run_export_trial (db, base, trial, point, busy, outcomes);
    }

  g_hash_table_iter_init (&iter, outcomes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_test_message ("%u x %s", GPOINTER_TO_UINT (value), (char *) key);

  test_rm_rf (base);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/crash/kill-9", test_kill_9);
  g_test_add_func ("/store/crash/kill-9-export", test_kill_9_export);

  return g_test_run ();
}
