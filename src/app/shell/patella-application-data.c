/* patella-application-data.c: export, import and restore of the diary
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "patella-a11y.h"
#include "patella-application-private.h"
#include "patella-backup.h"
#include "patella-csv-export.h"
#include "patella-csv-import.h"
#include "patella-paths.h"
#include "patella-progress-report.h"
#include "patella-restore-window.h"
#include "patella-task-bar.h"
#include "patella-window.h"

#define BACKUP_DELAY_MS 1500

static void
toast (PatellaApplication *self,
       const char         *message)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (PATELLA_IS_WINDOW (window))
    patella_window_add_toast (PATELLA_WINDOW (window), adw_toast_new (message));
}

/**
 * _patella_application_toast_with_button:
 * @self: the application
 * @title: one short line (libadwaita 1.2 shows one, about thirty
 *   characters at 360 px)
 * @timeout: seconds, or 0 to stay until dismissed
 * @button: the button's label
 * @action: the app action the button runs, with @target (a string)
 *
 * Shows a toast with a button in the active main window, if there is one.
 */
void
_patella_application_toast_with_button (PatellaApplication *self,
                                        const char         *title,
                                        guint               timeout,
                                        const char         *button,
                                        const char         *action,
                                        const char         *target)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  AdwToast *notice;

  if (!PATELLA_IS_WINDOW (window))
    return;

  notice = adw_toast_new (title);
  adw_toast_set_timeout (notice, timeout);
  adw_toast_set_button_label (notice, button);
  adw_toast_set_action_name (notice, action);
  adw_toast_set_action_target_value (notice, g_variant_new_string (target));
  patella_window_add_toast (PATELLA_WINDOW (window), notice);
}

/* Errors that need reading (a file, a line and a field) get a dialog,
 * not a toast that goes away on its own. */
static void
show_error (PatellaApplication *self,
            const char         *heading,
            const GError       *error)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (parent, heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  patella_a11y_name_buttons (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

char *
_patella_application_import_summary (const PatellaCsvImportStats *stats)
{
  return patella_csv_import_stats_describe (stats);
}

static GtkFileChooserNative *
new_chooser (PatellaApplication   *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, parent, action, accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  return chooser;
}

/* Export, import and restore run off the main thread. While one runs the
 * other two are off, and the window's task bar shows it (after half a
 * second) with a Cancel that leaves the diary as it was. */
typedef struct
{
  PatellaApplication *self;
  PatellaStore       *store;
  PatellaTaskBar     *bar;
  GCancellable       *cancellable;
  char               *path;
  gboolean            undoing;  /* a restore that brings back the diary a restore replaced */
} DataJob;

static const char * const data_action_names[] = {
  "export-csv", "import-csv", "restore-backup", "undo-restore",
};

static void
set_data_actions_enabled (PatellaApplication *self,
                          gboolean            enabled)
{
  for (guint i = 0; i < G_N_ELEMENTS (data_action_names); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), data_action_names[i]);

      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
    }
}

static DataJob *
data_job_begin (PatellaApplication *self,
                const char         *title,
                const char         *path)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  DataJob *job = g_new0 (DataJob, 1);

  job->self = g_object_ref (self);
  job->store = g_object_ref (self->store);
  job->cancellable = g_cancellable_new ();
  job->path = g_strdup (path);
  if (PATELLA_IS_WINDOW (window))
    {
      job->bar = g_object_ref (patella_window_get_task_bar (PATELLA_WINDOW (window)));
      patella_task_bar_start (job->bar, title, job->cancellable);
    }

  set_data_actions_enabled (self, FALSE);
  g_application_hold (G_APPLICATION (self));

  return job;
}

static void
data_job_progress (double   fraction,
                   gpointer user_data)
{
  DataJob *job = user_data;

  if (job->bar != NULL)
    patella_task_bar_set_fraction (job->bar, fraction);
}

