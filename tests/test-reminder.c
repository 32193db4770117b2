/* test-reminder.c: the reminder's next instant, across DST, midnight and a year end
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-reminder.h"

#define BERLIN "Europe/Berlin"
#define NEW_YORK "America/New_York"
#define MWF (PATELLA_WEEKDAY_MONDAY | PATELLA_WEEKDAY_WEDNESDAY | PATELLA_WEEKDAY_FRIDAY)

static gint64
usec_of (const char *iso)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt) * G_USEC_PER_SEC;
}

static char *
iso_of (gint64 usec)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);

  g_assert_cmpint (usec % G_USEC_PER_SEC, ==, 0);
  return g_date_time_format_iso8601 (dt);
}

typedef struct
{
  const char     *name;
  const char     *zone;
  const char     *start;      /* the program: start day, weeks, weekdays */
  guint           n_weeks;
  PatellaWeekdays days;
  guint           hour, minute;
  gboolean        done;
  const char     *now;        /* UTC */
  const char     *fire;       /* UTC; NULL: none */
} FireCase;

static const FireCase fire_cases[] = {
  /* A plain day, before and after the time, and with today's session done. */
  { "before-time", BERLIN, "2026-03-23", 6, PATELLA_WEEKDAYS_ALL, 18, 0, FALSE,
    "2026-03-30T10:00:00Z", "2026-03-30T16:00:00Z" },
  { "after-time", BERLIN, "2026-03-23", 6, PATELLA_WEEKDAYS_ALL, 18, 0, FALSE,
    "2026-03-30T16:00:01Z", "2026-03-31T16:00:00Z" },
  { "at-the-instant", BERLIN, "2026-03-23", 6, PATELLA_WEEKDAYS_ALL, 18, 0, FALSE,
    "2026-03-30T16:00:00Z", "2026-03-31T16:00:00Z" },
  { "today-done", BERLIN, "2026-03-23", 6, PATELLA_WEEKDAYS_ALL, 18, 0, TRUE,
    "2026-03-30T10:00:00Z", "2026-03-31T16:00:00Z" },

  /* Spring forward in Berlin (29 March, 02:00 → 03:00): 02:30 does not
   * exist that night and fires at the jump; the next day is back to 02:30. */
  { "spring-gap", BERLIN, "2026-03-23", 6, PATELLA_WEEKDAYS_ALL, 2, 30, FALSE,
    "2026-03-28T20:00:00Z", "2026-03-29T01:00:00Z" },
  { "spring-gap-fired", BERLIN, "2026-03-23", 6, PATELLA_WEEKDAYS_ALL, 2, 30, FALSE,
    "2026-03-29T01:00:00Z", "2026-03-30T00:30:00Z" },
  { "spring-after", BERLIN, "2026-03-23", 6, PATELLA_WEEKDAYS_ALL, 8, 0, FALSE,
    "2026-03-29T00:00:00Z", "2026-03-29T06:00:00Z" },
  { "spring-gap-new-york", NEW_YORK, "2026-03-02", 6, PATELLA_WEEKDAYS_ALL, 2, 30, FALSE,
    "2026-03-08T05:00:00Z", "2026-03-08T07:00:00Z" },

  /* Fall back in Berlin (25 October, 03:00 → 02:00): 02:30 happens twice
   * and fires at the first, once. */
  { "autumn-repeat", BERLIN, "2026-10-19", 6, PATELLA_WEEKDAYS_ALL, 2, 30, FALSE,
    "2026-10-24T22:00:00Z", "2026-10-25T00:30:00Z" },
  { "autumn-repeat-not-twice", BERLIN, "2026-10-19", 6, PATELLA_WEEKDAYS_ALL, 2, 30, FALSE,
    "2026-10-25T00:45:00Z", "2026-10-26T01:30:00Z" },
  { "autumn-repeat-new-york", NEW_YORK, "2026-10-26", 6, PATELLA_WEEKDAYS_ALL, 1, 30, FALSE,
    "2026-11-01T04:00:00Z", "2026-11-01T05:30:00Z" },
  { "autumn-repeat-new-york-not-twice", NEW_YORK, "2026-10-26", 6, PATELLA_WEEKDAYS_ALL,
    1, 30, FALSE, "2026-11-01T05:45:00Z", "2026-11-02T06:30:00Z" },

  /* Midnight: local midnight is not UTC midnight, and the local day decides. */
  { "midnight", BERLIN, "2026-03-23", 6, PATELLA_WEEKDAYS_ALL, 0, 0, TRUE,
    "2026-03-30T21:59:59Z", "2026-03-30T22:00:00Z" },
  { "late-evening-new-york", NEW_YORK, "2026-03-23", 6, PATELLA_WEEKDAYS_ALL, 21, 0, TRUE,
    "2026-03-31T03:30:00Z", "2026-04-01T01:00:00Z" },
  { "late-evening-new-york-not-done", NEW_YORK, "2026-03-23", 6, PATELLA_WEEKDAYS_ALL, 21, 0,
    FALSE, "2026-03-30T23:00:00Z", "2026-03-31T01:00:00Z" },

  /* Year end: New Year's Day is a training day like any other. */
  { "year-end", BERLIN, "2026-12-28", 2, PATELLA_WEEKDAYS_ALL, 9, 0, FALSE,
    "2026-12-31T09:00:00Z", "2027-01-01T08:00:00Z" },
  { "year-end-new-york", NEW_YORK, "2026-12-28", 2, PATELLA_WEEKDAYS_ALL, 23, 30, TRUE,
    "2026-12-31T12:00:00Z", "2027-01-02T04:30:00Z" },

  /* Rest days, the program's edges. */
  { "friday-to-monday", BERLIN, "2026-03-23", 6, MWF, 18, 0, FALSE,
    "2026-03-27T18:00:00Z", "2026-03-30T16:00:00Z" },
  { "before-start", BERLIN, "2026-03-23", 6, MWF, 7, 15, FALSE,
    "2026-03-20T12:00:00Z", "2026-03-23T06:15:00Z" },
  { "last-day-passed", BERLIN, "2026-03-23", 6, MWF, 18, 0, FALSE,
    "2026-05-01T17:00:00Z", NULL },
  { "last-day-done", BERLIN, "2026-03-23", 6, PATELLA_WEEKDAYS_ALL, 18, 0, TRUE,
    "2026-05-03T08:00:00Z", NULL },
  { "after-the-end", BERLIN, "2026-03-23", 6, PATELLA_WEEKDAYS_ALL, 18, 0, FALSE,
    "2026-06-01T08:00:00Z", NULL },
};

