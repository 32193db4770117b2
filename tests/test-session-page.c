/* test-session-page.c: a whole short session by keyboard only, then its rows in the store
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "patella-catalogue.h"
#include "patella-duration.h"
#include "patella-fake-clock.h"
#include "patella-phase-ring.h"
#include "patella-phase-word.h"
#include "patella-plan-card.h"
#include "patella-plan.h"
#include "patella-recording-sink.h"
#include "patella-session-page.h"
#include "patella-summary-view.h"
#include "session-page-fixture.h"


static void
test_whole_session_by_keyboard (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(PatellaStoreSession) session = NULL;
  g_autoptr(GArray) sets = NULL;
  g_autoptr(GError) error = NULL;
  const PatellaStoreSet *set;
  gint64 session_id;
  guint phase;

  start (f);

  /* "How is your knee right now?": 3. */
  g_assert_true (press (f, GDK_KEY_3));
  g_assert_cmpstr (patella_session_page_get_view (f->page), ==, "run");
  session_id = patella_session_run_get_session_id (patella_session_page_get_run (f->page));
  session = patella_store_get_session (f->store, session_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (session->pain_before, ==, 3);
  g_assert_cmpint (session->state, ==, PATELLA_SESSION_STATE_IN_PROGRESS);
  g_clear_pointer (&session, patella_store_session_free);
  g_assert_true (at (f, "glute-bridge", PATELLA_PHASE_GET_READY));
  g_assert_cmpstr (patella_session_page_get_phase_text (f->page), ==, "Get ready");

  /* Space pauses: time passes, nothing moves; Space again goes on. */
  phase = patella_engine_get_phase_index (engine (f));
  g_assert_true (press (f, GDK_KEY_space));
  g_assert_cmpint (patella_engine_get_state (engine (f)), ==, PATELLA_ENGINE_PAUSED);
  g_assert_cmpstr (patella_session_page_get_phase_text (f->page), ==, "Paused");
  patella_fake_clock_advance (f->clock, 30 * G_USEC_PER_SEC);
  spin_idle ();
  g_assert_cmpuint (patella_engine_get_phase_index (engine (f)), ==, phase);
  g_assert_true (press (f, GDK_KEY_space));
  g_assert_cmpint (patella_engine_get_state (engine (f)), ==, PATELLA_ENGINE_RUNNING);
  g_assert_cmpstr (patella_session_page_get_phase_text (f->page), ==, "Get ready");

  /* Right skips the get-ready phase: the first lift starts now. */
  g_assert_true (press (f, GDK_KEY_Right));
  g_assert_true (at (f, "glute-bridge", PATELLA_PHASE_UP));
  g_assert_cmpuint (patella_engine_get_rep (engine (f)), ==, 1);

  /* After the exercise: how much did it hurt? 2. */
  RUN_UNTIL (f, g_str_equal (patella_session_page_get_info (f->page), "pain"));
  g_assert_true (at (f, "glute-bridge", PATELLA_PHASE_EXERCISE_DONE));
  g_assert_cmpint (patella_engine_get_state (engine (f)), ==, PATELLA_ENGINE_PAUSED);
  g_assert_true (press (f, GDK_KEY_2));
  g_assert_cmpstr (patella_session_page_get_info (f->page), ==, "instructions");
  g_assert_cmpint (patella_engine_get_state (engine (f)), ==, PATELLA_ENGINE_RUNNING);

  /* Wall squat: the rest after set 1 asks, 5 hurts too much: the advice
   * offers straight-leg raises, and Enter takes them. */
  RUN_UNTIL (f, g_str_equal (patella_session_page_get_info (f->page), "pain"));
  g_assert_true (at (f, "wall-squat", PATELLA_PHASE_REST));
  g_assert_true (press (f, GDK_KEY_5));
  g_assert_cmpstr (patella_session_page_get_info (f->page), ==, "advice");
  g_assert_cmpint (patella_engine_get_state (engine (f)), ==, PATELLA_ENGINE_PAUSED);
  g_assert_true (press (f, GDK_KEY_Return));
  g_assert_cmpstr (patella_session_page_get_info (f->page), ==, "instructions");
  g_assert_cmpstr (exercise_id (f), ==, "straight-leg-raise");
  g_assert_true (patella_engine_get_phase (engine (f))->substituted);
  g_assert_cmpint (patella_engine_get_state (engine (f)), ==, PATELLA_ENGINE_RUNNING);

  /* The swapped-in raises end; their question is skipped with N. */
  RUN_UNTIL (f, g_str_equal (patella_session_page_get_info (f->page), "pain"));
  g_assert_true (patella_engine_get_phase (engine (f))->substituted);
  g_assert_true (press (f, GDK_KEY_n));

  /* The planned raises: 1. */
  RUN_UNTIL (f, g_str_equal (patella_session_page_get_info (f->page), "pain"));
  g_assert_true (at (f, "straight-leg-raise", PATELLA_PHASE_EXERCISE_DONE));
  g_assert_false (patella_engine_get_phase (engine (f))->substituted);
  g_assert_true (press (f, GDK_KEY_1));
  /* A lone 1 waits a moment for a 0 that would make 10. */
  SPIN_UNTIL (g_str_equal (patella_session_page_get_info (f->page), "instructions"));

  /* Clamshell, until tired: Enter stops the left side after its first
   * rep; Left goes back a rep on the right side, which then runs out. */
  RUN_UNTIL (f, at (f, "clamshell", PATELLA_PHASE_UP) && patella_engine_get_rep (engine (f)) == 2);
  g_assert_cmpint (patella_engine_get_side (engine (f)), ==, PATELLA_SIDE_LEFT);
  g_assert_true (press (f, GDK_KEY_Return));
  g_assert_true (at (f, "clamshell", PATELLA_PHASE_SWITCH_SIDE));
  RUN_UNTIL (f, at (f, "clamshell", PATELLA_PHASE_UP) && patella_engine_get_rep (engine (f)) == 2);
  g_assert_true (press (f, GDK_KEY_Left));
  g_assert_cmpuint (patella_engine_get_rep (engine (f)), ==, 1);
  RUN_UNTIL (f, g_str_equal (patella_session_page_get_info (f->page), "pain"));
  g_assert_true (press (f, GDK_KEY_0));

  /* The summary: pain after 4, then Enter goes back to Today. */
  RUN_UNTIL (f, g_str_equal (patella_session_page_get_view (f->page), "summary"));
  g_assert_cmpstr (patella_session_page_get_phase_text (f->page), ==, "Done");
  g_assert_true (press (f, GDK_KEY_4));
  g_assert_true (press (f, GDK_KEY_Return));
  g_assert_false (patella_session_page_get_active (f->page));

  /* Everything is in the store. */
  session = patella_store_get_session (f->store, session_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (session->state, ==, PATELLA_SESSION_STATE_COMPLETED);
  g_assert_cmpint (session->pain_before, ==, 3);
  g_assert_cmpint (session->pain_after, ==, 4);

  sets = patella_store_list_sets (f->store, session_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sets->len; i++)
    {
      const PatellaStoreSet *s = &g_array_index (sets, PatellaStoreSet, i);
      g_test_message ("%s %d side %d sub %d reps %d/%d hold %d pain %d", s->exercise_id,
                      s->set_number, s->side, s->substituted, s->reps_done, s->reps_planned,
                      s->hold_s_done, s->pain_during);
    }
  /* bridge 2, squat 1, raises 1 swapped + 1 planned, clamshell left and right */
  g_assert_cmpuint (sets->len, ==, 7);

  set = test_find_set (sets, "glute-bridge", 1, FALSE);
  g_assert_nonnull (set);
  g_assert_cmpint (set->reps_done, ==, 2);
  g_assert_cmpint (set->pain_during, ==, 2);
  g_assert_nonnull (test_find_set (sets, "glute-bridge", 2, FALSE));

  set = test_find_set (sets, "wall-squat", 1, FALSE);
  g_assert_nonnull (set);
  g_assert_cmpint (set->reps_done, ==, 2);
  g_assert_cmpint (set->hold_s_done, ==, 2);
  g_assert_cmpint (set->pain_during, ==, 5);
  g_assert_null (test_find_set (sets, "wall-squat", 2, FALSE));

  /* The swap: the raises that replaced squat set 2 are numbered after
   * the planned raises, so neither overwrites the other. */
  set = test_find_set (sets, "straight-leg-raise", 2, TRUE);
  g_assert_nonnull (set);
  g_assert_cmpint (set->reps_done, ==, 2);
  g_assert_cmpint (set->side, ==, PATELLA_STORE_SIDE_RIGHT);
  set = test_find_set (sets, "straight-leg-raise", 1, FALSE);
  g_assert_nonnull (set);
  g_assert_cmpint (set->pain_during, ==, 1);

  /* Stopped early on the left; the right ran all three reps. */
  for (guint i = 0; i < sets->len; i++)
    {
      const PatellaStoreSet *s = &g_array_index (sets, PatellaStoreSet, i);

      if (!g_str_equal (s->exercise_id, "clamshell"))
        continue;
      g_assert_cmpint (s->reps_planned, ==, 3);
      g_assert_cmpint (s->reps_done, ==, s->side == PATELLA_STORE_SIDE_LEFT ? 1 : 3);
      g_assert_cmpint (s->pain_during, ==, 0);
    }

  /* Sounds went out all along. */
  g_assert_cmpuint (patella_recording_sink_get_played (f->sink)->len, >, 20);
}


static void
test_leave_keeps_finished_sets (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(PatellaStoreSession) session = NULL;
  g_autoptr(GArray) sets = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  gint64 session_id;

  start (f);
  g_assert_true (press (f, GDK_KEY_Right));   /* no pain score before */
  session_id = patella_session_run_get_session_id (patella_session_page_get_run (f->page));

  /* One glute bridge set done, the second under way. */
  RUN_UNTIL (f, at (f, "glute-bridge", PATELLA_PHASE_UP)
                && patella_engine_get_set (engine (f)) == 2);

  g_assert_true (press (f, GDK_KEY_Escape));
  dialog = find_dialog ("leave");
  g_assert_nonnull (dialog);
  g_assert_cmpint (patella_engine_get_state (engine (f)), ==, PATELLA_ENGINE_PAUSED);
  adw_message_dialog_response (dialog, "leave");
  SPIN_UNTIL (!patella_session_page_get_active (f->page));

  session = patella_store_get_session (f->store, session_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (session->state, ==, PATELLA_SESSION_STATE_ABANDONED);
  g_assert_cmpint (session->pain_before, ==, PATELLA_STORE_NO_PAIN);
  sets = patella_store_list_sets (f->store, session_id, &error);
  g_assert_no_error (error);
  /* The finished set, and the one under way with what it had. */
  g_assert_cmpuint (sets->len, ==, 2);
  g_assert_cmpint (test_find_set (sets, "glute-bridge", 1, FALSE)->reps_done, ==, 2);
  g_assert_cmpint (test_find_set (sets, "glute-bridge", 2, FALSE)->reps_done, ==, 0);
}

static void
left_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  int *answer = user_data;

  *answer = patella_session_page_leave_finish (PATELLA_SESSION_PAGE (source), result);
}

/* What closing the window and Ctrl+Q use: the question Escape asks. */
static void
test_leave_async_asks_first (Fixture       *f,
                             gconstpointer  data)
{
  AdwMessageDialog *dialog;
  int answer = -1;

  start (f);
  g_assert_true (press (f, GDK_KEY_Right));   /* no pain score before */
  RUN_UNTIL (f, at (f, "glute-bridge", PATELLA_PHASE_UP));

  patella_session_page_leave_async (f->page, NULL, left_cb, &answer);
  dialog = find_dialog ("leave");
  g_assert_nonnull (dialog);
  g_assert_cmpint (answer, ==, -1);
  g_assert_cmpint (patella_engine_get_state (engine (f)), ==, PATELLA_ENGINE_PAUSED);

  /* A second request while the question is open does not stack another. */
  {
    int again = -1;

    patella_session_page_leave_async (f->page, NULL, left_cb, &again);
    SPIN_UNTIL (again != -1);
    g_assert_cmpint (again, ==, FALSE);
  }

  adw_message_dialog_response (dialog, "stay");
  SPIN_UNTIL (answer != -1);
  g_assert_cmpint (answer, ==, FALSE);
  g_assert_true (patella_session_page_get_active (f->page));
  g_assert_cmpint (patella_engine_get_state (engine (f)), ==, PATELLA_ENGINE_RUNNING);
  /* A response given from code does not close the dialog as a click does. */
  gtk_window_destroy (GTK_WINDOW (dialog));

  answer = -1;
  patella_session_page_leave_async (f->page, NULL, left_cb, &answer);
  SPIN_UNTIL ((dialog = find_dialog ("leave")) != NULL);
  adw_message_dialog_response (dialog, "leave");
  SPIN_UNTIL (answer != -1);
  g_assert_cmpint (answer, ==, TRUE);
  g_assert_false (patella_session_page_get_active (f->page));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Nothing left to lose: no question. */
  answer = -1;
  patella_session_page_leave_async (f->page, NULL, left_cb, &answer);
  SPIN_UNTIL (answer != -1);
  g_assert_cmpint (answer, ==, TRUE);
  g_assert_null (find_dialog ("leave"));
}

static void
test_resume_interrupted (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GDateTime) started = g_date_time_new_from_unix_utc (WALL_T0 / G_USEC_PER_SEC - 3600);
  g_autoptr(GArray) sets = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaStoreSession) session = NULL;
  PatellaStoreSet done = { 0 };
  AdwMessageDialog *dialog;
  gint64 id;

  /* An earlier session that stopped after both bridge sets and one squat set. */
  id = patella_store_begin_session (f->store, started, 6, &error);
  g_assert_no_error (error);
  done.side = PATELLA_STORE_SIDE_BOTH;
  done.reps_planned = done.reps_done = 2;
  done.pain_during = PATELLA_STORE_NO_PAIN;
  done.started_us = WALL_T0 - G_GINT64_CONSTANT (3000) * G_USEC_PER_SEC;
  done.ended_us = done.started_us + G_GINT64_CONSTANT (10) * G_USEC_PER_SEC;
  for (int n = 1; n <= 2; n++)
    {
      done.exercise_id = "glute-bridge";
      done.set_number = n;
      g_assert_true (patella_store_add_set (f->store, id, &done, NULL, &error));
    }
  done.exercise_id = "wall-squat";
  done.set_number = 1;
  g_assert_true (patella_store_add_set (f->store, id, &done, NULL, &error));

  patella_session_page_start (f->page, f->items, G_N_ELEMENTS (f->items));
  SPIN_UNTIL ((dialog = find_dialog ("resume")) != NULL);
  adw_message_dialog_response (dialog, "resume");
  SPIN_UNTIL (patella_session_page_get_active (f->page));

  /* No pain question: it was asked when the session began. */
  g_assert_cmpstr (patella_session_page_get_view (f->page), ==, "run");
  g_assert_cmpint (patella_session_run_get_session_id (patella_session_page_get_run (f->page)),
                   ==, id);
  g_assert_cmpstr (exercise_id (f), ==, "wall-squat");
  g_assert_cmpuint (patella_engine_get_set (engine (f)), ==, 2);

  /* Leaving again keeps it, abandoned, with the three old sets. */
  g_assert_true (press (f, GDK_KEY_Escape));
  dialog = find_dialog ("leave");
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "leave");
  SPIN_UNTIL (!patella_session_page_get_active (f->page));
  session = patella_store_get_session (f->store, id, &error);
  g_assert_cmpint (session->state, ==, PATELLA_SESSION_STATE_ABANDONED);
  g_assert_cmpint (session->pain_before, ==, 6);
  sets = patella_store_list_sets (f->store, id, &error);
  g_assert_cmpuint (sets->len, >=, 3);
}