static void
data_job_end (DataJob *job)
{
  if (job->bar != NULL)
    patella_task_bar_stop (job->bar);
  set_data_actions_enabled (job->self, TRUE);
  g_application_release (G_APPLICATION (job->self));

  g_clear_object (&job->bar);
  g_clear_object (&job->cancellable);
  g_clear_object (&job->store);
  g_clear_object (&job->self);
  g_free (job->path);
  g_free (job);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  DataJob *job = user_data;
  g_autoptr(GError) error = NULL;

  /* Toasts stay short: libadwaita 1.2 shows one line, and at 360 px that
   * is about thirty characters. The user chose the folder just before. */
  if (patella_csv_export_finish (job->store, result, &error))
    toast (job->self, _("Diary exported"));
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    toast (job->self, _("Export cancelled"));
  else
    show_error (job->self, _("The Diary Could Not Be Exported"), error);

  data_job_end (job);
}

void
_patella_application_export_to (PatellaApplication *self,
                                const char         *dir)
{
  DataJob *job;

  g_return_if_fail (self->store != NULL);

  job = data_job_begin (self, _("Exporting the diary…"), dir);
  patella_csv_export_async (job->store, dir, job->cancellable, data_job_progress, job,
                            export_done_cb, job);
}

static void
export_response_cb (GtkNativeDialog    *chooser,
                    int                 response,
                    PatellaApplication *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (folder);

      _patella_application_export_to (self, path);
    }

  g_object_unref (chooser);
}

static void
export_csv_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  PatellaApplication *self = user_data;
  GtkFileChooserNative *chooser;

  chooser = new_chooser (self, _("Export the Diary as CSV"),
                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Export Here"));
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The summary's first clause ("Imported 12 rows") fits a one-line toast;
 * what follows it (rows already there, rows kept as they were) is behind
 * Details. */
static void
import_toast (PatellaApplication *self,
              const char         *summary)
{
  const char *more = strstr (summary, "; ");
  g_autofree char *first = more ? g_strndup (summary, more - summary) : NULL;

  if (more == NULL)
    toast (self, summary);
  else
    _patella_application_toast_with_button (self, first, 5, _("_Details"),
                                            "app.import-details", summary);
}

static void
import_details_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  PatellaApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (parent, _("Import Finished"),
                                   g_variant_get_string (parameter, NULL));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  patella_a11y_name_buttons (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  DataJob *job = user_data;
  g_autoptr(GError) error = NULL;
  PatellaCsvImportStats stats = { { 0 } };

  if (patella_csv_import_finish (job->store, result, &stats, &error))
    {
      g_autofree char *message = _patella_application_import_summary (&stats);
      import_toast (job->self, message);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    toast (job->self, _("Import cancelled"));
  else
    show_error (job->self, _("Nothing Was Imported"), error);

  data_job_end (job);
}

void
_patella_application_import_from (PatellaApplication *self,
                                  const char         *path)
{
  DataJob *job;

  g_return_if_fail (self->store != NULL);

  job = data_job_begin (self, _("Importing into the diary…"), path);
  patella_csv_import_async (job->store, path, job->cancellable, data_job_progress, job,
                            import_done_cb, job);
}

static void
import_response_cb (GtkNativeDialog    *chooser,
                    int                 response,
                    PatellaApplication *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      _patella_application_import_from (self, path);
    }

  g_object_unref (chooser);
}

static void
import_csv_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  PatellaApplication *self = user_data;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = new_chooser (self, _("Import a CSV File"),
                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"));
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (import_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* A restore's toast stays until it is read, with an Undo that brings the
 * replaced diary back the same way a backup is restored. */
static void
restored_toast (DataJob    *job,
                const char *kept)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (job->self));
  const char *notice = job->undoing ? _("Restore undone") : _("Backup restored");

  if (!PATELLA_IS_WINDOW (window))
    _patella_application_show_window (job->self, notice);
  else if (!job->undoing && kept != NULL)
    _patella_application_toast_with_button (job->self, notice, 0, _("_Undo"),
                                            "app.undo-restore", kept);
  else
    toast (job->self, notice);
  if (PATELLA_IS_WINDOW (window))
    gtk_window_present (window);
}

static void
restore_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  DataJob *job = user_data;
  g_autoptr(PatellaStore) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  restored = patella_store_restore_backup_finish (job->store, result, &kept, &error);
  if (restored != NULL)
    {
      /* The window follows the property: its pages reload from the new diary. */
      _patella_application_set_store (job->self, restored);
      restored_toast (job, kept);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    toast (job->self, _("Restore cancelled"));
  else
    show_error (job->self, _("The Backup Could Not Be Restored"), error);

  data_job_end (job);
}

static void
restore_from (PatellaApplication *self,
              const char         *backup_path,
              gboolean            undoing)
{
  DataJob *job;

  g_return_if_fail (self->store != NULL);

  job = data_job_begin (self, undoing ? _("Bringing your diary back…")
                                      : _("Restoring the backup…"), backup_path);
  job->undoing = undoing;
  patella_store_restore_backup_async (job->store, backup_path, job->cancellable,
                                      data_job_progress, job, restore_done_cb, job);
}

void
_patella_application_restore_from (PatellaApplication *self,
                                   const char         *backup_path)
{
  restore_from (self, backup_path, FALSE);
}

/* The diary a restore replaced was kept beside it: it comes back through
 * the same checks and copy as a backup. */
static void
undo_restore_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  PatellaApplication *self = user_data;

  if (self->store != NULL)
    restore_from (self, g_variant_get_string (parameter, NULL), TRUE);
}

