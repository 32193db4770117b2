/* patella-day-label.c: local calendar days in words, for lists and headings
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-day-label.h"
#include "patella-pain-entry.h"

/* Noon in UTC: a calendar day with no time zone to shift it. */
static GDateTime *
day_to_date_time (const char *day)
{
  GDate date;

  g_date_clear (&date, 1);
  if (!patella_local_day_to_date (day, &date))
    return NULL;

  return g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date), 12, 0, 0);
}

char *
patella_day_label_full (const char *day)
{
  g_autoptr(GDateTime) dt = day_to_date_time (day);

  if (dt == NULL)
    return NULL;

  /* Translators: a full date, e.g. "Thursday 9 April 2026"; see g_date_time_format() */
  return g_date_time_format (dt, _("%A %-d %B %Y"));
}

char *
patella_day_label (const char *day,
                   const char *today)
{
  g_autoptr(GDateTime) dt = day_to_date_time (day);
  guint32 julian;
  guint32 today_julian;

  if (dt == NULL)
    return NULL;

  g_return_val_if_fail (patella_local_day_is_valid (today), NULL);

  julian = patella_local_day_to_julian (day);
  today_julian = patella_local_day_to_julian (today);

  if (julian == today_julian)
    return g_strdup (_("Today"));
  if (julian + 1 == today_julian)
    return g_strdup (_("Yesterday"));

  /* The first four characters are the year. */
  if (strncmp (day, today, 4) == 0)
    /* Translators: a date in this year, e.g. "Thursday 9 April"; see g_date_time_format() */
    return g_date_time_format (dt, _("%A %-d %B"));

  return patella_day_label_full (day);
}
