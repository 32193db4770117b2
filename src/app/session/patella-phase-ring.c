/* patella-phase-ring.c: how far the current phase has gone, as a ring, with its countdown
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "patella-phase-ring.h"

/* The arc moves in steps of at least this many pixels, and at most this
 * often: smooth enough to read from the floor, and a rest or a hold costs
 * a redraw a few times a second instead of at the frame rate. */
#define STEP_PX 3.0
#define MIN_FRAME_USEC (G_USEC_PER_SEC / 12)

struct _PatellaPhaseRing
{
  GtkWidget      parent_instance;

  PatellaEngine *engine;
  GtkWidget     *box;          /* the number over its caption */
  GtkWidget     *label;
  GtkWidget     *caption;
  guint          tick_id;
  double         progress;
  gint64         drawn_at;     /* frame time of the last arc change */
  guint64        n_draws;
};

G_DEFINE_FINAL_TYPE (PatellaPhaseRing, patella_phase_ring, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ENGINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
counts_down (PatellaPhaseKind kind)
{
  switch (kind)
    {
    case PATELLA_PHASE_GET_READY:
    case PATELLA_PHASE_HOLD:
    case PATELLA_PHASE_REST:
    case PATELLA_PHASE_SWITCH_SIDE:
    case PATELLA_PHASE_EXERCISE_DONE:
      return TRUE;

    case PATELLA_PHASE_UP:
    case PATELLA_PHASE_PAUSE:
    case PATELLA_PHASE_DOWN:
    default:
      return FALSE;
    }
}

static double
ring_length (PatellaPhaseRing *self)
{
  int size = MIN (gtk_widget_get_width (GTK_WIDGET (self)),
                  gtk_widget_get_height (GTK_WIDGET (self)));

  return G_PI * MAX (size, 1);
}

/* What the number counts now: seconds left (a countdown) or the rep
 * under way, and out of how many. FALSE when there is nothing to count. */
static gboolean
get_count (PatellaPhaseRing *self,
           gint64            now,
           double            progress,
           gboolean         *seconds,
           guint            *count,
           guint            *total)
{
  PatellaEngine *e = self->engine;
  PatellaEngineState state = patella_engine_get_state (e);

  if (state == PATELLA_ENGINE_READY || state == PATELLA_ENGINE_FINISHED)
    return FALSE;

  if (counts_down (patella_engine_get_phase_kind (e)) && patella_engine_get_phase_end_usec (e) > 0)
    {
      gint64 length = patella_engine_get_phase_end_usec (e)
                      - patella_engine_get_phase_start_usec (e);
      gint64 left = patella_engine_get_phase_end_usec (e) - now;

      /* While paused the end does not move, so use what was left. */
      if (state == PATELLA_ENGINE_PAUSED)
        left = (gint64) ((1.0 - progress) * length);
      *seconds = TRUE;
      *count = (guint) ((MAX (left, 0) + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
      *total = (guint) ((MAX (length, 0) + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
      return TRUE;
    }

  if (patella_engine_get_rep (e) > 0)
    {
      *seconds = FALSE;
      *count = patella_engine_get_rep (e);
      *total = patella_engine_get_reps_total (e);
      return TRUE;
    }

  return FALSE;
}

/* The number, the caption that says what it counts, and the same as a
 * value for screen readers. Only when the whole number changes: a
 * screen reader hears each second once, not every frame. */
static void
update_count (PatellaPhaseRing *self,
              gint64            now,
              double            progress)
{
  g_autofree char *text = NULL;
  g_autofree char *value_text = NULL;
  const char *caption = "";
  gboolean seconds = FALSE;
  guint count = 0, total = 0;

  if (get_count (self, now, progress, &seconds, &count, &total))
    {
      text = g_strdup_printf ("%u", count);
      if (seconds)
        {
          /* Translators: under the countdown in the session's ring */
          caption = ngettext ("second", "seconds", count);
          /* Translators: the session ring's countdown, for screen readers */
          value_text = g_strdup_printf (ngettext ("%u second left", "%u seconds left", count),
                                        count);
        }
      else
        {
          /* Translators: under the rep number in the session's ring */
          caption = _("rep");
          /* Translators: the rep under way, e.g. "Rep 7 of 15" */
          value_text = g_strdup_printf (_("Rep %u of %u"), count, total);
        }
    }
  else
    text = g_strdup ("");

  if (g_strcmp0 (text, gtk_label_get_label (GTK_LABEL (self->label))) == 0
      && g_strcmp0 (caption, gtk_label_get_label (GTK_LABEL (self->caption))) == 0)
    return;

  gtk_label_set_label (GTK_LABEL (self->label), text);
  gtk_label_set_label (GTK_LABEL (self->caption), caption);
  gtk_widget_set_visible (self->caption, *caption != '\0');
  /* GTK 4.8 gives AT-SPI a value only for its own range widgets, so the
   * same text is the description too: that is what a reader gets there. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) MAX (total, count),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) count,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT,
                                  value_text != NULL ? value_text : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  value_text != NULL ? value_text : "",
                                  -1);
}

/* Everything the ring shows now. @frame_time is the frame clock's time
 * when called from a frame (0 otherwise), to pace the redraws. */
static void
update (PatellaPhaseRing *self,
        gint64            frame_time)
{
  gint64 now;
  double progress;

  if (self->engine == NULL)
    return;

  now = patella_clock_get_monotonic_usec (patella_engine_get_clock (self->engine));
  progress = patella_engine_get_phase_progress (self->engine, now);
  update_count (self, now, progress);

  if (progress == self->progress)
    return;

  /* Jumps (a new phase, the end) show at once; steady motion is paced. */
  if (frame_time == 0 || progress == 0.0 || progress == 1.0 || progress < self->progress
      || (fabs (progress - self->progress) * ring_length (self) >= STEP_PX
          && frame_time - self->drawn_at >= MIN_FRAME_USEC))
    {
      self->progress = progress;
      self->drawn_at = frame_time;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

/* A timer at the pace the arc is redrawn, not a tick callback: a tick
 * keeps the frame clock cycling at the display's rate even on frames that
 * draw nothing, which cost more than the drawing itself. */
static gboolean
pace_cb (gpointer user_data)
{
  update (PATELLA_PHASE_RING (user_data), g_get_monotonic_time ());

  return G_SOURCE_CONTINUE;
}

static void
update_animation (PatellaPhaseRing *self)
{
  gboolean want;

  /* Only a running, timed phase moves; nothing runs while hidden. */
  want = self->engine != NULL
         && gtk_widget_get_mapped (GTK_WIDGET (self))
         && patella_engine_get_state (self->engine) == PATELLA_ENGINE_RUNNING
         && patella_engine_get_phase_timed (self->engine);

  if (want && self->tick_id == 0)
    self->tick_id = g_timeout_add (MIN_FRAME_USEC / 1000, pace_cb, self);
  else if (!want)
    g_clear_handle_id (&self->tick_id, g_source_remove);

  update (self, 0);
}

static void
engine_changed_cb (PatellaPhaseRing *self)
{
  update_animation (self);
}

static void
patella_phase_ring_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  PatellaPhaseRing *self = PATELLA_PHASE_RING (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double size = MIN (width, height);
  double line = MAX (6.0, round (size * 0.06));
  double radius = size / 2.0 - line / 2.0;
  GdkRGBA color;
  cairo_t *cr;

  self->n_draws++;

  if (radius > 0)
    {
      gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
      cairo_set_line_width (cr, line);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

      cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha * 0.18);
      cairo_arc (cr, width / 2.0, height / 2.0, radius, 0, 2 * G_PI);
      cairo_stroke (cr);

      if (self->progress > 0.0)
        {
          gdk_cairo_set_source_rgba (cr, &color);
          cairo_arc (cr, width / 2.0, height / 2.0, radius,
                     -G_PI / 2, -G_PI / 2 + 2 * G_PI * MIN (self->progress, 1.0));
          cairo_stroke (cr);
        }
      cairo_destroy (cr);
    }

  gtk_widget_snapshot_child (widget, self->box, snapshot);
}

static void
patella_phase_ring_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  PatellaPhaseRing *self = PATELLA_PHASE_RING (widget);
  int number_min, w_nat, h_nat;

  /* The least room is the number's alone, so the caption coming and
   * going never moves the screen around it; the natural size holds the
   * number and its caption inside the circle, not over the line. Both
   * ways the same, as the ring is drawn in the square that fits. */
  gtk_widget_measure (self->label, orientation, -1, &number_min, NULL, NULL, NULL);
  gtk_widget_measure (self->box, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &w_nat, NULL, NULL);
  gtk_widget_measure (self->box, GTK_ORIENTATION_VERTICAL, -1, NULL, &h_nat, NULL, NULL);
  *minimum = MAX (112, (int) (number_min * 1.8));
  *natural = MAX (180, (int) ceil (hypot (w_nat, h_nat) * 1.3));
}

static void
patella_phase_ring_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  PatellaPhaseRing *self = PATELLA_PHASE_RING (widget);

  gtk_widget_allocate (self->box, width, height, -1, NULL);
}

static void
patella_phase_ring_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (patella_phase_ring_parent_class)->map (widget);
  update_animation (PATELLA_PHASE_RING (widget));
}

static void
patella_phase_ring_unmap (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (patella_phase_ring_parent_class)->unmap (widget);
  update_animation (PATELLA_PHASE_RING (widget));
}

PatellaEngine *
patella_phase_ring_get_engine (PatellaPhaseRing *self)
{
  g_return_val_if_fail (PATELLA_IS_PHASE_RING (self), NULL);

  return self->engine;
}

void
patella_phase_ring_set_engine (PatellaPhaseRing *self,
                               PatellaEngine    *engine)
{
  static const char * const watched[] = {
    "notify::state", "notify::phase-index", "notify::phase-end-usec",
    "notify::rep", "notify::phase-timed",
  };

  g_return_if_fail (PATELLA_IS_PHASE_RING (self));
  g_return_if_fail (engine == NULL || PATELLA_IS_ENGINE (engine));

  if (self->engine == engine)
    return;

  if (self->engine != NULL)
    g_signal_handlers_disconnect_by_data (self->engine, self);
  g_set_object (&self->engine, engine);
  if (engine != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
      g_signal_connect_object (engine, watched[i], G_CALLBACK (engine_changed_cb),
                               self, G_CONNECT_SWAPPED);

  self->progress = 0.0;
  update_animation (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENGINE]);
}

const char *
patella_phase_ring_get_text (PatellaPhaseRing *self)
{
  g_return_val_if_fail (PATELLA_IS_PHASE_RING (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->label));
}

/**
 * patella_phase_ring_get_caption:
 * @self: a #PatellaPhaseRing
 *
 * Returns: the word under the number, which says what it counts
 *   ("seconds", "rep"), or "" when there is no number
 */
const char *
patella_phase_ring_get_caption (PatellaPhaseRing *self)
{
  g_return_val_if_fail (PATELLA_IS_PHASE_RING (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->caption));
}

double
patella_phase_ring_get_progress (PatellaPhaseRing *self)
{
  g_return_val_if_fail (PATELLA_IS_PHASE_RING (self), 0.0);

  return self->progress;
}

gboolean
patella_phase_ring_is_animating (PatellaPhaseRing *self)
{
  g_return_val_if_fail (PATELLA_IS_PHASE_RING (self), FALSE);

  return self->tick_id != 0;
}

guint64
patella_phase_ring_get_n_draws (PatellaPhaseRing *self)
{
  g_return_val_if_fail (PATELLA_IS_PHASE_RING (self), 0);

  return self->n_draws;
}

GtkWidget *
patella_phase_ring_new (void)
{
  return g_object_new (PATELLA_TYPE_PHASE_RING, NULL);
}

static void
patella_phase_ring_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PatellaPhaseRing *self = PATELLA_PHASE_RING (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      g_value_set_object (value, self->engine);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_phase_ring_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PatellaPhaseRing *self = PATELLA_PHASE_RING (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      patella_phase_ring_set_engine (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_phase_ring_dispose (GObject *object)
{
  PatellaPhaseRing *self = PATELLA_PHASE_RING (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->engine != NULL)
    g_signal_handlers_disconnect_by_data (self->engine, self);
  g_clear_object (&self->engine);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (patella_phase_ring_parent_class)->dispose (object);
}

static void
patella_phase_ring_class_init (PatellaPhaseRingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_phase_ring_dispose;
  object_class->get_property = patella_phase_ring_get_property;
  object_class->set_property = patella_phase_ring_set_property;

  widget_class->snapshot = patella_phase_ring_snapshot;
  widget_class->measure = patella_phase_ring_measure;
  widget_class->size_allocate = patella_phase_ring_size_allocate;
  widget_class->map = patella_phase_ring_map;
  widget_class->unmap = patella_phase_ring_unmap;

  properties[PROP_ENGINE] =
    g_param_spec_object ("engine", NULL, NULL,
                         PATELLA_TYPE_ENGINE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "phasering");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
}

static void
patella_phase_ring_init (PatellaPhaseRing *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_halign (self->box, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (self->box, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->label = gtk_label_new ("");
  gtk_widget_add_css_class (self->label, "ring-number");
  gtk_box_append (GTK_BOX (self->box), self->label);
  self->caption = gtk_label_new ("");
  gtk_widget_add_css_class (self->caption, "ring-caption");
  gtk_widget_set_visible (self->caption, FALSE);
  gtk_box_append (GTK_BOX (self->box), self->caption);

  /* The ring itself speaks for the number and its caption. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->box), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Phase progress"),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, 0.0,
                                  -1);
}
