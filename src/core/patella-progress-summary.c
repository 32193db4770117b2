/* patella-progress-summary.c: the Progress page's charts in words
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * These texts are the charts for anyone who cannot see them, so they say
 * what a sighted reader would take from the lines: where pain started,
 * where it is now, and how much training lies between.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "patella-duration.h"
#include "patella-progress-summary.h"

guint
patella_progress_first_week (const PatellaDailySeries *series)
{
  g_return_val_if_fail (series != NULL, 0);

  return series->n_weeks > PATELLA_PROGRESS_MAX_WEEKS
         ? series->n_weeks - PATELLA_PROGRESS_MAX_WEEKS
         : 0;
}

guint
patella_progress_days_with_data (const PatellaDailySeries *series)
{
  guint n = 0;

  g_return_val_if_fail (series != NULL, 0);

  for (guint i = 0; i < series->n_days; i++)
    if (!isnan (series->pain_usual[i]) || series->sets[i] > 0
        || series->sessions_completed[i] > 0)
      n++;

  return n;
}

/* "down 1.5 points", "up 0.5 points" or "no change", to one decimal. */
static char *
describe_change (double from,
                 double to)
{
  double change = round ((to - from) * 10.0) / 10.0;

  if (change == 0.0)
    return g_strdup (_("no change"));
  if (change < 0)
    /* Translators: a fall in average pain on the 0 to 10 scale */
    return g_strdup_printf (_("down %.1f points"), -change);
  /* Translators: a rise in average pain on the 0 to 10 scale */
  return g_strdup_printf (_("up %.1f points"), change);
}

char *
patella_progress_pain_summary (const PatellaDailySeries *series)
{
  guint first_shown, from = G_MAXUINT, to = G_MAXUINT;
  g_autofree char *usual_change = NULL;
  g_autofree char *worst_change = NULL;

  g_return_val_if_fail (series != NULL, NULL);

  first_shown = patella_progress_first_week (series);
  for (guint w = first_shown; w < series->n_weeks; w++)
    if (!isnan (series->week_pain_usual[w]))
      {
        if (from == G_MAXUINT)
          from = w;
        to = w;
      }

  if (from == G_MAXUINT)
    return g_strdup (_("No knee pain was logged in these weeks."));

  if (from == to)
    /* Translators: average pain scores (0 to 10) in one week of the program */
    return g_strdup_printf (_("In week %u your usual pain averaged %.1f and your worst "
                              "pain %.1f, out of 10."),
                            from + 1, series->week_pain_usual[from],
                            series->week_pain_worst[from]);

  usual_change = describe_change (series->week_pain_usual[from], series->week_pain_usual[to]);
  worst_change = describe_change (series->week_pain_worst[from], series->week_pain_worst[to]);
  /* Translators: weekly averages of pain (0 to 10); the %s are changes such
   * as "down 1.5 points" */
  return g_strdup_printf (_("Your usual pain went from %.1f in week %u to %.1f in week %u "
                            "(%s). Your worst pain went from %.1f to %.1f (%s)."),
                          series->week_pain_usual[from], from + 1,
                          series->week_pain_usual[to], to + 1, usual_change,
                          series->week_pain_worst[from], series->week_pain_worst[to],
                          worst_change);
}

char *
patella_progress_training_summary (const PatellaDailySeries *series)
{
  guint first_shown, last, n_weeks, days = 0, reps = 0, hold_s = 0, first_day = 0;
  g_autofree char *total = NULL;
  g_autofree char *work = NULL;
  g_autofree char *held = NULL;

  g_return_val_if_fail (series != NULL, NULL);
  g_return_val_if_fail (series->n_weeks > 0, NULL);

  first_shown = patella_progress_first_week (series);
  last = series->n_weeks - 1;
  n_weeks = series->n_weeks - first_shown;
  for (guint w = 0; w < first_shown; w++)
    first_day += series->week_days[w];
  for (guint w = first_shown; w < series->n_weeks; w++)
    days += series->week_training_days[w];
  for (guint i = first_day; i < series->n_days; i++)
    {
      reps += series->reps[i];
      hold_s += series->hold_s[i];
    }

  if (days == 0)
    return g_strdup (_("No session was finished in these weeks yet."));

  total = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "You finished a session on %u day",
                                        "You finished a session on %u days", days),
                           days);
  /* Translators: follows "You finished a session on N days" */
  work = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s in %u week, %u of them in week %u.",
                                       "%s in %u weeks, %u of them in week %u.", n_weeks),
                          total, n_weeks, series->week_training_days[last], last + 1);
  if (reps == 0)
    return g_steal_pointer (&work);

  if (hold_s == 0)
    /* Translators: the %s is the sentence before */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s In all: %u rep.",
                                         "%s In all: %u reps.", reps),
                            work, reps);

  held = patella_format_duration ((gint64) hold_s * G_USEC_PER_SEC);
  /* Translators: the first %s is the sentence before; then a number of
   * repetitions and a time such as "14 min 5 s" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s In all: %u rep and %s of holds.",
                                       "%s In all: %u reps and %s of holds.", reps),
                          work, reps, held);
}
