/* patella-dialog-task.c: a message dialog as the answer to a GTask
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-a11y.h"
#include "patella-dialog-task.h"

/* Every "ask the user" of the app is an _async/_finish pair; this is the
 * part they share, so each one only builds its dialog and names its
 * answers. */

#define RESPONSES_KEY "patella-dialog-task-responses"

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             GTask            *task)
{
  const char * const *responses = g_object_get_data (G_OBJECT (dialog), RESPONSES_KEY);
  gssize index = 0;

  /* Closing after a response may report the close response too. */
  g_signal_handlers_disconnect_by_func (dialog, response_cb, task);

  if (g_task_return_error_if_cancelled (task))
    return;

  for (gssize i = 0; responses[i] != NULL; i++)
    if (g_strcmp0 (responses[i], response) == 0)
      index = i;

  g_task_return_int (task, index);
}

static void
cancelled_cb (GCancellable *cancellable,
              GtkWindow    *dialog)
{
  /* Closing answers the first response; the task then reports the
   * cancellation instead. */
  gtk_window_close (dialog);
}

/**
 * patella_dialog_task_present:
 * @dialog: a dialog with its responses added
 * @task: the task the answer completes
 * @responses: (array zero-terminated=1): the response ids, static; the
 *   first is what closing the dialog means
 *
 * Shows @dialog. @task returns the index in @responses of the answer,
 * or %G_IO_ERROR_CANCELLED if its cancellable is cancelled first, which
 * also closes the dialog.
 */
void
patella_dialog_task_present (AdwMessageDialog   *dialog,
                             GTask              *task,
                             const char * const *responses)
{
  GCancellable *cancellable;

  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));
  g_return_if_fail (G_IS_TASK (task));
  g_return_if_fail (responses != NULL && responses[0] != NULL);

  adw_message_dialog_set_close_response (dialog, responses[0]);
  g_object_set_data (G_OBJECT (dialog), RESPONSES_KEY, (gpointer) responses);
  g_signal_connect_data (dialog, "response", G_CALLBACK (response_cb),
                         g_object_ref (task), (GClosureNotify) g_object_unref, 0);

  cancellable = g_task_get_cancellable (task);
  if (cancellable != NULL)
    g_signal_connect_object (cancellable, "cancelled", G_CALLBACK (cancelled_cb), dialog, 0);

  /* The response buttons: one name each, without the underscore. */
  patella_a11y_name_buttons (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * patella_dialog_task_propagate:
 * @task: a task completed by patella_dialog_task_present()
 * @error: %G_IO_ERROR_CANCELLED when it was cancelled
 *
 * Returns: the index of the answer, or -1 with @error set
 */
gssize
patella_dialog_task_propagate (GTask   *task,
                               GError **error)
{
  g_return_val_if_fail (G_IS_TASK (task), -1);

  return g_task_propagate_int (task, error);
}