static void
test_end_interrupted_starts_fresh (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GDateTime) started = g_date_time_new_from_unix_utc (WALL_T0 / G_USEC_PER_SEC - 3600);
  g_autoptr(PatellaStoreSession) old = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  gint64 id;

  id = patella_store_begin_session (f->store, started, PATELLA_STORE_NO_PAIN, &error);
  g_assert_no_error (error);

  patella_session_page_start (f->page, f->items, G_N_ELEMENTS (f->items));
  SPIN_UNTIL ((dialog = find_dialog ("end")) != NULL);
  adw_message_dialog_response (dialog, "end");
  SPIN_UNTIL (patella_session_page_get_active (f->page));

  old = patella_store_get_session (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (old->state, ==, PATELLA_SESSION_STATE_ABANDONED);
  g_assert_cmpstr (patella_session_page_get_view (f->page), ==, "before");
  g_assert_true (press (f, GDK_KEY_Escape));
  g_assert_false (patella_session_page_get_active (f->page));
}


static GtkWidget *
find_by_class (GtkWidget  *widget,
               const char *css_class)
{
  if (gtk_widget_has_css_class (widget, css_class))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_class (child, css_class);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_self_paced_mute_fullscreen (Fixture       *f,
                                 gconstpointer  data)
{
  GtkWidget *controls, *header, *ring;

  g_settings_set_boolean (f->settings, "self-paced", TRUE);
  start (f);
  g_assert_true (press (f, GDK_KEY_Right));
  g_assert_true (patella_engine_get_self_paced (engine (f)));

  /* The movement waits for Space; the hold stays timed and ignores it. */
  RUN_UNTIL (f, at (f, "glute-bridge", PATELLA_PHASE_UP));
  g_assert_cmpint (patella_fake_clock_get_n_alarms (f->clock), ==, 0);
  g_assert_true (press (f, GDK_KEY_space));
  g_assert_true (at (f, "glute-bridge", PATELLA_PHASE_HOLD));
  g_assert_true (press (f, GDK_KEY_space));
  g_assert_true (at (f, "glute-bridge", PATELLA_PHASE_HOLD));
  g_assert_cmpint (patella_engine_get_state (engine (f)), ==, PATELLA_ENGINE_RUNNING);
  RUN_UNTIL (f, at (f, "glute-bridge", PATELLA_PHASE_DOWN));
  g_assert_true (press (f, GDK_KEY_space));
  g_assert_cmpuint (patella_engine_get_rep (engine (f)), ==, 2);

  /* M flips the sound setting; cues then stay silent. */
  g_assert_true (press (f, GDK_KEY_m));
  g_assert_false (g_settings_get_boolean (f->settings, "sound-enabled"));
  g_assert_false (patella_cue_player_get_enabled (patella_session_page_get_cue_player (f->page)));
  g_assert_true (press (f, GDK_KEY_m));
  g_assert_true (g_settings_get_boolean (f->settings, "sound-enabled"));

  /* F11: only the phase, counters and picture stay. */
  controls = find_by_class (GTK_WIDGET (f->page), "session-controls");
  header = find_by_type (GTK_WIDGET (f->page), ADW_TYPE_HEADER_BAR);
  ring = find_by_type (GTK_WIDGET (f->page), PATELLA_TYPE_PHASE_RING);
  g_assert_true (gtk_widget_get_mapped (controls));
  g_assert_true (press (f, GDK_KEY_F11));
  g_assert_true (patella_session_page_get_fullscreen (f->page));
  g_assert_false (gtk_widget_get_mapped (controls));
  g_assert_false (gtk_widget_get_mapped (header));
  g_assert_true (gtk_widget_get_mapped (ring));
  g_assert_true (press (f, GDK_KEY_F11));
  g_assert_false (patella_session_page_get_fullscreen (f->page));
  g_assert_true (gtk_widget_get_mapped (controls));
  g_assert_true (gtk_widget_get_mapped (header));
}

/* The frame clock drives the ring only while it is on screen and the
 * phase runs against the clock. */
static void
test_animation_only_while_visible (Fixture       *f,
                                   gconstpointer  data)
{
  PatellaPhaseRing *ring = PATELLA_PHASE_RING (find_by_type (GTK_WIDGET (f->page),
                                                             PATELLA_TYPE_PHASE_RING));

  g_assert_nonnull (ring);
  start (f);
  g_assert_false (patella_phase_ring_is_animating (ring));
  g_assert_true (press (f, GDK_KEY_Right));
  g_assert_true (patella_phase_ring_is_animating (ring));

  g_assert_true (press (f, GDK_KEY_space));
  g_assert_false (patella_phase_ring_is_animating (ring));
  g_assert_true (press (f, GDK_KEY_space));
  g_assert_true (patella_phase_ring_is_animating (ring));

  gtk_widget_set_visible (GTK_WIDGET (f->window), FALSE);
  spin_idle ();
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (ring)));
  g_assert_false (patella_phase_ring_is_animating (ring));

  gtk_window_present (f->window);
  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (ring)));
  g_assert_true (patella_phase_ring_is_animating (ring));
}

