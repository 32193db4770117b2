/* patella-chart.c: one chart widget for every Progress chart, drawn in snapshot
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chart is a row of slots (days, or numbered weeks) and layers over them:
 * points, lines, stacked bars, a horizontal line, a band, flags, vertical
 * markers; or a calendar of day states. Drawing is in patella-chart-draw.c.
 * The chart is focusable: Left and Right move between slots, Home and End
 * jump to the ends, and the focused slot's values show in a popover and
 * become the accessible description (GTK 4.8 cannot announce).
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "patella-chart-private.h"

G_DEFINE_FINAL_TYPE (PatellaChart, patella_chart, GTK_TYPE_WIDGET)

static void
layer_free (gpointer data)
{
  PatellaChartLayer *layer = data;

  g_free (layer->name);
  g_free (layer->format);
  g_free (layer->values);
  g_free (layer);
}

static void
marker_clear (gpointer data)
{
  g_free (((PatellaChartMarker *) data)->label);
}

static void
reset (PatellaChart *self)
{
  g_ptr_array_set_size (self->layers, 0);
  g_array_set_size (self->markers, 0);
  g_clear_pointer (&self->slots, g_free);
  g_clear_pointer (&self->calendar, g_free);
  self->focus = -1;
  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * patella_chart_set_days:
 * @self: a #PatellaChart
 * @first_julian: the first day, as a Julian day
 * @n_days: the number of days
 *
 * Makes the slots days, labelled with dates, and removes every layer.
 */
void
patella_chart_set_days (PatellaChart *self,
                        guint32       first_julian,
                        guint         n_days)
{
  g_return_if_fail (PATELLA_IS_CHART (self));
  g_return_if_fail (first_julian > 0);

  self->first_julian = first_julian;
  self->n_slots = n_days;
  reset (self);
}

/**
 * patella_chart_set_numbered:
 * @self: a #PatellaChart
 * @first_number: the first slot's number
 * @n_slots: the number of slots
 * @slot_name: what a slot is, with a %u for its number ("Week %u")
 *
 * Makes the slots numbered (weeks), and removes every layer.
 */
void
patella_chart_set_numbered (PatellaChart *self,
                            guint         first_number,
                            guint         n_slots,
                            const char   *slot_name)
{
  g_return_if_fail (PATELLA_IS_CHART (self));

  self->first_julian = 0;
  self->first_number = first_number;
  self->n_slots = n_slots;
  g_free (self->slot_name);
  self->slot_name = g_strdup (slot_name);
  reset (self);
}

/**
 * patella_chart_get_n_slots:
 * @self: a #PatellaChart
 *
 * Returns: the number of days or numbered slots
 */
guint
patella_chart_get_n_slots (PatellaChart *self)
{
  g_return_val_if_fail (PATELLA_IS_CHART (self), 0);

  return self->n_slots;
}

/**
 * patella_chart_set_y_axis:
 * @self: a #PatellaChart
 * @axis: the value axis, from patella_axis_range()
 */
