/* test-session-safety.c: the safety rules on the session screen, by keyboard
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The default one-set wall squat asks after its first reps and swaps to
 * straight-leg raises; pain above 5 offers to stop an exercise; the swap
 * is offered after the squats too; the How-to sheet (H, and Today's plan
 * rows) shows every step and caution.
 */
#include "config.h"

#include "patella-how-to-window.h"
#include "patella-plan-card.h"
#include "session-page-fixture.h"

/* The open How-to sheet, if any. */
static PatellaHowToWindow *
find_how_to (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (PATELLA_IS_HOW_TO_WINDOW (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return PATELLA_HOW_TO_WINDOW (w);
    }

  return NULL;
}

/* Every step and every caution of @exercise is in @text. */
static void
assert_all_texts (const char      *text,
                  PatellaExercise *exercise,
                  gboolean         numbered)
{
  const char * const *steps = patella_exercise_get_steps (exercise);
  const char * const *cautions = patella_exercise_get_cautions (exercise);

  for (guint i = 0; steps[i] != NULL; i++)
    {
      g_autofree char *step = numbered ? g_strdup_printf ("%u. %s", i + 1, steps[i])
                                       : g_strdup (steps[i]);
      g_assert_nonnull (strstr (text, step));
    }
  for (guint i = 0; cautions != NULL && cautions[i] != NULL; i++)
    g_assert_nonnull (strstr (text, cautions[i]));
}

/* The catalogue's own wall squat, one set of ten, as a default session
 * runs it: before the first rep every step and caution shows, the depth
 * limit in plain words; after rep 3 the session waits for a kneecap
 * score; 5 offers straight-leg raises, and Enter takes them. */
static void
test_default_wall_squat_swap (Fixture       *f,
                              gconstpointer  data)
{
  PatellaTimelineItem items[] = { { test_lookup ("wall-squat"), NULL },
                                  { test_lookup ("heel-raise"), NULL } };
  AdwWindowTitle *title = ADW_WINDOW_TITLE (find_by_type (GTK_WIDGET (f->page),
                                                          ADW_TYPE_WINDOW_TITLE));
  g_autofree char *ready = NULL;
  g_autofree char *working = NULL;
  g_autoptr(GArray) sets = NULL;
  g_autoptr(GError) error = NULL;
  PatellaSessionRun *run;
  const PatellaStoreSet *set;
  gint64 session_id;

  patella_session_page_start (f->page, items, G_N_ELEMENTS (items));
  SPIN_UNTIL (patella_session_page_get_active (f->page));
  g_assert_true (press (f, GDK_KEY_2));
  run = patella_session_page_get_run (f->page);
  session_id = patella_session_run_get_session_id (run);

  g_assert_true (at (f, "wall-squat", PATELLA_PHASE_GET_READY));
  ready = patella_session_page_get_instructions (f->page);
  assert_all_texts (ready, items[0].exercise, TRUE);
  g_assert_nonnull (strstr (ready, "thighs well above parallel"));
  g_assert_nonnull (strstr (ready, "75 degrees"));

  /* During the reps: the first steps, every caution still. */
  RUN_UNTIL (f, at (f, "wall-squat", PATELLA_PHASE_HOLD));
  working = patella_session_page_get_instructions (f->page);
  g_assert_null (strstr (working, "4. "));
  g_assert_nonnull (strstr (working, "75 degrees"));

  RUN_UNTIL (f, g_str_equal (patella_session_page_get_info (f->page), "pain"));
  g_assert_true (at (f, "wall-squat", PATELLA_PHASE_UP));
  g_assert_cmpuint (patella_engine_get_set (engine (f)), ==, 1);
  g_assert_cmpuint (patella_engine_get_rep (engine (f)), ==, 4);
  g_assert_cmpint (patella_engine_get_state (engine (f)), ==, PATELLA_ENGINE_PAUSED);
  g_assert_true (press (f, GDK_KEY_5));
  g_assert_cmpstr (patella_session_page_get_info (f->page), ==, "advice");
  g_test_expect_message (NULL, G_LOG_LEVEL_MESSAGE, "Straight-leg raises replace*");
  g_assert_true (press (f, GDK_KEY_Return));
  g_test_assert_expected_messages ();
  g_assert_cmpstr (exercise_id (f), ==, "straight-leg-raise");
  g_assert_true (patella_engine_get_phase (engine (f))->substituted);
  g_assert_true (patella_session_run_get_wall_squat_swapped (run));

  /* On to the summary, every later question skipped: its header names
   * no exercise. */
  run_to_summary (f);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Session Summary");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "");

  sets = patella_store_list_sets (f->store, session_id, &error);
  g_assert_no_error (error);
  set = test_find_set (sets, "wall-squat", 1, FALSE);
  g_assert_nonnull (set);
  g_assert_cmpint (set->reps_done, ==, 3);
  g_assert_cmpint (set->pain_during, ==, 5);
  g_assert_nonnull (test_find_set (sets, "straight-leg-raise", 1, TRUE));
  g_assert_true (press (f, GDK_KEY_Return));
}

/* 7 during the bridges is too much: Enter stops them and the session
 * goes on with the wall squats; the score stays on the set. */
static void
test_too_much_stops_exercise (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GArray) sets = NULL;
  g_autoptr(GError) error = NULL;
  const PatellaStoreSet *set;
  gint64 session_id;

  start (f);
  g_assert_true (press (f, GDK_KEY_Right));
  session_id = patella_session_run_get_session_id (patella_session_page_get_run (f->page));
  RUN_UNTIL (f, at (f, "glute-bridge", PATELLA_PHASE_UP) && patella_engine_get_rep (engine (f)) == 2);
  g_assert_true (press (f, GDK_KEY_p));
  g_assert_true (press (f, GDK_KEY_7));
  g_assert_cmpstr (patella_session_page_get_info (f->page), ==, "advice");
  g_assert_cmpint (patella_engine_get_state (engine (f)), ==, PATELLA_ENGINE_PAUSED);
  g_test_expect_message (NULL, G_LOG_LEVEL_MESSAGE, "Stopped for today*");
  g_assert_true (press (f, GDK_KEY_Return));
  g_test_assert_expected_messages ();
  g_assert_true (at (f, "wall-squat", PATELLA_PHASE_GET_READY));
  g_assert_cmpstr (patella_session_page_get_info (f->page), ==, "instructions");
  g_assert_cmpint (patella_engine_get_state (engine (f)), ==, PATELLA_ENGINE_RUNNING);

  sets = patella_store_list_sets (f->store, session_id, &error);
  g_assert_no_error (error);
  set = test_find_set (sets, "glute-bridge", 1, FALSE);
  g_assert_nonnull (set);
  g_assert_cmpint (set->reps_done, ==, 1);
  g_assert_cmpint (set->pain_during, ==, 7);
  g_assert_null (test_find_set (sets, "glute-bridge", 2, FALSE));

  /* 5 is not too much: the question simply ends. */
  RUN_UNTIL (f, at (f, "wall-squat", PATELLA_PHASE_UP));
  g_assert_true (press (f, GDK_KEY_p));
  g_assert_true (press (f, GDK_KEY_3));
  g_assert_cmpstr (patella_session_page_get_info (f->page), ==, "instructions");
}

