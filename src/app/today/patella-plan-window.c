/* patella-plan-window.c: the plan editor: order, doses, exercises added, removed or defined
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opened from Today's plan card. One row per exercise of the plan, in
 * session order: open it to change the dose (spin buttons held to the
 * limits of patella-dose.c), move it up or down, or remove it (a toast
 * offers Undo). Below, a form for an exercise of the user's own, and the
 * catalogue's exercises not in the plan yet. Every change goes to the
 * store as a `user-edit` dose change; the editor rebuilds from the store
 * when it says the program changed, and puts the focus back where it was.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-catalogue.h"
#include "patella-plan.h"
#include "patella-plan-window.h"
#include "patella-store-plan.h"

struct _PatellaPlanWindow
{
  AdwPreferencesWindow parent_instance;

  PatellaStore        *store;
  PatellaToday        *today;
  PatellaSide          affected;
  gint64               program_id;
  GArray              *plan;         /* PatellaStorePlanItem */
  GPtrArray           *added_rows;   /* rows this editor put in the groups */
  GHashTable          *rows;         /* exercise id -> RowWidgets */
  char                *focus_id;     /* where the focus goes after a rebuild */
  const char          *focus_what;

  AdwPreferencesGroup *plan_group;
  AdwPreferencesGroup *own_group;
  AdwPreferencesGroup *catalogue_group;
  AdwEntryRow         *own_name;
  AdwComboRow         *own_work;
  AdwComboRow         *own_sides;
  AdwEntryRow         *own_steps;
  GtkSpinButton       *own_sets;
  GtkSpinButton       *own_reps;
  GtkSpinButton       *own_hold;
};

G_DEFINE_FINAL_TYPE (PatellaPlanWindow, patella_plan_window, ADW_TYPE_PREFERENCES_WINDOW)

typedef struct
{
  GtkWidget *expander;
  GtkWidget *up;
  GtkWidget *down;
  GtkWidget *remove;
  GtkWidget *save;
  GtkWidget *add;
} RowWidgets;

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

static void rebuild (PatellaPlanWindow *self);

static void
toast (PatellaPlanWindow *self,
       const char        *text)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (text));
}

static void
toast_error (PatellaPlanWindow *self,
             const char        *what,
             const GError      *error)
{
  /* Translators: what could not be done, then why, e.g. "The dose was not changed: Sets must…" */
  g_autofree char *text = g_strdup_printf (_("%s: %s"), what, error->message);

  toast (self, text);
}

static void
set_label (GtkWidget  *widget,
           const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* A row with a spin button held to the field's limits, or NULL when the
 * field does not apply to this kind of work. */
static GtkSpinButton *
spin_row (GtkWidget        *parent,
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
  set_label (spin, title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);

  if (ADW_IS_EXPANDER_ROW (parent))
    adw_expander_row_add_row (ADW_EXPANDER_ROW (parent), row);
  else
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (parent), row);

  return GTK_SPIN_BUTTON (spin);
}

static GDateTime *
now (PatellaPlanWindow *self)
{
  return patella_today_dup_now (self->today);
}

static void
remember_focus (PatellaPlanWindow *self,
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
  g_autoptr(GDateTime) time = now (self);
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
      toast (self, _("The dose is unchanged"));
      return;
    }

  remember_focus (self, edit->exercise_id, "expander");
  if (!patella_store_change_dose (self->store, self->program_id, edit->exercise_id,
                                  PATELLA_DOSE_REASON_USER_EDIT, &dose, NULL, time, &error))
    {
      toast_error (self, _("The dose was not changed"), error);
      return;
    }
  toast (self, _("Dose saved; the next session uses it"));
}

static void
move (PatellaPlanWindow *self,
      GtkWidget         *button,
      int                delta,
      const char        *what)
{
  const char *id = g_object_get_data (G_OBJECT (button), "exercise-id");
  g_autoptr(GDateTime) time = now (self);
  g_autoptr(GError) error = NULL;
  int position = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "position"));

  remember_focus (self, id, what);
  if (!patella_store_move_in_plan (self->store, self->program_id, id, MAX (position + delta, 0),
                                   time, &error))
    toast_error (self, _("The exercise was not moved"), error);
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
  g_autoptr(GDateTime) time = now (self);
  g_autoptr(GError) error = NULL;

  remember_focus (self, removed->exercise_id, "expander");
  if (!patella_store_add_to_plan (self->store, self->program_id, removed->exercise_id,
                                  &removed->dose, removed->position, time, &error))
    toast_error (self, _("The exercise could not be put back"), error);
}

