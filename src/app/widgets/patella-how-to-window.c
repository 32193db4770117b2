/* patella-how-to-window.c: every step and caution of one exercise, on a sheet of its own
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The session screen shows what fits beside the timer; this sheet shows
 * all of it: what the exercise is for, each step in order, every caution
 * and the dose. Opened with H or a button on the session screen, and from
 * each row of Today's plan. Everything is a plain label, so a screen
 * reader reads it as text, in order. Escape closes it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-how-to-window.h"

struct _PatellaHowToWindow
{
  AdwWindow        parent_instance;

  PatellaExercise *exercise;
  GtkWidget       *content;
};

G_DEFINE_FINAL_TYPE (PatellaHowToWindow, patella_how_to_window, ADW_TYPE_WINDOW)

static GtkWidget *
add_label (PatellaHowToWindow *self,
           const char         *text,
           const char         *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (self->content), label);

  return label;
}

static void
add_heading (PatellaHowToWindow *self,
             const char         *text)
{
  GtkWidget *label = add_label (self, text, "heading");

  gtk_widget_set_margin_top (label, 12);
}

static void
fill (PatellaHowToWindow *self)
{
  const char * const *steps = patella_exercise_get_steps (self->exercise);
  const char * const *cautions = patella_exercise_get_cautions (self->exercise);
  const char *purpose = patella_exercise_get_purpose (self->exercise);
  const char *dose = patella_exercise_get_dose_advice (self->exercise);

  if (purpose != NULL && *purpose != '\0')
    add_label (self, purpose, NULL);

  if (steps != NULL && steps[0] != NULL)
    {
      add_heading (self, _("Steps"));
      for (guint i = 0; steps[i] != NULL; i++)
        {
          /* Translators: a numbered step, e.g. "1. Lie on your side…" */
          g_autofree char *text = g_strdup_printf (_("%u. %s"), i + 1, steps[i]);

          add_label (self, text, "how-to-step");
        }
    }

  if (cautions != NULL && cautions[0] != NULL)
    {
      add_heading (self, _("Take Care"));
      for (guint i = 0; cautions[i] != NULL; i++)
        add_label (self, cautions[i], "caution");
    }

  if (dose != NULL && *dose != '\0')
    {
      add_heading (self, _("How Much"));
      add_label (self, dose, NULL);
    }
}

/**
 * patella_how_to_window_new:
 * @parent: (nullable): the window it belongs to; it is modal over it
 * @exercise: the exercise to explain
 *
 * Returns: (transfer floating): a sheet with every step and caution of
 *   @exercise; present it with gtk_window_present()
 */
GtkWidget *
patella_how_to_window_new (GtkWindow       *parent,
                           PatellaExercise *exercise)
{
  PatellaHowToWindow *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PATELLA_IS_EXERCISE (exercise), NULL);

  /* Translators: the How-to sheet's title, e.g. "How to Do: Clamshell" */
  title = g_strdup_printf (_("How to Do: %s"), patella_exercise_get_name (exercise));
  self = g_object_new (PATELLA_TYPE_HOW_TO_WINDOW,
                       "title", title,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  self->exercise = g_object_ref (exercise);
  fill (self);

  return GTK_WIDGET (self);
}

/**
 * patella_how_to_window_get_exercise:
 *
 * Returns: (transfer none): the exercise the sheet explains
 */
PatellaExercise *
patella_how_to_window_get_exercise (PatellaHowToWindow *self)
{
  g_return_val_if_fail (PATELLA_IS_HOW_TO_WINDOW (self), NULL);

  return self->exercise;
}

/**
 * patella_how_to_window_get_text:
 *
 * What the sheet shows, label by label, one per line: for tests.
 *
 * Returns: (transfer full): the sheet's text
 */
char *
patella_how_to_window_get_text (PatellaHowToWindow *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (PATELLA_IS_HOW_TO_WINDOW (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (self->content);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      g_string_append_printf (text, "%s\n", gtk_label_get_label (GTK_LABEL (child)));

  return g_string_free (text, FALSE);
}

/**
 * patella_how_to_show:
 * @widget: a widget in the window the sheet belongs to
 * @exercise: the exercise to explain
 *
 * Opens the How-to sheet of @exercise over @widget's window.
 */
void
patella_how_to_show (GtkWidget       *widget,
                     PatellaExercise *exercise)
{
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PATELLA_IS_EXERCISE (exercise));

  root = gtk_widget_get_root (widget);
  gtk_window_present (GTK_WINDOW (patella_how_to_window_new (GTK_IS_WINDOW (root)
                                                             ? GTK_WINDOW (root) : NULL,
                                                             exercise)));
}

static void
patella_how_to_window_dispose (GObject *object)
{
  PatellaHowToWindow *self = PATELLA_HOW_TO_WINDOW (object);

  g_clear_object (&self->exercise);

  G_OBJECT_CLASS (patella_how_to_window_parent_class)->dispose (object);
}

static void
patella_how_to_window_class_init (PatellaHowToWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_how_to_window_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
patella_how_to_window_init (PatellaHowToWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  gtk_window_set_default_size (GTK_WINDOW (self), 560, 620);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);

  self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_margin_top (self->content, 12);
  gtk_widget_set_margin_bottom (self->content, 24);
  gtk_widget_set_margin_start (self->content, 18);
  gtk_widget_set_margin_end (self->content, 18);
  gtk_widget_add_css_class (self->content, "how-to");
  adw_clamp_set_child (ADW_CLAMP (clamp), self->content);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 640);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  /* The focus lands here, with nothing to press inside: say what it holds. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (scrolled), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Steps and cautions"), -1);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (self), box);
}
