/* patella-kujala-window.c: the Kujala questionnaire as a form, then its score
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-a11y.h"
#include "patella-day-label.h"
#include "patella-kujala.h"
#include "patella-kujala-window.h"
#include "patella-warning-signs.h"

#define MAX_CHOICES 5

struct _PatellaKujalaWindow
{
  AdwWindow        parent_instance;

  PatellaStore    *store;
  PatellaToday    *today;
  int              answers[PATELLA_KUJALA_N_QUESTIONS];
  GtkCheckButton  *checks[PATELLA_KUJALA_N_QUESTIONS][MAX_CHOICES];
  int              score;
  guint            syncing : 1;

  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkBox          *questions_box;
  AdwStatusPage   *result_page;
  GtkWidget       *cancel_button;
  GtkWidget       *done_button;
  GtkActionBar    *action_bar;
  GtkLabel        *progress_label;
  GtkWidget       *score_button;
  GtkWidget       *missing_box;
  GtkLabel        *missing_label;
  GtkButton       *missing_button;
  GtkLabel        *footnote_label;
};

G_DEFINE_FINAL_TYPE (PatellaKujalaWindow, patella_kujala_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_TODAY,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static guint
count_answered (PatellaKujalaWindow *self)
{
  guint n = 0;

  for (guint q = 0; q < PATELLA_KUJALA_N_QUESTIONS; q++)
    if (self->answers[q] != PATELLA_KUJALA_UNANSWERED)
      n++;

  return n;
}

static int
first_unanswered (PatellaKujalaWindow *self)
{
  for (guint q = 0; q < PATELLA_KUJALA_N_QUESTIONS; q++)
    if (self->answers[q] == PATELLA_KUJALA_UNANSWERED)
      return (int) q;

  return -1;
}

/* Once the user has started, the end of the form says which questions
 * are still open, with a button to the first; the disabled See Score
 * says why it is disabled. */
static void
update_progress (PatellaKujalaWindow *self)
{
  guint n = count_answered (self);
  int missing = first_unanswered (self);
  g_autofree char *text = NULL;
  g_autofree char *why = NULL;

  /* Translators: how much of the questionnaire is filled in, "7 of 13 answered" */
  text = g_strdup_printf (_("%u of %u answered"), n, PATELLA_KUJALA_N_QUESTIONS);
  gtk_label_set_label (self->progress_label, text);
  gtk_widget_set_sensitive (self->score_button, missing < 0);

  gtk_widget_set_visible (self->missing_box, n > 0 && missing >= 0);
  if (missing < 0)
    {
      gtk_widget_set_tooltip_text (self->score_button, _("Save the answers and show the score"));
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->score_button),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  {
    guint left = PATELLA_KUJALA_N_QUESTIONS - n;
    g_autofree char *line = NULL;
    g_autofree char *go = NULL;

    if (left == 1)
      /* Translators: the one question left, "Question 7 is not answered yet" */
      line = g_strdup_printf (_("Question %d is not answered yet."), missing + 1);
    else
      /* Translators: "3 questions are not answered yet, the first is question 7" */
      line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u question is not answered yet, the first is question %d.",
                                           "%u questions are not answered yet, the first is question %d.",
                                           left),
                              left, missing + 1);
    gtk_label_set_label (self->missing_label, line);

    /* Translators: a button that shows the first question left unanswered */
    go = g_strdup_printf (_("_Go to Question %d"), missing + 1);
    gtk_button_set_label (self->missing_button, go);

    why = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Answer all %u questions first: %u is left",
                                        "Answer all %u questions first: %u are left",
                                        left),
                           PATELLA_KUJALA_N_QUESTIONS, left);
    gtk_widget_set_tooltip_text (self->score_button, why);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->score_button),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, why,
                                    -1);
  }
}

/**
 * patella_kujala_window_show_unanswered:
 * @self: a #PatellaKujalaWindow
 *
 * Moves the keyboard focus (and so the scrolled view) to the first choice
 * of the first question not answered yet.
 *
 * Returns: that question's index, or -1 when all are answered
 */
int
patella_kujala_window_show_unanswered (PatellaKujalaWindow *self)
{
  int missing;

  g_return_val_if_fail (PATELLA_IS_KUJALA_WINDOW (self), -1);

  missing = first_unanswered (self);
  if (missing >= 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->checks[missing][0]));

  return missing;
}

static void
missing_clicked_cb (PatellaKujalaWindow *self)
{
  patella_kujala_window_show_unanswered (self);
}

void
patella_kujala_window_set_answer (PatellaKujalaWindow *self,
                                  guint                question,
                                  int                  choice)
{
  g_return_if_fail (PATELLA_IS_KUJALA_WINDOW (self));
  g_return_if_fail (question < PATELLA_KUJALA_N_QUESTIONS);
  g_return_if_fail (choice >= PATELLA_KUJALA_UNANSWERED
                    && choice < (int) patella_kujala_question_get_n_choices (question));

  self->answers[question] = choice;

  self->syncing = TRUE;
  for (guint c = 0; c < patella_kujala_question_get_n_choices (question); c++)
    gtk_check_button_set_active (self->checks[question][c], (int) c == choice);
  self->syncing = FALSE;

  update_progress (self);
}

