/* patella-proposal-card.c: this week's dose proposals on Today: accept, edit or decline
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-a11y.h"
#include "patella-proposal-card.h"
#include "patella-toast.h"
#include "patella-weekly-review.h"

struct _PatellaProposalCard
{
  GtkWidget       parent_instance;

  GtkWidget      *box;
  GtkWidget      *heading;
  GtkWidget      *list;

  PatellaStore   *store;
  PatellaToday   *today;
  GSignalGroup   *store_signals;
  GSignalGroup   *today_signals;

  PatellaDayPlan *plan;
  GPtrArray      *proposals;   /* PatellaProposal, the ones on screen */
};

G_DEFINE_FINAL_TYPE (PatellaProposalCard, patella_proposal_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void refresh (PatellaProposalCard *self);

static void
answer (PatellaProposalCard   *self,
        const PatellaProposal *proposal,
        PatellaDoseReason      reason,
        const PatellaDose     *dose)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->today == NULL || self->plan == NULL)
    return;

  now = patella_today_dup_now (self->today);
  if (!patella_weekly_review_answer (self->store, self->plan, proposal, reason, dose, now,
                                     &error))
    {
      g_autofree char *text = g_strdup_printf (_("Your answer was not saved: %s"),
                                               error->message);

      patella_toast_show (GTK_WIDGET (self), text, 0);
      return;
    }

  patella_toast_show (GTK_WIDGET (self),
                      reason == PATELLA_DOSE_REASON_PROPOSAL_DECLINED
                        ? _("The dose stays as it was")
                        : _("The new dose applies from the next session"), 5);
  /* The store's "changed" signal refreshes the card. */
}

static const PatellaProposal *
proposal_of (PatellaProposalCard *self,
             GtkWidget           *button)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "proposal"));

  if (self->proposals == NULL || index >= self->proposals->len)
    return NULL;

  return g_ptr_array_index (self->proposals, index);
}

static void
accept_clicked_cb (GtkWidget           *button,
                   PatellaProposalCard *self)
{
  const PatellaProposal *proposal = proposal_of (self, button);

  if (proposal != NULL)
    answer (self, proposal, PATELLA_DOSE_REASON_PROPOSAL_ACCEPTED, NULL);
}

static void
decline_clicked_cb (GtkWidget           *button,
                    PatellaProposalCard *self)
{
  const PatellaProposal *proposal = proposal_of (self, button);

  if (proposal != NULL)
    answer (self, proposal, PATELLA_DOSE_REASON_PROPOSAL_DECLINED, NULL);
}

/* The field the proposal moves, its value and its limits. */
static int *
changed_field (PatellaDose           *dose,
               const PatellaProposal *proposal,
               int                   *upper,
               const char           **title)
{
  if (proposal->new_dose.sets != proposal->old_dose.sets)
    {
      *upper = PATELLA_DOSE_MAX_SETS;
      *title = _("_Sets");
      return &dose->sets;
    }
  if (proposal->new_dose.hold_seconds != proposal->old_dose.hold_seconds)
    {
      *upper = PATELLA_DOSE_MAX_REP_HOLD;
      *title = _("_Hold in seconds");
      return &dose->hold_seconds;
    }

  *upper = PATELLA_DOSE_MAX_REPS;
  *title = _("_Reps");
  return &dose->reps;
}

typedef struct
{
  PatellaProposalCard *self;
  PatellaProposal     *proposal;
  GtkSpinButton       *spin;
} EditData;

static void
edit_data_free (EditData *data)
{
  g_object_unref (data->self);
  patella_proposal_free (data->proposal);
  g_free (data);
}

static void
edit_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  EditData         *data)
{
  PatellaDose dose = data->proposal->new_dose;
  const char *title;
  int upper;

  if (g_strcmp0 (response, "save") != 0)
    return;

  *changed_field (&dose, data->proposal, &upper, &title) =
    gtk_spin_button_get_value_as_int (data->spin);
  answer (data->self, data->proposal, PATELLA_DOSE_REASON_PROPOSAL_EDITED, &dose);
}

