/* patella-chart-draw.c: the chart's pixels, from series already computed in core
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As sysprof's charts do: values go through the axis to 0..1 (core's
 * patella_axis_normalise()) and only then to pixels; one-pixel lines sit on
 * floor () + .5 so they stay crisp. Ticks and which labels show come from
 * core's pure functions. Every series differs by its marker or dash as
 * well as its colour, so nothing is told by colour alone.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "patella-chart-private.h"

#define GAP 8.0
#define MARK 4.0

typedef struct
{
  PatellaChart     *self;
  cairo_t          *cr;
  GdkRGBA           fg;
  PatellaChartPlot  plot;
} Draw;

static void
chart_color (GtkWidget         *widget,
             PatellaChartColor  color,
             GdkRGBA           *rgba)
{
  static const char * const names[] = {
    [PATELLA_CHART_COLOR_ACCENT] = "accent_color",
    [PATELLA_CHART_COLOR_SECOND] = "orange_4",
    [PATELLA_CHART_COLOR_THIRD] = "purple_3",
    [PATELLA_CHART_COLOR_FOURTH] = "green_4",
    [PATELLA_CHART_COLOR_FIFTH] = "brown_2",
    [PATELLA_CHART_COLOR_NEUTRAL] = NULL,
    [PATELLA_CHART_COLOR_WARNING] = "error_color",
    [PATELLA_CHART_COLOR_GOOD] = "success_color",
  };
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  /* libadwaita's named colours follow the dark style; the text colour if not. */
  if (names[color] == NULL || !gtk_style_context_lookup_color (context, names[color], rgba))
    gtk_style_context_get_color (context, rgba);
}

static double
slot_x (const Draw *d,
        double      slot)
{
  return d->plot.left + d->plot.width * (slot + 0.5) / d->self->n_slots;
}

static double
value_y (const Draw *d,
         double      value)
{
  double t = CLAMP (patella_axis_normalise (&d->self->axis, value), 0, 1);

  return d->plot.top + d->plot.height * (1 - t);
}

static double
crisp (double v)
{
  return floor (v) + 0.5;
}

static PangoLayout *
layout_new (GtkWidget  *widget,
            const char *text,
            int        *w,
            int        *h)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);

  pango_layout_get_pixel_size (layout, w, h);
  return layout;
}

static void
show_text (cairo_t     *cr,
           PangoLayout *layout,
           double       x,
           double       y)
{
  cairo_move_to (cr, round (x), round (y));
  pango_cairo_show_layout (cr, layout);
}

static void
draw_mark (cairo_t          *cr,
           PatellaChartMark  mark,
           double            x,
           double            y,
           double            r)
{
  cairo_set_dash (cr, NULL, 0, 0);
  switch (mark)
    {
    case PATELLA_CHART_MARK_CIRCLE:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case PATELLA_CHART_MARK_SQUARE:
      cairo_set_line_width (cr, 1.5);
      cairo_rectangle (cr, x - r + 0.75, y - r + 0.75, 2 * r - 1.5, 2 * r - 1.5);
      cairo_stroke (cr);
      break;
    case PATELLA_CHART_MARK_DIAMOND:
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r, y);
      cairo_line_to (cr, x, y + r);
      cairo_line_to (cr, x - r, y);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case PATELLA_CHART_MARK_TRIANGLE:
      cairo_move_to (cr, x, y + r);
      cairo_line_to (cr, x + r * 1.2, y - r);
      cairo_line_to (cr, x - r * 1.2, y - r);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case PATELLA_CHART_MARK_NONE:
    default:
      break;
    }
}

static void
set_line (cairo_t  *cr,
          double    width,
          gboolean  dashed)
{
  static const double dash[] = { 6.0, 4.0 };

  cairo_set_line_width (cr, width);
  cairo_set_dash (cr, dashed ? dash : NULL, dashed ? 2 : 0, 0);
}

