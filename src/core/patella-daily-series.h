/* patella-daily-series.h: per-day pain and training, and per-week adherence, over a range of days
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "patella-pain-entry.h"

G_BEGIN_DECLS

/* Inputs: light rows as the store reads them. Days are local "YYYY-MM-DD";
 * rows outside the range or with an invalid day are ignored. */
typedef struct
{
  char day[PATELLA_LOCAL_DAY_LEN + 1];
  int  usual;
  int  worst;
} PatellaSeriesPain;

typedef struct
{
  char     day[PATELLA_LOCAL_DAY_LEN + 1];   /* the local day the session started */
  gboolean completed; /* finished, not abandoned or still running */
  guint    sets;      /* what was done: abandoned sessions count here too */
  guint    reps;
  guint    hold_s;
} PatellaSeriesSession;

/* Plain arrays so a chart can read them directly. Weeks are 7-day blocks
 * counted from the first day (the program's week 1, 2, ...), not calendar
 * weeks; the last block may be shorter. */
typedef struct
{
  GDate   first;
  guint   n_days;
  double *pain_usual;          /* [n_days], NAN where nothing was logged */
  double *pain_worst;          /* [n_days], NAN where nothing was logged */
  guint  *sets;                /* [n_days] */
  guint  *reps;                /* [n_days] */
  guint  *hold_s;              /* [n_days] */
  guint  *sessions_completed;  /* [n_days] */

  guint   target_days_per_week;
  guint   n_weeks;
  guint  *week_days;           /* [n_weeks] days of the range in the block: 7, or fewer */
  guint  *week_training_days;  /* [n_weeks] days with a completed session */
  double *week_adherence;      /* [n_weeks] 0..1 against the target, pro rata */
  double *week_pain_usual;     /* [n_weeks] mean of logged days, NAN if none */
  double *week_pain_worst;     /* [n_weeks] mean of logged days, NAN if none */
} PatellaDailySeries;

/* Twenty years: more than a history can hold, little enough to allocate. */
#define PATELLA_DAILY_SERIES_MAX_DAYS 7305

#define PATELLA_TYPE_DAILY_SERIES (patella_daily_series_get_type ())
GType patella_daily_series_get_type (void) G_GNUC_CONST;

PatellaDailySeries *patella_daily_series_compute   (const GDate                *first,
                                                    const GDate                *last,
                                                    guint                       target_per_week,
                                                    const PatellaSeriesPain    *pain,
                                                    gsize                       n_pain,
                                                    const PatellaSeriesSession *sessions,
                                                    gsize                       n_sessions);
PatellaDailySeries *patella_daily_series_copy      (const PatellaDailySeries   *self);
void                patella_daily_series_free      (PatellaDailySeries         *self);

int                 patella_daily_series_day_index (const PatellaDailySeries   *self,
                                                    const char                 *day);
void                patella_daily_series_get_day   (const PatellaDailySeries   *self,
                                                    guint                       index,
                                                    char                        out[PATELLA_LOCAL_DAY_LEN + 1]);
double              patella_daily_series_mean      (const double               *values,
                                                    guint                       from,
                                                    guint                       to);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PatellaDailySeries, patella_daily_series_free)

G_END_DECLS
