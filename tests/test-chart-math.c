/* test-chart-math.c: the numbers behind Progress's charts, without a display
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "patella-chart-math.h"
#include "patella-chart-series.h"
#include "patella-chart-summary.h"
#include "patella-demo-diary.h"

#define N NAN

static void
test_rolling_mean (void)
{
  static const struct {
    double in[10];
    guint n, window, min;
    double out[10];
  } cases[] = {
    { { 1, 2, 3 }, 3, 7, 1, { 1, 1.5, 2 } },
    /* Gaps are skipped, not counted as zero. */
    { { 4, N, N, 2 }, 4, 7, 1, { 4, 4, 4, 3 } },
    /* The window slides: the first value leaves it. */
    { { 9, 1, 1, 1 }, 4, 3, 1, { 9, 5, 11.0 / 3, 1 } },
    /* A gap longer than the window leaves no mean. */
    { { 5, N, N, N, 3 }, 5, 2, 1, { 5, 5, N, N, 3 } },
    /* Too few values for a mean. */
    { { 5, N, 3, 3 }, 4, 3, 2, { N, N, 4, 3 } },
    { { 0 }, 0, 7, 1, { 0 } },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      double out[10];

      patella_rolling_mean (cases[c].in, cases[c].n, cases[c].window, cases[c].min, out);
      for (guint i = 0; i < cases[c].n; i++)
        if (isnan (cases[c].out[i]))
          g_assert_true (isnan (out[i]));
        else
          g_assert_cmpfloat_with_epsilon (out[i], cases[c].out[i], 1e-9);
    }
}

