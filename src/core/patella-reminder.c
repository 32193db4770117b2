/* patella-reminder.c: when the daily reminder fires next
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-pain-entry.h"
#include "patella-reminder.h"

/* A reminder is a wall-clock time on a local calendar day. Turning it into
 * an instant is where daylight saving bites, so it is done here once:
 * - a time the clocks skip (02:30 on a spring-forward night in Berlin)
 *   fires at the jump, the first instant after the gap (03:00), rather than
 *   an hour late or not at all;
 * - a time the clocks pass twice (02:30 on an autumn night) fires at the
 *   first of the two, and only once. */

#define SECONDS_PER_DAY (24 * 60 * 60)

static gint32
offset_at (GTimeZone *tz,
           gint64     utc_seconds)
{
  return g_time_zone_get_offset (tz, g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL,
                                                                utc_seconds));
}

/* The instant the zone's offset changes, between @before (old offset) and
 * @after (new offset), to the second. */
static gint64
find_change (GTimeZone *tz,
             gint64     before,
             gint64     after)
{
  gint32 old_offset = offset_at (tz, before);

  while (after - before > 1)
    {
      gint64 mid = before + (after - before) / 2;

      if (offset_at (tz, mid) == old_offset)
        before = mid;
      else
        after = mid;
    }

  return after;
}

/**
 * patella_reminder_fire_on_day:
 * @day: a local day
 * @minute_of_day: the reminder's local time, minutes after midnight
 * @tz: (nullable): the user's zone; %NULL for the local zone
 *
 * Returns: the instant, UTC µs, the reminder fires on @day: the first time
 *   the wall clock shows @minute_of_day that day, or the moment the clocks
 *   jump over it
 */
gint64
patella_reminder_fire_on_day (const char *day,
                              guint       minute_of_day,
                              GTimeZone  *tz)
{
  g_autoptr(GTimeZone) local = NULL;
  guint32 julian = patella_local_day_to_julian (day);
  gint64 wall;
  gint32 offsets[2];
  gint64 best = G_MAXINT64;
  gint64 lo = G_MAXINT64;
  gint64 hi = G_MININT64;

  g_return_val_if_fail (julian != 0, 0);
  g_return_val_if_fail (minute_of_day < PATELLA_REMINDER_MINUTES_PER_DAY, 0);

  if (tz == NULL)
    tz = local = g_time_zone_new_local ();

  /* The wall time as if it were UTC; 719163 is 1970-01-01's Julian day. */
  wall = ((gint64) julian - 719163) * SECONDS_PER_DAY + (gint64) minute_of_day * 60;

  /* The offsets in force a day either side cover any change on this day. */
  offsets[0] = offset_at (tz, wall - SECONDS_PER_DAY);
  offsets[1] = offset_at (tz, wall + SECONDS_PER_DAY);

  for (guint i = 0; i < G_N_ELEMENTS (offsets); i++)
    {
      gint64 utc = wall - offsets[i];

      /* Real only if the zone has that offset at that instant. */
      if (offset_at (tz, utc) == offsets[i])
        best = MIN (best, utc);
      lo = MIN (lo, utc);
      hi = MAX (hi, utc);
    }

  if (best == G_MAXINT64)
    best = find_change (tz, lo, hi);

  return best * G_USEC_PER_SEC;
}

/**
 * patella_reminder_next_fire:
 * @program: the program, with its training weekdays
 * @minute_of_day: the reminder's local time, minutes after midnight
 * @today_done: today's session is finished, so no reminder today
 * @now_usec: now, UTC µs
 * @tz: (nullable): the user's zone; %NULL for the local zone
 * @fire_usec: (out): the next instant to fire, UTC µs, after @now_usec
 *
 * The next reminder on a training day of the program. An instant equal to
 * @now_usec is in the past, so calling this as the reminder fires gives the
 * next one. Rest days, today once its session is done, and the days after
 * the program's last day get none.
 *
 * Returns: %FALSE, leaving @fire_usec alone, when no reminder is left
 */
gboolean
patella_reminder_next_fire (const PatellaProgram *program,
                            guint                 minute_of_day,
                            gboolean              today_done,
                            gint64                now_usec,
                            GTimeZone            *tz,
                            gint64               *fire_usec)
{
  g_autoptr(GTimeZone) local = NULL;
  char today[PATELLA_LOCAL_DAY_LEN + 1];
  char day[PATELLA_LOCAL_DAY_LEN + 1];
  char next[PATELLA_LOCAL_DAY_LEN + 1];

  g_return_val_if_fail (program != NULL, FALSE);
  g_return_val_if_fail (minute_of_day < PATELLA_REMINDER_MINUTES_PER_DAY, FALSE);
  g_return_val_if_fail (fire_usec != NULL, FALSE);

  if (tz == NULL)
    tz = local = g_time_zone_new_local ();

  patella_local_day_for_instant (now_usec, tz, today);
  memcpy (day, today, sizeof day);

  for (;;)
    {
      if (patella_program_is_training_day (program, day) &&
          !(today_done && strcmp (day, today) == 0))
        {
          gint64 when = patella_reminder_fire_on_day (day, minute_of_day, tz);

          if (when > now_usec)
            {
              *fire_usec = when;
              return TRUE;
            }
        }

      if (!patella_program_next_training_day (program, day, next))
        return FALSE;
      memcpy (day, next, sizeof day);
    }
}
