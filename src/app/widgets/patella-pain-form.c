/* patella-pain-form.c: the fields of one day's pain entry, for the card and the dialog
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-a11y.h"
#include "patella-pain-form.h"
#include "patella-pain-prompt.h"
#include "patella-row-text.h"
#include "patella-warning-signs.h"
#include "patella-wrap-box.h"

#define N_CONTEXTS G_N_ELEMENTS (PATELLA_PAIN_CONTEXTS)
#define N_SIGNS G_N_ELEMENTS (PATELLA_WARNING_SIGNS)

struct _PatellaPainForm
{
  GtkWidget          parent_instance;

  GtkWidget         *box;
  PatellaPainPrompt *usual_prompt;
  PatellaPainPrompt *worst_prompt;
  GtkLabel          *hint_label;
  PatellaWrapBox    *contexts_box;
  AdwExpanderRow    *signs_row;
  GtkWidget         *signs_icon;
  AdwEntryRow       *note_row;

  GtkToggleButton   *context_buttons[5];
  GtkCheckButton    *sign_checks[7];
  /* The note as of the last set_entry or "changed", to tell a real edit. */
  char              *applied_note;
  guint              syncing : 1;
};

G_DEFINE_FINAL_TYPE (PatellaPainForm, patella_pain_form, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_changed (PatellaPainForm *self)
{
  if (!self->syncing)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
show_hint (PatellaPainForm *self,
           const char      *hint)
{
  gtk_label_set_label (self->hint_label, hint != NULL ? hint : "");
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), hint != NULL);
}

static void
usual_chosen_cb (PatellaPainForm   *self,
                 int                usual)
{
  int worst = patella_pain_prompt_get_value (self->worst_prompt);
  g_autofree char *hint = NULL;

  /* Worst is never filled in behind the user's back: it is asked for.
   * Only a worst below the new usual has to move, and the form says so. */
  if (worst != PATELLA_PAIN_PROMPT_NO_VALUE && worst < usual)
    {
      patella_pain_prompt_set_value (self->worst_prompt, usual);
      hint = g_strdup_printf (_("Worst pain raised to %d: it cannot be lower than the usual pain."),
                              usual);
    }

  show_hint (self, hint);
  emit_changed (self);
}

static void
worst_chosen_cb (PatellaPainForm   *self,
                 int                worst)
{
  int usual = patella_pain_prompt_get_value (self->usual_prompt);
  g_autofree char *hint = NULL;

  if (usual != PATELLA_PAIN_PROMPT_NO_VALUE && usual > worst)
    {
      patella_pain_prompt_set_value (self->usual_prompt, worst);
      hint = g_strdup_printf (_("Usual pain lowered to %d: it cannot be higher than the worst pain."),
                              worst);
    }

  show_hint (self, hint);
  emit_changed (self);
}

static void
update_signs_look (PatellaPainForm *self)
{
  gboolean any = patella_pain_form_get_signs (self) != PATELLA_WARNING_SIGN_NONE;

  if (any)
    gtk_widget_add_css_class (self->signs_icon, "warning");
  else
    gtk_widget_remove_css_class (self->signs_icon, "warning");
}

static void
sign_toggled_cb (GtkCheckButton  *check,
                 PatellaPainForm *self)
{
  update_signs_look (self);
  emit_changed (self);
}

/* The chips look like toggle buttons; a screen reader is told they are
 * check boxes, ticked or not, since GTK 4.8 reports toggle buttons as
 * plain push buttons. */
static void
sync_context_state (GtkToggleButton *button)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (button),
                               GTK_ACCESSIBLE_STATE_CHECKED,
                               gtk_toggle_button_get_active (button),
                               -1);
}

/* The signs' rows are hidden until the expander is first opened: a
 * closed expander still measures its rows, and their long wrapped
 * titles cost more start-up time than the rest of the form. */
static void
signs_expanded_cb (PatellaPainForm *self)
{
  if (!adw_expander_row_get_expanded (self->signs_row))
    return;

  for (guint i = 0; i < N_SIGNS; i++)
    gtk_widget_set_visible (gtk_widget_get_ancestor (GTK_WIDGET (self->sign_checks[i]),
                                                     ADW_TYPE_ACTION_ROW), TRUE);
}

