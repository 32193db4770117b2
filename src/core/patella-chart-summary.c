/* patella-chart-summary.c: each Progress chart in one sentence
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sentence is also the chart's accessible description, so it says what
 * the chart shows, not how it looks. Sparse data gets a sentence saying what
 * to log to see more.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "patella-chart-math.h"
#include "patella-chart-summary.h"
#include "patella-kujala.h"

/* "3 weeks" from two weeks on, else "9 days". */
static char *
span_text (guint days)
{
  if (days >= 14)
    {
      guint weeks = (days + 3) / 7;

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week", "%u weeks", weeks), weeks);
    }
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day", "%u days", days), days);
}

/**
 * patella_pain_trend_summary:
 * @usual: (array length=n): usual pain per day, NAN where nothing was logged
 * @n: the number of days
 *
 * Compares the mean of the first logged week (up to 7 logged days) with the
 * mean of the last; with fewer than 14 logged days, the first half with the
 * second. A change of 2 points or more is called meaningful.
 *
 * Returns: (transfer full): one sentence
 */
char *
patella_pain_trend_summary (const double *usual,
                            guint         n)
{
  guint logged = 0, first = 0, last = 0, each, seen = 0;
  double from = 0, to = 0;
  g_autofree char *span = NULL;

  for (guint i = 0; i < n; i++)
    if (!isnan (usual[i]))
      {
        if (logged == 0)
          first = i;
        last = i;
        logged++;
      }

  if (logged == 0)
    return g_strdup (_("No pain logged in this range: log your usual and worst pain each day "
                       "to see how it changes."));
  if (logged < PATELLA_TREND_MIN_DAYS)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Pain logged on %u day so far: log it on a few more "
                                         "days to see a trend.",
                                         "Pain logged on %u days so far: log it on a few more "
                                         "days to see a trend.", logged), logged);

  each = MIN (PATELLA_BASELINE_DAYS, logged / 2);
  for (guint i = 0; i < n; i++)
    if (!isnan (usual[i]))
      {
        if (seen < each)
          from += usual[i];
        if (seen >= logged - each)
          to += usual[i];
        seen++;
      }
  from /= each;
  to /= each;
  span = span_text (last - first + 1);

  switch (patella_change_classify (from, to, PATELLA_PAIN_MEANINGFUL_CHANGE, FALSE))
    {
    case PATELLA_CHANGE_BETTER:
      /* Translators: "Pain fell from 6.1 to 3.4 on average over 3 weeks, ..." */
      return g_strdup_printf (_("Pain fell from %.1f to %.1f on average over %s, a meaningful "
                                "improvement."), from, to, span);
    case PATELLA_CHANGE_WORSE:
      return g_strdup_printf (_("Pain rose from %.1f to %.1f on average over %s: worth talking "
                                "to a physiotherapist."), from, to, span);
    case PATELLA_CHANGE_NONE:
    default:
      if (to <= from - 0.5)
        return g_strdup_printf (_("Pain fell from %.1f to %.1f on average over %s, not yet the "
                                  "2 points that make a meaningful change."), from, to, span);
      if (to >= from + 0.5)
        return g_strdup_printf (_("Pain rose slightly, from %.1f to %.1f on average over %s."),
                                from, to, span);
      return g_strdup_printf (_("Pain stayed about the same, around %.1f, over %s."), to, span);
    }
}

/**
 * patella_chart_pain_summary:
 * @series: a range's series
 *
 * Returns: (transfer full): the pain chart's sentence
 */
char *
patella_chart_pain_summary (const PatellaChartSeries *series)
{
  return patella_pain_trend_summary (series->usual, series->n_days);
}

/**
 * patella_chart_work_summary:
 * @series: a range's series
 *
 * Returns: (transfer full): the work chart's sentence
 */
