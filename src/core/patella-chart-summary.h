/* patella-chart-summary.h: each Progress chart in one sentence
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-chart-series.h"

G_BEGIN_DECLS

/* Fewer logged days than this is "sparse": the sentence says what to log. */
#define PATELLA_TREND_MIN_DAYS 3

char *patella_pain_trend_summary      (const double             *usual,
                                       guint                     n);
char *patella_chart_pain_summary      (const PatellaChartSeries *series);
char *patella_chart_work_summary      (const PatellaChartSeries *series);
char *patella_chart_adherence_summary (const PatellaChartSeries *series);
char *patella_chart_exercise_summary  (const PatellaChartSeries *series,
                                       guint                     exercise,
                                       const char               *name);
char *patella_chart_kujala_summary    (const PatellaChartSeries *series);

G_END_DECLS
