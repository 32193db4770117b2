/* patella-today-page.c: the Today page
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-today-page.h"

struct _PatellaTodayPage
{
  GtkWidget  parent_instance;

  GtkStack  *stack;
};

G_DEFINE_FINAL_TYPE (PatellaTodayPage, patella_today_page, GTK_TYPE_WIDGET)

static void
patella_today_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PATELLA_TYPE_TODAY_PAGE);

  G_OBJECT_CLASS (patella_today_page_parent_class)->dispose (object);
}

static void
patella_today_page_class_init (PatellaTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_today_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaTodayPage, stack);
}

static void
patella_today_page_init (PatellaTodayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
