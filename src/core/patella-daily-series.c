/* patella-daily-series.c: per-day pain and training, and per-week adherence, over a range of days
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "patella-daily-series.h"
#include "patella-pain-entry.h"

G_DEFINE_BOXED_TYPE (PatellaDailySeries, patella_daily_series,
                     patella_daily_series_copy, patella_daily_series_free)

static void
alloc_arrays (PatellaDailySeries *self)
{
  self->pain_usual = g_new (double, self->n_days);
  self->pain_worst = g_new (double, self->n_days);
  self->sets = g_new0 (guint, self->n_days);
  self->reps = g_new0 (guint, self->n_days);
  self->hold_s = g_new0 (guint, self->n_days);
  self->sessions_completed = g_new0 (guint, self->n_days);
  self->week_days = g_new0 (guint, self->n_weeks);
  self->week_training_days = g_new0 (guint, self->n_weeks);
  self->week_adherence = g_new0 (double, self->n_weeks);
  self->week_pain_usual = g_new (double, self->n_weeks);
  self->week_pain_worst = g_new (double, self->n_weeks);
}

static int
index_of_julian (const PatellaDailySeries *self,
                 guint32                   julian)
{
  guint32 first = g_date_get_julian (&self->first);

  if (julian == 0 || julian < first || julian - first >= self->n_days)
    return -1;

  return (int) (julian - first);
}

/* Pure: the same rows always give the same series. A day logged twice (it
 * cannot happen in the store, which keeps one entry per day) keeps the last
 * row; sessions on the same day add up. */
PatellaDailySeries *
patella_daily_series_compute (const GDate                *first,
                              const GDate                *last,
                              guint                       target_per_week,
                              const PatellaSeriesPain    *pain,
                              gsize                       n_pain,
                              const PatellaSeriesSession *sessions,
                              gsize                       n_sessions)
{
  PatellaDailySeries *self;
  guint32 j0, j1;

  g_return_val_if_fail (first != NULL && g_date_valid (first), NULL);
  g_return_val_if_fail (last != NULL && g_date_valid (last), NULL);
  g_return_val_if_fail (target_per_week >= 1 && target_per_week <= 7, NULL);
  g_return_val_if_fail (pain != NULL || n_pain == 0, NULL);
  g_return_val_if_fail (sessions != NULL || n_sessions == 0, NULL);

  j0 = g_date_get_julian (first);
  j1 = g_date_get_julian (last);
  g_return_val_if_fail (j1 >= j0 && j1 - j0 < PATELLA_DAILY_SERIES_MAX_DAYS, NULL);

  self = g_new0 (PatellaDailySeries, 1);
  self->first = *first;
  self->n_days = j1 - j0 + 1;
  self->n_weeks = (self->n_days + 6) / 7;
  self->target_days_per_week = target_per_week;
  alloc_arrays (self);

  for (guint i = 0; i < self->n_days; i++)
    self->pain_usual[i] = self->pain_worst[i] = NAN;

  for (gsize i = 0; i < n_pain; i++)
    {
      int idx = index_of_julian (self, patella_local_day_to_julian (pain[i].day));

      if (idx < 0)
        continue;
      self->pain_usual[idx] = pain[i].usual;
      self->pain_worst[idx] = pain[i].worst;
    }

  for (gsize i = 0; i < n_sessions; i++)
    {
      int idx = index_of_julian (self, patella_local_day_to_julian (sessions[i].day));

      if (idx < 0)
        continue;
      self->sets[idx] += sessions[i].sets;
      self->reps[idx] += sessions[i].reps;
      self->hold_s[idx] += sessions[i].hold_s;
      if (sessions[i].completed)
        self->sessions_completed[idx]++;
    }

  for (guint w = 0; w < self->n_weeks; w++)
    {
      guint from = w * 7;
      guint to = MIN (from + 7, self->n_days);
      double expected;

      self->week_days[w] = to - from;
      for (guint i = from; i < to; i++)
        if (self->sessions_completed[i] > 0)
          self->week_training_days[w]++;

      /* A short last block is judged against its share of the target, so
       * three days into a week with two sessions done reads as on track. */
      expected = target_per_week * (double) self->week_days[w] / 7.0;
      self->week_adherence[w] = MIN (1.0, self->week_training_days[w] / expected);
      self->week_pain_usual[w] = patella_daily_series_mean (self->pain_usual, from, to);
      self->week_pain_worst[w] = patella_daily_series_mean (self->pain_worst, from, to);
    }

  return self;
}

PatellaDailySeries *
patella_daily_series_copy (const PatellaDailySeries *self)
{
  PatellaDailySeries *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
#define DUP(field, n) copy->field = g_memdup2 (self->field, sizeof self->field[0] * (n))
  DUP (pain_usual, self->n_days);
  DUP (pain_worst, self->n_days);
  DUP (sets, self->n_days);
  DUP (reps, self->n_days);
  DUP (hold_s, self->n_days);
  DUP (sessions_completed, self->n_days);
  DUP (week_days, self->n_weeks);
  DUP (week_training_days, self->n_weeks);
  DUP (week_adherence, self->n_weeks);
  DUP (week_pain_usual, self->n_weeks);
  DUP (week_pain_worst, self->n_weeks);
#undef DUP

  return copy;
}

void
patella_daily_series_free (PatellaDailySeries *self)
{
  if (self == NULL)
    return;

  g_free (self->pain_usual);
  g_free (self->pain_worst);
  g_free (self->sets);
  g_free (self->reps);
  g_free (self->hold_s);
  g_free (self->sessions_completed);
  g_free (self->week_days);
  g_free (self->week_training_days);
  g_free (self->week_adherence);
  g_free (self->week_pain_usual);
  g_free (self->week_pain_worst);
  g_free (self);
}

/* -1 when the day is outside the range or not a day. */
int
patella_daily_series_day_index (const PatellaDailySeries *self,
                                const char               *day)
{
  g_return_val_if_fail (self != NULL, -1);

  return index_of_julian (self, patella_local_day_to_julian (day));
}

void
patella_daily_series_get_day (const PatellaDailySeries *self,
                              guint                     index,
                              char                      out[PATELLA_LOCAL_DAY_LEN + 1])
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->n_days);

  patella_local_day_from_julian (g_date_get_julian (&self->first) + index, out);
}

/* Mean of values[from..to), skipping NAN (days without an entry); NAN when
 * there is nothing to average, so "no data" never reads as "no pain". */
double
patella_daily_series_mean (const double *values,
                           guint         from,
                           guint         to)
{
  double sum = 0;
  guint n = 0;

  for (guint i = from; i < to; i++)
    if (!isnan (values[i]))
      {
        sum += values[i];
        n++;
      }

  return n > 0 ? sum / n : NAN;
}
