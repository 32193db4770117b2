/* test-today-program.c: Today with a program: week, rest day, unfinished, done, and a proposal accepted
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-day-plan.h"
#include "patella-how-to-window.h"
#include "patella-plan-card.h"
#include "patella-proposal-card.h"
#include "patella-store-private.h"
#include "patella-today-page.h"
#include "program-test-util.h"

typedef struct
{
  char             *dir;
  PatellaStore     *store;
  PatellaFakeClock *clock;
  PatellaToday     *today;
  GtkWindow        *window;
  PatellaTodayPage *page;
  PatellaPlanCard  *card;
  PatellaProposalCard *proposals;
} Fixture;

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_type (child, type)) != NULL)
        return found;
    }

  return NULL;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay = adw_toast_overlay_new ();

  f->dir = test_make_tmp_dir ();
  path = g_build_filename (f->dir, "patella.db", NULL);
  f->store = patella_store_open (path, &error);
  g_assert_no_error (error);
  f->clock = test_clock_at_day ("2026-03-04");
  f->today = patella_today_new (PATELLA_CLOCK (f->clock));

  f->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (f->window, 800, 900);
  f->page = g_object_new (PATELLA_TYPE_TODAY_PAGE, "store", f->store, "today", f->today, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->page));
  adw_window_set_content (ADW_WINDOW (f->window), overlay);
  f->card = PATELLA_PLAN_CARD (find_type (GTK_WIDGET (f->page), PATELLA_TYPE_PLAN_CARD));
  f->proposals = PATELLA_PROPOSAL_CARD (find_type (GTK_WIDGET (f->page),
                                                   PATELLA_TYPE_PROPOSAL_CARD));
  gtk_window_present (f->window);
  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (f->window)));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  spin_idle ();
  g_assert_finalize_object (f->store);
  g_assert_finalize_object (f->today);
  g_clear_object (&f->clock);
  test_rm_rf (f->dir);
  g_free (f->dir);
}

static gint64
start_program (Fixture         *f,
               const char      *day,
               PatellaWeekdays  days)
{
  g_autoptr(GArray) items = patella_day_plan_default_items ();
  g_autoptr(GDateTime) now = patella_today_dup_now (f->today);
  g_autoptr(GError) error = NULL;
  PatellaProgram program;
  gint64 id;

  patella_program_init (&program, day);
  program.training_days = days;
  id = patella_store_start_program (f->store, &program, PATELLA_STORE_NO_REMINDER,
                                    (const PatellaStorePlanItem *) items->data, items->len,
                                    now, &error);
  g_assert_no_error (error);

  return id;
}

/* A session on @day at 09:00 UTC with one clamshell set; ended as
 * @state unless still in progress. */
static gint64
add_session (Fixture             *f,
             const char          *day,
             int                  pain_during,
             PatellaSessionState  state)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GError) error = NULL;
  PatellaStoreSet set = { 0 };
  static int n_sessions = 0;   /* each session its own start instant */
  int y, m, d;
  gint64 us;
  gint64 id;

  g_assert_cmpint (sscanf (day, "%d-%d-%d", &y, &m, &d), ==, 3);
  start = g_date_time_new_utc (y, m, d, 9, n_sessions++ % 60, 0);
  us = patella_store_usec (start);
  id = patella_store_begin_session (f->store, start, PATELLA_STORE_NO_PAIN, &error);
  g_assert_no_error (error);
  set.exercise_id = "clamshell";
  set.side = PATELLA_STORE_SIDE_LEFT;
  set.set_number = 1;
  set.reps_planned = set.reps_done = 10;
  set.pain_during = pain_during;
  set.started_us = us;
  set.ended_us = us + 60 * G_USEC_PER_SEC;
  g_assert_true (patella_store_add_set (f->store, id, &set, NULL, &error));
  if (state != PATELLA_SESSION_STATE_IN_PROGRESS)
    g_assert_true (patella_store_end_session (f->store, id, state, us + 600 * G_USEC_PER_SEC,
                                              PATELLA_STORE_NO_PAIN, &error));
  g_assert_no_error (error);

  return id;
}

static gboolean
card_says (Fixture    *f,
           const char *text)
{
  g_autofree char *all = patella_plan_card_get_title_text (f->card);

  if (strstr (all, text) == NULL)
    g_test_message ("card: %s", all);
  return strstr (all, text) != NULL;
}

