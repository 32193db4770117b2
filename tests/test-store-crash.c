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

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/crash/kill-9", test_kill_9);

  return g_test_run ();
}