static void
context_toggled_cb (GtkToggleButton *button,
                    PatellaPainForm *self)
{
  sync_context_state (button);
  emit_changed (self);
}

static void
note_apply_cb (PatellaPainForm *self)
{
  const char *note = gtk_editable_get_text (GTK_EDITABLE (self->note_row));

  if (g_strcmp0 (note, self->applied_note) == 0)
    return;

  g_free (self->applied_note);
  self->applied_note = g_strdup (note);
  emit_changed (self);
}

void
patella_pain_form_set_entry (PatellaPainForm        *self,
                             const PatellaPainEntry *entry)
{
  const char *note;

  g_return_if_fail (PATELLA_IS_PAIN_FORM (self));

  self->syncing = TRUE;

  patella_pain_prompt_set_value (self->usual_prompt,
                                 entry ? entry->usual : PATELLA_PAIN_PROMPT_NO_VALUE);
  patella_pain_prompt_set_value (self->worst_prompt,
                                 entry ? entry->worst : PATELLA_PAIN_PROMPT_NO_VALUE);

  for (guint i = 0; i < N_CONTEXTS; i++)
    gtk_toggle_button_set_active (self->context_buttons[i],
                                  entry && (entry->contexts & PATELLA_PAIN_CONTEXTS[i]));
  for (guint i = 0; i < N_SIGNS; i++)
    gtk_check_button_set_active (self->sign_checks[i],
                                 entry && (entry->signs & PATELLA_WARNING_SIGNS[i]));

  note = entry && entry->note ? entry->note : "";
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), note);
  g_free (self->applied_note);
  self->applied_note = g_strdup (note);

  self->syncing = FALSE;

  /* A ticked sign is never hidden behind a closed expander. */
  if (entry && entry->signs != PATELLA_WARNING_SIGN_NONE)
    adw_expander_row_set_expanded (self->signs_row, TRUE);
  update_signs_look (self);
  show_hint (self, NULL);
}

gboolean
patella_pain_form_is_complete (PatellaPainForm *self)
{
  g_return_val_if_fail (PATELLA_IS_PAIN_FORM (self), FALSE);

  return patella_pain_prompt_get_value (self->usual_prompt) != PATELLA_PAIN_PROMPT_NO_VALUE
    && patella_pain_prompt_get_value (self->worst_prompt) != PATELLA_PAIN_PROMPT_NO_VALUE;
}

int
patella_pain_form_get_usual (PatellaPainForm *self)
{
  g_return_val_if_fail (PATELLA_IS_PAIN_FORM (self), PATELLA_PAIN_FORM_NO_SCORE);

  return patella_pain_prompt_get_value (self->usual_prompt);
}

int
patella_pain_form_get_worst (PatellaPainForm *self)
{
  g_return_val_if_fail (PATELLA_IS_PAIN_FORM (self), PATELLA_PAIN_FORM_NO_SCORE);

  return patella_pain_prompt_get_value (self->worst_prompt);
}

PatellaPainContext
patella_pain_form_get_contexts (PatellaPainForm *self)
{
  PatellaPainContext contexts = PATELLA_PAIN_CONTEXT_NONE;

  g_return_val_if_fail (PATELLA_IS_PAIN_FORM (self), PATELLA_PAIN_CONTEXT_NONE);

  for (guint i = 0; i < N_CONTEXTS; i++)
    if (gtk_toggle_button_get_active (self->context_buttons[i]))
      contexts |= PATELLA_PAIN_CONTEXTS[i];

  return contexts;
}

PatellaWarningSign
patella_pain_form_get_signs (PatellaPainForm *self)
{
  PatellaWarningSign signs = PATELLA_WARNING_SIGN_NONE;

  g_return_val_if_fail (PATELLA_IS_PAIN_FORM (self), PATELLA_WARNING_SIGN_NONE);

  for (guint i = 0; i < N_SIGNS; i++)
    if (gtk_check_button_get_active (self->sign_checks[i]))
      signs |= PATELLA_WARNING_SIGNS[i];

  return signs;
}

const char *
patella_pain_form_get_note (PatellaPainForm *self)
{
  g_return_val_if_fail (PATELLA_IS_PAIN_FORM (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->note_row));
}