static void
restore_chosen_cb (PatellaRestoreWindow *window,
                   const char           *path,
                   PatellaApplication   *self)
{
  if (self->store != NULL)
    _patella_application_restore_from (self, path);
}

static void
restore_backup_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  PatellaApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *dir = patella_paths_backup_dir ();
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  PatellaRestoreWindow *window;

  backups = patella_backup_list (dir, &error);
  if (backups == NULL)
    {
      show_error (self, _("The Backups Could Not Be Listed"), error);
      return;
    }

  if (backups->len == 0)
    {
      AdwMessageDialog *dialog;

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("No Backups Yet"),
        _("Patella makes a copy of your diary once a day when it starts. "
          "The last seven copies will be listed here.")));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      patella_a11y_name_buttons (GTK_WIDGET (dialog));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  window = patella_restore_window_new (parent, backups, patella_today_get_day (self->today));
  g_signal_connect_object (window, "restore", G_CALLBACK (restore_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (window));
}

/* The report is a few charts and lines: quick enough to write at once. */
gboolean
_patella_application_write_report (PatellaApplication  *self,
                                   const char          *path,
                                   GError             **error)
{
  g_return_val_if_fail (self->store != NULL, FALSE);

  return patella_progress_report_write (self->store, patella_today_get_day (self->today), NULL,
                                        NULL, patella_report_paper_for_locale (), path, error);
}

static void
report_response_cb (GtkNativeDialog    *chooser,
                    int                 response,
                    PatellaApplication *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;

      if (_patella_application_write_report (self, path, &error))
        toast (self, _("Report saved"));
      else
        show_error (self, _("The Report Could Not Be Saved"), error);
    }

  g_object_unref (chooser);
}

static void
report_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  PatellaApplication *self = user_data;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = new_chooser (self, _("Save a Progress Report"),
                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser),
                                     _("knee-progress-report.pdf"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (report_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
charts_response_cb (GtkNativeDialog    *chooser,
                    int                 response,
                    PatellaApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (response == GTK_RESPONSE_ACCEPT && PATELLA_IS_WINDOW (window))
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (folder);
      g_autoptr(GError) error = NULL;
      PatellaProgressPage *page = patella_window_get_progress_page (PATELLA_WINDOW (window));

      if (patella_progress_page_save_charts (page, path, &error))
        toast (self, _("Charts and data saved"));
      else
        show_error (self, _("The Charts Could Not Be Saved"), error);
    }

  g_object_unref (chooser);
}

static void
save_charts_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  PatellaApplication *self = user_data;
  GtkFileChooserNative *chooser;

  chooser = new_chooser (self, _("Save the Charts as Images and CSV"),
                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Save Here"));
  g_signal_connect (chooser, "response", G_CALLBACK (charts_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* patella --report FILE [--from DAY --to DAY]: no window, an exit code. The
 * charts are drawn by the app's own widget, so GTK is needed. */
int
_patella_application_run_report (PatellaApplication *self,
                                 const char         *path,
                                 const char         *from,
                                 const char         *to)
{
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!gtk_init_check ())
    {
      g_printerr (_("patella: A report is drawn like the app's charts and needs a graphical "
                    "session (or xvfb-run).\n"));
      return EXIT_FAILURE;
    }

  store = patella_store_open (self->database_path, &error);
  if (store == NULL
      || !patella_progress_report_write (store, patella_today_get_day (self->today), from, to,
                                         patella_report_paper_for_locale (), path, &error))
    {
      g_printerr ("patella: %s\n", error->message);
      return EXIT_FAILURE;
    }

  g_print (_("Report written to “%s”\n"), path);
  return EXIT_SUCCESS;
}

/* Opens the folder of a file the app kept aside, in the file manager. */
static void
show_file_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  PatellaApplication *self = user_data;
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *uri = folder != NULL ? g_file_get_uri (folder) : NULL;

  if (uri != NULL)
    gtk_show_uri (gtk_application_get_active_window (GTK_APPLICATION (self)), uri,
                  GDK_CURRENT_TIME);
}

static const GActionEntry data_entries[] = {
  { "export-csv", export_csv_action },
  { "import-csv", import_csv_action },
  { "restore-backup", restore_backup_action },
  { "undo-restore", undo_restore_action, "s" },
  { "show-file", show_file_action, "s" },
  { "import-details", import_details_action, "s" },
  { "report", report_action },
  { "save-charts", save_charts_action },
};

void
_patella_application_add_data_actions (PatellaApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), data_entries,
                                   G_N_ELEMENTS (data_entries), self);
}

