/* patella-first-run-window.c: the first-run assistant: what Patella is, warning signs, knee, pain, program
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-a11y.h"
#include "patella-day-plan.h"
#include "patella-first-run-window.h"
#include "patella-kujala-window.h"
#include "patella-wrap-box.h"

#define DONE_KEY "first-run-done"

static const char * const page_names[] = {
  "about", "signs", "knee", "pain", "kujala", "schedule",
};

struct _PatellaFirstRunWindow
{
  AdwWindow       parent_instance;

  AdwWindowTitle *window_title;
  GtkStack       *stack;
  GtkWidget      *back_button;
  GtkListBox     *signs_list;
  GtkRevealer    *signs_revealer;
  GtkCheckButton *signs_checked;
  GtkWidget      *signs_next;
  GtkCheckButton *knee_left;
  GtkCheckButton *knee_right;
  GtkCheckButton *knee_both;
  GtkSpinButton  *usual_spin;
  GtkSpinButton  *worst_spin;
  GtkLabel       *kujala_status;
  GtkWidget      *kujala_answer;
  GtkWidget      *kujala_later;
  PatellaWrapBox *days_box;
  GtkSpinButton  *weeks_spin;
  GtkSwitch      *reminder_switch;
  GtkSpinButton  *hour_spin;
  GtkSpinButton  *minute_spin;

  GtkToggleButton *day_buttons[7];   /* Monday first */

  PatellaStore   *store;
  PatellaToday   *today;
  GSettings      *settings;
  gboolean        sign_applies;
};

G_DEFINE_FINAL_TYPE (PatellaFirstRunWindow, patella_first_run_window, ADW_TYPE_WINDOW)

static guint
page_index (PatellaFirstRunWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);

  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    if (g_strcmp0 (name, page_names[i]) == 0)
      return i;

  return 0;
}

/* Each page's first control takes the focus, so Tab and Enter carry on
 * from where the page starts. */
static void
focus_page (PatellaFirstRunWindow *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->stack);

  gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

static void
page_changed_cb (PatellaFirstRunWindow *self)
{
  guint index = page_index (self);
  g_autofree char *step = NULL;

  /* Translators: the assistant's progress, "Step 2 of 6" */
  step = g_strdup_printf (_("Step %u of %u"), index + 1, (guint) G_N_ELEMENTS (page_names));
  adw_window_title_set_subtitle (self->window_title, step);
  gtk_widget_set_sensitive (self->back_button, index > 0);
}

static void
go_to (PatellaFirstRunWindow *self,
       guint                  index)
{
  if (index >= G_N_ELEMENTS (page_names))
    return;

  gtk_stack_set_visible_child_name (self->stack, page_names[index]);
  focus_page (self);
}

static void
next_clicked_cb (PatellaFirstRunWindow *self)
{
  go_to (self, page_index (self) + 1);
}

static void
back_clicked_cb (PatellaFirstRunWindow *self)
{
  guint index = page_index (self);

  if (index > 0)
    go_to (self, index - 1);
}

static gboolean
back_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  back_clicked_cb (PATELLA_FIRST_RUN_WINDOW (widget));
  return TRUE;
}

/* A failed save is said in words, and the page stays so nothing is lost. */
static void
tell (PatellaFirstRunWindow *self,
      const char            *heading,
      const GError          *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  patella_a11y_name_buttons (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- warning signs ---- */

static void
update_signs (PatellaFirstRunWindow *self)
{
  gboolean checked = gtk_check_button_get_active (self->signs_checked);

  gtk_revealer_set_reveal_child (self->signs_revealer, self->sign_applies);
  /* With a sign, going on needs the user's word that the knee was checked. */
  gtk_widget_set_sensitive (self->signs_next, !self->sign_applies || checked);
  gtk_button_set_label (GTK_BUTTON (self->signs_next),
                        self->sign_applies ? _("_Continue") : _("_None Apply"));
}

static void
signs_apply_clicked_cb (PatellaFirstRunWindow *self)
{
  self->sign_applies = TRUE;
  update_signs (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->signs_checked));
}

static void
signs_next_clicked_cb (PatellaFirstRunWindow *self)
{
  if (self->sign_applies && !gtk_check_button_get_active (self->signs_checked))
    return;

  next_clicked_cb (self);
}

static void
fill_signs (PatellaFirstRunWindow *self)
{
  const char *signs[] = {
    N_("A sudden, sharp pain after a twist, a fall or a jump"),
    N_("The knee locks, or something seems in the way when you bend or straighten it"),
    N_("A painful pop or crack (painless clicking is common and harmless)"),
    N_("The knee gives way or will not hold you up"),
    N_("Swelling in or around the knee"),
  };

  for (guint i = 0; i < G_N_ELEMENTS (signs); i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(signs[i]));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_focusable (row, FALSE);
      gtk_list_box_append (self->signs_list, row);
    }
}

