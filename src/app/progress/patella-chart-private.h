/* patella-chart-private.h: the chart's state, shared by its widget and drawing files
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-chart.h"

G_BEGIN_DECLS

typedef struct
{
  PatellaChartKind  kind;
  char             *name;
  char             *format;
  double           *values;
  PatellaChartColor color;
  PatellaChartMark  mark;
  gboolean          dashed;
} PatellaChartLayer;

typedef struct
{
  guint slot;
  char *label;
} PatellaChartMarker;

struct _PatellaChart
{
  GtkWidget         parent_instance;

  guint32           first_julian;   /* 0: numbered slots, not days */
  guint             first_number;
  char             *slot_name;
  guint             n_slots;
  PatellaAxis       axis;
  GPtrArray        *layers;         /* PatellaChartLayer */
  GArray           *markers;        /* PatellaChartMarker */
  PatellaChartSlot *slots;
  PatellaDayStatus *calendar;       /* non-NULL: a calendar, not a plot */
  char             *summary;
  int               focus;          /* -1: none */
  double            pointer_x;      /* where the pointer entered or last moved */
  double            pointer_y;
  GtkWidget        *popover;
  GtkWidget        *popover_label;
};

/* A calendar: weekday names in a row above, week numbers in a column to
 * the left, then a square cell a day. */
#define PATELLA_CALENDAR_CELL_MAX 28.0
#define PATELLA_CALENDAR_TOP      22.0
#define PATELLA_CALENDAR_LEFT     40.0

/* Where the plot is, from the last drawing, for hit-testing and the popover. */
typedef struct
{
  double left, top, width, height;
} PatellaChartPlot;

void _patella_chart_draw (PatellaChart     *self,
                          GtkSnapshot      *snapshot,
                          int               width,
                          int               height,
                          PatellaChartPlot *plot);

G_END_DECLS
