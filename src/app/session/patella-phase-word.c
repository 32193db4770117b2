/* patella-phase-word.c: the current phase in one large word, shrunk only to fit
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "patella-phase-word.h"

/* The glow fades over this long; long enough to catch from the floor,
 * short enough to be over before the next tick. */
#define FLASH_USEC (600 * 1000)
#define FLASH_ALPHA 0.22
#define FLASH_STEPS 10.0

struct _PatellaPhaseWord
{
  GtkWidget  parent_instance;

  char      *text;
  double     drawn_size;
  int        width_at_max;  /* the text's width at the CSS size; -1: not known */
  PangoLayout *layout;      /* the one last drawn, at drawn_size */
  gint64     flash_start;   /* frame time the glow began; 0: none */
  double     flash_level;   /* 1 at the start, 0 once faded */
  guint      flash_tick;
};

G_DEFINE_FINAL_TYPE (PatellaPhaseWord, patella_phase_word, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The CSS font size, in pixels. */
static double
max_size (PatellaPhaseWord *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *desc = pango_context_get_font_description (context);
  double size = (double) pango_font_description_get_size (desc) / PANGO_SCALE;

  if (!pango_font_description_get_size_is_absolute (desc))
    size = size * pango_cairo_context_get_resolution (context) / 72.0;

  return MAX (size, PATELLA_PHASE_WORD_MIN_PX);
}

static PangoLayout *
layout_at (PatellaPhaseWord *self,
           double            size)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  g_autoptr(PangoFontDescription) desc =
    pango_font_description_copy (pango_context_get_font_description (context));

  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);

  return layout;
}

/* Shaping a large word is the costly part: done once per text and style. */
static int
width_at_max (PatellaPhaseWord *self)
{
  if (self->width_at_max < 0)
    {
      g_autoptr(PangoLayout) layout = layout_at (self, max_size (self));

      pango_layout_get_pixel_size (layout, &self->width_at_max, NULL);
    }

  return self->width_at_max;
}

static void
forget_layouts (PatellaPhaseWord *self)
{
  self->width_at_max = -1;
  g_clear_object (&self->layout);
}

static double
fit_size (PatellaPhaseWord *self,
          int               width)
{
  double biggest = max_size (self);
  int text_width;

  if (width < 0 || self->text == NULL || *self->text == '\0')
    return biggest;

  text_width = width_at_max (self);
  if (text_width <= width)
    return biggest;

  /* Text width grows linearly with the font size; floor keeps it inside. */
  return MAX (PATELLA_PHASE_WORD_MIN_PX, floor (biggest * width / text_width));
}

static void
patella_phase_word_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  PatellaPhaseWord *self = PATELLA_PHASE_WORD (widget);
  g_autoptr(PangoLayout) small = NULL;
  g_autoptr(PangoLayout) large = NULL;
  int w, h;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      small = layout_at (self, PATELLA_PHASE_WORD_MIN_PX);
      large = layout_at (self, max_size (self));
      pango_layout_get_pixel_size (small, &w, NULL);
      *minimum = w;
      pango_layout_get_pixel_size (large, &w, NULL);
      *natural = w;
    }
  else
    {
      large = layout_at (self, fit_size (self, for_size));
      /* An empty word keeps its line, so the screen does not jump. */
      if (self->text == NULL || *self->text == '\0')
        pango_layout_set_text (large, " ", -1);
      pango_layout_get_pixel_size (large, NULL, &h);
      *minimum = *natural = h;
    }
}

static GtkSizeRequestMode
patella_phase_word_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
patella_phase_word_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  PatellaPhaseWord *self = PATELLA_PHASE_WORD (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double size;
  GdkRGBA color;
  int w, h;

  if (self->flash_level > 0.0)
    {
      GskRoundedRect box;

      gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
      color.alpha *= FLASH_ALPHA * self->flash_level;
      gsk_rounded_rect_init_from_rect (&box, &GRAPHENE_RECT_INIT (0, 0, width, height),
                                       MIN (24.0, height / 2.0));
      gtk_snapshot_push_rounded_clip (snapshot, &box);
      gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (0, 0, width, height));
      gtk_snapshot_pop (snapshot);
    }

  if (self->text == NULL || *self->text == '\0')
    return;

  size = fit_size (self, width);
  if (self->layout == NULL || size != self->drawn_size)
    {
      g_clear_object (&self->layout);
      self->layout = layout_at (self, size);
      self->drawn_size = size;
    }
  pango_layout_get_pixel_size (self->layout, &w, &h);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((width - w) / 2.0, (height - h) / 2.0));
  gtk_snapshot_append_layout (snapshot, self->layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
patella_phase_word_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (patella_phase_word_parent_class)->css_changed (widget, change);

  /* The font size lives in CSS; a class change can move it. */
  forget_layouts (PATELLA_PHASE_WORD (widget));
  gtk_widget_queue_resize (widget);
}