/* ---- knee and pain ---- */

static void
knee_toggled_cb (PatellaFirstRunWindow *self)
{
  PatellaSide side = PATELLA_SIDE_RIGHT;

  if (self->settings == NULL)
    return;

  /* The schema's enum values are PatellaSide's. */
  if (gtk_check_button_get_active (self->knee_left))
    side = PATELLA_SIDE_LEFT;
  else if (gtk_check_button_get_active (self->knee_both))
    side = PATELLA_SIDE_BOTH;
  g_settings_set_enum (self->settings, "affected-side", side);
}

static void
usual_changed_cb (PatellaFirstRunWindow *self)
{
  double usual = gtk_spin_button_get_value (self->usual_spin);

  /* The worst of a day is never below its usual. */
  gtk_adjustment_set_lower (gtk_spin_button_get_adjustment (self->worst_spin), usual);
  if (gtk_spin_button_get_value (self->worst_spin) < usual)
    gtk_spin_button_set_value (self->worst_spin, usual);
}

static void
pain_next_clicked_cb (PatellaFirstRunWindow *self)
{
  g_autoptr(PatellaPainEntry) entry = NULL;
  g_autoptr(PatellaPainEntry) existing = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  const char *day;

  if (self->store == NULL || self->today == NULL)
    {
      next_clicked_cb (self);
      return;
    }

  day = patella_today_get_day (self->today);
  now = patella_today_dup_now (self->today);
  existing = patella_store_get_pain (self->store, day, NULL);
  entry = existing != NULL ? patella_pain_entry_copy (existing)
                           : patella_pain_entry_new (day, 0, 0);
  entry->usual = gtk_spin_button_get_value_as_int (self->usual_spin);
  entry->worst = MAX (entry->usual, gtk_spin_button_get_value_as_int (self->worst_spin));

  if (!patella_store_save_pain (self->store, entry, now, &error))
    {
      tell (self, _("Today’s Pain Was Not Saved"), error);
      return;
    }

  next_clicked_cb (self);
}

/* ---- Kujala ---- */

static void
kujala_saved_cb (PatellaFirstRunWindow *self,
                 int                    score)
{
  g_autofree char *text = NULL;

  /* Translators: the questionnaire's score, out of 100 */
  text = g_strdup_printf (_("Saved: %d out of 100"), score);
  gtk_label_set_label (self->kujala_status, text);
  gtk_widget_set_visible (GTK_WIDGET (self->kujala_status), TRUE);
  gtk_button_set_label (GTK_BUTTON (self->kujala_later), _("_Continue"));
  gtk_widget_add_css_class (self->kujala_later, "suggested-action");
  gtk_widget_remove_css_class (self->kujala_answer, "suggested-action");
  gtk_widget_grab_focus (self->kujala_later);
}

