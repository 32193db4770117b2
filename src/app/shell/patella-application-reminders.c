/* patella-application-reminders.c: the daily reminder, the background and the start at login
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-application-private.h"
#include "patella-window.h"

static void
reminder_fire_cb (PatellaReminders   *reminders,
                  GNotification      *notification,
                  PatellaApplication *self)
{
  g_application_send_notification (G_APPLICATION (self), PATELLA_REMINDER_NOTIFICATION_ID,
                                   notification);
}

/* While reminders are on, Patella stays running with no window, so the
 * next one can be sent; with them off, closing the window ends it. */
static void
reminders_enabled_cb (PatellaApplication *self)
{
  gboolean enabled = patella_reminders_get_enabled (self->reminders);

  if (enabled == self->held_for_reminders)
    return;

  self->held_for_reminders = enabled;
  if (enabled)
    g_application_hold (G_APPLICATION (self));
  else
    g_application_release (G_APPLICATION (self));
}

/* The notification's action: the window, and the session started in it
 * (after the warning-sign check, as Start on Today does). */
static void
start_session_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  PatellaApplication *self = PATELLA_APPLICATION (user_data);
  GtkWindow *window;

  g_application_withdraw_notification (G_APPLICATION (self), PATELLA_REMINDER_NOTIFICATION_ID);
  _patella_application_open_store_and_present (self, NULL);
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (PATELLA_IS_WINDOW (window))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.start-session", NULL);
}

static const GActionEntry reminder_entries[] = {
  { "start-session", start_session_action },
};

/* Made once, at init: the reminders follow the application's store and
 * day, whatever replaces them (a restored backup, a test's fake clock). */
void
_patella_application_init_reminders (PatellaApplication *self)
{
  self->reminders = patella_reminders_new ();
  g_object_bind_property (self, "store", self->reminders, "store", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "today", self->reminders, "today", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->reminders, "fire", G_CALLBACK (reminder_fire_cb), self, 0);
  g_signal_connect_object (self->reminders, "notify::enabled",
                           G_CALLBACK (reminders_enabled_cb), self, G_CONNECT_SWAPPED);
}

void
_patella_application_add_reminder_actions (PatellaApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), reminder_entries,
                                   G_N_ELEMENTS (reminder_entries), self);
}

/* --background (the start at login): the diary is opened and the
 * reminders set, with no window. A diary that will not open is left for
 * the next start with a window, which explains; with reminders off there
 * is nothing to wait for and Patella ends at once. */
void
_patella_application_start_in_background (PatellaApplication *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    {
      g_autoptr(PatellaStore) store = patella_store_open (self->database_path, &error);

      if (store == NULL)
        {
          g_message ("Reminders are off until the diary opens: %s", error->message);
          return;
        }
      _patella_application_set_store (self, store);
      _patella_application_backup_if_due (self);
    }
}

/**
 * patella_application_get_reminders:
 * @self: a #PatellaApplication
 *
 * Returns: (transfer none): the daily reminder's schedule
 */
PatellaReminders *
patella_application_get_reminders (PatellaApplication *self)
{
  g_return_val_if_fail (PATELLA_IS_APPLICATION (self), NULL);

  return self->reminders;
}