char *
patella_chart_work_summary (const PatellaChartSeries *series)
{
  double total = 0;

  for (guint e = 0; e < PATELLA_CHART_N_EXERCISES; e++)
    for (guint i = 0; i < series->n_days; i++)
      total += series->work[e][i];

  if (series->sessions == 0)
    return g_strdup (_("No sessions in this range yet: do a session to see your work here."));
  if (series->planned == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u session in this range.",
                                         "%u sessions in this range.", series->sessions),
                            series->sessions);

  {
    g_autofree char *amount = series->work_as_hold
      ? g_strdup_printf (_("%.0f seconds of holds"), total)
      : g_strdup_printf (_("%.0f reps"), total);

    /* Translators: "Sessions on 20 of 24 planned days (2 of them partial), 3,100 reps in all." */
    return g_strdup_printf (_("Sessions on %u of %u planned days (%u partial, %u missed), %s "
                              "in all."),
                            series->done + series->partial, series->planned,
                            series->partial, series->missed, amount);
  }
}

/**
 * patella_chart_adherence_summary:
 * @series: a range's series
 *
 * Returns: (transfer full): the adherence calendar's sentence
 */
char *
patella_chart_adherence_summary (const PatellaChartSeries *series)
{
  if (series->planned == 0)
    return g_strdup (_("No training days planned in this range: set up the program on Today to "
                       "see your weeks here."));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u of %u planned days done; the current streak is "
                                       "%u planned day in a row.",
                                       "%u of %u planned days done; the current streak is "
                                       "%u planned days in a row.", series->streak),
                          series->done, series->planned, series->streak);
}

/**
 * patella_chart_exercise_summary:
 * @series: a range's series
 * @exercise: the exercise's index
 * @name: its name, translated
 *
 * Returns: (transfer full): the exercise chart's sentence
 */
char *
patella_chart_exercise_summary (const PatellaChartSeries *series,
                                guint                     exercise,
                                const char               *name)
{
  double first = NAN, last = NAN, target = NAN;
  gboolean hold = patella_chart_exercise_is_hold (exercise);

  g_return_val_if_fail (exercise < PATELLA_CHART_N_EXERCISES, NULL);

  for (guint i = 0; i < series->n_days; i++)
    {
      if (!isnan (series->best[exercise][i]))
        {
          if (isnan (first))
            first = series->best[exercise][i];
          last = series->best[exercise][i];
        }
      if (!isnan (series->target[exercise][i]))
        target = series->target[exercise][i];
    }

  if (isnan (first))
    return g_strdup_printf (_("%s: no sets in this range yet."), name);
  if (isnan (target))
    target = last;
  if (hold)
    /* Translators: "Wall squat: best hold 8 s, target 10 s; it started at 5 s." */
    return g_strdup_printf (_("%s: best hold %.0f s, target %.0f s; it started at %.0f s."),
                            name, last, target, first);
  return g_strdup_printf (_("%s: best set %.0f reps, target %.0f; it started at %.0f."),
                          name, last, target, first);
}

/**
 * patella_chart_kujala_summary:
 * @series: a range's series
 *
 * Returns: (transfer full): the Kujala chart's sentence
 */
char *
patella_chart_kujala_summary (const PatellaChartSeries *series)
{
  double last = NAN;

  for (guint i = 0; i < series->n_days; i++)
    if (!isnan (series->kujala[i]))
      last = series->kujala[i];

  if (isnan (series->kujala_first))
    return g_strdup (_("No Kujala score yet: fill in the questionnaire on Today every two weeks "
                       "to see it here."));
  if (isnan (last))
    return g_strdup_printf (_("No Kujala score in this range; the first was %.0f."),
                            series->kujala_first);

  switch (patella_change_classify (series->kujala_first, last,
                                   PATELLA_KUJALA_MEANINGFUL_CHANGE, TRUE))
    {
    case PATELLA_CHANGE_BETTER:
      return g_strdup_printf (_("Kujala score rose from %.0f to %.0f, a meaningful improvement "
                                "of 10 points or more."), series->kujala_first, last);
    case PATELLA_CHANGE_WORSE:
      return g_strdup_printf (_("Kujala score fell from %.0f to %.0f, a meaningful worsening."),
                              series->kujala_first, last);
    case PATELLA_CHANGE_NONE:
    default:
      if (series->n_kujala < 2 && last == series->kujala_first)
        return g_strdup_printf (_("Kujala score %.0f: fill in the questionnaire again in two "
                                  "weeks to see a change."), last);
      return g_strdup_printf (_("Kujala score %.0f, from %.0f at first: less than the 10 points "
                                "that make a meaningful change."), last, series->kujala_first);
    }
}
