/* patella-chart-math.c: the numbers behind a chart: means, baselines, axes, ticks, labels
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure functions, tested without a display (tests/test-chart-math.c): the
 * chart widget only turns their results into pixels.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "patella-chart-math.h"

/**
 * patella_rolling_mean:
 * @values: (array length=n): one value per day, NAN where none was logged
 * @n: the number of days
 * @window: the days a mean covers, ending on its day (7 for a weekly mean)
 * @min_values: the logged days a mean needs, or it is NAN
 * @out: (array length=n) (out caller-allocates): the means
 *
 * A trailing mean over a window of days that skips the days with nothing
 * logged instead of counting them as zero. Linear in @n.
 */
void
patella_rolling_mean (const double *values,
                      guint         n,
                      guint         window,
                      guint         min_values,
                      double       *out)
{
  double sum = 0;
  guint count = 0;

  g_return_if_fail (n == 0 || (values != NULL && out != NULL));
  g_return_if_fail (window > 0);

  min_values = MAX (min_values, 1);
  for (guint i = 0; i < n; i++)
    {
      if (!isnan (values[i]))
        {
          sum += values[i];
          count++;
        }
      if (i >= window && !isnan (values[i - window]))
        {
          sum -= values[i - window];
          count--;
        }
      out[i] = count >= min_values ? sum / count : NAN;
    }
}

/**
 * patella_baseline:
 * @values: (array length=n): one value per day from the program's start, NAN where none
 * @n: the number of days
 * @want: the logged days to average (%PATELLA_BASELINE_DAYS)
 * @n_used: (out) (optional): the logged days it averaged, fewer than @want early on
 *
 * Returns: the mean of the first @want logged days, or NAN if none is logged.
 */
double
patella_baseline (const double *values,
                  guint         n,
                  guint         want,
                  guint        *n_used)
{
  double sum = 0;
  guint used = 0;

  for (guint i = 0; i < n && used < want; i++)
    if (!isnan (values[i]))
      {
        sum += values[i];
        used++;
      }

  if (n_used != NULL)
    *n_used = used;
  return used > 0 ? sum / used : NAN;
}

/**
 * patella_change_classify:
 * @from: the earlier value (a baseline)
 * @to: the later value
 * @threshold: the smallest change that counts (2 pain points, 10 Kujala points)
 * @higher_is_better: %TRUE for a score, %FALSE for pain
 *
 * A change exactly at the threshold counts.
 *
 * Returns: whether @to is meaningfully better or worse than @from
 */
PatellaChange
patella_change_classify (double   from,
                         double   to,
                         double   threshold,
                         gboolean higher_is_better)
{
  double change;

  if (isnan (from) || isnan (to))
    return PATELLA_CHANGE_NONE;

  change = higher_is_better ? to - from : from - to;
  /* A hair under the threshold from rounding still counts. */
  if (change >= threshold - 1e-9)
    return PATELLA_CHANGE_BETTER;
  if (change <= -threshold + 1e-9)
    return PATELLA_CHANGE_WORSE;
  return PATELLA_CHANGE_NONE;
}

static double
nice_step (double raw)
{
  static const double mantissas[] = { 1, 2, 2.5, 5, 10 };
  double magnitude = pow (10, floor (log10 (raw)));

  for (guint i = 0; i < G_N_ELEMENTS (mantissas); i++)
    if (mantissas[i] * magnitude >= raw - 1e-12 * magnitude)
      return mantissas[i] * magnitude;
  return 10 * magnitude;
}

/**
 * patella_axis_range:
 * @lo: the smallest value to show (NAN when there is none)
 * @hi: the largest value to show
 * @max_ticks: at most this many ticks, at least 2
 * @from_zero: start at zero when every value is positive
 * @axis: (out caller-allocates): the range and its step
 *
 * A range that holds [@lo, @hi] with ends on a round step (1, 2, 2.5 or 5
 * times a power of ten). No data gives 0 to 1; one value gives a step around it.
 */
void
patella_axis_range (double       lo,
                    double       hi,
                    guint        max_ticks,
                    gboolean     from_zero,
                    PatellaAxis *axis)
{
  double step;

  g_return_if_fail (axis != NULL);

  max_ticks = MAX (max_ticks, 2);
  if (isnan (lo) || isnan (hi))
    lo = hi = 0;
  if (lo > hi)
    {
      double t = lo;
      lo = hi;
      hi = t;
    }
  if (from_zero && lo > 0)
    lo = 0;
  if (hi - lo < 1e-9)
    {
      if (hi == 0)
        hi = 1;
      else if (hi > 0 && from_zero)
        lo = 0;
      else
        {
          lo -= fabs (lo) * 0.5;
          hi += fabs (hi) * 0.5;
        }
    }

  step = nice_step ((hi - lo) / (max_ticks - 1));
  for (;;)
    {
      axis->min = floor (lo / step + 1e-9) * step;
      axis->max = ceil (hi / step - 1e-9) * step;
      axis->n_ticks = (guint) llround ((axis->max - axis->min) / step) + 1;
      if (axis->n_ticks <= max_ticks)
        break;
      step = nice_step (step * 1.01);
    }
  axis->step = step;
}

