/* patella-pain-prompt.c: a one-tap 0 to 10 pain scale with number keys
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-pain-prompt.h"

#define N_SCORES 11

/* Long enough to type "1" then "0" for 10, short enough that a lone 1
 * still feels like one tap. */
#define TEN_WAIT_MS 700

struct _PatellaPainPrompt
{
  GtkWidget        parent_instance;

  GtkWidget       *box;
  GtkLabel        *title_label;
  GtkBox          *scale_box;
  GtkWidget       *skip_button;
  GtkToggleButton *buttons[N_SCORES];

  int              value;
  guint            ten_wait_id;
  guint            syncing : 1;
  guint            large : 1;
};

G_DEFINE_FINAL_TYPE (PatellaPainPrompt, patella_pain_prompt, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_VALUE,
  PROP_SKIPPABLE,
  PROP_LARGE,
  N_PROPS
};

enum {
  CHOSEN,
  SKIPPED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The words of the numeric rating scale's usual bands. */
static const char *
score_words (int score)
{
  if (score == 0)
    return _("no pain");
  if (score <= 3)
    return _("mild pain");
  if (score <= 6)
    return _("moderate pain");
  if (score <= 9)
    return _("severe pain");
  return _("worst pain imaginable");
}

static void
sync_buttons (PatellaPainPrompt *self)
{
  self->syncing = TRUE;
  for (int i = 0; i < N_SCORES; i++)
    gtk_toggle_button_set_active (self->buttons[i], i == self->value);
  self->syncing = FALSE;
}

void
patella_pain_prompt_set_value (PatellaPainPrompt *self,
                               int                value)
{
  g_return_if_fail (PATELLA_IS_PAIN_PROMPT (self));
  g_return_if_fail (value >= PATELLA_PAIN_PROMPT_NO_VALUE && value < N_SCORES);

  if (self->value == value)
    return;

  self->value = value;
  sync_buttons (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

int
patella_pain_prompt_get_value (PatellaPainPrompt *self)
{
  g_return_val_if_fail (PATELLA_IS_PAIN_PROMPT (self), PATELLA_PAIN_PROMPT_NO_VALUE);

  return self->value;
}

static void
choose (PatellaPainPrompt *self,
        int                score)
{
  g_clear_handle_id (&self->ten_wait_id, g_source_remove);
  patella_pain_prompt_set_value (self, score);
  /* A toggle the user clicks twice must not end up unset. */
  sync_buttons (self);
  g_signal_emit (self, signals[CHOSEN], 0, score);
}

static void
score_clicked_cb (GtkToggleButton   *button,
                  PatellaPainPrompt *self)
{
  if (self->syncing)
    return;

  choose (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "score")));
}

static gboolean
ten_wait_done_cb (gpointer user_data)
{
  PatellaPainPrompt *self = user_data;

  self->ten_wait_id = 0;
  choose (self, 1);

  return G_SOURCE_REMOVE;
}

gboolean
patella_pain_prompt_type_digit (PatellaPainPrompt *self,
                                guint              digit)
{
  g_return_val_if_fail (PATELLA_IS_PAIN_PROMPT (self), FALSE);

  if (digit > 9 || !gtk_widget_is_sensitive (GTK_WIDGET (self)))
    return FALSE;

  if (self->ten_wait_id != 0 && digit == 0)
    {
      choose (self, 10);
      return TRUE;
    }

  g_clear_handle_id (&self->ten_wait_id, g_source_remove);

  if (digit == 1)
    {
      /* Show the 1 at once; it becomes a choice if no 0 follows. */
      patella_pain_prompt_set_value (self, 1);
      self->ten_wait_id = g_timeout_add (TEN_WAIT_MS, ten_wait_done_cb, self);
      return TRUE;
    }

  choose (self, (int) digit);
  return TRUE;
}

void
patella_pain_prompt_skip (PatellaPainPrompt *self)
{
  g_return_if_fail (PATELLA_IS_PAIN_PROMPT (self));

  if (!gtk_widget_get_visible (self->skip_button))
    return;

  g_clear_handle_id (&self->ten_wait_id, g_source_remove);
  g_signal_emit (self, signals[SKIPPED], 0);
}

static void
skip_clicked_cb (PatellaPainPrompt *self)
{
  patella_pain_prompt_skip (self);
}

void
patella_pain_prompt_focus_scale (PatellaPainPrompt *self)
{
  int i;

  g_return_if_fail (PATELLA_IS_PAIN_PROMPT (self));

  i = self->value >= 0 ? self->value : 0;
  gtk_widget_grab_focus (GTK_WIDGET (self->buttons[i]));
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                PatellaPainPrompt     *self)
{
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    return patella_pain_prompt_type_digit (self, keyval - GDK_KEY_0);
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    return patella_pain_prompt_type_digit (self, keyval - GDK_KEY_KP_0);

  return FALSE;
}

const char *
patella_pain_prompt_get_title (PatellaPainPrompt *self)
{
  g_return_val_if_fail (PATELLA_IS_PAIN_PROMPT (self), NULL);

  return gtk_label_get_label (self->title_label);
}

void
patella_pain_prompt_set_title (PatellaPainPrompt *self,
                               const char        *title)
{
  g_return_if_fail (PATELLA_IS_PAIN_PROMPT (self));

  if (g_strcmp0 (title, gtk_label_get_label (self->title_label)) == 0)
    return;

  gtk_label_set_label (self->title_label, title != NULL ? title : "");
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), title != NULL && *title != '\0');
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

