/* patella-first-run.c: the one-time notice that Patella is not a substitute for a clinician
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-first-run.h"

#define NOTICE_KEY "clinician-notice-shown"

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             GSettings        *settings)
{
  /* Any answer counts, Escape included: the notice has been read. */
  g_settings_set_boolean (settings, NOTICE_KEY, TRUE);
}

GtkWindow *
patella_first_run_notice_present (GtkWindow *parent,
                                  GSettings *settings)
{
  AdwMessageDialog *dialog;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  if (g_settings_get_boolean (settings, NOTICE_KEY))
    return NULL;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    parent,
    _("Before You Start"),
    _("Patella guides strengthening exercises and keeps a pain diary. It is not a "
      "substitute for a clinician: it cannot examine your knee.\n\n"
      "If your knee swells, locks, gives way, makes a painful pop, turns hot and red, "
      "or cannot take your weight, or after a sudden sharp pain from a twist or a fall, "
      "see a physical therapist or a doctor before you go on. Patella will remind you "
      "when you log one of these signs.")));
  adw_message_dialog_add_response (dialog, "ok", _("_I Understand"));
  adw_message_dialog_set_default_response (dialog, "ok");
  adw_message_dialog_set_close_response (dialog, "ok");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (response_cb), settings, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}
