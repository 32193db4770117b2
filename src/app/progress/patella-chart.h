/* patella-chart.h: one chart widget for every Progress chart, drawn in snapshot
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-chart-math.h"
#include "patella-chart-series.h"

G_BEGIN_DECLS

typedef enum
{
  PATELLA_CHART_POINTS,     /* a marker per day with a value */
  PATELLA_CHART_LINE,       /* a line through the values, broken at gaps */
  PATELLA_CHART_BARS,       /* bars; several bar layers stack in the order added */
  PATELLA_CHART_HLINE,      /* values[0] across the chart */
  PATELLA_CHART_BAND,       /* values[0] to values[1], shaded across the chart */
  PATELLA_CHART_FLAGS,      /* a mark at the top on days with a value */
} PatellaChartKind;

typedef enum
{
  PATELLA_CHART_COLOR_ACCENT,
  PATELLA_CHART_COLOR_SECOND,    /* orange: apart from the accent for colour-blind eyes too */
  PATELLA_CHART_COLOR_THIRD,     /* purple */
  PATELLA_CHART_COLOR_FOURTH,    /* green */
  PATELLA_CHART_COLOR_FIFTH,     /* brown */
  PATELLA_CHART_COLOR_NEUTRAL,   /* the text colour */
  PATELLA_CHART_COLOR_WARNING,   /* the error colour */
  PATELLA_CHART_COLOR_GOOD,      /* the success colour, for bands */
} PatellaChartColor;

typedef enum
{
  PATELLA_CHART_MARK_NONE,
  PATELLA_CHART_MARK_CIRCLE,
  PATELLA_CHART_MARK_SQUARE,     /* hollow */
  PATELLA_CHART_MARK_DIAMOND,
  PATELLA_CHART_MARK_TRIANGLE,
} PatellaChartMark;

/* How a day's slot is drawn under bars. */
typedef enum
{
  PATELLA_CHART_SLOT_NORMAL,
  PATELLA_CHART_SLOT_PARTIAL,    /* lighter bars with a dashed outline */
  PATELLA_CHART_SLOT_EMPTY,      /* a missed planned day: an empty dashed slot */
} PatellaChartSlot;

#define PATELLA_TYPE_CHART (patella_chart_get_type ())
G_DECLARE_FINAL_TYPE (PatellaChart, patella_chart, PATELLA, CHART, GtkWidget)

void          patella_chart_set_days        (PatellaChart           *self,
                                             guint32                 first_julian,
                                             guint                   n_days);
void          patella_chart_set_numbered    (PatellaChart           *self,
                                             guint                   first_number,
                                             guint                   n_slots,
                                             const char             *slot_name);
guint         patella_chart_get_n_slots     (PatellaChart           *self);
void          patella_chart_set_y_axis      (PatellaChart           *self,
                                             const PatellaAxis      *axis);
void          patella_chart_add_layer       (PatellaChart           *self,
                                             PatellaChartKind        kind,
                                             const char             *name,
                                             const char             *value_format,
                                             const double           *values,
                                             PatellaChartColor       color,
                                             PatellaChartMark        mark,
                                             gboolean                dashed);
void          patella_chart_add_marker      (PatellaChart           *self,
                                             guint                   slot,
                                             const char             *label);
void          patella_chart_set_slots       (PatellaChart           *self,
                                             const PatellaChartSlot *slots);
void          patella_chart_set_calendar    (PatellaChart           *self,
                                             const PatellaDayStatus *status);
void          patella_chart_set_summary     (PatellaChart           *self,
                                             const char             *summary);
int           patella_chart_get_focus_slot  (PatellaChart           *self);
void          patella_chart_set_focus_slot  (PatellaChart           *self,
                                             int                     slot);
char         *patella_chart_describe_slot   (PatellaChart           *self,
                                             guint                   slot);
GskRenderNode *patella_chart_build_node     (PatellaChart           *self,
                                             int                     width,
                                             int                     height);

G_END_DECLS