void
patella_chart_set_y_axis (PatellaChart      *self,
                          const PatellaAxis *axis)
{
  g_return_if_fail (PATELLA_IS_CHART (self));

  self->axis = *axis;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * patella_chart_add_layer:
 * @self: a #PatellaChart
 * @kind: how to draw it
 * @name: (nullable): its name in the legend and the popover, or %NULL for none
 * @value_format: (nullable): a printf format for one double ("%.1f"), or %NULL
 * @values: one value per slot, NAN where none (two for a band, one for a line
 *   across); copied
 * @color: its colour
 * @mark: its marker, so it does not rely on colour alone
 * @dashed: draw its line dashed
 */
void
patella_chart_add_layer (PatellaChart      *self,
                         PatellaChartKind   kind,
                         const char        *name,
                         const char        *value_format,
                         const double      *values,
                         PatellaChartColor  color,
                         PatellaChartMark   mark,
                         gboolean           dashed)
{
  PatellaChartLayer *layer;
  guint n;

  g_return_if_fail (PATELLA_IS_CHART (self));
  g_return_if_fail (values != NULL);

  n = kind == PATELLA_CHART_HLINE ? 1 : kind == PATELLA_CHART_BAND ? 2 : self->n_slots;
  layer = g_new0 (PatellaChartLayer, 1);
  layer->kind = kind;
  layer->name = g_strdup (name);
  layer->format = g_strdup (value_format);
  layer->values = g_memdup2 (values, MAX (n, 1) * sizeof (double));
  layer->color = color;
  layer->mark = mark;
  layer->dashed = dashed;
  g_ptr_array_add (self->layers, layer);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * patella_chart_add_marker:
 * @self: a #PatellaChart
 * @slot: the slot the marker stands before
 * @label: its label ("2 weeks")
 */
void
patella_chart_add_marker (PatellaChart *self,
                          guint         slot,
                          const char   *label)
{
  PatellaChartMarker marker = { slot, g_strdup (label) };

  g_return_if_fail (PATELLA_IS_CHART (self));

  g_array_append_val (self->markers, marker);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * patella_chart_set_slots:
 * @self: a #PatellaChart
 * @slots: (nullable): how each slot's bars look; copied
 */
void
patella_chart_set_slots (PatellaChart           *self,
                         const PatellaChartSlot *slots)
{
  g_return_if_fail (PATELLA_IS_CHART (self));

  g_free (self->slots);
  self->slots = slots != NULL ? g_memdup2 (slots, self->n_slots * sizeof *slots) : NULL;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * patella_chart_set_calendar:
 * @self: a #PatellaChart whose slots are days
 * @status: (nullable): each day's state; copied. Drawn as weeks of 7 days
 *   from the first, instead of a plot.
 */
void
patella_chart_set_calendar (PatellaChart           *self,
                            const PatellaDayStatus *status)
{
  g_return_if_fail (PATELLA_IS_CHART (self));

  g_free (self->calendar);
  self->calendar = status != NULL ? g_memdup2 (status, self->n_slots * sizeof *status) : NULL;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
update_description (PatellaChart *self)
{
  g_autofree char *text = NULL;

  if (self->focus >= 0)
    {
      g_autofree char *day = patella_chart_describe_slot (self, self->focus);

      text = self->summary != NULL ? g_strdup_printf ("%s. %s", day, self->summary)
                                   : g_steal_pointer (&day);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text != NULL ? text : self->summary,
                                  -1);
}

/**
 * patella_chart_set_summary:
 * @self: a #PatellaChart
 * @summary: (nullable): the chart in one sentence; its accessible description
 */
void
patella_chart_set_summary (PatellaChart *self,
                           const char   *summary)
{
  g_return_if_fail (PATELLA_IS_CHART (self));

  g_free (self->summary);
  self->summary = g_strdup (summary);
  update_description (self);
}

static const char *
status_text (PatellaDayStatus status)
{
  switch (status)
    {
    case PATELLA_DAY_DONE:
      return _("session done");
    case PATELLA_DAY_PARTIAL:
      return _("partial session");
    case PATELLA_DAY_MISSED:
      return _("missed");
    case PATELLA_DAY_PENDING:
      return _("training day, not done yet");
    case PATELLA_DAY_REST:
      return _("rest day");
    case PATELLA_DAY_EXTRA:
      return _("extra session");
    case PATELLA_DAY_OUTSIDE:
    default:
      return _("outside the program");
    }
}

/**
 * patella_chart_describe_slot:
 * @self: a #PatellaChart
 * @slot: a slot
 *
 * Returns: (transfer full): the slot's date (or number) and every named
 *   layer's value there, in words
 */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
char *
patella_chart_describe_slot (PatellaChart *self,
                             guint         slot)
{
  GString *text = g_string_new (NULL);
  guint values = 0;

  g_return_val_if_fail (PATELLA_IS_CHART (self), NULL);
  g_return_val_if_fail (slot < self->n_slots, NULL);

  if (self->first_julian != 0)
    {
      g_autofree char *date = patella_date_tick_label (self->first_julian + slot,
                                                       PATELLA_DATE_UNIT_DAY, TRUE);
      g_string_append (text, date);
    }
  else
    g_string_append_printf (text, self->slot_name != NULL ? self->slot_name : "%u",
                            self->first_number + slot);

  if (self->calendar != NULL)
    {
      g_string_append_printf (text, ": %s", status_text (self->calendar[slot]));
      return g_string_free (text, FALSE);
    }

  for (guint l = 0; l < self->layers->len; l++)
    {
      PatellaChartLayer *layer = g_ptr_array_index (self->layers, l);
      double v;

      if (layer->name == NULL || layer->format == NULL
          || layer->kind == PATELLA_CHART_BAND || layer->kind == PATELLA_CHART_HLINE)
        continue;
      v = layer->values[slot];
      if (isnan (v) || (layer->kind == PATELLA_CHART_BARS && v == 0))
        continue;
      g_string_append (text, values++ == 0 ? ": " : ", ");
      g_string_append_printf (text, "%s ", layer->name);
      if (layer->kind == PATELLA_CHART_FLAGS)
        g_string_truncate (text, text->len - 1);
      else
        g_string_append_printf (text, layer->format, v);
    }
  if (self->slots != NULL && self->slots[slot] != PATELLA_CHART_SLOT_NORMAL)
    g_string_append_printf (text, "%s%s", values++ == 0 ? ": " : ", ",
                            self->slots[slot] == PATELLA_CHART_SLOT_EMPTY
                            ? _("missed") : _("partial session"));
  if (values == 0)
    g_string_append_printf (text, ": %s", _("nothing logged"));
  return g_string_free (text, FALSE);
}
#pragma GCC diagnostic pop

/**
 * patella_chart_get_focus_slot:
 * @self: a #PatellaChart
 *
 * Returns: the focused slot, or -1
 */
int
patella_chart_get_focus_slot (PatellaChart *self)
{
  g_return_val_if_fail (PATELLA_IS_CHART (self), -1);

  return self->focus;
}

static void
show_popover (PatellaChart *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  g_autofree char *text = NULL;
  GdkRectangle rect;

  if (self->focus < 0 || !gtk_widget_get_mapped (GTK_WIDGET (self)) || width <= 0)
    return;

  text = patella_chart_describe_slot (self, self->focus);
  gtk_label_set_label (GTK_LABEL (self->popover_label), text);
  if (self->calendar != NULL)
    {
      double cell = MIN (PATELLA_CALENDAR_CELL_MAX,
                         MIN ((width - PATELLA_CALENDAR_LEFT) / 7,
                              (height - PATELLA_CALENDAR_TOP - 4.0) / ((self->n_slots + 6) / 7)));

      rect = (GdkRectangle) { PATELLA_CALENDAR_LEFT + (self->focus % 7) * cell,
                              PATELLA_CALENDAR_TOP + (self->focus / 7) * cell, cell, cell };
    }
  else
    rect = (GdkRectangle) { width * (self->focus + 0.5) / self->n_slots, 0, 1, height / 3 };
  gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), &rect);
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

/**
 * patella_chart_set_focus_slot:
 * @self: a #PatellaChart
 * @slot: a slot, or -1 for none
 */
void
patella_chart_set_focus_slot (PatellaChart *self,
                              int           slot)
{
  g_return_if_fail (PATELLA_IS_CHART (self));

  if (self->n_slots == 0)
    slot = -1;
  slot = slot < 0 ? -1 : MIN (slot, (int) self->n_slots - 1);
  if (self->focus == slot)
    return;
  self->focus = slot;
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (slot >= 0)
    show_popover (self);
  else
    gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                PatellaChart          *self)
{
  int last = (int) self->n_slots - 1;
  int step = self->calendar != NULL && (keyval == GDK_KEY_Up || keyval == GDK_KEY_Down) ? 7 : 1;

  if (self->n_slots == 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      patella_chart_set_focus_slot (self, self->focus < 0 ? last : MAX (self->focus - 1, 0));
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      patella_chart_set_focus_slot (self, self->focus < 0 ? 0 : MIN (self->focus + 1, last));
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_Down:
      if (self->calendar == NULL)
        return FALSE;
      patella_chart_set_focus_slot (self, CLAMP (self->focus + (keyval == GDK_KEY_Up ? -step : step),
                                                 0, last));
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      patella_chart_set_focus_slot (self, 0);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      patella_chart_set_focus_slot (self, last);
      return TRUE;
    case GDK_KEY_Escape:
      patella_chart_set_focus_slot (self, -1);
      return self->focus >= 0;
    default:
      return FALSE;
    }
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           PatellaChart             *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  /* The popover coming and going sends crossings and a motion where the
   * pointer already was: only a pointer that moves takes the day over
   * from the keyboard. */
  if (fabs (x - self->pointer_x) < 1 && fabs (y - self->pointer_y) < 1)
    return;
  self->pointer_x = x;
  self->pointer_y = y;
  if (self->n_slots == 0 || width <= 0 || self->calendar != NULL)
    return;
  patella_chart_set_focus_slot (self, (int) (x / width * self->n_slots));
}

static void
enter_cb (GtkEventControllerMotion *controller,
          double                    x,
          double                    y,
          PatellaChart             *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
}

static void
leave_cb (GtkEventControllerMotion *controller,
          PatellaChart             *self)
{
  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    patella_chart_set_focus_slot (self, -1);
}

/**
 * patella_chart_build_node:
 * @self: a #PatellaChart
 * @width: the width to draw at
 * @height: the height
 *
 * Draws the chart off screen, for export and benchmarks.
 *
 * Returns: (transfer full) (nullable): the render node
 */
GskRenderNode *
patella_chart_build_node (PatellaChart *self,
                          int           width,
                          int           height)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  g_return_val_if_fail (PATELLA_IS_CHART (self), NULL);

  _patella_chart_draw (self, snapshot, width, height, NULL);
  return gtk_snapshot_free_to_node (snapshot);
}

static void
patella_chart_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  _patella_chart_draw (PATELLA_CHART (widget), snapshot, gtk_widget_get_width (widget),
                       gtk_widget_get_height (widget), NULL);
}

static void
patella_chart_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  PatellaChart *self = PATELLA_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 560;
    }
  else if (self->calendar != NULL)
    *minimum = *natural = PATELLA_CALENDAR_TOP
                          + PATELLA_CALENDAR_CELL_MAX * ((self->n_slots + 6) / 7) + 4;
  else
    {
      *minimum = 200;
      *natural = 240;
    }
}

