/* test-engine-ops.c: the engine's operations: skip, back, stop here, self-paced, finish, swap
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "engine-fixture.h"

/* Glute bridge, 2 sets of 10 with a 3 s hold:
 * G10 (U2 H3 D2)x10 R30 (U2 H3 D2)x10 E3 */
static PatellaTimeline *
bridge_session (void)
{
  PatellaTimelineItem item = { fixture_lookup ("glute-bridge"), NULL };

  return fixture_timeline (&item, 1, PATELLA_SIDE_LEFT);
}

/* The index of phase @kind of rep @rep in set @set of a bridge session. */
static guint
bridge_phase (guint            set,
              guint            rep,
              PatellaPhaseKind kind)
{
  guint base = set == 1 ? 1 : 32;

  return base + (rep - 1) * 3 + (kind == PATELLA_PHASE_UP ? 0 : kind == PATELLA_PHASE_HOLD ? 1 : 2);
}

static const CueEvent *
find_cue (Fixture    *f,
          PatellaCue  cue,
          guint       nth)
{
  for (guint i = 0; i < f->cues->len; i++)
    {
      const CueEvent *e = &g_array_index (f->cues, CueEvent, i);

      if (e->cue == cue && nth-- == 0)
        return e;
    }
  return NULL;
}

/* Every boundary after a jump keeps the phase lengths exactly. */
static void
assert_boundaries_from (Fixture *f,
                        guint    from_cue)
{
  PatellaTimeline *t = patella_engine_get_timeline (f->engine);
  const CueEvent *prev = NULL;

  for (guint i = from_cue; i < f->cues->len; i++)
    {
      const CueEvent *e = &g_array_index (f->cues, CueEvent, i);

      g_assert_cmpint (e->now, ==, e->due);
      if (e->cue == PATELLA_CUE_REP_DONE || e->cue == PATELLA_CUE_SET_DONE ||
          e->cue == PATELLA_CUE_REST_OVER || e->cue == PATELLA_CUE_SESSION_DONE ||
          e->cue == PATELLA_CUE_HOLD_TICK || e->cue == PATELLA_CUE_GET_READY_TICK)
        continue;
      if (prev != NULL)
        g_assert_cmpint (e->due - prev->due, ==,
                         patella_timeline_get_phase (t, prev->index)->duration_usec);
      prev = e;
    }
}

static void
test_stop_set (void)
{
  PatellaTimelineItem item = { fixture_lookup ("clamshell"), NULL };
  g_autoptr(PatellaTimeline) timeline = fixture_timeline (&item, 1, PATELLA_SIDE_LEFT);
  gint64 stop_at;
  guint mark;
  Fixture f;

  fixture_init (&f, timeline);
  g_assert_false (patella_engine_stop_set (f.engine));
  patella_engine_start (f.engine);
  g_assert_false (patella_engine_stop_set (f.engine));

  /* Tired after 7 reps: stop in the middle of the 8th lift. */
  fixture_go_to_phase (&f, 1 + 7 * 3);
  g_assert_cmpuint (patella_engine_get_reps_done (f.engine), ==, 7);
  stop_at = fixture_now (&f) + SEC;
  fixture_advance_to (&f, stop_at);
  mark = f.cues->len;
  g_assert_true (patella_engine_stop_set (f.engine));
  fixture_check_notify (&f);

  g_assert_cmpuint (f.records->len, ==, 1);
  g_assert_cmpstr (fixture_record (&f, 0)->exercise_id, ==, "clamshell");
  g_assert_cmpint (fixture_record (&f, 0)->side, ==, PATELLA_SIDE_LEFT);
  g_assert_cmpuint (fixture_record (&f, 0)->reps_planned, ==, 20);
  g_assert_cmpuint (fixture_record (&f, 0)->reps_done, ==, 7);
  g_assert_cmpint (fixture_record (&f, 0)->started_usec, ==, WALL0 + 10 * SEC);
  g_assert_cmpint (fixture_record (&f, 0)->ended_usec, ==, WALL0 + (stop_at - T0));

  g_assert_cmpint (g_array_index (f.cues, CueEvent, mark).cue, ==, PATELLA_CUE_SET_DONE);
  g_assert_cmpint (fixture_last_cue (&f)->cue, ==, PATELLA_CUE_SWITCH_SIDE);
  g_assert_cmpint (fixture_last_cue (&f)->due, ==, stop_at);
  g_assert_cmpint (patella_engine_get_phase_kind (f.engine), ==, PATELLA_PHASE_SWITCH_SIDE);
  g_assert_cmpint (patella_engine_get_phase_end_usec (f.engine), ==, stop_at + 5 * SEC);
  g_assert_cmpint (patella_engine_get_remaining_usec (f.engine, stop_at), ==, (5 + 100 + 3) * SEC);

  fixture_run (&f);
  assert_boundaries_from (&f, mark + 1);
  g_assert_cmpint (fixture_now (&f), ==, stop_at + (5 + 100 + 3) * SEC);
  g_assert_cmpuint (f.records->len, ==, 2);
  g_assert_cmpuint (fixture_record (&f, 1)->reps_done, ==, 20);
  g_assert_cmpuint (f.summary->reps_done, ==, 27);
  g_assert_true (f.summary->completed);

  fixture_clear (&f);
}

