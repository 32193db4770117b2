/* patella-plan-card.c: Today's session on a card: exercises, doses, time, and Start
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-duration.h"
#include "patella-how-to-window.h"
#include "patella-plan-card.h"
#include "patella-plan.h"

struct _PatellaPlanCard
{
  GtkWidget   parent_instance;

  GtkWidget  *box;
  GtkWidget  *start_button;
  GtkLabel   *duration_label;
  GtkListBox *list;

  GSettings  *settings;
  gint64      duration_usec;
  guint       n_exercises;
  guint       focus_idle_id;
};

G_DEFINE_FINAL_TYPE (PatellaPlanCard, patella_plan_card, GTK_TYPE_WIDGET)

static void
how_to_clicked_cb (GtkButton       *button,
                   PatellaExercise *exercise)
{
  patella_how_to_show (GTK_WIDGET (button), exercise);
}

/* A button on the row opens the exercise's How-to sheet before starting;
 * the row itself does too. The exercises belong to the catalogue, which
 * outlives every widget. */
static void
add_how_to_button (GtkWidget       *row,
                   PatellaExercise *exercise)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("help-about-symbolic");
  /* Translators: a button on each row of Today's plan, e.g. "How to Do: Clamshell" */
  g_autofree char *label = g_strdup_printf (_("How to Do: %s"),
                                            patella_exercise_get_name (exercise));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect (button, "clicked", G_CALLBACK (how_to_clicked_cb), exercise);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
}

static void
refresh (PatellaPlanCard *self)
{
  g_autoptr(GArray) items = patella_plan_get_today_items ();
  g_autoptr(PatellaTimeline) timeline = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *exact = NULL;
  g_autofree char *text = NULL;
  PatellaTimelineOptions options = { 0 };
  GtkWidget *child;

  options.affected_side = patella_plan_get_affected_side (self->settings);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; i < items->len; i++)
    {
      const PatellaTimelineItem *item = &g_array_index (items, PatellaTimelineItem, i);
      g_autofree char *dose = patella_plan_describe_dose (item->exercise, item->dose,
                                                          options.affected_side);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     patella_exercise_get_name (item->exercise));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dose);
      add_how_to_button (row, item->exercise);
      gtk_list_box_append (self->list, row);
    }
  self->n_exercises = items->len;

  timeline = patella_timeline_new ((const PatellaTimelineItem *) items->data, items->len,
                                   &options, &error);
  if (timeline == NULL)
    {
      /* The catalogue's own doses always expand; this would be a bug. */
      g_critical ("Today's plan does not expand: %s", error->message);
      return;
    }

  self->duration_usec = patella_timeline_get_duration_usec (timeline);
  exact = patella_format_duration (self->duration_usec);
  /* Translators: the plan's length and size, e.g. "13 min 40 s · 5 exercises" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u exercise", "%s · %u exercises",
                                       self->n_exercises),
                          exact, self->n_exercises);
  gtk_label_set_label (self->duration_label, text);
}

static void
side_changed_cb (PatellaPlanCard *self)
{
  refresh (self);
}

void
patella_plan_card_set_settings (PatellaPlanCard *self,
                                GSettings       *settings)
{
  g_return_if_fail (PATELLA_IS_PLAN_CARD (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  if (self->settings == settings)
    return;

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_set_object (&self->settings, settings);
  g_signal_connect_object (settings, "changed::affected-side",
                           G_CALLBACK (side_changed_cb), self, G_CONNECT_SWAPPED);
  refresh (self);
}

gint64
patella_plan_card_get_duration_usec (PatellaPlanCard *self)
{
  g_return_val_if_fail (PATELLA_IS_PLAN_CARD (self), 0);

  return self->duration_usec;
}

const char *
patella_plan_card_get_duration_text (PatellaPlanCard *self)
{
  g_return_val_if_fail (PATELLA_IS_PLAN_CARD (self), NULL);

  return gtk_label_get_label (self->duration_label);
}

guint
patella_plan_card_get_n_exercises (PatellaPlanCard *self)
{
  g_return_val_if_fail (PATELLA_IS_PLAN_CARD (self), 0);

  return self->n_exercises;
}

static gboolean
enter_cb (GtkWidget *widget,
          GVariant  *args,
          gpointer   user_data)
{
  return gtk_widget_activate_action (widget, "win.start-session", NULL);
}

/* On a fresh window GTK focuses the first button, the view switcher's,
 * which would take Enter for itself: Start takes the focus instead, unless
 * the user has put it somewhere on the page already. */
static gboolean
focus_start_cb (gpointer user_data)
{
  PatellaPlanCard *self = user_data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus;

  self->focus_idle_id = 0;
  if (!GTK_IS_WINDOW (root) || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return G_SOURCE_REMOVE;

  focus = gtk_window_get_focus (GTK_WINDOW (root));
  if (focus == NULL
      || gtk_widget_get_ancestor (focus, ADW_TYPE_HEADER_BAR) != NULL
      || gtk_widget_get_ancestor (focus, ADW_TYPE_VIEW_SWITCHER_BAR) != NULL)
    gtk_widget_grab_focus (self->start_button);

  return G_SOURCE_REMOVE;
}

static void
patella_plan_card_map (GtkWidget *widget)
{
  PatellaPlanCard *self = PATELLA_PLAN_CARD (widget);

  GTK_WIDGET_CLASS (patella_plan_card_parent_class)->map (widget);

  if (self->focus_idle_id == 0)
    self->focus_idle_id = g_idle_add (focus_start_cb, self);
}

GtkWidget *
patella_plan_card_new (void)
{
  return g_object_new (PATELLA_TYPE_PLAN_CARD, NULL);
}

static void
patella_plan_card_dispose (GObject *object)
{
  PatellaPlanCard *self = PATELLA_PLAN_CARD (object);

  g_clear_handle_id (&self->focus_idle_id, g_source_remove);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), PATELLA_TYPE_PLAN_CARD);

  G_OBJECT_CLASS (patella_plan_card_parent_class)->dispose (object);
}

static void
patella_plan_card_class_init (PatellaPlanCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_plan_card_dispose;
  widget_class->map = patella_plan_card_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "plancard");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-plan-card.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaPlanCard, box);
  gtk_widget_class_bind_template_child (widget_class, PatellaPlanCard, start_button);
  gtk_widget_class_bind_template_child (widget_class, PatellaPlanCard, duration_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaPlanCard, list);
}

static void
patella_plan_card_init (PatellaPlanCard *self)
{
  GtkEventController *controller;
  GtkShortcut *enter;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Enter starts, wherever the focus is on Today, unless a focused
   * widget (an entry, a button) uses it first: bubble phase, managed. */
  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller),
                                     GTK_SHORTCUT_SCOPE_MANAGED);
  enter = gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("Return|KP_Enter"),
                            gtk_callback_action_new (enter_cb, NULL, NULL));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), enter);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
