/* patella-kujala-row.c: on Today, when the knee questionnaire is due, and the last score
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-day-label.h"
#include "patella-kujala.h"
#include "patella-kujala-row.h"
#include "patella-kujala-window.h"
#include "patella-row-text.h"
#include "patella-warning-signs.h"

struct _PatellaKujalaRow
{
  GtkWidget     parent_instance;

  PatellaStore *store;
  PatellaToday *today;
  GSignalGroup *store_signals;
  GSignalGroup *today_signals;
  gboolean      due;

  GtkWidget    *list;
  AdwActionRow *row;
  GtkWidget    *button;
};

G_DEFINE_FINAL_TYPE (PatellaKujalaRow, patella_kujala_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_TODAY,
  PROP_DUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_due (PatellaKujalaRow *self,
         gboolean          due)
{
  /* Today has one suggested button, Start; a questionnaire that is due
   * says so in its subtitle, not in blue. */
  if (self->due == due)
    return;

  self->due = due;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE]);
}

void
patella_kujala_row_refresh (PatellaKujalaRow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaStoreQuestionnaire) first = NULL;
  g_autoptr(PatellaStoreQuestionnaire) last = NULL;
  const char *today;
  char next[PATELLA_LOCAL_DAY_LEN + 1];
  g_autofree char *subtitle = NULL;
  g_autofree char *next_label = NULL;

  g_return_if_fail (PATELLA_IS_KUJALA_ROW (self));

  gtk_widget_set_sensitive (self->button, self->store != NULL && self->today != NULL);
  if (self->store == NULL || self->today == NULL)
    return;

  if (!patella_store_get_questionnaire_ends (self->store, PATELLA_QUESTIONNAIRE_KUJALA,
                                             &first, &last, &error))
    {
      subtitle = g_strdup_printf (_("Earlier answers could not be read: %s"), error->message);
      adw_action_row_set_subtitle (self->row, subtitle);
      set_due (self, FALSE);
      return;
    }

  today = patella_today_get_day (self->today);
  patella_kujala_next_due (last ? last->day : NULL, today, next);
  next_label = patella_day_label (next, today);

  if (last == NULL)
    subtitle = g_strdup (_("Due now: 13 questions, about 3 minutes. Later scores are "
                           "compared with this first one."));
  else if (first->id == last->id)
    subtitle = patella_kujala_is_due (last->day, today)
      ? g_strdup_printf (_("Due now. Your first score was %d."), last->score)
      : g_strdup_printf (_("Your first score: %d out of 100. Next one: %s."),
                         last->score, next_label);
  else
    {
      int change = last->score - first->score;
      /* Translators: a change in score with its sign, e.g. "+12" or "−4" */
      g_autofree char *signed_change = change > 0 ? g_strdup_printf (_("+%d"), change)
                                                  : change < 0 ? g_strdup_printf (_("−%d"), -change)
                                                               : g_strdup ("±0");

      subtitle = patella_kujala_is_due (last->day, today)
        ? g_strdup_printf (_("Due now. Last score %d, %s since the first."),
                           last->score, signed_change)
        : g_strdup_printf (_("Last score %d, %s since the first. Next one: %s."),
                           last->score, signed_change, next_label);
    }

  adw_action_row_set_subtitle (self->row, subtitle);
  set_due (self, patella_kujala_is_due (last ? last->day : NULL, today));
}

GtkWindow *
patella_kujala_row_open (PatellaKujalaRow *self)
{
  GtkRoot *root;
  PatellaKujalaWindow *window;

  g_return_val_if_fail (PATELLA_IS_KUJALA_ROW (self), NULL);
  g_return_val_if_fail (self->store != NULL && self->today != NULL, NULL);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  window = patella_kujala_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                      self->store, self->today);
  gtk_window_present (GTK_WINDOW (window));

  return GTK_WINDOW (window);
}

static void
button_clicked_cb (PatellaKujalaRow *self)
{
  patella_kujala_row_open (self);
}

PatellaStore *
patella_kujala_row_get_store (PatellaKujalaRow *self)
{
  g_return_val_if_fail (PATELLA_IS_KUJALA_ROW (self), NULL);

  return self->store;
}

