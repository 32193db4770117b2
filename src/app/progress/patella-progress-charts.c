/* patella-progress-charts.c: each Progress chart filled from a range's series
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each function sets up one PatellaChart from core's series and returns its
 * one-sentence summary, which is also set as the chart's description.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "patella-catalogue.h"
#include "patella-chart-summary.h"
#include "patella-exercise.h"
#include "patella-kujala.h"
#include "patella-progress-charts.h"

static char *
finish (PatellaChart *chart,
        char         *summary)
{
  patella_chart_set_summary (chart, summary);
  return summary;
}

/**
 * patella_progress_show_pain:
 * @chart: the pain chart
 * @series: the range's series
 * @with_during: add pain during exercise as a lighter series
 *
 * Returns: (transfer full): the chart's summary
 */
char *
patella_progress_show_pain (PatellaChart             *chart,
                            const PatellaChartSeries *series,
                            gboolean                  with_during)
{
  g_autofree double *flags = g_new (double, series->n_days);
  PatellaAxis axis = { 0, 10, 2, 6 };

  patella_chart_set_days (chart, series->first, series->n_days);
  patella_chart_set_y_axis (chart, &axis);
  if (!isnan (series->baseline))
    {
      double band[2] = { MAX (series->baseline - PATELLA_PAIN_MEANINGFUL_CHANGE, 0),
                         series->baseline };

      patella_chart_add_layer (chart, PATELLA_CHART_BAND, _("2 points below baseline"), NULL,
                               band, PATELLA_CHART_COLOR_GOOD, PATELLA_CHART_MARK_NONE, FALSE);
      patella_chart_add_layer (chart, PATELLA_CHART_HLINE, _("Baseline"), NULL,
                               &series->baseline, PATELLA_CHART_COLOR_NEUTRAL,
                               PATELLA_CHART_MARK_NONE, TRUE);
    }
  if (with_during)
    patella_chart_add_layer (chart, PATELLA_CHART_POINTS, _("During exercise"), "%.1f",
                             series->during, PATELLA_CHART_COLOR_THIRD,
                             PATELLA_CHART_MARK_DIAMOND, FALSE);
  patella_chart_add_layer (chart, PATELLA_CHART_POINTS, _("Worst"), "%.0f", series->worst,
                           PATELLA_CHART_COLOR_SECOND, PATELLA_CHART_MARK_SQUARE, FALSE);
  patella_chart_add_layer (chart, PATELLA_CHART_POINTS, _("Usual"), "%.0f", series->usual,
                           PATELLA_CHART_COLOR_ACCENT, PATELLA_CHART_MARK_CIRCLE, FALSE);
  patella_chart_add_layer (chart, PATELLA_CHART_LINE, _("7-day mean"), "%.1f", series->mean7,
                           PATELLA_CHART_COLOR_ACCENT, PATELLA_CHART_MARK_NONE, FALSE);
  for (guint i = 0; i < series->n_days; i++)
    flags[i] = series->warning[i] ? 1 : NAN;
  patella_chart_add_layer (chart, PATELLA_CHART_FLAGS, _("Warning sign"), "", flags,
                           PATELLA_CHART_COLOR_WARNING, PATELLA_CHART_MARK_TRIANGLE, FALSE);
  if (series->week_marker[0] >= 0)
    patella_chart_add_marker (chart, series->week_marker[0], _("2 weeks"));
  if (series->week_marker[1] >= 0)
    patella_chart_add_marker (chart, series->week_marker[1], _("6 weeks"));

  return finish (chart, patella_chart_pain_summary (series));
}

/**
 * patella_progress_show_work:
 * @chart: the work chart
 * @series: the range's series
 *
 * Returns: (transfer full): the chart's summary
 */
char *
patella_progress_show_work (PatellaChart             *chart,
                            const PatellaChartSeries *series)
{
  static const PatellaChartColor colors[] = {
    PATELLA_CHART_COLOR_ACCENT, PATELLA_CHART_COLOR_SECOND, PATELLA_CHART_COLOR_THIRD,
    PATELLA_CHART_COLOR_FOURTH, PATELLA_CHART_COLOR_FIFTH,
  };
  const char * const *ids = patella_catalogue_get_core_ids ();
  g_autofree PatellaChartSlot *slots = g_new (PatellaChartSlot, series->n_days);
  double top = 0;
  PatellaAxis axis;

  patella_chart_set_days (chart, series->first, series->n_days);
  for (guint i = 0; i < series->n_days; i++)
    {
      double day = 0;

      for (guint e = 0; e < PATELLA_CHART_N_EXERCISES; e++)
        day += series->work[e][i];
      top = MAX (top, day);
      slots[i] = series->status[i] == PATELLA_DAY_MISSED ? PATELLA_CHART_SLOT_EMPTY
               : series->status[i] == PATELLA_DAY_PARTIAL ? PATELLA_CHART_SLOT_PARTIAL
               : PATELLA_CHART_SLOT_NORMAL;
    }
  patella_axis_range_counts (top, 5, &axis);
  patella_chart_set_y_axis (chart, &axis);
  patella_chart_set_slots (chart, slots);
  for (guint e = 0; e < PATELLA_CHART_N_EXERCISES; e++)
    {
      PatellaExercise *exercise = patella_catalogue_lookup (patella_catalogue_get_default (),
                                                            ids[e]);

      patella_chart_add_layer (chart, PATELLA_CHART_BARS, patella_exercise_get_name (exercise),
                               "%.0f", series->work[e], colors[e], PATELLA_CHART_MARK_NONE, FALSE);
    }

  return finish (chart, patella_chart_work_summary (series));
}

