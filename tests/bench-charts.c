/* bench-charts.c: the cost of Progress's charts on a 5- and a 50-year diary
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For each diary and each range: reading the range's rows, computing the
 * series, and for each chart filling it and building its render node off
 * screen (median of several rounds). Then the time from switching to a
 * Progress page already in a window until its first frame is drawn.
 * Targets (issue 14): at most 2 ms per chart at 5 years in the default
 * range, Progress's first frame within 50 ms at 5 years, no growth from 5 to
 * 50 years for the ranges that show a fixed number of days, and all time
 * no worse than linear in the days it shows.
 *
 *   xvfb-run -a -s "-screen 0 1280x800x24" \
 *     meson test -C _build --benchmark --verbose bench-charts
 */
#include "config.h"

#include <adwaita.h>
#include <stdio.h>

#include "make-diary.h"
#include "patella-chart.h"
#include "patella-fake-clock.h"
#include "patella-progress-charts.h"
#include "patella-progress-page.h"
#include "patella-store-charts.h"
#include "store-test-util.h"

#define ROUNDS 7
#define CHART_MS_TARGET 2.0
#define FIRST_FRAME_MS_TARGET 50.0

static const char * const range_names[] = { "program", "2 weeks", "6 weeks", "all time" };

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_double);
  return values[n / 2];
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Fills every chart once from @series and builds its node; the time per
 * chart, in ms. */
static double
draw_charts (PatellaChart             *chart,
             const PatellaChartSeries *series)
{
  guint n = 0;
  gint64 start = g_get_monotonic_time ();

  for (guint c = 0; c < 4 + PATELLA_CHART_N_EXERCISES; c++)
    {
      g_autofree char *text = NULL;
      g_autoptr(GskRenderNode) node = NULL;

      if (c == 0)
        text = patella_progress_show_pain (chart, series, TRUE);
      else if (c == 1)
        text = patella_progress_show_work (chart, series);
      else if (c == 2)
        text = patella_progress_show_adherence (chart, series);
      else if (c == 3)
        text = patella_progress_show_kujala (chart, series);
      else
        text = patella_progress_show_exercise (chart, series, c - 4);
      node = patella_chart_build_node (chart, 800, 280);
      n++;
    }

  return ms_since (start) / n;
}

static gboolean
measure_diary (guint     years,
               const char *dir,
               double   *chart_ms_out,
               double   *rows_ms_out)
{
  g_autofree char *path = g_strdup_printf ("%s/%u-years.db", dir, years);
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  PatellaChart *chart;

  if (!make_diary (path, years, 1, &error))
    g_error ("make-diary: %s", error->message);
  store = patella_store_open (path, &error);
  g_assert_no_error (error);
  chart = g_object_ref_sink (g_object_new (PATELLA_TYPE_CHART, NULL));

  for (guint r = 0; r < G_N_ELEMENTS (range_names); r++)
    {
      double rows_ms[ROUNDS], chart_ms[ROUNDS];
      guint32 first = 0, last = 0;
      guint days = 0;

      for (guint i = 0; i < ROUNDS; i++)
        {
          g_autoptr(PatellaChartSeries) series = NULL;
          PatellaChartRows rows = { 0 };
          char first_day[PATELLA_LOCAL_DAY_LEN + 1];
          gint64 start = g_get_monotonic_time ();
          GDate date;

          g_assert_true (patella_store_load_chart_rows (store, MAKE_DIARY_LAST_DAY,
                                                        MAKE_DIARY_LAST_DAY, &rows, &error));
          patella_chart_range_days (&rows, r, MAKE_DIARY_LAST_DAY, &first, &last);
          patella_chart_rows_clear (&rows);
          g_date_clear (&date, 1);
          g_date_set_julian (&date, first);
          patella_local_day_from_date (&date, first_day);
          g_assert_true (patella_store_load_chart_rows (store, first_day, MAKE_DIARY_LAST_DAY,
                                                        &rows, &error));
          series = patella_chart_series_compute (&rows, first, last, MAKE_DIARY_LAST_DAY, FALSE);
          rows_ms[i] = ms_since (start);
          chart_ms[i] = draw_charts (chart, series);
          patella_chart_rows_clear (&rows);
          days = last - first + 1;
        }

      rows_ms_out[r] = median (rows_ms, ROUNDS);
      chart_ms_out[r] = median (chart_ms, ROUNDS);
      printf ("%2u years, %-8s (%5u days): rows + series %7.2f ms, per chart %6.2f ms\n",
              years, range_names[r], days, rows_ms_out[r], chart_ms_out[r]);
    }

  g_object_unref (chart);
  return TRUE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gint64        *painted_at)
{
  if (*painted_at == 0)
    *painted_at = g_get_monotonic_time ();
}

