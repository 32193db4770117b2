/* patella-summary-view.c: what a finished session amounted to, and the pain after it
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-catalogue.h"
#include "patella-duration.h"
#include "patella-plan.h"
#include "patella-summary-view.h"

struct _PatellaSummaryView
{
  GtkWidget             parent_instance;

  GtkWidget            *scroller;
  GtkLabel             *totals_label;
  AdwPreferencesGroup  *exercises_group;
  PatellaPainPrompt    *pain_prompt;
  GtkWidget            *done_button;

  GPtrArray            *rows;
};

G_DEFINE_FINAL_TYPE (PatellaSummaryView, patella_summary_view, GTK_TYPE_WIDGET)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  const char *exercise_id;
  gboolean    substituted;
  int         sets;
  int         reps;
  int         hold_s;
  int         pain;
} Tally;

static void
clear_rows (PatellaSummaryView *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->exercises_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static char *
describe_tally (const Tally *t)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d set", "%d sets", t->sets),
                          t->sets);
  g_string_append (text, " · ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d rep", "%d reps", t->reps),
                          t->reps);
  if (t->hold_s > 0)
    {
      g_string_append (text, " · ");
      /* Translators: seconds spent holding a position, e.g. "45 s held" */
      g_string_append_printf (text, _("%d s held"), t->hold_s);
    }
  if (t->pain >= 0)
    {
      g_string_append (text, " · ");
      /* Translators: the pain during an exercise on the 0 to 10 scale */
      g_string_append_printf (text, _("knee %d/10"), t->pain);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

gboolean
patella_summary_view_show_session (PatellaSummaryView           *self,
                                   PatellaStore                 *store,
                                   gint64                        session_id,
                                   const PatellaSessionSummary  *summary,
                                   GError                      **error)
{
  PatellaCatalogue *catalogue = patella_catalogue_get_default ();
  g_autoptr(GArray) sets = NULL;
  g_autoptr(GArray) tallies = g_array_new (FALSE, TRUE, sizeof (Tally));
  g_autofree char *time = NULL;
  g_autofree char *totals = NULL;
  int n_sets = 0;

  g_return_val_if_fail (PATELLA_IS_SUMMARY_VIEW (self), FALSE);
  g_return_val_if_fail (PATELLA_IS_STORE (store), FALSE);

  clear_rows (self);
  patella_pain_prompt_set_value (self->pain_prompt, PATELLA_PAIN_PROMPT_NO_VALUE);

  sets = patella_store_list_sets (store, session_id, error);
  if (sets == NULL)
    return FALSE;

  /* One line per exercise, in the order it was done; a swapped-in one
   * gets its own line. */
  for (guint i = 0; i < sets->len; i++)
    {
      const PatellaStoreSet *set = &g_array_index (sets, PatellaStoreSet, i);
      Tally *t = NULL;

      for (guint j = 0; j < tallies->len && t == NULL; j++)
        {
          Tally *u = &g_array_index (tallies, Tally, j);
          if (g_str_equal (u->exercise_id, set->exercise_id) && u->substituted == set->substituted)
            t = u;
        }
      if (t == NULL)
        {
          Tally fresh = { set->exercise_id, set->substituted, 0, 0, 0, -1 };
          g_array_append_val (tallies, fresh);
          t = &g_array_index (tallies, Tally, tallies->len - 1);
        }

      t->sets++;
      t->reps += set->reps_done;
      t->hold_s += set->hold_s_done;
      t->pain = MAX (t->pain, set->pain_during);
      n_sets++;
    }

  for (guint j = 0; j < tallies->len; j++)
    {
      const Tally *t = &g_array_index (tallies, Tally, j);
      PatellaExercise *exercise = patella_catalogue_lookup (catalogue, t->exercise_id);
      g_autofree char *subtitle = describe_tally (t);
      g_autofree char *title = NULL;
      GtkWidget *row = adw_action_row_new ();
      const char *name = exercise ? patella_exercise_get_name (exercise) : t->exercise_id;

      if (t->substituted)
        /* Translators: an exercise done in place of another, e.g. after wall squats hurt */
        title = g_strdup_printf (_("%s (instead)"), name);
      else
        title = g_strdup (name);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (self->exercises_group, row);
      g_ptr_array_add (self->rows, row);
    }

  time = patella_format_duration (summary != NULL ? summary->active_usec : 0);
  /* Translators: the totals of a session, e.g. "12 min 30 s of exercise, 7 sets" */
  totals = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s of exercise, %d set",
                                         "%s of exercise, %d sets", n_sets),
                            time, n_sets);
  gtk_label_set_label (self->totals_label, totals);
  gtk_widget_set_visible (GTK_WIDGET (self->exercises_group), tallies->len > 0);

  return TRUE;
}

PatellaPainPrompt *
patella_summary_view_get_pain_prompt (PatellaSummaryView *self)
{
  g_return_val_if_fail (PATELLA_IS_SUMMARY_VIEW (self), NULL);

  return self->pain_prompt;
}

const char *
patella_summary_view_get_totals (PatellaSummaryView *self)
{
  g_return_val_if_fail (PATELLA_IS_SUMMARY_VIEW (self), NULL);

  return gtk_label_get_label (self->totals_label);
}

guint
patella_summary_view_get_n_exercises (PatellaSummaryView *self)
{
  g_return_val_if_fail (PATELLA_IS_SUMMARY_VIEW (self), 0);

  return self->rows->len;
}

void
patella_summary_view_done (PatellaSummaryView *self)
{
  g_return_if_fail (PATELLA_IS_SUMMARY_VIEW (self));

  g_signal_emit (self, signals[DONE], 0);
}

static void
done_clicked_cb (PatellaSummaryView *self)
{
  patella_summary_view_done (self);
}

GtkWidget *
patella_summary_view_new (void)
{
  return g_object_new (PATELLA_TYPE_SUMMARY_VIEW, NULL);
}

static void
patella_summary_view_dispose (GObject *object)
{
  PatellaSummaryView *self = PATELLA_SUMMARY_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PATELLA_TYPE_SUMMARY_VIEW);

  G_OBJECT_CLASS (patella_summary_view_parent_class)->dispose (object);
}

static void
patella_summary_view_finalize (GObject *object)
{
  PatellaSummaryView *self = PATELLA_SUMMARY_VIEW (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (patella_summary_view_parent_class)->finalize (object);
}

static void
patella_summary_view_class_init (PatellaSummaryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_summary_view_dispose;
  object_class->finalize = patella_summary_view_finalize;

  signals[DONE] =
    g_signal_new ("done",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (PATELLA_TYPE_PAIN_PROMPT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-summary-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaSummaryView, scroller);
  gtk_widget_class_bind_template_child (widget_class, PatellaSummaryView, totals_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaSummaryView, exercises_group);
  gtk_widget_class_bind_template_child (widget_class, PatellaSummaryView, pain_prompt);
  gtk_widget_class_bind_template_child (widget_class, PatellaSummaryView, done_button);
  gtk_widget_class_bind_template_callback (widget_class, done_clicked_cb);
}

static void
patella_summary_view_init (PatellaSummaryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* GTK 4.8 would name it twice, once with the mnemonic's underscore. */
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->done_button),
                                 GTK_ACCESSIBLE_PROPERTY_LABEL);
  /* Rows belong to the group; this only remembers them for clearing. */
  self->rows = g_ptr_array_new ();
}
