/* patella-stage.c: the session screen's picture, phase and info, side by side or stacked
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "patella-stage.h"

#define WIDE_SPACING 24
#define NARROW_SPACING 12

struct _PatellaStage
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (PatellaStage, patella_stage, GTK_TYPE_WIDGET)

typedef struct
{
  GtkWidget *picture;
  GtkWidget *phase;
  GtkWidget *info;
} Parts;

static void
find_parts (GtkWidget *widget,
            Parts     *parts)
{
  memset (parts, 0, sizeof *parts);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *name = gtk_widget_get_name (child);

      if (!gtk_widget_should_layout (child))
        continue;
      if (g_str_equal (name, "picture"))
        parts->picture = child;
      else if (g_str_equal (name, "phase"))
        parts->phase = child;
      else if (g_str_equal (name, "info"))
        parts->info = child;
    }
}

static void
measure_part (GtkWidget      *part,
              GtkOrientation  orientation,
              int             for_size,
              int            *minimum,
              int            *natural)
{
  *minimum = *natural = 0;
  if (part != NULL)
    gtk_widget_measure (part, orientation, for_size, minimum, natural, NULL, NULL);
}

static int
phase_width (Parts *parts,
             int    width)
{
  int min, nat;

  measure_part (parts->phase, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat);
  return CLAMP (width * 45 / 100, min, MAX (min, width - 96 - WIDE_SPACING));
}

static void
patella_stage_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  Parts parts;
  int pic_min, pic_nat, phase_min, phase_nat, info_min, info_nat;

  find_parts (widget, &parts);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      measure_part (parts.picture, orientation, -1, &pic_min, &pic_nat);
      measure_part (parts.phase, orientation, -1, &phase_min, &phase_nat);
      measure_part (parts.info, orientation, -1, &info_min, &info_nat);
      *minimum = MAX (MAX (pic_min, phase_min), info_min);
      *natural = MAX (pic_nat + WIDE_SPACING + phase_nat, info_nat);
      return;
    }

  if (for_size >= PATELLA_STAGE_WIDE_MIN)
    {
      int pw = phase_width (&parts, for_size);

      measure_part (parts.picture, orientation, for_size - pw - WIDE_SPACING, &pic_min, &pic_nat);
      measure_part (parts.phase, orientation, pw, &phase_min, &phase_nat);
      measure_part (parts.info, orientation, for_size, &info_min, &info_nat);
      *minimum = MAX (pic_min, phase_min) + (parts.info ? WIDE_SPACING + info_min : 0);
      *natural = MAX (pic_nat, phase_nat) + (parts.info ? WIDE_SPACING + info_nat : 0);
    }
  else
    {
      int n = (parts.picture != NULL) + (parts.phase != NULL) + (parts.info != NULL);

      measure_part (parts.picture, orientation, for_size, &pic_min, &pic_nat);
      measure_part (parts.phase, orientation, for_size, &phase_min, &phase_nat);
      measure_part (parts.info, orientation, for_size, &info_min, &info_nat);
      *minimum = pic_min + phase_min + info_min + MAX (n - 1, 0) * NARROW_SPACING;
      *natural = pic_nat + phase_nat + info_nat + MAX (n - 1, 0) * NARROW_SPACING;
    }
}

static void
place (GtkWidget *part,
       int        x,
       int        y,
       int        width,
       int        height)
{
  if (part != NULL)
    gtk_widget_size_allocate (part,
                              &(GtkAllocation) { x, y, MAX (width, 0), MAX (height, 0) },
                              -1);
}

static void
patella_stage_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  Parts parts;
  int info_min, info_nat, info_h;

  find_parts (widget, &parts);

  if (width >= PATELLA_STAGE_WIDE_MIN)
    {
      int pw = phase_width (&parts, width);
      int top, phase_min, phase_nat;

      measure_part (parts.info, GTK_ORIENTATION_VERTICAL, width, &info_min, &info_nat);
      measure_part (parts.phase, GTK_ORIENTATION_VERTICAL, pw, &phase_min, &phase_nat);
      /* The info gives way first: the phase must keep its full height. */
      info_h = CLAMP (info_nat, info_min, MAX (info_min, height - phase_min - WIDE_SPACING));
      top = parts.info ? height - info_h - WIDE_SPACING : height;

      if (parts.picture != NULL)
        {
          place (parts.picture, 0, 0, width - pw - WIDE_SPACING, top);
          place (parts.phase, width - pw, 0, pw, top);
        }
      else
        place (parts.phase, 0, 0, width, top);
      place (parts.info, 0, height - info_h, width, info_h);
    }
  else
    {
      int phase_min, phase_nat, pic_min, pic_nat, phase_h, pic_h, want_pic, y = 0;

      measure_part (parts.info, GTK_ORIENTATION_VERTICAL, width, &info_min, &info_nat);
      measure_part (parts.phase, GTK_ORIENTATION_VERTICAL, width, &phase_min, &phase_nat);
      measure_part (parts.picture, GTK_ORIENTATION_VERTICAL, width, &pic_min, &pic_nat);

      /* The figure should get about a third of the height: the
       * instructions give way first (they scroll), then the phase, down
       * to what each needs. */
      phase_h = phase_nat;
      info_h = info_nat;
      want_pic = parts.picture != NULL ? MIN (pic_nat, height * 30 / 100) : 0;
      pic_h = height - phase_h - info_h - 2 * NARROW_SPACING;
      if (pic_h < want_pic)
        {
          int short_by = want_pic - pic_h;
          int give = MIN (short_by, info_nat - info_min);

          info_h -= give;
          short_by -= give;
          phase_h -= MIN (short_by, phase_nat - phase_min);
          pic_h = MAX (0, height - phase_h - info_h - 2 * NARROW_SPACING);
        }

      place (parts.phase, 0, y, width, phase_h);
      y += phase_h + NARROW_SPACING;
      if (parts.picture != NULL)
        {
          place (parts.picture, 0, y, width, pic_h);
          y += pic_h + NARROW_SPACING;
        }
      place (parts.info, 0, y, width, height - y);
    }
}

static GtkSizeRequestMode
patella_stage_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

GtkWidget *
patella_stage_new (void)
{
  return g_object_new (PATELLA_TYPE_STAGE, NULL);
}

static void
patella_stage_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (patella_stage_parent_class)->dispose (object);
}

static void
patella_stage_class_init (PatellaStageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_stage_dispose;

  widget_class->measure = patella_stage_measure;
  widget_class->size_allocate = patella_stage_size_allocate;
  widget_class->get_request_mode = patella_stage_get_request_mode;

  gtk_widget_class_set_css_name (widget_class, "stage");
}

static void
patella_stage_init (PatellaStage *self)
{
}
