/* test-session-rules.c: when a session asks about pain and what an answer leads to, without a display
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The wall squat rule (first reps, rests, the end; the swap today and
 * from now on) and the too-much rule for any exercise, table-driven.
 */
#include "config.h"

#include "session-run-fixture.h"

static void
test_count_cb (guint *count)
{
  (*count)++;
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

/* The wall squat rule and the too-much rule */

typedef enum
{
  POS_READY,         /* not begun */
  POS_BRIDGE,        /* glute bridges under way */
  POS_SQUAT_HOLD,    /* a squat under way, the user paused */
  POS_SQUAT_REST,    /* the rest between squat sets */
  POS_SQUAT_DONE,    /* the squats' last set over */
  POS_SWAPPED,       /* raises in the squats' place */
  POS_DONE_SWAPPED,  /* the squats over, swapped for the sessions to come */
  POS_BRIDGE_DONE,   /* the bridges' last set over */
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
  /* After the first reps, or reported mid-squat (paused or not), the same. */
  { POS_SQUAT_HOLD, PATELLA_PAIN_QUESTION_FIRST_REPS, "wall-squat", 4, TRUE,
    PATELLA_PAIN_ADVICE_SWAP },
  { POS_SQUAT_HOLD, PATELLA_PAIN_QUESTION_FIRST_REPS, "wall-squat", 3, TRUE,
    PATELLA_PAIN_ADVICE_NONE },
  { POS_SQUAT_HOLD, PATELLA_PAIN_QUESTION_REPORT, "wall-squat", 7, TRUE,
    PATELLA_PAIN_ADVICE_SWAP },
  { POS_SQUAT_REST, PATELLA_PAIN_QUESTION_REPORT, "wall-squat", 5, TRUE,
    PATELLA_PAIN_ADVICE_SWAP },
  /* Any question while squat sets are left offers them. */
  { POS_SQUAT_REST, PATELLA_PAIN_QUESTION_EXERCISE_DONE, "wall-squat", 9, TRUE,
    PATELLA_PAIN_ADVICE_SWAP },
  /* After the squats: the raises for the sessions to come. */
  { POS_SQUAT_DONE, PATELLA_PAIN_QUESTION_EXERCISE_DONE, "wall-squat", 4, FALSE,
    PATELLA_PAIN_ADVICE_SWAP_FROM_NOW },
  { POS_SQUAT_DONE, PATELLA_PAIN_QUESTION_REPORT, "wall-squat", 6, FALSE,
    PATELLA_PAIN_ADVICE_SWAP_FROM_NOW },
  { POS_SQUAT_DONE, PATELLA_PAIN_QUESTION_EXERCISE_DONE, "wall-squat", 3, FALSE,
    PATELLA_PAIN_ADVICE_NONE },
  /* Already swapped, or not begun: advice alone. */
  { POS_SWAPPED, PATELLA_PAIN_QUESTION_REPORT, "wall-squat", 6, FALSE,
    PATELLA_PAIN_ADVICE_STOP },
  { POS_DONE_SWAPPED, PATELLA_PAIN_QUESTION_EXERCISE_DONE, "wall-squat", 8, FALSE,
    PATELLA_PAIN_ADVICE_STOP },
  { POS_READY, PATELLA_PAIN_QUESTION_REPORT, "wall-squat", 5, FALSE, PATELLA_PAIN_ADVICE_STOP },
  /* Any other exercise: up to 5 is fine, above is too much; while it is
   * under way, stopping it is offered. */
  { POS_BRIDGE, PATELLA_PAIN_QUESTION_REPORT, "glute-bridge", 5, FALSE,
    PATELLA_PAIN_ADVICE_NONE },
  { POS_BRIDGE, PATELLA_PAIN_QUESTION_REPORT, "glute-bridge", 6, FALSE,
    PATELLA_PAIN_ADVICE_TOO_MUCH },
  { POS_BRIDGE, PATELLA_PAIN_QUESTION_REPORT, "glute-bridge", 10, FALSE,
    PATELLA_PAIN_ADVICE_TOO_MUCH },
  { POS_BRIDGE, PATELLA_PAIN_QUESTION_REPORT, "glute-bridge", PATELLA_STORE_NO_PAIN, FALSE,
    PATELLA_PAIN_ADVICE_NONE },
  { POS_BRIDGE_DONE, PATELLA_PAIN_QUESTION_EXERCISE_DONE, "glute-bridge", 6, FALSE,
    PATELLA_PAIN_ADVICE_TOO_MUCH_DONE },
  { POS_BRIDGE_DONE, PATELLA_PAIN_QUESTION_EXERCISE_DONE, "glute-bridge", 5, FALSE,
    PATELLA_PAIN_ADVICE_NONE },
  /* Asked about one exercise while another runs: nothing to stop. */
  { POS_SQUAT_REST, PATELLA_PAIN_QUESTION_REPORT, "glute-bridge", 9, TRUE,
    PATELLA_PAIN_ADVICE_TOO_MUCH_DONE },
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
      /* Swapped today is swapped from now on. */
      g_assert_true (patella_session_run_get_wall_squat_swapped (f->run));
      break;
    case POS_DONE_SWAPPED:
      run_to (f, "wall-squat", PATELLA_PHASE_EXERCISE_DONE);
      patella_session_run_swap_wall_squat_from_now (f->run, 8);
      break;
    case POS_BRIDGE_DONE:
      run_to (f, "glute-bridge", PATELLA_PHASE_EXERCISE_DONE);
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
      if (ac->advice == PATELLA_PAIN_ADVICE_TOO_MUCH)
        g_assert_true (patella_session_run_can_stop_exercise (f->run, ac->exercise_id));
      if (ac->advice == PATELLA_PAIN_ADVICE_TOO_MUCH_DONE)
        g_assert_false (patella_session_run_can_stop_exercise (f->run, ac->exercise_id));
    }
}


