/* bench-integrity.c: what the check before the first write costs on a 5- and a 50-year diary
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   meson test -C _build --benchmark --verbose bench-integrity
 * Prints, per diary: its size and rows, the median and worst of 9 runs of
 * PRAGMA quick_check (what the store runs before a connection's first
 * write) and of PRAGMA integrity_check (for comparison), with the file in
 * the page cache, and the first write of a freshly opened store, check
 * included.
 */
#include "config.h"

#include <sqlite3.h>

#include "make-diary.h"
#include "patella-store.h"
#include "store-test-util.h"

#define RUNS 9

static int
cmp_double (gconstpointer a,
            gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
time_pragma (const char *path,
             const char *pragma)
{
  double ms[RUNS];
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < RUNS; i++)
    {
      sqlite3_stmt *stmt = NULL;
      gint64 t = g_get_monotonic_time ();

      g_assert_cmpint (sqlite3_prepare_v2 (db, pragma, -1, &stmt, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
      sqlite3_finalize (stmt);
      ms[i] = (g_get_monotonic_time () - t) / 1000.0;
    }
  sqlite3_close (db);

  qsort (ms, RUNS, sizeof ms[0], cmp_double);
  g_print ("  %-24s median %7.1f ms, worst %7.1f ms\n", pragma, ms[RUNS / 2], ms[RUNS - 1]);
}

static void
time_first_write (const char *path)
{
  double ms[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PatellaStore) store = patella_store_open (path, &error);
      gint64 t = g_get_monotonic_time ();

      g_assert_no_error (error);
      g_assert_true (patella_store_set_session_note (store, 1, i % 2 ? "a" : "b", &error));
      g_assert_no_error (error);
      ms[i] = (g_get_monotonic_time () - t) / 1000.0;
    }

  qsort (ms, RUNS, sizeof ms[0], cmp_double);
  g_print ("  %-24s median %7.1f ms, worst %7.1f ms\n", "first write (check incl.)",
           ms[RUNS / 2], ms[RUNS - 1]);
}

int
main (int   argc,
      char *argv[])
{
  const guint years[] = { 5, 50 };
  g_autofree char *dir = NULL;

  g_setenv ("TZ", "UTC", TRUE);
  dir = test_make_tmp_dir ();

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autofree char *name = g_strdup_printf ("diary-%u.db", years[i]);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GError) error = NULL;
      sqlite3 *db = NULL;
      sqlite3_stmt *stmt = NULL;
      GStatBuf st;
      gint64 t = g_get_monotonic_time ();

      g_assert_true (make_diary (path, years[i], 1, &error));
      g_assert_no_error (error);
      g_stat (path, &st);
      sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
      sqlite3_prepare_v2 (db, "SELECT (SELECT count(*) FROM pain_entry),"
                              " (SELECT count(*) FROM session),"
                              " (SELECT count(*) FROM session_set)", -1, &stmt, NULL);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_print ("%u years: %.1f MiB, %d pain entries, %d sessions, %d sets (made in %.1f s)\n",
               years[i], st.st_size / 1048576.0, sqlite3_column_int (stmt, 0),
               sqlite3_column_int (stmt, 1), sqlite3_column_int (stmt, 2),
               (g_get_monotonic_time () - t) / 1e6);
      sqlite3_finalize (stmt);
      sqlite3_close (db);

      time_pragma (path, "PRAGMA quick_check");
      time_pragma (path, "PRAGMA integrity_check");
      time_first_write (path);
    }

  test_rm_rf (dir);
  return 0;
}
