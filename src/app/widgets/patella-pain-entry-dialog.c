/* patella-pain-entry-dialog.c: log or edit one day's pain: Today's and the diary's editor
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-a11y.h"
#include "patella-day-label.h"
#include "patella-pain-entry-dialog.h"
#include "patella-warning-signs.h"

struct _PatellaPainEntryDialog
{
  AdwWindow         parent_instance;

  PatellaStore     *store;
  PatellaToday     *today;
  char              day[PATELLA_LOCAL_DAY_LEN + 1];
  gboolean          editing;
  /* What the store holds for the day, so a save keeps its first time. */
  PatellaPainEntry *stored;
  guint             picking : 1;
  /* Saved, deleted, or the user chose to discard: closing asks nothing. */
  guint             done : 1;
  guint             cannot_delete : 1;
  /* A patella_pain_entry_dialog_close_async() waiting for the answer. */
  GTask            *close_task;

  AdwToastOverlay  *toast_overlay;
  AdwWindowTitle   *window_title;
  GtkWidget        *save_button;
  AdwActionRow     *day_row;
  GtkMenuButton    *day_button;
  GtkCalendar      *calendar;
  GtkLabel         *day_hint_label;
  PatellaPainForm  *form;
  GtkWidget        *delete_button;
};

G_DEFINE_FINAL_TYPE (PatellaPainEntryDialog, patella_pain_entry_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_day_hint (PatellaPainEntryDialog *self,
               const char             *hint)
{
  gtk_label_set_label (self->day_hint_label, hint != NULL ? hint : "");
  gtk_widget_set_visible (GTK_WIDGET (self->day_hint_label), hint != NULL);
}

static void
update_save_button (PatellaPainEntryDialog *self)
{
  gtk_widget_set_sensitive (self->save_button, patella_pain_form_is_complete (self->form));
}

static void
select_calendar_day (PatellaPainEntryDialog *self)
{
  g_autoptr(GDateTime) date = NULL;
  GDate gdate;

  g_date_clear (&gdate, 1);
  if (!patella_local_day_to_date (self->day, &gdate))
    return;

  self->picking = TRUE;
  date = g_date_time_new_local (g_date_get_year (&gdate), g_date_get_month (&gdate),
                                g_date_get_day (&gdate), 12, 0, 0);
  gtk_calendar_select_day (self->calendar, date);
  self->picking = FALSE;
}

/* "Edit Entry" for a day that has one; "Log Pain" for a day picked from
 * Today that has none yet; "Log a Past Day" from the diary's button. */
static void
update_titles (PatellaPainEntryDialog *self)
{
  const char *title;

  if (!self->editing)
    title = _("Log a Past Day");
  else if (self->stored != NULL)
    title = _("Edit Entry");
  else
    title = _("Log Pain");

  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_visible (self->delete_button,
                          self->editing && self->stored != NULL && !self->cannot_delete);
}

/**
 * patella_pain_entry_dialog_set_can_delete:
 * @self: a #PatellaPainEntryDialog
 * @can_delete: whether to offer Delete Entry for a day that has one
 *
 * The diary offers it (and Undo after it); Today's card does not.
 */
void
patella_pain_entry_dialog_set_can_delete (PatellaPainEntryDialog *self,
                                          gboolean                can_delete)
{
  g_return_if_fail (PATELLA_IS_PAIN_ENTRY_DIALOG (self));

  self->cannot_delete = !can_delete;
  update_titles (self);
}

/* Loads the day into the form: what the store holds, or an empty form. */
static void
load_day (PatellaPainEntryDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;

  label = patella_day_label (self->day, patella_today_get_day (self->today));

  g_clear_pointer (&self->stored, patella_pain_entry_free);
  self->stored = patella_store_get_pain (self->store, self->day, &error);
  patella_pain_form_set_entry (self->form, self->stored);

  if (self->editing)
    adw_action_row_set_subtitle (self->day_row, label);
  gtk_menu_button_set_label (self->day_button, label);
  {
    /* GTK 4.8 names a menu button after its type, not its label. */
    /* Translators: the accessible name of the day chooser, "Day: Yesterday" */
    g_autofree char *name = g_strdup_printf (_("Day: %s"), label);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->day_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }

  select_calendar_day (self);

  if (error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("This day could not be read: %s"),
                                               error->message);
      show_day_hint (self, text);
    }
  else if (!self->editing && self->stored != NULL)
    show_day_hint (self, _("This day already has an entry: saving changes it."));
  else
    show_day_hint (self, NULL);

  update_titles (self);
  update_save_button (self);
}