static void
remove_clicked_cb (GtkButton         *button,
                   PatellaPlanWindow *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "exercise-id");
  int position = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "position"));
  PatellaExercise *exercise = patella_catalogue_lookup (patella_catalogue_get_default (), id);
  g_autoptr(GDateTime) time = now (self);
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
    remember_focus (self, g_array_index (self->plan, PatellaStorePlanItem, position + 1)
                            .exercise_id, "remove");
  else if (position > 0)
    remember_focus (self, g_array_index (self->plan, PatellaStorePlanItem, position - 1)
                            .exercise_id, "remove");

  if (!patella_store_remove_from_plan (self->store, self->program_id, id, time, &error))
    {
      removed_free (removed);
      toast_error (self, _("The exercise was not removed"), error);
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
  set_label (button, label);
  g_object_set_data_full (G_OBJECT (button), "exercise-id", g_strdup (id), g_free);
  g_object_set_data (G_OBJECT (button), "position", GUINT_TO_POINTER (position));
  g_signal_connect (button, "clicked", callback, self);

  return button;
}

static void
add_plan_row (PatellaPlanWindow          *self,
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
    spin_row (widgets->expander, _("Sets"), PATELLA_DOSE_LIMIT_SETS, work, item->dose.sets);
  edit->spins[PATELLA_DOSE_LIMIT_REPS] =
    spin_row (widgets->expander,
              work == PATELLA_WORK_TIMED_HOLD ? _("Holds per set") : _("Reps per set"),
              PATELLA_DOSE_LIMIT_REPS, work, item->dose.reps);
  edit->spins[PATELLA_DOSE_LIMIT_HOLD] =
    spin_row (widgets->expander, _("Hold (seconds)"), PATELLA_DOSE_LIMIT_HOLD, work,
              item->dose.hold_seconds);
  edit->spins[PATELLA_DOSE_LIMIT_REST] =
    spin_row (widgets->expander, _("Rest between sets (seconds)"), PATELLA_DOSE_LIMIT_REST, work,
              item->dose.rest_seconds);

  save_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (save_row), _("Use this dose from now on"));
  widgets->save = gtk_button_new_with_mnemonic (_("_Save Dose"));
  gtk_widget_set_valign (widgets->save, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (widgets->save, "suggested-action");
  g_object_set_data_full (G_OBJECT (widgets->save), "dose-edit", edit,
                          (GDestroyNotify) dose_edit_free);
  g_signal_connect (widgets->save, "clicked", G_CALLBACK (save_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (save_row), widgets->save);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (widgets->expander), save_row);

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
  g_autoptr(GDateTime) time = now (self);
  g_autoptr(GError) error = NULL;

  remember_focus (self, id, "expander");
  if (!patella_store_add_to_plan (self->store, self->program_id, id, NULL, -1, time, &error))
    toast_error (self, _("The exercise was not added"), error);
}

static void
add_catalogue_row (PatellaPlanWindow *self,
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
  set_label (widgets->add, label);
  g_object_set_data_full (G_OBJECT (widgets->add), "exercise-id",
                          g_strdup (patella_exercise_get_id (exercise)), g_free);
  g_signal_connect (widgets->add, "clicked", G_CALLBACK (add_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), widgets->add);

  adw_preferences_group_add (self->catalogue_group, row);
  g_ptr_array_add (self->added_rows, row);
  g_hash_table_insert (self->rows, g_strdup (patella_exercise_get_id (exercise)), widgets);
}

static const PatellaWorkKind own_works[] = {
  PATELLA_WORK_REPS_TEMPO, PATELLA_WORK_REPS_HOLD, PATELLA_WORK_TIMED_HOLD,
};
static const PatellaSideMode own_sides[] = {
  PATELLA_SIDE_MODE_EACH_SIDE, PATELLA_SIDE_MODE_BOTH_AT_ONCE, PATELLA_SIDE_MODE_AFFECTED_ONLY,
};