/* The first-reps question */

typedef struct
{
  const char *name;
  int         sets;
  int         reps;
  int         swap_at_rest;   /* swap at the first rest: no later question */
  guint       asked_set;      /* where it was asked; 0: never */
  guint       asked_rep;
} FirstRepsCase;

static const FirstRepsCase first_reps_cases[] = {
  /* The default: one set of 10, asked once the third rep is done. */
  { "one-set-of-ten", 1, 10, FALSE, 1, 4 },
  { "two-sets-of-five", 2, 5, FALSE, 1, 4 },
  /* One rep past the first few is enough. */
  { "four-reps", 1, 4, FALSE, 1, 4 },
  /* Too short: its end (the rest, or the exercise's end) asks instead. */
  { "three-reps", 1, 3, FALSE, 0, 0 },
  { "two-sets-of-two", 2, 2, FALSE, 0, 0 },
};

static void
test_first_reps (Fixture       *f,
                 gconstpointer  data)
{
  for (guint c = 0; c < G_N_ELEMENTS (first_reps_cases); c++)
    {
      const FirstRepsCase *fc = &first_reps_cases[c];
      guint asked = 0, asked_set = 0, asked_rep = 0, at_end = 0, guard = 0;
      guint last_phase = G_MAXUINT;

      g_test_message ("case %s", fc->name);
      g_clear_object (&f->run);
      f->doses[1].sets = fc->sets;
      f->doses[1].reps = fc->reps;
      begin_run (f);
      while (patella_engine_get_state (engine (f)) != PATELLA_ENGINE_FINISHED)
        {
          PatellaEngine *e = engine (f);

          if (patella_engine_get_phase_index (e) != last_phase)
            {
              PatellaPainQuestion question = patella_session_run_take_question (f->run);

              last_phase = patella_engine_get_phase_index (e);
              if (question == PATELLA_PAIN_QUESTION_FIRST_REPS)
                {
                  g_assert_true (at (f, "wall-squat", patella_engine_get_phase_kind (e)));
                  asked++;
                  asked_set = patella_engine_get_set (e);
                  asked_rep = patella_engine_get_rep (e);
                  /* Asked once: the next phase change does not ask again. */
                  g_assert_cmpint (patella_session_run_take_question (f->run), !=,
                                   PATELLA_PAIN_QUESTION_FIRST_REPS);
                }
              else if (question != PATELLA_PAIN_QUESTION_NONE
                       && at (f, "wall-squat", patella_engine_get_phase_kind (e)))
                at_end++;
            }
          g_assert_cmpuint (++guard, <, 4000);
          g_assert_true (patella_fake_clock_run_next (f->clock));
        }
      g_assert_cmpuint (asked, ==, fc->asked_set > 0 ? 1 : 0);
      g_assert_cmpuint (asked_set, ==, fc->asked_set);
      g_assert_cmpuint (asked_rep, ==, fc->asked_rep);
      /* Every squat set still ends with a question: its rest or the end. */
      g_assert_cmpuint (at_end, >=, 1);
    }
}

