/* test-session-run.c: a session's run without a display: resume, swap, set numbers
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The run is driven on a fake clock against a store in a temporary
 * folder, as the session page drives it, but with no widget in between.
 */
#include "config.h"

#include "patella-plan.h"
#include "session-run-fixture.h"

/* Resume point */

typedef struct
{
  const char       *exercise_id;   /* NULL ends the list */
  int               set_number;
  PatellaStoreSide  side;
  gboolean          substituted;
  int               ended_s;       /* seconds after the session began */
} StoredSet;

typedef struct
{
  const char  *name;
  StoredSet    sets[8];
  gboolean     found;
  guint        item;
  guint        set;
  PatellaSide  side;
} ResumeCase;

#define BOTH PATELLA_STORE_SIDE_BOTH
#define SLEFT PATELLA_STORE_SIDE_LEFT
#define SRIGHT PATELLA_STORE_SIDE_RIGHT

static const ResumeCase resume_cases[] = {
  { "nothing-done", { { NULL } }, TRUE, 0, 1, PATELLA_SIDE_BOTH },
  { "first-set-done", { { "glute-bridge", 1, BOTH, FALSE, 10 }, { NULL } },
    TRUE, 0, 2, PATELLA_SIDE_BOTH },
  { "next-exercise",
    { { "glute-bridge", 1, BOTH, FALSE, 10 }, { "glute-bridge", 2, BOTH, FALSE, 20 }, { NULL } },
    TRUE, 1, 1, PATELLA_SIDE_BOTH },
  { "mid-squats",
    { { "glute-bridge", 1, BOTH, FALSE, 10 }, { "glute-bridge", 2, BOTH, FALSE, 20 },
      { "wall-squat", 1, BOTH, FALSE, 30 }, { NULL } },
    TRUE, 1, 2, PATELLA_SIDE_BOTH },
  /* A set skipped on the way does not pull the session back to it. */
  { "after-the-furthest", { { "wall-squat", 1, BOTH, FALSE, 30 }, { NULL } },
    TRUE, 1, 2, PATELLA_SIDE_BOTH },
  /* Sets on the other knee than the plan's: not the plan's, ignored. */
  { "other-side-ignored", { { "straight-leg-raise", 1, SLEFT, FALSE, 10 }, { NULL } },
    TRUE, 0, 1, PATELLA_SIDE_BOTH },
  { "affected-side-only",
    { { "wall-squat", 2, BOTH, FALSE, 30 }, { "straight-leg-raise", 1, SRIGHT, FALSE, 40 },
      { NULL } },
    TRUE, 3, 1, PATELLA_SIDE_LEFT },
  { "second-side",
    { { "straight-leg-raise", 1, SRIGHT, FALSE, 40 }, { "clamshell", 1, SLEFT, FALSE, 50 },
      { NULL } },
    TRUE, 3, 1, PATELLA_SIDE_RIGHT },
  /* Raises swapped in after the last squat set: the squats are over. */
  { "after-a-swap",
    { { "glute-bridge", 2, BOTH, FALSE, 20 }, { "wall-squat", 1, BOTH, FALSE, 30 },
      { "straight-leg-raise", 2, SRIGHT, TRUE, 40 }, { NULL } },
    TRUE, 2, 1, PATELLA_SIDE_RIGHT },
  /* A swap older than the furthest planned set changes nothing. */
  { "old-swap",
    { { "straight-leg-raise", 2, SRIGHT, TRUE, 5 }, { "glute-bridge", 1, BOTH, FALSE, 20 },
      { NULL } },
    TRUE, 0, 2, PATELLA_SIDE_BOTH },
  /* Only swapped-in sets: nothing planned is done, start from the top. */
  { "swap-only", { { "straight-leg-raise", 2, SRIGHT, TRUE, 40 }, { NULL } },
    TRUE, 0, 1, PATELLA_SIDE_BOTH },
  { "all-done",
    { { "clamshell", 1, SRIGHT, FALSE, 60 }, { NULL } },
    FALSE, 0, 0, PATELLA_SIDE_BOTH },
  /* The squats swapped away at their last set, and every later set done. */
  { "swap-then-all-done",
    { { "wall-squat", 2, BOTH, FALSE, 30 }, { "straight-leg-raise", 1, SRIGHT, FALSE, 40 },
      { "clamshell", 1, SLEFT, FALSE, 50 }, { "clamshell", 1, SRIGHT, FALSE, 60 },
      { "straight-leg-raise", 2, SRIGHT, TRUE, 70 }, { NULL } },
    FALSE, 0, 0, PATELLA_SIDE_BOTH },
};

