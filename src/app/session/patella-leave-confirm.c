/* patella-leave-confirm.c: asks before a session under way is left
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-dialog-task.h"
#include "patella-leave-confirm.h"

enum { STAY, LEAVE };

/* In the order of the enum; the first is what closing means. */
static const char * const responses[] = { "stay", "leave", NULL };

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
                                    responses[STAY], _("_Stay"),
                                    responses[LEAVE], _("_Leave"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, responses[LEAVE],
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, responses[STAY]);
  patella_dialog_task_present (dialog, task, responses);
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

  return patella_dialog_task_propagate (G_TASK (result), error) == LEAVE;
}