void
patella_kujala_row_set_store (PatellaKujalaRow *self,
                              PatellaStore     *store)
{
  g_return_if_fail (PATELLA_IS_KUJALA_ROW (self));
  g_return_if_fail (store == NULL || PATELLA_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_signal_group_set_target (self->store_signals, store);
  patella_kujala_row_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

PatellaToday *
patella_kujala_row_get_today (PatellaKujalaRow *self)
{
  g_return_val_if_fail (PATELLA_IS_KUJALA_ROW (self), NULL);

  return self->today;
}

/**
 * patella_kujala_row_set_today:
 * @self: a #PatellaKujalaRow
 * @today: (nullable): the day "due" is counted to
 *
 * "Due" moves with the calendar, not only with the store: the row looks
 * again when @today's day changes.
 */
void
patella_kujala_row_set_today (PatellaKujalaRow *self,
                              PatellaToday     *today)
{
  g_return_if_fail (PATELLA_IS_KUJALA_ROW (self));
  g_return_if_fail (today == NULL || PATELLA_IS_TODAY (today));

  if (!g_set_object (&self->today, today))
    return;

  g_signal_group_set_target (self->today_signals, today);
  patella_kujala_row_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

gboolean
patella_kujala_row_get_due (PatellaKujalaRow *self)
{
  g_return_val_if_fail (PATELLA_IS_KUJALA_ROW (self), FALSE);

  return self->due;
}

PatellaKujalaRow *
patella_kujala_row_new (PatellaStore *store,
                        PatellaToday *today)
{
  return g_object_new (PATELLA_TYPE_KUJALA_ROW, "store", store, "today", today, NULL);
}

static void
patella_kujala_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PatellaKujalaRow *self = PATELLA_KUJALA_ROW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_TODAY:
      g_value_set_object (value, self->today);
      break;

    case PROP_DUE:
      g_value_set_boolean (value, self->due);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_kujala_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PatellaKujalaRow *self = PATELLA_KUJALA_ROW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      patella_kujala_row_set_store (self, g_value_get_object (value));
      break;

    case PROP_TODAY:
      patella_kujala_row_set_today (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_kujala_row_dispose (GObject *object)
{
  PatellaKujalaRow *self = PATELLA_KUJALA_ROW (object);

  g_clear_object (&self->store_signals);
  g_clear_object (&self->today_signals);
  g_clear_object (&self->store);
  g_clear_object (&self->today);
  g_clear_pointer (&self->list, gtk_widget_unparent);

  G_OBJECT_CLASS (patella_kujala_row_parent_class)->dispose (object);
}

static void
patella_kujala_row_class_init (PatellaKujalaRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_kujala_row_dispose;
  object_class->get_property = patella_kujala_row_get_property;
  object_class->set_property = patella_kujala_row_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PATELLA_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TODAY] =
    g_param_spec_object ("today", NULL, NULL,
                         PATELLA_TYPE_TODAY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DUE] =
    g_param_spec_boolean ("due", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
patella_kujala_row_init (PatellaKujalaRow *self)
{
  GtkWidget *icon = gtk_image_new_from_icon_name ("view-list-bullet-symbolic");

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_widget_set_parent (self->list, GTK_WIDGET (self));
  /* A list's name is read as the focus enters it; GTK 4.8 says
   * "GtkListBox" otherwise. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Knee Questionnaire"),
                                  -1);

  self->row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->row), _("Knee Questionnaire"));
  adw_action_row_set_subtitle_lines (self->row, 0);
  adw_action_row_add_prefix (self->row, icon);
  patella_row_wrap_at_words (GTK_WIDGET (self->row));

  self->button = gtk_button_new_with_mnemonic (_("_Answer"));
  gtk_widget_set_valign (self->button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->button,
                               _("The Kujala Anterior Knee Pain Scale, every two weeks"));
  g_signal_connect_swapped (self->button, "clicked", G_CALLBACK (button_clicked_cb), self);
  adw_action_row_add_suffix (self->row, self->button);
  adw_action_row_set_activatable_widget (self->row, self->button);

  gtk_list_box_append (GTK_LIST_BOX (self->list), GTK_WIDGET (self->row));

  self->store_signals = g_signal_group_new (PATELLA_TYPE_STORE);
  g_signal_group_connect_swapped (self->store_signals, "changed::questionnaire",
                                  G_CALLBACK (patella_kujala_row_refresh), self);
  self->today_signals = g_signal_group_new (PATELLA_TYPE_TODAY);
  g_signal_group_connect_swapped (self->today_signals, "notify::day",
                                  G_CALLBACK (patella_kujala_row_refresh), self);
  patella_kujala_row_refresh (self);
}