/* A single set of wall squats: P during it reports the pain at once, and
 * the swap ends the set where it is and runs the raises in its place. */
static void
test_report_pain_mid_set (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GArray) sets = NULL;
  g_autoptr(GError) error = NULL;
  const PatellaStoreSet *set;
  gint64 session_id;
  int min_width = 0;

  f->doses[1].sets = 1;
  start (f);
  g_assert_true (press (f, GDK_KEY_Right));
  session_id = patella_session_run_get_session_id (patella_session_page_get_run (f->page));

  /* Through the bridges, answering nothing. */
  while (!at (f, "wall-squat", PATELLA_PHASE_HOLD))
    {
      if (g_str_equal (patella_session_page_get_info (f->page), "pain"))
        g_assert_true (press (f, GDK_KEY_n));
      else
        g_assert_true (patella_fake_clock_run_next (f->clock));
      spin_idle ();
    }
  RUN_UNTIL (f, at (f, "wall-squat", PATELLA_PHASE_UP)
                && patella_engine_get_rep (engine (f)) == 2);

  g_assert_true (press (f, GDK_KEY_p));
  g_assert_cmpstr (patella_session_page_get_info (f->page), ==, "pain");
  g_assert_cmpint (patella_engine_get_state (engine (f)), ==, PATELLA_ENGINE_PAUSED);
  /* The set has no row yet: the score waits for it, and nothing may tell
   * the user it was lost. Any other message than the swap's fails here. */
  g_test_expect_message (NULL, G_LOG_LEVEL_MESSAGE, "Straight-leg raises replace*");
  g_assert_true (press (f, GDK_KEY_7));
  g_assert_cmpstr (patella_session_page_get_info (f->page), ==, "advice");
  /* Its two long buttons still fit a phone-sized window. */
  gtk_widget_measure (GTK_WIDGET (f->page), GTK_ORIENTATION_HORIZONTAL, -1,
                      &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 360);
  g_assert_true (press (f, GDK_KEY_KP_Enter));
  g_test_assert_expected_messages ();
  g_assert_cmpstr (exercise_id (f), ==, "straight-leg-raise");
  g_assert_true (patella_engine_get_phase (engine (f))->substituted);
  RUN_UNTIL (f, at (f, "straight-leg-raise", PATELLA_PHASE_UP));

  g_assert_true (press (f, GDK_KEY_Escape));
  adw_message_dialog_response (find_dialog ("leave"), "leave");
  SPIN_UNTIL (!patella_session_page_get_active (f->page));

  sets = patella_store_list_sets (f->store, session_id, &error);
  g_assert_no_error (error);
  set = test_find_set (sets, "wall-squat", 1, FALSE);
  g_assert_nonnull (set);
  g_assert_cmpint (set->reps_done, ==, 1);
  g_assert_cmpint (set->reps_planned, ==, 2);
  g_assert_cmpint (set->pain_during, ==, 7);
  /* The raises' set was under way when the session was left: kept, with
   * nothing done yet, numbered after the plan's own raises. */
  set = test_find_set (sets, "straight-leg-raise", 2, TRUE);
  g_assert_nonnull (set);
  g_assert_cmpint (set->reps_done, ==, 0);
}

