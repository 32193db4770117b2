/* patella-program.c: the program's calendar: its weeks and training days
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-pain-entry.h"
#include "patella-program.h"

/* Everything here counts local calendar days ("YYYY-MM-DD", as Julian day
 * numbers), never seconds, so a week is seven days whatever the clocks do
 * in between: a daylight-saving change or a year end moves nothing. */

G_DEFINE_FLAGS_TYPE (PatellaWeekdays, patella_weekdays,
  G_DEFINE_ENUM_VALUE (PATELLA_WEEKDAY_NONE, "none"),
  G_DEFINE_ENUM_VALUE (PATELLA_WEEKDAY_MONDAY, "monday"),
  G_DEFINE_ENUM_VALUE (PATELLA_WEEKDAY_TUESDAY, "tuesday"),
  G_DEFINE_ENUM_VALUE (PATELLA_WEEKDAY_WEDNESDAY, "wednesday"),
  G_DEFINE_ENUM_VALUE (PATELLA_WEEKDAY_THURSDAY, "thursday"),
  G_DEFINE_ENUM_VALUE (PATELLA_WEEKDAY_FRIDAY, "friday"),
  G_DEFINE_ENUM_VALUE (PATELLA_WEEKDAY_SATURDAY, "saturday"),
  G_DEFINE_ENUM_VALUE (PATELLA_WEEKDAY_SUNDAY, "sunday"))

G_DEFINE_QUARK (patella-program-error-quark, patella_program_error)

/**
 * patella_program_init:
 * @start_day: the local day the program starts
 *
 * The defaults: six weeks from @start_day, training every day.
 */
void
patella_program_init (PatellaProgram *self,
                      const char     *start_day)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (patella_local_day_is_valid (start_day));

  memset (self, 0, sizeof *self);
  g_strlcpy (self->start_day, start_day, sizeof self->start_day);
  self->n_weeks = PATELLA_PROGRAM_DEFAULT_WEEKS;
  self->training_days = PATELLA_WEEKDAYS_ALL;
}

/**
 * patella_program_validate:
 *
 * For a program read from settings or the database. The other functions
 * expect a valid program.
 *
 * Returns: %FALSE with @error set, in words, when a field is out of range
 */
gboolean
patella_program_validate (const PatellaProgram  *self,
                          GError               **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (memchr (self->start_day, '\0', sizeof self->start_day) == NULL ||
      !patella_local_day_is_valid (self->start_day))
    {
      g_set_error_literal (error, PATELLA_PROGRAM_ERROR, PATELLA_PROGRAM_ERROR_BAD_DAY,
                           _("The program's start is not a valid day"));
      return FALSE;
    }
  if (self->n_weeks < PATELLA_PROGRAM_MIN_WEEKS || self->n_weeks > PATELLA_PROGRAM_MAX_WEEKS)
    {
      g_set_error (error, PATELLA_PROGRAM_ERROR, PATELLA_PROGRAM_ERROR_BAD_LENGTH,
                   _("A program lasts %d to %d weeks, not %u"),
                   PATELLA_PROGRAM_MIN_WEEKS, PATELLA_PROGRAM_MAX_WEEKS, self->n_weeks);
      return FALSE;
    }
  if (self->training_days == PATELLA_WEEKDAY_NONE ||
      (self->training_days & ~PATELLA_WEEKDAYS_ALL) != 0)
    {
      g_set_error_literal (error, PATELLA_PROGRAM_ERROR, PATELLA_PROGRAM_ERROR_NO_TRAINING_DAY,
                           _("Choose at least one training day of the week"));
      return FALSE;
    }

  return TRUE;
}

static guint32
first_julian (const PatellaProgram *self)
{
  guint32 julian = patella_local_day_to_julian (self->start_day);

  g_return_val_if_fail (julian != 0, 0);
  return julian;
}

static guint32
last_julian (const PatellaProgram *self)
{
  return first_julian (self) + self->n_weeks * 7 - 1;
}

static guint32
day_julian (const char *day)
{
  guint32 julian = patella_local_day_to_julian (day);

  g_return_val_if_fail (julian != 0, 0);
  return julian;
}

static PatellaWeekdays
weekday_of_julian (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return 1 << (g_date_get_weekday (&date) - G_DATE_MONDAY);
}

static gboolean
is_training_julian (const PatellaProgram *self,
                    guint32               julian)
{
  return julian >= first_julian (self) && julian <= last_julian (self) &&
         (self->training_days & weekday_of_julian (julian)) != 0;
}

static guint
count_julian (const PatellaProgram *self,
              guint32               from,
              guint32               to)
{
  guint n = 0;

  from = MAX (from, first_julian (self));
  to = MIN (to, last_julian (self));
  for (guint32 j = from; j <= to; j++)
    n += is_training_julian (self, j);

  return n;
}