/* The legend: a sample and the name of each named layer, wrapping. */
static double
draw_legend (Draw *d,
             int   width)
{
  GtkWidget *widget = GTK_WIDGET (d->self);
  double x = 0, y = 0, bottom = 0;

  for (guint i = 0; i < d->self->layers->len; i++)
    {
      PatellaChartLayer *layer = g_ptr_array_index (d->self->layers, i);
      g_autoptr(PangoLayout) layout = NULL;
      GdkRGBA color;
      int w, h;

      if (layer->name == NULL)
        continue;
      layout = layout_new (widget, layer->name, &w, &h);
      if (x > 0 && x + 28 + w > width)
        {
          x = 0;
          y = bottom + 2;
        }
      chart_color (widget, layer->color, &color);
      gdk_cairo_set_source_rgba (d->cr, &color);
      switch (layer->kind)
        {
        case PATELLA_CHART_BARS:
          cairo_rectangle (d->cr, x + 4, y + h / 2.0 - 6, 14, 12);
          cairo_fill (d->cr);
          break;
        case PATELLA_CHART_BAND:
          cairo_set_source_rgba (d->cr, color.red, color.green, color.blue, 0.3);
          cairo_rectangle (d->cr, x, y + h / 2.0 - 6, 22, 12);
          cairo_fill (d->cr);
          break;
        case PATELLA_CHART_LINE:
        case PATELLA_CHART_HLINE:
          set_line (d->cr, 2, layer->dashed);
          cairo_move_to (d->cr, x, crisp (y + h / 2.0));
          cairo_line_to (d->cr, x + 22, crisp (y + h / 2.0));
          cairo_stroke (d->cr);
          G_GNUC_FALLTHROUGH;
        case PATELLA_CHART_POINTS:
        case PATELLA_CHART_FLAGS:
        default:
          draw_mark (d->cr, layer->mark, x + 11, y + h / 2.0, MARK);
          break;
        }
      gdk_cairo_set_source_rgba (d->cr, &d->fg);
      show_text (d->cr, layout, x + 28, y);
      x += 28 + w + 2 * GAP;
      bottom = MAX (bottom, y + h);
    }

  return bottom > 0 ? bottom + GAP : 0;
}

static char *
slot_label (PatellaChart   *self,
            guint           slot)
{
  return g_strdup_printf ("%u", self->first_number + slot);
}

/* Labels under the plot: dates from core's ticks, or slot numbers. */
static void
draw_x_labels (Draw *d,
               int   width,
               double y)
{
  PatellaChart *self = d->self;
  GtkWidget *widget = GTK_WIDGET (self);
  guint max_ticks = MAX (1, (guint) (d->plot.width / 48));
  g_autofree guint32 *ticks = g_new (guint32, MAX (max_ticks, self->n_slots));
  g_auto(GStrv) labels = NULL;
  guint n;

  if (self->first_julian != 0)
    {
      PatellaDateStep step;

      n = patella_date_ticks (self->first_julian, self->first_julian + self->n_slots - 1,
                              max_ticks, &step, ticks, max_ticks);
      labels = patella_date_tick_labels (ticks, n, step.unit);
      for (guint i = 0; i < n; i++)
        ticks[i] -= self->first_julian;
    }
  else
    {
      n = self->n_slots;
      labels = g_new0 (char *, n + 1);
      for (guint i = 0; i < n; i++)
        {
          ticks[i] = i;
          labels[i] = slot_label (self, i);
        }
    }

  {
    g_autofree double *centers = g_new (double, n);
    g_autofree double *widths = g_new (double, n);
    g_autofree double *starts = g_new (double, n);
    g_autofree gboolean *shown = g_new (gboolean, n);
    g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < n; i++)
      {
        int w, h;

        g_ptr_array_add (layouts, layout_new (widget, labels[i], &w, &h));
        centers[i] = slot_x (d, ticks[i]);
        widths[i] = w;
      }
    patella_place_labels (centers, widths, n, 0, width, GAP, shown, starts);
    cairo_set_source_rgba (d->cr, d->fg.red, d->fg.green, d->fg.blue, d->fg.alpha * 0.75);
    for (guint i = 0; i < n; i++)
      if (shown[i])
        {
          show_text (d->cr, g_ptr_array_index (layouts, i), starts[i], y);
          cairo_rectangle (d->cr, floor (centers[i]), d->plot.top + d->plot.height, 1, 4);
          cairo_fill (d->cr);
        }
  }
}

