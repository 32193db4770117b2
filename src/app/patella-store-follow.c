/* patella-store-follow.c: lets a page find the application's store once it is in a window
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-application.h"
#include "patella-store-follow.h"

#define SETTER_KEY "patella-store-setter"

static gboolean
try_application (GtkWidget          *widget,
                 PatellaStoreSetter  set_store)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkApplication *app;
  PatellaStore *store;

  if (!GTK_IS_WINDOW (root))
    return FALSE;

  app = gtk_window_get_application (GTK_WINDOW (root));
  if (!PATELLA_IS_APPLICATION (app))
    return FALSE;

  store = patella_application_get_store (PATELLA_APPLICATION (app));
  if (store == NULL)
    return FALSE;

  set_store (widget, store);
  return TRUE;
}

static void
application_changed_cb (GtkWindow  *window,
                        GParamSpec *pspec,
                        GtkWidget  *widget)
{
  PatellaStoreSetter set_store = g_object_get_data (G_OBJECT (widget), SETTER_KEY);

  if (set_store != NULL && try_application (widget, set_store))
    patella_store_follow_unroot (widget);
}

void
patella_store_follow_root (GtkWidget          *widget,
                           PatellaStoreSetter  set_store)
{
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (set_store != NULL);

  if (try_application (widget, set_store))
    return;

  root = gtk_widget_get_root (widget);
  if (!GTK_IS_WINDOW (root))
    return;

  g_object_set_data (G_OBJECT (widget), SETTER_KEY, set_store);
  g_signal_connect_object (root, "notify::application",
                           G_CALLBACK (application_changed_cb), widget, 0);
}

void
patella_store_follow_unroot (GtkWidget *widget)
{
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (g_object_get_data (G_OBJECT (widget), SETTER_KEY) == NULL)
    return;

  g_object_set_data (G_OBJECT (widget), SETTER_KEY, NULL);
  root = gtk_widget_get_root (widget);
  if (root != NULL)
    g_signal_handlers_disconnect_by_func (root, application_changed_cb, widget);
}