gboolean
patella_pain_entry_dialog_pick_day (PatellaPainEntryDialog *self,
                                    const char             *day)
{
  g_return_val_if_fail (PATELLA_IS_PAIN_ENTRY_DIALOG (self), FALSE);
  g_return_val_if_fail (!self->editing, FALSE);
  g_return_val_if_fail (patella_local_day_is_valid (day), FALSE);

  /* The dialog may have stayed open past midnight. */
  patella_today_refresh (self->today);
  if (strcmp (day, patella_today_get_day (self->today)) > 0)
    {
      /* The calendar has no way to grey out days, so it snaps back; the
       * line under it says why. */
      select_calendar_day (self);
      return FALSE;
    }

  g_strlcpy (self->day, day, sizeof self->day);
  load_day (self);
  return TRUE;
}

static void
calendar_day_selected_cb (PatellaPainEntryDialog *self)
{
  g_autoptr(GDateTime) date = NULL;
  char day[PATELLA_LOCAL_DAY_LEN + 1];

  if (self->picking || self->editing)
    return;

  date = gtk_calendar_get_date (self->calendar);
  patella_local_day_from_date_time (date, day);
  if (patella_pain_entry_dialog_pick_day (self, day))
    gtk_menu_button_popdown (self->day_button);
}

/* The arrows move a month or a year without choosing a day: one that
 * lands after today goes back, so later months are never shown. */
static void
calendar_moved_cb (PatellaPainEntryDialog *self)
{
  g_autoptr(GDateTime) date = NULL;
  char day[PATELLA_LOCAL_DAY_LEN + 1];

  if (self->picking || self->editing)
    return;

  patella_today_refresh (self->today);
  date = gtk_calendar_get_date (self->calendar);
  patella_local_day_from_date_time (date, day);
  if (strcmp (day, patella_today_get_day (self->today)) > 0)
    select_calendar_day (self);
}

const char *
patella_pain_entry_dialog_get_day (PatellaPainEntryDialog *self)
{
  g_return_val_if_fail (PATELLA_IS_PAIN_ENTRY_DIALOG (self), NULL);

  return self->day;
}

PatellaPainForm *
patella_pain_entry_dialog_get_form (PatellaPainEntryDialog *self)
{
  g_return_val_if_fail (PATELLA_IS_PAIN_ENTRY_DIALOG (self), NULL);

  return self->form;
}

gboolean
patella_pain_entry_dialog_save (PatellaPainEntryDialog  *self,
                                GError                 **error)
{
  g_autoptr(PatellaPainEntry) entry = NULL;

  g_return_val_if_fail (PATELLA_IS_PAIN_ENTRY_DIALOG (self), FALSE);

  if (!patella_pain_form_is_complete (self->form))
    {
      g_set_error_literal (error, PATELLA_PAIN_ENTRY_ERROR,
                           PATELLA_PAIN_ENTRY_ERROR_OUT_OF_RANGE,
                           _("Choose the usual and the worst pain first."));
      return FALSE;
    }

  if (self->stored != NULL)
    entry = patella_pain_entry_copy (self->stored);
  else
    entry = patella_pain_entry_new (self->day, 0, 0);
  patella_pain_form_get_values (self->form, entry);

  if (!patella_store_save_pain (self->store, entry, NULL, error))
    return FALSE;

  self->done = TRUE;
  g_signal_emit (self, signals[SAVED], 0, self->day);
  return TRUE;
}

static void
save_clicked_cb (PatellaPainEntryDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!patella_pain_entry_dialog_save (self, &error))
    {
      g_autofree char *text = g_strdup_printf (_("Not saved: %s"), error->message);
      AdwToast *toast = adw_toast_new (text);

      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
}

static void
delete_clicked_cb (PatellaPainEntryDialog *self)
{
  self->done = TRUE;
  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->day);
  gtk_window_close (GTK_WINDOW (self));
}

/**
 * patella_pain_entry_dialog_has_changes:
 * @self: a #PatellaPainEntryDialog
 *
 * Returns: whether the form differs from what the store holds for the day
 *   (or, for a day with no entry, whether anything was chosen or typed)
 */