static void
test_resume_point (Fixture       *f,
                   gconstpointer  data)
{
  for (guint c = 0; c < G_N_ELEMENTS (resume_cases); c++)
    {
      const ResumeCase *rc = &resume_cases[c];
      /* Each case its own session: the store keeps one per start time. */
      g_autoptr(GDateTime) started = g_date_time_new_from_unix_utc (WALL_T0 / SEC - 36000
                                                                    + 600 * (gint64) c);
      g_autoptr(GError) error = NULL;
      PatellaTimelineOptions options;
      gboolean found;
      gint64 id;

      g_test_message ("case %s", rc->name);
      id = patella_store_begin_session (f->store, started, PATELLA_STORE_NO_PAIN, &error);
      g_assert_no_error (error);
      for (guint i = 0; rc->sets[i].exercise_id != NULL; i++)
        {
          PatellaStoreSet set = { 0 };

          set.exercise_id = rc->sets[i].exercise_id;
          set.set_number = rc->sets[i].set_number;
          set.side = rc->sets[i].side;
          set.substituted = rc->sets[i].substituted;
          set.reps_planned = set.reps_done = 2;
          set.pain_during = PATELLA_STORE_NO_PAIN;
          set.ended_us = WALL_T0 - 3600 * SEC + rc->sets[i].ended_s * SEC;
          set.started_us = set.ended_us - 5 * SEC;
          g_assert_true (patella_store_add_set (f->store, id, &set, NULL, &error));
          g_assert_no_error (error);
        }

      memset (&options, 0xff, sizeof options);
      found = patella_session_run_find_resume_point (f->store, id, f->items, f->n_items,
                                                     PATELLA_SIDE_RIGHT, &options, &error);
      g_assert_no_error (error);
      g_assert_cmpint (found, ==, rc->found);
      if (!found)
        continue;
      g_assert_cmpint (options.affected_side, ==, PATELLA_SIDE_RIGHT);
      g_assert_cmpuint (options.start_item, ==, rc->item);
      g_assert_cmpuint (options.start_set, ==, rc->set);
      g_assert_cmpint (options.start_side, ==, rc->side);
    }
}

/* The point found is where a resumed run starts. */
static void
test_resume_runs_from_point (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GDateTime) started = g_date_time_new_from_unix_utc (WALL_T0 / SEC - 3600);
  g_autoptr(PatellaTimeline) timeline = NULL;
  g_autoptr(GArray) sets = NULL;
  g_autoptr(GError) error = NULL;
  PatellaStoreSet done = { 0 };
  PatellaTimelineOptions options;
  gint64 id;

  id = patella_store_begin_session (f->store, started, 6, &error);
  g_assert_no_error (error);
  done.exercise_id = "glute-bridge";
  done.set_number = 1;
  done.side = PATELLA_STORE_SIDE_BOTH;
  done.reps_planned = done.reps_done = 2;
  done.pain_during = PATELLA_STORE_NO_PAIN;
  done.started_us = WALL_T0 - 3000 * SEC;
  done.ended_us = done.started_us + 10 * SEC;
  g_assert_true (patella_store_add_set (f->store, id, &done, NULL, &error));

  g_assert_true (patella_session_run_find_resume_point (f->store, id, f->items, f->n_items,
                                                        PATELLA_SIDE_RIGHT, &options, &error));
  timeline = patella_timeline_new (f->items, f->n_items, &options, &error);
  g_assert_no_error (error);
  f->run = patella_session_run_new (f->store, PATELLA_CLOCK (f->clock), timeline, id);
  g_assert_true (patella_session_run_begin (f->run, PATELLA_STORE_NO_PAIN, &error));
  g_assert_cmpint (patella_session_run_get_session_id (f->run), ==, id);
  g_assert_cmpstr (patella_exercise_get_id (patella_engine_get_exercise (engine (f))), ==,
                   "glute-bridge");
  g_assert_cmpuint (patella_engine_get_set (engine (f)), ==, 2);

  /* The earlier set was not done in this run. */
  g_assert_false (patella_session_run_has_finished_set (f->run, "glute-bridge"));
  run_to (f, "glute-bridge", PATELLA_PHASE_UP);
  g_assert_true (patella_session_run_abandon (f->run, &error));
  sets = patella_store_list_sets (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (test_find_set (sets, "glute-bridge", 1, FALSE));
  g_assert_nonnull (test_find_set (sets, "glute-bridge", 2, FALSE));
}

/* The swap, and how its sets are numbered */

typedef struct
{
  const char *name;
  gboolean    plan_has_raises;   /* the plan's own straight-leg raises, 1 set */
  int         swapped_number;    /* the swapped-in set's number in the store */
  int         swapped_reps;      /* the plan's raise dose, or the catalogue's */
} SwapCase;

static const SwapCase swap_cases[] = {
  { "after-the-planned-raises", TRUE, 2, 2 },
  { "no-raises-planned", FALSE, 1, 0 },
};

