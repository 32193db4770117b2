/* bench-store.c: commit time of one pain entry; open-and-load of five years of daily use
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Targets (issue 4): median commit <= 5 ms, open and load <= 30 ms.
 * Runs on real files in a temporary folder under $TMPDIR (or /tmp).
 */
#include "config.h"

#include <stdlib.h>

#include "patella-store-private.h"
#include "store-test-util.h"

#define N_COMMITS   200
#define N_OPENS     15
#define N_DAYS      1826
#define N_SESSIONS  1500
#define N_SETS      30000

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static double
percentile_ms (GArray *samples,
               double  p)
{
  guint i;

  g_array_sort (samples, compare_gint64);
  i = MIN (samples->len - 1, (guint) (p * (samples->len - 1) + 0.5));
  return g_array_index (samples, gint64, i) / 1000.0;
}

static void
bench_commit (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "commit.db", NULL);
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GDateTime) now = g_date_time_new_local (2031, 1, 1, 12, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaStore) store = patella_store_open (path, &error);

  g_assert_no_error (error);

  for (int i = 0; i < N_COMMITS; i++)
    {
      g_autoptr(PatellaPainEntry) e = NULL;
      char day[11];
      gint64 t0, t1;

      patella_local_day_add_days ("2030-01-01", i, day);
      e = patella_pain_entry_new (day, i % 6, i % 6 + 2);
      e->contexts = PATELLA_PAIN_CONTEXT_STAIRS;
      patella_pain_entry_set_note (e, "after the run, stairs at work");

      t0 = g_get_monotonic_time ();
      if (!patella_store_save_pain (store, e, now, &error))
        g_error ("%s", error->message);
      t1 = g_get_monotonic_time ();
      g_array_append_val (samples, (gint64) { t1 - t0 });
    }

  g_print ("pain entry commit (synchronous=FULL, WAL, %d commits): median %.3f ms, "
           "p90 %.3f ms, max %.3f ms  [target <= 5 ms median]\n",
           N_COMMITS, percentile_ms (samples, 0.5), percentile_ms (samples, 0.9),
           percentile_ms (samples, 1.0));
}

/* Five years of daily use, written in one transaction (the benchmark is the
 * reading, not the making). */
