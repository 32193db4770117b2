/* test-daily-series.c: per-day pain and training, per-week adherence, from plain rows
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "patella-daily-series.h"
#include "patella-pain-entry.h"

static void
set_range (GDate      *first,
           GDate      *last,
           const char *from,
           const char *to)
{
  g_date_clear (first, 1);
  g_date_clear (last, 1);
  g_assert_true (patella_local_day_to_date (from, first));
  g_assert_true (patella_local_day_to_date (to, last));
}

static void
test_empty (void)
{
  g_autoptr(PatellaDailySeries) s = NULL;
  GDate first, last;
  char day[11];

  set_range (&first, &last, "2026-03-01", "2026-03-10");
  s = patella_daily_series_compute (&first, &last, 3, NULL, 0, NULL, 0);
  g_assert_cmpuint (s->n_days, ==, 10);
  g_assert_cmpuint (s->n_weeks, ==, 2);
  g_assert_cmpuint (s->week_days[0], ==, 7);
  g_assert_cmpuint (s->week_days[1], ==, 3);
  for (guint i = 0; i < s->n_days; i++)
    {
      g_assert_true (isnan (s->pain_usual[i]));
      g_assert_true (isnan (s->pain_worst[i]));
      g_assert_cmpuint (s->reps[i], ==, 0);
    }
  for (guint w = 0; w < s->n_weeks; w++)
    {
      g_assert_cmpfloat (s->week_adherence[w], ==, 0.0);
      g_assert_true (isnan (s->week_pain_usual[w])); /* no data is not "no pain" */
    }

  patella_daily_series_get_day (s, 9, day);
  g_assert_cmpstr (day, ==, "2026-03-10");
  g_assert_cmpint (patella_daily_series_day_index (s, "2026-03-01"), ==, 0);
  g_assert_cmpint (patella_daily_series_day_index (s, "2026-03-10"), ==, 9);
  g_assert_cmpint (patella_daily_series_day_index (s, "2026-03-11"), ==, -1);
  g_assert_cmpint (patella_daily_series_day_index (s, "2026-02-28"), ==, -1);
  g_assert_cmpint (patella_daily_series_day_index (s, "junk"), ==, -1);
}

static void
test_one_day (void)
{
  g_autoptr(PatellaDailySeries) s = NULL;
  PatellaSeriesPain pain[] = { { "2026-03-29", 4, 6 } };
  PatellaSeriesSession sessions[] = { { "2026-03-29", TRUE, 3, 30, 15 } };
  GDate first, last;

  set_range (&first, &last, "2026-03-29", "2026-03-29");
  s = patella_daily_series_compute (&first, &last, 7, pain, 1, sessions, 1);
  g_assert_cmpuint (s->n_days, ==, 1);
  g_assert_cmpuint (s->n_weeks, ==, 1);
  g_assert_cmpfloat (s->pain_usual[0], ==, 4);
  g_assert_cmpfloat (s->pain_worst[0], ==, 6);
  /* One day of a 7-a-week target, done: fully on track. */
  g_assert_cmpfloat (s->week_adherence[0], ==, 1.0);
}

