/* patella-phase-word.c: the current phase in one large word, shrunk only to fit
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "patella-phase-word.h"

struct _PatellaPhaseWord
{
  GtkWidget  parent_instance;

  char      *text;
  double     drawn_size;
  gboolean   flash_b;
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

static double
fit_size (PatellaPhaseWord *self,
          int               width)
{
  double biggest = max_size (self);
  g_autoptr(PangoLayout) layout = NULL;
  int text_width;

  if (width < 0 || self->text == NULL || *self->text == '\0')
    return biggest;

  layout = layout_at (self, biggest);
  pango_layout_get_pixel_size (layout, &text_width, NULL);
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
  g_autoptr(PangoLayout) layout = NULL;
  GdkRGBA color;
  int w, h;

  if (self->text == NULL || *self->text == '\0')
    return;

  self->drawn_size = fit_size (self, width);
  layout = layout_at (self, self->drawn_size);
  pango_layout_get_pixel_size (layout, &w, &h);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((width - w) / 2.0, (height - h) / 2.0));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
patella_phase_word_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (patella_phase_word_parent_class)->css_changed (widget, change);

  /* The font size lives in CSS; a class change can move it. */
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

void
patella_phase_word_flash (PatellaPhaseWord *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean animations = TRUE;

  g_return_if_fail (PATELLA_IS_PHASE_WORD (self));

  g_object_get (gtk_widget_get_settings (widget), "gtk-enable-animations", &animations, NULL);
  if (!animations || !gtk_widget_get_mapped (widget))
    return;

  /* Two classes with the same fade: swapping them restarts it. */
  self->flash_b = !self->flash_b;
  gtk_widget_remove_css_class (widget, self->flash_b ? "flash-a" : "flash-b");
  gtk_widget_add_css_class (widget, self->flash_b ? "flash-b" : "flash-a");
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
}