static void
test_skip_phase (void)
{
  g_autoptr(PatellaTimeline) timeline = bridge_session ();
  gint64 now;
  Fixture f;

  fixture_init (&f, timeline);
  patella_engine_start (f.engine);

  /* Skipping the countdown starts the first lift now. */
  fixture_advance_to (&f, T0 + 4 * SEC);
  g_assert_true (patella_engine_skip_phase (f.engine));
  g_assert_cmpint (patella_engine_get_phase_kind (f.engine), ==, PATELLA_PHASE_UP);
  g_assert_cmpint (patella_engine_get_phase_start_usec (f.engine), ==, T0 + 4 * SEC);

  /* Skipping half-way through a hold: held 1.5 s, the rep still counts. */
  fixture_go_to_phase (&f, bridge_phase (1, 2, PATELLA_PHASE_HOLD));
  now = patella_engine_get_phase_start_usec (f.engine) + 3 * SEC / 2;
  fixture_advance_to (&f, now);
  g_assert_true (patella_engine_skip_phase (f.engine));
  g_assert_cmpint (patella_engine_get_phase_kind (f.engine), ==, PATELLA_PHASE_DOWN);
  g_assert_cmpint (patella_engine_get_phase_end_usec (f.engine), ==, now + 2 * SEC);

  fixture_run (&f);
  g_assert_cmpuint (f.records->len, ==, 2);
  g_assert_cmpuint (fixture_record (&f, 0)->reps_done, ==, 10);
  g_assert_cmpfloat (fixture_record (&f, 0)->hold_seconds_planned, ==, 30.0);
  g_assert_cmpfloat (fixture_record (&f, 0)->hold_seconds_done, ==, 28.5);
  g_assert_cmpuint (fixture_count_cues (&f, PATELLA_CUE_REP_DONE), ==, 20);
  g_assert_cmpint (fixture_now (&f), ==, T0 + (183 - 6 - 1) * SEC - SEC / 2);

  fixture_clear (&f);
}

static void
test_skip_rep (void)
{
  g_autoptr(PatellaTimeline) timeline = bridge_session ();
  Fixture f;

  fixture_init (&f, timeline);
  patella_engine_start (f.engine);
  g_assert_false (patella_engine_skip_rep (f.engine));

  fixture_go_to_phase (&f, bridge_phase (1, 3, PATELLA_PHASE_UP));
  fixture_advance_to (&f, fixture_now (&f) + SEC);
  g_assert_true (patella_engine_skip_rep (f.engine));
  g_assert_cmpuint (patella_engine_get_rep (f.engine), ==, 4);
  g_assert_cmpuint (patella_engine_get_reps_done (f.engine), ==, 2);
  g_assert_cmpint (patella_engine_get_phase_start_usec (f.engine), ==, fixture_now (&f));

  /* The last rep skipped ends the set. */
  fixture_go_to_phase (&f, bridge_phase (2, 10, PATELLA_PHASE_HOLD));
  g_assert_true (patella_engine_skip_rep (f.engine));
  g_assert_cmpint (patella_engine_get_phase_kind (f.engine), ==, PATELLA_PHASE_EXERCISE_DONE);

  fixture_run (&f);
  g_assert_cmpuint (f.records->len, ==, 2);
  g_assert_cmpuint (fixture_record (&f, 0)->reps_done, ==, 9);
  g_assert_cmpfloat (fixture_record (&f, 0)->hold_seconds_done, ==, 27.0);
  g_assert_cmpuint (fixture_record (&f, 1)->reps_done, ==, 9);
  g_assert_cmpfloat (fixture_record (&f, 1)->hold_seconds_done, ==, 27.0);
  g_assert_cmpuint (fixture_count_cues (&f, PATELLA_CUE_REP_DONE), ==, 18);
  g_assert_cmpuint (fixture_count_cues (&f, PATELLA_CUE_SET_DONE), ==, 2);

  fixture_clear (&f);
}

static void
test_skip_set (void)
{
  g_autoptr(PatellaTimeline) timeline = bridge_session ();
  Fixture f;

  fixture_init (&f, timeline);
  patella_engine_start (f.engine);

  /* During a set: recorded with what was done. */
  fixture_go_to_phase (&f, bridge_phase (1, 5, PATELLA_PHASE_UP));
  g_assert_true (patella_engine_skip_set (f.engine));
  g_assert_cmpint (patella_engine_get_phase_kind (f.engine), ==, PATELLA_PHASE_REST);
  g_assert_cmpuint (f.records->len, ==, 1);
  g_assert_cmpuint (fixture_record (&f, 0)->reps_done, ==, 4);

  /* From the rest: the coming set never happens and is not recorded. */
  g_assert_true (patella_engine_skip_set (f.engine));
  g_assert_cmpint (patella_engine_get_phase_kind (f.engine), ==, PATELLA_PHASE_EXERCISE_DONE);
  g_assert_cmpuint (f.records->len, ==, 1);
  g_assert_false (patella_engine_skip_set (f.engine));

  fixture_run (&f);
  g_assert_cmpuint (f.records->len, ==, 1);
  g_assert_true (f.summary->completed);
  g_assert_cmpuint (fixture_count_cues (&f, PATELLA_CUE_REST_OVER), ==, 0);

  fixture_clear (&f);
}

static void
test_skip_exercise (void)
{
  PatellaTimelineItem items[] = {
    { fixture_lookup ("clamshell"), NULL },
    { fixture_lookup ("heel-raise"), NULL },
  };
  g_autoptr(PatellaTimeline) timeline = fixture_timeline (items, 2, PATELLA_SIDE_LEFT);
  gint64 at;
  Fixture f;

  fixture_init (&f, timeline);
  patella_engine_start (f.engine);
  fixture_go_to_phase (&f, 1 + 4 * 3 + 1);
  at = fixture_now (&f);
  g_assert_true (patella_engine_skip_exercise (f.engine));

  g_assert_cmpuint (f.records->len, ==, 1);
  g_assert_cmpuint (fixture_record (&f, 0)->reps_done, ==, 4);
  g_assert_true (patella_engine_get_exercise (f.engine) == fixture_lookup ("heel-raise"));
  g_assert_cmpint (patella_engine_get_phase_kind (f.engine), ==, PATELLA_PHASE_GET_READY);
  g_assert_cmpint (patella_engine_get_phase_start_usec (f.engine), ==, at);

  /* Skipping the last exercise ends the session. */
  fixture_advance_to (&f, at + 12 * SEC);
  g_assert_true (patella_engine_skip_exercise (f.engine));
  g_assert_cmpint (patella_engine_get_state (f.engine), ==, PATELLA_ENGINE_FINISHED);
  g_assert_cmpuint (f.records->len, ==, 2);
  g_assert_cmpstr (fixture_record (&f, 1)->exercise_id, ==, "heel-raise");
  g_assert_cmpuint (fixture_record (&f, 1)->reps_done, ==, 0);
  g_assert_cmpuint (f.n_finished, ==, 1);
  g_assert_cmpint (fixture_last_cue (&f)->cue, ==, PATELLA_CUE_SESSION_DONE);

  fixture_clear (&f);
}

