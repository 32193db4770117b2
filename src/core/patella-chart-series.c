/* patella-chart-series.c: what Progress's charts draw, per day, from the diary's rows
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Linear in the rows and the days of the range: rows are sorted by day, so
 * each is placed by its Julian day, never searched for.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "patella-catalogue.h"
#include "patella-chart-math.h"
#include "patella-chart-series.h"

G_DEFINE_BOXED_TYPE (PatellaChartSeries, patella_chart_series,
                     patella_chart_series_copy, patella_chart_series_free)

/**
 * patella_chart_rows_clear:
 * @rows: rows read by the store
 *
 * Frees the arrays; @rows itself may be on the stack.
 */
void
patella_chart_rows_clear (PatellaChartRows *rows)
{
  g_clear_pointer (&rows->pain, g_array_unref);
  g_clear_pointer (&rows->sessions, g_array_unref);
  g_clear_pointer (&rows->sets, g_array_unref);
  g_clear_pointer (&rows->scores, g_array_unref);
  g_clear_pointer (&rows->doses, g_array_unref);
}

/**
 * patella_chart_exercise_is_hold:
 * @exercise: an index into the core exercises
 *
 * The wall squat progresses by its hold (5 s toward 10 s); the others by reps.
 *
 * Returns: whether the exercise's chart shows hold seconds
 */
gboolean
patella_chart_exercise_is_hold (guint exercise)
{
  const char * const *ids = patella_catalogue_get_core_ids ();

  return exercise < PATELLA_CHART_N_EXERCISES && g_strcmp0 (ids[exercise], "wall-squat") == 0;
}

static int
exercise_index (const char *id)
{
  const char * const *ids = patella_catalogue_get_core_ids ();

  for (guint i = 0; i < PATELLA_CHART_N_EXERCISES && ids[i] != NULL; i++)
    if (g_strcmp0 (ids[i], id) == 0)
      return i;
  return -1;
}

/**
 * patella_chart_range_days:
 * @rows: the diary's rows
 * @range: which days
 * @today: today's local day
 * @first: (out): the range's first day, Julian
 * @last: (out): its last day, today
 *
 * The program's range starts at the program's start (or the first day
 * logged when there is no program); all time starts at the earlier of the
 * two. A start after today (a program set up for tomorrow) shows today.
 *
 * Returns: %FALSE when @today is not a day
 */
gboolean
patella_chart_range_days (const PatellaChartRows *rows,
                          PatellaChartRange       range,
                          const char             *today,
                          guint32                *first,
                          guint32                *last)
{
  guint32 end = patella_local_day_to_julian (today);
  guint32 logged = rows->first_day[0] ? patella_local_day_to_julian (rows->first_day) : 0;
  guint32 start = rows->has_program ? patella_local_day_to_julian (rows->program.start_day) : 0;
  guint32 begin;

  if (end == 0)
    return FALSE;

  switch (range)
    {
    case PATELLA_CHART_RANGE_2_WEEKS:
      begin = end > 13 ? end - 13 : 1;
      break;
    case PATELLA_CHART_RANGE_6_WEEKS:
      begin = end > 41 ? end - 41 : 1;
      break;
    case PATELLA_CHART_RANGE_ALL:
      begin = logged != 0 && (start == 0 || logged < start) ? logged : start;
      break;
    case PATELLA_CHART_RANGE_PROGRAM:
    default:
      /* With no program, the default is what a program would show: six
       * weeks, never the whole diary, so opening Progress costs the same
       * after years of entries. */
      if (start != 0)
        begin = start;
      else
        begin = MAX (logged, end > 41 ? end - 41 : 1);
      break;
    }

  if (begin == 0 || begin > end)
    begin = end;
  *first = begin;
  *last = end;
  return TRUE;
}