/* No sound device: one log line, and the session still runs to its summary
 * with every set stored. */
static void
test_failing_sound_keeps_going (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GArray) sets = NULL;
  g_autoptr(GError) error = NULL;
  gint64 session_id;

  patella_recording_sink_set_failing (f->sink, TRUE);
  g_test_expect_message (NULL, G_LOG_LEVEL_MESSAGE, "Session sounds are off: *");
  start (f);
  g_test_assert_expected_messages ();

  g_assert_true (press (f, GDK_KEY_Right));
  session_id = patella_session_run_get_session_id (patella_session_page_get_run (f->page));
  /* Every question skipped with N, and time runs out everywhere else. */
  run_to_summary (f);
  g_assert_true (press (f, GDK_KEY_Return));

  sets = patella_store_list_sets (f->store, session_id, &error);
  g_assert_no_error (error);
  /* bridge 2, squat 2, raise 1 (right leg), clamshell left and right */
  g_assert_cmpuint (sets->len, ==, 7);
  /* After the failure at preparation, the sink was not asked again. */
  g_assert_cmpuint (patella_recording_sink_get_played (f->sink)->len, ==, 0);
}

/* Every cue lights the phase word briefly, unless the desktop turned
 * animations off: then nothing blinks. */
static void
test_visual_twin (Fixture       *f,
                  gconstpointer  data)
{
  PatellaPhaseWord *word = PATELLA_PHASE_WORD (find_by_type (GTK_WIDGET (f->page),
                                                             PATELLA_TYPE_PHASE_WORD));
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (f->page));

  start (f);
  g_assert_true (press (f, GDK_KEY_Right));
  g_assert_true (patella_phase_word_is_flashing (word));
  SPIN_UNTIL (!patella_phase_word_is_flashing (word));

  g_object_set (settings, "gtk-enable-animations", FALSE, NULL);
  g_assert_true (patella_fake_clock_run_next (f->clock));
  spin_idle ();
  g_assert_false (patella_phase_word_is_flashing (word));
  g_object_set (settings, "gtk-enable-animations", TRUE, NULL);
}

