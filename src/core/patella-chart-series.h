/* patella-chart-series.h: what Progress's charts draw, per day, from the diary's rows
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "patella-pain-entry.h"
#include "patella-program.h"

G_BEGIN_DECLS

/* The core exercises, in session order, as patella_catalogue_get_core_ids(). */
#define PATELLA_CHART_N_EXERCISES 5

typedef enum
{
  PATELLA_DAY_OUTSIDE,   /* before or after the program, nothing done */
  PATELLA_DAY_REST,      /* a program day that is not a training day */
  PATELLA_DAY_DONE,      /* a training day with a completed session */
  PATELLA_DAY_PARTIAL,   /* a training day with a partial or abandoned session */
  PATELLA_DAY_MISSED,    /* a training day gone by with no session */
  PATELLA_DAY_PENDING,   /* today, a training day, nothing yet */
  PATELLA_DAY_EXTRA,     /* a session on a rest day or outside the program */
} PatellaDayStatus;

typedef enum
{
  PATELLA_CHART_RANGE_PROGRAM,   /* the program's start to today (the default) */
  PATELLA_CHART_RANGE_2_WEEKS,
  PATELLA_CHART_RANGE_6_WEEKS,
  PATELLA_CHART_RANGE_ALL,       /* the first day logged to today */
} PatellaChartRange;

/* Light rows, as the store reads them (src/store/patella-store-charts.c). */
typedef struct
{
  char  day[PATELLA_LOCAL_DAY_LEN + 1];
  int   usual;
  int   worst;
  guint signs;   /* PatellaWarningSign */
} PatellaChartPain;

typedef struct
{
  char     day[PATELLA_LOCAL_DAY_LEN + 1];
  gboolean completed;   /* else partial or abandoned */
} PatellaChartSession;

typedef struct
{
  char        day[PATELLA_LOCAL_DAY_LEN + 1];
  const char *exercise_id;   /* interned */
  int         reps_done;
  int         hold_s_done;
  int         pain_during;   /* -1: not asked */
} PatellaChartSet;

typedef struct
{
  char day[PATELLA_LOCAL_DAY_LEN + 1];
  int  score;
} PatellaChartScore;

typedef struct
{
  char        day[PATELLA_LOCAL_DAY_LEN + 1];
  const char *exercise_id;   /* interned */
  gboolean    progression;   /* an accepted (or edited) proposal */
  int         reps;
  int         hold_s;
} PatellaChartDose;

typedef struct
{
  gboolean        has_program;
  PatellaProgram  program;
  char            first_day[PATELLA_LOCAL_DAY_LEN + 1];  /* first day logged, "" if none */
  GArray         *pain;      /* PatellaChartPain, by day */
  GArray         *sessions;  /* PatellaChartSession, by day */
  GArray         *sets;      /* PatellaChartSet, by day */
  GArray         *scores;    /* PatellaChartScore (Kujala), by day */
  GArray         *doses;     /* PatellaChartDose, by day */
} PatellaChartRows;

/* Plain arrays of n_days, NAN where there is nothing. */
typedef struct
{
  guint32           first;       /* Julian day */
  guint             n_days;
  guint             today;       /* index of today, may be n_days - 1 */
  gboolean          work_as_hold;

  double           *usual;
  double           *worst;
  double           *during;      /* mean pain during the day's sets */
  double           *mean7;       /* rolling 7-day mean of usual pain */
  gboolean         *warning;
  double            baseline;    /* NAN without a program start or entries */
  guint             baseline_days;
  int               week_marker[2];  /* day index after 2 and 6 weeks, or -1 */
  guint             days_logged;

  PatellaDayStatus *status;
  double           *work[PATELLA_CHART_N_EXERCISES];     /* reps, or hold seconds */
  double           *best[PATELLA_CHART_N_EXERCISES];     /* best set of the day */
  double           *target[PATELLA_CHART_N_EXERCISES];   /* the dose then */
  gboolean         *progressed[PATELLA_CHART_N_EXERCISES];
  double           *kujala;
  guint             n_kujala;
  double            kujala_first;   /* the first score ever, NAN if none */

  guint             planned;     /* training days up to today, in the range */
  guint             done;
  guint             partial;
  guint             missed;
  guint             sessions;    /* days with any session in the range */
  guint             streak;      /* planned days done in a row, to today */
} PatellaChartSeries;

#define PATELLA_TYPE_CHART_SERIES (patella_chart_series_get_type ())
GType patella_chart_series_get_type (void) G_GNUC_CONST;

void                patella_chart_rows_clear        (PatellaChartRows        *rows);
gboolean            patella_chart_range_days        (const PatellaChartRows  *rows,
                                                     PatellaChartRange        range,
                                                     const char              *today,
                                                     guint32                 *first,
                                                     guint32                 *last);
PatellaChartSeries *patella_chart_series_compute    (const PatellaChartRows  *rows,
                                                     guint32                  first,
                                                     guint32                  last,
                                                     const char              *today,
                                                     gboolean                 work_as_hold);
PatellaChartSeries *patella_chart_series_copy       (const PatellaChartSeries *self);
void                patella_chart_series_free       (PatellaChartSeries      *self);
gboolean            patella_chart_exercise_is_hold  (guint                    exercise);
guint               patella_chart_streak            (const PatellaDayStatus  *status,
                                                     guint                    n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PatellaChartSeries, patella_chart_series_free)

G_END_DECLS