static void
test_values (void)
{
  g_autoptr(PatellaDailySeries) s = NULL;
  g_autoptr(PatellaDailySeries) copy = NULL;
  PatellaSeriesPain pain[] = {
    { "2026-02-28", 9, 9 },  /* before the range */
    { "2026-03-01", 2, 4 },
    { "2026-03-03", 4, 6 },
    { "2026-03-09", 1, 1 },
    { "2026-03-15", 9, 9 },  /* after it */
    { "2026-3-5", 9, 9 },    /* not a day */
  };
  PatellaSeriesSession sessions[] = {
    { "2026-03-01", TRUE, 4, 40, 0 },
    { "2026-03-01", TRUE, 2, 20, 30 },  /* twice that day: one training day */
    { "2026-03-02", FALSE, 1, 5, 0 },   /* abandoned: counts as work, not adherence */
    { "2026-03-04", TRUE, 3, 30, 60 },
    { "2026-03-08", TRUE, 1, 10, 0 },
    { "2026-03-14", TRUE, 1, 10, 0 },
    { "2026-03-20", TRUE, 9, 90, 0 },   /* after the range */
  };
  GDate first, last;

  set_range (&first, &last, "2026-03-01", "2026-03-14");
  s = patella_daily_series_compute (&first, &last, 4, pain, G_N_ELEMENTS (pain),
                                    sessions, G_N_ELEMENTS (sessions));

  g_assert_cmpuint (s->n_days, ==, 14);
  g_assert_cmpfloat (s->pain_usual[0], ==, 2);
  g_assert_cmpfloat (s->pain_worst[2], ==, 6);
  g_assert_true (isnan (s->pain_usual[1]));
  g_assert_cmpfloat (s->pain_usual[8], ==, 1);

  g_assert_cmpuint (s->sets[0], ==, 6);
  g_assert_cmpuint (s->reps[0], ==, 60);
  g_assert_cmpuint (s->hold_s[0], ==, 30);
  g_assert_cmpuint (s->sessions_completed[0], ==, 2);
  g_assert_cmpuint (s->reps[1], ==, 5);
  g_assert_cmpuint (s->sessions_completed[1], ==, 0);
  g_assert_cmpuint (s->hold_s[3], ==, 60);

  g_assert_cmpuint (s->week_training_days[0], ==, 2);  /* 1st and 4th */
  g_assert_cmpfloat (s->week_adherence[0], ==, 0.5);   /* 2 of 4 */
  g_assert_cmpuint (s->week_training_days[1], ==, 2);  /* 8th and 14th */
  g_assert_cmpfloat (s->week_adherence[1], ==, 0.5);
  g_assert_cmpfloat (s->week_pain_usual[0], ==, 3.0);  /* (2 + 4) / 2 */
  g_assert_cmpfloat (s->week_pain_worst[0], ==, 5.0);
  g_assert_cmpfloat (s->week_pain_usual[1], ==, 1.0);

  copy = patella_daily_series_copy (s);
  g_assert_true (copy->reps != s->reps);
  g_assert_cmpmem (copy->reps, s->n_days * sizeof (guint), s->reps, s->n_days * sizeof (guint));
  g_assert_cmpmem (copy->week_adherence, s->n_weeks * sizeof (double),
                   s->week_adherence, s->n_weeks * sizeof (double));
  g_assert_true (g_date_compare (&copy->first, &s->first) == 0);
}

/* A short last block is judged against its share of the target, and a
 * week above target stays at 100%. */
static void
test_adherence_partial_week (void)
{
  g_autoptr(PatellaDailySeries) s = NULL;
  PatellaSeriesSession sessions[10];
  GDate first, last;

  for (guint i = 0; i < G_N_ELEMENTS (sessions); i++)
    {
      PatellaSeriesSession row = { "", TRUE, 1, 1, 0 };

      patella_local_day_add_days ("2026-01-01", (int) i, row.day);
      sessions[i] = row;
    }

  /* 10 days: a full week with 7 training days, then 3 days with 3. */
  set_range (&first, &last, "2026-01-01", "2026-01-10");
  s = patella_daily_series_compute (&first, &last, 3, NULL, 0,
                                    sessions, G_N_ELEMENTS (sessions));
  g_assert_cmpfloat (s->week_adherence[0], ==, 1.0);
  g_assert_cmpfloat (s->week_adherence[1], ==, 1.0);

  /* Only one session in the 3-day tail, target 7 a week: 1 of 3 expected. */
  sessions[8].completed = sessions[9].completed = FALSE;
  g_clear_pointer (&s, patella_daily_series_free);
  s = patella_daily_series_compute (&first, &last, 7, NULL, 0,
                                    sessions, G_N_ELEMENTS (sessions));
  g_assert_cmpfloat_with_epsilon (s->week_adherence[1], 1.0 / 3.0, 1e-9);
}

static void
test_mean (void)
{
  double v[] = { NAN, 1, 2, NAN, 6 };

  g_assert_cmpfloat (patella_daily_series_mean (v, 0, 5), ==, 3.0);
  g_assert_cmpfloat (patella_daily_series_mean (v, 1, 2), ==, 1.0);
  g_assert_true (isnan (patella_daily_series_mean (v, 0, 1)));
  g_assert_true (isnan (patella_daily_series_mean (v, 3, 3)));
}

/* Across the spring DST change the days are still consecutive indexes. */
static void
test_dst_range (void)
{
  g_autoptr(PatellaDailySeries) s = NULL;
  PatellaSeriesPain pain[] = {
    { "2026-03-28", 1, 1 }, { "2026-03-29", 2, 2 }, { "2026-03-30", 3, 3 },
  };
  GDate first, last;

  set_range (&first, &last, "2026-03-28", "2026-03-30");
  s = patella_daily_series_compute (&first, &last, 3, pain, 3, NULL, 0);
  g_assert_cmpuint (s->n_days, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpfloat (s->pain_usual[i], ==, i + 1);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/daily-series/empty", test_empty);
  g_test_add_func ("/daily-series/one-day", test_one_day);
  g_test_add_func ("/daily-series/values", test_values);
  g_test_add_func ("/daily-series/adherence-partial-week", test_adherence_partial_week);
  g_test_add_func ("/daily-series/mean", test_mean);
  g_test_add_func ("/daily-series/dst-range", test_dst_range);

  return g_test_run ();
}
