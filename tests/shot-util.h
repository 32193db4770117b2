/* shot-util.h: what the screenshot tools share: their style and how they save a window
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>

#include "patella-demo-diary.h"
#include "patella-store-charts.h"

/* Real time, so the frame clock draws and transitions end. */
static inline void
shot_spin_for (guint msec)
{
  gint64 end = g_get_monotonic_time () + (gint64) msec * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
}

/* Reads WIDTH HEIGHT [light|dark] and styles the display as the app does,
 * forcing the colour scheme: libadwaita 1.2 reads no environment variable
 * for it, so this is the only way to see dark under Xvfb. */
static inline void
shot_init (int   argc,
           char *argv[],
           int  *width,
           int  *height)
{
  g_autoptr(GtkCssProvider) css = NULL;
  gboolean dark;

  if (argc < 3)
    {
      g_printerr ("Usage: %s WIDTH HEIGHT [light|dark]\n", argv[0]);
      exit (2);
    }
  *width = atoi (argv[1]);
  *height = atoi (argv[2]);
  dark = argc > 3 && g_str_equal (argv[3], "dark");

  /* The translations built in this tree: LANGUAGE=de shows German. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, PO_BUILDDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_init ();
  adw_init ();
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                           : ADW_COLOR_SCHEME_FORCE_LIGHT);
  /* What AdwApplication does for the app: the resource stylesheet. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PATH "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* Saves WINDOW as $SHOTS/NAME-WxH-light.png (or -dark) once it has
 * settled for SETTLE_MSEC, and prints the path. */
static inline void
shot_window (GtkWindow  *window,
             const char *name,
             guint       settle_msec)
{
  GtkWidget *w = GTK_WIDGET (window);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  shot_spin_for (settle_msec);
  width = gtk_widget_get_width (w);
  height = gtk_widget_get_height (w);
  paintable = gtk_widget_paintable_new (w);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_strdup_printf ("%s/%s-%dx%d-%s.png",
                          g_getenv ("SHOTS") != NULL ? g_getenv ("SHOTS") : ".",
                          name, width, height, dark ? "dark" : "light");
  gdk_texture_save_to_png (texture, path);
  g_print ("%s\n", path);
}

/* A store in a new temporary folder (*dir, for test_rm_rf), filled with
 * the demo diary that ends on @day. */
static inline PatellaStore *
shot_open_demo_store (const char  *day,
                      char       **dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaDemoDiary) demo = patella_demo_diary_new (day, PATELLA_DEMO_SEED);
  g_autofree char *db = NULL;
  PatellaStore *store;

  *dir = g_dir_make_tmp ("patella-shot-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (*dir, "patella.db", NULL);
  store = patella_store_open (db, &error);
  g_assert_no_error (error);
  if (!patella_store_fill_demo (store, demo, &error))
    g_error ("The demo diary was not written: %s", error->message);

  return store;
}
