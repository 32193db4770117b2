/* patella-warning-confirm.c: asks before a session while a warning sign stands
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-day-label.h"
#include "patella-dialog-task.h"
#include "patella-warning-confirm.h"
#include "patella-warning-signs.h"

enum { NOT_NOW, CHECKED };

/* In the order of the enum; the first is what closing means. */
static const char * const responses[] = { "cancel", "checked", NULL };

static char *
describe (PatellaWarningSign  signs,
          const char         *latest_day,
          const char         *today,
          const GError       *error)
{
  g_autofree char *list = NULL;
  g_autofree char *when = NULL;

  if (error != NULL)
    return g_strdup_printf (_("Patella could not check your diary for warning signs (%s). "
                              "If you noted swelling, a painful pop, a knee that gives way or "
                              "another warning sign in the last week, start only once a "
                              "physical therapist or a doctor has checked your knee."),
                            error->message);

  list = patella_warning_signs_to_text (signs);
  when = patella_day_label (latest_day, today);

  /* Translators: the first %s is a list of warning signs, the second a day
   * such as "Yesterday" or "Monday 30 March" */
  return g_strdup_printf (_("In the last 7 days you noted: %s (last on %s). These signs point to "
                            "more than a muscle imbalance. Start the session only if a physical "
                            "therapist or a doctor has checked your knee and said exercise is "
                            "fine."),
                          list, when);
}

/**
 * patella_warning_confirm_async:
 * @parent: (nullable): the window to be modal for
 * @store: the diary the signs are looked up in
 * @now: the user's local time, which says what "the last 7 days" are
 * @cancellable: (nullable): closes the dialog when cancelled
 * @callback: called with the answer
 * @user_data: for @callback
 *
 * Call before starting a session. When no warning sign was logged in the
 * last 7 days it completes at once with %TRUE and shows nothing; otherwise
 * it asks, over @parent, whether a physical therapist or doctor has
 * checked the knee, and completes with the answer. If the diary cannot be
 * read it still asks, and says so.
 */
void
patella_warning_confirm_async (GtkWindow           *parent,
                               PatellaStore        *store,
                               GDateTime           *now,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  PatellaWarningSign signs = PATELLA_WARNING_SIGN_NONE;
  char latest[PATELLA_LOCAL_DAY_LEN + 1] = "";
  char today[PATELLA_LOCAL_DAY_LEN + 1];
  AdwMessageDialog *dialog;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (PATELLA_IS_STORE (store));
  g_return_if_fail (now != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, patella_warning_confirm_async);

  if (g_task_return_error_if_cancelled (task))
    return;

  if (patella_store_get_recent_warning_signs (store, now, PATELLA_WARNING_SIGN_STANDS_DAYS,
                                              &signs, latest, &error)
      && signs == PATELLA_WARNING_SIGN_NONE)
    {
      g_task_return_int (task, CHECKED);
      return;
    }

  patella_local_day_from_date_time (now, today);
  body = describe (signs, latest, today, error);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent,
                                                       _("Has Your Knee Been Checked?"),
                                                       body));
  adw_message_dialog_add_responses (dialog,
                                    responses[NOT_NOW], _("_Not Now"),
                                    responses[CHECKED], _("It Has Been _Checked"),
                                    NULL);
  /* Going ahead is the choice to think twice about, so it is not the default. */
  adw_message_dialog_set_response_appearance (dialog, responses[CHECKED],
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, responses[NOT_NOW]);
  patella_dialog_task_present (dialog, task, responses);
}

/**
 * patella_warning_confirm_finish:
 * @result: the result given to the callback
 * @error: %G_IO_ERROR_CANCELLED when the cancellable was cancelled (the
 *   dialog is then closed)
 *
 * Returns: %TRUE to go ahead; %FALSE when the user chose not to, or on
 *   cancellation
 */
gboolean
patella_warning_confirm_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == patella_warning_confirm_async,
                        FALSE);

  return patella_dialog_task_propagate (G_TASK (result), error) == CHECKED;
}
