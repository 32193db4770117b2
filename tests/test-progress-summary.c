/* test-progress-summary.c: the Progress charts in words, and which weeks they show
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "patella-pain-entry.h"
#include "patella-progress-summary.h"

/* Pain every day of [from, from + n_days), the same scores within a week:
 * usual[w] and worst[w] for week w. */
static PatellaDailySeries *
series_with_pain (const char *from,
                  guint       n_days,
                  const int  *usual,
                  const int  *worst,
                  const PatellaSeriesSession *sessions,
                  gsize       n_sessions)
{
  g_autoptr(GArray) pain = g_array_new (FALSE, TRUE, sizeof (PatellaSeriesPain));
  GDate first, last;

  g_date_clear (&first, 1);
  g_assert_true (patella_local_day_to_date (from, &first));
  last = first;
  g_date_add_days (&last, n_days - 1);

  for (guint i = 0; usual != NULL && i < n_days; i++)
    {
      PatellaSeriesPain row = { "", usual[i / 7], worst[i / 7] };

      patella_local_day_add_days (from, (int) i, row.day);
      g_array_append_val (pain, row);
    }

  return patella_daily_series_compute (&first, &last, 7,
                                       (PatellaSeriesPain *) (void *) pain->data, pain->len,
                                       sessions, n_sessions);
}

static void
test_pain_falls (void)
{
  const int usual[] = { 5, 4, 2 };
  const int worst[] = { 7, 7, 4 };
  g_autoptr(PatellaDailySeries) s = series_with_pain ("2026-03-02", 21, usual, worst, NULL, 0);
  g_autofree char *text = patella_progress_pain_summary (s);

  g_assert_cmpuint (patella_progress_first_week (s), ==, 0);
  g_assert_cmpuint (patella_progress_days_with_data (s), ==, 21);
  g_assert_cmpstr (text, ==,
                   "Your usual pain went from 5.0 in week 1 to 2.0 in week 3 (down 3.0 points). "
                   "Your worst pain went from 7.0 to 4.0 (down 3.0 points).");
}

static void
test_pain_rises_or_holds (void)
{
  const int usual[] = { 2, 3 };
  const int worst[] = { 6, 6 };
  g_autoptr(PatellaDailySeries) s = series_with_pain ("2026-03-02", 14, usual, worst, NULL, 0);
  g_autofree char *text = patella_progress_pain_summary (s);

  g_assert_cmpstr (text, ==,
                   "Your usual pain went from 2.0 in week 1 to 3.0 in week 2 (up 1.0 points). "
                   "Your worst pain went from 6.0 to 6.0 (no change).");
}

/* Weeks without an entry are skipped, not read as no pain. */
static void
test_pain_gap_and_single_week (void)
{
  const int usual[] = { 4 };
  const int worst[] = { 6 };
  g_autoptr(PatellaDailySeries) one = series_with_pain ("2026-03-02", 3, usual, worst, NULL, 0);
  g_autoptr(PatellaDailySeries) none = series_with_pain ("2026-03-02", 10, NULL, NULL, NULL, 0);
  g_autofree char *text = patella_progress_pain_summary (one);
  g_autofree char *nothing = patella_progress_pain_summary (none);

  g_assert_cmpstr (text, ==,
                   "In week 1 your usual pain averaged 4.0 and your worst pain 6.0, out of 10.");
  g_assert_cmpstr (nothing, ==, "No knee pain was logged in these weeks.");
  g_assert_cmpuint (patella_progress_days_with_data (none), ==, 0);
}

static void
test_training (void)
{
  const PatellaSeriesSession sessions[] = {
    { "2026-03-02", TRUE, 4, 40, 30 },
    { "2026-03-04", TRUE, 4, 40, 30 },
    /* Two on one day count as one training day. */
    { "2026-03-04", TRUE, 1, 10, 0 },
    /* Abandoned: its work counts, the day does not. */
    { "2026-03-10", FALSE, 2, 20, 15 },
    { "2026-03-11", TRUE, 4, 40, 0 },
  };
  g_autoptr(PatellaDailySeries) s = series_with_pain ("2026-03-02", 10, NULL, NULL,
                                                      sessions, G_N_ELEMENTS (sessions));
  g_autoptr(PatellaDailySeries) idle = series_with_pain ("2026-03-02", 10, NULL, NULL, NULL, 0);
  g_autofree char *text = patella_progress_training_summary (s);
  g_autofree char *nothing = patella_progress_training_summary (idle);

  g_assert_cmpuint (patella_progress_days_with_data (s), ==, 4);
  g_assert_cmpstr (text, ==,
                   "You finished a session on 3 days in 2 weeks, 1 of them in week 2. "
                   "In all: 150 reps and 1 min 15 s of holds.");
  g_assert_cmpstr (nothing, ==, "No session was finished in these weeks yet.");
}

/* Twenty weeks: the charts and their texts cover the last twelve, and the
 * week numbers still count from the program's start. */
static void
test_last_twelve_weeks (void)
{
  int usual[20], worst[20];
  g_autoptr(PatellaDailySeries) s = NULL;
  g_autofree char *text = NULL;

  for (guint w = 0; w < 20; w++)
    {
      usual[w] = w < 8 ? 9 : 20 - (int) w - 5 > 0 ? 20 - (int) w - 5 : 0;
      worst[w] = MIN (usual[w] + 1, 10);
    }
  s = series_with_pain ("2026-01-05", 140, usual, worst, NULL, 0);
  g_assert_cmpuint (s->n_weeks, ==, 20);
  g_assert_cmpuint (patella_progress_first_week (s), ==, 8);

  text = patella_progress_pain_summary (s);
  g_assert_cmpstr (text, ==,
                   "Your usual pain went from 7.0 in week 9 to 0.0 in week 20 (down 7.0 points). "
                   "Your worst pain went from 8.0 to 1.0 (down 7.0 points).");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/progress-summary/pain-falls", test_pain_falls);
  g_test_add_func ("/progress-summary/pain-rises-or-holds", test_pain_rises_or_holds);
  g_test_add_func ("/progress-summary/gap-and-single-week", test_pain_gap_and_single_week);
  g_test_add_func ("/progress-summary/training", test_training);
  g_test_add_func ("/progress-summary/last-twelve-weeks", test_last_twelve_weeks);

  return g_test_run ();
}
