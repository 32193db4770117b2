/* patella-duration.c: lengths of time in words, exact or as an estimate
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-duration.h"

/**
 * patella_format_duration:
 * @usec: a length of time, rounded to the nearest second
 *
 * The exact form the plan, the session summary and Progress all use:
 * no zero parts, and seconds dropped once hours are shown.
 *
 * Returns: (transfer full): e.g. "45 s", "14 min", "13 min 40 s", "2 h",
 *   "2 h 10 min"
 */
char *
patella_format_duration (gint64 usec)
{
  gint64 seconds = (MAX (usec, 0) + G_USEC_PER_SEC / 2) / G_USEC_PER_SEC;
  guint hours = (guint) (seconds / 3600);
  guint minutes = (guint) (seconds % 3600 / 60);
  guint rest = (guint) (seconds % 60);

  if (hours > 0 && minutes == 0)
    /* Translators: a duration in whole hours, e.g. "2 h" */
    return g_strdup_printf (_("%u h"), hours);
  if (hours > 0)
    /* Translators: a duration in hours and minutes, e.g. "2 h 10 min" */
    return g_strdup_printf (_("%u h %u min"), hours, minutes);
  if (minutes == 0)
    /* Translators: a duration in seconds, e.g. "45 s" */
    return g_strdup_printf (_("%u s"), rest);
  if (rest == 0)
    /* Translators: a duration in whole minutes, e.g. "14 min" */
    return g_strdup_printf (_("%u min"), minutes);
  /* Translators: a duration in minutes and seconds, e.g. "13 min 40 s" */
  return g_strdup_printf (_("%u min %u s"), minutes, rest);
}

/**
 * patella_format_duration_estimate:
 *
 * Rounds to the nearest minute, never below one: a preview, not a clock.
 *
 * Returns: (transfer full): e.g. "about 14 min"
 */
char *
patella_format_duration_estimate (gint64 usec)
{
  gint64 minutes = (usec + 30 * G_USEC_PER_SEC) / (60 * G_USEC_PER_SEC);
  guint n = (guint)CLAMP (minutes, 1, G_MAXUINT);

  /* Translators: an estimate of how long a session lasts */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "about %u min", "about %u min", n), n);
}
