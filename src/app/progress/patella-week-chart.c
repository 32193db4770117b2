/* patella-week-chart.c: one value or two per week, drawn as bars or lines
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawn with cairo for a handful of points; no axis library is worth its
 * weight here. The two lines differ in dash and marker as well as colour,
 * so they read in grey, and the text summary beside the chart says the
 * same in words.
 */
#include "config.h"

#include <math.h>

#include "patella-week-chart.h"

#define LINE_WIDTH 3.0
#define MARKER 4.5
#define GAP 8.0

struct _PatellaWeekChart
{
  GtkWidget             parent_instance;

  PatellaWeekChartKind  kind;
  char                 *legend[2];
  guint                 first_week_number;
  guint                 n_weeks;
  double               *values[2];
  double                max_value;
};

G_DEFINE_FINAL_TYPE (PatellaWeekChart, patella_week_chart, GTK_TYPE_WIDGET)

G_DEFINE_ENUM_TYPE (PatellaWeekChartKind, patella_week_chart_kind,
  G_DEFINE_ENUM_VALUE (PATELLA_WEEK_CHART_LINES, "lines"),
  G_DEFINE_ENUM_VALUE (PATELLA_WEEK_CHART_BARS, "bars"))

enum {
  PROP_0,
  PROP_KIND,
  PROP_LEGEND,
  PROP_SECOND_LEGEND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
theme_color (GtkWidget  *widget,
             const char *name,
             GdkRGBA    *color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  /* Named by libadwaita and changed with the dark style; the text colour
   * if a theme lacks them. */
  if (!gtk_style_context_lookup_color (context, name, color))
    gtk_style_context_get_color (context, color);
}

static PangoLayout *
make_layout (GtkWidget  *widget,
             const char *text,
             int        *width,
             int        *height)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);

  pango_layout_get_pixel_size (layout, width, height);
  return layout;
}

static void
draw_text (cairo_t     *cr,
           PangoLayout *layout,
           double       x,
           double       y)
{
  cairo_move_to (cr, round (x), round (y));
  pango_cairo_show_layout (cr, layout);
}

