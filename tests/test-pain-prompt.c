/* test-pain-prompt.c: the 0 to 10 pain scale: taps, number keys, skipping
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "patella-pain-prompt.h"

typedef struct
{
  int   chosen;
  guint n_chosen;
  guint n_skipped;
} Record;

static void
chosen_cb (PatellaPainPrompt *prompt,
           int                score,
           Record            *record)
{
  record->chosen = score;
  record->n_chosen++;
}

static void
skipped_cb (PatellaPainPrompt *prompt,
            Record            *record)
{
  record->n_skipped++;
}

static gboolean
spin_until (gboolean (*done) (gpointer), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, TRUE);
    }

  return TRUE;
}

static gboolean
has_chosen (gpointer data)
{
  return ((Record *) data)->n_chosen > 0;
}

static GtkWidget *
nth_score_button (PatellaPainPrompt *prompt,
                  int                n)
{
  GtkWidget *found = NULL;
  GtkWidget *w = GTK_WIDGET (prompt);

  /* Walk the tree depth first; the score buttons are the only toggles. */
  while (w != NULL && found == NULL)
    {
      if (GTK_IS_TOGGLE_BUTTON (w) && n-- == 0)
        found = w;

      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && w != GTK_WIDGET (prompt) && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          if (w == NULL || w == GTK_WIDGET (prompt))
            break;
          w = gtk_widget_get_next_sibling (w);
        }
    }

  return found;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static PatellaPainPrompt *
make_prompt (Record *record)
{
  PatellaPainPrompt *prompt = patella_pain_prompt_new ("How is your knee right now?");

  g_object_ref_sink (prompt);
  g_signal_connect (prompt, "chosen", G_CALLBACK (chosen_cb), record);
  g_signal_connect (prompt, "skipped", G_CALLBACK (skipped_cb), record);

  return prompt;
}

static void
test_tap_chooses (void)
{
  Record record = { -1, 0, 0 };
  g_autoptr(PatellaPainPrompt) prompt = make_prompt (&record);
  GtkWidget *seven = nth_score_button (prompt, 7);

  g_assert_nonnull (nth_score_button (prompt, 10));
  g_assert_null (nth_score_button (prompt, 11));
  g_assert_cmpint (patella_pain_prompt_get_value (prompt), ==, PATELLA_PAIN_PROMPT_NO_VALUE);

  g_signal_emit_by_name (seven, "clicked");
  g_assert_cmpuint (record.n_chosen, ==, 1);
  g_assert_cmpint (record.chosen, ==, 7);
  g_assert_cmpint (patella_pain_prompt_get_value (prompt), ==, 7);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (seven)));

  /* Tapping the chosen number again keeps it chosen. */
  g_signal_emit_by_name (seven, "clicked");
  g_assert_cmpint (patella_pain_prompt_get_value (prompt), ==, 7);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (seven)));
}

static void
test_set_value_is_silent (void)
{
  Record record = { -1, 0, 0 };
  g_autoptr(PatellaPainPrompt) prompt = make_prompt (&record);
  guint notified = 0;

  g_signal_connect (prompt, "notify::value", G_CALLBACK (count_notify_cb), &notified);

  patella_pain_prompt_set_value (prompt, 3);
  patella_pain_prompt_set_value (prompt, 3);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (record.n_chosen, ==, 0);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (nth_score_button (prompt, 3))));

  patella_pain_prompt_set_value (prompt, PATELLA_PAIN_PROMPT_NO_VALUE);
  g_assert_cmpuint (notified, ==, 2);
  for (int i = 0; i <= 10; i++)
    {
      GtkWidget *button = nth_score_button (prompt, i);

      g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
    }
}

static void
test_digits (void)
{
  Record record = { -1, 0, 0 };
  g_autoptr(PatellaPainPrompt) prompt = make_prompt (&record);

  g_assert_true (patella_pain_prompt_type_digit (prompt, 4));
  g_assert_cmpuint (record.n_chosen, ==, 1);
  g_assert_cmpint (record.chosen, ==, 4);

  g_assert_true (patella_pain_prompt_type_digit (prompt, 0));
  g_assert_cmpuint (record.n_chosen, ==, 2);
  g_assert_cmpint (record.chosen, ==, 0);

  /* "1" then "0" makes ten, with one emission only. */
  record.n_chosen = 0;
  g_assert_true (patella_pain_prompt_type_digit (prompt, 1));
  g_assert_cmpuint (record.n_chosen, ==, 0);
  g_assert_cmpint (patella_pain_prompt_get_value (prompt), ==, 1);
  g_assert_true (patella_pain_prompt_type_digit (prompt, 0));
  g_assert_cmpuint (record.n_chosen, ==, 1);
  g_assert_cmpint (record.chosen, ==, 10);

  /* A lone "1" becomes a choice after a moment. */
  record.n_chosen = 0;
  g_assert_true (patella_pain_prompt_type_digit (prompt, 1));
  g_assert_true (spin_until (has_chosen, &record));
  g_assert_cmpuint (record.n_chosen, ==, 1);
  g_assert_cmpint (record.chosen, ==, 1);

  g_assert_false (patella_pain_prompt_type_digit (prompt, 12));
}