/* Edit: the proposal's field in a spin button, within the dose limits. */
static void
edit_clicked_cb (GtkWidget           *button,
                 PatellaProposalCard *self)
{
  const PatellaProposal *proposal = proposal_of (self, button);
  PatellaDose dose;
  GtkWidget *dialog;
  GtkWidget *row;
  GtkWidget *spin;
  GtkWidget *list;
  GtkRoot *root;
  EditData *data;
  const char *title;
  int upper;
  int *field;

  if (proposal == NULL)
    return;

  dose = proposal->new_dose;
  field = changed_field (&dose, proposal, &upper, &title);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Edit the Dose"), proposal->title);
  spin = gtk_spin_button_new_with_range (1, upper, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), *field);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  row, NULL, -1);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  data = g_new0 (EditData, 1);
  data->self = g_object_ref (self);
  data->proposal = patella_proposal_copy (proposal);
  data->spin = GTK_SPIN_BUTTON (spin);
  g_signal_connect_data (dialog, "response", G_CALLBACK (edit_response_cb), data,
                         (GClosureNotify) edit_data_free, 0);
  patella_a11y_name_buttons (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
make_button (PatellaProposalCard *self,
             const char          *label,
             const char          *accessible,
             guint                index,
             GCallback            callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_object_set_data (G_OBJECT (button), "proposal", GUINT_TO_POINTER (index));
  patella_a11y_set_button_name (GTK_BUTTON (button), accessible);
  g_signal_connect_object (button, "clicked", callback, self, 0);

  return button;
}

static GtkWidget *
make_row (PatellaProposalCard   *self,
          const PatellaProposal *proposal,
          guint                  index)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = g_object_new (GTK_TYPE_LABEL,
                                   "label", proposal->title,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);
  GtkWidget *text = gtk_label_new (proposal->explanation);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *accept_name = NULL;
  g_autofree char *edit_name = NULL;
  g_autofree char *decline_name = NULL;
  GtkWidget *accept;

  gtk_widget_add_css_class (row, "card");
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_widget_set_margin_start (title, 12);
  gtk_widget_set_margin_end (title, 12);
  gtk_widget_set_margin_top (title, 12);
  gtk_widget_set_margin_start (text, 12);
  gtk_widget_set_margin_end (text, 12);
  gtk_widget_set_margin_start (buttons, 12);
  gtk_widget_set_margin_end (buttons, 12);
  gtk_widget_set_margin_bottom (buttons, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);

  /* Translators: accessible names of the answers, with the proposal's title */
  accept_name = g_strdup_printf (_("Accept: %s"), proposal->title);
  edit_name = g_strdup_printf (_("Edit: %s"), proposal->title);
  decline_name = g_strdup_printf (_("Decline: %s"), proposal->title);
  gtk_box_append (GTK_BOX (buttons),
                  make_button (self, _("_Decline"), decline_name, index,
                               G_CALLBACK (decline_clicked_cb)));
  gtk_box_append (GTK_BOX (buttons),
                  make_button (self, _("_Edit…"), edit_name, index,
                               G_CALLBACK (edit_clicked_cb)));
  /* Not blue: Today has one suggested button, Start. */
  accept = make_button (self, _("_Accept"), accept_name, index, G_CALLBACK (accept_clicked_cb));
  gtk_box_append (GTK_BOX (buttons), accept);

  gtk_box_append (GTK_BOX (row), title);
  gtk_box_append (GTK_BOX (row), text);
  gtk_box_append (GTK_BOX (row), buttons);

  return row;
}

static void
refresh (PatellaProposalCard *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_box_remove (GTK_BOX (self->list), child);
  g_clear_pointer (&self->plan, patella_day_plan_free);
  g_clear_pointer (&self->proposals, g_ptr_array_unref);

  if (self->store != NULL && self->today != NULL && patella_store_is_open (self->store))
    {
      self->plan = patella_day_plan_load (self->store, patella_today_get_day (self->today),
                                          &error);
      if (self->plan != NULL)
        self->proposals = patella_weekly_review_load (self->store, self->plan, &error);
      if (error != NULL)
        g_warning ("This week’s proposals could not be read: %s", error->message);
    }

  for (guint i = 0; self->proposals != NULL && i < self->proposals->len; i++)
    gtk_box_append (GTK_BOX (self->list),
                    make_row (self, g_ptr_array_index (self->proposals, i), i));

  /* The card itself hides, so the page's spacing closes up too. */
  gtk_widget_set_visible (GTK_WIDGET (self), self->proposals != NULL && self->proposals->len > 0);
}