static void
backup_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PatellaApplication) self = user_data;
  g_autofree char *made = NULL;
  g_autoptr(GError) error = NULL;

  if (!patella_store_backup_if_due_finish (PATELLA_STORE (source), result, &made, &error))
    g_message ("No backup of the diary today: %s", error->message);
  else if (made != NULL)
    g_debug ("Diary backed up to %s", made);

  g_application_release (G_APPLICATION (self));
}

/* A day's first start copies the diary aside. It waits until the window
 * has had time to show, and copies in a worker thread, since nobody should
 * wait for a backup; a failure is worth a line in the log, never a stop.
 * The application is held until the copy is done. */
static gboolean
backup_timeout_cb (gpointer user_data)
{
  PatellaApplication *self = user_data;
  g_autofree char *dir = NULL;

  if (self->store == NULL || self->demo
      || g_str_equal (patella_store_get_path (self->store), ":memory:"))
    {
      g_application_release (G_APPLICATION (self));
      return G_SOURCE_REMOVE;
    }

  dir = patella_paths_backup_dir ();
  patella_store_backup_if_due_async (self->store, dir, NULL, backup_done_cb,
                                     g_object_ref (self));

  return G_SOURCE_REMOVE;
}

void
_patella_application_backup_if_due (PatellaApplication *self)
{
  g_application_hold (G_APPLICATION (self));
  g_timeout_add_full (G_PRIORITY_LOW, BACKUP_DELAY_MS, backup_timeout_cb,
                      g_object_ref (self), g_object_unref);
}

/* patella --export-csv DIR / --import-csv FILE: no window, an exit code. */
int
_patella_application_run_csv_command (PatellaApplication *self,
                                      const char         *export_dir,
                                      const char         *import_path)
{
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GError) error = NULL;

  /* The files are read and checked before the diary is opened, so a failed
   * import never leaves a new, empty diary behind. */
  if (import_path != NULL)
    {
      tables = patella_csv_read (import_path, &error);
      if (tables == NULL)
        {
          g_printerr ("patella: %s\n", error->message);
          return EXIT_FAILURE;
        }
    }

  store = patella_store_open (self->database_path, &error);
  if (store == NULL)
    {
      g_printerr ("patella: %s\n", error->message);
      return EXIT_FAILURE;
    }

  if (export_dir != NULL)
    {
      if (!patella_csv_export (store, export_dir, &error))
        {
          g_printerr ("patella: %s\n", error->message);
          return EXIT_FAILURE;
        }
      g_print (_("Diary exported to “%s”\n"), export_dir);
    }

  if (import_path != NULL)
    {
      PatellaCsvImportStats stats = { { 0 } };
      g_autofree char *summary = NULL;

      if (!patella_csv_apply (store, (PatellaCsvTable * const *) tables->pdata, tables->len,
                              &stats, &error))
        {
          g_printerr ("patella: %s\n", error->message);
          return EXIT_FAILURE;
        }
      summary = _patella_application_import_summary (&stats);
      g_print ("%s\n", summary);
    }

  return EXIT_SUCCESS;
}
