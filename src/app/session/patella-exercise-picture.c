/* patella-exercise-picture.c: an exercise's figure, start or end position, recoloured for dark
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "patella-exercise-picture.h"

#define MIN_FIGURE 64

struct _PatellaExercisePicture
{
  GtkWidget   parent_instance;

  char       *exercise_id;
  gboolean    end;

  /* Both positions, rasterised for one size and style, so the swap at
   * each phase change costs nothing. Cairo surfaces, not textures: the
   * cairo renderer would convert a texture's pixels on every frame that
   * redraws any part of the window. */
  cairo_surface_t *surfaces[2];
  int         surface_box_width;
  int         surface_box_height;
  gboolean    surface_dark;
  guint       n_renders;
};

G_DEFINE_FINAL_TYPE (PatellaExercisePicture, patella_exercise_picture, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EXERCISE_ID,
  PROP_END,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The figures are drawn in these three colours (build-aux/make-illustrations);
 * dark mode swaps them for the GNOME palette's light counterparts. */
static const struct {
  const char *light;
  const char *dark;
} palette[] = {
  { "#3d3846", "#deddda" },   /* ink: the body */
  { "#9a9996", "#77767b" },   /* ground: floor and wall */
  { "#1c71d8", "#78aeed" },   /* accent: the working limb, motion arrows */
};

static char *
figure_path (const char *exercise_id,
             gboolean    end)
{
  return g_strdup_printf (RESOURCE_PATH "/illustrations/%s-%s.svg",
                          exercise_id, end ? "end" : "start");
}

gboolean
patella_exercise_picture_has_figure (const char *exercise_id)
{
  g_autofree char *path = NULL;

  if (exercise_id == NULL)
    return FALSE;

  path = figure_path (exercise_id, FALSE);
  return g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL);
}

static GBytes *
recolour (GBytes *svg)
{
  gsize len;
  const char *data = g_bytes_get_data (svg, &len);
  g_autoptr(GString) text = g_string_new_len (data, len);

  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    g_string_replace (text, palette[i].light, palette[i].dark, 0);

  return g_string_free_to_bytes (g_steal_pointer (&text));
}

typedef struct
{
  int box_width;
  int box_height;
} FitData;

static void
size_prepared_cb (GdkPixbufLoader *loader,
                  int              width,
                  int              height,
                  FitData         *fit)
{
  double scale;

  if (width <= 0 || height <= 0)
    return;

  scale = MIN ((double) fit->box_width / width, (double) fit->box_height / height);
  gdk_pixbuf_loader_set_size (loader,
                              MAX (1, (int) (width * scale)),
                              MAX (1, (int) (height * scale)));
}

static cairo_surface_t *
render (PatellaExercisePicture *self,
        gboolean                end,
        int                     box_width,
        int                     box_height,
        gboolean                dark)
{
  g_autofree char *path = figure_path (self->exercise_id, end);
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GdkPixbufLoader) loader = NULL;
  g_autoptr(GError) error = NULL;
  FitData fit = { box_width, box_height };
  GdkPixbuf *pixbuf;
  cairo_surface_t *surface;
  cairo_t *cr;

  svg = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (svg == NULL)
    return NULL;

  if (dark)
    {
      GBytes *dark_svg = recolour (svg);
      g_bytes_unref (svg);
      svg = dark_svg;
    }

  loader = gdk_pixbuf_loader_new_with_type ("svg", &error);
  if (loader == NULL)
    {
      /* Said once, where a user who wonders will look; the session runs
       * on without its pictures. */
      static gsize told = 0;

      if (g_once_init_enter (&told))
        {
          g_message ("Exercise pictures are off: %s (the librsvg2-common package "
                     "draws them)", error->message);
          g_once_init_leave (&told, 1);
        }
      return NULL;
    }

  g_signal_connect (loader, "size-prepared", G_CALLBACK (size_prepared_cb), &fit);
  if (!gdk_pixbuf_loader_write_bytes (loader, svg, &error)
      || !gdk_pixbuf_loader_close (loader, &error))
    {
      g_debug ("Cannot draw %s: %s", path, error->message);
      return NULL;
    }

  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  if (pixbuf == NULL)
    return NULL;

  self->n_renders++;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        gdk_pixbuf_get_width (pixbuf),
                                        gdk_pixbuf_get_height (pixbuf));
  cr = cairo_create (surface);
  gdk_cairo_set_source_pixbuf (cr, pixbuf, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);

  return surface;
}

static void
drop_surfaces (PatellaExercisePicture *self)
{
  g_clear_pointer (&self->surfaces[0], cairo_surface_destroy);
  g_clear_pointer (&self->surfaces[1], cairo_surface_destroy);
}

