/* patella-plan-window-rows.c: the plan editor's rows: a dose to edit, move, remove (with undo), add
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-a11y.h"
#include "patella-catalogue.h"
#include "patella-plan.h"
#include "patella-plan-window-private.h"
#include "patella-store-plan.h"

/* One exercise's dose editor; its spin buttons' values go over the dose. */
typedef struct
{
  char          *exercise_id;
  PatellaDose    dose;
  GtkSpinButton *spins[PATELLA_N_DOSE_LIMITS];
} DoseEdit;

static void
dose_edit_free (DoseEdit *edit)
{
  g_free (edit->exercise_id);
  g_free (edit);
}

void
_patella_plan_window_toast (PatellaPlanWindow *self,
                            const char        *text)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (text));
}

void
_patella_plan_window_toast_error (PatellaPlanWindow *self,
                                  const char        *what,
                                  const GError      *error)
{
  /* Translators: what could not be done, then why, e.g. "The dose was not changed: Sets must…" */
  g_autofree char *text = g_strdup_printf (_("%s: %s"), what, error->message);

  _patella_plan_window_toast (self, text);
}

void
_patella_plan_window_set_label (GtkWidget  *widget,
                                const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  /* GTK 4.8 would read the row's title the widget is labelled by after it:
   * "Sets Sets". */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/* A row with a spin button held to the field's limits, or NULL when the
 * field does not apply to this kind of work. */
GtkSpinButton *
_patella_plan_window_spin_row (GtkWidget        *parent,
                               const char       *title,
                               PatellaDoseLimit  field,
                               PatellaWorkKind   work,
                               int               value)
{
  GtkWidget *row;
  GtkWidget *spin;
  int min, max;

  if (!patella_dose_get_limits (field, work, &min, &max))
    return NULL;

  row = adw_action_row_new ();
  spin = gtk_spin_button_new_with_range (min, max, 1);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), CLAMP (value, min, max));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  {
    /* Translators: the limits under a dose field, e.g. "1 to 10" */
    g_autofree char *range = g_strdup_printf (_("%d to %d"), min, max);
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), range);
  }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  _patella_plan_window_set_label (spin, title);

  if (ADW_IS_EXPANDER_ROW (parent))
    adw_expander_row_add_row (ADW_EXPANDER_ROW (parent), row);
  else
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (parent), row);

  return GTK_SPIN_BUTTON (spin);
}

GDateTime *
_patella_plan_window_now (PatellaPlanWindow *self)
{
  return patella_today_dup_now (self->today);
}

void
_patella_plan_window_remember_focus (PatellaPlanWindow *self,
                                     const char        *exercise_id,
                                     const char        *what)
{
  g_free (self->focus_id);
  self->focus_id = g_strdup (exercise_id);
  self->focus_what = what;
}

/* ---- the plan's rows ---- */

static void
save_clicked_cb (GtkButton         *button,
                 PatellaPlanWindow *self)
{
  DoseEdit *edit = g_object_get_data (G_OBJECT (button), "dose-edit");
  g_autoptr(GDateTime) time = _patella_plan_window_now (self);
  g_autoptr(GError) error = NULL;
  PatellaDose dose = edit->dose;
  int *fields[PATELLA_N_DOSE_LIMITS] = {
    &dose.sets, &dose.reps, &dose.hold_seconds, &dose.tempo_up_seconds,
    &dose.tempo_pause_seconds, &dose.tempo_down_seconds, &dose.rest_seconds,
    &dose.switch_seconds, &dose.get_ready_seconds,
  };

  for (guint i = 0; i < PATELLA_N_DOSE_LIMITS; i++)
    if (edit->spins[i] != NULL)
      *fields[i] = gtk_spin_button_get_value_as_int (edit->spins[i]);

  if (patella_dose_equal (&dose, &edit->dose))
    {
      _patella_plan_window_toast (self, _("The dose is unchanged"));
      return;
    }

  _patella_plan_window_remember_focus (self, edit->exercise_id, "expander");
  if (!patella_store_change_dose (self->store, self->program_id, edit->exercise_id,
                                  PATELLA_DOSE_REASON_USER_EDIT, &dose, NULL, time, &error))
    {
      _patella_plan_window_toast_error (self, _("The dose was not changed"), error);
      return;
    }
  _patella_plan_window_toast (self, _("Dose saved; the next session uses it"));
}

static void
move (PatellaPlanWindow *self,
      GtkWidget         *button,
      int                delta,
      const char        *what)
{
  const char *id = g_object_get_data (G_OBJECT (button), "exercise-id");
  g_autoptr(GDateTime) time = _patella_plan_window_now (self);
  g_autoptr(GError) error = NULL;
  int position = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "position"));

  _patella_plan_window_remember_focus (self, id, what);
  if (!patella_store_move_in_plan (self->store, self->program_id, id, MAX (position + delta, 0),
                                   time, &error))
    _patella_plan_window_toast_error (self, _("The exercise was not moved"), error);
}