static void
test_back_rep (void)
{
  g_autoptr(PatellaTimeline) timeline = bridge_session ();
  gint64 now;
  Fixture f;

  fixture_init (&f, timeline);
  patella_engine_start (f.engine);
  g_assert_false (patella_engine_back_rep (f.engine));

  /* Rep 1: back restarts it. */
  fixture_go_to_phase (&f, bridge_phase (1, 1, PATELLA_PHASE_HOLD));
  now = fixture_now (&f) + SEC;
  fixture_advance_to (&f, now);
  g_assert_true (patella_engine_back_rep (f.engine));
  g_assert_cmpuint (patella_engine_get_phase_index (f.engine), ==,
                    bridge_phase (1, 1, PATELLA_PHASE_UP));
  g_assert_cmpint (patella_engine_get_phase_start_usec (f.engine), ==, now);

  /* Rep 3, in the hold: back to the start of rep 2, which is undone. */
  fixture_go_to_phase (&f, bridge_phase (1, 3, PATELLA_PHASE_HOLD));
  g_assert_cmpuint (patella_engine_get_reps_done (f.engine), ==, 2);
  fixture_advance_to (&f, fixture_now (&f) + 2 * SEC);
  g_assert_true (patella_engine_back_rep (f.engine));
  g_assert_cmpuint (patella_engine_get_phase_index (f.engine), ==,
                    bridge_phase (1, 2, PATELLA_PHASE_UP));
  g_assert_cmpuint (patella_engine_get_rep (f.engine), ==, 2);
  g_assert_cmpuint (patella_engine_get_reps_done (f.engine), ==, 1);

  /* In the rest there is no rep to go back to. */
  fixture_go_to_phase (&f, 31);
  g_assert_false (patella_engine_back_rep (f.engine));

  fixture_run (&f);
  /* Redone reps count once, with their full holds. */
  g_assert_cmpuint (f.records->len, ==, 2);
  g_assert_cmpuint (fixture_record (&f, 0)->reps_done, ==, 10);
  g_assert_cmpfloat (fixture_record (&f, 0)->hold_seconds_done, ==, 30.0);

  fixture_clear (&f);
}

static void
test_back_set (void)
{
  g_autoptr(PatellaTimeline) timeline = bridge_session ();
  gint64 restart;
  gint64 redo;
  Fixture f;

  fixture_init (&f, timeline);
  patella_engine_start (f.engine);
  g_assert_false (patella_engine_back_set (f.engine));

  /* Mid-set: the set starts over, and its record starts then. */
  fixture_go_to_phase (&f, bridge_phase (1, 4, PATELLA_PHASE_DOWN));
  restart = fixture_now (&f);
  g_assert_true (patella_engine_back_set (f.engine));
  g_assert_cmpuint (patella_engine_get_rep (f.engine), ==, 1);
  g_assert_cmpuint (patella_engine_get_reps_done (f.engine), ==, 0);
  g_assert_cmpuint (f.records->len, ==, 0);

  /* From the rest: back into the set just done; it is recorded again. */
  fixture_go_to_phase (&f, 31);
  g_assert_cmpuint (f.records->len, ==, 1);
  redo = fixture_now (&f) + 10 * SEC;
  fixture_advance_to (&f, redo);
  g_assert_true (patella_engine_back_set (f.engine));
  g_assert_cmpuint (patella_engine_get_phase_index (f.engine), ==, 1);
  g_assert_cmpuint (patella_engine_get_set (f.engine), ==, 1);

  fixture_run (&f);
  g_assert_cmpuint (f.records->len, ==, 3);
  g_assert_cmpint (fixture_record (&f, 0)->started_usec, ==, WALL0 + (restart - T0));
  g_assert_cmpint (fixture_record (&f, 0)->ended_usec, ==, WALL0 + (restart - T0) + 70 * SEC);
  g_assert_cmpuint (fixture_record (&f, 1)->set, ==, 1);
  g_assert_cmpint (fixture_record (&f, 1)->started_usec, ==, WALL0 + (redo - T0));
  g_assert_cmpuint (fixture_record (&f, 1)->reps_done, ==, 10);
  g_assert_cmpuint (fixture_record (&f, 2)->set, ==, 2);

  fixture_clear (&f);
}