static void
draw_layers (Draw *d)
{
  PatellaChart *self = d->self;
  GtkWidget *widget = GTK_WIDGET (self);
  g_autofree double *stack = g_new0 (double, self->n_slots);
  double slot_w = d->plot.width / self->n_slots;
  double bar_w = MAX (1, MIN (slot_w * 0.7, 40));

  /* Empty and partial slots under the bars. */
  if (self->slots != NULL)
    for (guint i = 0; i < self->n_slots; i++)
      if (self->slots[i] == PATELLA_CHART_SLOT_EMPTY)
        {
          double x = slot_x (d, i) - bar_w / 2;
          cairo_set_source_rgba (d->cr, d->fg.red, d->fg.green, d->fg.blue, 0.5);
          set_line (d->cr, 1, TRUE);
          cairo_rectangle (d->cr, crisp (x), crisp (d->plot.top + d->plot.height * 0.6),
                           floor (bar_w) - 1, floor (d->plot.height * 0.4) - 1);
          cairo_stroke (d->cr);
        }

  for (guint l = 0; l < self->layers->len; l++)
    {
      PatellaChartLayer *layer = g_ptr_array_index (self->layers, l);
      gboolean drawing = FALSE;
      GdkRGBA color;

      chart_color (widget, layer->color, &color);
      gdk_cairo_set_source_rgba (d->cr, &color);
      switch (layer->kind)
        {
        case PATELLA_CHART_BAND:
          {
            double y0 = value_y (d, layer->values[1]), y1 = value_y (d, layer->values[0]);

            cairo_set_source_rgba (d->cr, color.red, color.green, color.blue, 0.18);
            cairo_rectangle (d->cr, d->plot.left, y0, d->plot.width, y1 - y0);
            cairo_fill (d->cr);
          }
          break;
        case PATELLA_CHART_HLINE:
          set_line (d->cr, 2, layer->dashed);
          cairo_move_to (d->cr, d->plot.left, crisp (value_y (d, layer->values[0])));
          cairo_line_to (d->cr, d->plot.left + d->plot.width, crisp (value_y (d, layer->values[0])));
          cairo_stroke (d->cr);
          break;
        case PATELLA_CHART_LINE:
          set_line (d->cr, 2.5, layer->dashed);
          cairo_set_line_join (d->cr, CAIRO_LINE_JOIN_ROUND);
          for (guint i = 0; i < self->n_slots; i++)
            {
              if (isnan (layer->values[i]))
                {
                  drawing = FALSE;
                  continue;
                }
              if (drawing)
                cairo_line_to (d->cr, slot_x (d, i), value_y (d, layer->values[i]));
              else
                cairo_move_to (d->cr, slot_x (d, i), value_y (d, layer->values[i]));
              drawing = TRUE;
            }
          cairo_stroke (d->cr);
          G_GNUC_FALLTHROUGH;
        case PATELLA_CHART_POINTS:
          {
            /* Small marks only where points crowd: four Kujala scores on
             * a narrow chart of many days still need to be seen. */
            guint n_points = 0;
            double size;

            for (guint i = 0; i < self->n_slots; i++)
              n_points += !isnan (layer->values[i]);
            size = slot_w < 6 && n_points * 12.0 > d->plot.width ? 2 : MARK;
            for (guint i = 0; i < self->n_slots; i++)
              if (!isnan (layer->values[i]))
                draw_mark (d->cr, layer->mark, slot_x (d, i), value_y (d, layer->values[i]), size);
          }
          break;
        case PATELLA_CHART_FLAGS:
          for (guint i = 0; i < self->n_slots; i++)
            if (!isnan (layer->values[i]))
              draw_mark (d->cr, layer->mark, slot_x (d, i), d->plot.top + MARK, MARK + 1);
          break;
        case PATELLA_CHART_BARS:
          for (guint i = 0; i < self->n_slots; i++)
            {
              double v = layer->values[i], y0, y1;
              gboolean partial = self->slots != NULL
                                 && self->slots[i] == PATELLA_CHART_SLOT_PARTIAL;

              if (isnan (v) || v <= 0)
                continue;
              y0 = value_y (d, stack[i]);
              y1 = value_y (d, stack[i] + v);
              stack[i] += v;
              cairo_set_source_rgba (d->cr, color.red, color.green, color.blue,
                                     partial ? 0.45 : 1.0);
              cairo_rectangle (d->cr, slot_x (d, i) - bar_w / 2, y1, bar_w, y0 - y1);
              cairo_fill (d->cr);
              if (partial)
                {
                  gdk_cairo_set_source_rgba (d->cr, &d->fg);
                  set_line (d->cr, 1, TRUE);
                  cairo_rectangle (d->cr, crisp (slot_x (d, i) - bar_w / 2), crisp (y1),
                                   floor (bar_w) - 1, floor (y0 - y1));
                  cairo_stroke (d->cr);
                }
            }
          break;
        default:
          break;
        }
    }
}

static void
draw_markers (Draw *d)
{
  GtkWidget *widget = GTK_WIDGET (d->self);

  for (guint m = 0; m < d->self->markers->len; m++)
    {
      PatellaChartMarker *marker = &g_array_index (d->self->markers, PatellaChartMarker, m);
      double x = crisp (d->plot.left + d->plot.width * marker->slot / d->self->n_slots);
      g_autoptr(PangoLayout) layout = NULL;
      int w, h;

      cairo_set_source_rgba (d->cr, d->fg.red, d->fg.green, d->fg.blue, 0.6);
      set_line (d->cr, 1, TRUE);
      cairo_move_to (d->cr, x, d->plot.top);
      cairo_line_to (d->cr, x, d->plot.top + d->plot.height);
      cairo_stroke (d->cr);
      layout = layout_new (widget, marker->label, &w, &h);
      pango_layout_set_attributes (layout, NULL);
      /* Beside the line, inside the plot; never cut off on the right. */
      show_text (d->cr, layout, MIN (x + 3, d->plot.left + d->plot.width - w), d->plot.top + 2);
    }
}