int
patella_kujala_window_get_answer (PatellaKujalaWindow *self,
                                  guint                question)
{
  g_return_val_if_fail (PATELLA_IS_KUJALA_WINDOW (self), PATELLA_KUJALA_UNANSWERED);
  g_return_val_if_fail (question < PATELLA_KUJALA_N_QUESTIONS, PATELLA_KUJALA_UNANSWERED);

  return self->answers[question];
}

int
patella_kujala_window_get_score (PatellaKujalaWindow *self)
{
  g_return_val_if_fail (PATELLA_IS_KUJALA_WINDOW (self), -1);

  return self->score;
}

PatellaStore *
patella_kujala_window_get_store (PatellaKujalaWindow *self)
{
  g_return_val_if_fail (PATELLA_IS_KUJALA_WINDOW (self), NULL);

  return self->store;
}

static void
check_toggled_cb (GtkCheckButton      *check,
                  PatellaKujalaWindow *self)
{
  guint question;
  int choice;

  if (self->syncing || !gtk_check_button_get_active (check))
    return;

  question = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "question"));
  choice = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "choice"));
  self->answers[question] = choice;
  update_progress (self);
}

/* The change since the first one taken, in words; the first one explains
 * what comes next instead. */
static char *
describe_result (PatellaKujalaWindow  *self,
                 const char           *today,
                 int                   score,
                 GError              **error)
{
  g_autoptr(GPtrArray) all = NULL;
  const PatellaStoreQuestionnaire *first = NULL;
  char next[PATELLA_LOCAL_DAY_LEN + 1];
  g_autofree char *next_text = NULL;

  all = patella_store_list_questionnaires (self->store, PATELLA_QUESTIONNAIRE_KUJALA, error);
  if (all == NULL)
    return NULL;

  for (guint i = 0; i < all->len; i++)
    {
      const PatellaStoreQuestionnaire *q = g_ptr_array_index (all, i);

      if (first == NULL || strcmp (q->day, first->day) < 0)
        first = q;
    }

  if (first != NULL && strcmp (first->day, today) < 0)
    return patella_kujala_describe_change (first->score, score);

  patella_kujala_next_due (today, today, next);
  next_text = patella_day_label (next, today);

  return g_strdup_printf (_("This is your first score: the one later scores are compared with. "
                            "Patella will ask again in two weeks, on %s. A change of 10 points "
                            "or more means a real difference for your knee."),
                          next_text);
}

static void
score_clicked_cb (PatellaKujalaWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *answers = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  const char *today;
  int score;

  if (!patella_kujala_score (self->answers, &score, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  /* The window may have stayed open past midnight. */
  patella_today_refresh (self->today);
  today = patella_today_get_day (self->today);
  answers = patella_kujala_answers_to_string (self->answers);
  if (!patella_store_save_questionnaire (self->store, PATELLA_QUESTIONNAIRE_KUJALA, today,
                                         answers, score, NULL, &error))
    {
      g_autofree char *text = g_strdup_printf (_("The answers could not be saved: %s"),
                                               error->message);
      AdwToast *toast = adw_toast_new (text);

      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }

  self->score = score;

  /* Translators: the questionnaire's total, e.g. "72 out of 100" */
  title = g_strdup_printf (_("%d out of %d"), score, PATELLA_KUJALA_MAX_SCORE);
  description = describe_result (self, today, score, &error);
  if (description == NULL)
    description = g_strdup_printf (_("Saved, but earlier scores could not be read: %s"),
                                   error->message);

  adw_status_page_set_title (self->result_page, title);
  adw_status_page_set_description (self->result_page, description);
  gtk_stack_set_visible_child_name (self->stack, "result");
  gtk_widget_set_visible (self->cancel_button, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->action_bar), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->footnote_label), TRUE);
  gtk_widget_grab_focus (self->done_button);

  g_signal_emit (self, signals[SAVED], 0, score);
}