/* The rows' index of the first with day >= from (rows sorted by day). */
static guint
first_row (GArray  *rows,
           gsize    size,
           guint32  from)
{
  guint lo = 0, hi = rows != NULL ? rows->len : 0;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      const char *day = (const char *) (rows->data + mid * size);

      if (patella_local_day_to_julian (day) < from)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

#define FOR_ROWS(type, array, var, first, n)                                  \
  for (guint _i = first_row (array, sizeof (type), first);                   \
       array != NULL && _i < array->len; _i++)                                \
    for (const type *var = &g_array_index (array, type, _i); var; var = NULL) \
      if (patella_local_day_to_julian (var->day) - first >= n) {} else

static double *
nan_array (guint n)
{
  double *a = g_new (double, n);

  for (guint i = 0; i < n; i++)
    a[i] = NAN;
  return a;
}

/* Day states from the program and the sessions, over [first, first + n). */
static void
fill_status (const PatellaChartRows *rows,
             guint32                 first,
             guint                   n,
             guint32                 today,
             PatellaDayStatus       *status)
{
  g_autofree guint8 *session = g_new0 (guint8, n);
  guint32 start = 0, end = 0;

  if (rows->has_program)
    {
      start = patella_local_day_to_julian (rows->program.start_day);
      end = start + 7 * rows->program.n_weeks - 1;
    }

  FOR_ROWS (PatellaChartSession, rows->sessions, s, first, n)
    {
      guint i = patella_local_day_to_julian (s->day) - first;

      session[i] = MAX (session[i], s->completed ? 2 : 1);
    }

  for (guint i = 0; i < n; i++)
    {
      guint32 j = first + i;
      gboolean training = FALSE;

      if (start != 0 && j >= start && j <= end)
        {
          char day[PATELLA_LOCAL_DAY_LEN + 1];
          GDate date;

          g_date_clear (&date, 1);
          g_date_set_julian (&date, j);
          patella_local_day_from_date (&date, day);
          training = patella_program_is_training_day (&rows->program, day);
        }

      if (training)
        status[i] = session[i] == 2 ? PATELLA_DAY_DONE
                  : session[i] == 1 ? PATELLA_DAY_PARTIAL
                  : j < today ? PATELLA_DAY_MISSED
                  : j == today ? PATELLA_DAY_PENDING : PATELLA_DAY_OUTSIDE;
      else if (session[i] != 0)
        status[i] = PATELLA_DAY_EXTRA;
      else
        status[i] = start != 0 && j >= start && j <= end ? PATELLA_DAY_REST : PATELLA_DAY_OUTSIDE;
    }
}

/**
 * patella_chart_streak:
 * @status: (array length=n): the days up to and including today
 * @n: how many
 *
 * Planned days done in a row, counted back from today: rest days, extra
 * sessions and today still open neither count nor break it; a partial or
 * missed training day ends it.
 *
 * Returns: the streak
 */
guint
patella_chart_streak (const PatellaDayStatus *status,
                      guint                   n)
{
  guint streak = 0;

  for (guint i = n; i-- > 0;)
    switch (status[i])
      {
      case PATELLA_DAY_DONE:
        streak++;
        break;
      case PATELLA_DAY_PARTIAL:
      case PATELLA_DAY_MISSED:
        return streak;
      case PATELLA_DAY_OUTSIDE:
      case PATELLA_DAY_REST:
      case PATELLA_DAY_PENDING:
      case PATELLA_DAY_EXTRA:
      default:
        break;
      }
  return streak;
}

static void
compute_pain (PatellaChartSeries     *self,
              const PatellaChartRows *rows)
{
  g_autofree guint *n_during = g_new0 (guint, self->n_days);
  guint32 start = rows->has_program ? patella_local_day_to_julian (rows->program.start_day) : 0;

  FOR_ROWS (PatellaChartPain, rows->pain, p, self->first, self->n_days)
    {
      guint i = patella_local_day_to_julian (p->day) - self->first;

      self->usual[i] = p->usual;
      self->worst[i] = p->worst;
      self->warning[i] = p->signs != 0;
      self->days_logged++;
    }
  FOR_ROWS (PatellaChartSet, rows->sets, s, self->first, self->n_days)
    {
      guint i = patella_local_day_to_julian (s->day) - self->first;

      if (s->pain_during < 0)
        continue;
      self->during[i] = (isnan (self->during[i]) ? 0 : self->during[i] * n_during[i])
                        + s->pain_during;
      self->during[i] /= ++n_during[i];
    }
  patella_rolling_mean (self->usual, self->n_days, 7, 1, self->mean7);

  /* The baseline is the program's first week of entries, whatever the
   * range shows: read from the rows from the program's start. */
  self->baseline = NAN;
  if (start != 0 && rows->pain != NULL)
    {
      double sum = 0;

      for (guint i = first_row (rows->pain, sizeof (PatellaChartPain), start);
           i < rows->pain->len && self->baseline_days < PATELLA_BASELINE_DAYS; i++)
        {
          sum += g_array_index (rows->pain, PatellaChartPain, i).usual;
          self->baseline_days++;
        }
      if (self->baseline_days > 0)
        self->baseline = sum / self->baseline_days;
    }

  for (guint m = 0; m < 2; m++)
    {
      guint32 j = start + (m == 0 ? 14 : 42);

      self->week_marker[m] = start != 0 && j >= self->first && j < self->first + self->n_days
                             ? (int) (j - self->first) : -1;
    }
}

static void
compute_work (PatellaChartSeries     *self,
              const PatellaChartRows *rows)
{
  FOR_ROWS (PatellaChartSet, rows->sets, s, self->first, self->n_days)
    {
      guint i = patella_local_day_to_julian (s->day) - self->first;
      int e = exercise_index (s->exercise_id);
      double best;

      if (e < 0)
        continue;
      self->work[e][i] += self->work_as_hold ? s->hold_s_done : s->reps_done;
      best = patella_chart_exercise_is_hold (e) ? s->hold_s_done : s->reps_done;
      if (isnan (self->best[e][i]) || best > self->best[e][i])
        self->best[e][i] = best;
    }

  /* The target on each day is the last dose set on or before it. */
  if (rows->doses != NULL)
    for (guint e = 0; e < PATELLA_CHART_N_EXERCISES; e++)
      {
        double target = NAN;
        guint k = 0;

        for (guint i = 0; i < self->n_days; i++)
          {
            for (; k < rows->doses->len; k++)
              {
                const PatellaChartDose *d = &g_array_index (rows->doses, PatellaChartDose, k);
                guint32 j = patella_local_day_to_julian (d->day);

                if (j > self->first + i)
                  break;
                if (exercise_index (d->exercise_id) != (int) e)
                  continue;
                target = patella_chart_exercise_is_hold (e) ? d->hold_s : d->reps;
                if (d->progression && j == self->first + i)
                  self->progressed[e][i] = TRUE;
              }
            self->target[e][i] = target;
          }
      }
}

/**
 * patella_chart_series_compute:
 * @rows: the diary's rows, sorted by day
 * @first: the first day shown, Julian
 * @last: the last day shown (today, usually)
 * @today: today's local day
 * @work_as_hold: count hold seconds instead of reps in the work chart
 *
 * Returns: (transfer full): every chart's series for [@first, @last]
 */
PatellaChartSeries *
patella_chart_series_compute (const PatellaChartRows *rows,
                              guint32                 first,
                              guint32                 last,
                              const char             *today,
                              gboolean                work_as_hold)
{
  PatellaChartSeries *self = g_new0 (PatellaChartSeries, 1);
  guint32 today_j = patella_local_day_to_julian (today);
  guint n;

  g_return_val_if_fail (first <= last, NULL);

  n = self->n_days = last - first + 1;
  self->first = first;
  self->today = today_j >= first ? MIN (today_j - first, n - 1) : 0;
  self->work_as_hold = work_as_hold;
  self->usual = nan_array (n);
  self->worst = nan_array (n);
  self->during = nan_array (n);
  self->mean7 = nan_array (n);
  self->warning = g_new0 (gboolean, n);
  self->status = g_new0 (PatellaDayStatus, n);
  self->kujala = nan_array (n);
  for (guint e = 0; e < PATELLA_CHART_N_EXERCISES; e++)
    {
      self->work[e] = g_new0 (double, n);
      self->best[e] = nan_array (n);
      self->target[e] = nan_array (n);
      self->progressed[e] = g_new0 (gboolean, n);
    }

  compute_pain (self, rows);
  compute_work (self, rows);

  self->kujala_first = rows->scores != NULL && rows->scores->len > 0
                       ? g_array_index (rows->scores, PatellaChartScore, 0).score : NAN;
  FOR_ROWS (PatellaChartScore, rows->scores, q, first, n)
    {
      self->kujala[patella_local_day_to_julian (q->day) - first] = q->score;
      self->n_kujala++;
    }

  fill_status (rows, first, n, today_j, self->status);
  for (guint i = 0; i < n; i++)
    {
      PatellaDayStatus s = self->status[i];

      self->planned += s == PATELLA_DAY_DONE || s == PATELLA_DAY_PARTIAL || s == PATELLA_DAY_MISSED;
      self->done += s == PATELLA_DAY_DONE;
      self->partial += s == PATELLA_DAY_PARTIAL;
      self->missed += s == PATELLA_DAY_MISSED;
      self->sessions += s == PATELLA_DAY_DONE || s == PATELLA_DAY_PARTIAL || s == PATELLA_DAY_EXTRA;
    }

  /* The streak runs over the program to today, whatever the range shows. */
  if (rows->has_program && today_j != 0)
    {
      guint32 start = patella_local_day_to_julian (rows->program.start_day);

      if (start != 0 && start <= today_j)
        {
          guint span = today_j - start + 1;
          g_autofree PatellaDayStatus *all = g_new (PatellaDayStatus, span);

          fill_status (rows, start, span, today_j, all);
          self->streak = patella_chart_streak (all, span);
        }
    }

  return self;
}

#define DUP(field, type) copy->field = g_memdup2 (self->field, self->n_days * sizeof (type))

/**
 * patella_chart_series_copy:
 * @self: a series
 *
 * Returns: (transfer full): a deep copy
 */
PatellaChartSeries *
patella_chart_series_copy (const PatellaChartSeries *self)
{
  PatellaChartSeries *copy = g_memdup2 (self, sizeof *self);

  DUP (usual, double);
  DUP (worst, double);
  DUP (during, double);
  DUP (mean7, double);
  DUP (warning, gboolean);
  DUP (status, PatellaDayStatus);
  DUP (kujala, double);
  for (guint e = 0; e < PATELLA_CHART_N_EXERCISES; e++)
    {
      DUP (work[e], double);
      DUP (best[e], double);
      DUP (target[e], double);
      DUP (progressed[e], gboolean);
    }
  return copy;
}

/**
 * patella_chart_series_free:
 * @self: (nullable): a series
 */
void
patella_chart_series_free (PatellaChartSeries *self)
{
  if (self == NULL)
    return;

  g_free (self->usual);
  g_free (self->worst);
  g_free (self->during);
  g_free (self->mean7);
  g_free (self->warning);
  g_free (self->status);
  g_free (self->kujala);
  for (guint e = 0; e < PATELLA_CHART_N_EXERCISES; e++)
    {
      g_free (self->work[e]);
      g_free (self->best[e]);
      g_free (self->target[e]);
      g_free (self->progressed[e]);
    }
  g_free (self);
}