/**
 * patella_program_get_last_day:
 * @out: (out caller-allocates): the program's last day
 *
 * The day before the start day's weekday comes round for the
 * (n_weeks + 1)th time: a six-week program starting on a Monday ends on
 * the Sunday of its sixth week.
 */
void
patella_program_get_last_day (const PatellaProgram *self,
                              char                  out[PATELLA_LOCAL_DAY_LEN + 1])
{
  g_return_if_fail (self != NULL);

  patella_local_day_from_julian (last_julian (self), out);
}

/**
 * patella_program_get_week:
 * @day: a local day
 *
 * Returns: the program week @day falls in, from 1; 0 before the start day.
 *   After the last day the count goes on (7 after a six-week program), so
 *   compare with n_weeks to tell that the program is over.
 */
guint
patella_program_get_week (const PatellaProgram *self,
                          const char           *day)
{
  guint32 julian;
  guint32 first;

  g_return_val_if_fail (self != NULL, 0);

  julian = day_julian (day);
  first = first_julian (self);
  if (julian < first)
    return 0;

  return (julian - first) / 7 + 1;
}

/**
 * patella_program_format_week:
 * @day: a local day
 *
 * Returns: (transfer full): "Week 3 of 6" for a day of the program, or
 *   words saying it has not started or is over
 */
char *
patella_program_format_week (const PatellaProgram *self,
                             const char           *day)
{
  guint week = patella_program_get_week (self, day);

  if (week == 0)
    return g_strdup (_("The program has not started yet"));
  if (week > self->n_weeks)
    return g_strdup (_("Program finished"));

  /* Translators: "Week 3 of 6" */
  return g_strdup_printf (_("Week %u of %u"), week, self->n_weeks);
}

/**
 * patella_weekdays_for_day:
 * @day: a local day
 *
 * Returns: the one weekday flag of @day, or NONE for an invalid day
 */
PatellaWeekdays
patella_weekdays_for_day (const char *day)
{
  guint32 julian = patella_local_day_to_julian (day);

  if (julian == 0)
    return PATELLA_WEEKDAY_NONE;

  return weekday_of_julian (julian);
}

/**
 * patella_program_is_training_day:
 * @day: a local day
 *
 * Returns: whether @day is in the program and on a chosen weekday
 */
gboolean
patella_program_is_training_day (const PatellaProgram *self,
                                 const char           *day)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return is_training_julian (self, day_julian (day));
}

/**
 * patella_program_next_training_day:
 * @after: a local day
 * @out: (out caller-allocates): the first training day after @after
 *
 * For "Rest day: next session on Thursday". Before the program starts this
 * is its first training day.
 *
 * Returns: %FALSE, leaving @out alone, when no training day is left
 */
gboolean
patella_program_next_training_day (const PatellaProgram *self,
                                   const char           *after,
                                   char                  out[PATELLA_LOCAL_DAY_LEN + 1])
{
  guint32 julian;

  g_return_val_if_fail (self != NULL, FALSE);

  julian = MAX (day_julian (after) + 1, first_julian (self));
  for (; julian <= last_julian (self); julian++)
    if (is_training_julian (self, julian))
      {
        patella_local_day_from_julian (julian, out);
        return TRUE;
      }

  return FALSE;
}

/**
 * patella_program_count_training_days:
 * @from: the first local day counted
 * @to: the last local day counted
 *
 * Returns: the training days from @from to @to inclusive; 0 when @to is
 *   before @from
 */
guint
patella_program_count_training_days (const PatellaProgram *self,
                                     const char           *from,
                                     const char           *to)
{
  g_return_val_if_fail (self != NULL, 0);

  return count_julian (self, day_julian (from), day_julian (to));
}

/**
 * patella_program_planned_in_week:
 * @day: a local day
 *
 * Returns: the training days of the program week that holds @day, all
 *   seven days of it, for "2 of 5 sessions this week"; 0 outside the
 *   program
 */
guint
patella_program_planned_in_week (const PatellaProgram *self,
                                 const char           *day)
{
  guint week = patella_program_get_week (self, day);
  guint32 first;

  if (week == 0 || week > self->n_weeks)
    return 0;

  first = first_julian (self) + (week - 1) * 7;
  return count_julian (self, first, first + 6);
}

/**
 * patella_program_planned_so_far:
 * @day: a local day
 *
 * Returns: the training days from the start day to @day inclusive (to the
 *   last day once the program is over)
 */
guint
patella_program_planned_so_far (const PatellaProgram *self,
                                const char           *day)
{
  g_return_val_if_fail (self != NULL, 0);

  return count_julian (self, first_julian (self), day_julian (day));
}
