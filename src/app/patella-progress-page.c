/* patella-progress-page.c: the Progress page
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-progress-page.h"

struct _PatellaProgressPage
{
  GtkWidget  parent_instance;

  GtkStack  *stack;
};

G_DEFINE_FINAL_TYPE (PatellaProgressPage, patella_progress_page, GTK_TYPE_WIDGET)

static void
patella_progress_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PATELLA_TYPE_PROGRESS_PAGE);

  G_OBJECT_CLASS (patella_progress_page_parent_class)->dispose (object);
}

static void
patella_progress_page_class_init (PatellaProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_progress_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaProgressPage, stack);
}

static void
patella_progress_page_init (PatellaProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