static void
test_baseline (void)
{
  static const struct {
    double in[12];
    guint n;
    double mean;
    guint used;
  } cases[] = {
    { { 6, 6, 6, 6, 6, 6, 6, 0, 0 }, 9, 6, 7 },
    { { N, 4, N, 6 }, 4, 5, 2 },           /* fewer than 7 days */
    { { N, N }, 2, N, 0 },                 /* none */
    { { 1, 2, 3, N, 4, 5, 6, 7, 8 }, 9, 4, 7 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      guint used = 99;
      double b = patella_baseline (cases[c].in, cases[c].n, PATELLA_BASELINE_DAYS, &used);

      g_assert_cmpuint (used, ==, cases[c].used);
      if (isnan (cases[c].mean))
        g_assert_true (isnan (b));
      else
        g_assert_cmpfloat_with_epsilon (b, cases[c].mean, 1e-9);
    }

  /* The -2 point band: exactly 2 counts, 1.9 does not. */
  g_assert_cmpint (patella_change_classify (6, 4, 2, FALSE), ==, PATELLA_CHANGE_BETTER);
  g_assert_cmpint (patella_change_classify (6, 4.1, 2, FALSE), ==, PATELLA_CHANGE_NONE);
  g_assert_cmpint (patella_change_classify (4, 6.5, 2, FALSE), ==, PATELLA_CHANGE_WORSE);
  g_assert_cmpint (patella_change_classify (60, 70, 10, TRUE), ==, PATELLA_CHANGE_BETTER);
  g_assert_cmpint (patella_change_classify (N, 3, 2, FALSE), ==, PATELLA_CHANGE_NONE);
}

/* Reps and seconds: whole-number ticks only. */
static void
test_axis_counts (void)
{
  const struct { double hi; double step; double max; guint n_ticks; } cases[] = {
    { 10, 2, 10, 6 },     /* not 0, 2.5, 5, 7.5, 10 */
    { 20, 5, 20, 5 },
    { 3, 1, 3, 4 },       /* not 0, 0.5, ... 3 */
    { 0.4, 1, 1, 2 },
    { 0, 1, 1, 2 },       /* nothing logged yet */
    { 45, 20, 60, 4 },
    { 160, 50, 200, 5 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      PatellaAxis axis;

      patella_axis_range_counts (cases[c].hi, 5, &axis);
      g_assert_cmpfloat (axis.min, ==, 0);
      g_assert_cmpfloat_with_epsilon (axis.step, cases[c].step, 1e-9);
      g_assert_cmpfloat_with_epsilon (axis.max, cases[c].max, 1e-9);
      g_assert_cmpuint (axis.n_ticks, ==, cases[c].n_ticks);
      g_assert_cmpfloat (axis.step, ==, floor (axis.step));
      g_assert_cmpfloat (axis.max, >=, cases[c].hi);
    }
}

static void
test_axis (void)
{
  static const struct {
    double lo, hi;
    guint max;
    gboolean zero;
    double min, max_v, step;
  } cases[] = {
    { 0, 10, 6, TRUE, 0, 10, 2 },
    { 0, 0, 5, TRUE, 0, 1, 0.25 },          /* nothing but zeros */
    { N, N, 5, TRUE, 0, 1, 0.25 },          /* no data */
    { 42, 42, 5, TRUE, 0, 60, 20 },         /* one value */
    { 3, 97, 5, FALSE, 0, 100, 25 },
    { 0, 1234, 6, TRUE, 0, 1250, 250 },
    { 58, 81, 6, FALSE, 50, 90, 10 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      PatellaAxis axis;

      patella_axis_range (cases[c].lo, cases[c].hi, cases[c].max, cases[c].zero, &axis);
      g_assert_cmpfloat_with_epsilon (axis.min, cases[c].min, 1e-9);
      g_assert_cmpfloat_with_epsilon (axis.max, cases[c].max_v, 1e-9);
      g_assert_cmpfloat_with_epsilon (axis.step, cases[c].step, 1e-9);
      g_assert_cmpuint (axis.n_ticks, <=, cases[c].max);
      g_assert_cmpfloat (patella_axis_normalise (&axis, axis.max), ==, 1.0);
    }
}

static guint32
julian (const char *day)
{
  return patella_local_day_to_julian (day);
}

static void
test_ticks (void)
{
  static const struct {
    const char *first, *last;
    guint max;
    PatellaDateUnit unit;
    guint count;
    const char *first_label;
  } cases[] = {
    { "2026-03-10", "2026-03-10", 8, PATELLA_DATE_UNIT_DAY, 1, "Mar 10 2026" },       /* 1 day */
    { "2026-03-01", "2026-03-14", 8, PATELLA_DATE_UNIT_DAY, 2, "Mar 1 2026" },        /* 2 weeks */
    { "2026-03-01", "2026-04-11", 8, PATELLA_DATE_UNIT_WEEK, 1, "Mar 1 2026" },       /* 6 weeks */
    { "2026-01-01", "2026-12-31", 8, PATELLA_DATE_UNIT_MONTH, 3, "Jan 2026" },        /* 1 year */
    { "2021-07-01", "2026-06-30", 8, PATELLA_DATE_UNIT_YEAR, 1, "2022" },             /* 5 years */
    { "1976-07-01", "2026-06-30", 8, PATELLA_DATE_UNIT_YEAR, 10, "1980" },            /* 50 years */
    { "1976-07-01", "2026-06-30", 3, PATELLA_DATE_UNIT_YEAR, 20, "1980" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      guint32 ticks[16];
      PatellaDateStep step;
      guint n = patella_date_ticks (julian (cases[c].first), julian (cases[c].last),
                                    cases[c].max, &step, ticks, G_N_ELEMENTS (ticks));
      g_auto(GStrv) labels = patella_date_tick_labels (ticks, n, step.unit);

      g_assert_cmpuint (n, >=, 1);
      g_assert_cmpuint (n, <=, cases[c].max);
      g_assert_cmpint (step.unit, ==, cases[c].unit);
      g_assert_cmpuint (step.count, ==, cases[c].count);
      g_assert_cmpstr (labels[0], ==, cases[c].first_label);
      for (guint i = 0; i < n; i++)
        {
          g_assert_cmpuint (ticks[i], >=, julian (cases[c].first));
          g_assert_cmpuint (ticks[i], <=, julian (cases[c].last));
          if (i > 0)
            g_assert_cmpuint (ticks[i], >, ticks[i - 1]);
        }
    }
}

static void
test_labels_year_end (void)
{
  guint32 ticks[8];
  PatellaDateStep step;
  guint n = patella_date_ticks (julian ("2026-12-28"), julian ("2027-01-03"), 8, &step,
                                ticks, 8);
  g_auto(GStrv) labels = patella_date_tick_labels (ticks, n, step.unit);

  g_assert_cmpuint (n, ==, 7);
  g_assert_cmpstr (labels[0], ==, "Dec 28 2026");
  g_assert_cmpstr (labels[3], ==, "Dec 31");
  g_assert_cmpstr (labels[4], ==, "Jan 1 2027");   /* the new year says so */
  g_assert_cmpstr (labels[5], ==, "Jan 2");
}

static void
test_labels_dst (void)
{
  const char *zones[] = { "Europe/Berlin", "America/New_York", "Australia/Sydney" };

  /* Days across the spring-forward and fall-back nights: one tick a day,
   * each labelled with its own day, in any time zone. */
  for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
    {
      guint32 ticks[8];
      PatellaDateStep step;
      guint n;

      g_setenv ("TZ", zones[z], TRUE);
      tzset ();
      n = patella_date_ticks (julian ("2026-03-27"), julian ("2026-03-31"), 8, &step, ticks, 8);
      g_assert_cmpuint (n, ==, 5);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *label = patella_date_tick_label (ticks[i], step.unit, FALSE);
          g_autofree char *want = g_strdup_printf ("Mar %u", 27 + i);

          g_assert_cmpuint (ticks[i], ==, ticks[0] + i);
          g_assert_cmpstr (label, ==, want);
        }
      {
        g_autofree char *label = patella_date_tick_label (julian ("2026-11-01"),
                                                          PATELLA_DATE_UNIT_DAY, FALSE);
        g_assert_cmpstr (label, ==, "Nov 1");
      }
    }
  g_setenv ("TZ", "UTC", TRUE);
  tzset ();
}

static void
test_place_labels (void)
{
  /* 42 day labels 40 px wide on a 360 px chart: every few shown, none
   * overlapping, none cut off; at 1280 px more fit. */
  double centers[42], widths[42], starts[42];
  gboolean shown[42];
  guint prev = 0;

  for (guint width_case = 0; width_case < 3; width_case++)
    {
      double width = width_case == 0 ? 360 : width_case == 1 ? 720 : 1280;
      double end = -1e9;
      guint count;

      for (guint i = 0; i < 42; i++)
        {
          centers[i] = 30 + (width - 40) * (i + 0.5) / 42;
          widths[i] = i % 7 == 0 ? 52 : 40;
        }
      count = patella_place_labels (centers, widths, 42, 0, width, 6, shown, starts);
      g_assert_cmpuint (count, >=, 2);
      g_assert_cmpuint (count, >=, prev);
      prev = count;
      for (guint i = 0; i < 42; i++)
        if (shown[i])
          {
            g_assert_cmpfloat (starts[i], >=, end + 6);
            g_assert_cmpfloat (starts[i], >=, 0);
            g_assert_cmpfloat (starts[i] + widths[i], <=, width);
            end = starts[i] + widths[i];
          }
    }

  /* A label wider than the chart is not drawn at all. */
  widths[0] = 500;
  centers[0] = 100;
  g_assert_cmpuint (patella_place_labels (centers, widths, 1, 0, 360, 6, shown, starts), ==, 0);
}

static void
test_summaries (void)
{
  static const struct {
    double in[21];
    guint n;
    const char *want;
  } cases[] = {
    { { 7, 7, 6, 7, 6, 7, 6, 5, 4, 4, 3, 4, 3, 3, 3, 3, 4, 3, 3, 4, 3 }, 21,
      "Pain fell from 6.6 to 3.3 on average over 3 weeks, a meaningful improvement." },
    { { 3, 3, 3, 4, N, 4, 5, 5, 5, 6, 6 }, 11,
      "Pain rose from 3.4 to 5.4 on average over 11 days: worth talking to a physiotherapist." },
    { { 4, 4, 5, 4, 4, 4, 4, 5 }, 8, "Pain stayed about the same, around 4.2, over 8 days." },
    { { 5, 5, 5, 4, 4, 4 }, 6,
      "Pain fell from 5.0 to 4.0 on average over 6 days, not yet the 2 points that make a "
      "meaningful change." },
    { { N, 4, N, N, 3 }, 5, "Pain logged on 2 days so far: log it on a few more days to see a trend." },
    { { N, N }, 2, "No pain logged in this range: log your usual and worst pain each day to see "
                   "how it changes." },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *text = patella_pain_trend_summary (cases[c].in, cases[c].n);

      g_assert_cmpstr (text, ==, cases[c].want);
    }
}

static void
test_streak (void)
{
#define D PATELLA_DAY_DONE
#define R PATELLA_DAY_REST
#define P PATELLA_DAY_PARTIAL
#define M PATELLA_DAY_MISSED
#define T PATELLA_DAY_PENDING
#define X PATELLA_DAY_EXTRA
  static const struct {
    PatellaDayStatus days[10];
    guint n, streak;
  } cases[] = {
    { { D, R, D, R, D }, 5, 3 },           /* rest days do not break it */
    { { D, M, D, R, D, T }, 6, 2 },        /* a missed day ends it; today open is skipped */
    { { D, P, D, D }, 4, 2 },              /* a partial session ends it */
    { { D, R, X, R, D }, 5, 2 },           /* an extra session is not a planned day */
    { { M }, 1, 0 },
    { { R, R }, 2, 0 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    g_assert_cmpuint (patella_chart_streak (cases[c].days, cases[c].n), ==, cases[c].streak);
}

/* The demo diary's rows, as the store would read them back. */
static void
demo_rows (PatellaDemoDiary *demo,
           PatellaChartRows *rows)
{
  memset (rows, 0, sizeof *rows);
  rows->has_program = TRUE;
  rows->program = demo->program;
  g_strlcpy (rows->first_day, demo->program.start_day, sizeof rows->first_day);
  rows->pain = g_array_new (FALSE, TRUE, sizeof (PatellaChartPain));
  rows->sessions = g_array_new (FALSE, TRUE, sizeof (PatellaChartSession));
  rows->sets = g_array_new (FALSE, TRUE, sizeof (PatellaChartSet));
  rows->scores = g_array_new (FALSE, TRUE, sizeof (PatellaChartScore));
  rows->doses = g_array_new (FALSE, TRUE, sizeof (PatellaChartDose));

  for (guint i = 0; i < demo->days->len; i++)
    {
      PatellaDemoDay *d = &g_array_index (demo->days, PatellaDemoDay, i);

      if (d->usual >= 0)
        {
          PatellaChartPain p = { .usual = d->usual, .worst = d->worst, .signs = d->signs };
          g_strlcpy (p.day, d->day, sizeof p.day);
          g_array_append_val (rows->pain, p);
        }
      if (d->session != 0)
        {
          PatellaChartSession s = { .completed = d->session == 1 };
          g_strlcpy (s.day, d->day, sizeof s.day);
          g_array_append_val (rows->sessions, s);
        }
      for (guint k = 0; k < d->n_sets; k++)
        {
          PatellaDemoSet *ds = &g_array_index (demo->sets, PatellaDemoSet, d->first_set + k);
          PatellaChartSet s = { .exercise_id = ds->exercise_id, .reps_done = ds->reps_done,
                                .hold_s_done = ds->hold_s_done, .pain_during = ds->pain_during };
          g_strlcpy (s.day, d->day, sizeof s.day);
          g_array_append_val (rows->sets, s);
        }
      if (d->kujala_score >= 0)
        {
          PatellaChartScore q = { .score = d->kujala_score };
          g_strlcpy (q.day, d->day, sizeof q.day);
          g_array_append_val (rows->scores, q);
        }
    }
  for (guint i = 0; i < demo->doses->len; i++)
    {
      PatellaDemoDose *dd = &g_array_index (demo->doses, PatellaDemoDose, i);
      PatellaChartDose d = { .exercise_id = dd->exercise_id, .progression = dd->progression,
                             .reps = dd->dose.reps, .hold_s = dd->dose.hold_seconds };
      g_strlcpy (d.day, dd->day, sizeof d.day);
      g_array_append_val (rows->doses, d);
    }
}

static void
test_demo_series (void)
{
  g_autoptr(PatellaDemoDiary) demo = patella_demo_diary_new ("2026-05-10", PATELLA_DEMO_SEED);
  g_autoptr(PatellaDemoDiary) again = patella_demo_diary_new ("2026-05-10", PATELLA_DEMO_SEED);
  g_autoptr(PatellaChartSeries) series = NULL;
  g_autofree char *pain = NULL, *kujala = NULL, *work = NULL, *adherence = NULL;
  PatellaChartRows rows;
  guint32 first, last, warnings = 0;

  /* Fixed seed, same diary. */
  g_assert_cmpuint (demo->sets->len, ==, again->sets->len);
  g_assert_cmpint (g_array_index (demo->days, PatellaDemoDay, 3).usual, ==,
                   g_array_index (again->days, PatellaDemoDay, 3).usual);

  demo_rows (demo, &rows);
  g_assert_true (patella_chart_range_days (&rows, PATELLA_CHART_RANGE_PROGRAM, "2026-05-10",
                                           &first, &last));
  g_assert_cmpuint (last - first + 1, ==, 42);
  series = patella_chart_series_compute (&rows, first, last, "2026-05-10", FALSE);

  g_assert_cmpuint (series->missed, ==, 2);
  g_assert_cmpuint (series->partial, ==, 1);
  for (guint i = 0; i < series->n_days; i++)
    warnings += series->warning[i];
  g_assert_cmpuint (warnings, ==, 1);
  g_assert_cmpuint (series->n_kujala, ==, 4);
  g_assert_cmpuint (series->baseline_days, ==, 7);
  g_assert_cmpint (series->week_marker[0], ==, 14);
  g_assert_cmpint (series->week_marker[1], ==, -1);   /* day 42 is tomorrow */
  g_assert_cmpfloat (series->target[0][41], ==, 40);  /* clamshell toward 50 */
  g_assert_cmpfloat (series->target[0][0], ==, 15);
  g_assert_true (series->progressed[0][7]);
  g_assert_cmpuint (series->streak, >, 0);

  pain = patella_chart_pain_summary (series);
  g_assert_true (g_str_has_prefix (pain, "Pain fell from "));
  g_assert_nonnull (strstr (pain, "a meaningful improvement"));
  kujala = patella_chart_kujala_summary (series);
  g_assert_true (g_str_has_prefix (kujala, "Kujala score rose from "));
  work = patella_chart_work_summary (series);
  g_assert_nonnull (strstr (work, "(1 partial, 2 missed)"));
  adherence = patella_chart_adherence_summary (series);
  g_assert_nonnull (strstr (adherence, "the current streak is"));

  /* Two weeks: 14 days, the baseline still from the program's start. */
  {
    g_autoptr(PatellaChartSeries) two = NULL;

    patella_chart_range_days (&rows, PATELLA_CHART_RANGE_2_WEEKS, "2026-05-10", &first, &last);
    two = patella_chart_series_compute (&rows, first, last, "2026-05-10", TRUE);
    g_assert_cmpuint (two->n_days, ==, 14);
    g_assert_cmpfloat_with_epsilon (two->baseline, series->baseline, 1e-9);
  }

  /* Sparse: one day. */
  {
    PatellaChartRows none = { 0 };
    g_autoptr(PatellaChartSeries) one = NULL;
    g_autofree char *text = NULL;

    patella_chart_range_days (&none, PATELLA_CHART_RANGE_ALL, "2026-05-10", &first, &last);
    g_assert_cmpuint (first, ==, last);
    one = patella_chart_series_compute (&none, first, last, "2026-05-10", FALSE);
    text = patella_chart_work_summary (one);
    g_assert_cmpstr (text, ==, "No sessions in this range yet: do a session to see your work here.");
    g_free (text);
    text = patella_chart_kujala_summary (one);
    g_assert_true (g_str_has_prefix (text, "No Kujala score yet"));
  }

  patella_chart_rows_clear (&rows);
}

/* Without a program the default range is six weeks (or since the first
 * entry), never the whole diary: opening Progress does not grow with it. */
static void
test_range_without_program (void)
{
  PatellaChartRows rows = { 0 };
  guint32 first, last;

  g_strlcpy (rows.first_day, "2016-06-30", sizeof rows.first_day);
  g_assert_true (patella_chart_range_days (&rows, PATELLA_CHART_RANGE_PROGRAM, "2026-06-30",
                                           &first, &last));
  g_assert_cmpuint (last - first + 1, ==, 42);
  g_assert_true (patella_chart_range_days (&rows, PATELLA_CHART_RANGE_ALL, "2026-06-30",
                                           &first, &last));
  g_assert_cmpuint (last - first + 1, ==, 3653);

  g_strlcpy (rows.first_day, "2026-06-21", sizeof rows.first_day);
  g_assert_true (patella_chart_range_days (&rows, PATELLA_CHART_RANGE_PROGRAM, "2026-06-30",
                                           &first, &last));
  g_assert_cmpuint (last - first + 1, ==, 10);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart-math/range-without-program", test_range_without_program);
  g_test_add_func ("/chart-math/rolling-mean", test_rolling_mean);
  g_test_add_func ("/chart-math/baseline", test_baseline);
  g_test_add_func ("/chart-math/axis", test_axis);
  g_test_add_func ("/chart-math/axis-counts", test_axis_counts);
  g_test_add_func ("/chart-math/ticks", test_ticks);
  g_test_add_func ("/chart-math/labels-year-end", test_labels_year_end);
  g_test_add_func ("/chart-math/labels-dst", test_labels_dst);
  g_test_add_func ("/chart-math/place-labels", test_place_labels);
  g_test_add_func ("/chart-math/summaries", test_summaries);
  g_test_add_func ("/chart-math/streak", test_streak);
  g_test_add_func ("/chart-math/demo-series", test_demo_series);

  return g_test_run ();
}