gboolean
patella_pain_entry_dialog_has_changes (PatellaPainEntryDialog *self)
{
  g_autoptr(PatellaPainEntry) edited = NULL;
  g_autofree char *note = NULL;

  g_return_val_if_fail (PATELLA_IS_PAIN_ENTRY_DIALOG (self), FALSE);

  note = g_strstrip (g_strdup (patella_pain_form_get_note (self->form)));
  if (self->stored == NULL)
    return patella_pain_form_get_usual (self->form) != PATELLA_PAIN_FORM_NO_SCORE
      || patella_pain_form_get_worst (self->form) != PATELLA_PAIN_FORM_NO_SCORE
      || patella_pain_form_get_contexts (self->form) != PATELLA_PAIN_CONTEXT_NONE
      || patella_pain_form_get_signs (self->form) != PATELLA_WARNING_SIGN_NONE
      || *note != '\0';

  edited = patella_pain_entry_copy (self->stored);
  patella_pain_form_get_values (self->form, edited);
  return !patella_pain_entry_equal (edited, self->stored);
}

static void
return_close_task (PatellaPainEntryDialog *self,
                   gboolean                closed)
{
  GTask *task = g_steal_pointer (&self->close_task);

  if (task != NULL)
    {
      g_task_return_boolean (task, closed);
      g_object_unref (task);
    }
}

/* Closes for good. A caller told of it may close the parent next, while
 * a reference still keeps this window: it must not point at the parent. */
static void
close_now (PatellaPainEntryDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
  gtk_window_set_transient_for (GTK_WINDOW (self), NULL);
}

static gboolean
close_idle_cb (gpointer user_data)
{
  PatellaPainEntryDialog *self = user_data;

  close_now (self);
  return_close_task (self, TRUE);
  return G_SOURCE_REMOVE;
}

static void
discard_response_cb (AdwMessageDialog       *dialog,
                     const char             *response,
                     PatellaPainEntryDialog *self)
{
  if (g_strcmp0 (response, "discard") != 0)
    {
      return_close_task (self, FALSE);
      return;
    }

  /* Closed once the question has gone: it is transient for this window,
   * which must outlive it. */
  self->done = TRUE;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_idle_cb, g_object_ref (self), g_object_unref);
}

static void
ask_discard (PatellaPainEntryDialog *self)
{
  GtkWidget *ask = adw_message_dialog_new (GTK_WINDOW (self), _("Discard Changes?"),
                                           _("What you chose or typed for this day is not saved yet."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (ask),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (ask), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (ask), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (ask), "keep");
  g_signal_connect_object (ask, "response", G_CALLBACK (discard_response_cb), self, 0);
  patella_a11y_name_buttons (GTK_WIDGET (ask));
  gtk_window_present (GTK_WINDOW (ask));
}

/* Cancel, Escape or the window's close: an edit is never dropped without
 * asking. */
static gboolean
patella_pain_entry_dialog_close_request (GtkWindow *window)
{
  PatellaPainEntryDialog *self = PATELLA_PAIN_ENTRY_DIALOG (window);

  if (self->done || !patella_pain_entry_dialog_has_changes (self))
    return GTK_WINDOW_CLASS (patella_pain_entry_dialog_parent_class)->close_request (window);

  ask_discard (self);
  return TRUE;
}

/**
 * patella_pain_entry_dialog_close_async:
 * @self: a #PatellaPainEntryDialog
 * @callback: called once the dialog has closed, or stays
 * @user_data: for @callback
 *
 * Closes @self as its own close button does: with unsaved changes it asks
 * first (Keep Editing or Discard). What closing the main window and
 * quitting do first, so that neither drops an edit without asking.
 */
void
patella_pain_entry_dialog_close_async (PatellaPainEntryDialog *self,
                                       GAsyncReadyCallback     callback,
                                       gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PATELLA_IS_PAIN_ENTRY_DIALOG (self));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, patella_pain_entry_dialog_close_async);
  if (self->done || !patella_pain_entry_dialog_has_changes (self))
    {
      self->done = TRUE;
      close_now (self);
      g_task_return_boolean (task, TRUE);
      return;
    }

  /* Asked twice (Ctrl+Q again while the question shows): the first
   * caller's answer stands, this one's is "stays". */
  if (self->close_task != NULL)
    {
      g_task_return_boolean (task, FALSE);
      return;
    }
  self->close_task = g_steal_pointer (&task);
  ask_discard (self);
}