static void
test_self_paced (void)
{
  PatellaDose clam = { .sets = 1, .reps = 2, .until_tired = TRUE, .tempo_up_seconds = 2,
                       .tempo_pause_seconds = 1, .tempo_down_seconds = 2, .switch_seconds = 5,
                       .get_ready_seconds = 3 };
  PatellaDose bridge = { .sets = 1, .reps = 2, .hold_seconds = 4, .tempo_up_seconds = 2,
                         .tempo_down_seconds = 2 };
  PatellaTimelineItem items[] = {
    { fixture_lookup ("clamshell"), &clam },
    { fixture_lookup ("glute-bridge"), &bridge },
  };
  g_autoptr(PatellaTimeline) timeline = fixture_timeline (items, 2, PATELLA_SIDE_LEFT);
  gint64 now;
  Fixture f;

  fixture_init (&f, timeline);
  patella_engine_set_self_paced (f.engine, TRUE);
  g_assert_true (patella_engine_get_self_paced (f.engine));
  patella_engine_start (f.engine);
  g_assert_false (patella_engine_rep_done (f.engine));

  /* The countdown stays timed; the lift then waits for the user. */
  fixture_run (&f);
  g_assert_cmpint (fixture_now (&f), ==, T0 + 3 * SEC);
  g_assert_cmpint (patella_engine_get_phase_kind (f.engine), ==, PATELLA_PHASE_UP);
  g_assert_false (patella_engine_get_phase_timed (f.engine));
  g_assert_cmpint (patella_engine_get_phase_end_usec (f.engine), ==, 0);
  g_assert_cmpuint (patella_fake_clock_get_n_alarms (f.clock), ==, 0);
  fixture_advance_to (&f, T0 + 60 * SEC);
  g_assert_cmpint (patella_engine_get_phase_kind (f.engine), ==, PATELLA_PHASE_UP);
  g_assert_cmpfloat (patella_engine_get_phase_progress (f.engine, fixture_now (&f)), ==, 0.0);

  /* One key press per rep. */
  g_assert_true (patella_engine_rep_done (f.engine));
  fixture_check_notify (&f);
  g_assert_cmpint (find_cue (&f, PATELLA_CUE_REP_DONE, 0)->due, ==, T0 + 60 * SEC);
  g_assert_cmpuint (patella_engine_get_rep (f.engine), ==, 2);
  g_assert_cmpuint (patella_engine_get_reps_done (f.engine), ==, 1);
  fixture_advance_to (&f, T0 + 65 * SEC);
  g_assert_true (patella_engine_rep_done (f.engine));
  g_assert_cmpuint (f.records->len, ==, 1);
  g_assert_cmpuint (fixture_record (&f, 0)->reps_done, ==, 2);
  g_assert_cmpint (fixture_record (&f, 0)->ended_usec, ==, WALL0 + 65 * SEC);
  g_assert_cmpint (patella_engine_get_phase_kind (f.engine), ==, PATELLA_PHASE_SWITCH_SIDE);
  g_assert_true (patella_engine_get_phase_timed (f.engine));

  /* Switching the mode off mid-lift restarts the lift on the clock. */
  fixture_run (&f);
  g_assert_cmpint (patella_engine_get_phase_kind (f.engine), ==, PATELLA_PHASE_UP);
  fixture_advance_to (&f, T0 + 80 * SEC);
  patella_engine_set_self_paced (f.engine, FALSE);
  fixture_check_notify (&f);
  g_assert_true (patella_engine_get_phase_timed (f.engine));
  g_assert_cmpint (patella_engine_get_phase_start_usec (f.engine), ==, T0 + 80 * SEC);
  g_assert_cmpint (patella_engine_get_phase_end_usec (f.engine), ==, T0 + 82 * SEC);
  fixture_advance_to (&f, T0 + 81 * SEC);
  patella_engine_set_self_paced (f.engine, TRUE);
  g_assert_false (patella_engine_get_phase_timed (f.engine));
  g_assert_true (patella_engine_rep_done (f.engine));
  g_assert_true (patella_engine_rep_done (f.engine));
  g_assert_cmpuint (f.records->len, ==, 2);

  /* A hold exercise: the press during the lift starts the timed hold;
   * presses during the hold are ignored; the lowering waits again. */
  fixture_run (&f);
  g_assert_true (patella_engine_get_exercise (f.engine) == fixture_lookup ("glute-bridge"));
  g_assert_cmpint (patella_engine_get_phase_kind (f.engine), ==, PATELLA_PHASE_UP);
  now = fixture_now (&f) + 3 * SEC;
  fixture_advance_to (&f, now);
  g_assert_true (patella_engine_rep_done (f.engine));
  g_assert_cmpint (patella_engine_get_phase_kind (f.engine), ==, PATELLA_PHASE_HOLD);
  g_assert_cmpint (patella_engine_get_phase_end_usec (f.engine), ==, now + 4 * SEC);
  g_assert_cmpuint (patella_engine_get_reps_done (f.engine), ==, 0);
  fixture_advance_to (&f, now + SEC);
  g_assert_false (patella_engine_rep_done (f.engine));
  fixture_run (&f);
  g_assert_cmpint (fixture_now (&f), ==, now + 4 * SEC);
  g_assert_cmpint (patella_engine_get_phase_kind (f.engine), ==, PATELLA_PHASE_DOWN);
  g_assert_cmpuint (fixture_count_cues (&f, PATELLA_CUE_HOLD_TICK), ==, 3);
  g_assert_true (patella_engine_rep_done (f.engine));
  g_assert_cmpuint (patella_engine_get_reps_done (f.engine), ==, 1);
  g_assert_true (patella_engine_rep_done (f.engine));
  fixture_run (&f);
  g_assert_true (patella_engine_rep_done (f.engine));

  fixture_run (&f);
  g_assert_cmpint (patella_engine_get_state (f.engine), ==, PATELLA_ENGINE_FINISHED);
  g_assert_cmpuint (f.records->len, ==, 3);
  g_assert_cmpuint (fixture_record (&f, 2)->reps_done, ==, 2);
  g_assert_cmpfloat (fixture_record (&f, 2)->hold_seconds_done, ==, 8.0);

  fixture_clear (&f);
}

