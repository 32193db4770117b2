/* test-session-run.c: a session's rules without a display: resume, swap, set numbers, questions
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The run is driven on a fake clock against a store in a temporary
 * folder, as the session page drives it, but with no widget in between.
 */
#include "config.h"

#include "patella-catalogue.h"
#include "patella-fake-clock.h"
#include "patella-session-run.h"
#include "session-test-util.h"
#include "store-test-util.h"

#define SEC ((gint64) G_USEC_PER_SEC)
#define WALL_T0 (G_GINT64_CONSTANT (1767268800) * SEC)  /* 2026-01-01 12:00 UTC */

#define N_ITEMS TEST_PLAN_N_ITEMS

typedef struct
{
  char                *dir;
  PatellaStore        *store;
  PatellaFakeClock    *clock;
  PatellaDose          doses[N_ITEMS];
  PatellaTimelineItem  items[N_ITEMS];
  guint                n_items;
  PatellaSessionRun   *run;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = test_make_tmp_dir ();
  path = g_build_filename (f->dir, "patella.db", NULL);
  f->store = patella_store_open (path, &error);
  g_assert_no_error (error);
  f->clock = patella_fake_clock_new (1000 * SEC, WALL_T0);

  test_tiny_plan (f->doses, f->items);
  f->n_items = N_ITEMS;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->run != NULL)
    g_assert_finalize_object (f->run);
  g_assert_finalize_object (f->clock);
  g_assert_finalize_object (f->store);
  test_rm_rf (f->dir);
  g_free (f->dir);
}