void
patella_pain_form_get_values (PatellaPainForm  *self,
                              PatellaPainEntry *entry)
{
  g_autofree char *note = NULL;

  g_return_if_fail (PATELLA_IS_PAIN_FORM (self));
  g_return_if_fail (entry != NULL);

  entry->usual = patella_pain_form_get_usual (self);
  entry->worst = patella_pain_form_get_worst (self);
  entry->contexts = patella_pain_form_get_contexts (self);
  entry->signs = patella_pain_form_get_signs (self);

  note = g_strstrip (g_strdup (patella_pain_form_get_note (self)));
  patella_pain_entry_set_note (entry, *note != '\0' ? note : NULL);
}

void
patella_pain_form_focus_scores (PatellaPainForm *self)
{
  g_return_if_fail (PATELLA_IS_PAIN_FORM (self));

  patella_pain_prompt_focus_scale (self->usual_prompt);
}

PatellaPainForm *
patella_pain_form_new (void)
{
  return g_object_new (PATELLA_TYPE_PAIN_FORM, NULL);
}

static void
patella_pain_form_dispose (GObject *object)
{
  PatellaPainForm *self = PATELLA_PAIN_FORM (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PATELLA_TYPE_PAIN_FORM);
  g_clear_pointer (&self->applied_note, g_free);

  G_OBJECT_CLASS (patella_pain_form_parent_class)->dispose (object);
}

static void
patella_pain_form_class_init (PatellaPainFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_pain_form_dispose;

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (PATELLA_TYPE_PAIN_PROMPT);
  g_type_ensure (PATELLA_TYPE_WRAP_BOX);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "painform");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-pain-form.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaPainForm, box);
  gtk_widget_class_bind_template_child (widget_class, PatellaPainForm, usual_prompt);
  gtk_widget_class_bind_template_child (widget_class, PatellaPainForm, worst_prompt);
  gtk_widget_class_bind_template_child (widget_class, PatellaPainForm, hint_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaPainForm, contexts_box);
  gtk_widget_class_bind_template_child (widget_class, PatellaPainForm, signs_row);
  gtk_widget_class_bind_template_child (widget_class, PatellaPainForm, signs_icon);
  gtk_widget_class_bind_template_child (widget_class, PatellaPainForm, note_row);
  gtk_widget_class_bind_template_callback (widget_class, usual_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, worst_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_apply_cb);
}

static void
patella_pain_form_init (PatellaPainForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->applied_note = g_strdup ("");
  /* The form's one list holds only the warning signs, and so do the lists
   * libadwaita lays the expander out in. */
  patella_a11y_name_lists (GTK_WIDGET (self), _("Warning signs"));

  for (guint i = 0; i < N_CONTEXTS; i++)
    {
      GtkWidget *button =
        g_object_new (GTK_TYPE_TOGGLE_BUTTON,
                      "label", patella_pain_context_get_label (PATELLA_PAIN_CONTEXTS[i]),
                      "accessible-role", GTK_ACCESSIBLE_ROLE_CHECKBOX,
                      NULL);

      sync_context_state (GTK_TOGGLE_BUTTON (button));
      gtk_widget_add_css_class (button, "pain-context");
      g_signal_connect (button, "toggled", G_CALLBACK (context_toggled_cb), self);
      patella_wrap_box_append (self->contexts_box, button);
      self->context_buttons[i] = GTK_TOGGLE_BUTTON (button);
    }

  for (guint i = 0; i < N_SIGNS; i++)
    {
      const char *label = patella_warning_sign_get_label (PATELLA_WARNING_SIGNS[i]);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_signal_connect (check, "toggled", G_CALLBACK (sign_toggled_cb), self);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      /* The row names the check box (libadwaita labels it with the
       * title), and the check box is the one Tab stop: a focusable row
       * would be a second stop that says nothing of the tick. */
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_widget_set_focusable (row, FALSE);
      gtk_widget_set_visible (row, FALSE);
      adw_expander_row_add_row (self->signs_row, row);
      self->sign_checks[i] = GTK_CHECK_BUTTON (check);
    }

  patella_row_wrap_at_words (GTK_WIDGET (self->signs_row));
  g_signal_connect_swapped (self->signs_row, "notify::expanded",
                            G_CALLBACK (signs_expanded_cb), self);
}
