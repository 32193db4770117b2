/* test-today.c: the local day read from a clock, and its change at midnight
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-fake-clock.h"
#include "patella-today.h"

#define HOUR (G_GINT64_CONSTANT (3600) * G_USEC_PER_SEC)

/* A wall time given in Berlin's own local time (TZ is set in main). */
static gint64
berlin_usec (int year, int month, int day, int hour, int minute)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) t = g_date_time_new (tz, year, month, day, hour, minute, 0);

  return g_date_time_to_unix (t) * G_USEC_PER_SEC;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *n)
{
  (*n)++;
}

static void
test_local_day_of_clock (void)
{
  g_autoptr(PatellaFakeClock) clock = patella_fake_clock_new (0, berlin_usec (2026, 3, 1, 0, 30));
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  char day[PATELLA_LOCAL_DAY_LEN + 1];

  /* 00:30 in Berlin is still the day before in UTC. */
  patella_clock_get_local_day (PATELLA_CLOCK (clock), NULL, day);
  g_assert_cmpstr (day, ==, "2026-03-01");
  patella_clock_get_local_day (PATELLA_CLOCK (clock), utc, day);
  g_assert_cmpstr (day, ==, "2026-02-28");
}

/* The day moves at local midnight, not a second before, and one alarm
 * waits for it: nothing polls in between. */
static void
test_midnight (gconstpointer data)
{
  const gint64 *start = data;
  g_autoptr(PatellaFakeClock) clock = patella_fake_clock_new (0, start[0]);
  g_autoptr(PatellaToday) today = patella_today_new (PATELLA_CLOCK (clock));
  g_autoptr(GDateTime) now = NULL;
  char expected[PATELLA_LOCAL_DAY_LEN + 1];
  g_autofree char *first = NULL;
  guint n = 0;

  first = g_strdup (patella_today_get_day (today));
  g_signal_connect (today, "notify::day", G_CALLBACK (count_notify), &n);
  g_assert_cmpuint (patella_fake_clock_get_n_alarms (clock), ==, 1);
  g_assert_cmpint (patella_fake_clock_get_next_due (clock), ==, start[1] - start[0]);

  patella_fake_clock_advance (clock, start[1] - start[0] - 1);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpstr (patella_today_get_day (today), ==, first);

  patella_fake_clock_advance (clock, 1);
  g_assert_cmpuint (n, ==, 1);
  patella_local_day_add_days (first, 1, expected);
  g_assert_cmpstr (patella_today_get_day (today), ==, expected);
  /* And the next midnight is waited for. */
  g_assert_cmpuint (patella_fake_clock_get_n_alarms (clock), ==, 1);

  now = patella_today_dup_now (today);
  g_assert_cmpint (g_date_time_get_hour (now), ==, 0);
  g_assert_cmpint (g_date_time_get_minute (now), ==, 0);
}

/* A clock that jumps (a suspend, the user setting the time) is caught by
 * a refresh, which notifies once and re-aims the alarm. */
static void
test_refresh_after_jump (void)
{
  g_autoptr(PatellaFakeClock) clock = patella_fake_clock_new (0, berlin_usec (2026, 6, 1, 12, 0));
  g_autoptr(PatellaToday) today = patella_today_new (PATELLA_CLOCK (clock));
  guint n = 0;

  g_signal_connect (today, "notify::day", G_CALLBACK (count_notify), &n);
  patella_today_refresh (today);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (patella_fake_clock_get_n_alarms (clock), ==, 1);
  g_assert_cmpint (patella_fake_clock_get_next_due (clock), ==, 12 * HOUR);

  /* Three days pass while the monotonic clock stands (a suspend): the
   * alarm has not fired, so the day is only as fresh as the last look. */
  patella_fake_clock_set_wall_usec (clock, berlin_usec (2026, 6, 4, 9, 0));
  g_assert_cmpstr (patella_today_get_day (today), ==, "2026-06-01");

  patella_today_refresh (today);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (patella_today_get_day (today), ==, "2026-06-04");
  g_assert_cmpuint (patella_fake_clock_get_n_alarms (clock), ==, 1);
  g_assert_cmpint (patella_fake_clock_get_next_due (clock), ==, 15 * HOUR);

  /* The clock set back a day: the day follows, back too. */
  patella_fake_clock_set_wall_usec (clock, berlin_usec (2026, 6, 3, 23, 0));
  patella_today_refresh (today);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (patella_today_get_day (today), ==, "2026-06-03");
  g_assert_cmpint (patella_fake_clock_get_next_due (clock), ==, 1 * HOUR);
}

int
main (int argc, char **argv)
{
  /* 2026: DST starts 29 March at 02:00, ends 25 October at 03:00 (Berlin). */
  static gint64 plain[2], spring[2], autumn[2], year_end[2];

  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, NULL);

  plain[0] = berlin_usec (2026, 6, 1, 22, 15);
  plain[1] = berlin_usec (2026, 6, 2, 0, 0);
  /* The night DST starts is an hour short, and the night it ends an hour
   * long: midnight is found from the calendar, never by adding 24 h. */
  spring[0] = berlin_usec (2026, 3, 29, 0, 30);
  spring[1] = berlin_usec (2026, 3, 30, 0, 0);
  autumn[0] = berlin_usec (2026, 10, 25, 0, 30);
  autumn[1] = berlin_usec (2026, 10, 26, 0, 0);
  year_end[0] = berlin_usec (2026, 12, 31, 23, 59);
  year_end[1] = berlin_usec (2027, 1, 1, 0, 0);

  g_test_add_func ("/today/local-day-of-clock", test_local_day_of_clock);
  g_test_add_data_func ("/today/midnight/plain", plain, test_midnight);
  g_test_add_data_func ("/today/midnight/dst-start", spring, test_midnight);
  g_test_add_data_func ("/today/midnight/dst-end", autumn, test_midnight);
  g_test_add_data_func ("/today/midnight/year-end", year_end, test_midnight);
  g_test_add_func ("/today/refresh-after-jump", test_refresh_after_jump);
  g_assert_cmpint (spring[1] - spring[0], ==, 22 * HOUR + HOUR / 2);
  g_assert_cmpint (autumn[1] - autumn[0], ==, 24 * HOUR + HOUR / 2);

  return g_test_run ();
}