static void
patella_exercise_picture_snapshot (GtkWidget   *widget,
                                   GtkSnapshot *snapshot)
{
  PatellaExercisePicture *self = PATELLA_EXERCISE_PICTURE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int scale = gtk_widget_get_scale_factor (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  cairo_surface_t *surface;
  double w, h;
  cairo_t *cr;

  /* Too small to read from a distance: better nothing than a smudge. */
  if (self->exercise_id == NULL || width < MIN_FIGURE || height < MIN_FIGURE * 3 / 4)
    return;

  if (width * scale != self->surface_box_width
      || height * scale != self->surface_box_height
      || dark != self->surface_dark)
    {
      drop_surfaces (self);
      self->surface_box_width = width * scale;
      self->surface_box_height = height * scale;
      self->surface_dark = dark;
    }

  if (self->surfaces[self->end] == NULL)
    self->surfaces[self->end] = render (self, self->end, width * scale, height * scale, dark);

  surface = self->surfaces[self->end];
  if (surface == NULL)
    return;

  w = (double) cairo_image_surface_get_width (surface) / scale;
  h = (double) cairo_image_surface_get_height (surface) / scale;
  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (floor ((width - w) / 2),
                                                       floor ((height - h) / 2), w, h));
  cairo_translate (cr, floor ((width - w) / 2), floor ((height - h) / 2));
  cairo_scale (cr, 1.0 / scale, 1.0 / scale);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
}

static void
patella_exercise_picture_measure (GtkWidget      *widget,
                                  GtkOrientation  orientation,
                                  int             for_size,
                                  int            *minimum,
                                  int            *natural,
                                  int            *minimum_baseline,
                                  int            *natural_baseline)
{
  /* The figures are about 4:3; whatever box it gets, the figure fits
   * inside. It asks for no minimum: on a small screen the phase and the
   * questions come first, and the figure takes what is left. */
  *minimum = 0;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 400 : 300;
}

static void
dark_changed_cb (PatellaExercisePicture *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
patella_exercise_picture_get_exercise_id (PatellaExercisePicture *self)
{
  g_return_val_if_fail (PATELLA_IS_EXERCISE_PICTURE (self), NULL);

  return self->exercise_id;
}

void
patella_exercise_picture_set_exercise_id (PatellaExercisePicture *self,
                                          const char             *exercise_id)
{
  g_return_if_fail (PATELLA_IS_EXERCISE_PICTURE (self));

  if (g_strcmp0 (self->exercise_id, exercise_id) == 0)
    return;

  g_free (self->exercise_id);
  self->exercise_id = g_strdup (exercise_id);
  drop_surfaces (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE_ID]);
}

gboolean
patella_exercise_picture_get_end (PatellaExercisePicture *self)
{
  g_return_val_if_fail (PATELLA_IS_EXERCISE_PICTURE (self), FALSE);

  return self->end;
}

void
patella_exercise_picture_set_end (PatellaExercisePicture *self,
                                  gboolean                end)
{
  g_return_if_fail (PATELLA_IS_EXERCISE_PICTURE (self));

  end = !!end;
  if (self->end == end)
    return;

  self->end = end;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}

guint
patella_exercise_picture_get_n_renders (PatellaExercisePicture *self)
{
  g_return_val_if_fail (PATELLA_IS_EXERCISE_PICTURE (self), 0);

  return self->n_renders;
}

GtkWidget *
patella_exercise_picture_new (void)
{
  return g_object_new (PATELLA_TYPE_EXERCISE_PICTURE, NULL);
}

static void
patella_exercise_picture_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  PatellaExercisePicture *self = PATELLA_EXERCISE_PICTURE (object);

  switch (prop_id)
    {
    case PROP_EXERCISE_ID:
      g_value_set_string (value, self->exercise_id);
      break;

    case PROP_END:
      g_value_set_boolean (value, self->end);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_exercise_picture_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  PatellaExercisePicture *self = PATELLA_EXERCISE_PICTURE (object);

  switch (prop_id)
    {
    case PROP_EXERCISE_ID:
      patella_exercise_picture_set_exercise_id (self, g_value_get_string (value));
      break;

    case PROP_END:
      patella_exercise_picture_set_end (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_exercise_picture_finalize (GObject *object)
{
  PatellaExercisePicture *self = PATELLA_EXERCISE_PICTURE (object);

  drop_surfaces (self);
  g_clear_pointer (&self->exercise_id, g_free);

  G_OBJECT_CLASS (patella_exercise_picture_parent_class)->finalize (object);
}

static void
patella_exercise_picture_class_init (PatellaExercisePictureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = patella_exercise_picture_finalize;
  object_class->get_property = patella_exercise_picture_get_property;
  object_class->set_property = patella_exercise_picture_set_property;

  widget_class->snapshot = patella_exercise_picture_snapshot;
  widget_class->measure = patella_exercise_picture_measure;

  properties[PROP_EXERCISE_ID] =
    g_param_spec_string ("exercise-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_END] =
    g_param_spec_boolean ("end", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "exercisepicture");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
patella_exercise_picture_init (PatellaExercisePicture *self)
{
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
}
