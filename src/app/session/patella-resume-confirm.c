/* patella-resume-confirm.c: offers to resume an interrupted session
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-dialog-task.h"
#include "patella-resume-confirm.h"

/* Indexed by PatellaResumeChoice; the first is what closing means. */
static const char * const responses[] = { "cancel", "end", "resume", NULL };

/**
 * patella_resume_confirm_async:
 * @parent: (nullable): the window to be modal for
 * @started_us: when the interrupted session began, UTC microseconds
 * @cancellable: (nullable): closes the dialog when cancelled
 * @callback: called with the choice
 * @user_data: for @callback
 *
 * Asks, over @parent, whether to resume the session begun at @started_us
 * at its next set, or to end it. Resuming is the default; closing the
 * dialog cancels.
 */
void
patella_resume_confirm_async (GtkWindow           *parent,
                              gint64               started_us,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GDateTime) started = NULL;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, patella_resume_confirm_async);

  if (g_task_return_error_if_cancelled (task))
    return;

  started = g_date_time_new_from_unix_local (started_us / G_USEC_PER_SEC);
  /* The date too: a weekday alone is ambiguous once the session is a week old.
   * Translators: a date and time, as in "Monday 23 November, 14:05" */
  when = g_date_time_format (started, _("%A %-d %B, %H:%M"));
  /* Translators: %s is when the unfinished session started, e.g.
   * "Monday 23 November, 14:05" */
  body = g_strdup_printf (_("The session you started on %s was not finished. Resume it at its "
                            "next set, or end it. Its finished sets are kept either way."),
                          when);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent,
                                                       _("Resume the Unfinished Session?"),
                                                       body));
  adw_message_dialog_add_responses (dialog,
                                    responses[PATELLA_RESUME_CANCEL], _("_Cancel"),
                                    responses[PATELLA_RESUME_END], _("_End It"),
                                    responses[PATELLA_RESUME_RESUME], _("_Resume"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, responses[PATELLA_RESUME_RESUME],
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, responses[PATELLA_RESUME_RESUME]);
  patella_dialog_task_present (dialog, task, responses);
}

/**
 * patella_resume_confirm_finish:
 * @result: the result given to the callback
 * @error: G_IO_ERROR_CANCELLED when the cancellable was cancelled
 *
 * Returns: the user's choice; %PATELLA_RESUME_CANCEL on cancellation
 */
PatellaResumeChoice
patella_resume_confirm_finish (GAsyncResult  *result,
                               GError       **error)
{
  gssize choice;

  g_return_val_if_fail (G_IS_TASK (result), PATELLA_RESUME_CANCEL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == patella_resume_confirm_async,
                        PATELLA_RESUME_CANCEL);

  choice = patella_dialog_task_propagate (G_TASK (result), error);

  return choice < 0 ? PATELLA_RESUME_CANCEL : (PatellaResumeChoice) choice;
}