static void
kujala_clicked_cb (PatellaFirstRunWindow *self)
{
  PatellaKujalaWindow *window;

  if (self->store == NULL || self->today == NULL)
    return;

  window = patella_kujala_window_new (GTK_WINDOW (self), self->store, self->today);
  g_signal_connect_object (window, "saved", G_CALLBACK (kujala_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
}

/* ---- schedule ---- */

static int
two_digits_cb (GtkSpinButton *spin,
               gpointer       user_data)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
reminder_toggled_cb (PatellaFirstRunWindow *self)
{
  gboolean on = gtk_switch_get_active (self->reminder_switch);

  gtk_widget_set_sensitive (GTK_WIDGET (self->hour_spin), on);
  gtk_widget_set_sensitive (GTK_WIDGET (self->minute_spin), on);
}

static void
fill_days (PatellaFirstRunWindow *self)
{
  /* 2024-01-01 was a Monday. */
  for (guint i = 0; i < 7; i++)
    {
      g_autoptr(GDateTime) date = g_date_time_new_utc (2024, 1, 1 + (int) i, 12, 0, 0);
      g_autofree char *abbrev = g_date_time_format (date, "%a");
      g_autofree char *full = g_date_time_format (date, "%A");
      GtkWidget *button = gtk_toggle_button_new_with_label (abbrev);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
      gtk_widget_set_tooltip_text (button, full);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, full, -1);
      self->day_buttons[i] = GTK_TOGGLE_BUTTON (button);
      patella_wrap_box_append (self->days_box, button);
    }
}

/**
 * patella_first_run_window_get_training_days:
 * @self: a #PatellaFirstRunWindow
 *
 * Returns: the weekdays chosen on the last page
 */
PatellaWeekdays
patella_first_run_window_get_training_days (PatellaFirstRunWindow *self)
{
  PatellaWeekdays days = PATELLA_WEEKDAY_NONE;

  g_return_val_if_fail (PATELLA_IS_FIRST_RUN_WINDOW (self), PATELLA_WEEKDAY_NONE);

  for (guint i = 0; i < 7; i++)
    if (gtk_toggle_button_get_active (self->day_buttons[i]))
      days |= 1 << i;

  return days;
}

static void
finish_clicked_cb (PatellaFirstRunWindow *self)
{
  g_autoptr(GArray) items = patella_day_plan_default_items ();
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  PatellaProgram program;
  int reminder = PATELLA_STORE_NO_REMINDER;

  if (self->store == NULL || self->today == NULL)
    return;

  patella_program_init (&program, patella_today_get_day (self->today));
  program.n_weeks = (guint) gtk_spin_button_get_value_as_int (self->weeks_spin);
  program.training_days = patella_first_run_window_get_training_days (self);
  if (gtk_switch_get_active (self->reminder_switch))
    reminder = gtk_spin_button_get_value_as_int (self->hour_spin) * 60
               + gtk_spin_button_get_value_as_int (self->minute_spin);

  now = patella_today_dup_now (self->today);
  if (patella_store_start_program (self->store, &program, reminder,
                                   (const PatellaStorePlanItem *) items->data, items->len,
                                   now, &error) == 0)
    {
      tell (self, _("The Program Was Not Started"), error);
      return;
    }

  if (self->settings != NULL)
    g_settings_set_boolean (self->settings, DONE_KEY, TRUE);
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
close_request_cb (PatellaFirstRunWindow *self)
{
  /* Skipping counts as seen: Preferences can run it again. */
  if (self->settings != NULL)
    g_settings_set_boolean (self->settings, DONE_KEY, TRUE);

  return FALSE;
}

/**
 * patella_first_run_window_new:
 * @parent: (nullable): the main window
 * @store: the diary the program, today's pain and the questionnaire go to
 * @today: the day the program starts
 * @settings: the app's settings (the painful side, whether this was seen)
 *
 * Returns: (transfer none): the assistant, not yet shown
 */
PatellaFirstRunWindow *
patella_first_run_window_new (GtkWindow    *parent,
                              PatellaStore *store,
                              PatellaToday *today,
                              GSettings    *settings)
{
  PatellaFirstRunWindow *self;
  int side;

  g_return_val_if_fail (PATELLA_IS_STORE (store), NULL);
  g_return_val_if_fail (PATELLA_IS_TODAY (today), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (PATELLA_TYPE_FIRST_RUN_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->today = g_object_ref (today);

  side = g_settings_get_enum (settings, "affected-side");
  gtk_check_button_set_active (side == PATELLA_SIDE_LEFT ? self->knee_left
                               : side == PATELLA_SIDE_BOTH ? self->knee_both
                               : self->knee_right, TRUE);
  self->settings = g_object_ref (settings);

  return self;
}

/**
 * patella_first_run_window_present_if_new:
 * @parent: the main window
 * @store: the open diary
 * @today: the day
 * @settings: the app's settings
 *
 * Shows the assistant once: when it was never finished or skipped and the
 * diary has no program yet.
 *
 * Returns: (transfer none) (nullable): the assistant, or %NULL if not shown
 */
PatellaFirstRunWindow *
patella_first_run_window_present_if_new (GtkWindow    *parent,
                                         PatellaStore *store,
                                         PatellaToday *today,
                                         GSettings    *settings)
{
  g_autofree PatellaStoreProgram *program = NULL;
  g_autoptr(GError) error = NULL;
  PatellaFirstRunWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  if (g_settings_get_boolean (settings, DONE_KEY))
    return NULL;

  program = patella_store_get_program (store, &error);
  if (program != NULL || error != NULL)
    return NULL;

  self = patella_first_run_window_new (parent, store, today, settings);
  gtk_window_present (GTK_WINDOW (self));

  return self;
}

/**
 * patella_first_run_window_get_page:
 * @self: a #PatellaFirstRunWindow
 *
 * Returns: the name of the page on screen ("about", "signs", "knee",
 *   "pain", "kujala" or "schedule")
 */
const char *
patella_first_run_window_get_page (PatellaFirstRunWindow *self)
{
  g_return_val_if_fail (PATELLA_IS_FIRST_RUN_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

static void
patella_first_run_window_dispose (GObject *object)
{
  PatellaFirstRunWindow *self = PATELLA_FIRST_RUN_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PATELLA_TYPE_FIRST_RUN_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->today);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (patella_first_run_window_parent_class)->dispose (object);
}

static void
patella_first_run_window_class_init (PatellaFirstRunWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_first_run_window_dispose;

  g_type_ensure (PATELLA_TYPE_WRAP_BOX);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-first-run-window.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, PatellaFirstRunWindow, name)
  CHILD (window_title);
  CHILD (stack);
  CHILD (back_button);
  CHILD (signs_list);
  CHILD (signs_revealer);
  CHILD (signs_checked);
  CHILD (signs_next);
  CHILD (knee_left);
  CHILD (knee_right);
  CHILD (knee_both);
  CHILD (usual_spin);
  CHILD (worst_spin);
  CHILD (kujala_status);
  CHILD (kujala_answer);
  CHILD (kujala_later);
  CHILD (days_box);
  CHILD (weeks_spin);
  CHILD (reminder_switch);
  CHILD (hour_spin);
  CHILD (minute_spin);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, signs_apply_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, signs_next_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, pain_next_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, kujala_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, two_digits_cb);
  gtk_widget_class_bind_template_callback (widget_class, finish_clicked_cb);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, GDK_ALT_MASK, back_shortcut_cb, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
patella_first_run_window_init (PatellaFirstRunWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  fill_signs (self);
  fill_days (self);
  g_signal_connect_swapped (self->signs_checked, "toggled", G_CALLBACK (update_signs), self);
  g_signal_connect_swapped (self->knee_left, "toggled", G_CALLBACK (knee_toggled_cb), self);
  g_signal_connect_swapped (self->knee_right, "toggled", G_CALLBACK (knee_toggled_cb), self);
  g_signal_connect_swapped (self->knee_both, "toggled", G_CALLBACK (knee_toggled_cb), self);
  g_signal_connect_swapped (self->usual_spin, "value-changed", G_CALLBACK (usual_changed_cb),
                            self);
  g_signal_connect_swapped (self->reminder_switch, "notify::active",
                            G_CALLBACK (reminder_toggled_cb), self);
  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
  update_signs (self);
  reminder_toggled_cb (self);
  page_changed_cb (self);
  /* Continue, Back and the knee choices have mnemonics. */
  patella_a11y_name_buttons (GTK_WIDGET (self));
}
