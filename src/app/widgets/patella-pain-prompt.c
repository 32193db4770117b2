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

/* Below this width per number the eleven numbers go on two rows, 0 to 5
 * and 6 to 10, so each stays a comfortable target on a phone-sized
 * window instead of shrinking to a sliver. */
#define ONE_ROW_MIN_WIDTH 40
#define SCALE_SPACING 4

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

/* The numbers are toggle buttons that look like a row of keys, but a
 * screen reader is told they are radio buttons, checked or not: GTK 4.8
 * would otherwise call them plain push buttons and never say which one is
 * chosen. */
static void
sync_buttons (PatellaPainPrompt *self)
{
  self->syncing = TRUE;
  for (int i = 0; i < N_SCORES; i++)
    {
      gtk_toggle_button_set_active (self->buttons[i], i == self->value);
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->buttons[i]),
                                   GTK_ACCESSIBLE_STATE_CHECKED, i == self->value,
                                   -1);
    }
  self->syncing = FALSE;
}

/* A typed number is also where the keyboard focus goes, so the screen
 * reader says the number chosen, as it would for a click. */
static void
focus_value (PatellaPainPrompt *self)
{
  if (self->value >= 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self->buttons[self->value]));
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

/* The focus moves to the typed number before the choice is announced:
 * whoever listens (the session) may move it on, and must have the last word. */
static void
type_choice (PatellaPainPrompt *self,
             int                score)
{
  patella_pain_prompt_set_value (self, score);
  focus_value (self);
  choose (self, score);
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
      type_choice (self, 10);
      return TRUE;
    }

  g_clear_handle_id (&self->ten_wait_id, g_source_remove);

  if (digit == 1)
    {
      /* Show the 1 at once; it becomes a choice if no 0 follows. */
      patella_pain_prompt_set_value (self, 1);
      focus_value (self);
      self->ten_wait_id = g_timeout_add (TEN_WAIT_MS, ten_wait_done_cb, self);
      return TRUE;
    }

  type_choice (self, (int) digit);
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

/* The row of numbers is one named group, "Usual pain, 0 to 10", so a
 * screen reader says what the numbers are for and how far they go. */
static void
name_scale (PatellaPainPrompt *self)
{
  const char *title = gtk_label_get_label (self->title_label);
  g_autofree char *name = NULL;

  if (title != NULL && *title != '\0')
    /* Translators: the name of a 0 to 10 pain scale, e.g. "Usual pain, 0 to 10" */
    name = g_strdup_printf (_("%s, 0 to 10"), title);
  else
    name = g_strdup (_("Pain, 0 to 10"));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
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
  name_scale (self);
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
measure_score (GtkWidget *scale,
               int       *width,
               int       *height)
{
  *width = *height = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (scale);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int w, h;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &w, NULL, NULL, NULL);
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, -1, &h, NULL, NULL, NULL);
      *width = MAX (*width, w);
      *height = MAX (*height, h);
    }
}

static int
one_row_width (int score_width)
{
  return N_SCORES * MAX (score_width, ONE_ROW_MIN_WIDTH) + (N_SCORES - 1) * SCALE_SPACING;
}

static GtkSizeRequestMode
scale_request_mode (GtkWidget *scale)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
scale_measure (GtkWidget      *scale,
               GtkOrientation  orientation,
               int             for_size,
               int            *minimum,
               int            *natural,
               int            *minimum_baseline,
               int            *natural_baseline)
{
  int w, h, rows;

  measure_score (scale, &w, &h);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Two rows at the least, one at best. */
      *minimum = 6 * w + 5 * SCALE_SPACING;
      *natural = one_row_width (w);
      return;
    }

  rows = for_size < 0 || for_size >= one_row_width (w) ? 1 : 2;
  *minimum = *natural = rows * h + (rows - 1) * SCALE_SPACING;
}

static void
scale_allocate (GtkWidget *scale,
                int        width,
                int        height,
                int        baseline)
{
  int w, h, rows, per_row, score_width, row_height, i = 0;

  measure_score (scale, &w, &h);
  rows = width >= one_row_width (w) ? 1 : 2;
  per_row = rows == 1 ? N_SCORES : (N_SCORES + 1) / 2;
  score_width = (width - (per_row - 1) * SCALE_SPACING) / per_row;
  row_height = (height - (rows - 1) * SCALE_SPACING) / rows;

  for (GtkWidget *child = gtk_widget_get_first_child (scale);
       child != NULL;
       child = gtk_widget_get_next_sibling (child), i++)
    {
      GtkAllocation a = {
        (i % per_row) * (score_width + SCALE_SPACING),
        (i / per_row) * (row_height + SCALE_SPACING),
        score_width,
        row_height,
      };

      gtk_widget_size_allocate (child, &a, -1);
    }
}

/**
 * patella_pain_prompt_get_n_rows:
 * @self: a #PatellaPainPrompt
 *
 * Returns: on how many rows the numbers are laid out at the width the
 *   prompt was last given: 1, or 2 when narrow
 */
guint
patella_pain_prompt_get_n_rows (PatellaPainPrompt *self)
{
  int w, h;

  g_return_val_if_fail (PATELLA_IS_PAIN_PROMPT (self), 1);

  measure_score (GTK_WIDGET (self->scale_box), &w, &h);
  return gtk_widget_get_width (GTK_WIDGET (self->scale_box)) >= one_row_width (w) ? 1 : 2;
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
  /* The box only holds the numbers; this lays them out, on one or two rows. */
  gtk_widget_set_layout_manager (GTK_WIDGET (self->scale_box),
                                 gtk_custom_layout_new (scale_request_mode,
                                                        scale_measure,
                                                        scale_allocate));
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), FALSE);

  for (int i = 0; i < N_SCORES; i++)
    {
      g_autofree char *number = g_strdup_printf ("%d", i);
      /* Translators: a tooltip on one number of the 0 to 10 pain scale,
       * e.g. "4: moderate pain" */
      g_autofree char *tooltip = g_strdup_printf (_("%d: %s"), i, score_words (i));
      GtkWidget *button = g_object_new (GTK_TYPE_TOGGLE_BUTTON,
                                        "label", number,
                                        "accessible-role", GTK_ACCESSIBLE_ROLE_RADIO,
                                        NULL);

      g_object_set_data (G_OBJECT (button), "score", GINT_TO_POINTER (i));
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                      -1);
      gtk_widget_add_css_class (button, "pain-score");
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->buttons[0]);
      g_signal_connect (button, "clicked", G_CALLBACK (score_clicked_cb), self);
      gtk_widget_set_parent (button, GTK_WIDGET (self->scale_box));
      self->buttons[i] = GTK_TOGGLE_BUTTON (button);
    }
  sync_buttons (self);
  name_scale (self);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}