/* A new run of the fixture's plan (the right knee hurts), begun. */
static void
begin_run (Fixture *f)
{
  PatellaTimelineOptions options = { .affected_side = PATELLA_SIDE_RIGHT };
  g_autoptr(PatellaTimeline) timeline = NULL;
  g_autoptr(GError) error = NULL;

  timeline = patella_timeline_new (f->items, f->n_items, &options, &error);
  g_assert_no_error (error);
  f->run = patella_session_run_new (f->store, PATELLA_CLOCK (f->clock), timeline, 0);
  g_assert_true (patella_session_run_begin (f->run, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpint (patella_session_run_get_session_id (f->run), >, 0);
}

static PatellaEngine *
engine (Fixture *f)
{
  return patella_session_run_get_engine (f->run);
}

static gboolean
at (Fixture          *f,
    const char       *id,
    PatellaPhaseKind  kind)
{
  PatellaEngine *e = engine (f);

  return patella_engine_get_state (e) != PATELLA_ENGINE_FINISHED
         && g_str_equal (patella_exercise_get_id (patella_engine_get_exercise (e)), id)
         && patella_engine_get_phase_kind (e) == kind;
}

/* Lets the clock run, alarm by alarm, until the engine is at @kind of @id. */
static void
run_to (Fixture          *f,
        const char       *id,
        PatellaPhaseKind  kind)
{
  guint guard = 0;

  while (!at (f, id, kind))
    {
      g_assert_cmpuint (++guard, <, 2000);
      g_assert_true (patella_fake_clock_run_next (f->clock));
    }
}

static void
run_to_end (Fixture *f)
{
  guint guard = 0;

  while (patella_engine_get_state (engine (f)) != PATELLA_ENGINE_FINISHED)
    {
      g_assert_cmpuint (++guard, <, 2000);
      g_assert_true (patella_fake_clock_run_next (f->clock));
    }
}

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

/* Questions at phase changes */

typedef struct
{
  const char          *exercise_id;
  PatellaPhaseKind     kind;
  PatellaPainQuestion  question;
} Asked;

/* Every question a whole run asks, in order, when nothing is answered. */
static const Asked asked_in_order[] = {
  { "glute-bridge", PATELLA_PHASE_EXERCISE_DONE, PATELLA_PAIN_QUESTION_EXERCISE_DONE },
  { "wall-squat", PATELLA_PHASE_REST, PATELLA_PAIN_QUESTION_REST },
  { "wall-squat", PATELLA_PHASE_EXERCISE_DONE, PATELLA_PAIN_QUESTION_EXERCISE_DONE },
  { "straight-leg-raise", PATELLA_PHASE_EXERCISE_DONE, PATELLA_PAIN_QUESTION_EXERCISE_DONE },
  { "clamshell", PATELLA_PHASE_EXERCISE_DONE, PATELLA_PAIN_QUESTION_EXERCISE_DONE },
};

static void
test_questions (Fixture       *f,
                gconstpointer  data)
{
  guint n = 0, guard = 0;
  guint last_phase = G_MAXUINT;

  begin_run (f);
  while (patella_engine_get_state (engine (f)) != PATELLA_ENGINE_FINISHED)
    {
      PatellaEngine *e = engine (f);
      guint phase = patella_engine_get_phase_index (e);

      if (phase != last_phase)
        {
          PatellaPainQuestion question = patella_session_run_take_question (f->run);

          last_phase = phase;
          if (question != PATELLA_PAIN_QUESTION_NONE)
            {
              g_assert_cmpuint (n, <, G_N_ELEMENTS (asked_in_order));
              g_assert_true (at (f, asked_in_order[n].exercise_id, asked_in_order[n].kind));
              g_assert_cmpint (question, ==, asked_in_order[n].question);
              n++;

              /* The end of an exercise is asked about once; a rest asks
               * as long as it lasts (the page keeps it on screen). */
              if (question == PATELLA_PAIN_QUESTION_EXERCISE_DONE)
                g_assert_cmpint (patella_session_run_take_question (f->run), ==,
                                 PATELLA_PAIN_QUESTION_NONE);
              else
                g_assert_cmpint (patella_session_run_take_question (f->run), ==, question);

              /* Paused, nothing is asked. */
              g_assert_true (patella_engine_pause (e));
              g_assert_cmpint (patella_session_run_take_question (f->run), ==,
                               PATELLA_PAIN_QUESTION_NONE);
              g_assert_true (patella_engine_resume (e));
            }
        }
      g_assert_cmpuint (++guard, <, 2000);
      g_assert_true (patella_fake_clock_run_next (f->clock));
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (asked_in_order));
  /* Finished: nothing more. */
  g_assert_cmpint (patella_session_run_take_question (f->run), ==, PATELLA_PAIN_QUESTION_NONE);
}

/* An exercise skipped before any set of it finished is not asked about;
 * swapped-in raises are, at their end, but their rests are not. */
static void
test_questions_skipped_and_swapped (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PatellaTimelineOptions options = { .affected_side = PATELLA_SIDE_RIGHT };
  g_autoptr(PatellaTimeline) timeline = NULL;

  f->doses[1].sets = 3;
  timeline = patella_timeline_new (f->items, f->n_items, &options, &error);
  g_assert_no_error (error);
  f->run = patella_session_run_new (f->store, PATELLA_CLOCK (f->clock), timeline, 0);
  g_assert_true (patella_session_run_begin (f->run, PATELLA_STORE_NO_PAIN, &error));
  g_assert_false (patella_session_run_has_finished_set (f->run, "glute-bridge"));

  /* Every bridge set skipped before it began: the bridges end unasked. */
  while (!at (f, "glute-bridge", PATELLA_PHASE_EXERCISE_DONE))
    {
      g_assert_true (at (f, "glute-bridge", patella_engine_get_phase_kind (engine (f))));
      g_assert_false (patella_phase_kind_is_work (patella_engine_get_phase_kind (engine (f))));
      g_assert_true (patella_engine_skip_set (engine (f)));
    }
  g_assert_false (patella_session_run_has_finished_set (f->run, "glute-bridge"));
  g_assert_cmpint (patella_session_run_take_question (f->run), ==, PATELLA_PAIN_QUESTION_NONE);

  run_to (f, "wall-squat", PATELLA_PHASE_REST);
  g_assert_true (patella_session_run_has_finished_set (f->run, "wall-squat"));
  g_assert_cmpint (patella_session_run_take_question (f->run), ==, PATELLA_PAIN_QUESTION_REST);
  g_assert_true (patella_session_run_swap_wall_squat (f->run, &error));
  g_assert_no_error (error);

  /* The raises in place of squat sets 2 and 3: their rest asks nothing. */
  g_assert_true (patella_engine_get_phase (engine (f))->substituted);
  run_to (f, "straight-leg-raise", PATELLA_PHASE_REST);
  g_assert_true (patella_engine_get_phase (engine (f))->substituted);
  g_assert_cmpint (patella_session_run_take_question (f->run), ==, PATELLA_PAIN_QUESTION_NONE);
  run_to (f, "straight-leg-raise", PATELLA_PHASE_EXERCISE_DONE);
  g_assert_true (patella_engine_get_phase (engine (f))->substituted);
  g_assert_cmpint (patella_session_run_take_question (f->run), ==,
                   PATELLA_PAIN_QUESTION_EXERCISE_DONE);
}

/* The wall squat rule */

typedef enum
{
  POS_READY,         /* not begun */
  POS_BRIDGE,        /* glute bridges under way */
  POS_SQUAT_HOLD,    /* a squat under way, the user paused */
  POS_SQUAT_REST,    /* the rest between squat sets */
  POS_SQUAT_DONE,    /* the squats' last set over */
  POS_SWAPPED,       /* raises in the squats' place */
} Position;

typedef struct
{
  Position             position;
  PatellaPainQuestion  question;
  const char          *exercise_id;
  int                  pain;
  gboolean             can_swap;
  PatellaPainAdvice    advice;
} AdviceCase;

static const AdviceCase advice_cases[] = {
  /* At the rest: from the limit on, the raises are offered. */
  { POS_SQUAT_REST, PATELLA_PAIN_QUESTION_REST, "wall-squat", 4, TRUE, PATELLA_PAIN_ADVICE_SWAP },
  { POS_SQUAT_REST, PATELLA_PAIN_QUESTION_REST, "wall-squat", 10, TRUE,
    PATELLA_PAIN_ADVICE_SWAP },
  { POS_SQUAT_REST, PATELLA_PAIN_QUESTION_REST, "wall-squat", 3, TRUE, PATELLA_PAIN_ADVICE_NONE },
  { POS_SQUAT_REST, PATELLA_PAIN_QUESTION_REST, "wall-squat", 0, TRUE, PATELLA_PAIN_ADVICE_NONE },
  { POS_SQUAT_REST, PATELLA_PAIN_QUESTION_REST, "wall-squat", PATELLA_STORE_NO_PAIN, TRUE,
    PATELLA_PAIN_ADVICE_NONE },
  /* Reported mid-squat (paused or not), the same. */
  { POS_SQUAT_HOLD, PATELLA_PAIN_QUESTION_REPORT, "wall-squat", 7, TRUE,
    PATELLA_PAIN_ADVICE_SWAP },
  { POS_SQUAT_REST, PATELLA_PAIN_QUESTION_REPORT, "wall-squat", 5, TRUE,
    PATELLA_PAIN_ADVICE_SWAP },
  /* After the squats, advice alone: nothing is left to swap. */
  { POS_SQUAT_DONE, PATELLA_PAIN_QUESTION_EXERCISE_DONE, "wall-squat", 4, FALSE,
    PATELLA_PAIN_ADVICE_STOP },
  { POS_SQUAT_DONE, PATELLA_PAIN_QUESTION_REPORT, "wall-squat", 6, FALSE,
    PATELLA_PAIN_ADVICE_STOP },
  { POS_SQUAT_DONE, PATELLA_PAIN_QUESTION_EXERCISE_DONE, "wall-squat", 3, FALSE,
    PATELLA_PAIN_ADVICE_NONE },
  /* The end-of-exercise question never offers a swap, even with sets left. */
  { POS_SQUAT_REST, PATELLA_PAIN_QUESTION_EXERCISE_DONE, "wall-squat", 9, TRUE,
    PATELLA_PAIN_ADVICE_STOP },
  /* Already swapped, or not begun: advice alone. */
  { POS_SWAPPED, PATELLA_PAIN_QUESTION_REPORT, "wall-squat", 6, FALSE,
    PATELLA_PAIN_ADVICE_STOP },
  { POS_READY, PATELLA_PAIN_QUESTION_REPORT, "wall-squat", 5, FALSE, PATELLA_PAIN_ADVICE_STOP },
  /* Any other exercise: no rule. */
  { POS_SQUAT_REST, PATELLA_PAIN_QUESTION_REPORT, "glute-bridge", 9, TRUE,
    PATELLA_PAIN_ADVICE_NONE },
  { POS_BRIDGE, PATELLA_PAIN_QUESTION_REPORT, "glute-bridge", 9, FALSE,
    PATELLA_PAIN_ADVICE_NONE },
  { POS_BRIDGE, PATELLA_PAIN_QUESTION_EXERCISE_DONE, NULL, 9, FALSE, PATELLA_PAIN_ADVICE_NONE },
};

static void
go_to (Fixture  *f,
       Position  position)
{
  PatellaTimelineOptions options = { .affected_side = PATELLA_SIDE_RIGHT };
  g_autoptr(PatellaTimeline) timeline = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->run);
  timeline = patella_timeline_new (f->items, f->n_items, &options, &error);
  g_assert_no_error (error);
  f->run = patella_session_run_new (f->store, PATELLA_CLOCK (f->clock), timeline, 0);
  if (position == POS_READY)
    return;

  g_assert_true (patella_session_run_begin (f->run, PATELLA_STORE_NO_PAIN, &error));
  switch (position)
    {
    case POS_BRIDGE:
      run_to (f, "glute-bridge", PATELLA_PHASE_HOLD);
      break;
    case POS_SQUAT_HOLD:
      run_to (f, "wall-squat", PATELLA_PHASE_HOLD);
      g_assert_true (patella_engine_pause (engine (f)));
      break;
    case POS_SQUAT_REST:
      run_to (f, "wall-squat", PATELLA_PHASE_REST);
      break;
    case POS_SQUAT_DONE:
      run_to (f, "wall-squat", PATELLA_PHASE_EXERCISE_DONE);
      break;
    case POS_SWAPPED:
      run_to (f, "wall-squat", PATELLA_PHASE_REST);
      g_assert_true (patella_session_run_swap_wall_squat (f->run, &error));
      g_assert_true (patella_engine_get_phase (engine (f))->substituted);
      break;
    case POS_READY:
    default:
      g_assert_not_reached ();
    }
}

static void
test_wall_squat_rule (Fixture       *f,
                      gconstpointer  data)
{
  for (guint c = 0; c < G_N_ELEMENTS (advice_cases); c++)
    {
      const AdviceCase *ac = &advice_cases[c];

      g_test_message ("case %u", c);
      go_to (f, ac->position);
      g_assert_cmpint (patella_session_run_can_swap_wall_squat (f->run), ==, ac->can_swap);
      g_assert_cmpint (patella_session_run_advise (f->run, ac->question, ac->exercise_id,
                                                   ac->pain), ==, ac->advice);
    }
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
  ADD ("questions", test_questions);
  ADD ("questions-skipped-and-swapped", test_questions_skipped_and_swapped);
  ADD ("wall-squat-rule", test_wall_squat_rule);
  ADD ("swap", test_swap);
#undef ADD
  g_test_add ("/session-run/outcome/completed", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_outcome, fixture_tear_down);
  g_test_add ("/session-run/outcome/skipped-is-partial", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_outcome, fixture_tear_down);

  return g_test_run ();
}