/* The catalogue's own wall squat, one set of ten: asked after rep 3, the
 * swap takes the rest of the set, and is kept for the sessions to come. */
static void
test_default_wall_squat_swap (Fixture       *f,
                              gconstpointer  data)
{
  PatellaTimelineItem items[] = { { test_lookup ("wall-squat"), NULL },
                                  { test_lookup ("heel-raise"), NULL } };
  PatellaTimelineOptions options = { .affected_side = PATELLA_SIDE_LEFT };
  g_autoptr(PatellaTimeline) timeline = NULL;
  g_autoptr(GArray) sets = NULL;
  g_autoptr(GError) error = NULL;
  const PatellaStoreSet *set;
  guint notified = 0, guard = 0;

  g_assert_cmpint (patella_exercise_get_default_dose (items[0].exercise)->sets, ==, 1);
  timeline = patella_timeline_new (items, G_N_ELEMENTS (items), &options, &error);
  g_assert_no_error (error);
  f->run = patella_session_run_new (f->store, PATELLA_CLOCK (f->clock), timeline, 0);
  g_signal_connect_swapped (f->run, "notify::wall-squat-swapped",
                            G_CALLBACK (test_count_cb), &notified);
  g_assert_true (patella_session_run_begin (f->run, PATELLA_STORE_NO_PAIN, &error));

  while (patella_session_run_take_question (f->run) != PATELLA_PAIN_QUESTION_FIRST_REPS)
    {
      g_assert_cmpuint (++guard, <, 2000);
      g_assert_true (patella_fake_clock_run_next (f->clock));
    }
  g_assert_cmpuint (patella_engine_get_set (engine (f)), ==, 1);
  g_assert_cmpuint (patella_engine_get_rep (engine (f)), ==, PATELLA_WALL_SQUAT_FIRST_REPS + 1);
  g_assert_true (patella_engine_pause (engine (f)));
  g_assert_true (patella_session_run_record_pain (f->run, "wall-squat", 5, &error));
  g_assert_cmpint (patella_session_run_advise (f->run, PATELLA_PAIN_QUESTION_FIRST_REPS,
                                               "wall-squat", 5), ==, PATELLA_PAIN_ADVICE_SWAP);
  g_assert_false (patella_session_run_get_wall_squat_swapped (f->run));
  g_assert_true (patella_session_run_swap_wall_squat (f->run, &error));
  g_assert_no_error (error);
  g_assert_true (patella_session_run_get_wall_squat_swapped (f->run));
  g_assert_cmpint (patella_session_run_get_swap_pain (f->run), ==, 5);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (patella_engine_resume (engine (f)));
  g_assert_cmpstr (patella_exercise_get_id (patella_engine_get_exercise (engine (f))), ==,
                   "straight-leg-raise");

  run_to_end (f);
  g_assert_true (patella_session_run_complete (f->run, 2, &error));
  sets = patella_store_list_sets (f->store, patella_session_run_get_session_id (f->run), &error);
  g_assert_no_error (error);
  set = test_find_set (sets, "wall-squat", 1, FALSE);
  g_assert_nonnull (set);
  g_assert_cmpint (set->reps_done, ==, PATELLA_WALL_SQUAT_FIRST_REPS);
  g_assert_cmpint (set->pain_during, ==, 5);
  /* The raises ran on the painful knee only, in the squat's one set. */
  set = test_find_set (sets, "straight-leg-raise", 1, TRUE);
  g_assert_nonnull (set);
  g_assert_cmpint (set->side, ==, PATELLA_STORE_SIDE_LEFT);
  g_assert_nonnull (test_find_set (sets, "heel-raise", 1, FALSE));
}