static void
up_clicked_cb (GtkButton         *button,
               PatellaPlanWindow *self)
{
  move (self, GTK_WIDGET (button), -1, "up");
}

static void
down_clicked_cb (GtkButton         *button,
                 PatellaPlanWindow *self)
{
  move (self, GTK_WIDGET (button), 1, "down");
}

typedef struct
{
  char        *exercise_id;
  PatellaDose  dose;
  int          position;
} Removed;

static void
removed_free (Removed *removed)
{
  g_free (removed->exercise_id);
  g_free (removed);
}

static void
undo_remove_cb (AdwToast          *undo_toast,
                PatellaPlanWindow *self)
{
  Removed *removed = g_object_get_data (G_OBJECT (undo_toast), "removed");
  g_autoptr(GDateTime) time = _patella_plan_window_now (self);
  g_autoptr(GError) error = NULL;

  _patella_plan_window_remember_focus (self, removed->exercise_id, "expander");
  if (!patella_store_add_to_plan (self->store, self->program_id, removed->exercise_id,
                                  &removed->dose, removed->position, time, &error))
    _patella_plan_window_toast_error (self, _("The exercise could not be put back"), error);
}

static void
remove_clicked_cb (GtkButton         *button,
                   PatellaPlanWindow *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "exercise-id");
  int position = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "position"));
  PatellaExercise *exercise = patella_catalogue_lookup (patella_catalogue_get_default (), id);
  g_autoptr(GDateTime) time = _patella_plan_window_now (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  Removed *removed;
  AdwToast *undo;

  removed = g_new0 (Removed, 1);
  removed->exercise_id = g_strdup (id);
  removed->dose = g_array_index (self->plan, PatellaStorePlanItem, position).dose;
  removed->position = position;

  /* The focus moves to the next exercise, or the one before the last. */
  if ((guint) position + 1 < self->plan->len)
    _patella_plan_window_remember_focus (self, g_array_index (self->plan, PatellaStorePlanItem, position + 1)
                            .exercise_id, "remove");
  else if (position > 0)
    _patella_plan_window_remember_focus (self, g_array_index (self->plan, PatellaStorePlanItem, position - 1)
                            .exercise_id, "remove");

  if (!patella_store_remove_from_plan (self->store, self->program_id, id, time, &error))
    {
      removed_free (removed);
      _patella_plan_window_toast_error (self, _("The exercise was not removed"), error);
      return;
    }

  /* Translators: a toast after removing an exercise from the plan */
  title = g_strdup_printf (_("“%s” removed from the plan"),
                           exercise != NULL ? patella_exercise_get_name (exercise) : id);
  undo = adw_toast_new (title);
  adw_toast_set_button_label (undo, _("_Undo"));
  adw_toast_set_priority (undo, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (undo), "removed", removed, (GDestroyNotify) removed_free);
  g_signal_connect_object (undo, "button-clicked", G_CALLBACK (undo_remove_cb), self, 0);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), undo);
}

static GtkWidget *
icon_button (const char        *icon,
             const char        *label,
             const char        *id,
             guint              position,
             GCallback          callback,
             PatellaPlanWindow *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  _patella_plan_window_set_label (button, label);
  g_object_set_data_full (G_OBJECT (button), "exercise-id", g_strdup (id), g_free);
  g_object_set_data (G_OBJECT (button), "position", GUINT_TO_POINTER (position));
  g_signal_connect (button, "clicked", callback, self);

  return button;
}