static void
test_states (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(PatellaStoreSession) discarded = NULL;
  GtkWidget *discard;
  gint64 unfinished;

  /* No program: the fixed plan (the five exercises and the heel raise's
   * stretch), every day. */
  g_assert_cmpint (patella_plan_card_get_state (f->card), ==, PATELLA_PLAN_CARD_TRAINING_DAY);
  g_assert_true (card_says (f, "Today’s Session"));
  g_assert_cmpuint (patella_plan_card_get_n_exercises (f->card), ==, 6);

  /* Mondays and Thursdays from Monday 2 March; today is Wednesday. */
  start_program (f, "2026-03-02", PATELLA_WEEKDAY_MONDAY | PATELLA_WEEKDAY_THURSDAY);
  g_assert_cmpint (patella_plan_card_get_state (f->card), ==, PATELLA_PLAN_CARD_REST_DAY);
  g_assert_true (card_says (f, "Rest Day"));
  g_assert_true (card_says (f, "Next session: Thursday 5 March"));
  g_assert_true (card_says (f, "Week 1 of 6 · 0 of 2 sessions done this week"));

  /* Thursday: a training day, from the day object, not the real clock. */
  test_clock_set_day (f->clock, f->today, "2026-03-05");
  g_assert_cmpint (patella_plan_card_get_state (f->card), ==, PATELLA_PLAN_CARD_TRAINING_DAY);
  g_assert_true (card_says (f, "Today’s Session"));

  /* An interrupted session is on the card; Discard ends it. */
  unfinished = add_session (f, "2026-03-05", 2, PATELLA_SESSION_STATE_IN_PROGRESS);
  g_assert_cmpint (patella_plan_card_get_state (f->card), ==, PATELLA_PLAN_CARD_UNFINISHED);
  discard = test_find_visible (GTK_WIDGET (f->card), GTK_TYPE_BUTTON, "_Discard");
  g_assert_nonnull (discard);
  g_assert_true (gtk_widget_activate (discard));
  SPIN_UNTIL (patella_plan_card_get_state (f->card) == PATELLA_PLAN_CARD_TRAINING_DAY);
  discarded = patella_store_get_session (f->store, unfinished, NULL);
  g_assert_cmpint (discarded->state, ==, PATELLA_SESSION_STATE_ABANDONED);
  g_assert_true (card_says (f, "0 of 2 sessions"));

  /* Finished: done for the day, with what was done. */
  add_session (f, "2026-03-05", 2, PATELLA_SESSION_STATE_COMPLETED);
  g_assert_cmpint (patella_plan_card_get_state (f->card), ==, PATELLA_PLAN_CARD_DONE);
  g_assert_true (card_says (f, "Done for Today"));
  g_assert_true (card_says (f, "Completed: 1 exercise, 1 set"));
  g_assert_true (card_says (f, "1 of 2 sessions done this week"));

  /* The next day is a new day. */
  test_clock_set_day (f->clock, f->today, "2026-03-06");
  g_assert_cmpint (patella_plan_card_get_state (f->card), ==, PATELLA_PLAN_CARD_REST_DAY);
}

static void
count_cb (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  (*(guint *) user_data)++;
}

/* Enter as the keyboard delivers it: to the page's capture-phase key
 * controllers first. */
static gboolean
press_enter (Fixture *f)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->page));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (GTK_IS_EVENT_CONTROLLER_KEY (c)
          && gtk_event_controller_get_propagation_phase (c) == GTK_PHASE_CAPTURE)
        {
          g_signal_emit_by_name (c, "key-pressed", GDK_KEY_Return, 0, 0, &handled);
          if (handled)
            return TRUE;
        }
    }

  return FALSE;
}

static PatellaHowToWindow *
find_how_to (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (PATELLA_IS_HOW_TO_WINDOW (w))
        return PATELLA_HOW_TO_WINDOW (w);
    }

  return NULL;
}

/* Enter starts (or resumes) from anywhere on Today that has no Enter of
 * its own; an exercise row opens its How-to sheet instead. */
static void
test_enter_and_how_to (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) start = g_simple_action_new ("start-session", NULL);
  g_autoptr(GSimpleAction) resume = g_simple_action_new ("resume-session", NULL);
  PatellaHowToWindow *how_to;
  GtkWidget *row;
  GtkWidget *unfinished;
  guint started = 0;
  guint resumed = 0;

  g_signal_connect (start, "activate", G_CALLBACK (count_cb), &started);
  g_signal_connect (resume, "activate", G_CALLBACK (count_cb), &resumed);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (start));
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (resume));
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "win", G_ACTION_GROUP (group));
  g_assert_cmpint (patella_plan_card_get_state (f->card), ==, PATELLA_PLAN_CARD_TRAINING_DAY);

  /* An exercise row is a control of its own: Enter opens its How-to. */
  row = test_find_visible (GTK_WIDGET (f->card), ADW_TYPE_ACTION_ROW, "Clamshell");
  g_assert_nonnull (row);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_assert_true (gtk_widget_grab_focus (row));
  g_assert_false (press_enter (f));
  g_assert_cmpuint (started, ==, 0);
  g_signal_emit_by_name (row, "activate");
  SPIN_UNTIL ((how_to = find_how_to ()) != NULL);
  g_assert_cmpstr (patella_exercise_get_id (patella_how_to_window_get_exercise (how_to)), ==,
                   "clamshell");
  gtk_window_destroy (GTK_WINDOW (how_to));
  spin_idle ();

  /* The Start button takes Enter itself. */
  g_assert_true (gtk_widget_grab_focus (test_find_visible (GTK_WIDGET (f->card),
                                                           GTK_TYPE_BUTTON, "_Start")));
  g_assert_false (press_enter (f));

  /* A row with nothing to open: Enter resumes the unfinished session. */
  add_session (f, patella_today_get_day (f->today), 2, PATELLA_SESSION_STATE_IN_PROGRESS);
  g_assert_cmpint (patella_plan_card_get_state (f->card), ==, PATELLA_PLAN_CARD_UNFINISHED);
  unfinished = test_find_visible (GTK_WIDGET (f->card), ADW_TYPE_ACTION_ROW,
                                  "Unfinished Session");
  g_assert_nonnull (unfinished);
  g_assert_true (gtk_widget_grab_focus (unfinished));
  g_assert_true (press_enter (f));
  g_assert_cmpuint (resumed, ==, 1);
  g_assert_cmpuint (started, ==, 0);
}

