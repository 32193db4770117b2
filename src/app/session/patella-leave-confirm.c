/* patella-leave-confirm.c: asks before a session under way is left
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-leave-confirm.h"

#define RESPONSE_STAY "stay"
#define RESPONSE_LEAVE "leave"

static void
dialog_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    GTask            *task)
{
  /* Closing after a response may report the close response too. */
  g_signal_handlers_disconnect_by_func (dialog, dialog_response_cb, task);

  if (g_task_return_error_if_cancelled (task))
    return;

  g_task_return_boolean (task, g_strcmp0 (response, RESPONSE_LEAVE) == 0);
}

static void
cancelled_cb (GCancellable *cancellable,
              GtkWindow    *dialog)
{
  /* Closing answers "stay"; the task then reports the cancellation. */
  gtk_window_close (dialog);
}

/**
 * patella_leave_confirm_async:
 * @parent: (nullable): the window to be modal for
 * @cancellable: (nullable): closes the dialog when cancelled
 * @callback: called with the answer
 * @user_data: for @callback
 *
 * Asks, over @parent, whether to leave the session under way: its
 * finished sets and the reps of the set under way are kept. "Stay" is the
 * default and what closing the dialog means.
 */
void
patella_leave_confirm_async (GtkWindow           *parent,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AdwMessageDialog *dialog;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, patella_leave_confirm_async);

  if (g_task_return_error_if_cancelled (task))
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent,
                                                       _("Leave the Session?"),
                                                       _("Every finished set is kept. The set "
                                                         "under way is kept with the reps done "
                                                         "so far.")));
  adw_message_dialog_add_responses (dialog,
                                    RESPONSE_STAY, _("_Stay"),
                                    RESPONSE_LEAVE, _("_Leave"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, RESPONSE_LEAVE, ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, RESPONSE_STAY);
  adw_message_dialog_set_close_response (dialog, RESPONSE_STAY);

  g_signal_connect_data (dialog, "response", G_CALLBACK (dialog_response_cb),
                         g_object_ref (task), (GClosureNotify) g_object_unref, 0);
  if (cancellable != NULL)
    g_signal_connect_object (cancellable, "cancelled", G_CALLBACK (cancelled_cb), dialog, 0);

  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * patella_leave_confirm_finish:
 * @result: the result given to the callback
 * @error: G_IO_ERROR_CANCELLED when the cancellable was cancelled
 *
 * Returns: %TRUE to leave; %FALSE to stay, or on cancellation
 */
gboolean
patella_leave_confirm_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == patella_leave_confirm_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