/* Weeks start on the program's first day, which need not be a Monday,
 * so each column is named after its weekday. */
static void
draw_weekday_names (Draw   *d,
                    double  cell)
{
  GtkWidget *widget = GTK_WIDGET (d->self);
  char *names[7] = { NULL };
  gboolean narrow = FALSE;

  for (guint c = 0; c < 7; c++)
    {
      g_autoptr(GDateTime) day = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      GDate date;
      int tw, th;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, d->self->first_julian + c);
      day = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                                 g_date_get_day (&date), 12, 0, 0);
      names[c] = g_date_time_format (day, "%a");
      layout = layout_new (widget, names[c], &tw, &th);
      narrow |= tw > cell - 4;
    }
  for (guint c = 0; c < 7; c++)
    {
      /* "Mo Tu We" in every column once one short name fills its cell. */
      g_autofree char *text = narrow ? g_utf8_substring (names[c], 0, 2) : g_strdup (names[c]);
      g_autoptr(PangoLayout) layout = NULL;
      int tw, th;

      layout = layout_new (widget, text, &tw, &th);
      show_text (d->cr, layout, d->plot.left + c * cell + (cell - tw) / 2,
                 PATELLA_CALENDAR_TOP - th - 2);
      g_free (names[c]);
    }
}

static void
draw_calendar (Draw *d,
               int   width,
               int   height)
{
  PatellaChart *self = d->self;
  GtkWidget *widget = GTK_WIDGET (self);
  guint weeks = (self->n_slots + 6) / 7;
  double cell = MIN (PATELLA_CALENDAR_CELL_MAX,
                     MIN ((width - PATELLA_CALENDAR_LEFT) / 7,
                          (height - PATELLA_CALENDAR_TOP - 4.0) / MAX (weeks, 1)));
  GdkRGBA accent;

  chart_color (widget, PATELLA_CHART_COLOR_ACCENT, &accent);
  d->plot.left = PATELLA_CALENDAR_LEFT;
  d->plot.top = PATELLA_CALENDAR_TOP;
  d->plot.width = cell * 7;
  d->plot.height = cell * weeks;
  cairo_set_source_rgba (d->cr, d->fg.red, d->fg.green, d->fg.blue, 0.7);

  if (self->first_julian != 0)
    draw_weekday_names (d, cell);

  for (guint w = 0; w < weeks; w++)
    {
      g_autofree char *text = g_strdup_printf (_("W%u"), w + 1);
      g_autoptr(PangoLayout) layout = NULL;
      int tw, th;

      layout = layout_new (widget, text, &tw, &th);
      show_text (d->cr, layout, 0, d->plot.top + w * cell + (cell - th) / 2);
    }

  for (guint i = 0; i < self->n_slots; i++)
    {
      double x = d->plot.left + (i % 7) * cell + cell / 2;
      double y = d->plot.top + (i / 7) * cell + cell / 2;
      double r = cell * 0.36;

      switch (self->calendar[i])
        {
        case PATELLA_DAY_DONE:
        case PATELLA_DAY_EXTRA:
          gdk_cairo_set_source_rgba (d->cr, &accent);
          cairo_arc (d->cr, x, y, self->calendar[i] == PATELLA_DAY_DONE ? r : r * 0.6, 0, 2 * G_PI);
          cairo_fill (d->cr);
          break;
        case PATELLA_DAY_PARTIAL:
          /* Half a disc and its outline. */
          gdk_cairo_set_source_rgba (d->cr, &accent);
          cairo_arc (d->cr, x, y, r, G_PI / 2, 3 * G_PI / 2);
          cairo_fill (d->cr);
          set_line (d->cr, 1.5, FALSE);
          cairo_arc (d->cr, x, y, r - 0.75, 0, 2 * G_PI);
          cairo_stroke (d->cr);
          break;
        case PATELLA_DAY_MISSED:
          /* An empty ring with a cross. */
          cairo_set_source_rgba (d->cr, d->fg.red, d->fg.green, d->fg.blue, 0.8);
          set_line (d->cr, 1.5, FALSE);
          cairo_arc (d->cr, x, y, r - 0.75, 0, 2 * G_PI);
          cairo_stroke (d->cr);
          cairo_move_to (d->cr, x - r / 2, y - r / 2);
          cairo_line_to (d->cr, x + r / 2, y + r / 2);
          cairo_move_to (d->cr, x + r / 2, y - r / 2);
          cairo_line_to (d->cr, x - r / 2, y + r / 2);
          cairo_stroke (d->cr);
          break;
        case PATELLA_DAY_PENDING:
          cairo_set_source_rgba (d->cr, d->fg.red, d->fg.green, d->fg.blue, 0.8);
          set_line (d->cr, 1.5, TRUE);
          cairo_arc (d->cr, x, y, r - 0.75, 0, 2 * G_PI);
          cairo_stroke (d->cr);
          break;
        case PATELLA_DAY_REST:
          cairo_set_source_rgba (d->cr, d->fg.red, d->fg.green, d->fg.blue, 0.4);
          cairo_arc (d->cr, x, y, 2, 0, 2 * G_PI);
          cairo_fill (d->cr);
          break;
        case PATELLA_DAY_OUTSIDE:
        default:
          break;
        }
    }
}