/* A short single set of squats: its end asks, and 4 offers the raises
 * for the sessions to come. */
static void
test_swap_after_the_squats (Fixture       *f,
                            gconstpointer  data)
{
  PatellaSessionRun *run;

  f->doses[1].sets = 1;
  start (f);
  g_assert_true (press (f, GDK_KEY_Right));
  run = patella_session_page_get_run (f->page);
  while (!at (f, "wall-squat", PATELLA_PHASE_EXERCISE_DONE))
    {
      if (g_str_equal (patella_session_page_get_info (f->page), "pain"))
        g_assert_true (press (f, GDK_KEY_n));
      else
        g_assert_true (patella_fake_clock_run_next (f->clock));
      spin_idle ();
    }
  SPIN_UNTIL (g_str_equal (patella_session_page_get_info (f->page), "pain"));
  g_assert_true (press (f, GDK_KEY_4));
  g_assert_cmpstr (patella_session_page_get_info (f->page), ==, "advice");
  g_assert_false (patella_session_run_get_wall_squat_swapped (run));
  g_test_expect_message (NULL, G_LOG_LEVEL_MESSAGE, "Straight-leg raises instead of wall*");
  g_assert_true (press (f, GDK_KEY_Return));
  g_test_assert_expected_messages ();
  g_assert_true (patella_session_run_get_wall_squat_swapped (run));
  g_assert_cmpint (patella_session_run_get_swap_pain (run), ==, 4);
  g_assert_cmpstr (patella_session_page_get_info (f->page), ==, "instructions");
  RUN_UNTIL (f, at (f, "straight-leg-raise", PATELLA_PHASE_GET_READY));
  g_assert_false (patella_engine_get_phase (engine (f))->substituted);
}

