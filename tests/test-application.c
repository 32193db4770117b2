/* test-application.c: the command line of the application
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "patella-application.h"
#include "patella-restore-window.h"
#include "patella-window.h"
#include "program-test-util.h"
#include "store-test-util.h"

static char *seen_path;

/* Runs before the class handler, so no window is built. */
static void
capture_and_stop (GApplication *app,
                  gpointer      user_data)
{
  g_free (seen_path);
  seen_path = g_strdup (patella_application_get_database_path (PATELLA_APPLICATION (app)));
  g_signal_stop_emission_by_name (app, "activate");
}

static int
run_with (const char * const *args)
{
  g_autoptr(PatellaApplication) app = NULL;
  g_auto(GStrv) argv = g_strdupv ((char **) args);

  app = patella_application_new ("io.github.patella.Patella.Test", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (capture_and_stop), NULL);

  return g_application_run (G_APPLICATION (app), g_strv_length (argv), argv);
}

static void
test_database_option (void)
{
  g_autofree char *here = g_get_current_dir ();
  g_autofree char *expected = g_build_filename (here, "knee.db", NULL);
  /* --create: none of these files exists, and only the path is looked at. */
  const char *relative[] = { "patella", "--database", "knee.db", "--create", NULL };
  const char *absolute[] = { "patella", "--database=/tmp/other/diary.db", "--create", NULL };
  const char *shortopt[] = { "patella", "-d", "/tmp/x.db", "--create", NULL };

  g_assert_cmpint (run_with (relative), ==, 0);
  g_assert_cmpstr (seen_path, ==, expected);

  g_assert_cmpint (run_with (absolute), ==, 0);
  g_assert_cmpstr (seen_path, ==, "/tmp/other/diary.db");

  g_assert_cmpint (run_with (shortopt), ==, 0);
  g_assert_cmpstr (seen_path, ==, "/tmp/x.db");
}

static void
test_default_database (void)
{
  const char *none[] = { "patella", NULL };
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (),
                                                "patella", "patella.db", NULL);

  g_assert_cmpint (run_with (none), ==, 0);
  g_assert_cmpstr (seen_path, ==, expected);
}

static void
test_version (void)
{
  if (g_test_subprocess ())
    {
      const char *args[] = { "patella", "--version", NULL };
      g_clear_pointer (&seen_path, g_free);
      g_assert_cmpint (run_with (args), ==, 0);
      /* --version must exit before activating anything. */
      g_assert_null (seen_path);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("patella " PACKAGE_VERSION "\n");
}

static void
spin_until_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
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

/* The first-run notice may be open too: find the dialog that asks this. */
static AdwMessageDialog *
find_dialog_with (const char *response)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w))
          && adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (w), response))
        return ADW_MESSAGE_DIALOG (w);
    }

  return NULL;
}

static void
destroy_toplevels (void)
{
  GtkWindow *w;

  while ((w = find_toplevel (GTK_TYPE_WINDOW)) != NULL)
    gtk_window_destroy (w);
  spin_until_idle ();
}

static PatellaApplication *
registered_app_on (const char *path)
{
  PatellaApplication *app;

  app = patella_application_new ("io.github.patella.Patella.Test", G_APPLICATION_NON_UNIQUE);
  g_object_set (app, "database-path", path, NULL);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  return app;
}

static void
test_activate_opens_store (void)
{
  g_autofree char *dir = g_dir_make_tmp ("patella-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "new", "diary.db", NULL);
  g_autoptr(PatellaApplication) app = registered_app_on (path);

  g_application_activate (G_APPLICATION (app));
  spin_until_idle ();

  g_assert_nonnull (patella_application_get_store (app));
  g_assert_cmpstr (patella_store_get_path (patella_application_get_store (app)), ==, path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (find_toplevel (PATELLA_TYPE_WINDOW));

  destroy_toplevels ();
  g_clear_object (&app);
  test_rm_rf (dir);
}

static void
test_bad_file_is_kept_and_fresh_start_offered (void)
{
  g_autofree char *dir = g_dir_make_tmp ("patella-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "diary.db", NULL);
  g_autoptr(PatellaApplication) app = NULL;
  g_autoptr(GDir) listing = NULL;
  const char garbage[] = "this is not a database, but somebody's precious notes";
  GtkWindow *dialog;
  const char *name;
  const char *body;
  gboolean found_kept = FALSE;

  g_assert_true (g_file_set_contents (path, garbage, -1, NULL));
  app = registered_app_on (path);

  g_application_activate (G_APPLICATION (app));
  spin_until_idle ();

  /* No main window on a bad file: the user is asked what to do. */
  g_assert_null (patella_application_get_store (app));
  g_assert_null (find_toplevel (PATELLA_TYPE_WINDOW));
  dialog = GTK_WINDOW (find_dialog_with ("retry"));
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "other"));
  /* Not a diary reads the same again: the first offer is another file, and
   * the body says once that the file was kept. */
  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "other");
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, "left as it is"));
  g_assert_null (strstr (strstr (body, "left as it is") + 1, "left as it is"));
  g_assert_null (strstr (body, "not been changed"));

  /* Trying again on the same bad file asks again, and changes nothing. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "retry");
  spin_until_idle ();
  g_assert_null (patella_application_get_store (app));
  dialog = GTK_WINDOW (find_dialog_with ("fresh"));
  g_assert_nonnull (dialog);

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "fresh");
  spin_until_idle ();

  g_assert_nonnull (patella_application_get_store (app));
  g_assert_nonnull (find_toplevel (PATELLA_TYPE_WINDOW));
  /* A toast short enough for one line at 360 px says so, with Show. */
  g_assert_true (test_has_label (GTK_WIDGET (find_toplevel (PATELLA_TYPE_WINDOW)),
                                 "Old file kept aside", TRUE));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "show-file"));

  /* The old bytes are still on disk, under another name. */
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *full = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;

      if (g_str_equal (name, "diary.db") || !g_str_has_prefix (name, "diary"))
        continue;
      if (g_file_get_contents (full, &contents, NULL, NULL) && g_str_equal (contents, garbage))
        found_kept = TRUE;
    }
  g_assert_true (found_kept);

  destroy_toplevels ();
  g_clear_object (&app);
  test_rm_rf (dir);
}