static void
own_add_clicked_cb (PatellaPlanWindow *self)
{
  guint work_index = MIN (adw_combo_row_get_selected (self->own_work), 2);
  guint sides_index = MIN (adw_combo_row_get_selected (self->own_sides), 2);
  PatellaWorkKind work = own_works[work_index];
  PatellaDose dose = { .rest_seconds = 30, .switch_seconds = 5, .get_ready_seconds = 10 };
  g_autoptr(GDateTime) time = now (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_auto(GStrv) steps = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (self->own_steps)), ";",
                                    -1);
  g_autofree char *instructions = g_strjoinv ("\n", steps);

  dose.sets = gtk_spin_button_get_value_as_int (self->own_sets);
  dose.reps = gtk_spin_button_get_value_as_int (self->own_reps);
  if (work == PATELLA_WORK_REPS_TEMPO)
    dose.tempo_up_seconds = dose.tempo_down_seconds = 2;
  else
    dose.hold_seconds = gtk_spin_button_get_value_as_int (self->own_hold);
  if (work == PATELLA_WORK_REPS_HOLD)
    dose.tempo_up_seconds = dose.tempo_down_seconds = 1;
  if (work == PATELLA_WORK_TIMED_HOLD)
    dose.reps = MIN (dose.reps, PATELLA_DOSE_MAX_TIMED_REPS);

  id = patella_store_define_exercise (self->store,
                                      gtk_editable_get_text (GTK_EDITABLE (self->own_name)),
                                      work, own_sides[sides_index], &dose, instructions, time,
                                      &error);
  if (id == NULL)
    {
      toast_error (self, _("The exercise was not added"), error);
      gtk_widget_grab_focus (GTK_WIDGET (self->own_name));
      return;
    }

  remember_focus (self, id, "expander");
  if (!patella_store_add_to_plan (self->store, self->program_id, id, NULL, -1, time, &error))
    {
      toast_error (self, _("The exercise was kept but not added to the plan"), error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->own_name), "");
  gtk_editable_set_text (GTK_EDITABLE (self->own_steps), "");
  toast (self, _("Your exercise is in the plan"));
}

static void
build_own_form (PatellaPlanWindow *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Add to Plan"));

  self->own_sets = spin_row (GTK_WIDGET (self->own_group), _("Sets"), PATELLA_DOSE_LIMIT_SETS,
                             PATELLA_WORK_REPS_HOLD, 1);
  self->own_reps = spin_row (GTK_WIDGET (self->own_group), _("Reps or holds per set"),
                             PATELLA_DOSE_LIMIT_REPS, PATELLA_WORK_REPS_HOLD, 10);
  self->own_hold = spin_row (GTK_WIDGET (self->own_group),
                             _("Hold (seconds; not for reps at a steady pace)"),
                             PATELLA_DOSE_LIMIT_HOLD, PATELLA_WORK_TIMED_HOLD, 5);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 _("It can be edited, moved or removed like any other"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (own_add_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (self->own_group, row);
}

/* ---- reading the store ---- */

static void
restore_focus (PatellaPlanWindow *self)
{
  RowWidgets *widgets;
  GtkWidget *target = NULL;

  if (self->focus_id == NULL)
    return;

  widgets = g_hash_table_lookup (self->rows, self->focus_id);
  if (widgets != NULL && widgets->expander != NULL)
    {
      if (g_strcmp0 (self->focus_what, "up") == 0)
        target = gtk_widget_get_sensitive (widgets->up) ? widgets->up : widgets->down;
      else if (g_strcmp0 (self->focus_what, "down") == 0)
        target = gtk_widget_get_sensitive (widgets->down) ? widgets->down : widgets->up;
      else if (g_strcmp0 (self->focus_what, "remove") == 0)
        target = gtk_widget_get_sensitive (widgets->remove) ? widgets->remove : widgets->expander;
      else
        target = widgets->expander;
    }
  if (target != NULL)
    gtk_widget_grab_focus (target);
  g_clear_pointer (&self->focus_id, g_free);
}

static void
rebuild (PatellaPlanWindow *self)
{
  g_autofree PatellaStoreProgram *program = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) in_plan = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) own = NULL;
  GListModel *catalogue = G_LIST_MODEL (patella_catalogue_get_default ());

  for (guint i = 0; i < self->added_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->added_rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->added_rows, 0);
  g_hash_table_remove_all (self->rows);
  g_clear_pointer (&self->plan, g_array_unref);
  self->program_id = 0;

  program = patella_store_get_program (self->store, &error);
  if (program != NULL)
    self->plan = patella_store_list_plan (self->store, program->id, &error);
  if (error != NULL || program == NULL || self->plan == NULL)
    {
      adw_preferences_group_set_description (self->plan_group,
                                             error != NULL ? error->message
                                             : _("Start the program first: Preferences → Set Up "
                                                 "the Program Again."));
      gtk_widget_set_visible (GTK_WIDGET (self->own_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->catalogue_group), FALSE);
      return;
    }

  self->program_id = program->id;
  for (guint i = 0; i < self->plan->len; i++)
    {
      const PatellaStorePlanItem *item = &g_array_index (self->plan, PatellaStorePlanItem, i);

      add_plan_row (self, item, i);
      g_hash_table_add (in_plan, (gpointer) item->exercise_id);
    }
  /* The user's own first (one removed can come back), then the catalogue. */
  own = patella_store_list_custom_exercises (self->store, &error);
  for (guint i = 0; own != NULL && i < own->len; i++)
    if (!g_hash_table_contains (in_plan, patella_exercise_get_id (own->pdata[i])))
      add_catalogue_row (self, own->pdata[i]);
  if (error != NULL)
    toast_error (self, _("Your own exercises could not be read"), error);
  for (guint i = 0; i < g_list_model_get_n_items (catalogue); i++)
    {
      g_autoptr(PatellaExercise) exercise = g_list_model_get_item (catalogue, i);

      if (!g_hash_table_contains (in_plan, patella_exercise_get_id (exercise)))
        add_catalogue_row (self, exercise);
    }

  restore_focus (self);
}