/**
 * patella_pain_entry_dialog_close_finish:
 * @self: a #PatellaPainEntryDialog
 * @result: the result given to the callback
 *
 * Returns: %TRUE if the dialog closed (nothing to lose, or the user chose
 *   Discard), %FALSE if the user kept editing
 */
gboolean
patella_pain_entry_dialog_close_finish (PatellaPainEntryDialog *self,
                                        GAsyncResult           *result)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), NULL);
}

/**
 * patella_pain_entry_dialog_find_unsaved:
 * @parent: (nullable): a window, or %NULL for any
 *
 * Returns: (transfer none) (nullable): an open entry dialog over @parent
 *   with changes that are not saved, if there is one
 */
PatellaPainEntryDialog *
patella_pain_entry_dialog_find_unsaved (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  PatellaPainEntryDialog *found = NULL;

  for (guint i = 0; found == NULL && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (PATELLA_IS_PAIN_ENTRY_DIALOG (window)
          && !PATELLA_PAIN_ENTRY_DIALOG (window)->done
          && (parent == NULL || gtk_window_get_transient_for (GTK_WINDOW (window)) == parent)
          && patella_pain_entry_dialog_has_changes (PATELLA_PAIN_ENTRY_DIALOG (window)))
        found = PATELLA_PAIN_ENTRY_DIALOG (window);
    }

  return found;
}

static void
form_changed_cb (PatellaPainEntryDialog *self)
{
  update_save_button (self);
}

PatellaPainEntryDialog *
patella_pain_entry_dialog_new (GtkWindow    *parent,
                               PatellaStore *store,
                               PatellaToday *today_source,
                               const char   *day)
{
  PatellaPainEntryDialog *self;
  const char *today;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PATELLA_IS_STORE (store), NULL);
  g_return_val_if_fail (PATELLA_IS_TODAY (today_source), NULL);
  g_return_val_if_fail (day == NULL || patella_local_day_is_valid (day), NULL);

  self = g_object_new (PATELLA_TYPE_PAIN_ENTRY_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->today = g_object_ref (today_source);
  self->editing = day != NULL;

  today = patella_today_get_day (today_source);
  if (day != NULL)
    g_strlcpy (self->day, day, sizeof self->day);
  else
    {
      /* Today has its card on the Today page; the usual reason to come here
       * is a missed day, so start on the latest one without an entry. */
      patella_local_day_add_days (today, -1, self->day);
      for (int back = 1; back <= 31; back++)
        {
          g_autoptr(PatellaPainEntry) existing = NULL;
          char day_before[PATELLA_LOCAL_DAY_LEN + 1];

          patella_local_day_add_days (today, -back, day_before);
          existing = patella_store_get_pain (store, day_before, NULL);
          if (existing == NULL)
            {
              g_strlcpy (self->day, day_before, sizeof self->day);
              break;
            }
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (self->day_button), !self->editing);

  load_day (self);
  patella_pain_form_focus_scores (self->form);

  return self;
}

static void
patella_pain_entry_dialog_dispose (GObject *object)
{
  PatellaPainEntryDialog *self = PATELLA_PAIN_ENTRY_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PATELLA_TYPE_PAIN_ENTRY_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->today);
  g_clear_pointer (&self->stored, patella_pain_entry_free);

  G_OBJECT_CLASS (patella_pain_entry_dialog_parent_class)->dispose (object);
}

static void
patella_pain_entry_dialog_class_init (PatellaPainEntryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_pain_entry_dialog_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = patella_pain_entry_dialog_close_request;

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (PATELLA_TYPE_PAIN_FORM);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-pain-entry-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaPainEntryDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PatellaPainEntryDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PatellaPainEntryDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, PatellaPainEntryDialog, day_row);
  gtk_widget_class_bind_template_child (widget_class, PatellaPainEntryDialog, day_button);
  gtk_widget_class_bind_template_child (widget_class, PatellaPainEntryDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, PatellaPainEntryDialog, day_hint_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaPainEntryDialog, form);
  gtk_widget_class_bind_template_child (widget_class, PatellaPainEntryDialog, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_moved_cb);
  gtk_widget_class_bind_template_callback (widget_class, form_changed_cb);
}

static void
patella_pain_entry_dialog_init (PatellaPainEntryDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* One accessible name per button: GTK 4.8 says "_Save Save". */
  patella_a11y_name_buttons (GTK_WIDGET (self));
}