static void
draw_focus (Draw *d)
{
  PatellaChart *self = d->self;
  double x, y, w, h;

  if (self->focus < 0 || (guint) self->focus >= self->n_slots)
    return;

  if (self->calendar != NULL)
    {
      double cell = d->plot.width / 7;

      x = d->plot.left + (self->focus % 7) * cell;
      y = d->plot.top + (self->focus / 7) * cell;
      w = h = cell;
    }
  else
    {
      w = MAX (d->plot.width / self->n_slots, 3);
      x = slot_x (d, self->focus) - w / 2;
      y = d->plot.top;
      h = d->plot.height;
    }
  gdk_cairo_set_source_rgba (d->cr, &d->fg);
  set_line (d->cr, 1, FALSE);
  cairo_set_source_rgba (d->cr, d->fg.red, d->fg.green, d->fg.blue, 0.12);
  cairo_rectangle (d->cr, x, y, w, h);
  cairo_fill (d->cr);
}

void
_patella_chart_draw (PatellaChart     *self,
                     GtkSnapshot      *snapshot,
                     int               width,
                     int               height,
                     PatellaChartPlot *plot)
{
  GtkWidget *widget = GTK_WIDGET (self);
  Draw d = { .self = self };
  double top, label_w = 0;
  int tw, th = 0;

  if (self->n_slots == 0 || width <= 0 || height <= 0)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &d.fg);
  d.cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (self->calendar != NULL)
    {
      draw_calendar (&d, width, height);
      draw_focus (&d);
      goto done;
    }

  top = draw_legend (&d, width);

  /* Room at the left for the widest value label, below for the dates. */
  for (guint t = 0; t < self->axis.n_ticks; t++)
    {
      g_autofree char *text = g_strdup_printf ("%g", self->axis.min + t * self->axis.step);
      g_autoptr(PangoLayout) layout = layout_new (widget, text, &tw, &th);

      label_w = MAX (label_w, tw);
    }
  d.plot.left = label_w + GAP;
  d.plot.top = top + th / 2.0;
  d.plot.width = width - d.plot.left - GAP;
  d.plot.height = height - d.plot.top - th - GAP;
  if (d.plot.width <= 10 || d.plot.height <= 10)
    goto done;

  for (guint t = 0; t < self->axis.n_ticks; t++)
    {
      double v = self->axis.min + t * self->axis.step;
      double y = crisp (value_y (&d, v));
      g_autofree char *text = g_strdup_printf ("%g", v);
      g_autoptr(PangoLayout) layout = layout_new (widget, text, &tw, &th);

      cairo_set_source_rgba (d.cr, d.fg.red, d.fg.green, d.fg.blue, t == 0 ? 0.4 : 0.12);
      set_line (d.cr, 1, FALSE);
      cairo_move_to (d.cr, d.plot.left, y);
      cairo_line_to (d.cr, d.plot.left + d.plot.width, y);
      cairo_stroke (d.cr);
      cairo_set_source_rgba (d.cr, d.fg.red, d.fg.green, d.fg.blue, 0.75);
      show_text (d.cr, layout, d.plot.left - GAP - tw, y - th / 2.0);
    }

  draw_focus (&d);
  draw_layers (&d);
  draw_markers (&d);
  draw_x_labels (&d, width, d.plot.top + d.plot.height + GAP / 2);

done:
  cairo_destroy (d.cr);
  if (plot != NULL)
    *plot = d.plot;
}