/* A read-only diary may be made writable outside the app: there, Try
 * Again comes first. */
static void
test_read_only_file_offers_retry (void)
{
  g_autofree char *dir = g_dir_make_tmp ("patella-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "diary.db", NULL);
  g_autoptr(PatellaApplication) app = NULL;
  AdwMessageDialog *dialog;

  {
    g_autoptr(PatellaStore) store = patella_store_open (path, NULL);
    g_assert_nonnull (store);
  }
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  app = registered_app_on (path);

  g_application_activate (G_APPLICATION (app));
  spin_until_idle ();

  dialog = find_dialog_with ("retry");
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "retry");

  destroy_toplevels ();
  g_clear_object (&app);
  g_chmod (path, 0644);
  test_rm_rf (dir);
}

/* The diary a restore replaced: "diary-kept-DATE.db" beside it. */
static char *
find_kept (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, "diary-kept-") && g_str_has_suffix (name, ".db"))
      return g_build_filename (dir, name, NULL);

  return NULL;
}

static void
test_restore_backup_action (void)
{
  g_autofree char *dir = g_dir_make_tmp ("patella-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "diary.db", NULL);
  g_autoptr(PatellaApplication) app = registered_app_on (path);
  g_autoptr(PatellaPainEntry) entry = patella_pain_entry_new ("2026-11-01", 3, 5);
  g_autoptr(PatellaPainEntry) gone = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "patella-%Y-%m-%d.db");
  g_autofree char *backup = g_build_filename (g_get_user_data_dir (), "patella", "backups",
                                              name, NULL);
  g_autoptr(PatellaPainEntry) back = NULL;
  g_autofree char *kept = NULL;
  PatellaStore *before;
  GtkWindow *window;
  PatellaRestoreWindow *chooser;
  AdwActionRow *row;
  AdwMessageDialog *dialog;
  gint64 deadline;

  /* The first start of the day backs the diary up, once the window is up... */
  g_application_activate (G_APPLICATION (app));
  spin_until_idle ();
  before = patella_application_get_store (app);
  g_assert_nonnull (before);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!g_file_test (backup, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));

  /* ...so an entry made afterwards is not in the backup. */
  g_assert_true (patella_store_save_pain (before, entry, NULL, &error));
  g_assert_no_error (error);

  window = find_toplevel (PATELLA_TYPE_WINDOW);
  g_action_group_activate_action (G_ACTION_GROUP (app), "restore-backup", NULL);
  spin_until_idle ();
  chooser = PATELLA_RESTORE_WINDOW (find_toplevel (PATELLA_TYPE_RESTORE_WINDOW));
  g_assert_nonnull (chooser);

  /* One row: made today, at a time, with its day count once it is read. */
  row = ADW_ACTION_ROW (gtk_list_box_get_row_at_index (patella_restore_window_get_list (chooser),
                                                       0));
  g_assert_nonnull (row);
  g_assert_null (gtk_list_box_get_row_at_index (patella_restore_window_get_list (chooser), 1));
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                   "Today, "));
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (strstr (adw_action_row_get_subtitle (row), "days") == NULL
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (row), "0 days in the diary · "));

  /* Choosing asks first; Cancel changes nothing. */
  g_signal_emit_by_name (row, "activate");
  spin_until_idle ();
  dialog = find_dialog_with ("restore");
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "0 days"));
  adw_message_dialog_response (dialog, "cancel");
  spin_until_idle ();
  g_assert_true (patella_application_get_store (app) == before);

  g_signal_emit_by_name (row, "activate");
  spin_until_idle ();
  dialog = find_dialog_with ("restore");
  adw_message_dialog_response (dialog, "restore");
  /* The restore runs off the main thread. */
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (patella_application_get_store (app) == before && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  spin_until_idle ();

  g_assert_true (patella_application_get_store (app) != before);
  g_assert_null (find_toplevel (PATELLA_TYPE_RESTORE_WINDOW));
  g_assert_true (test_has_label (GTK_WIDGET (window), "Backup restored", TRUE));
  /* The same window shows the restored diary: it was not rebuilt. */
  g_assert_true (find_toplevel (PATELLA_TYPE_WINDOW) == window);
  gone = patella_store_get_pain (patella_application_get_store (app), "2026-11-01", &error);
  g_assert_null (gone);
  g_assert_nonnull (find_toplevel (PATELLA_TYPE_WINDOW));

  /* Undo brings back the diary the restore replaced, with its entry. */
  kept = find_kept (dir);
  g_assert_nonnull (kept);
  before = patella_application_get_store (app);
  g_action_group_activate_action (G_ACTION_GROUP (app), "undo-restore",
                                  g_variant_new_string (kept));
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (patella_application_get_store (app) == before && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  spin_until_idle ();
  back = patella_store_get_pain (patella_application_get_store (app), "2026-11-01", &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);

  destroy_toplevels ();
  g_clear_object (&app);
  test_rm_rf (dir);
}

/* A copy that is not a diary is listed, greyed, with why; a backup's time
 * is given only when the file was written on the day its name says. */
static void
test_restore_list_marks_damaged_copy (void)
{
  g_autofree char *dir = g_dir_make_tmp ("patella-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "diary.db", NULL);
  g_autofree char *backups = g_build_filename (g_get_user_data_dir (), "patella", "backups",
                                               NULL);
  g_autofree char *broken = g_build_filename (backups, "patella-2001-02-03.db", NULL);
  g_autoptr(PatellaApplication) app = registered_app_on (path);
  PatellaBackup copied = { .day = "2001-02-03" };
  PatellaRestoreWindow *chooser;
  AdwActionRow *row = NULL;
  g_autofree char *when = NULL;
  gint64 deadline;

  g_application_activate (G_APPLICATION (app));
  spin_until_idle ();
  g_assert_cmpint (g_mkdir_with_parents (backups, 0700), ==, 0);
  g_assert_true (g_file_set_contents (broken, "half a copy, never finished", -1, NULL));

  g_action_group_activate_action (G_ACTION_GROUP (app), "restore-backup", NULL);
  spin_until_idle ();
  chooser = PATELLA_RESTORE_WINDOW (find_toplevel (PATELLA_TYPE_RESTORE_WINDOW));
  g_assert_nonnull (chooser);
  /* Oldest last. */
  for (int i = 0; gtk_list_box_get_row_at_index (patella_restore_window_get_list (chooser), i);
       i++)
    row = ADW_ACTION_ROW (gtk_list_box_get_row_at_index (patella_restore_window_get_list (chooser),
                                                         i));
  g_assert_nonnull (row);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (gtk_widget_get_sensitive (GTK_WIDGET (row)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (row)));
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (row), "Cannot be restored"));
  g_assert_nonnull (gtk_widget_get_tooltip_text (GTK_WIDGET (row)));

  /* Written today, named for 2001: the day alone, no misleading time. */
  copied.modified = g_get_real_time () / G_USEC_PER_SEC;
  when = patella_restore_window_describe_time (&copied, "2026-11-30");
  g_assert_cmpstr (when, ==, "Saturday 3 February 2001");

  destroy_toplevels ();
  g_clear_object (&app);
  g_unlink (broken);
  test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  /* Backups go under the data dir, which GLib reads once. */
  g_autofree char *data_home = g_dir_make_tmp ("patella-data-XXXXXX", NULL);

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/application/database-option", test_database_option);
  g_test_add_func ("/application/default-database", test_default_database);
  g_test_add_func ("/application/version", test_version);
  g_test_add_func ("/application/activate-opens-store", test_activate_opens_store);
  g_test_add_func ("/application/bad-file-is-kept", test_bad_file_is_kept_and_fresh_start_offered);
  g_test_add_func ("/application/read-only-offers-retry", test_read_only_file_offers_retry);
  g_test_add_func ("/application/restore-backup-action", test_restore_backup_action);
  g_test_add_func ("/application/restore-list-marks-damaged-copy",
                   test_restore_list_marks_damaged_copy);

  ret = g_test_run ();
  g_free (seen_path);
  test_rm_rf (data_home);

  return ret;
}