static void
store_changed_cb (PatellaStore      *store,
                  const char        *table,
                  PatellaPlanWindow *self)
{
  rebuild (self);
}

/**
 * patella_plan_window_new:
 * @parent: (nullable): the window it belongs to
 * @store: the diary
 * @today: the day and the clock, which stamp every change
 * @affected: the painful side, for the words of each dose
 *
 * Returns: (transfer full): a new plan editor, not shown yet
 */
PatellaPlanWindow *
patella_plan_window_new (GtkWindow    *parent,
                         PatellaStore *store,
                         PatellaToday *today,
                         PatellaSide   affected)
{
  PatellaPlanWindow *self;

  g_return_val_if_fail (PATELLA_IS_STORE (store), NULL);
  g_return_val_if_fail (PATELLA_IS_TODAY (today), NULL);

  self = g_object_new (PATELLA_TYPE_PLAN_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->today = g_object_ref (today);
  self->affected = affected;
  g_signal_connect_object (store, "changed::program", G_CALLBACK (store_changed_cb), self, 0);
  g_signal_connect_object (store, "changed::custom_exercise", G_CALLBACK (store_changed_cb),
                           self, 0);
  rebuild (self);

  return self;
}

static void
patella_plan_window_dispose (GObject *object)
{
  PatellaPlanWindow *self = PATELLA_PLAN_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PATELLA_TYPE_PLAN_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->today);

  G_OBJECT_CLASS (patella_plan_window_parent_class)->dispose (object);
}

static void
patella_plan_window_finalize (GObject *object)
{
  PatellaPlanWindow *self = PATELLA_PLAN_WINDOW (object);

  g_clear_pointer (&self->plan, g_array_unref);
  g_clear_pointer (&self->added_rows, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_free (self->focus_id);

  G_OBJECT_CLASS (patella_plan_window_parent_class)->finalize (object);
}

static void
patella_plan_window_class_init (PatellaPlanWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_plan_window_dispose;
  object_class->finalize = patella_plan_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-plan-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaPlanWindow, plan_group);
  gtk_widget_class_bind_template_child (widget_class, PatellaPlanWindow, own_group);
  gtk_widget_class_bind_template_child (widget_class, PatellaPlanWindow, catalogue_group);
  gtk_widget_class_bind_template_child (widget_class, PatellaPlanWindow, own_name);
  gtk_widget_class_bind_template_child (widget_class, PatellaPlanWindow, own_work);
  gtk_widget_class_bind_template_child (widget_class, PatellaPlanWindow, own_sides);
  gtk_widget_class_bind_template_child (widget_class, PatellaPlanWindow, own_steps);
}

static void
patella_plan_window_init (PatellaPlanWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->added_rows = g_ptr_array_new ();
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  build_own_form (self);
}