void
_patella_plan_window_add_plan_row (PatellaPlanWindow          *self,
                                   const PatellaStorePlanItem *item,
                                   guint                       position)
{
  PatellaExercise *exercise = patella_catalogue_lookup (patella_catalogue_get_default (),
                                                        item->exercise_id);
  const char *name = exercise != NULL ? patella_exercise_get_name (exercise) : item->exercise_id;
  PatellaWorkKind work = exercise != NULL ? patella_exercise_get_work_kind (exercise)
                                          : PATELLA_WORK_REPS_TEMPO;
  RowWidgets *widgets = g_new0 (RowWidgets, 1);
  DoseEdit *edit = g_new0 (DoseEdit, 1);
  g_autofree char *dose_text = NULL;
  g_autofree char *up_label = NULL;
  g_autofree char *down_label = NULL;
  g_autofree char *remove_label = NULL;
  GtkWidget *save_row;

  widgets->expander = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widgets->expander), name);
  if (exercise != NULL)
    {
      dose_text = patella_plan_describe_dose (exercise, &item->dose, self->affected);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (widgets->expander), dose_text);
    }

  /* Translators: buttons on each exercise of the plan editor, e.g. "Move Clamshell Up" */
  up_label = g_strdup_printf (_("Move %s Up"), name);
  down_label = g_strdup_printf (_("Move %s Down"), name);
  remove_label = g_strdup_printf (_("Remove %s from the Plan"), name);
  widgets->up = icon_button ("go-up-symbolic", up_label, item->exercise_id, position,
                             G_CALLBACK (up_clicked_cb), self);
  widgets->down = icon_button ("go-down-symbolic", down_label, item->exercise_id, position,
                               G_CALLBACK (down_clicked_cb), self);
  widgets->remove = icon_button ("user-trash-symbolic", remove_label, item->exercise_id, position,
                                 G_CALLBACK (remove_clicked_cb), self);
  gtk_widget_set_sensitive (widgets->up, position > 0);
  gtk_widget_set_sensitive (widgets->down, position + 1 < self->plan->len);
  gtk_widget_set_sensitive (widgets->remove, self->plan->len > 1);
  /* Each action goes before the ones added earlier: this shows up, down, remove. */
  adw_expander_row_add_action (ADW_EXPANDER_ROW (widgets->expander), widgets->remove);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (widgets->expander), widgets->down);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (widgets->expander), widgets->up);
  gtk_widget_set_margin_start (widgets->remove, 6);

  edit->exercise_id = g_strdup (item->exercise_id);
  edit->dose = item->dose;
  edit->spins[PATELLA_DOSE_LIMIT_SETS] =
    _patella_plan_window_spin_row (widgets->expander, _("Sets"), PATELLA_DOSE_LIMIT_SETS, work, item->dose.sets);
  edit->spins[PATELLA_DOSE_LIMIT_REPS] =
    _patella_plan_window_spin_row (widgets->expander,
              work == PATELLA_WORK_TIMED_HOLD ? _("Holds per set") : _("Reps per set"),
              PATELLA_DOSE_LIMIT_REPS, work, item->dose.reps);
  edit->spins[PATELLA_DOSE_LIMIT_HOLD] =
    _patella_plan_window_spin_row (widgets->expander, _("Hold (seconds)"), PATELLA_DOSE_LIMIT_HOLD, work,
              item->dose.hold_seconds);
  edit->spins[PATELLA_DOSE_LIMIT_REST] =
    _patella_plan_window_spin_row (widgets->expander, _("Rest between sets (seconds)"), PATELLA_DOSE_LIMIT_REST, work,
              item->dose.rest_seconds);

  save_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (save_row), _("Use this dose from now on"));
  widgets->save = gtk_button_new_with_mnemonic (_("_Save Dose"));
  patella_a11y_set_button_name (GTK_BUTTON (widgets->save), NULL);
  gtk_widget_set_valign (widgets->save, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (widgets->save, "suggested-action");
  g_object_set_data_full (G_OBJECT (widgets->save), "dose-edit", edit,
                          (GDestroyNotify) dose_edit_free);
  g_signal_connect (widgets->save, "clicked", G_CALLBACK (save_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (save_row), widgets->save);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (widgets->expander), save_row);

  /* libadwaita 1.2 leaves the expander's own list item unnamed, and the
   * lists it lays out its header and its dose rows in read "GtkListBox". */
  _patella_plan_window_set_label (widgets->expander, name);
  if (dose_text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widgets->expander),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, dose_text,
                                    -1);
  patella_a11y_name_lists (widgets->expander, name);

  adw_preferences_group_add (self->plan_group, widgets->expander);
  g_ptr_array_add (self->added_rows, widgets->expander);
  g_hash_table_insert (self->rows, g_strdup (item->exercise_id), widgets);
}

/* ---- adding ---- */

static void
add_clicked_cb (GtkButton         *button,
                PatellaPlanWindow *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "exercise-id");
  g_autoptr(GDateTime) time = _patella_plan_window_now (self);
  g_autoptr(GError) error = NULL;

  _patella_plan_window_remember_focus (self, id, "expander");
  if (!patella_store_add_to_plan (self->store, self->program_id, id, NULL, -1, time, &error))
    _patella_plan_window_toast_error (self, _("The exercise was not added"), error);
}

void
_patella_plan_window_add_catalogue_row (PatellaPlanWindow *self,
                                        PatellaExercise   *exercise)
{
  const char *name = patella_exercise_get_name (exercise);
  RowWidgets *widgets = g_new0 (RowWidgets, 1);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *label = g_strdup_printf (_("Add %s to the Plan"), name);
  g_autofree char *dose = patella_plan_describe_dose (exercise,
                                                      patella_exercise_get_default_dose (exercise),
                                                      self->affected);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dose);
  widgets->add = gtk_button_new_with_label (_("Add"));
  gtk_widget_set_valign (widgets->add, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (widgets->add, label);
  _patella_plan_window_set_label (widgets->add, label);
  g_object_set_data_full (G_OBJECT (widgets->add), "exercise-id",
                          g_strdup (patella_exercise_get_id (exercise)), g_free);
  g_signal_connect (widgets->add, "clicked", G_CALLBACK (add_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), widgets->add);

  adw_preferences_group_add (self->catalogue_group, row);
  g_ptr_array_add (self->added_rows, row);
  g_hash_table_insert (self->rows, g_strdup (patella_exercise_get_id (exercise)), widgets);
}