static void
build_questions (PatellaKujalaWindow *self)
{
  for (guint q = 0; q < PATELLA_KUJALA_N_QUESTIONS; q++)
    {
      GtkWidget *group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *title;
      GtkWidget *text;
      GtkWidget *list = gtk_list_box_new ();
      GtkCheckButton *leader = NULL;
      /* Translators: a numbered question heading, e.g. "4. Stairs" */
      g_autofree char *heading = g_strdup_printf (_("%u. %s"), q + 1,
                                                  patella_kujala_question_get_title (q));

      /* As a preferences group looks, but the title is a heading a screen
       * reader can jump to, and it names the list of choices. */
      title = g_object_new (GTK_TYPE_LABEL,
                            "label", heading,
                            "xalign", 0.0f,
                            "wrap", TRUE,
                            "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                            NULL);
      gtk_widget_add_css_class (title, "heading");
      text = gtk_label_new (patella_kujala_question_get_text (q));
      gtk_label_set_xalign (GTK_LABEL (text), 0);
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_widget_add_css_class (text, "dim-label");
      gtk_widget_set_margin_bottom (text, 6);
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_relation (GTK_ACCESSIBLE (list),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, text, NULL,
                                      -1);
      gtk_box_append (GTK_BOX (group), title);
      gtk_box_append (GTK_BOX (group), text);
      gtk_box_append (GTK_BOX (group), list);

      for (guint c = 0; c < patella_kujala_question_get_n_choices (q); c++)
        {
          const char *label = patella_kujala_choice_get_label (q, c);
          GtkWidget *row = adw_action_row_new ();
          /* Grouped check buttons look like radio buttons, but GTK 4.8 still
           * tells a screen reader "check box". */
          GtkWidget *check = g_object_new (GTK_TYPE_CHECK_BUTTON,
                                           "accessible-role", GTK_ACCESSIBLE_ROLE_RADIO,
                                           NULL);

          g_assert (c < MAX_CHOICES);

          gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
          gtk_check_button_set_group (GTK_CHECK_BUTTON (check), leader);
          if (leader == NULL)
            leader = GTK_CHECK_BUTTON (check);
          g_object_set_data (G_OBJECT (check), "question", GUINT_TO_POINTER (q));
          g_object_set_data (G_OBJECT (check), "choice", GINT_TO_POINTER ((int) c));
          g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), self);
          self->checks[q][c] = GTK_CHECK_BUTTON (check);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
          /* Named by the row's title (libadwaita does that), and the one
           * Tab stop of the row: see the pain form's warning signs. */
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
          gtk_widget_set_focusable (row, FALSE);
          gtk_list_box_append (GTK_LIST_BOX (list), row);
        }

      gtk_box_insert_child_after (self->questions_box, group,
                                  gtk_widget_get_prev_sibling (self->missing_box));
    }
}

PatellaKujalaWindow *
patella_kujala_window_new (GtkWindow    *parent,
                           PatellaStore *store,
                           PatellaToday *today)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PATELLA_IS_STORE (store), NULL);
  g_return_val_if_fail (PATELLA_IS_TODAY (today), NULL);

  return g_object_new (PATELLA_TYPE_KUJALA_WINDOW,
                       "transient-for", parent,
                       "store", store,
                       "today", today,
                       NULL);
}

static void
patella_kujala_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PatellaKujalaWindow *self = PATELLA_KUJALA_WINDOW (object);

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
patella_kujala_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PatellaKujalaWindow *self = PATELLA_KUJALA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_TODAY:
      self->today = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_kujala_window_dispose (GObject *object)
{
  PatellaKujalaWindow *self = PATELLA_KUJALA_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PATELLA_TYPE_KUJALA_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->today);

  G_OBJECT_CLASS (patella_kujala_window_parent_class)->dispose (object);
}

static void
patella_kujala_window_class_init (PatellaKujalaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_kujala_window_dispose;
  object_class->get_property = patella_kujala_window_get_property;
  object_class->set_property = patella_kujala_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PATELLA_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TODAY] =
    g_param_spec_object ("today", NULL, NULL,
                         PATELLA_TYPE_TODAY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-kujala-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaKujalaWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PatellaKujalaWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PatellaKujalaWindow, questions_box);
  gtk_widget_class_bind_template_child (widget_class, PatellaKujalaWindow, result_page);
  gtk_widget_class_bind_template_child (widget_class, PatellaKujalaWindow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, PatellaKujalaWindow, done_button);
  gtk_widget_class_bind_template_child (widget_class, PatellaKujalaWindow, action_bar);
  gtk_widget_class_bind_template_child (widget_class, PatellaKujalaWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaKujalaWindow, score_button);
  gtk_widget_class_bind_template_child (widget_class, PatellaKujalaWindow, missing_box);
  gtk_widget_class_bind_template_child (widget_class, PatellaKujalaWindow, missing_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaKujalaWindow, missing_button);
  gtk_widget_class_bind_template_child (widget_class, PatellaKujalaWindow, footnote_label);
  gtk_widget_class_bind_template_callback (widget_class, score_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, missing_clicked_cb);
}

static void
patella_kujala_window_init (PatellaKujalaWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->score = -1;
  for (guint q = 0; q < PATELLA_KUJALA_N_QUESTIONS; q++)
    self->answers[q] = PATELLA_KUJALA_UNANSWERED;

  build_questions (self);
  update_progress (self);
  /* One accessible name per button: GTK 4.8 says "_Save Save". */
  patella_a11y_name_buttons (GTK_WIDGET (self));
}
