/* patella-warning-confirm.c: asks before a session while a warning sign stands
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-day-label.h"
#include "patella-warning-confirm.h"
#include "patella-warning-signs.h"

#define RESPONSE_CANCEL "cancel"
#define RESPONSE_CHECKED "checked"

static void
dialog_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    GTask            *task)
{
  if (g_task_return_error_if_cancelled (task))
    return;

  g_task_return_boolean (task, g_strcmp0 (response, RESPONSE_CHECKED) == 0);
}

static void
cancelled_cb (GCancellable *cancellable,
              GtkWindow    *dialog)
{
  /* Closing answers "cancel"; the task then reports the cancellation. */
  gtk_window_close (dialog);
}

static char *
describe (PatellaWarningSign  signs,
          const char         *latest_day,
          const GError       *error)
{
  g_autofree char *list = NULL;
  g_autofree char *when = NULL;
  char today[PATELLA_LOCAL_DAY_LEN + 1];

  if (error != NULL)
    return g_strdup_printf (_("Patella could not check your diary for warning signs (%s). "
                              "If you noted swelling, a painful pop, a knee that gives way or "
                              "another warning sign in the last week, start only once a "
                              "physical therapist or a doctor has checked your knee."),
                            error->message);

  patella_local_day_today (today);
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

void
patella_warning_confirm_async (GtkWindow           *parent,
                               PatellaStore        *store,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  PatellaWarningSign signs = PATELLA_WARNING_SIGN_NONE;
  char latest[PATELLA_LOCAL_DAY_LEN + 1] = "";
  AdwMessageDialog *dialog;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (PATELLA_IS_STORE (store));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, patella_warning_confirm_async);

  if (g_task_return_error_if_cancelled (task))
    return;

  if (patella_store_get_recent_warning_signs (store, NULL, PATELLA_WARNING_SIGN_STANDS_DAYS,
                                              &signs, latest, &error)
      && signs == PATELLA_WARNING_SIGN_NONE)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  body = describe (signs, latest, error);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent,
                                                       _("Has Your Knee Been Checked?"),
                                                       body));
  adw_message_dialog_add_responses (dialog,
                                    RESPONSE_CANCEL, _("_Not Now"),
                                    RESPONSE_CHECKED, _("It Has Been _Checked"),
                                    NULL);
  /* Going ahead is the choice to think twice about, so it is not the default. */
  adw_message_dialog_set_response_appearance (dialog, RESPONSE_CHECKED,
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, RESPONSE_CANCEL);
  adw_message_dialog_set_close_response (dialog, RESPONSE_CANCEL);

  g_signal_connect_data (dialog, "response", G_CALLBACK (dialog_response_cb),
                         g_object_ref (task), (GClosureNotify) g_object_unref, 0);
  if (cancellable != NULL)
    g_signal_connect_object (cancellable, "cancelled", G_CALLBACK (cancelled_cb), dialog, 0);

  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
patella_warning_confirm_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == patella_warning_confirm_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