/* H opens every step and caution of the exercise under way, pauses the
 * session, and Escape closes the sheet. */
static void
test_how_to_sheet (Fixture       *f,
                   gconstpointer  data)
{
  PatellaHowToWindow *sheet;
  g_autofree char *text = NULL;

  start (f);
  g_assert_true (press (f, GDK_KEY_Right));
  RUN_UNTIL (f, at (f, "glute-bridge", PATELLA_PHASE_HOLD));
  g_assert_true (press (f, GDK_KEY_h));
  SPIN_UNTIL ((sheet = find_how_to ()) != NULL);
  g_assert_true (patella_how_to_window_get_exercise (sheet) == test_lookup ("glute-bridge"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (sheet)), ==, "How to Do: Glute bridge");
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (sheet)));
  text = patella_how_to_window_get_text (sheet);
  assert_all_texts (text, test_lookup ("glute-bridge"), TRUE);
  g_assert_cmpint (patella_engine_get_state (engine (f)), ==, PATELLA_ENGINE_PAUSED);
  g_assert_cmpstr (patella_session_page_get_phase_text (f->page), ==, "Paused");

  g_assert_true (test_press_shortcut (GTK_WIDGET (sheet), GDK_KEY_Escape, 0)
                 || gtk_widget_activate_action (GTK_WIDGET (sheet), "window.close", NULL));
  SPIN_UNTIL (find_how_to () == NULL);
  g_assert_true (press (f, GDK_KEY_space));
  g_assert_cmpint (patella_engine_get_state (engine (f)), ==, PATELLA_ENGINE_RUNNING);
}

/* The card's longest list: the exercises (another holds an unfinished
 * session). */
static GtkWidget *
exercise_list (GtkWidget *widget)
{
  GtkWidget *best = NULL;
  guint best_rows = 0;

  if (GTK_IS_LIST_BOX (widget))
    {
      guint rows = 0;

      for (GtkWidget *row = gtk_widget_get_first_child (widget); row != NULL;
           row = gtk_widget_get_next_sibling (row))
        rows++;
      return rows > 0 ? widget : NULL;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = exercise_list (child);
      guint rows = 0;

      for (GtkWidget *row = found ? gtk_widget_get_first_child (found) : NULL; row != NULL;
           row = gtk_widget_get_next_sibling (row))
        rows++;
      if (rows > best_rows)
        {
          best = found;
          best_rows = rows;
        }
    }

  return best;
}

/* Today's plan: each row opens its exercise's sheet before starting. */
static void
test_plan_card_how_to (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SETTINGS_SCHEMA_ID);
  g_autofree char *text = NULL;
  PatellaHowToWindow *sheet;
  PatellaPlanCard *card;
  GtkWindow *window;
  GtkWidget *list;
  GtkWidget *row;
  guint n_rows = 0;

  window = GTK_WINDOW (gtk_window_new ());
  card = PATELLA_PLAN_CARD (patella_plan_card_new ());
  patella_plan_card_set_settings (card, settings);
  gtk_window_set_child (window, GTK_WIDGET (card));
  gtk_window_present (window);
  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (card)));

  /* Each row is itself the way in (one Tab stop, Enter or a click), with
   * no button of its own. */
  list = exercise_list (GTK_WIDGET (card));
  for (row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
      g_assert_null (find_by_type (row, GTK_TYPE_BUTTON));
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, patella_plan_card_get_n_exercises (card));

  /* The third row: wall squats. */
  row = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (gtk_widget_get_first_child (list)));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (row), ==, "How to do Wall squat");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "How to do Wall squat");
  g_signal_emit_by_name (row, "activate");
  SPIN_UNTIL ((sheet = find_how_to ()) != NULL);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (sheet)) == window);
  text = patella_how_to_window_get_text (sheet);
  assert_all_texts (text, test_lookup ("wall-squat"), TRUE);

  gtk_window_destroy (window);
  SPIN_UNTIL (find_how_to () == NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    g_error ("No display: run the tests with build-aux/dev test, which provides one");
  adw_init ();

#define ADD(name, func) \
  g_test_add ("/session-safety/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("default-wall-squat-swap", test_default_wall_squat_swap);
  ADD ("too-much-stops-exercise", test_too_much_stops_exercise);
  ADD ("swap-after-the-squats", test_swap_after_the_squats);
  ADD ("how-to-sheet", test_how_to_sheet);
#undef ADD
  g_test_add_func ("/plan-card/how-to", test_plan_card_how_to);

  return g_test_run ();
}