/* The sample of a series: a short stroke and its marker. */
static void
draw_marker (cairo_t *cr,
             guint    series,
             double   x,
             double   y)
{
  if (series == 0)
    {
      cairo_arc (cr, x, y, MARKER, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  else
    {
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_rectangle (cr, x - MARKER, y - MARKER, 2 * MARKER, 2 * MARKER);
      cairo_stroke (cr);
    }
}

static void
set_line_style (cairo_t *cr,
                guint    series)
{
  static const double dash[] = { 7.0, 5.0 };

  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_dash (cr, series == 0 ? NULL : dash, series == 0 ? 0 : 2, 0);
}

static double
draw_legend (PatellaWeekChart *self,
             cairo_t          *cr,
             const GdkRGBA    *fg,
             const GdkRGBA     colors[2])
{
  GtkWidget *widget = GTK_WIDGET (self);
  double x = 0, y = 0, height = 0;

  for (guint s = 0; s < 2; s++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      int w, h;

      if (self->legend[s] == NULL || (s == 1 && self->values[1] == NULL))
        continue;

      layout = make_layout (widget, self->legend[s], &w, &h);
      /* A long translation goes on a line of its own. */
      if (x > 0 && x + 34 + w > gtk_widget_get_width (widget))
        {
          x = 0;
          y = height + GAP / 2;
        }

      gdk_cairo_set_source_rgba (cr, &colors[s]);
      if (self->kind == PATELLA_WEEK_CHART_LINES)
        {
          set_line_style (cr, s);
          cairo_move_to (cr, x, y + h / 2.0);
          cairo_line_to (cr, x + 28, y + h / 2.0);
          cairo_stroke (cr);
          draw_marker (cr, s, x + 14, y + h / 2.0);
        }
      else
        {
          cairo_rectangle (cr, x + 6, y + h / 2.0 - 7, 16, 14);
          cairo_fill (cr);
        }

      gdk_cairo_set_source_rgba (cr, fg);
      draw_text (cr, layout, x + 34, y);
      x += 34 + w + 2 * GAP;
      height = MAX (height, y + h);
    }

  return height > 0 ? height + GAP : 0;
}

static void
patella_week_chart_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  PatellaWeekChart *self = PATELLA_WEEK_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(PangoLayout) top_label = NULL;
  GdkRGBA fg, colors[2];
  double left, top, bottom, plot_w, plot_h, slot;
  int label_w, label_h, tick_w, tick_h;
  guint every = 1;
  cairo_t *cr;

  if (self->n_weeks == 0 || width <= 0 || height <= 0)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  if (self->kind == PATELLA_WEEK_CHART_LINES)
    {
      theme_color (widget, "success_color", &colors[0]);
      theme_color (widget, "warning_color", &colors[1]);
    }
  else
    {
      theme_color (widget, "accent_color", &colors[0]);
      colors[1] = colors[0];
    }

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  top = draw_legend (self, cr, &fg, colors);

  /* Room on the left for the largest value, below for the week numbers. */
  {
    g_autofree char *max_text = g_strdup_printf ("%g", self->max_value);

    top_label = make_layout (widget, max_text, &label_w, &label_h);
  }
  left = label_w + GAP;
  bottom = height - label_h - GAP / 2;
  top += label_h / 2.0;
  plot_w = width - left - GAP;
  plot_h = bottom - top;
  if (plot_w <= 0 || plot_h <= 0)
    {
      cairo_destroy (cr);
      return;
    }
  slot = plot_w / self->n_weeks;

  /* Grid at zero, half and the top, with their values. */
  for (guint i = 0; i <= 2; i++)
    {
      double value = self->max_value * i / 2.0;
      double y = round (bottom - plot_h * i / 2.0) + 0.5;
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * (i == 0 ? 0.4 : 0.15));
      cairo_set_line_width (cr, 1.0);
      cairo_move_to (cr, left, y);
      cairo_line_to (cr, width - GAP, y);
      cairo_stroke (cr);

      /* Whole numbers only: half of 7 days is a line, not a label. */
      if (value == floor (value))
        {
          g_autofree char *text = g_strdup_printf ("%g", value);
          g_autoptr(PangoLayout) layout = make_layout (widget, text, &tick_w, &tick_h);

          cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * 0.7);
          draw_text (cr, layout, left - GAP - tick_w, y - tick_h / 2.0);
        }
    }

  /* Week numbers: every one that fits, at least a gap apart. */
  {
    g_autofree char *widest = g_strdup_printf ("%u", self->first_week_number + self->n_weeks - 1);
    g_autoptr(PangoLayout) layout = make_layout (widget, widest, &tick_w, &tick_h);

    while (slot * every < tick_w + GAP)
      every++;
  }
  for (guint i = 0; i < self->n_weeks; i += every)
    {
      g_autofree char *text = g_strdup_printf ("%u", self->first_week_number + i);
      g_autoptr(PangoLayout) layout = make_layout (widget, text, &tick_w, &tick_h);

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * 0.7);
      draw_text (cr, layout, left + slot * (i + 0.5) - tick_w / 2.0, bottom + GAP / 2);
    }

  if (self->kind == PATELLA_WEEK_CHART_BARS)
    {
      double bar = MIN (slot * 0.6, 48.0);

      for (guint i = 0; i < self->n_weeks; i++)
        {
          double v = self->values[0][i];
          double h;

          if (isnan (v) || v <= 0)
            continue;
          h = plot_h * MIN (v, self->max_value) / self->max_value;
          gdk_cairo_set_source_rgba (cr, &colors[0]);
          cairo_rectangle (cr, left + slot * (i + 0.5) - bar / 2, bottom - h, bar, h);
          cairo_fill (cr);
        }
    }
  else
    {
      for (guint s = 0; s < 2; s++)
        {
          gboolean drawing = FALSE;

          if (self->values[s] == NULL)
            continue;

          gdk_cairo_set_source_rgba (cr, &colors[s]);
          set_line_style (cr, s);
          /* A gap in the line where a week has no entry. */
          for (guint i = 0; i < self->n_weeks; i++)
            {
              double v = self->values[s][i];
              double x = left + slot * (i + 0.5);
              double y = bottom - plot_h * CLAMP (v, 0, self->max_value) / self->max_value;

              if (isnan (v))
                {
                  drawing = FALSE;
                  continue;
                }
              if (drawing)
                cairo_line_to (cr, x, y);
              else
                cairo_move_to (cr, x, y);
              drawing = TRUE;
            }
          cairo_stroke (cr);

          for (guint i = 0; i < self->n_weeks; i++)
            if (!isnan (self->values[s][i]))
              draw_marker (cr, s, left + slot * (i + 0.5),
                           bottom - plot_h * CLAMP (self->values[s][i], 0, self->max_value)
                                    / self->max_value);
        }
    }

  cairo_destroy (cr);
}