static void
test_finish_early (void)
{
  g_autoptr(PatellaTimeline) timeline = bridge_session ();
  gint64 at;
  Fixture f;

  fixture_init (&f, timeline);
  patella_engine_start (f.engine);
  fixture_go_to_phase (&f, bridge_phase (1, 2, PATELLA_PHASE_HOLD));
  fixture_advance_to (&f, fixture_now (&f) + SEC);
  patella_engine_pause (f.engine);
  fixture_advance_to (&f, fixture_now (&f) + 20 * SEC);
  at = fixture_now (&f);

  g_assert_true (patella_engine_finish (f.engine));
  fixture_check_notify (&f);
  g_assert_cmpint (patella_engine_get_state (f.engine), ==, PATELLA_ENGINE_FINISHED);
  g_assert_cmpuint (patella_fake_clock_get_n_alarms (f.clock), ==, 0);
  g_assert_cmpuint (f.records->len, ==, 1);
  g_assert_cmpuint (fixture_record (&f, 0)->reps_done, ==, 1);
  g_assert_cmpfloat (fixture_record (&f, 0)->hold_seconds_done, ==, 4.0);
  g_assert_cmpint (fixture_record (&f, 0)->ended_usec, ==, WALL0 + (at - T0));
  g_assert_cmpuint (f.n_finished, ==, 1);
  g_assert_false (f.summary->completed);
  g_assert_cmpuint (f.summary->sets_done, ==, 1);
  g_assert_cmpint (f.summary->paused_usec, ==, 20 * SEC);
  g_assert_cmpint (f.summary->active_usec, ==, at - T0 - 20 * SEC);
  g_assert_cmpint (fixture_last_cue (&f)->cue, ==, PATELLA_CUE_SESSION_DONE);
  g_assert_cmpuint (fixture_count_cues (&f, PATELLA_CUE_SET_DONE), ==, 0);

  g_assert_false (patella_engine_finish (f.engine));
  g_assert_false (patella_engine_resume (f.engine));
  g_assert_false (patella_engine_skip_exercise (f.engine));
  g_assert_false (patella_engine_back_set (f.engine));
  g_assert_false (patella_engine_rep_done (f.engine));
  fixture_advance_to (&f, at + 600 * SEC);
  g_assert_cmpuint (f.n_finished, ==, 1);

  fixture_clear (&f);
}

static void
test_finish_before_start (void)
{
  g_autoptr(PatellaTimeline) timeline = bridge_session ();
  Fixture f;

  fixture_init (&f, timeline);
  g_assert_true (patella_engine_finish (f.engine));
  g_assert_cmpuint (f.n_finished, ==, 1);
  g_assert_cmpuint (f.summary->sets_done, ==, 0);
  g_assert_cmpint (f.summary->active_usec, ==, 0);
  g_assert_false (patella_engine_start (f.engine));
  fixture_clear (&f);
}

/* While paused the user may still move about; the new phase announces
 * itself when the session resumes, and gets its full time from then. */
static void
test_skip_while_paused (void)
{
  g_autoptr(PatellaTimeline) timeline = bridge_session ();
  guint n_cues;
  Fixture f;

  fixture_init (&f, timeline);
  patella_engine_start (f.engine);
  fixture_advance_to (&f, T0 + 2 * SEC);
  patella_engine_pause (f.engine);
  n_cues = f.cues->len;
  fixture_advance_to (&f, T0 + 5 * SEC);
  g_assert_true (patella_engine_skip_phase (f.engine));
  fixture_check_notify (&f);
  g_assert_cmpint (patella_engine_get_state (f.engine), ==, PATELLA_ENGINE_PAUSED);
  g_assert_cmpint (patella_engine_get_phase_kind (f.engine), ==, PATELLA_PHASE_UP);
  g_assert_cmpuint (f.cues->len, ==, n_cues);
  g_assert_cmpuint (patella_fake_clock_get_n_alarms (f.clock), ==, 0);

  fixture_advance_to (&f, T0 + 9 * SEC);
  patella_engine_resume (f.engine);
  g_assert_cmpuint (f.cues->len, ==, n_cues + 1);
  g_assert_cmpint (fixture_last_cue (&f)->cue, ==, PATELLA_CUE_UP);
  g_assert_cmpint (fixture_last_cue (&f)->due, ==, T0 + 9 * SEC);
  g_assert_cmpint (patella_engine_get_phase_end_usec (f.engine), ==, T0 + 11 * SEC);

  fixture_run (&f);
  g_assert_cmpint (f.summary->paused_usec, ==, 7 * SEC);
  g_assert_cmpint (fixture_now (&f), ==, T0 + 9 * SEC + (183 - 10) * SEC);

  fixture_clear (&f);
}

/* Wall squat, 2 sets of 3 with a 5 s hold, then heel raises:
 * G10 (U2 H5 D2)x3 R30 (U2 H5 D2)x3 E3 G10 (U1 D2)x20 E3 */
static PatellaTimeline *
squat_session (void)
{
  static PatellaDose squat;
  PatellaTimelineItem items[2];

  squat = *patella_exercise_get_default_dose (fixture_lookup ("wall-squat"));
  squat.sets = 2;
  squat.reps = 3;
  items[0] = (PatellaTimelineItem) { fixture_lookup ("wall-squat"), &squat };
  items[1] = (PatellaTimelineItem) { fixture_lookup ("heel-raise"), NULL };

  return fixture_timeline (items, 2, PATELLA_SIDE_RIGHT);
}

