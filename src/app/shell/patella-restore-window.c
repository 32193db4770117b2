/* patella-restore-window.c: the list of backups to go back to
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "patella-a11y.h"
#include "patella-day-label.h"
#include "patella-restore-window.h"

struct _PatellaRestoreWindow
{
  AdwWindow     parent_instance;

  GtkListBox   *list;
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (PatellaRestoreWindow, patella_restore_window, ADW_TYPE_WINDOW)

enum {
  RESTORE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * patella_restore_window_describe_time:
 * @backup: a backup
 * @today: the user's local day, as YYYY-MM-DD
 *
 * When @backup was made, in words: "Yesterday, 21:04". The time comes
 * from the file; when the file was written on another day than its name
 * says (copied, or touched since), only the day is given, since the time
 * would mislead.
 *
 * Returns: (transfer full): the day and time the backup was made
 */
char *
patella_restore_window_describe_time (const PatellaBackup *backup,
                                      const char          *today)
{
  g_autofree char *day = patella_day_label (backup->day, today);
  g_autoptr(GDateTime) made = g_date_time_new_from_unix_local (backup->modified);
  g_autofree char *time = NULL;
  char made_day[PATELLA_LOCAL_DAY_LEN + 1];

  if (day == NULL)
    day = g_strdup (backup->day);
  if (made == NULL)
    return g_steal_pointer (&day);

  patella_local_day_from_date_time (made, made_day);
  if (strcmp (made_day, backup->day) != 0)
    return g_steal_pointer (&day);

  time = g_date_time_format (made, "%H:%M");
  /* Translators: when a backup was made, a day and a time: "Yesterday, 21:04" */
  return g_strdup_printf (_("%s, %s"), day, time);
}

static char *
describe_contents (gint64  days,
                   goffset size)
{
  g_autofree char *size_text = g_format_size (size);
  g_autofree char *days_text = NULL;

  if (days < 0)
    return g_steal_pointer (&size_text);

  days_text = g_strdup_printf (ngettext ("%d day in the diary", "%d days in the diary",
                                         (gulong) MIN (days, G_MAXINT)),
                               (int) MIN (days, G_MAXINT));
  /* Translators: a backup's contents and its size: "34 days in the diary · 1.2 MB" */
  return g_strdup_printf (_("%s · %s"), days_text, size_text);
}

static void
count_days_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  GError *error = NULL;
  gint64 days = patella_backup_count_days (task_data, &error);

  if (days < 0)
    g_task_return_error (task, error);
  else
    g_task_return_int (task, days);
}

/* The row keeps the task's answer: the day count for its subtitle, or why
 * the copy cannot be used. */
static void
count_days_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  AdwActionRow *row = ADW_ACTION_ROW (source);
  goffset size = GPOINTER_TO_SIZE (g_object_get_data (source, "size"));
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  gssize days;

  days = g_task_propagate_int (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    {
      g_autofree char *size_text = g_format_size (size);

      /* Translators: %s is the size of a backup that cannot be read */
      subtitle = g_strdup_printf (_("Cannot be restored: the copy is damaged · %s"), size_text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (row), error->message);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (row), FALSE);
    }
  else
    {
      subtitle = describe_contents (days, size);
      g_object_set_data (source, "days", GSIZE_TO_POINTER ((gsize) days + 1));
    }

  adw_action_row_set_subtitle (row, subtitle);
}

static GtkWidget *
new_row (PatellaRestoreWindow *self,
         const PatellaBackup  *backup,
         const char           *today)
{
  g_autofree char *title = patella_restore_window_describe_time (backup, today);
  g_autofree char *subtitle = describe_contents (-1, backup->size);
  g_autoptr(GTask) task = NULL;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "path", g_strdup (backup->path), g_free);
  g_object_set_data (G_OBJECT (row), "size", GSIZE_TO_POINTER ((gsize) backup->size));

  /* Counting opens each file: off the main thread, so a long diary or a
   * slow disk never holds the list up. */
  task = g_task_new (row, self->cancellable, count_days_cb, NULL);
  g_task_set_source_tag (task, new_row);
  g_task_set_task_data (task, g_strdup (backup->path), g_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, count_days_thread);

  return row;
}

