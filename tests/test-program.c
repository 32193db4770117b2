/* test-program.c: program weeks and training days, across DST changes and a year end
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-pain-entry.h"
#include "patella-program.h"

#define MWF (PATELLA_WEEKDAY_MONDAY | PATELLA_WEEKDAY_WEDNESDAY | PATELLA_WEEKDAY_FRIDAY)
#define WEEKEND (PATELLA_WEEKDAY_SATURDAY | PATELLA_WEEKDAY_SUNDAY)

typedef struct
{
  const char     *start;
  guint           n_weeks;
  PatellaWeekdays days;
  const char     *day;
  guint           week;
  gboolean        training;
  const char     *next;        /* NULL: none left */
  guint           in_week;
  guint           so_far;
} DayCase;

static const DayCase day_cases[] = {
  /* Monday start, Mon/Wed/Fri, across the spring change in Berlin (29 March). */
  { "2026-03-23", 6, MWF, "2026-03-22", 0, FALSE, "2026-03-23", 0, 0 },
  { "2026-03-23", 6, MWF, "2026-03-23", 1, TRUE, "2026-03-25", 3, 1 },
  { "2026-03-23", 6, MWF, "2026-03-29", 1, FALSE, "2026-03-30", 3, 3 },
  { "2026-03-23", 6, MWF, "2026-03-30", 2, TRUE, "2026-04-01", 3, 4 },
  { "2026-03-23", 6, MWF, "2026-05-01", 6, TRUE, NULL, 3, 18 },
  { "2026-03-23", 6, MWF, "2026-05-03", 6, FALSE, NULL, 3, 18 },
  { "2026-03-23", 6, MWF, "2026-05-04", 7, FALSE, NULL, 0, 18 },
  /* Every day, two weeks over a year end. */
  { "2026-12-28", 2, PATELLA_WEEKDAYS_ALL, "2026-12-31", 1, TRUE, "2027-01-01", 7, 4 },
  { "2026-12-28", 2, PATELLA_WEEKDAYS_ALL, "2027-01-04", 2, TRUE, "2027-01-05", 7, 8 },
  { "2026-12-28", 2, PATELLA_WEEKDAYS_ALL, "2027-01-10", 2, TRUE, NULL, 7, 14 },
  /* A Thursday start, weekends only, across the autumn change in New York
   * (1 November): weeks run Thursday to Wednesday. */
  { "2026-10-29", 3, WEEKEND, "2026-10-29", 1, FALSE, "2026-10-31", 2, 0 },
  { "2026-10-29", 3, WEEKEND, "2026-11-01", 1, TRUE, "2026-11-07", 2, 2 },
  { "2026-10-29", 3, WEEKEND, "2026-11-05", 2, FALSE, "2026-11-07", 2, 2 },
  { "2026-10-29", 3, WEEKEND, "2026-11-18", 3, FALSE, NULL, 2, 6 },
};

static void
make (PatellaProgram  *program,
      const char      *start,
      guint            n_weeks,
      PatellaWeekdays  days)
{
  patella_program_init (program, start);
  program->n_weeks = n_weeks;
  program->training_days = days;
  g_assert_true (patella_program_validate (program, NULL));
}

static void
test_days (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (day_cases); i++)
    {
      const DayCase *c = &day_cases[i];
      PatellaProgram program;
      char next[11] = "untouched";
      gboolean has_next;

      g_test_message ("case %u: %s", i, c->day);
      make (&program, c->start, c->n_weeks, c->days);
      g_assert_cmpuint (patella_program_get_week (&program, c->day), ==, c->week);
      g_assert_cmpint (patella_program_is_training_day (&program, c->day), ==, c->training);
      has_next = patella_program_next_training_day (&program, c->day, next);
      g_assert_cmpint (has_next, ==, c->next != NULL);
      g_assert_cmpstr (next, ==, c->next ? c->next : "untouched");
      g_assert_cmpuint (patella_program_planned_in_week (&program, c->day), ==, c->in_week);
      g_assert_cmpuint (patella_program_planned_so_far (&program, c->day), ==, c->so_far);
    }
}

static void
test_defaults_and_labels (void)
{
  PatellaProgram program;
  char last[11];
  g_autofree char *before = NULL;
  g_autofree char *during = NULL;
  g_autofree char *first_day = NULL;
  g_autofree char *after = NULL;

  patella_program_init (&program, "2026-03-23");
  g_assert_cmpstr (program.start_day, ==, "2026-03-23");
  g_assert_cmpuint (program.n_weeks, ==, 6);
  g_assert_cmpuint (program.training_days, ==, PATELLA_WEEKDAYS_ALL);

  patella_program_get_last_day (&program, last);
  g_assert_cmpstr (last, ==, "2026-05-03");

  before = patella_program_format_week (&program, "2026-03-22");
  first_day = patella_program_format_week (&program, "2026-03-23");
  during = patella_program_format_week (&program, "2026-04-08");
  after = patella_program_format_week (&program, "2026-05-04");
  g_assert_cmpstr (before, ==, "The program has not started yet");
  g_assert_cmpstr (first_day, ==, "Week 1 of 6");
  g_assert_cmpstr (during, ==, "Week 3 of 6");
  g_assert_cmpstr (after, ==, "Program finished");

  g_assert_cmpuint (patella_weekdays_for_day ("2026-03-29"), ==, PATELLA_WEEKDAY_SUNDAY);
  g_assert_cmpuint (patella_weekdays_for_day ("2027-01-01"), ==, PATELLA_WEEKDAY_FRIDAY);
  g_assert_cmpuint (patella_weekdays_for_day ("2026-13-01"), ==, PATELLA_WEEKDAY_NONE);
  {
    g_autoptr(GFlagsClass) weekdays = g_type_class_ref (PATELLA_TYPE_WEEKDAYS);

    g_assert_cmpstr (g_flags_get_first_value (weekdays, PATELLA_WEEKDAY_SUNDAY)->value_nick, ==,
                     "sunday");
  }

  /* Ranges are clipped to the program, and an empty range counts nothing. */
  g_assert_cmpuint (patella_program_count_training_days (&program, "2026-01-01", "2026-12-31"),
                    ==, 42);
  g_assert_cmpuint (patella_program_count_training_days (&program, "2026-03-29", "2026-03-30"),
                    ==, 2);
  g_assert_cmpuint (patella_program_count_training_days (&program, "2026-03-30", "2026-03-29"),
                    ==, 0);
}