/* After the squats: the swap from now on changes nothing today, and is
 * notified once, with the pain that led to it. */
static void
test_swap_from_now (Fixture       *f,
                    gconstpointer  data)
{
  guint notified = 0;

  f->doses[1].sets = 1;
  begin_run (f);
  g_signal_connect_swapped (f->run, "notify::wall-squat-swapped",
                            G_CALLBACK (test_count_cb), &notified);
  run_to (f, "wall-squat", PATELLA_PHASE_EXERCISE_DONE);
  g_assert_cmpint (patella_session_run_take_question (f->run), ==,
                   PATELLA_PAIN_QUESTION_EXERCISE_DONE);
  g_assert_cmpint (patella_session_run_advise (f->run, PATELLA_PAIN_QUESTION_EXERCISE_DONE,
                                               "wall-squat", 6), ==,
                   PATELLA_PAIN_ADVICE_SWAP_FROM_NOW);
  patella_session_run_swap_wall_squat_from_now (f->run, 6);
  patella_session_run_swap_wall_squat_from_now (f->run, 4);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (patella_session_run_get_wall_squat_swapped (f->run));
  g_assert_cmpint (patella_session_run_get_swap_pain (f->run), ==, 6);
  g_assert_true (at (f, "wall-squat", PATELLA_PHASE_EXERCISE_DONE));
  g_assert_cmpint (patella_session_run_advise (f->run, PATELLA_PAIN_QUESTION_EXERCISE_DONE,
                                               "wall-squat", 6), ==, PATELLA_PAIN_ADVICE_STOP);
}

/* Too much during the bridges: stopping them keeps the reps done with
 * their pain, and moves on without asking about the bridges again. */
static void
test_stop_exercise (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GArray) sets = NULL;
  g_autoptr(GError) error = NULL;
  const PatellaStoreSet *set;

  begin_run (f);
  run_to (f, "glute-bridge", PATELLA_PHASE_HOLD);
  run_to (f, "glute-bridge", PATELLA_PHASE_UP);
  g_assert_cmpuint (patella_engine_get_rep (engine (f)), ==, 2);
  g_assert_true (patella_session_run_record_pain (f->run, "glute-bridge", 7, &error));
  g_assert_cmpint (patella_session_run_advise (f->run, PATELLA_PAIN_QUESTION_REPORT,
                                               "glute-bridge", 7), ==,
                   PATELLA_PAIN_ADVICE_TOO_MUCH);
  g_assert_true (patella_session_run_stop_exercise (f->run, &error));
  g_assert_no_error (error);
  g_assert_true (at (f, "wall-squat", PATELLA_PHASE_GET_READY));
  g_assert_cmpint (patella_session_run_take_question (f->run), ==, PATELLA_PAIN_QUESTION_NONE);
  g_assert_false (patella_session_run_can_stop_exercise (f->run, "glute-bridge"));

  sets = patella_store_list_sets (f->store, patella_session_run_get_session_id (f->run), &error);
  g_assert_no_error (error);
  set = test_find_set (sets, "glute-bridge", 1, FALSE);
  g_assert_nonnull (set);
  g_assert_cmpint (set->reps_done, ==, 1);
  g_assert_cmpint (set->pain_during, ==, 7);
  g_assert_null (test_find_set (sets, "glute-bridge", 2, FALSE));

  run_to_end (f);
  g_assert_false (patella_session_run_stop_exercise (f->run, &error));
  g_assert_error (error, PATELLA_ENGINE_ERROR, PATELLA_ENGINE_ERROR_FINISHED);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/session-rules/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("questions", test_questions);
  ADD ("questions-skipped-and-swapped", test_questions_skipped_and_swapped);
  ADD ("first-reps", test_first_reps);
  ADD ("wall-squat-and-too-much", test_wall_squat_rule);
  ADD ("default-wall-squat-swap", test_default_wall_squat_swap);
  ADD ("swap-from-now", test_swap_from_now);
  ADD ("stop-exercise", test_stop_exercise);
#undef ADD

  return g_test_run ();
}