static gboolean
close_idle_cb (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));

  return G_SOURCE_REMOVE;
}

static void
confirm_response_cb (AdwMessageDialog     *dialog,
                     const char           *response,
                     PatellaRestoreWindow *self)
{
  g_autofree char *path = NULL;

  if (!g_str_equal (response, "restore"))
    return;

  path = g_strdup (g_object_get_data (G_OBJECT (dialog), "path"));
  g_signal_emit (self, signals[RESTORE], 0, path);
  /* Closed once the question has gone: it is still transient for this
   * window while its response runs. */
  g_idle_add_full (G_PRIORITY_DEFAULT, close_idle_cb, g_object_ref (self), g_object_unref);
}

/* Going back is undoable, but it still replaces what the user sees: ask. */
static void
row_activated_cb (PatellaRestoreWindow *self,
                  GtkListBoxRow        *row)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  gsize days_plus_one = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "days"));
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* Translators: %s is when the backup was made, "Yesterday, 21:04" */
  heading = g_strdup_printf (_("Go Back to %s?"), title);
  if (days_plus_one > 0)
    {
      int days = (int) MIN (days_plus_one - 1, G_MAXINT);

      body = g_strdup_printf (ngettext ("The diary will hold what it held then: %d day. Your "
                                        "diary as it is now is kept beside it, and Undo "
                                        "brings it back.",
                                        "The diary will hold what it held then: %d days. Your "
                                        "diary as it is now is kept beside it, and Undo "
                                        "brings it back.", (gulong) days), days);
    }
  else
    body = g_strdup (_("The diary will hold what it held then. Your diary as it is now is "
                       "kept beside it, and Undo brings it back."));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "path",
                          g_strdup (g_object_get_data (G_OBJECT (row), "path")), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_response_cb), self, 0);
  patella_a11y_name_buttons (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * patella_restore_window_new:
 * @parent: (nullable): the window it belongs to
 * @backups: (element-type PatellaBackup): from patella_backup_list(), newest first
 * @today: the user's local day, as YYYY-MM-DD
 *
 * A window listing @backups with when each was made, how many days of the
 * diary it holds and its size. Choosing one and confirming emits
 * #PatellaRestoreWindow::restore with its path and closes the window.
 *
 * Returns: (transfer none): the window, owned by GTK's list of toplevels
 */
PatellaRestoreWindow *
patella_restore_window_new (GtkWindow  *parent,
                            GPtrArray  *backups,
                            const char *today)
{
  PatellaRestoreWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (backups != NULL, NULL);
  g_return_val_if_fail (today != NULL, NULL);

  self = g_object_new (PATELLA_TYPE_RESTORE_WINDOW, "transient-for", parent, NULL);
  for (guint i = 0; i < backups->len; i++)
    gtk_list_box_append (self->list, new_row (self, g_ptr_array_index (backups, i), today));

  return self;
}

/**
 * patella_restore_window_get_list:
 * @self: a #PatellaRestoreWindow
 *
 * Returns: (transfer none): the list of backups, one row each
 */
GtkListBox *
patella_restore_window_get_list (PatellaRestoreWindow *self)
{
  g_return_val_if_fail (PATELLA_IS_RESTORE_WINDOW (self), NULL);

  return self->list;
}

static void
patella_restore_window_dispose (GObject *object)
{
  PatellaRestoreWindow *self = PATELLA_RESTORE_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), PATELLA_TYPE_RESTORE_WINDOW);

  G_OBJECT_CLASS (patella_restore_window_parent_class)->dispose (object);
}

static void
patella_restore_window_finalize (GObject *object)
{
  PatellaRestoreWindow *self = PATELLA_RESTORE_WINDOW (object);

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (patella_restore_window_parent_class)->finalize (object);
}

static void
patella_restore_window_class_init (PatellaRestoreWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_restore_window_dispose;
  object_class->finalize = patella_restore_window_finalize;

  /**
   * PatellaRestoreWindow::restore:
   * @path: the backup the user chose and confirmed
   */
  signals[RESTORE] =
    g_signal_new ("restore",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-restore-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaRestoreWindow, list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
patella_restore_window_init (PatellaRestoreWindow *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
