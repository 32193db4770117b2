/* patella-diary-row.c: one day of the pain diary, as a list row
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-day-label.h"
#include "patella-diary-row.h"
#include "patella-warning-signs.h"
#include "patella-wrap-box.h"

struct _PatellaDiaryRow
{
  GtkWidget        parent_instance;

  PatellaPainItem *item;

  GtkWidget       *box;
  GtkLabel        *day_label;
  GtkWidget       *warning_icon;
  GtkWidget       *delete_button;
  GtkLevelBar     *usual_bar;
  GtkLabel        *usual_label;
  GtkLevelBar     *worst_bar;
  GtkLabel        *worst_label;
  PatellaWrapBox  *tags_box;
  GtkLabel        *signs_label;
  GtkLabel        *note_label;
};

G_DEFINE_FINAL_TYPE (PatellaDiaryRow, patella_diary_row, GTK_TYPE_WIDGET)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
patella_pain_bar_setup (GtkLevelBar *bar)
{
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_level_bar_add_offset_value (bar, "pain-mild", 3.0);
  gtk_level_bar_add_offset_value (bar, "pain-moderate", 6.0);
  gtk_level_bar_add_offset_value (bar, "pain-severe", 10.0);
}

static void
set_score (GtkLevelBar *bar,
           GtkLabel    *label,
           int          score)
{
  g_autofree char *number = g_strdup_printf ("%d", score);

  gtk_level_bar_set_value (bar, score);
  gtk_label_set_label (label, number);
}

static void
fill_tags (PatellaDiaryRow    *self,
           PatellaPainContext  contexts)
{
  patella_wrap_box_remove_all (self->tags_box);

  for (guint i = 0; i < G_N_ELEMENTS (PATELLA_PAIN_CONTEXTS); i++)
    {
      GtkWidget *tag;

      if ((contexts & PATELLA_PAIN_CONTEXTS[i]) == 0)
        continue;

      tag = gtk_label_new (patella_pain_context_get_label (PATELLA_PAIN_CONTEXTS[i]));
      gtk_widget_add_css_class (tag, "pain-tag");
      patella_wrap_box_append (self->tags_box, tag);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->tags_box), contexts != PATELLA_PAIN_CONTEXT_NONE);
}

void
patella_diary_row_set_item (PatellaDiaryRow *self,
                            PatellaPainItem *item,
                            const char      *today)
{
  const PatellaPainEntry *entry;
  g_autofree char *day = NULL;
  g_autofree char *full_day = NULL;
  g_autofree char *signs = NULL;
  g_autofree char *contexts = NULL;
  g_autofree char *signs_text = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *delete_label = NULL;
  const char *note;

  g_return_if_fail (PATELLA_IS_DIARY_ROW (self));
  g_return_if_fail (item == NULL || PATELLA_IS_PAIN_ITEM (item));

  g_set_object (&self->item, item);
  if (item == NULL)
    return;

  entry = patella_pain_item_get_entry (item);
  day = patella_day_label (entry->day, today);
  full_day = patella_day_label_full (entry->day);
  gtk_label_set_label (self->day_label, day);

  set_score (self->usual_bar, self->usual_label, entry->usual);
  set_score (self->worst_bar, self->worst_label, entry->worst);
  fill_tags (self, entry->contexts);

  signs = patella_warning_signs_to_text (entry->signs);
  gtk_widget_set_visible (self->warning_icon, entry->signs != PATELLA_WARNING_SIGN_NONE);
  gtk_widget_set_visible (GTK_WIDGET (self->signs_label),
                          entry->signs != PATELLA_WARNING_SIGN_NONE);
  if (entry->signs != PATELLA_WARNING_SIGN_NONE)
    {
      /* Translators: the warning signs ticked on a day, after a warning icon */
      signs_text = g_strdup_printf (_("Warning signs: %s"), signs);
      gtk_label_set_label (self->signs_label, signs_text);
      gtk_widget_set_tooltip_text (self->warning_icon, signs_text);
    }

  note = entry->note != NULL ? entry->note : "";
  gtk_label_set_label (self->note_label, note);
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), *note != '\0');

  /* One sentence for screen readers, since bars say nothing by themselves. */
  contexts = patella_pain_contexts_to_text (entry->contexts);
  /* Translators: read by screen readers for a diary row, e.g.
   * "Thursday 9 April 2026: usual pain 3, worst pain 6. Running, Stairs. " */
  summary = g_strdup_printf (_("%s: usual pain %d, worst pain %d. %s%s%s%s%s"),
                             full_day, entry->usual, entry->worst,
                             contexts, *contexts ? ". " : "",
                             signs_text ? signs_text : "", signs_text ? ". " : "",
                             note);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, summary,
                                  -1);
  /* The list's own item around the row is what takes the focus and what a
   * screen reader names; GTK 4.8 has no API to label it
   * (gtk_list_item_set_accessible_label is 4.12), so the row does. */
  if (gtk_widget_get_parent (GTK_WIDGET (self)) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self))),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, summary,
                                    -1);

  /* Translators: the accessible name of a row's delete button */
  delete_label = g_strdup_printf (_("Delete the entry for %s"), full_day);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label,
                                  -1);
}

PatellaPainItem *
patella_diary_row_get_item (PatellaDiaryRow *self)
{
  g_return_val_if_fail (PATELLA_IS_DIARY_ROW (self), NULL);

  return self->item;
}

static void
delete_clicked_cb (PatellaDiaryRow *self)
{
  g_signal_emit (self, signals[DELETE_REQUESTED], 0);
}

PatellaDiaryRow *
patella_diary_row_new (void)
{
  return g_object_new (PATELLA_TYPE_DIARY_ROW, NULL);
}

static void
patella_diary_row_dispose (GObject *object)
{
  PatellaDiaryRow *self = PATELLA_DIARY_ROW (object);

  g_clear_object (&self->item);
  gtk_widget_dispose_template (GTK_WIDGET (self), PATELLA_TYPE_DIARY_ROW);

  G_OBJECT_CLASS (patella_diary_row_parent_class)->dispose (object);
}

static void
patella_diary_row_class_init (PatellaDiaryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_diary_row_dispose;

  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (PATELLA_TYPE_WRAP_BOX);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "diaryrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-diary-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaDiaryRow, box);
  gtk_widget_class_bind_template_child (widget_class, PatellaDiaryRow, day_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaDiaryRow, warning_icon);
  gtk_widget_class_bind_template_child (widget_class, PatellaDiaryRow, delete_button);
  gtk_widget_class_bind_template_child (widget_class, PatellaDiaryRow, usual_bar);
  gtk_widget_class_bind_template_child (widget_class, PatellaDiaryRow, usual_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaDiaryRow, worst_bar);
  gtk_widget_class_bind_template_child (widget_class, PatellaDiaryRow, worst_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaDiaryRow, tags_box);
  gtk_widget_class_bind_template_child (widget_class, PatellaDiaryRow, signs_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaDiaryRow, note_label);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
}

static void
patella_diary_row_init (PatellaDiaryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  patella_pain_bar_setup (self->usual_bar);
  patella_pain_bar_setup (self->worst_bar);
  /* The numbers beside the bars say it; the bars are for the eye. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->usual_bar),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->worst_bar),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
}