/**
 * patella_proposal_card_get_n_proposals:
 * @self: a #PatellaProposalCard
 *
 * Returns: how many proposals are on screen
 */
guint
patella_proposal_card_get_n_proposals (PatellaProposalCard *self)
{
  g_return_val_if_fail (PATELLA_IS_PROPOSAL_CARD (self), 0);

  return self->proposals != NULL ? self->proposals->len : 0;
}

static void
changed_cb (PatellaProposalCard *self)
{
  refresh (self);
}

static void
patella_proposal_card_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PatellaProposalCard *self = PATELLA_PROPOSAL_CARD (object);

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
patella_proposal_card_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PatellaProposalCard *self = PATELLA_PROPOSAL_CARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      if (g_set_object (&self->store, g_value_get_object (value)))
        {
          g_signal_group_set_target (self->store_signals, self->store);
          refresh (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_TODAY:
      if (g_set_object (&self->today, g_value_get_object (value)))
        {
          g_signal_group_set_target (self->today_signals, self->today);
          refresh (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_proposal_card_dispose (GObject *object)
{
  PatellaProposalCard *self = PATELLA_PROPOSAL_CARD (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->store_signals);
  g_clear_object (&self->today_signals);
  g_clear_object (&self->store);
  g_clear_object (&self->today);
  g_clear_pointer (&self->plan, patella_day_plan_free);
  g_clear_pointer (&self->proposals, g_ptr_array_unref);

  G_OBJECT_CLASS (patella_proposal_card_parent_class)->dispose (object);
}

static void
patella_proposal_card_class_init (PatellaProposalCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_proposal_card_dispose;
  object_class->get_property = patella_proposal_card_get_property;
  object_class->set_property = patella_proposal_card_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PATELLA_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TODAY] =
    g_param_spec_object ("today", NULL, NULL, PATELLA_TYPE_TODAY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "proposalcard");
}

static void
patella_proposal_card_init (PatellaProposalCard *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  self->heading = g_object_new (GTK_TYPE_LABEL,
                                "label", _("This Week’s Proposals"),
                                "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                NULL);
  gtk_widget_add_css_class (self->heading, "title-4");
  gtk_label_set_xalign (GTK_LABEL (self->heading), 0);
  gtk_label_set_wrap (GTK_LABEL (self->heading), TRUE);
  self->list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->heading, NULL, -1);
  gtk_box_append (GTK_BOX (self->box), self->heading);
  gtk_box_append (GTK_BOX (self->box), self->list);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);

  /* A session's pain scores, a diary entry, an answer or midnight can
   * change what is due. */
  self->store_signals = g_signal_group_new (PATELLA_TYPE_STORE);
  g_signal_group_connect_swapped (self->store_signals, "changed::program",
                                  G_CALLBACK (changed_cb), self);
  g_signal_group_connect_swapped (self->store_signals, "changed::session",
                                  G_CALLBACK (changed_cb), self);
  g_signal_group_connect_swapped (self->store_signals, "changed::pain_entry",
                                  G_CALLBACK (changed_cb), self);
  self->today_signals = g_signal_group_new (PATELLA_TYPE_TODAY);
  g_signal_group_connect_swapped (self->today_signals, "notify::day",
                                  G_CALLBACK (changed_cb), self);
}

/**
 * patella_proposal_card_new:
 *
 * Returns: (transfer floating): a card that shows nothing until a proposal is due
 */
GtkWidget *
patella_proposal_card_new (void)
{
  return g_object_new (PATELLA_TYPE_PROPOSAL_CARD, NULL);
}
