/* patella-chart-math.h: the numbers behind a chart: means, baselines, axes, ticks, labels
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A meaningful change on the 0-10 pain scale (Kujala: patella-kujala.h). */
#define PATELLA_PAIN_MEANINGFUL_CHANGE   2.0
/* Logged days the baseline is the mean of. */
#define PATELLA_BASELINE_DAYS            7

typedef enum
{
  PATELLA_CHANGE_NONE,      /* smaller than the meaningful change */
  PATELLA_CHANGE_BETTER,
  PATELLA_CHANGE_WORSE,
} PatellaChange;

void          patella_rolling_mean      (const double *values,
                                         guint         n,
                                         guint         window,
                                         guint         min_values,
                                         double       *out);
double        patella_baseline          (const double *values,
                                         guint         n,
                                         guint         want,
                                         guint        *n_used);
PatellaChange patella_change_classify   (double        from,
                                         double        to,
                                         double        threshold,
                                         gboolean      higher_is_better);

/* A value axis: min to max in steps, min and max on a step. */
typedef struct
{
  double min;
  double max;
  double step;
  guint  n_ticks;   /* min, min + step, ..., max */
} PatellaAxis;

void          patella_axis_range        (double        lo,
                                         double        hi,
                                         guint         max_ticks,
                                         gboolean      from_zero,
                                         PatellaAxis  *axis);
void          patella_axis_range_counts (double        hi,
                                         guint         max_ticks,
                                         PatellaAxis  *axis);
double        patella_axis_normalise    (const PatellaAxis *axis,
                                         double        value);

/* Date ticks: days are Julian day numbers (as GDate counts), never seconds,
 * so a daylight-saving change cannot move a tick. */
typedef enum
{
  PATELLA_DATE_UNIT_DAY,
  PATELLA_DATE_UNIT_WEEK,
  PATELLA_DATE_UNIT_MONTH,
  PATELLA_DATE_UNIT_YEAR,
} PatellaDateUnit;

typedef struct
{
  PatellaDateUnit unit;
  guint           count;     /* days, weeks, months or years between ticks */
} PatellaDateStep;

guint         patella_date_ticks        (guint32          first,
                                         guint32          last,
                                         guint            max_ticks,
                                         PatellaDateStep *step,
                                         guint32         *ticks,
                                         guint            ticks_len);
char         *patella_date_tick_label   (guint32          julian,
                                         PatellaDateUnit  unit,
                                         gboolean         with_year);
char        **patella_date_tick_labels  (const guint32   *ticks,
                                         guint            n,
                                         PatellaDateUnit  unit);

guint         patella_place_labels      (const double *centers,
                                         const double *widths,
                                         guint         n,
                                         double        left,
                                         double        right,
                                         double        gap,
                                         gboolean     *shown,
                                         double       *starts);

G_END_DECLS