/**
 * patella_axis_range_counts:
 * @hi: the largest count (reps, seconds, points)
 * @max_ticks: at most this many ticks, or one more where a step of 2.5
 *   becomes 2
 * @axis: (out): the axis
 *
 * An axis from zero for whole numbers: no tick reads "7.5 reps".
 */
void
patella_axis_range_counts (double       hi,
                           guint        max_ticks,
                           PatellaAxis *axis)
{
  g_return_if_fail (axis != NULL);

  patella_axis_range (0, hi, max_ticks, TRUE, axis);
  if (axis->step >= 1 && fabs (axis->step - 2.5) > 1e-9)
    return;
  axis->step = axis->step < 1 ? 1 : 2;
  axis->max = MAX (axis->step, ceil (axis->max / axis->step - 1e-9) * axis->step);
  axis->n_ticks = (guint) llround ((axis->max - axis->min) / axis->step) + 1;
}

/**
 * patella_axis_normalise:
 * @axis: an axis
 * @value: a value on it
 *
 * Returns: @value as 0 (the axis' minimum) to 1 (its maximum), unclamped
 */
double
patella_axis_normalise (const PatellaAxis *axis,
                        double             value)
{
  double span = axis->max - axis->min;

  return span > 0 ? (value - axis->min) / span : 0.5;
}

static const PatellaDateStep date_steps[] = {
  { PATELLA_DATE_UNIT_DAY, 1 },
  { PATELLA_DATE_UNIT_DAY, 2 },
  { PATELLA_DATE_UNIT_WEEK, 1 },
  { PATELLA_DATE_UNIT_WEEK, 2 },
  { PATELLA_DATE_UNIT_MONTH, 1 },
  { PATELLA_DATE_UNIT_MONTH, 3 },
  { PATELLA_DATE_UNIT_MONTH, 6 },
  { PATELLA_DATE_UNIT_YEAR, 1 },
  { PATELLA_DATE_UNIT_YEAR, 2 },
  { PATELLA_DATE_UNIT_YEAR, 5 },
  { PATELLA_DATE_UNIT_YEAR, 10 },
  { PATELLA_DATE_UNIT_YEAR, 20 },
  { PATELLA_DATE_UNIT_YEAR, 50 },
  { PATELLA_DATE_UNIT_YEAR, 100 },
};

/* The ticks of one step, at most limit of them (then it stops counting). */
static guint
step_ticks (guint32                first,
            guint32                last,
            const PatellaDateStep *step,
            guint                  limit,
            guint32               *ticks,
            guint                  ticks_len)
{
  guint n = 0;
  GDate date;

  switch (step->unit)
    {
    case PATELLA_DATE_UNIT_DAY:
    case PATELLA_DATE_UNIT_WEEK:
      {
        /* From the first day on, so weeks fall on the program's weeks. */
        guint32 every = step->count * (step->unit == PATELLA_DATE_UNIT_WEEK ? 7 : 1);

        if ((last - first) / every + 1 > limit)
          return limit + 1;
        for (guint32 j = first; j <= last; j += every)
          {
            if (n < ticks_len)
              ticks[n] = j;
            n++;
          }
        return n;
      }
    case PATELLA_DATE_UNIT_MONTH:
    case PATELLA_DATE_UNIT_YEAR:
      {
        guint months = step->count * (step->unit == PATELLA_DATE_UNIT_YEAR ? 12 : 1);
        guint y, m, index;

        g_date_clear (&date, 1);
        g_date_set_julian (&date, first);
        y = g_date_get_year (&date);
        m = g_date_get_month (&date) - 1;
        /* Round up to the first whole step: the 1st of a month, or Jan 1 of
         * a year divisible by the step. */
        index = y * 12 + m + (g_date_get_day (&date) > 1 ? 1 : 0);
        index = (index + months - 1) / months * months;
        for (;; index += months)
          {
            guint32 j;

            if (index / 12 > 9999)
              break;
            g_date_clear (&date, 1);
            g_date_set_dmy (&date, 1, index % 12 + 1, index / 12);
            j = g_date_get_julian (&date);
            if (j > last)
              break;
            if (n < ticks_len)
              ticks[n] = j;
            if (++n > limit)
              return n;
          }
        return n;
      }
    default:
      g_assert_not_reached ();
    }
}

/**
 * patella_date_ticks:
 * @first: the first day shown, as a Julian day
 * @last: the last day shown
 * @max_ticks: at most this many ticks (the width decides)
 * @step: (out) (optional): the step chosen
 * @ticks: (array length=ticks_len) (out caller-allocates): the ticks' days
 * @ticks_len: the room in @ticks
 *
 * Chooses the finest step (1 or 2 days, 1 or 2 weeks from the first day,
 * 1, 3 or 6 months, 1, 2, 5, 10, 20 or 50 years) that gives at most
 * @max_ticks ticks, from one day to centuries. A range too short for any
 * whole month or year step falls back to its days and weeks.
 *
 * Returns: the number of ticks (at most @max_ticks, and at least 1)
 */
