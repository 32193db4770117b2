/* test-data-jobs.c: export and import from the window, off the main thread, with Cancel
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "make-diary.h"
#include "program-test-util.h"
#include "patella-application-private.h"
#include "patella-csv-export.h"
#include "patella-window.h"
#include "store-test-util.h"

typedef struct
{
  char               *dir;
  PatellaApplication *app;
  PatellaWindow      *window;
  PatellaTaskBar     *bar;
} Fixture;

static void
spin_until_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Spins until cond holds, failing after 20 s (a slow sanitizer build),
 * not the 5 s of program-test-util.h. */
#undef SPIN_UNTIL
#define SPIN_UNTIL(cond)                                                  \
  G_STMT_START {                                                          \
    gint64 spin_end_ = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;    \
    while (!(cond))                                                       \
      {                                                                   \
        g_assert_cmpint (g_get_monotonic_time (), <, spin_end_);          \
        if (!g_main_context_iteration (NULL, FALSE))                      \
          g_usleep (2000);                                                \
      }                                                                   \
  } G_STMT_END

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();

  f->dir = test_make_tmp_dir ();
  path = g_build_filename (f->dir, "diary.db", NULL);
  f->app = patella_application_new ("io.github.patella.Patella.Test", G_APPLICATION_NON_UNIQUE);
  g_object_set (f->app, "database-path", path, NULL);
  g_assert_true (g_application_register (G_APPLICATION (f->app), NULL, NULL));
  g_application_activate (G_APPLICATION (f->app));
  spin_until_idle ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && f->window == NULL; i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (PATELLA_IS_WINDOW (w))
        f->window = PATELLA_WINDOW (w);
    }
  g_assert_nonnull (f->window);
  f->bar = patella_window_get_task_bar (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, 0);
      gtk_window_destroy (w);
    }
  spin_until_idle ();
  g_clear_object (&f->app);
  test_rm_rf (f->dir);
  g_free (f->dir);
}

static gboolean
action_enabled (Fixture    *f,
                const char *name)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (f->app), name);
}

static GtkWidget *
find_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return ADW_MESSAGE_DIALOG (w);
    }

  return NULL;
}

static guint
count_pain (Fixture *f)
{
  g_autoptr(GPtrArray) all = patella_store_list_pain (patella_application_get_store (f->app),
                                                      NULL);

  return all->len;
}

/* An export of the years-long diary at `path`, for the import tests. */
static char *
export_of_years (Fixture *f,
                 guint    years)
{
  g_autofree char *source_path = g_build_filename (f->dir, "source.db", NULL);
  char *export_dir = g_build_filename (f->dir, "export", NULL);
  g_autoptr(PatellaStore) source = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (make_diary (source_path, years, 7, &error));
  g_assert_no_error (error);
  source = patella_store_open (source_path, &error);
  g_assert_no_error (error);
  g_assert_true (patella_csv_export (source, export_dir, &error));
  g_assert_no_error (error);

  return export_dir;
}

/* A short job: done before the bar would show, the data in, the actions
 * back on. */
static void
test_import_and_export (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *export_dir = export_of_years (f, 1);
  g_autofree char *again = g_build_filename (f->dir, "again", NULL);
  g_autofree char *manifest = g_build_filename (again, "patella-export.txt", NULL);
  AdwMessageDialog *details;

  _patella_application_import_from (f->app, export_dir);
  g_assert_true (patella_task_bar_get_busy (f->bar));
  /* One job at a time. */
  g_assert_false (action_enabled (f, "import-csv"));
  g_assert_false (action_enabled (f, "export-csv"));
  g_assert_false (action_enabled (f, "restore-backup"));
  SPIN_UNTIL (!patella_task_bar_get_busy (f->bar));

  g_assert_cmpuint (count_pain (f), >=, 365);
  g_assert_true (action_enabled (f, "import-csv"));
  g_assert_false (patella_task_bar_get_shown (f->bar));
  /* Said in a toast short enough for one line at 360 px; anything after
   * the first clause goes behind Details. */
  spin_until_idle ();
  g_assert_true (test_has_label (GTK_WIDGET (f->window), "Imported ", FALSE));
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "import-details",
                                  g_variant_new_string ("Nothing new; 3 were already there"));
  spin_until_idle ();
  details = find_message_dialog ();
  g_assert_nonnull (details);
  g_assert_cmpstr (adw_message_dialog_get_body (details), ==,
                   "Nothing new; 3 were already there");
  gtk_window_destroy (GTK_WINDOW (details));

  _patella_application_export_to (f->app, again);
  SPIN_UNTIL (!patella_task_bar_get_busy (f->bar));
  g_assert_true (g_file_test (manifest, G_FILE_TEST_IS_REGULAR));
}

/* A long import shows the bar after half a second; Cancel leaves the diary
 * exactly as it was. */
static void
test_cancel_long_import (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *export_dir = export_of_years (f, 40);
  g_autoptr(PatellaPainEntry) mine = patella_pain_entry_new ("2026-06-30", 1, 2);
  g_autoptr(GError) error = NULL;
  gint64 started;

  g_assert_true (patella_store_save_pain (patella_application_get_store (f->app), mine, NULL,
                                          &error));
  g_assert_cmpuint (count_pain (f), ==, 1);

  started = g_get_monotonic_time ();
  _patella_application_import_from (f->app, export_dir);
  SPIN_UNTIL (patella_task_bar_get_shown (f->bar) || !patella_task_bar_get_busy (f->bar));
  g_assert_true (patella_task_bar_get_busy (f->bar));
  g_assert_cmpint (g_get_monotonic_time () - started, >=, G_USEC_PER_SEC / 2);
  g_assert_cmpstr (patella_task_bar_get_title (f->bar), ==, "Importing into the diary…");

  /* The button, as a user would press it. */
  g_signal_emit_by_name (find_button (GTK_WIDGET (f->bar)), "clicked");
  g_test_message ("cancelled after %" G_GINT64_FORMAT " ms",
                  (g_get_monotonic_time () - started) / 1000);
  SPIN_UNTIL (!patella_task_bar_get_busy (f->bar));

  g_assert_cmpuint (count_pain (f), ==, 1);
  g_assert_true (action_enabled (f, "import-csv"));
}

int
main (int   argc,
      char *argv[])
{
  int ret;
  g_autofree char *data_home = g_dir_make_tmp ("patella-data-XXXXXX", NULL);

  /* Backups go under the data dir, which GLib reads once. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/data-jobs/import-and-export", Fixture, NULL,
              fixture_set_up, test_import_and_export, fixture_tear_down);
  g_test_add ("/data-jobs/cancel-long-import", Fixture, NULL,
              fixture_set_up, test_cancel_long_import, fixture_tear_down);

  ret = g_test_run ();
  test_rm_rf (data_home);

  return ret;
}