static void
test_skip (void)
{
  Record record = { -1, 0, 0 };
  g_autoptr(PatellaPainPrompt) prompt = make_prompt (&record);

  g_assert_true (patella_pain_prompt_get_skippable (prompt));
  patella_pain_prompt_skip (prompt);
  g_assert_cmpuint (record.n_skipped, ==, 1);

  patella_pain_prompt_set_skippable (prompt, FALSE);
  patella_pain_prompt_skip (prompt);
  g_assert_cmpuint (record.n_skipped, ==, 1);
  g_assert_cmpuint (record.n_chosen, ==, 0);
}

static void
test_focus_in_window (void)
{
  Record record = { -1, 0, 0 };
  PatellaPainPrompt *prompt = patella_pain_prompt_new ("Pain?");
  GtkWidget *window = gtk_window_new ();

  g_signal_connect (prompt, "chosen", G_CALLBACK (chosen_cb), &record);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (prompt));
  gtk_window_present (GTK_WINDOW (window));
  patella_pain_prompt_focus_scale (prompt);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* The focus sits inside the prompt, where its key controller hears digits. */
  /* The window's focus widget, whether or not the X server made the
   * window active (there is no window manager under Xvfb). */
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == nth_score_button (prompt, 0));
  g_assert_cmpstr (patella_pain_prompt_get_title (prompt), ==, "Pain?");

  /* A screen reader hears radio buttons in a named group, the chosen one
   * checked; a typed number also takes the focus, so it is said. */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (nth_score_button (prompt, 3)),
                                   GTK_ACCESSIBLE_ROLE_RADIO);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (gtk_widget_get_parent (
                                         nth_score_button (prompt, 3))),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Pain?, 0 to 10");
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (nth_score_button (prompt, 3)),
                                    GTK_ACCESSIBLE_STATE_CHECKED, FALSE);
  g_assert_true (patella_pain_prompt_type_digit (prompt, 3));
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (nth_score_button (prompt, 3)),
                                    GTK_ACCESSIBLE_STATE_CHECKED, TRUE);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (nth_score_button (prompt, 0)),
                                    GTK_ACCESSIBLE_STATE_CHECKED, FALSE);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == nth_score_button (prompt, 3));
  g_assert_true (patella_pain_prompt_type_digit (prompt, 1));
  g_assert_true (patella_pain_prompt_type_digit (prompt, 0));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == nth_score_button (prompt, 10));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Each number a comfortable target: one row when wide, 0 to 5 over 6 to
 * 10 when narrow (a phone-sized window), never eleven slivers. */
static void
test_rows (void)
{
  PatellaPainPrompt *prompt = patella_pain_prompt_new ("Pain?");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *zero, *five, *six, *ten;
  graphene_rect_t b0, b5, b6, b10;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (prompt));
  gtk_window_set_default_size (GTK_WINDOW (window), 700, -1);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (prompt)))
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (patella_pain_prompt_get_n_rows (prompt), ==, 1);

  zero = nth_score_button (prompt, 0);
  five = nth_score_button (prompt, 5);
  six = nth_score_button (prompt, 6);
  ten = nth_score_button (prompt, 10);
  gtk_widget_set_size_request (GTK_WIDGET (prompt), 312, -1);
  gtk_window_set_default_size (GTK_WINDOW (window), 312, -1);
  gtk_widget_queue_resize (GTK_WIDGET (prompt));
  for (guint i = 0; i < 50 && patella_pain_prompt_get_n_rows (prompt) != 2; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  g_assert_cmpuint (patella_pain_prompt_get_n_rows (prompt), ==, 2);
  g_assert_true (gtk_widget_compute_bounds (zero, GTK_WIDGET (prompt), &b0));
  g_assert_true (gtk_widget_compute_bounds (five, GTK_WIDGET (prompt), &b5));
  g_assert_true (gtk_widget_compute_bounds (six, GTK_WIDGET (prompt), &b6));
  g_assert_true (gtk_widget_compute_bounds (ten, GTK_WIDGET (prompt), &b10));
  /* 0 and 5 share the first row, 6 starts the second under 0. */
  g_assert_cmpfloat (b0.origin.y, ==, b5.origin.y);
  g_assert_cmpfloat (b6.origin.y, >, b0.origin.y);
  g_assert_cmpfloat (b6.origin.x, ==, b0.origin.x);
  g_assert_cmpfloat (b10.origin.y, ==, b6.origin.y);
  g_assert_cmpfloat (b0.size.width, >=, 44);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* The test command provides a display (xvfb-run): without one, fail
   * instead of passing with nothing tested. */
  if (!gtk_init_check ())
    g_error ("No display: run the tests with build-aux/dev test, which provides one");
  adw_init ();

  g_test_add_func ("/pain-prompt/tap-chooses", test_tap_chooses);
  g_test_add_func ("/pain-prompt/set-value-is-silent", test_set_value_is_silent);
  g_test_add_func ("/pain-prompt/digits", test_digits);
  g_test_add_func ("/pain-prompt/skip", test_skip);
  g_test_add_func ("/pain-prompt/rows", test_rows);
  g_test_add_func ("/pain-prompt/focus-in-window", test_focus_in_window);

  return g_test_run ();
}