static void
test_substitute_current (void)
{
  g_autoptr(PatellaTimeline) timeline = squat_session ();
  g_autoptr(GPtrArray) notified = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  PatellaTimeline *replaced;
  gint64 duration_before;
  gint64 at;
  guint mark;
  Fixture f;

  fixture_init (&f, timeline);
  patella_engine_start (f.engine);
  /* Pain at the kneecap half-way through the second hold. */
  fixture_go_to_phase (&f, 5);
  g_assert_cmpint (patella_engine_get_phase_kind (f.engine), ==, PATELLA_PHASE_HOLD);
  at = fixture_now (&f) + 5 * SEC / 2;
  fixture_advance_to (&f, at);
  duration_before = patella_timeline_get_duration_usec (patella_engine_get_timeline (f.engine));
  mark = f.cues->len;

  g_assert_true (patella_engine_substitute (f.engine, fixture_lookup ("straight-leg-raise"),
                                            NULL, &error));
  g_assert_no_error (error);
  fixture_check_notify (&f);

  /* The squat set is recorded as far as it went, without a set-done cue. */
  g_assert_cmpuint (f.records->len, ==, 1);
  g_assert_cmpstr (fixture_record (&f, 0)->exercise_id, ==, "wall-squat");
  g_assert_cmpuint (fixture_record (&f, 0)->reps_done, ==, 1);
  g_assert_cmpfloat (fixture_record (&f, 0)->hold_seconds_planned, ==, 15.0);
  g_assert_cmpfloat (fixture_record (&f, 0)->hold_seconds_done, ==, 7.5);
  g_assert_false (fixture_record (&f, 0)->substituted);
  g_assert_cmpuint (fixture_count_cues (&f, PATELLA_CUE_SET_DONE), ==, 0);

  /* The straight-leg raise takes over now, for the two sets left, on the
   * affected leg. */
  replaced = patella_engine_get_timeline (f.engine);
  g_assert_true (replaced != timeline);
  g_assert_cmpuint (patella_engine_get_n_exercises (f.engine), ==, 3);
  g_assert_true (patella_engine_get_exercise (f.engine) ==
                 fixture_lookup ("straight-leg-raise"));
  g_assert_cmpuint (patella_engine_get_exercise_index (f.engine), ==, 1);
  g_assert_cmpint (patella_engine_get_phase_kind (f.engine), ==, PATELLA_PHASE_GET_READY);
  g_assert_cmpint (patella_engine_get_phase_start_usec (f.engine), ==, at);
  g_assert_cmpuint (patella_engine_get_sets_total (f.engine), ==, 2);
  g_assert_cmpint (patella_engine_get_side (f.engine), ==, PATELLA_SIDE_RIGHT);
  g_assert_true (patella_engine_get_phase (f.engine)->substituted);
  g_assert_cmpint (patella_timeline_get_duration_usec (replaced), !=, duration_before);
  g_assert_cmpint (g_array_index (f.cues, CueEvent, mark).cue, ==, PATELLA_CUE_GET_READY);
  g_assert_cmpint (g_array_index (f.cues, CueEvent, mark).due, ==, at);

  fixture_run (&f);
  assert_boundaries_from (&f, mark);
  g_assert_cmpuint (f.records->len, ==, 4);
  for (guint i = 1; i <= 2; i++)
    {
      PatellaSetRecord *r = fixture_record (&f, i);

      g_assert_cmpstr (r->exercise_id, ==, "straight-leg-raise");
      g_assert_true (r->substituted);
      g_assert_cmpuint (r->set, ==, i);
      g_assert_cmpint (r->side, ==, PATELLA_SIDE_RIGHT);
      g_assert_cmpuint (r->reps_done, ==, 10);
      g_assert_cmpfloat (r->hold_seconds_done, ==, 20.0);
    }
  g_assert_cmpstr (fixture_record (&f, 3)->exercise_id, ==, "heel-raise");
  g_assert_false (fixture_record (&f, 3)->substituted);
  g_assert_true (f.summary->completed);
  g_assert_cmpint (fixture_now (&f), ==, at + (10 + 60 + 30 + 60 + 3 + 73) * SEC);

  fixture_clear (&f);
}

static void
test_substitute_next (void)
{
  g_autoptr(PatellaTimeline) timeline = squat_session ();
  g_autoptr(GError) error = NULL;
  PatellaDose stretch = *patella_exercise_get_default_dose (
    fixture_lookup ("tibialis-posterior-stretch"));
  gint64 end;
  Fixture f;

  fixture_init (&f, timeline);
  patella_engine_start (f.engine);
  fixture_go_to_phase (&f, 20);
  g_assert_cmpint (patella_engine_get_phase_kind (f.engine), ==, PATELLA_PHASE_EXERCISE_DONE);
  g_assert_true (patella_engine_get_next_exercise (f.engine) == fixture_lookup ("heel-raise"));
  end = patella_engine_get_phase_end_usec (f.engine);

  stretch.hold_seconds = 20;
  g_assert_true (patella_engine_substitute (f.engine,
                                            fixture_lookup ("tibialis-posterior-stretch"),
                                            &stretch, &error));
  g_assert_no_error (error);
  fixture_check_notify (&f);

  /* The done phase runs on untouched; what comes next has changed. */
  g_assert_cmpuint (patella_engine_get_phase_index (f.engine), ==, 20);
  g_assert_cmpint (patella_engine_get_phase_end_usec (f.engine), ==, end);
  g_assert_true (patella_engine_get_next_exercise (f.engine) ==
                 fixture_lookup ("tibialis-posterior-stretch"));
  g_assert_cmpuint (f.records->len, ==, 2);

  fixture_run (&f);
  g_assert_cmpint (fixture_now (&f), ==, end + (10 + 20 + 5 + 20 + 3) * SEC);
  g_assert_cmpuint (f.records->len, ==, 4);
  g_assert_cmpstr (fixture_record (&f, 2)->exercise_id, ==, "tibialis-posterior-stretch");
  g_assert_cmpint (fixture_record (&f, 2)->side, ==, PATELLA_SIDE_LEFT);
  g_assert_cmpint (fixture_record (&f, 3)->side, ==, PATELLA_SIDE_RIGHT);
  g_assert_true (fixture_record (&f, 3)->substituted);
  g_assert_cmpfloat (fixture_record (&f, 3)->hold_seconds_done, ==, 20.0);

  fixture_clear (&f);
}