/**
 * patella_progress_show_adherence:
 * @chart: the adherence calendar
 * @series: the range's series
 *
 * Returns: (transfer full): the chart's summary
 */
char *
patella_progress_show_adherence (PatellaChart             *chart,
                                 const PatellaChartSeries *series)
{
  patella_chart_set_days (chart, series->first, series->n_days);
  patella_chart_set_calendar (chart, series->status);

  return finish (chart, patella_chart_adherence_summary (series));
}

/**
 * patella_progress_show_exercise:
 * @chart: one exercise's chart
 * @series: the range's series
 * @exercise: the exercise's index
 *
 * Returns: (transfer full): the chart's summary
 */
char *
patella_progress_show_exercise (PatellaChart             *chart,
                                const PatellaChartSeries *series,
                                guint                     exercise)
{
  const char *id = patella_catalogue_get_core_ids ()[exercise];
  PatellaExercise *ex = patella_catalogue_lookup (patella_catalogue_get_default (), id);
  g_autofree double *progressed = g_new (double, series->n_days);
  gboolean hold = patella_chart_exercise_is_hold (exercise);
  double top = 0;
  PatellaAxis axis;

  patella_chart_set_days (chart, series->first, series->n_days);
  for (guint i = 0; i < series->n_days; i++)
    {
      if (!isnan (series->best[exercise][i]))
        top = MAX (top, series->best[exercise][i]);
      if (!isnan (series->target[exercise][i]))
        top = MAX (top, series->target[exercise][i]);
      progressed[i] = series->progressed[exercise][i] ? 1 : NAN;
    }
  patella_axis_range_counts (top, 5, &axis);
  patella_chart_set_y_axis (chart, &axis);
  patella_chart_add_layer (chart, PATELLA_CHART_LINE, _("Target"), hold ? "%.0f s" : "%.0f",
                           series->target[exercise], PATELLA_CHART_COLOR_NEUTRAL,
                           PATELLA_CHART_MARK_NONE, TRUE);
  patella_chart_add_layer (chart, PATELLA_CHART_POINTS,
                           hold ? _("Best hold") : _("Best set"), hold ? "%.0f s" : "%.0f",
                           series->best[exercise], PATELLA_CHART_COLOR_ACCENT,
                           PATELLA_CHART_MARK_CIRCLE, FALSE);
  patella_chart_add_layer (chart, PATELLA_CHART_FLAGS, _("Progression"), "", progressed,
                           PATELLA_CHART_COLOR_GOOD, PATELLA_CHART_MARK_DIAMOND, FALSE);

  return finish (chart, patella_chart_exercise_summary (series, exercise,
                                                        patella_exercise_get_name (ex)));
}

/**
 * patella_progress_show_kujala:
 * @chart: the Kujala chart
 * @series: the range's series
 *
 * Returns: (transfer full): the chart's summary
 */
char *
patella_progress_show_kujala (PatellaChart             *chart,
                              const PatellaChartSeries *series)
{
  PatellaAxis axis = { 0, 100, 20, 6 };

  patella_chart_set_days (chart, series->first, series->n_days);
  patella_chart_set_y_axis (chart, &axis);
  if (!isnan (series->kujala_first))
    {
      double band[2] = { series->kujala_first,
                         MIN (series->kujala_first + PATELLA_KUJALA_MEANINGFUL_CHANGE, 100) };

      patella_chart_add_layer (chart, PATELLA_CHART_BAND, _("Less than 10 points of change"),
                               NULL, band, PATELLA_CHART_COLOR_GOOD, PATELLA_CHART_MARK_NONE, FALSE);
      patella_chart_add_layer (chart, PATELLA_CHART_HLINE, _("First score"), NULL,
                               &series->kujala_first, PATELLA_CHART_COLOR_NEUTRAL,
                               PATELLA_CHART_MARK_NONE, TRUE);
    }
  patella_chart_add_layer (chart, PATELLA_CHART_POINTS, _("Kujala score"), "%.0f",
                           series->kujala, PATELLA_CHART_COLOR_ACCENT,
                           PATELLA_CHART_MARK_SQUARE, FALSE);

  return finish (chart, patella_chart_kujala_summary (series));
}
