/* patella-application-store.c: opening the diary, and what to do when it won't open
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-a11y.h"
#include "patella-application-private.h"

static void present_open_failure (PatellaApplication *self,
                                  const GError       *error);

static void
chooser_response_cb (GtkNativeDialog    *chooser,
                     int                 response,
                     PatellaApplication *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        g_object_set (self, "database-path", path, NULL);
    }

  /* Cancelling the chooser returns to the same question. */
  _patella_application_open_store_and_present (self, NULL);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_application_release (G_APPLICATION (self));
}

static void
choose_another_file (PatellaApplication *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open a Diary"), NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Patella diaries"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_filter_add_mime_type (filter, "application/vnd.sqlite3");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  /* No window exists yet, so the application is held until the choice is made. */
  g_application_hold (G_APPLICATION (self));
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
start_fresh (PatellaApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *renamed = NULL;
  g_autoptr(PatellaStore) store = NULL;

  store = patella_store_open_fresh_beside (self->database_path, &renamed, &error);
  if (store == NULL)
    {
      present_open_failure (self, error);
      return;
    }
  _patella_application_set_store (self, store);
  _patella_application_show_window (self, NULL);

  /* Short, as libadwaita 1.2 toasts are one line; Show opens its folder. */
  if (renamed != NULL)
    _patella_application_toast_with_button (self, _("Old file kept aside"), 0, _("_Show"),
                                            "app.show-file", renamed);
}

static void
open_failure_response_cb (AdwMessageDialog   *dialog,
                          const char         *response,
                          PatellaApplication *self)
{
  if (g_str_equal (response, "retry"))
    _patella_application_open_store_and_present (self, NULL);
  else if (g_str_equal (response, "other"))
    choose_another_file (self);
  else if (g_str_equal (response, "fresh"))
    start_fresh (self);
  /* "quit": the dialog closes, and with no window left the app ends. */
}

/* Trying again helps when something outside the file was in the way (a
 * lock, a full or failing disk, permissions); a file that is not a diary,
 * or is damaged or newer, reads the same the next time, so there the
 * first offer is another file. */
static gboolean
open_failure_may_pass (const GError *error)
{
  if (error->domain != PATELLA_STORE_ERROR)
    return TRUE;

  switch ((PatellaStoreError) error->code)
    {
    case PATELLA_STORE_ERROR_NOT_A_DATABASE:
    case PATELLA_STORE_ERROR_EMPTY:
    case PATELLA_STORE_ERROR_TRUNCATED:
    case PATELLA_STORE_ERROR_CORRUPT:
    case PATELLA_STORE_ERROR_NEWER_VERSION:
      return FALSE;
    case PATELLA_STORE_ERROR_READ_ONLY:
    case PATELLA_STORE_ERROR_LOCKED:
    case PATELLA_STORE_ERROR_FULL:
    case PATELLA_STORE_ERROR_IO:
    case PATELLA_STORE_ERROR_INVALID:
    case PATELLA_STORE_ERROR_NOT_FOUND:
    case PATELLA_STORE_ERROR_CLOSED:
    default:
      return TRUE;
    }
}

static void
present_open_failure (PatellaApplication *self,
                      const GError       *error)
{
  AdwMessageDialog *dialog;
  const char *first = open_failure_may_pass (error) ? "retry" : "other";

  /* The store's message names the file and says it was left as it is. */
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL,
                                                       _("Your Diary Could Not Be Opened"),
                                                       error->message));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  adw_message_dialog_add_responses (dialog,
                                    "quit", _("_Quit"),
                                    "other", _("_Open Another File…"),
                                    "fresh", _("Start a _Fresh Diary"),
                                    "retry", _("_Try Again"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, first, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, first);
  adw_message_dialog_set_close_response (dialog, "quit");
  g_signal_connect (dialog, "response", G_CALLBACK (open_failure_response_cb), self);

  patella_a11y_name_buttons (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Every way into the main window goes through here, so the window never
 * exists without a store behind it. */
void
_patella_application_open_store_and_present (PatellaApplication *self,
                                             const char         *notice)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    {
      g_autoptr(PatellaStore) store = patella_store_open (self->database_path, &error);

      if (store == NULL)
        {
          g_message ("Could not open %s: %s", self->database_path, error->message);
          present_open_failure (self, error);
          return;
        }
      _patella_application_set_store (self, store);
      _patella_application_backup_if_due (self);
    }

  _patella_application_show_window (self, notice);
}