static gint64
plan_duration (Fixture *f)
{
  g_autoptr(PatellaDayPlan) plan = NULL;
  g_autoptr(PatellaTimeline) timeline = NULL;
  g_autoptr(GError) error = NULL;

  plan = patella_day_plan_load (f->store, patella_today_get_day (f->today), &error);
  g_assert_no_error (error);
  timeline = patella_timeline_new ((const PatellaTimelineItem *) plan->items->data,
                                   plan->items->len, NULL, &error);
  g_assert_no_error (error);

  return patella_timeline_get_duration_usec (timeline);
}

/* A well-tolerated week of clamshells: a proposal on Today, offered and
 * not applied; accepted, it lengthens the next session's timeline. */
static void
test_proposal_accepted (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GArray) changes = NULL;
  g_autoptr(GArray) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  GtkWidget *accept;
  gint64 before;
  gint64 id;
  int reps;

  id = start_program (f, "2026-03-02", PATELLA_WEEKDAYS_ALL);
  plan = patella_store_list_plan (f->store, id, &error);
  reps = g_array_index (plan, PatellaStorePlanItem, 0).dose.reps;
  g_assert_cmpstr (g_array_index (plan, PatellaStorePlanItem, 0).exercise_id, ==, "clamshell");

  for (int d = 2; d <= 9; d++)
    {
      g_autofree char *day = g_strdup_printf ("2026-03-%02d", d);
      g_autoptr(PatellaPainEntry) entry = patella_pain_entry_new (day, 2, 2);

      test_clock_set_day (f->clock, f->today, day);
      now = patella_today_dup_now (f->today);
      g_assert_true (patella_store_save_pain (f->store, entry, now, &error));
      g_assert_no_error (error);
      g_clear_pointer (&now, g_date_time_unref);
      if (d <= 8)
        add_session (f, day, 2, PATELLA_SESSION_STATE_COMPLETED);
    }

  /* Week 1 has no review; Monday 9 March, week 2, has one. */
  g_assert_cmpstr (patella_today_get_day (f->today), ==, "2026-03-09");
  g_assert_cmpuint (patella_proposal_card_get_n_proposals (f->proposals), ==, 1);
  before = plan_duration (f);

  accept = test_find_visible (GTK_WIDGET (f->proposals), GTK_TYPE_BUTTON, "_Accept");
  g_assert_nonnull (accept);
  g_assert_true (gtk_widget_activate (accept));
  SPIN_UNTIL (patella_proposal_card_get_n_proposals (f->proposals) == 0);

  g_clear_pointer (&plan, g_array_unref);
  plan = patella_store_list_plan (f->store, id, &error);
  g_assert_cmpint (g_array_index (plan, PatellaStorePlanItem, 0).dose.reps, ==, reps + 5);
  changes = patella_store_list_dose_changes (f->store, id, "clamshell", &error);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpint (g_array_index (changes, PatellaStoreDoseChange, 1).reason, ==,
                   PATELLA_DOSE_REASON_PROPOSAL_ACCEPTED);
  g_assert_cmpstr (g_array_index (changes, PatellaStoreDoseChange, 1).day, ==, "2026-03-09");
  g_assert_cmpint (plan_duration (f), >, before);
  g_assert_cmpint (patella_plan_card_get_duration_usec (f->card), ==, plan_duration (f));

  /* Answered for this week: not offered again until the next. */
  test_clock_set_day (f->clock, f->today, "2026-03-10");
  g_assert_cmpuint (patella_proposal_card_get_n_proposals (f->proposals), ==, 0);
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

  g_test_add ("/today-program/enter-and-how-to", Fixture, NULL, fixture_set_up,
              test_enter_and_how_to, fixture_tear_down);
  g_test_add ("/today-program/states", Fixture, NULL, fixture_set_up, test_states,
              fixture_tear_down);
  g_test_add ("/today-program/proposal-accepted", Fixture, NULL, fixture_set_up,
              test_proposal_accepted, fixture_tear_down);

  return g_test_run ();
}
