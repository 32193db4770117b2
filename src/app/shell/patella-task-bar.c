/* patella-task-bar.c: the progress of a long job on the diary, with Cancel
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-a11y.h"
#include "patella-task-bar.h"

/* A job that ends within this long shows nothing: a bar that flashes up
 * and away is noise. */
#define SHOW_AFTER_MS 500

struct _PatellaTaskBar
{
  GtkWidget       parent_instance;

  GtkRevealer    *revealer;
  GtkLabel       *label;
  GtkProgressBar *progress;
  GtkWidget      *cancel_button;

  GCancellable   *cancellable;
  guint           show_id;
};

G_DEFINE_FINAL_TYPE (PatellaTaskBar, patella_task_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BUSY,
  PROP_SHOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
show_cb (gpointer user_data)
{
  PatellaTaskBar *self = user_data;

  self->show_id = 0;
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOWN]);

  return G_SOURCE_REMOVE;
}

static void
cancel_clicked_cb (PatellaTaskBar *self)
{
  if (self->cancellable == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_set_sensitive (self->cancel_button, FALSE);
  gtk_label_set_label (self->label, _("Cancelling…"));
}

/**
 * patella_task_bar_start:
 * @self: a #PatellaTaskBar
 * @title: what is being done, e.g. "Importing the diary…"
 * @cancellable: what Cancel cancels
 *
 * Starts showing a job; the bar appears only if the job is still running
 * half a second later.
 */
void
patella_task_bar_start (PatellaTaskBar *self,
                        const char     *title,
                        GCancellable   *cancellable)
{
  g_return_if_fail (PATELLA_IS_TASK_BAR (self));
  g_return_if_fail (title != NULL);
  g_return_if_fail (G_IS_CANCELLABLE (cancellable));
  g_return_if_fail (self->cancellable == NULL);

  self->cancellable = g_object_ref (cancellable);
  gtk_label_set_label (self->label, title);
  gtk_progress_bar_set_fraction (self->progress, 0.0);
  gtk_widget_set_sensitive (self->cancel_button, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  self->show_id = g_timeout_add (SHOW_AFTER_MS, show_cb, self);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

void
patella_task_bar_set_fraction (PatellaTaskBar *self,
                               double          fraction)
{
  g_return_if_fail (PATELLA_IS_TASK_BAR (self));

  gtk_progress_bar_set_fraction (self->progress, CLAMP (fraction, 0.0, 1.0));
}

/**
 * patella_task_bar_stop:
 * @self: a #PatellaTaskBar
 *
 * The job ended, whichever way: the bar goes away.
 */
void
patella_task_bar_stop (PatellaTaskBar *self)
{
  gboolean was_shown;

  g_return_if_fail (PATELLA_IS_TASK_BAR (self));

  if (self->cancellable == NULL)
    return;

  was_shown = gtk_revealer_get_reveal_child (self->revealer);
  g_clear_handle_id (&self->show_id, g_source_remove);
  g_clear_object (&self->cancellable);
  gtk_revealer_set_reveal_child (self->revealer, FALSE);
  /* Out of the accessibility tree too, not only out of sight. */
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  if (was_shown)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOWN]);
}

gboolean
patella_task_bar_get_busy (PatellaTaskBar *self)
{
  g_return_val_if_fail (PATELLA_IS_TASK_BAR (self), FALSE);

  return self->cancellable != NULL;
}

gboolean
patella_task_bar_get_shown (PatellaTaskBar *self)
{
  g_return_val_if_fail (PATELLA_IS_TASK_BAR (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}

const char *
patella_task_bar_get_title (PatellaTaskBar *self)
{
  g_return_val_if_fail (PATELLA_IS_TASK_BAR (self), NULL);

  return gtk_label_get_label (self->label);
}

GtkWidget *
patella_task_bar_new (void)
{
  return g_object_new (PATELLA_TYPE_TASK_BAR, NULL);
}

static void
patella_task_bar_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PatellaTaskBar *self = PATELLA_TASK_BAR (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, patella_task_bar_get_busy (self));
      break;
    case PROP_SHOWN:
      g_value_set_boolean (value, patella_task_bar_get_shown (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_task_bar_dispose (GObject *object)
{
  PatellaTaskBar *self = PATELLA_TASK_BAR (object);

  g_clear_handle_id (&self->show_id, g_source_remove);
  g_clear_object (&self->cancellable);
  g_clear_pointer ((GtkWidget **) &self->revealer, gtk_widget_unparent);

  G_OBJECT_CLASS (patella_task_bar_parent_class)->dispose (object);
}

static void
patella_task_bar_class_init (PatellaTaskBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_task_bar_dispose;
  object_class->get_property = patella_task_bar_get_property;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SHOWN] =
    g_param_spec_boolean ("shown", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "taskbar");
}

static void
patella_task_bar_init (PatellaTaskBar *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_transition_type (self->revealer, GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_widget_set_parent (GTK_WIDGET (self->revealer), GTK_WIDGET (self));

  gtk_widget_add_css_class (box, "toolbar");
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->label, 0.0);
  gtk_label_set_ellipsize (self->label, PANGO_ELLIPSIZE_END);
  self->progress = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->label));
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->progress));
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);

  self->cancel_button = gtk_button_new_with_mnemonic (_("_Cancel"));
  patella_a11y_set_button_name (GTK_BUTTON (self->cancel_button), NULL);
  gtk_widget_set_valign (self->cancel_button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->cancel_button, "clicked",
                            G_CALLBACK (cancel_clicked_cb), self);

  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), self->cancel_button);
  gtk_revealer_set_child (self->revealer, box);

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