static void
test_swap (Fixture       *f,
           gconstpointer  data)
{
  for (guint c = 0; c < G_N_ELEMENTS (swap_cases); c++)
    {
      const SwapCase *sc = &swap_cases[c];
      g_autoptr(GArray) sets = NULL;
      g_autoptr(GError) error = NULL;
      const PatellaStoreSet *set;
      PatellaDose *slr_default;
      gint64 id;

      g_test_message ("case %s", sc->name);
      g_clear_object (&f->run);
      if (!sc->plan_has_raises)
        {
          f->items[2] = f->items[3];
          f->n_items = 3;
        }
      begin_run (f);
      id = patella_session_run_get_session_id (f->run);

      /* Nothing to swap before the squats. */
      g_assert_false (patella_session_run_can_swap_wall_squat (f->run));
      g_assert_false (patella_session_run_swap_wall_squat (f->run, &error));
      g_assert_error (error, PATELLA_ENGINE_ERROR, PATELLA_ENGINE_ERROR_NOTHING_TO_REPLACE);
      g_clear_error (&error);

      /* Pain 5 at the squats' rest: recorded, then the raises take over. */
      run_to (f, "wall-squat", PATELLA_PHASE_REST);
      g_assert_true (patella_session_run_record_pain (f->run, "wall-squat", 5, &error));
      g_assert_no_error (error);
      g_assert_true (patella_session_run_swap_wall_squat (f->run, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (patella_exercise_get_id (patella_engine_get_exercise (engine (f))), ==,
                       "straight-leg-raise");
      g_assert_true (patella_engine_get_phase (engine (f))->substituted);
      /* Once swapped, never twice. */
      g_assert_false (patella_session_run_swap_wall_squat (f->run, &error));
      g_assert_error (error, PATELLA_ENGINE_ERROR, PATELLA_ENGINE_ERROR_NOTHING_TO_REPLACE);
      g_clear_error (&error);

      run_to_end (f);
      g_assert_true (patella_session_run_complete (f->run, 2, &error));
      g_assert_no_error (error);

      sets = patella_store_list_sets (f->store, id, &error);
      g_assert_no_error (error);
      set = test_find_set (sets, "wall-squat", 1, FALSE);
      g_assert_nonnull (set);
      g_assert_cmpint (set->pain_during, ==, 5);
      g_assert_null (test_find_set (sets, "wall-squat", 2, FALSE));

      set = test_find_set (sets, "straight-leg-raise", sc->swapped_number, TRUE);
      g_assert_nonnull (set);
      g_assert_cmpint (set->side, ==, PATELLA_STORE_SIDE_RIGHT);
      slr_default = (PatellaDose *) patella_exercise_get_default_dose (test_lookup ("straight-leg-raise"));
      g_assert_cmpint (set->reps_planned, ==,
                       sc->swapped_reps > 0 ? sc->swapped_reps : slr_default->reps);
      if (sc->plan_has_raises)
        g_assert_nonnull (test_find_set (sets, "straight-leg-raise", 1, FALSE));
      else
        g_assert_null (test_find_set (sets, "straight-leg-raise", 1, FALSE));
    }
}

/* Honest outcomes: the whole plan done is completed; exercises skipped
 * make it partial, whatever the engine says about reaching its end. */
static void
test_outcome (Fixture       *f,
              gconstpointer  data)
{
  gboolean skip = GPOINTER_TO_INT (data);
  g_autoptr(PatellaStoreSession) session = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  begin_run (f);
  id = patella_session_run_get_session_id (f->run);
  if (skip)
    {
      /* The first exercise's sets, then nothing of the others. */
      run_to (f, "wall-squat", PATELLA_PHASE_GET_READY);
      while (patella_engine_get_state (engine (f)) != PATELLA_ENGINE_FINISHED)
        g_assert_true (patella_engine_skip_exercise (engine (f)));
    }
  else
    run_to_end (f);

  g_assert_true (patella_session_run_complete (f->run, 2, &error));
  g_assert_no_error (error);
  session = patella_store_get_session (f->store, id, &error);
  g_assert_cmpint (session->state, ==,
                   skip ? PATELLA_SESSION_STATE_PARTIAL : PATELLA_SESSION_STATE_COMPLETED);
  g_assert_cmpint (session->pain_after, ==, 2);
}

/* Today's plan: the five core exercises in order, the heel raise followed
 * by its 30 s tibialis posterior stretch on each leg. */
static void
test_today_items (void)
{
  static const char * const expected[] = {
    "clamshell", "glute-bridge", "wall-squat", "straight-leg-raise", "heel-raise",
    PATELLA_PLAN_HEEL_RAISE_STRETCH,
  };
  g_autoptr(GArray) items = patella_plan_get_today_items ();
  PatellaExercise *stretch;
  PatellaSide sides[2];

  g_assert_cmpuint (items->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < items->len; i++)
    {
      const PatellaTimelineItem *item = &g_array_index (items, PatellaTimelineItem, i);

      g_assert_cmpstr (patella_exercise_get_id (item->exercise), ==, expected[i]);
      g_assert_null (item->dose);
    }

  stretch = g_array_index (items, PatellaTimelineItem, 5).exercise;
  g_assert_cmpint (patella_exercise_get_default_dose (stretch)->hold_seconds, ==, 30);
  g_assert_cmpuint (patella_exercise_get_sides (stretch, PATELLA_SIDE_RIGHT, sides), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/session-run/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("resume-point", test_resume_point);
  ADD ("resume-runs-from-point", test_resume_runs_from_point);
  ADD ("swap", test_swap);
#undef ADD
  g_test_add ("/session-run/outcome/completed", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_outcome, fixture_tear_down);
  g_test_add ("/session-run/outcome/skipped-is-partial", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_outcome, fixture_tear_down);
  g_test_add_func ("/plan/today-items", test_today_items);

  return g_test_run ();
}