static void
test_next_fire (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (fire_cases); i++)
    {
      const FireCase *c = &fire_cases[i];
      g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (c->zone);
      PatellaProgram program;
      gint64 fire = -1;
      gboolean found;

      g_test_message ("case %s", c->name);
      g_assert_nonnull (tz);
      patella_program_init (&program, c->start);
      program.n_weeks = c->n_weeks;
      program.training_days = c->days;

      found = patella_reminder_next_fire (&program, c->hour * 60 + c->minute, c->done,
                                          usec_of (c->now), tz, &fire);
      g_assert_cmpint (found, ==, c->fire != NULL);
      if (c->fire != NULL)
        {
          g_autofree char *iso = iso_of (fire);

          g_assert_cmpstr (iso, ==, c->fire);
        }
      else
        g_assert_cmpint (fire, ==, -1);
    }
}

/* With no zone given, the process's zone (TZ=Europe/Berlin, set in main). */
static void
test_local_zone (void)
{
  g_autofree char *gap = iso_of (patella_reminder_fire_on_day ("2026-03-29", 2 * 60 + 30, NULL));
  g_autofree char *fold = iso_of (patella_reminder_fire_on_day ("2026-10-25", 2 * 60 + 30, NULL));
  g_autofree char *winter = iso_of (patella_reminder_fire_on_day ("2027-01-01", 0, NULL));
  PatellaProgram program;
  gint64 fire = 0;

  g_assert_cmpstr (gap, ==, "2026-03-29T01:00:00Z");
  g_assert_cmpstr (fold, ==, "2026-10-25T00:30:00Z");
  g_assert_cmpstr (winter, ==, "2026-12-31T23:00:00Z");

  patella_program_init (&program, "2026-03-23");
  g_assert_true (patella_reminder_next_fire (&program, 23 * 60 + 59, FALSE,
                                             usec_of ("2026-03-23T00:00:00Z"), NULL, &fire));
  g_assert_cmpint (fire, ==, usec_of ("2026-03-23T22:59:00Z"));
}

/* A zone whose clocks jump by half an hour: the gap's edge is found to the
 * second, wherever it falls. */
static void
test_half_hour_zone (void)
{
  g_autoptr(GTimeZone) lord_howe = g_time_zone_new_identifier ("Australia/Lord_Howe");
  g_autofree char *gap = NULL;
  g_autofree char *fold = NULL;

  g_assert_nonnull (lord_howe);
  /* 4 October 2026, 02:00 → 02:30 (+10:30 → +11:00). */
  gap = iso_of (patella_reminder_fire_on_day ("2026-10-04", 2 * 60 + 15, lord_howe));
  g_assert_cmpstr (gap, ==, "2026-10-03T15:30:00Z");
  /* 5 April 2026, 02:00 → 01:30: 01:45 happens twice, first at +11:00. */
  fold = iso_of (patella_reminder_fire_on_day ("2026-04-05", 1 * 60 + 45, lord_howe));
  g_assert_cmpstr (fold, ==, "2026-04-04T14:45:00Z");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reminder/next-fire", test_next_fire);
  g_test_add_func ("/reminder/local-zone", test_local_zone);
  g_test_add_func ("/reminder/half-hour-zone", test_half_hour_zone);

  return g_test_run ();
}