const char *
patella_phase_word_get_text (PatellaPhaseWord *self)
{
  g_return_val_if_fail (PATELLA_IS_PHASE_WORD (self), NULL);

  return self->text;
}

void
patella_phase_word_set_text (PatellaPhaseWord *self,
                             const char       *text)
{
  g_return_if_fail (PATELLA_IS_PHASE_WORD (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  forget_layouts (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text != NULL ? text : "",
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

double
patella_phase_word_get_drawn_size (PatellaPhaseWord *self)
{
  g_return_val_if_fail (PATELLA_IS_PHASE_WORD (self), 0.0);

  return self->drawn_size;
}

static void
stop_flash (PatellaPhaseWord *self)
{
  if (self->flash_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->flash_tick);
  self->flash_tick = 0;
  self->flash_start = 0;
  if (self->flash_level > 0.0)
    {
      self->flash_level = 0.0;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static gboolean
flash_tick_cb (GtkWidget     *widget,
               GdkFrameClock *frame_clock,
               gpointer       user_data)
{
  PatellaPhaseWord *self = PATELLA_PHASE_WORD (widget);
  gint64 now = gdk_frame_clock_get_frame_time (frame_clock);
  double level;
  double t;

  if (self->flash_start == 0)
    self->flash_start = now;

  t = (double) (now - self->flash_start) / FLASH_USEC;
  if (t >= 1.0)
    {
      self->flash_tick = 0;
      stop_flash (self);
      return G_SOURCE_REMOVE;
    }

  /* Ease out: bright at once, then fading slower and slower; in ten
   * steps, so a glow costs ten redraws, not a frame-rate animation. */
  level = ceil ((1.0 - t) * (1.0 - t) * FLASH_STEPS) / FLASH_STEPS;
  if (level != self->flash_level)
    {
      self->flash_level = level;
      gtk_widget_queue_draw (widget);
    }

  return G_SOURCE_CONTINUE;
}

void
patella_phase_word_flash (PatellaPhaseWord *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean animations = TRUE;

  g_return_if_fail (PATELLA_IS_PHASE_WORD (self));

  /* A blink is exactly what the desktop asked not to see. */
  g_object_get (gtk_widget_get_settings (widget), "gtk-enable-animations", &animations, NULL);
  if (!animations || !gtk_widget_get_mapped (widget))
    return;

  self->flash_start = 0;
  self->flash_level = 1.0;
  if (self->flash_tick == 0)
    self->flash_tick = gtk_widget_add_tick_callback (widget, flash_tick_cb, NULL, NULL);
  gtk_widget_queue_draw (widget);
}

gboolean
patella_phase_word_is_flashing (PatellaPhaseWord *self)
{
  g_return_val_if_fail (PATELLA_IS_PHASE_WORD (self), FALSE);

  return self->flash_tick != 0;
}

static void
patella_phase_word_unmap (GtkWidget *widget)
{
  stop_flash (PATELLA_PHASE_WORD (widget));

  GTK_WIDGET_CLASS (patella_phase_word_parent_class)->unmap (widget);
}

GtkWidget *
patella_phase_word_new (void)
{
  return g_object_new (PATELLA_TYPE_PHASE_WORD, NULL);
}

static void
patella_phase_word_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PatellaPhaseWord *self = PATELLA_PHASE_WORD (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_phase_word_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PatellaPhaseWord *self = PATELLA_PHASE_WORD (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      patella_phase_word_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_phase_word_finalize (GObject *object)
{
  PatellaPhaseWord *self = PATELLA_PHASE_WORD (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_object (&self->layout);

  G_OBJECT_CLASS (patella_phase_word_parent_class)->finalize (object);
}

static void
patella_phase_word_class_init (PatellaPhaseWordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = patella_phase_word_finalize;
  object_class->get_property = patella_phase_word_get_property;
  object_class->set_property = patella_phase_word_set_property;

  widget_class->measure = patella_phase_word_measure;
  widget_class->get_request_mode = patella_phase_word_get_request_mode;
  widget_class->snapshot = patella_phase_word_snapshot;
  widget_class->css_changed = patella_phase_word_css_changed;
  widget_class->unmap = patella_phase_word_unmap;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "phaseword");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
patella_phase_word_init (PatellaPhaseWord *self)
{
  self->width_at_max = -1;
}
