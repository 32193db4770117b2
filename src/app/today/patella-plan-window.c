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

#include "patella-a11y.h"
#include "patella-catalogue.h"
#include "patella-plan-window-private.h"
#include "patella-store-plan.h"

G_DEFINE_FINAL_TYPE (PatellaPlanWindow, patella_plan_window, ADW_TYPE_PREFERENCES_WINDOW)

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
  g_autoptr(GDateTime) time = _patella_plan_window_now (self);
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
      _patella_plan_window_toast_error (self, _("The exercise was not added"), error);
      gtk_widget_grab_focus (GTK_WIDGET (self->own_name));
      return;
    }

  _patella_plan_window_remember_focus (self, id, "expander");
  if (!patella_store_add_to_plan (self->store, self->program_id, id, NULL, -1, time, &error))
    {
      _patella_plan_window_toast_error (self, _("The exercise was kept but not added to the plan"), error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->own_name), "");
  gtk_editable_set_text (GTK_EDITABLE (self->own_steps), "");
  _patella_plan_window_toast (self, _("Your exercise is in the plan"));
}

static void
build_own_form (PatellaPlanWindow *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Add to Plan"));

  self->own_sets = _patella_plan_window_spin_row (GTK_WIDGET (self->own_group), _("Sets"), PATELLA_DOSE_LIMIT_SETS,
                             PATELLA_WORK_REPS_HOLD, 1);
  self->own_reps = _patella_plan_window_spin_row (GTK_WIDGET (self->own_group), _("Reps or holds per set"),
                             PATELLA_DOSE_LIMIT_REPS, PATELLA_WORK_REPS_HOLD, 10);
  self->own_hold = _patella_plan_window_spin_row (GTK_WIDGET (self->own_group),
                             _("Hold (seconds; not for reps at a steady pace)"),
                             PATELLA_DOSE_LIMIT_HOLD, PATELLA_WORK_TIMED_HOLD, 5);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 _("It can be edited, moved or removed like any other"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (own_add_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  patella_a11y_set_button_name (GTK_BUTTON (button), NULL);
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

      _patella_plan_window_add_plan_row (self, item, i);
      g_hash_table_add (in_plan, (gpointer) item->exercise_id);
    }
  /* The user's own first (one removed can come back), then the catalogue. */
  own = patella_store_list_custom_exercises (self->store, &error);
  for (guint i = 0; own != NULL && i < own->len; i++)
    if (!g_hash_table_contains (in_plan, patella_exercise_get_id (own->pdata[i])))
      _patella_plan_window_add_catalogue_row (self, own->pdata[i]);
  if (error != NULL)
    _patella_plan_window_toast_error (self, _("Your own exercises could not be read"), error);
  for (guint i = 0; i < g_list_model_get_n_items (catalogue); i++)
    {
      g_autoptr(PatellaExercise) exercise = g_list_model_get_item (catalogue, i);

      if (!g_hash_table_contains (in_plan, patella_exercise_get_id (exercise)))
        _patella_plan_window_add_catalogue_row (self, exercise);
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
