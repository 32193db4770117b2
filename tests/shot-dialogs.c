/* shot-dialogs.c: screenshots of the shell's dialogs
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: a tool that saves PNGs of Preferences, Restore from Backup,
 * Log a Past Day (with its calendar), the shortcuts window, the dialog for
 * a file that is not a diary, and the main window with the toast that
 * follows it, for one screen size and style. At a width under 600 the
 * dialogs are made as narrow as the screen, as on a phone:
 *
 *   meson compile -C _build shot-dialogs
 *   SHOTS=/tmp/shots xvfb-run -a -s "-screen 0 1280x800x24" \
 *     dbus-run-session meson devenv -C _build ./tests/shot-dialogs 360 640 dark
 */
#include "config.h"

#include <glib/gstdio.h>
#include <utime.h>

#include "patella-application.h"
#include "patella-backup.h"
#include "patella-demo-diary.h"
#include "patella-pain-entry-dialog.h"
#include "patella-paths.h"
#include "patella-preferences-window.h"
#include "patella-restore-window.h"
#include "patella-store-charts.h"
#include "patella-window.h"
#include "program-test-util.h"
#include "shot-util.h"

static int width, height;

/* Narrow screens get narrow dialogs, as tall as the screen or, for one
 * sized to its content, as tall as that; wide ones their own default size. */
static void
fit (GtkWindow *window,
     gboolean   to_content)
{
  if (width < 600)
    gtk_window_set_default_size (window, width, to_content ? -1 : height);
}

/* A popover is a surface of its own, saved like a window. */
static void
shot_popover (GtkWidget  *popover,
              const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (popover);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int w = gtk_widget_get_width (popover), h = gtk_widget_get_height (popover);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), w, h);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (popover)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  path = g_strdup_printf ("%s/%s-%dx%d-%s.png", g_getenv ("SHOTS") ? g_getenv ("SHOTS") : ".",
                          name, width, height,
                          adw_style_manager_get_dark (adw_style_manager_get_default ())
                          ? "dark" : "light");
  gdk_texture_save_to_png (texture, path);
  g_print ("%s\n", path);
}

/* Backups made today at 08:10, yesterday at 21:04 and five days ago, and
 * a damaged one, as the list shows them. */
static void
make_backups (PatellaStore *store,
              const char   *today)
{
  g_autofree char *dir = patella_paths_backup_dir ();
  const struct { int days_ago; int hour; int minute; } made[] = {
    { 0, 8, 10 }, { 1, 21, 4 }, { 5, 7, 45 },
  };
  char day[PATELLA_LOCAL_DAY_LEN + 1];
  g_autofree char *broken = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (made); i++)
    {
      g_autoptr(GDateTime) when = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *path = NULL;
      struct utimbuf times;
      GDate date;

      patella_local_day_add_days (today, -made[i].days_ago, day);
      g_date_clear (&date, 1);
      patella_local_day_to_date (day, &date);
      when = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                    g_date_get_day (&date), made[i].hour, made[i].minute, 0);
      if (!patella_store_backup_if_due (store, dir, when, &path, &error))
        g_error ("No backup: %s", error->message);
      times.actime = times.modtime = g_date_time_to_unix (when);
      g_utime (path, &times);
    }

  patella_local_day_add_days (today, -6, day);
  broken = g_strdup_printf ("%s/patella-%s.db", dir, day);
  g_file_set_contents (broken, "not a diary any more, half a copy that never finished", -1,
                       NULL);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return w;
    }

  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data = g_dir_make_tmp ("patella-shot-XXXXXX", NULL);
  g_autofree char *db = NULL;
  g_autofree char *garbage = NULL;
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(PatellaDemoDiary) demo = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(PatellaApplication) app = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(PatellaClock) clock = NULL;
  g_autoptr(PatellaToday) today = NULL;
  char today_day[PATELLA_LOCAL_DAY_LEN + 1];
  char tomorrow[PATELLA_LOCAL_DAY_LEN + 1];
  g_autofree char *backup_dir = NULL;
  GtkWindow *window;
  GtkWidget *button;

  /* Before GLib reads them: backups and settings of this run only. */
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_CONFIG_HOME", data, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  shot_init (argc, argv, &width, &height);

  patella_local_day_from_date_time (now, today_day);
  clock = PATELLA_CLOCK (test_clock_at_day (today_day));
  today = patella_today_new (clock);
  db = g_build_filename (data, "demo.db", NULL);
  store = patella_store_open (db, &error);
  g_assert_no_error (error);
  demo = patella_demo_diary_new (today_day, PATELLA_DEMO_SEED);
  if (!patella_store_fill_demo (store, demo, &error))
    g_error ("The demo diary was not written: %s", error->message);
  make_backups (store, today_day);

  settings = g_settings_new (SETTINGS_SCHEMA_ID);
  window = GTK_WINDOW (patella_preferences_window_new (settings));
  fit (window, FALSE);
  gtk_window_present (window);
  shot_window (window, "preferences", 700);
  gtk_window_destroy (window);

  backup_dir = patella_paths_backup_dir ();
  backups = patella_backup_list (backup_dir, &error);
  g_assert_no_error (error);
  window = GTK_WINDOW (patella_restore_window_new (NULL, backups, today_day));
  fit (window, TRUE);
  gtk_window_present (window);
  shot_window (window, "restore", 1200);
  g_signal_emit_by_name (gtk_list_box_get_row_at_index (
    patella_restore_window_get_list (PATELLA_RESTORE_WINDOW (window)), 1), "activate");
  shot_window (find_toplevel (ADW_TYPE_MESSAGE_DIALOG), "restore-confirm", 700);
  gtk_window_destroy (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  gtk_window_destroy (window);

  window = GTK_WINDOW (patella_pain_entry_dialog_new (NULL, store, today, NULL));
  fit (window, TRUE);
  gtk_window_present (window);
  shot_window (window, "past-day", 700);
  button = test_find_visible (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, NULL);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  patella_local_day_add_days (today_day, 1, tomorrow);
  patella_pain_entry_dialog_pick_day (PATELLA_PAIN_ENTRY_DIALOG (window), tomorrow);
  shot_spin_for (500);
  shot_popover (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button))),
                "past-day-calendar");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  shot_spin_for (300);
  gtk_window_destroy (window);

  builder = gtk_builder_new_from_resource (RESOURCE_PATH "/gtk/help-overlay.ui");
  window = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  fit (window, FALSE);
  gtk_window_present (window);
  shot_window (window, "shortcuts", 700);
  gtk_window_destroy (window);

  /* A file that is not a diary: the app asks, then starts afresh with a toast. */
  garbage = g_build_filename (data, "notes.db", NULL);
  g_file_set_contents (garbage, "this is not a database, but somebody's precious notes", -1,
                       NULL);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  app = patella_application_new ("io.github.patella.Patella.Shot", G_APPLICATION_NON_UNIQUE);
  g_object_set (app, "database-path", garbage, NULL);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);
  g_application_activate (G_APPLICATION (app));
  shot_spin_for (300);
  window = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  shot_window (window, "not-a-diary", 700);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (window), "fresh");
  shot_spin_for (300);
  shot_window (find_toplevel (PATELLA_TYPE_WINDOW), "fresh-diary-toast", 1200);

  return EXIT_SUCCESS;
}