gboolean
patella_pain_prompt_get_skippable (PatellaPainPrompt *self)
{
  g_return_val_if_fail (PATELLA_IS_PAIN_PROMPT (self), FALSE);

  return gtk_widget_get_visible (self->skip_button);
}

void
patella_pain_prompt_set_skippable (PatellaPainPrompt *self,
                                   gboolean           skippable)
{
  g_return_if_fail (PATELLA_IS_PAIN_PROMPT (self));

  skippable = !!skippable;
  if (skippable == gtk_widget_get_visible (self->skip_button))
    return;

  gtk_widget_set_visible (self->skip_button, skippable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SKIPPABLE]);
}

gboolean
patella_pain_prompt_get_large (PatellaPainPrompt *self)
{
  g_return_val_if_fail (PATELLA_IS_PAIN_PROMPT (self), FALSE);

  return self->large;
}

void
patella_pain_prompt_set_large (PatellaPainPrompt *self,
                               gboolean           large)
{
  g_return_if_fail (PATELLA_IS_PAIN_PROMPT (self));

  large = !!large;
  if (self->large == large)
    return;

  self->large = large;
  if (large)
    gtk_widget_add_css_class (GTK_WIDGET (self), "large");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "large");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LARGE]);
}

PatellaPainPrompt *
patella_pain_prompt_new (const char *title)
{
  return g_object_new (PATELLA_TYPE_PAIN_PROMPT,
                       "title", title,
                       NULL);
}

static void
patella_pain_prompt_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PatellaPainPrompt *self = PATELLA_PAIN_PROMPT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, patella_pain_prompt_get_title (self));
      break;

    case PROP_VALUE:
      g_value_set_int (value, self->value);
      break;

    case PROP_SKIPPABLE:
      g_value_set_boolean (value, patella_pain_prompt_get_skippable (self));
      break;

    case PROP_LARGE:
      g_value_set_boolean (value, self->large);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_pain_prompt_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PatellaPainPrompt *self = PATELLA_PAIN_PROMPT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      patella_pain_prompt_set_title (self, g_value_get_string (value));
      break;

    case PROP_VALUE:
      patella_pain_prompt_set_value (self, g_value_get_int (value));
      break;

    case PROP_SKIPPABLE:
      patella_pain_prompt_set_skippable (self, g_value_get_boolean (value));
      break;

    case PROP_LARGE:
      patella_pain_prompt_set_large (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_pain_prompt_dispose (GObject *object)
{
  PatellaPainPrompt *self = PATELLA_PAIN_PROMPT (object);

  g_clear_handle_id (&self->ten_wait_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PATELLA_TYPE_PAIN_PROMPT);

  G_OBJECT_CLASS (patella_pain_prompt_parent_class)->dispose (object);
}

static void
patella_pain_prompt_class_init (PatellaPainPromptClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_pain_prompt_dispose;
  object_class->get_property = patella_pain_prompt_get_property;
  object_class->set_property = patella_pain_prompt_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_VALUE] =
    g_param_spec_int ("value", NULL, NULL,
                      PATELLA_PAIN_PROMPT_NO_VALUE, N_SCORES - 1, PATELLA_PAIN_PROMPT_NO_VALUE,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SKIPPABLE] =
    g_param_spec_boolean ("skippable", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LARGE] =
    g_param_spec_boolean ("large", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHOSEN] =
    g_signal_new ("chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);
  signals[SKIPPED] =
    g_signal_new ("skipped",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "painprompt");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-pain-prompt.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaPainPrompt, box);
  gtk_widget_class_bind_template_child (widget_class, PatellaPainPrompt, title_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaPainPrompt, scale_box);
  gtk_widget_class_bind_template_child (widget_class, PatellaPainPrompt, skip_button);
  gtk_widget_class_bind_template_callback (widget_class, skip_clicked_cb);
}

static void
patella_pain_prompt_init (PatellaPainPrompt *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* GTK 4.8 would name Skip twice, once with the mnemonic's underscore:
   * a screen reader Tabbing on from the question hears it once. */
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->skip_button),
                                 GTK_ACCESSIBLE_PROPERTY_LABEL);
  self->value = PATELLA_PAIN_PROMPT_NO_VALUE;
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), FALSE);

  for (int i = 0; i < N_SCORES; i++)
    {
      g_autofree char *number = g_strdup_printf ("%d", i);
      /* Translators: a tooltip on one number of the 0 to 10 pain scale,
       * e.g. "4: moderate pain" */
      g_autofree char *tooltip = g_strdup_printf (_("%d: %s"), i, score_words (i));
      GtkWidget *button = gtk_toggle_button_new_with_label (number);

      g_object_set_data (G_OBJECT (button), "score", GINT_TO_POINTER (i));
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                      -1);
      gtk_widget_add_css_class (button, "pain-score");
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->buttons[0]);
      g_signal_connect (button, "clicked", G_CALLBACK (score_clicked_cb), self);
      gtk_box_append (self->scale_box, button);
      self->buttons[i] = GTK_TOGGLE_BUTTON (button);
    }

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}
