/* patella-swap-card.c: on Today, the wall squat swapped for straight-leg raises, and its end
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-day-label.h"
#include "patella-day-plan.h"
#include "patella-store-swap.h"
#include "patella-swap-card.h"
#include "patella-toast.h"
#include "patella-today.h"

struct _PatellaSwapCard
{
  GtkWidget     parent_instance;

  GtkWidget    *list;
  AdwActionRow *row;
  GtkWidget    *button;

  PatellaStore *store;
  PatellaToday *today;
  GSignalGroup *store_signals;
  GSignalGroup *today_signals;

  gint64        program_id;
  gboolean      return_due;
};

G_DEFINE_FINAL_TYPE (PatellaSwapCard, patella_swap_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
refresh (PatellaSwapCard *self)
{
  g_autoptr(PatellaDayPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *since = NULL;
  g_autofree char *subtitle = NULL;

  self->program_id = 0;
  self->return_due = FALSE;
  if (self->store != NULL && self->today != NULL && patella_store_is_open (self->store))
    {
      plan = patella_day_plan_load (self->store, patella_today_get_day (self->today), &error);
      if (plan == NULL)
        g_warning ("Today’s plan could not be read: %s", error->message);
    }

  gtk_widget_set_visible (GTK_WIDGET (self), plan != NULL && plan->swap != NULL);
  if (plan == NULL || plan->swap == NULL)
    return;

  self->program_id = plan->program->id;
  self->return_due = plan->swap_return != NULL;
  since = patella_day_label (plan->swap->day, plan->day);
  if (plan->swap_return != NULL)
    subtitle = g_strdup (plan->swap_return);
  else if (plan->swap->pain != PATELLA_STORE_NO_PAIN)
    /* Translators: "Since Yesterday, for pain of 6/10 at the kneecap. …" */
    subtitle = g_strdup_printf (_("Since %s, for pain of %d/10 at the kneecap. When the knee "
                                  "has settled, the wall squat comes back."),
                                since, plan->swap->pain);
  else
    /* Translators: "Since Monday 2 March. …" */
    subtitle = g_strdup_printf (_("Since %s. When the knee has settled, the wall squat comes "
                                  "back."), since);

  /* Not blue: Today has one suggested button, Start. */
  adw_action_row_set_subtitle (self->row, subtitle);
}

static void
settled_clicked_cb (PatellaSwapCard *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->today == NULL || self->program_id == 0)
    return;

  now = patella_clock_dup_local_now (patella_today_get_clock (self->today), NULL);
  if (!patella_store_end_swap (self->store, self->program_id, PATELLA_DAY_PLAN_WALL_SQUAT, now,
                               &error))
    {
      g_autofree char *text = g_strdup_printf (_("The wall squat could not be brought back: %s"),
                                               error->message);

      patella_toast_show (GTK_WIDGET (self), text, 0);
      return;
    }

  patella_toast_show (GTK_WIDGET (self),
                      _("The wall squat is back in the plan. Stop at the first pain at the "
                        "kneecap."), 5);
}

static void
store_changed_cb (PatellaSwapCard *self)
{
  refresh (self);
}

static void
patella_swap_card_set_store (PatellaSwapCard *self,
                             PatellaStore    *store)
{
  if (!g_set_object (&self->store, store))
    return;
  g_signal_group_set_target (self->store_signals, store);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
patella_swap_card_set_today (PatellaSwapCard *self,
                             PatellaToday    *today)
{
  if (!g_set_object (&self->today, today))
    return;
  g_signal_group_set_target (self->today_signals, today);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

static void
patella_swap_card_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PatellaSwapCard *self = PATELLA_SWAP_CARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_TODAY:
      g_value_set_object (value, self->today);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_swap_card_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PatellaSwapCard *self = PATELLA_SWAP_CARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      patella_swap_card_set_store (self, g_value_get_object (value));
      break;
    case PROP_TODAY:
      patella_swap_card_set_today (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_swap_card_dispose (GObject *object)
{
  PatellaSwapCard *self = PATELLA_SWAP_CARD (object);

  g_clear_pointer (&self->list, gtk_widget_unparent);
  g_clear_object (&self->store_signals);
  g_clear_object (&self->today_signals);
  g_clear_object (&self->store);
  g_clear_object (&self->today);

  G_OBJECT_CLASS (patella_swap_card_parent_class)->dispose (object);
}

static void
patella_swap_card_class_init (PatellaSwapCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = patella_swap_card_get_property;
  object_class->set_property = patella_swap_card_set_property;
  object_class->dispose = patella_swap_card_dispose;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PATELLA_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TODAY] =
    g_param_spec_object ("today", NULL, NULL, PATELLA_TYPE_TODAY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
patella_swap_card_init (PatellaSwapCard *self)
{
  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_widget_set_parent (self->list, GTK_WIDGET (self));

  self->row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->row),
                                 _("Straight-Leg Raises Replace the Wall Squat"));
  adw_action_row_set_subtitle_lines (self->row, 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->row), FALSE);

  self->button = gtk_button_new_with_mnemonic (_("My Knee Has _Settled"));
  gtk_widget_set_valign (self->button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->button,
                               _("Bring the wall squat back into the plan from today"));
  g_signal_connect_swapped (self->button, "clicked", G_CALLBACK (settled_clicked_cb), self);
  adw_action_row_add_suffix (self->row, self->button);
  gtk_list_box_append (GTK_LIST_BOX (self->list), GTK_WIDGET (self->row));

  self->store_signals = g_signal_group_new (PATELLA_TYPE_STORE);
  g_signal_group_connect_swapped (self->store_signals, "changed::program",
                                  G_CALLBACK (store_changed_cb), self);
  g_signal_group_connect_swapped (self->store_signals, "changed::session",
                                  G_CALLBACK (store_changed_cb), self);
  g_signal_group_connect_swapped (self->store_signals, "changed::pain_entry",
                                  G_CALLBACK (store_changed_cb), self);
  self->today_signals = g_signal_group_new (PATELLA_TYPE_TODAY);
  g_signal_group_connect_swapped (self->today_signals, "notify::day",
                                  G_CALLBACK (store_changed_cb), self);

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

/**
 * patella_swap_card_new:
 *
 * Returns: (transfer floating): a card that shows the wall squat's swap
 */
GtkWidget *
patella_swap_card_new (void)
{
  return g_object_new (PATELLA_TYPE_SWAP_CARD, NULL);
}

/**
 * patella_swap_card_get_return_due:
 * @self: a #PatellaSwapCard
 *
 * Returns: whether a week without kneecap pain has passed, so the card
 *   offers to bring the wall squat back
 */
gboolean
patella_swap_card_get_return_due (PatellaSwapCard *self)
{
  g_return_val_if_fail (PATELLA_IS_SWAP_CARD (self), FALSE);

  return self->return_due;
}

/**
 * patella_swap_card_get_button:
 * @self: a #PatellaSwapCard
 *
 * Returns: (transfer none): the "My Knee Has Settled" button
 */
GtkWidget *
patella_swap_card_get_button (PatellaSwapCard *self)
{
  g_return_val_if_fail (PATELLA_IS_SWAP_CARD (self), NULL);

  return self->button;
}

/**
 * patella_swap_card_get_text:
 * @self: a #PatellaSwapCard
 *
 * Returns: the card's line under its title, as the screen shows it
 */
const char *
patella_swap_card_get_text (PatellaSwapCard *self)
{
  g_return_val_if_fail (PATELLA_IS_SWAP_CARD (self), NULL);

  return adw_action_row_get_subtitle (self->row);
}