static GtkShortcut *
find_shortcut (GtkWidget *widget,
               guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (test_trigger_matches (gtk_shortcut_get_trigger (shortcut), keyval, 0))
            return g_steal_pointer (&shortcut);
        }
    }

  return NULL;
}

static void
count_cb (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  (*(guint *) user_data)++;
}

/* Today's plan: every core exercise with its dose, the timeline's exact
 * length, and Enter (or the button) asks the window to start. */
static void
test_plan_card (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SETTINGS_SCHEMA_ID);
  g_autoptr(GArray) items = patella_plan_get_today_items ();
  g_autoptr(PatellaTimeline) timeline = NULL;
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) start_action = g_simple_action_new ("start-session", NULL);
  g_autoptr(GtkShortcut) enter = NULL;
  g_autofree char *exact = NULL;
  PatellaTimelineOptions options = { .affected_side = PATELLA_SIDE_LEFT };
  PatellaPlanCard *card;
  GtkWindow *window;
  guint started = 0;

  g_settings_set_enum (settings, "affected-side", PATELLA_SIDE_LEFT);
  window = GTK_WINDOW (gtk_window_new ());
  card = PATELLA_PLAN_CARD (patella_plan_card_new ());
  patella_plan_card_set_settings (card, settings);
  gtk_window_set_child (window, GTK_WIDGET (card));
  g_signal_connect (start_action, "activate", G_CALLBACK (count_cb), &started);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (start_action));
  gtk_widget_insert_action_group (GTK_WIDGET (window), "win", G_ACTION_GROUP (group));
  gtk_window_present (window);
  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (card)));

  timeline = patella_timeline_new ((PatellaTimelineItem *) items->data, items->len, &options, NULL);
  g_assert_nonnull (timeline);
  g_assert_cmpuint (patella_plan_card_get_n_exercises (card), ==, 6);
  g_assert_cmpint (patella_plan_card_get_duration_usec (card), ==,
                   patella_timeline_get_duration_usec (timeline));
  exact = patella_format_duration (patella_timeline_get_duration_usec (timeline));
  g_assert_true (g_str_has_prefix (patella_plan_card_get_duration_text (card), exact));

  /* Both knees: the one-leg raises run on each side, and take longer. */
  g_settings_set_enum (settings, "affected-side", PATELLA_SIDE_BOTH);
  g_assert_cmpint (patella_plan_card_get_duration_usec (card), >,
                   patella_timeline_get_duration_usec (timeline));

  enter = find_shortcut (GTK_WIDGET (card), GDK_KEY_Return);
  g_assert_nonnull (enter);
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (enter), 0,
                                               GTK_WIDGET (card), NULL));
  g_assert_cmpuint (started, ==, 1);

  g_settings_reset (settings, "affected-side");
  gtk_window_destroy (window);
  spin_idle ();
}