guint
patella_date_ticks (guint32          first,
                    guint32          last,
                    guint            max_ticks,
                    PatellaDateStep *step,
                    guint32         *ticks,
                    guint            ticks_len)
{
  g_return_val_if_fail (first <= last, 0);

  max_ticks = MAX (max_ticks, 1);
  for (guint i = 0; i < G_N_ELEMENTS (date_steps); i++)
    {
      guint n = step_ticks (first, last, &date_steps[i], max_ticks, NULL, 0);

      /* A month step with no whole month in the range says nothing. */
      if (n == 0 || n > max_ticks)
        continue;
      if (step != NULL)
        *step = date_steps[i];
      return step_ticks (first, last, &date_steps[i], max_ticks, ticks, MIN (ticks_len, max_ticks));
    }

  /* Nothing fits (one tick is too many for a long range): the first day. */
  if (step != NULL)
    *step = date_steps[G_N_ELEMENTS (date_steps) - 1];
  if (ticks_len > 0)
    ticks[0] = first;
  return 1;
}

/**
 * patella_date_tick_label:
 * @julian: a day
 * @unit: the step's unit: a day or week tick names the day, a month tick
 *   the month, a year tick the year
 * @with_year: add the year (at the first tick and where the year changes)
 *
 * Formatted from the calendar day at noon UTC, so the time zone and its
 * daylight-saving changes cannot shift it to the day before.
 *
 * Returns: (transfer full): the label
 */
char *
patella_date_tick_label (guint32         julian,
                         PatellaDateUnit unit,
                         gboolean        with_year)
{
  g_autoptr(GDateTime) noon = NULL;
  const char *format;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  noon = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date), 12, 0, 0);

  switch (unit)
    {
    case PATELLA_DATE_UNIT_DAY:
    case PATELLA_DATE_UNIT_WEEK:
      /* Translators: a chart's day tick, "Mar 29"; see g_date_time_format() */
      format = with_year ? _("%b %-d %Y") : C_("chart day", "%b %-d");
      break;
    case PATELLA_DATE_UNIT_MONTH:
      /* Translators: a chart's month tick, "Mar", or "Jan 2027" at a new year */
      format = with_year ? _("%b %Y") : C_("chart month", "%b");
      break;
    case PATELLA_DATE_UNIT_YEAR:
    default:
      format = "%Y";
      break;
    }

  return g_date_time_format (noon, format);
}

/**
 * patella_date_tick_labels:
 * @ticks: (array length=n): the ticks' days, in order
 * @n: how many
 * @unit: their step's unit
 *
 * The first label carries its year, and so does every label whose year
 * differs from the one before it (across a year end).
 *
 * Returns: (transfer full): a %NULL-terminated array of @n labels
 */
char **
patella_date_tick_labels (const guint32  *ticks,
                          guint           n,
                          PatellaDateUnit unit)
{
  char **labels = g_new0 (char *, n + 1);
  GDateYear previous = 0;

  for (guint i = 0; i < n; i++)
    {
      GDate date;
      GDateYear year;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, ticks[i]);
      year = g_date_get_year (&date);
      labels[i] = patella_date_tick_label (ticks[i], unit, i == 0 || year != previous);
      previous = year;
    }
  return labels;
}

static gboolean
try_stride (const double *centers,
            const double *widths,
            guint         n,
            double        left,
            double        right,
            double        gap,
            guint         stride,
            double       *starts)
{
  double end = -G_MAXDOUBLE;

  for (guint i = 0; i < n; i += stride)
    {
      double x = centers[i] - widths[i] / 2;

      if (widths[i] > right - left)
        return FALSE;
      /* Pulled in from the edges, never cut off. */
      x = CLAMP (x, left, right - widths[i]);
      if (x < end + gap)
        return FALSE;
      starts[i] = x;
      end = x + widths[i];
    }
  return TRUE;
}

/**
 * patella_place_labels:
 * @centers: (array length=n): where each label would be centred, in order
 * @widths: (array length=n): each label's width
 * @n: the number of labels
 * @left: the leftmost x a label may start at
 * @right: the rightmost x a label may end at
 * @gap: the least space between two labels
 * @shown: (array length=n) (out caller-allocates): whether each label is drawn
 * @starts: (array length=n) (out caller-allocates): where each shown label starts
 *
 * Shows every label if they fit, else every second, third, ... one (so the
 * shown ones stay evenly spaced), each pulled inside [@left, @right]: no two
 * shown labels overlap and none is cut off.
 *
 * Returns: how many labels are shown
 */
guint
patella_place_labels (const double *centers,
                      const double *widths,
                      guint         n,
                      double        left,
                      double        right,
                      double        gap,
                      gboolean     *shown,
                      double       *starts)
{
  guint count = 0;

  for (guint i = 0; i < n; i++)
    shown[i] = FALSE;

  for (guint stride = 1; stride <= n; stride++)
    if (try_stride (centers, widths, n, left, right, gap, stride, starts))
      {
        for (guint i = 0; i < n; i += stride)
          {
            shown[i] = TRUE;
            count++;
          }
        return count;
      }

  return 0;
}