static void
make_five_years (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaStore) store = patella_store_open (path, &error);
  g_autoptr(GDateTime) start = g_date_time_new_local (2021, 1, 1, 7, 30, 0);
  sqlite3_stmt *pain = NULL, *session = NULL, *set = NULL;
  gint64 t0 = patella_store_usec (start);
  static const char * const exercises[] = {
    "clamshell", "glute-bridge", "wall-squat", "straight-leg-raise", "heel-raise",
  };

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (store->db, "BEGIN", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (store->db,
                                       "INSERT INTO pain_entry (day, recorded_us, updated_us,"
                                       " usual, worst, contexts, warning_signs, note)"
                                       " VALUES (?1, ?2, ?2, ?3, ?4, ?5, 0, ?6)",
                                       -1, &pain, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (store->db,
                                       "INSERT INTO session (id, started_us, ended_us, day,"
                                       " state, pain_before, pain_after)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5, 2, 1)",
                                       -1, &session, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (store->db,
                                       "INSERT INTO session_set (session_id, exercise, side,"
                                       " set_number, reps_planned, reps_done, hold_s_planned,"
                                       " hold_s_done, pain_during, started_us, ended_us)"
                                       " VALUES (?1, ?2, ?3, ?4, 15, ?5, 45, ?6, ?7, ?8, ?9)",
                                       -1, &set, NULL), ==, SQLITE_OK);

  for (int d = 0; d < N_DAYS; d++)
    {
      char day[11];

      patella_local_day_add_days ("2021-01-01", d, day);
      sqlite3_bind_text (pain, 1, day, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (pain, 2, t0 + (gint64) d * G_TIME_SPAN_DAY + 12 * G_TIME_SPAN_HOUR);
      sqlite3_bind_int (pain, 3, d % 6);
      sqlite3_bind_int (pain, 4, d % 6 + d % 3);
      sqlite3_bind_int (pain, 5, d % 32);
      sqlite3_bind_text (pain, 6, d % 4 ? "" : "a short note about the day", -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (pain), ==, SQLITE_DONE);
      sqlite3_reset (pain);
    }

  /* 1,500 sessions over the 1,826 days, 20 sets each. */
  for (int s = 0; s < N_SESSIONS; s++)
    {
      int d = s * N_DAYS / N_SESSIONS;
      gint64 st = t0 + (gint64) d * G_TIME_SPAN_DAY;
      char day[11];

      patella_local_day_add_days ("2021-01-01", d, day);
      sqlite3_bind_int64 (session, 1, s + 1);
      sqlite3_bind_int64 (session, 2, st);
      sqlite3_bind_int64 (session, 3, st + 20 * G_TIME_SPAN_MINUTE);
      sqlite3_bind_text (session, 4, day, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (session, 5, s % 10 ? "completed" : "abandoned", -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (session), ==, SQLITE_DONE);
      sqlite3_reset (session);

      for (int k = 0; k < N_SETS / N_SESSIONS; k++)
        {
          gint64 at = st + k * G_TIME_SPAN_MINUTE;

          sqlite3_bind_int64 (set, 1, s + 1);
          sqlite3_bind_text (set, 2, exercises[k % 5], -1, SQLITE_STATIC);
          sqlite3_bind_text (set, 3, k % 2 ? "left" : "right", -1, SQLITE_STATIC);
          sqlite3_bind_int (set, 4, k / 10 + 1);
          sqlite3_bind_int (set, 5, 10 + k % 6);
          sqlite3_bind_int (set, 6, 30 + k % 16);
          sqlite3_bind_int (set, 7, k % 5);
          sqlite3_bind_int64 (set, 8, at);
          sqlite3_bind_int64 (set, 9, at + 50 * G_USEC_PER_SEC);
          g_assert_cmpint (sqlite3_step (set), ==, SQLITE_DONE);
          sqlite3_reset (set);
        }
    }

  sqlite3_finalize (pain);
  sqlite3_finalize (session);
  sqlite3_finalize (set);
  g_assert_cmpint (sqlite3_exec (store->db, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
}

static void
bench_open_and_load (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "five-years.db", NULL);
  g_autoptr(GArray) total = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) opening = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) series = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) diary = g_array_new (FALSE, FALSE, sizeof (gint64));
  GDate first, last;
  GStatBuf st;

  make_five_years (path);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_assert_true (patella_local_day_to_date ("2021-01-01", &first));
  last = first;
  g_date_add_days (&last, N_DAYS - 1);

  for (int i = 0; i < N_OPENS; i++)
    {
      g_autoptr(PatellaStore) store = NULL;
      g_autoptr(PatellaDailySeries) s = NULL;
      g_autoptr(GListModel) model = NULL;
      g_autoptr(GError) error = NULL;
      gint64 t0, t1, t2, t3;

      t0 = g_get_monotonic_time ();
      store = patella_store_open (path, &error);
      g_assert_no_error (error);
      t1 = g_get_monotonic_time ();
      s = patella_store_load_daily_series (store, &first, &last, 4, &error);
      g_assert_no_error (error);
      t2 = g_get_monotonic_time ();
      model = patella_store_get_pain_model (store, &error);
      t3 = g_get_monotonic_time ();

      g_assert_cmpuint (s->n_days, ==, N_DAYS);
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_DAYS);
      g_array_append_val (total, (gint64) { t2 - t0 });
      g_array_append_val (opening, (gint64) { t1 - t0 });
      g_array_append_val (series, (gint64) { t2 - t1 });
      g_array_append_val (diary, (gint64) { t3 - t2 });
    }

  g_print ("five years (%d pain entries, %d sessions, %d sets, %.1f MB file), median of %d:\n",
           N_DAYS, N_SESSIONS, N_SETS, st.st_size / 1e6, N_OPENS);
  g_print ("  open + daily series: %.2f ms (open %.2f ms, series %.2f ms)  "
           "[target <= 30 ms]\n",
           percentile_ms (total, 0.5), percentile_ms (opening, 0.5),
           percentile_ms (series, 0.5));
  g_print ("  diary list model of every entry: %.2f ms\n", percentile_ms (diary, 0.5));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;

  g_setenv ("TZ", "Europe/Berlin", TRUE);
  dir = test_make_tmp_dir ();
  g_print ("store benchmark in %s (SQLite %s)\n", dir, sqlite3_libversion ());

  bench_commit (dir);
  bench_open_and_load (dir);

  /* PATELLA_BENCH_KEEP=1 keeps the files, to look at query plans. */
  if (g_getenv ("PATELLA_BENCH_KEEP") == NULL)
    test_rm_rf (dir);
  return EXIT_SUCCESS;
}