static void
test_plan_texts (void)
{
  PatellaExercise *squat = test_lookup ("wall-squat");
  PatellaExercise *clam = test_lookup ("clamshell");
  PatellaExercise *slr = test_lookup ("straight-leg-raise");
  g_autofree char *a = patella_plan_describe_dose (squat, NULL, PATELLA_SIDE_RIGHT);
  g_autofree char *b = patella_plan_describe_dose (clam, NULL, PATELLA_SIDE_RIGHT);
  g_autofree char *c = patella_plan_describe_dose (slr, NULL, PATELLA_SIDE_LEFT);
  g_autofree char *d = patella_format_duration (820 * G_USEC_PER_SEC);
  g_autofree char *e = patella_format_duration (45 * G_USEC_PER_SEC);
  g_autofree char *g = patella_format_duration (14 * 60 * G_USEC_PER_SEC);

  g_assert_cmpstr (a, ==, "1 × 10 reps, 5 s hold");
  g_assert_cmpstr (b, ==, "1 × up to 20 reps, until tired, each side");
  g_assert_cmpstr (c, ==, "3 × 10 reps, 2 s hold, left leg");
  g_assert_cmpstr (d, ==, "13 min 40 s");
  g_assert_cmpstr (e, ==, "45 s");
  g_assert_cmpstr (g, ==, "14 min");
}

