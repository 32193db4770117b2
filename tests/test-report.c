/* test-report.c: the progress report for a physical therapist, as a PDF
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "patella-fake-clock.h"
#include "patella-progress-page.h"
#include "patella-progress-report.h"
#include "patella-store-charts.h"
#include "store-test-util.h"

#define TODAY "2026-05-10"

static guint
count (const char *haystack,
       gsize       len,
       const char *needle)
{
  guint n = 0;
  gsize nlen = strlen (needle);

  for (gsize i = 0; i + nlen <= len; i++)
    n += memcmp (haystack + i, needle, nlen) == 0;
  return n;
}

static void
test_demo_report (void)
{
  g_autofree char *dir = test_make_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *a4 = g_build_filename (dir, "report-a4.pdf", NULL);
  g_autofree char *letter = g_build_filename (dir, "report-letter.pdf", NULL);
  g_autoptr(PatellaDemoDiary) demo = patella_demo_diary_new (TODAY, PATELLA_DEMO_SEED);
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  gsize len;

  store = patella_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (patella_store_fill_demo (store, demo, &error));
  g_assert_no_error (error);

  g_assert_true (patella_progress_report_write (store, TODAY, NULL, NULL,
                                                PATELLA_REPORT_PAPER_A4, a4, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (a4, &bytes, &len, NULL));
  g_assert_true (g_str_has_prefix (bytes, "%PDF-"));
  /* The facts, five core exercises, pain, work, sessions and Kujala:
   * more than one page. */
  g_assert_cmpuint (count (bytes, len, "/Type /Page\n") + count (bytes, len, "/Type /Page "),
                    >=, 2);
  g_assert_cmpuint (count (bytes, len, "/MediaBox [ 0 0 595 842 ]"), >, 0);
  g_clear_pointer (&bytes, g_free);

  g_assert_true (patella_progress_report_write (store, TODAY, "2026-04-27", TODAY,
                                                PATELLA_REPORT_PAPER_LETTER, letter, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (letter, &bytes, &len, NULL));
  g_assert_cmpuint (count (bytes, len, "/MediaBox [ 0 0 612 792 ]"), >, 0);

  /* Days written wrong, or the wrong way round: refused in words. */
  g_assert_false (patella_progress_report_write (store, TODAY, "2026-05-09", "2026-05-01",
                                                 PATELLA_REPORT_PAPER_A4, a4, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (patella_progress_report_write (store, TODAY, "10 May", NULL,
                                                 PATELLA_REPORT_PAPER_A4, a4, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  /* A folder that cannot be written to. */
  g_assert_false (patella_progress_report_write (store, TODAY, NULL, NULL,
                                                 PATELLA_REPORT_PAPER_A4,
                                                 "/nonexistent/folder/report.pdf", &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "report.pdf"));

  g_clear_object (&store);
  test_rm_rf (dir);
}

/* patella --report FILE --from DAY --to DAY, as a script would run it;
 * and a mistyped day refused with a reason and a non-zero exit. */
static void
test_command_line (void)
{
  g_autofree char *dir = test_make_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  g_autoptr(PatellaDemoDiary) demo = patella_demo_diary_new (TODAY, PATELLA_DEMO_SEED);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  {
    g_autoptr(PatellaStore) store = patella_store_open (db, &error);

    g_assert_no_error (error);
    g_assert_true (patella_store_fill_demo (store, demo, &error));
  }

  {
    const char *argv[] = { g_getenv ("PATELLA_EXE"), "--database", db, "--report", pdf,
                           "--from", "2026-04-01", "--to", TODAY, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, &err, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (out, "Report written to"));
    g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  }

  {
    const char *argv[] = { g_getenv ("PATELLA_EXE"), "--database", db, "--report", pdf,
                           "--from", "first of April", NULL };

    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, &err, &status, &error));
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (err, "YYYY-MM-DD"));
  }

  test_rm_rf (dir);
}

/* Save Charts: each chart a PNG at twice its size, the data as CSV with
 * a row a day of the range shown. */
static void
test_save_charts (void)
{
  g_autofree char *dir = test_make_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *out = g_build_filename (dir, "charts", NULL);
  g_autofree char *pain = g_build_filename (out, "pain.png", NULL);
  g_autofree char *clam = g_build_filename (out, "clamshell.png", NULL);
  g_autofree char *csv = g_build_filename (out, "progress.csv", NULL);
  g_autoptr(PatellaDemoDiary) demo = patella_demo_diary_new (TODAY, PATELLA_DEMO_SEED);
  g_autoptr(GDateTime) noon = g_date_time_new_local (2026, 5, 10, 12, 0, 0);
  g_autoptr(PatellaFakeClock) clock =
    patella_fake_clock_new (0, g_date_time_to_unix (noon) * G_USEC_PER_SEC);
  g_autoptr(PatellaToday) today = patella_today_new (PATELLA_CLOCK (clock));
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(GdkPixbuf) image = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GtkWidget *page;

  store = patella_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (patella_store_fill_demo (store, demo, &error));

  page = g_object_ref_sink (g_object_new (PATELLA_TYPE_PROGRESS_PAGE, "store", store,
                                          "today", today, NULL));
  g_assert_true (patella_progress_page_save_charts (PATELLA_PROGRESS_PAGE (page), out, &error));
  g_assert_no_error (error);

  image = gdk_pixbuf_new_from_file (pain, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_pixbuf_get_width (image), ==, 1600);
  g_assert_cmpint (gdk_pixbuf_get_height (image), ==, 560);
  g_assert_true (g_file_test (clam, G_FILE_TEST_IS_REGULAR));

  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "day,usual,worst,mean_7_days,pain_during,"
                                             "warning_sign,status,clamshell_work"));
  /* The program's six weeks, a line each, and the empty end. */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 42 + 1);
  g_assert_true (g_str_has_prefix (lines[42], TODAY ","));

  g_object_unref (page);
  g_clear_object (&store);
  test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    g_error ("No display: run the tests with build-aux/dev test, which provides one");
  adw_init ();

  g_test_add_func ("/report/demo", test_demo_report);
  g_test_add_func ("/report/command-line", test_command_line);
  g_test_add_func ("/report/save-charts", test_save_charts);

  return g_test_run ();
}