static void
patella_chart_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  gtk_popover_present (GTK_POPOVER (PATELLA_CHART (widget)->popover));
}

static void
patella_chart_dispose (GObject *object)
{
  PatellaChart *self = PATELLA_CHART (object);

  g_clear_pointer (&self->popover, gtk_widget_unparent);

  G_OBJECT_CLASS (patella_chart_parent_class)->dispose (object);
}

static void
patella_chart_finalize (GObject *object)
{
  PatellaChart *self = PATELLA_CHART (object);

  g_ptr_array_unref (self->layers);
  g_array_unref (self->markers);
  g_free (self->slots);
  g_free (self->calendar);
  g_free (self->summary);
  g_free (self->slot_name);

  G_OBJECT_CLASS (patella_chart_parent_class)->finalize (object);
}

static void
patella_chart_class_init (PatellaChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_chart_dispose;
  object_class->finalize = patella_chart_finalize;

  widget_class->snapshot = patella_chart_snapshot;
  widget_class->measure = patella_chart_measure;
  widget_class->size_allocate = patella_chart_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
patella_chart_init (PatellaChart *self)
{
  GtkEventController *controller;

  self->focus = -1;
  self->pointer_x = self->pointer_y = NAN;
  self->layers = g_ptr_array_new_with_free_func (layer_free);
  self->markers = g_array_new (FALSE, TRUE, sizeof (PatellaChartMarker));
  g_array_set_clear_func (self->markers, marker_clear);
  patella_axis_range (0, 1, 5, TRUE, &self->axis);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);

  self->popover_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->popover_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->popover_label), 40);
  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), self->popover_label);
  gtk_popover_set_autohide (GTK_POPOVER (self->popover), FALSE);
  gtk_popover_set_position (GTK_POPOVER (self->popover), GTK_POS_TOP);
  gtk_widget_set_can_target (self->popover, FALSE);
  gtk_widget_set_can_focus (self->popover, FALSE);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));

  controller = gtk_event_controller_key_new ();
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_object (controller, "enter", G_CALLBACK (enter_cb), self, 0);
  g_signal_connect_object (controller, "motion", G_CALLBACK (motion_cb), self, 0);
  g_signal_connect_object (controller, "leave", G_CALLBACK (leave_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