/* Answers @dialog as its button would, which also closes it. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin_idle ();
}

/* The leave dialog's Stay gives the engine back only when nothing else
 * holds it: under a pain question the session keeps waiting. */
static void
test_stay_keeps_question_waiting (Fixture       *f,
                                  gconstpointer  data)
{
  start (f);
  g_assert_true (press (f, GDK_KEY_Right));

  /* Mid-exercise: the dialog pauses, Stay resumes. */
  RUN_UNTIL (f, at (f, "glute-bridge", PATELLA_PHASE_UP));
  g_assert_true (press (f, GDK_KEY_Escape));
  g_assert_cmpint (patella_engine_get_state (engine (f)), ==, PATELLA_ENGINE_PAUSED);
  respond (find_dialog ("stay"), "stay");
  SPIN_UNTIL (patella_engine_get_state (engine (f)) == PATELLA_ENGINE_RUNNING);
  g_assert_true (patella_session_page_get_active (f->page));

  /* Under the question after the exercise: Stay leaves it waiting. */
  RUN_UNTIL (f, g_str_equal (patella_session_page_get_info (f->page), "pain"));
  g_assert_cmpint (patella_engine_get_state (engine (f)), ==, PATELLA_ENGINE_PAUSED);
  g_assert_true (press (f, GDK_KEY_Escape));
  respond (find_dialog ("stay"), "stay");
  g_assert_cmpstr (patella_session_page_get_info (f->page), ==, "pain");
  g_assert_cmpint (patella_engine_get_state (engine (f)), ==, PATELLA_ENGINE_PAUSED);
  g_assert_cmpuint (patella_fake_clock_get_n_alarms (f->clock), ==, 0);

  /* The answer lets it go on. */
  g_assert_true (press (f, GDK_KEY_2));
  g_assert_cmpstr (patella_session_page_get_info (f->page), ==, "instructions");
  g_assert_cmpint (patella_engine_get_state (engine (f)), ==, PATELLA_ENGINE_RUNNING);

  /* Under the wall squat advice too. */
  RUN_UNTIL (f, g_str_equal (patella_session_page_get_info (f->page), "pain"));
  g_assert_true (at (f, "wall-squat", PATELLA_PHASE_REST));
  g_assert_true (press (f, GDK_KEY_6));
  g_assert_cmpstr (patella_session_page_get_info (f->page), ==, "advice");
  g_assert_true (press (f, GDK_KEY_Escape));
  respond (find_dialog ("stay"), "stay");
  g_assert_cmpstr (patella_session_page_get_info (f->page), ==, "advice");
  g_assert_cmpint (patella_engine_get_state (engine (f)), ==, PATELLA_ENGINE_PAUSED);
}