static void
test_substitute_errors (void)
{
  g_autoptr(PatellaTimeline) timeline = squat_session ();
  g_autoptr(GError) error = NULL;
  PatellaDose bad = *patella_exercise_get_default_dose (fixture_lookup ("straight-leg-raise"));
  Fixture f;

  fixture_init (&f, timeline);
  patella_engine_start (f.engine);
  fixture_go_to_phase (&f, 3);

  bad.hold_seconds = 0;
  g_assert_false (patella_engine_substitute (f.engine, fixture_lookup ("straight-leg-raise"),
                                             &bad, &error));
  g_assert_error (error, PATELLA_DOSE_ERROR, PATELLA_DOSE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  /* Nothing changed. */
  g_assert_true (patella_engine_get_timeline (f.engine) == timeline);
  g_assert_cmpuint (patella_engine_get_phase_index (f.engine), ==, 3);
  g_assert_cmpuint (f.records->len, ==, 0);

  /* Nothing left after the last exercise. */
  fixture_go_to_phase (&f, patella_timeline_get_n_phases (timeline) - 1);
  g_assert_false (patella_engine_substitute (f.engine, fixture_lookup ("lunge"), NULL, &error));
  g_assert_error (error, PATELLA_ENGINE_ERROR, PATELLA_ENGINE_ERROR_NOTHING_TO_REPLACE);
  g_clear_error (&error);

  fixture_run (&f);
  g_assert_false (patella_engine_substitute (f.engine, fixture_lookup ("lunge"), NULL, &error));
  g_assert_error (error, PATELLA_ENGINE_ERROR, PATELLA_ENGINE_ERROR_FINISHED);

  fixture_clear (&f);
}

static void
test_substitute_paused_and_ready (void)
{
  g_autoptr(PatellaTimeline) timeline = squat_session ();
  g_autoptr(GError) error = NULL;
  guint n_cues;
  Fixture f;

  fixture_init (&f, timeline);

  /* Before the start: the first exercise is replaced outright. */
  g_assert_true (patella_engine_substitute (f.engine, fixture_lookup ("straight-leg-raise"),
                                            NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f.cues->len, ==, 0);
  g_assert_true (patella_engine_get_exercise (f.engine) ==
                 fixture_lookup ("straight-leg-raise"));
  g_assert_cmpint (patella_engine_get_phase_start_usec (f.engine), ==, 0);

  /* Paused in its first rest: swapped again, announced on resume. */
  patella_engine_start (f.engine);
  fixture_go_to_phase (&f, 31);
  g_assert_cmpint (patella_engine_get_phase_kind (f.engine), ==, PATELLA_PHASE_REST);
  patella_engine_pause (f.engine);
  n_cues = f.cues->len;
  g_assert_true (patella_engine_substitute (f.engine, fixture_lookup ("hip-extension"),
                                            NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f.cues->len, ==, n_cues);
  g_assert_cmpint (patella_engine_get_state (f.engine), ==, PATELLA_ENGINE_PAUSED);
  g_assert_true (patella_engine_get_exercise (f.engine) == fixture_lookup ("hip-extension"));
  /* One set of the straight-leg raise was left. */
  g_assert_cmpuint (patella_engine_get_sets_total (f.engine), ==, 1);

  fixture_advance_to (&f, fixture_now (&f) + 3 * SEC);
  patella_engine_resume (f.engine);
  g_assert_cmpint (fixture_last_cue (&f)->cue, ==, PATELLA_CUE_GET_READY);
  g_assert_cmpint (fixture_last_cue (&f)->due, ==, fixture_now (&f));

  fixture_run (&f);
  g_assert_cmpuint (f.records->len, ==, 4);
  g_assert_cmpstr (fixture_record (&f, 0)->exercise_id, ==, "straight-leg-raise");
  g_assert_true (fixture_record (&f, 0)->substituted);
  g_assert_cmpstr (fixture_record (&f, 1)->exercise_id, ==, "hip-extension");
  g_assert_cmpint (fixture_record (&f, 1)->side, ==, PATELLA_SIDE_LEFT);
  g_assert_cmpint (fixture_record (&f, 2)->side, ==, PATELLA_SIDE_RIGHT);
  g_assert_cmpstr (fixture_record (&f, 3)->exercise_id, ==, "heel-raise");

  fixture_clear (&f);
}

/* An interrupted session resumed at set 2 of the straight-leg raise. */
static void
test_resume_from_set (void)
{
  const char * const *ids = patella_catalogue_get_core_ids ();
  PatellaTimelineItem items[5];
  PatellaTimelineOptions options = { .affected_side = PATELLA_SIDE_LEFT,
                                     .start_item = 3, .start_set = 2 };
  g_autoptr(PatellaTimeline) timeline = NULL;
  g_autoptr(GError) error = NULL;
  Fixture f;

  for (guint i = 0; i < 5; i++)
    items[i] = (PatellaTimelineItem) { fixture_lookup (ids[i]), NULL };
  timeline = patella_timeline_new (items, 5, &options, &error);
  g_assert_no_error (error);

  fixture_init (&f, timeline);
  g_assert_cmpuint (patella_engine_get_set (f.engine), ==, 2);
  g_assert_cmpuint (patella_engine_get_sets_total (f.engine), ==, 3);
  g_assert_true (patella_engine_get_exercise (f.engine) ==
                 fixture_lookup ("straight-leg-raise"));
  patella_engine_start (f.engine);
  fixture_run (&f);

  g_assert_cmpuint (f.records->len, ==, 3);
  g_assert_cmpuint (fixture_record (&f, 0)->set, ==, 2);
  g_assert_cmpuint (fixture_record (&f, 1)->set, ==, 3);
  g_assert_cmpstr (fixture_record (&f, 2)->exercise_id, ==, "heel-raise");
  g_assert_cmpint (fixture_record (&f, 0)->started_usec, ==, WALL0 + 10 * SEC);
  g_assert_cmpint (f.summary->active_usec, ==, (10 + 60 + 30 + 60 + 3 + 73) * SEC);

  fixture_clear (&f);
}

static void
pause_on_set (PatellaEngine    *engine,
              PatellaSetRecord *record,
              gpointer          user_data)
{
  g_assert_true (patella_engine_pause (engine));
}

static void
skip_exercise_on_first_rep (PatellaEngine *engine,
                            PatellaCue     cue,
                            gint64         due,
                            guint         *calls)
{
  if (cue == PATELLA_CUE_REP_DONE && (*calls)++ == 0)
    g_assert_true (patella_engine_skip_exercise (engine));
}

static void
skip_rests (PatellaEngine *engine,
            GParamSpec    *pspec,
            gpointer       user_data)
{
  if (patella_engine_get_phase_kind (engine) == PATELLA_PHASE_REST)
    g_assert_true (patella_engine_skip_phase (engine));
}

/* Handlers may call operations; the engine then follows what they did and
 * never announces a phase twice or one that was left at once. */
static void
test_reentrancy (void)
{
  g_autoptr(PatellaTimeline) squats = squat_session ();
  g_autoptr(PatellaTimeline) bridge = bridge_session ();
  guint calls = 0;
  gint64 at;
  Fixture f;

  /* Pause after every set: the next phase waits, and speaks on resume. */
  fixture_init (&f, squats);
  g_signal_connect (f.engine, "set-finished", G_CALLBACK (pause_on_set), NULL);
  patella_engine_start (f.engine);
  fixture_run (&f);
  g_assert_cmpint (patella_engine_get_state (f.engine), ==, PATELLA_ENGINE_PAUSED);
  g_assert_cmpint (patella_engine_get_phase_kind (f.engine), ==, PATELLA_PHASE_REST);
  g_assert_cmpint (fixture_last_cue (&f)->cue, ==, PATELLA_CUE_SET_DONE);
  g_assert_cmpint (fixture_now (&f), ==, T0 + 37 * SEC);
  fixture_advance_to (&f, T0 + 50 * SEC);
  patella_engine_resume (f.engine);
  g_assert_cmpint (fixture_last_cue (&f)->cue, ==, PATELLA_CUE_REST);
  g_assert_cmpint (fixture_last_cue (&f)->due, ==, T0 + 50 * SEC);
  g_assert_cmpint (patella_engine_get_phase_end_usec (f.engine), ==, T0 + 80 * SEC);
  g_assert_cmpuint (fixture_count_cues (&f, PATELLA_CUE_REST), ==, 1);
  patella_engine_finish (f.engine);
  fixture_clear (&f);

  /* Skip the exercise from the first rep-done cue. */
  fixture_init (&f, squats);
  g_signal_connect (f.engine, "cue", G_CALLBACK (skip_exercise_on_first_rep), &calls);
  patella_engine_start (f.engine);
  fixture_go_to_phase (&f, 21);
  at = T0 + 19 * SEC;
  g_assert_cmpint (patella_engine_get_phase_start_usec (f.engine), ==, at);
  g_assert_cmpuint (f.records->len, ==, 1);
  g_assert_cmpuint (fixture_record (&f, 0)->reps_done, ==, 1);
  g_assert_cmpuint (fixture_count_cues (&f, PATELLA_CUE_UP), ==, 1);
  g_assert_cmpuint (fixture_count_cues (&f, PATELLA_CUE_GET_READY), ==, 2);
  g_assert_cmpint (fixture_last_cue (&f)->cue, ==, PATELLA_CUE_GET_READY);
  g_assert_cmpint (fixture_last_cue (&f)->due, ==, at);
  fixture_run (&f);
  g_assert_cmpuint (f.records->len, ==, 2);
  g_assert_cmpint (fixture_now (&f), ==, at + 73 * SEC);
  fixture_clear (&f);

  /* Skip every rest from a notify handler: no rest is ever announced. */
  fixture_init (&f, bridge);
  /* Two phase changes in one wake-up, by the handler's choice: each
   * notifies, so the once-per-change check does not apply here. */
  g_signal_handlers_disconnect_by_func (f.engine, on_notify, &f);
  g_signal_connect (f.engine, "notify::phase-kind", G_CALLBACK (skip_rests), NULL);
  patella_engine_start (f.engine);
  fixture_run (&f);
  g_assert_cmpuint (fixture_count_cues (&f, PATELLA_CUE_REST), ==, 0);
  g_assert_cmpuint (fixture_count_cues (&f, PATELLA_CUE_REST_OVER), ==, 1);
  g_assert_cmpuint (f.records->len, ==, 2);
  g_assert_cmpint (fixture_now (&f), ==, T0 + (183 - 30) * SEC);
  fixture_clear (&f);
}

int
main (int   argc,
      char *argv[])
{
  fixture_setup_locale ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/engine/stop-set", test_stop_set);
  g_test_add_func ("/engine/skip-phase", test_skip_phase);
  g_test_add_func ("/engine/skip-rep", test_skip_rep);
  g_test_add_func ("/engine/skip-set", test_skip_set);
  g_test_add_func ("/engine/skip-exercise", test_skip_exercise);
  g_test_add_func ("/engine/back-rep", test_back_rep);
  g_test_add_func ("/engine/back-set", test_back_set);
  g_test_add_func ("/engine/self-paced", test_self_paced);
  g_test_add_func ("/engine/finish-early", test_finish_early);
  g_test_add_func ("/engine/finish-before-start", test_finish_before_start);
  g_test_add_func ("/engine/skip-while-paused", test_skip_while_paused);
  g_test_add_func ("/engine/substitute-current", test_substitute_current);
  g_test_add_func ("/engine/substitute-next", test_substitute_next);
  g_test_add_func ("/engine/substitute-errors", test_substitute_errors);
  g_test_add_func ("/engine/substitute-paused-and-ready", test_substitute_paused_and_ready);
  g_test_add_func ("/engine/resume-from-set", test_resume_from_set);
  g_test_add_func ("/engine/reentrancy", test_reentrancy);

  return g_test_run ();
}
