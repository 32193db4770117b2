/* patella-week-chart.h: one value or two per week, drawn as bars or lines
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef enum
{
  PATELLA_WEEK_CHART_LINES,
  PATELLA_WEEK_CHART_BARS,
} PatellaWeekChartKind;

#define PATELLA_TYPE_WEEK_CHART_KIND (patella_week_chart_kind_get_type ())
GType patella_week_chart_kind_get_type (void) G_GNUC_CONST;

#define PATELLA_TYPE_WEEK_CHART (patella_week_chart_get_type ())

G_DECLARE_FINAL_TYPE (PatellaWeekChart, patella_week_chart, PATELLA, WEEK_CHART, GtkWidget)

/* values and second (lines only; nullable) hold n_weeks values each, NAN
 * where there is none; they are copied. Weeks are labelled from
 * first_week_number on. */
void     patella_week_chart_set_weeks   (PatellaWeekChart *self,
                                         guint             first_week_number,
                                         guint             n_weeks,
                                         const double     *values,
                                         const double     *second,
                                         double            max_value);
guint    patella_week_chart_get_n_weeks (PatellaWeekChart *self);
/* The chart in words, for screen readers. */
void     patella_week_chart_set_summary (PatellaWeekChart *self,
                                         const char       *summary);

G_END_DECLS