/* P on the pain-before screen means nothing: no question hides behind it
 * and shows up once the session runs. */
static void
test_report_before_first_set (Fixture       *f,
                              gconstpointer  data)
{
  start (f);
  press (f, GDK_KEY_p);
  g_assert_cmpstr (patella_session_page_get_view (f->page), ==, "before");
  g_assert_true (press (f, GDK_KEY_Right));
  g_assert_cmpstr (patella_session_page_get_view (f->page), ==, "run");
  g_assert_cmpstr (patella_session_page_get_info (f->page), ==, "instructions");
  g_assert_cmpint (patella_engine_get_state (engine (f)), ==, PATELLA_ENGINE_RUNNING);
}

/* Leaving in full screen gives the window and the page their chrome back. */
static void
test_leave_from_fullscreen (Fixture       *f,
                            gconstpointer  data)
{
  GtkWidget *header = find_by_type (GTK_WIDGET (f->page), ADW_TYPE_HEADER_BAR);

  start (f);
  g_assert_true (press (f, GDK_KEY_Right));
  g_assert_true (press (f, GDK_KEY_F11));
  g_assert_false (gtk_widget_get_mapped (header));
  g_assert_true (press (f, GDK_KEY_Escape));
  adw_message_dialog_response (find_dialog ("leave"), "leave");
  SPIN_UNTIL (!patella_session_page_get_active (f->page));
  g_assert_false (patella_session_page_get_fullscreen (f->page));

  start (f);
  g_assert_true (gtk_widget_get_mapped (header));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  /* The test command provides a display (xvfb-run): without one, fail
   * instead of passing with nothing tested. */
  if (!gtk_init_check ())
    g_error ("No display: run the tests with build-aux/dev test, which provides one");
  adw_init ();

#define ADD(name, func) \
  g_test_add ("/session-page/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("whole-session-by-keyboard", test_whole_session_by_keyboard);
  ADD ("leave-keeps-finished-sets", test_leave_keeps_finished_sets);
  ADD ("leave-async-asks-first", test_leave_async_asks_first);
  ADD ("resume-interrupted", test_resume_interrupted);
  ADD ("end-interrupted-starts-fresh", test_end_interrupted_starts_fresh);
  ADD ("self-paced-mute-fullscreen", test_self_paced_mute_fullscreen);
  ADD ("animation-only-while-visible", test_animation_only_while_visible);
  ADD ("report-pain-mid-set", test_report_pain_mid_set);
  ADD ("failing-sound-keeps-going", test_failing_sound_keeps_going);
  ADD ("visual-twin", test_visual_twin);
  ADD ("stay-keeps-question-waiting", test_stay_keeps_question_waiting);
  ADD ("report-before-first-set", test_report_before_first_set);
  ADD ("leave-from-fullscreen", test_leave_from_fullscreen);
#undef ADD
  g_test_add_func ("/plan-card/exact-duration-and-enter", test_plan_card);
  g_test_add_func ("/plan/texts", test_plan_texts);

  return g_test_run ();
}