static void
patella_week_chart_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 560;
    }
  else
    {
      *minimum = 180;
      *natural = 220;
    }
}

void
patella_week_chart_set_weeks (PatellaWeekChart *self,
                              guint             first_week_number,
                              guint             n_weeks,
                              const double     *values,
                              const double     *second,
                              double            max_value)
{
  g_return_if_fail (PATELLA_IS_WEEK_CHART (self));
  g_return_if_fail (n_weeks == 0 || values != NULL);
  g_return_if_fail (max_value > 0);

  g_clear_pointer (&self->values[0], g_free);
  g_clear_pointer (&self->values[1], g_free);
  self->first_week_number = first_week_number;
  self->n_weeks = n_weeks;
  self->max_value = max_value;
  if (n_weeks > 0)
    {
      self->values[0] = g_memdup2 (values, n_weeks * sizeof (double));
      if (second != NULL && self->kind == PATELLA_WEEK_CHART_LINES)
        self->values[1] = g_memdup2 (second, n_weeks * sizeof (double));
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
patella_week_chart_get_n_weeks (PatellaWeekChart *self)
{
  g_return_val_if_fail (PATELLA_IS_WEEK_CHART (self), 0);

  return self->n_weeks;
}

void
patella_week_chart_set_summary (PatellaWeekChart *self,
                                const char       *summary)
{
  g_return_if_fail (PATELLA_IS_WEEK_CHART (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
}

static void
patella_week_chart_finalize (GObject *object)
{
  PatellaWeekChart *self = PATELLA_WEEK_CHART (object);

  g_free (self->values[0]);
  g_free (self->values[1]);
  g_free (self->legend[0]);
  g_free (self->legend[1]);

  G_OBJECT_CLASS (patella_week_chart_parent_class)->finalize (object);
}

static void
patella_week_chart_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PatellaWeekChart *self = PATELLA_WEEK_CHART (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_LEGEND:
      g_value_set_string (value, self->legend[0]);
      break;
    case PROP_SECOND_LEGEND:
      g_value_set_string (value, self->legend[1]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_week_chart_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PatellaWeekChart *self = PATELLA_WEEK_CHART (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_LEGEND:
      g_free (self->legend[0]);
      self->legend[0] = g_value_dup_string (value);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      break;
    case PROP_SECOND_LEGEND:
      g_free (self->legend[1]);
      self->legend[1] = g_value_dup_string (value);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_week_chart_class_init (PatellaWeekChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = patella_week_chart_finalize;
  object_class->get_property = patella_week_chart_get_property;
  object_class->set_property = patella_week_chart_set_property;

  widget_class->snapshot = patella_week_chart_snapshot;
  widget_class->measure = patella_week_chart_measure;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       PATELLA_TYPE_WEEK_CHART_KIND, PATELLA_WEEK_CHART_LINES,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEGEND] =
    g_param_spec_string ("legend", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECOND_LEGEND] =
    g_param_spec_string ("second-legend", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "weekchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
patella_week_chart_init (PatellaWeekChart *self)
{
  self->max_value = 1.0;
}