/* Progress hidden in a stack, as in the window; switched to, timed to the
 * end of its first frame. */
static double
first_frame_ms (guint       years,
                const char *dir)
{
  g_autofree char *path = g_strdup_printf ("%s/%u-years.db", dir, years);
  g_autoptr(PatellaStore) store = patella_store_open (path, NULL);
  g_autoptr(GDateTime) noon = g_date_time_new_local (2026, 6, 30, 12, 0, 0);
  g_autoptr(PatellaFakeClock) clock =
    patella_fake_clock_new (0, g_date_time_to_unix (noon) * G_USEC_PER_SEC);
  g_autoptr(PatellaToday) today = patella_today_new (PATELLA_CLOCK (clock));
  GtkWidget *window = gtk_window_new ();
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *page = g_object_new (PATELLA_TYPE_PROGRESS_PAGE, "store", store,
                                  "today", today, NULL);
  gint64 painted_at = 0, start;
  gulong id;
  double ms;

  gtk_stack_add_named (GTK_STACK (stack), gtk_label_new ("Today"), "today");
  gtk_stack_add_named (GTK_STACK (stack), page, "progress");
  gtk_window_set_child (GTK_WINDOW (window), stack);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (gtk_stack_get_visible_child (GTK_STACK (stack))))
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);

  id = g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                         G_CALLBACK (after_paint_cb), &painted_at);
  start = g_get_monotonic_time ();
  gtk_stack_set_visible_child_name (GTK_STACK (stack), "progress");
  while (painted_at == 0)
    g_main_context_iteration (NULL, TRUE);
  ms = (painted_at - start) / 1000.0;
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (window), id);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return ms;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = test_make_tmp_dir ();
  double chart5[4], rows5[4], chart50[4], rows50[4];
  double frame5[ROUNDS], frame50[ROUNDS];
  int status = 0;

  if (!gtk_init_check ())
    {
      printf ("bench-charts needs a display: run it under xvfb-run\n");
      return 77;
    }
  adw_init ();

  measure_diary (5, dir, chart5, rows5);
  measure_diary (50, dir, chart50, rows50);
  for (guint i = 0; i < ROUNDS; i++)
    {
      frame5[i] = first_frame_ms (5, dir);
      frame50[i] = first_frame_ms (50, dir);
    }
  printf ("Progress's first frame after switching to it: 5 years %.1f ms, 50 years %.1f ms "
          "(median of %u)\n", median (frame5, ROUNDS), median (frame50, ROUNDS), ROUNDS);

  /* The default range, what opening Progress draws. */
  if (chart5[0] > CHART_MS_TARGET)
    {
      printf ("MISSED: the default range at 5 years takes %.2f ms a chart (target %.0f)\n",
              chart5[0], CHART_MS_TARGET);
      status = 1;
    }
  /* All time shows ten times the days at 50 years: no worse than linear. */
  if (chart50[3] > 10.0 * chart5[3] * 1.5 || rows50[3] > 10.0 * rows5[3] * 1.5)
    {
      printf ("MISSED: all time grows faster than the days it shows (%.2f → %.2f ms a chart)\n",
              chart5[3], chart50[3]);
      status = 1;
    }
  if (median (frame5, ROUNDS) > FIRST_FRAME_MS_TARGET)
    {
      printf ("MISSED: first frame at 5 years above %.0f ms\n", FIRST_FRAME_MS_TARGET);
      status = 1;
    }
  /* 2 and 6 weeks show the same days at 5 and 50 years: no growth allowed
   * beyond noise. */
  for (guint r = 1; r <= 2; r++)
    if (chart50[r] + rows50[r] > 2.0 * (chart5[r] + rows5[r]) + 1.0)
      {
        printf ("MISSED: %s grows from 5 to 50 years (%.2f → %.2f ms)\n", range_names[r],
                chart5[r] + rows5[r], chart50[r] + rows50[r]);
        status = 1;
      }

  test_rm_rf (dir);
  return status;
}
