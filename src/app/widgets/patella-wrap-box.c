/* patella-wrap-box.c: children in a row, left to right, wrapping to new lines
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-wrap-box.h"

struct _PatellaWrapBox
{
  GtkWidget parent_instance;

  int       spacing;
  gboolean  centered;
};

G_DEFINE_FINAL_TYPE (PatellaWrapBox, patella_wrap_box, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SPACING,
  PROP_CENTERED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
measure_child (GtkWidget *child,
               int        width,
               int       *w,
               int       *h)
{
  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, w, NULL, NULL);
  *w = MIN (*w, width);
  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, *w, NULL, h, NULL, NULL);
}

/* Allocates the children from @first up to @end (not included) on one
 * line at @y, @line_width wide in all: from the left, or centred. */
static void
place_line (PatellaWrapBox *self,
            GtkWidget      *first,
            GtkWidget      *end,
            int             width,
            int             line_width,
            int             y)
{
  int x = self->centered ? MAX (0, (width - line_width) / 2) : 0;

  for (GtkWidget *child = first; child != end; child = gtk_widget_get_next_sibling (child))
    {
      int w, h;

      if (!gtk_widget_should_layout (child))
        continue;

      measure_child (child, width, &w, &h);
      gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, w, h }, -1);
      x += w + self->spacing;
    }
}

/* Lays the children out in width (or just measures when allocate is FALSE)
 * and returns the height they take. */
static int
layout (PatellaWrapBox *self,
        int             width,
        gboolean        allocate)
{
  GtkWidget *line_start = gtk_widget_get_first_child (GTK_WIDGET (self));
  int x = 0;
  int y = 0;
  int line_height = 0;

  for (GtkWidget *child = line_start;
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int w, h;

      if (!gtk_widget_should_layout (child))
        continue;

      measure_child (child, width, &w, &h);

      if (x > 0 && x + w > width)
        {
          if (allocate)
            place_line (self, line_start, child, width, x - self->spacing, y);
          line_start = child;
          x = 0;
          y += line_height + self->spacing;
          line_height = 0;
        }

      x += w + self->spacing;
      line_height = MAX (line_height, h);
    }

  if (allocate && x > 0)
    place_line (self, line_start, NULL, width, x - self->spacing, y);

  return y + line_height;
}

static GtkSizeRequestMode
patella_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
patella_wrap_box_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  PatellaWrapBox *self = PATELLA_WRAP_BOX (widget);

  *minimum = *natural = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gboolean first = TRUE;

      /* At least the widest child; at best all of them on one line. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;

          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural += child_nat + (first ? 0 : self->spacing);
          first = FALSE;
        }
    }
  else
    {
      int height = layout (self, for_size < 0 ? G_MAXINT / 2 : for_size, FALSE);

      *minimum = *natural = height;
    }
}

static void
patella_wrap_box_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  layout (PATELLA_WRAP_BOX (widget), width, TRUE);
}

void
patella_wrap_box_append (PatellaWrapBox *self,
                         GtkWidget      *child)
{
  g_return_if_fail (PATELLA_IS_WRAP_BOX (self));

  gtk_widget_set_parent (child, GTK_WIDGET (self));
}

void
patella_wrap_box_remove_all (PatellaWrapBox *self)
{
  GtkWidget *child;

  g_return_if_fail (PATELLA_IS_WRAP_BOX (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
}

GtkWidget *
patella_wrap_box_new (int spacing)
{
  return g_object_new (PATELLA_TYPE_WRAP_BOX, "spacing", spacing, NULL);
}

static void
patella_wrap_box_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PatellaWrapBox *self = PATELLA_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;

    case PROP_CENTERED:
      g_value_set_boolean (value, self->centered);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_wrap_box_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PatellaWrapBox *self = PATELLA_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      if (self->spacing != g_value_get_int (value))
        {
          self->spacing = g_value_get_int (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_CENTERED:
      if (self->centered != g_value_get_boolean (value))
        {
          self->centered = g_value_get_boolean (value);
          gtk_widget_queue_allocate (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_wrap_box_dispose (GObject *object)
{
  patella_wrap_box_remove_all (PATELLA_WRAP_BOX (object));

  G_OBJECT_CLASS (patella_wrap_box_parent_class)->dispose (object);
}

static void
patella_wrap_box_class_init (PatellaWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_wrap_box_dispose;
  object_class->get_property = patella_wrap_box_get_property;
  object_class->set_property = patella_wrap_box_set_property;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL,
                      0, G_MAXINT16, 4,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Each line centred, as a row of controls under a screen should be. */
  properties[PROP_CENTERED] =
    g_param_spec_boolean ("centered", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->get_request_mode = patella_wrap_box_get_request_mode;
  widget_class->measure = patella_wrap_box_measure;
  widget_class->size_allocate = patella_wrap_box_size_allocate;
}

static void
patella_wrap_box_init (PatellaWrapBox *self)
{
  self->spacing = 4;
}