static void
test_validate (void)
{
  static const struct {
    const char     *start;
    guint           n_weeks;
    guint           days;
    int             code;    /* -1: valid */
  } cases[] = {
    { "2026-03-23", 2, PATELLA_WEEKDAYS_ALL, -1 },
    { "2026-03-23", 12, PATELLA_WEEKDAY_SUNDAY, -1 },
    { "2026-02-30", 6, PATELLA_WEEKDAYS_ALL, PATELLA_PROGRAM_ERROR_BAD_DAY },
    { "", 6, PATELLA_WEEKDAYS_ALL, PATELLA_PROGRAM_ERROR_BAD_DAY },
    { "2026-03-23", 1, PATELLA_WEEKDAYS_ALL, PATELLA_PROGRAM_ERROR_BAD_LENGTH },
    { "2026-03-23", 13, PATELLA_WEEKDAYS_ALL, PATELLA_PROGRAM_ERROR_BAD_LENGTH },
    { "2026-03-23", 6, 0, PATELLA_PROGRAM_ERROR_NO_TRAINING_DAY },
    { "2026-03-23", 6, 0x80 | PATELLA_WEEKDAY_MONDAY, PATELLA_PROGRAM_ERROR_NO_TRAINING_DAY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      PatellaProgram program = { .n_weeks = cases[i].n_weeks, .training_days = cases[i].days };
      gboolean ok;

      g_strlcpy (program.start_day, cases[i].start, sizeof program.start_day);
      ok = patella_program_validate (&program, &error);
      g_assert_cmpint (ok, ==, cases[i].code == -1);
      if (cases[i].code == -1)
        g_assert_no_error (error);
      else
        g_assert_error (error, PATELLA_PROGRAM_ERROR, cases[i].code);
    }

  /* A start day with no terminating NUL is refused, not read past. */
  {
    g_autoptr(GError) error = NULL;
    PatellaProgram program = { .n_weeks = 6, .training_days = PATELLA_WEEKDAYS_ALL };

    memset (program.start_day, '1', sizeof program.start_day);
    g_assert_false (patella_program_validate (&program, &error));
    g_assert_error (error, PATELLA_PROGRAM_ERROR, PATELLA_PROGRAM_ERROR_BAD_DAY);
  }
}

/* The same instant is a different local day, and so a different program
 * week, in Berlin and New York: the week follows the user's calendar. */
static void
test_week_of_instant (void)
{
  static const struct {
    const char *zone;
    const char *utc;
    const char *day;
    guint       week;
  } cases[] = {
    /* The night after the spring change in Berlin. */
    { "Europe/Berlin", "2026-03-29T22:30:00Z", "2026-03-30", 2 },
    { "America/New_York", "2026-03-29T22:30:00Z", "2026-03-29", 1 },
    /* The night after the autumn change in Berlin (25 October). */
    { "Europe/Berlin", "2026-10-25T22:59:59Z", "2026-10-25", 5 },
    { "Europe/Berlin", "2026-10-25T23:00:00Z", "2026-10-26", 6 },
    /* New Year's Eve, three months into a program started in September. */
    { "Europe/Berlin", "2026-12-31T23:30:00Z", "2027-01-01", 15 },
    { "America/New_York", "2027-01-01T04:59:59Z", "2026-12-31", 15 },
  };
  PatellaProgram spring;
  PatellaProgram autumn;

  make (&spring, "2026-03-23", 6, PATELLA_WEEKDAYS_ALL);
  make (&autumn, "2026-09-21", 12, PATELLA_WEEKDAYS_ALL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (cases[i].zone);
      g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (cases[i].utc, NULL);
      PatellaProgram *program = i < 2 ? &spring : &autumn;
      char day[11];

      g_assert_nonnull (tz);
      patella_local_day_for_instant (g_date_time_to_unix (utc) * G_USEC_PER_SEC, tz, day);
      g_assert_cmpstr (day, ==, cases[i].day);
      g_assert_cmpuint (patella_program_get_week (program, day), ==, cases[i].week);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/program/days", test_days);
  g_test_add_func ("/program/defaults-and-labels", test_defaults_and_labels);
  g_test_add_func ("/program/validate", test_validate);
  g_test_add_func ("/program/week-of-instant", test_week_of_instant);

  return g_test_run ();
}
