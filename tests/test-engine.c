/* test-engine.c: the session engine on a fake clock: timing, cues, records, pauses
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "engine-fixture.h"
#include "patella-monotonic-clock.h"

static gboolean
is_start_cue (PatellaCue cue)
{
  return cue == PATELLA_CUE_GET_READY || cue == PATELLA_CUE_UP || cue == PATELLA_CUE_PAUSE ||
         cue == PATELLA_CUE_HOLD || cue == PATELLA_CUE_DOWN || cue == PATELLA_CUE_REST ||
         cue == PATELLA_CUE_SWITCH_SIDE || cue == PATELLA_CUE_EXERCISE_DONE;
}

static void
push (GArray     *out,
      PatellaCue  cue,
      gint64      due)
{
  CueEvent e = { cue, due, due, 0 };

  g_array_append_val (out, e);
}

/* The schedule worked out independently of the engine: phase starts at t0
 * plus offsets, ticks on the last three whole seconds of countdowns and
 * holds, end cues at each phase end. Events after @pause_at move by
 * @paused. */
static GArray *
expected_cues (PatellaTimeline *t,
               gint64           t0,
               gint64           pause_at,
               gint64           paused)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (CueEvent));
  guint n = patella_timeline_get_n_phases (t);

  for (guint i = 0; i < n; i++)
    {
      const PatellaPhase *p = patella_timeline_get_phase (t, i);
      gint64 start = t0 + p->offset_usec;
      gint64 end = start + p->duration_usec;
      gboolean work = patella_phase_kind_is_work (p->kind);

      push (out, patella_cue_for_phase_kind (p->kind), start);
      if (p->kind == PATELLA_PHASE_GET_READY || p->kind == PATELLA_PHASE_HOLD)
        for (gint64 k = 3; k >= 1; k--)
          if (end - k * SEC > start)
            push (out, p->kind == PATELLA_PHASE_HOLD ? PATELLA_CUE_HOLD_TICK
                                                     : PATELLA_CUE_GET_READY_TICK,
                  end - k * SEC);
      if (work && p->rep_last == i)
        push (out, PATELLA_CUE_REP_DONE, end);
      if (work && p->set_last == i)
        push (out, PATELLA_CUE_SET_DONE, end);
      if (p->kind == PATELLA_PHASE_REST)
        push (out, PATELLA_CUE_REST_OVER, end);
    }
  push (out, PATELLA_CUE_SESSION_DONE, t0 + patella_timeline_get_duration_usec (t));

  for (guint i = 0; i < out->len; i++)
    {
      CueEvent *e = &g_array_index (out, CueEvent, i);

      if (e->due > pause_at)
        e->due = e->now = e->due + paused;
    }

  return out;
}

static void
assert_cues_equal (GArray *got,
                   GArray *expected)
{
  for (guint i = 0; i < MIN (got->len, expected->len); i++)
    {
      const CueEvent *g = &g_array_index (got, CueEvent, i);
      const CueEvent *e = &g_array_index (expected, CueEvent, i);

      if (g->cue != e->cue || g->due != e->due || g->now != g->due)
        g_error ("cue %u: expected %s at %" G_GINT64_FORMAT ", got %s due %" G_GINT64_FORMAT
                 " fired at %" G_GINT64_FORMAT, i, patella_cue_to_string (e->cue), e->due,
                 patella_cue_to_string (g->cue), g->due, g->now);
    }
  g_assert_cmpuint (got->len, ==, expected->len);
}

static PatellaTimeline *
core_session (void)
{
  const char * const *ids = patella_catalogue_get_core_ids ();
  PatellaTimelineItem items[5];

  for (guint i = 0; i < 5; i++)
    items[i] = (PatellaTimelineItem) { fixture_lookup (ids[i]), NULL };
  return fixture_timeline (items, 5, PATELLA_SIDE_LEFT);
}

static void
check_phase_times (PatellaEngine *engine,
                   PatellaCue     cue,
                   gint64         due,
                   gpointer       user_data)
{
  const PatellaPhase *p = patella_engine_get_phase (engine);

  if (!is_start_cue (cue))
    return;

  /* Boundaries to the microsecond: start time plus the durations. */
  g_assert_cmpint (patella_engine_get_phase_start_usec (engine), ==, T0 + p->offset_usec);
  g_assert_cmpint (patella_engine_get_phase_end_usec (engine), ==,
                   T0 + p->offset_usec + p->duration_usec);
  g_assert_cmpint (due, ==, T0 + p->offset_usec);
}

typedef struct
{
  const char *id;
  PatellaSide side;
  guint       set;
  guint       reps;
  double      hold;
} ExpectedRecord;

static void
test_full_session (void)
{
  g_autoptr(PatellaTimeline) timeline = core_session ();
  g_autoptr(GArray) expected = expected_cues (timeline, T0, G_MAXINT64, 0);
  static const ExpectedRecord records[] = {
    { "clamshell", PATELLA_SIDE_LEFT, 1, 20, 0 },
    { "clamshell", PATELLA_SIDE_RIGHT, 1, 20, 0 },
    { "glute-bridge", PATELLA_SIDE_BOTH, 1, 10, 30 },
    { "glute-bridge", PATELLA_SIDE_BOTH, 2, 10, 30 },
    { "wall-squat", PATELLA_SIDE_BOTH, 1, 10, 50 },
    { "straight-leg-raise", PATELLA_SIDE_LEFT, 1, 10, 20 },
    { "straight-leg-raise", PATELLA_SIDE_LEFT, 2, 10, 20 },
    { "straight-leg-raise", PATELLA_SIDE_LEFT, 3, 10, 20 },
    { "heel-raise", PATELLA_SIDE_BOTH, 1, 20, 0 },
  };
  Fixture f;

  fixture_init (&f, timeline);
  g_signal_connect (f.engine, "cue", G_CALLBACK (check_phase_times), NULL);

  g_assert_cmpint (patella_engine_get_state (f.engine), ==, PATELLA_ENGINE_READY);
  g_assert_true (patella_engine_start (f.engine));
  g_assert_false (patella_engine_start (f.engine));
  fixture_check_notify (&f);
  fixture_run (&f);

  g_assert_cmpint (patella_engine_get_state (f.engine), ==, PATELLA_ENGINE_FINISHED);
  g_assert_cmpint (fixture_now (&f), ==, T0 + 830 * SEC);

  /* Every cue once, at its exact microsecond. */
  assert_cues_equal (f.cues, expected);
  g_assert_cmpuint (fixture_count_cues (&f, PATELLA_CUE_REP_DONE), ==, 120);
  g_assert_cmpuint (fixture_count_cues (&f, PATELLA_CUE_SET_DONE), ==, 9);
  g_assert_cmpuint (fixture_count_cues (&f, PATELLA_CUE_REST_OVER), ==, 3);
  g_assert_cmpuint (fixture_count_cues (&f, PATELLA_CUE_GET_READY_TICK), ==, 15);
  g_assert_cmpuint (fixture_count_cues (&f, PATELLA_CUE_HOLD_TICK), ==, 100);
  g_assert_cmpuint (fixture_count_cues (&f, PATELLA_CUE_SWITCH_SIDE), ==, 1);
  g_assert_cmpuint (fixture_count_cues (&f, PATELLA_CUE_EXERCISE_DONE), ==, 5);
  g_assert_cmpuint (fixture_count_cues (&f, PATELLA_CUE_SESSION_DONE), ==, 1);

  /* One wake-up per boundary or tick: nothing polls. */
  g_assert_cmpuint (patella_fake_clock_get_wakeups (f.clock), ==, 354 + 115);

  /* One record per set per side, with what was planned and done. */
  g_assert_cmpuint (f.records->len, ==, G_N_ELEMENTS (records));
  for (guint i = 0; i < G_N_ELEMENTS (records); i++)
    {
      PatellaSetRecord *r = fixture_record (&f, i);
      guint first = patella_timeline_find_set (timeline, i < 2 ? 0 : i < 4 ? 1 : i < 5 ? 2 :
                                                         i < 8 ? 3 : 4,
                                               records[i].set, records[i].side);
      const PatellaPhase *p = patella_timeline_get_phase (timeline, first);
      const PatellaPhase *last = patella_timeline_get_phase (timeline, p->set_last);

      g_assert_cmpstr (r->exercise_id, ==, records[i].id);
      g_assert_cmpint (r->side, ==, records[i].side);
      g_assert_cmpuint (r->set, ==, records[i].set);
      g_assert_cmpuint (r->reps_planned, ==, records[i].reps);
      g_assert_cmpuint (r->reps_done, ==, records[i].reps);
      g_assert_cmpfloat (r->hold_seconds_planned, ==, records[i].hold);
      g_assert_cmpfloat (r->hold_seconds_done, ==, records[i].hold);
      g_assert_cmpint (r->started_usec, ==, WALL0 + p->offset_usec);
      g_assert_cmpint (r->ended_usec, ==, WALL0 + last->offset_usec + last->duration_usec);
      g_assert_false (r->substituted);
    }

  g_assert_cmpuint (f.n_finished, ==, 1);
  g_assert_true (f.summary->completed);
  g_assert_cmpuint (f.summary->sets_done, ==, 9);
  g_assert_cmpuint (f.summary->reps_done, ==, 120);
  g_assert_cmpuint (f.summary->sets->len, ==, 9);
  g_assert_cmpint (f.summary->started_usec, ==, WALL0);
  g_assert_cmpint (f.summary->ended_usec, ==, WALL0 + 830 * SEC);
  g_assert_cmpint (f.summary->active_usec, ==, 830 * SEC);
  g_assert_cmpint (f.summary->paused_usec, ==, 0);

  /* Nothing more once finished. */
  g_assert_false (patella_engine_pause (f.engine));
  g_assert_false (patella_engine_skip_phase (f.engine));
  g_assert_false (patella_engine_finish (f.engine));
  g_assert_cmpfloat (patella_engine_get_phase_progress (f.engine, fixture_now (&f)), ==, 1.0);
  g_assert_cmpint (patella_engine_get_remaining_usec (f.engine, fixture_now (&f)), ==, 0);
  g_assert_null (patella_engine_get_next_phase_label (f.engine));
  g_assert_null (patella_engine_get_next_exercise (f.engine));

  fixture_clear (&f);
}

static void
test_properties (void)
{
  g_autoptr(PatellaTimeline) timeline = core_session ();
  g_autoptr(PatellaExercise) exercise = NULL;
  g_autofree char *label = NULL;
  PatellaEngineState state;
  guint rep, reps_total, set, sets_total;
  gint64 start, end, duration;
  PatellaPhaseKind kind;
  PatellaSide side;
  Fixture f;

  fixture_init (&f, timeline);

  /* Ready: the first phase is on show, with no times yet. */
  g_assert_true (patella_engine_get_exercise (f.engine) == fixture_lookup ("clamshell"));
  g_assert_cmpstr (patella_engine_get_phase_label (f.engine), ==, "Get ready");
  g_assert_cmpstr (patella_engine_get_next_phase_label (f.engine), ==, "Lift");
  g_assert_true (patella_engine_get_next_exercise (f.engine) == fixture_lookup ("glute-bridge"));
  g_assert_cmpint (patella_engine_get_phase_start_usec (f.engine), ==, 0);
  g_assert_cmpint (patella_engine_get_phase_end_usec (f.engine), ==, 0);
  g_assert_cmpint (patella_engine_get_remaining_usec (f.engine, T0), ==, 830 * SEC);
  g_assert_cmpfloat (patella_engine_get_phase_progress (f.engine, T0), ==, 0.0);

  patella_engine_start (f.engine);
  /* Clamshell, right side, rep 1, the pause at the top. */
  fixture_go_to_phase (&f, 63);

  g_object_get (f.engine,
                "state", &state, "exercise", &exercise, "phase-kind", &kind,
                "phase-label", &label, "rep", &rep, "reps-total", &reps_total,
                "set", &set, "sets-total", &sets_total, "side", &side,
                "phase-start-usec", &start, "phase-end-usec", &end,
                "duration-usec", &duration,
                NULL);
  g_assert_cmpint (state, ==, PATELLA_ENGINE_RUNNING);
  g_assert_true (exercise == fixture_lookup ("clamshell"));
  g_assert_cmpint (kind, ==, PATELLA_PHASE_PAUSE);
  g_assert_cmpstr (label, ==, "Hold");
  g_assert_cmpuint (rep, ==, 1);
  g_assert_cmpuint (reps_total, ==, 20);
  g_assert_cmpuint (set, ==, 1);
  g_assert_cmpuint (sets_total, ==, 1);
  g_assert_cmpint (side, ==, PATELLA_SIDE_RIGHT);
  g_assert_cmpint (start, ==, T0 + 117 * SEC);
  g_assert_cmpint (end, ==, T0 + 118 * SEC);
  g_assert_cmpint (duration, ==, 830 * SEC);
  g_assert_cmpstr (patella_engine_get_side_label (f.engine), ==, "Right leg");
  g_assert_cmpstr (patella_engine_get_next_phase_label (f.engine), ==, "Lower");
  g_assert_cmpuint (patella_engine_get_reps_done (f.engine), ==, 0);
  g_assert_true (patella_engine_get_phase_timed (f.engine));
  g_assert_cmpuint (patella_engine_get_exercise_index (f.engine), ==, 0);
  g_assert_cmpint (patella_engine_get_remaining_usec (f.engine, T0 + 117 * SEC + SEC / 4), ==,
                   830 * SEC - 117 * SEC - SEC / 4);

  /* Mid-phase progress for a frame clock. */
  g_assert_cmpfloat_with_epsilon (patella_engine_get_phase_progress (f.engine,
                                                                     T0 + 117 * SEC + SEC / 4),
                                  0.25, 1e-9);
  g_assert_cmpfloat (patella_engine_get_phase_progress (f.engine, T0), ==, 0.0);
  g_assert_cmpfloat (patella_engine_get_phase_progress (f.engine, T0 + 999 * SEC), ==, 1.0);

  /* Rep 3 of the right side: two reps done. */
  fixture_go_to_phase (&f, 68);
  g_assert_cmpuint (patella_engine_get_rep (f.engine), ==, 3);
  g_assert_cmpuint (patella_engine_get_reps_done (f.engine), ==, 2);

  /* Glute bridge set 2 rest: the next set's number and side on show. */
  fixture_go_to_phase (&f, 154);
  g_assert_cmpint (patella_engine_get_phase_kind (f.engine), ==, PATELLA_PHASE_REST);
  g_assert_cmpstr (patella_engine_get_phase_label (f.engine), ==, "Rest");
  g_assert_cmpuint (patella_engine_get_set (f.engine), ==, 2);
  g_assert_cmpuint (patella_engine_get_sets_total (f.engine), ==, 2);
  g_assert_cmpuint (patella_engine_get_rep (f.engine), ==, 0);
  g_assert_cmpstr (patella_engine_get_side_label (f.engine), ==, "Both legs");
  g_assert_cmpuint (patella_engine_get_exercise_index (f.engine), ==, 1);
  g_assert_cmpuint (patella_engine_get_n_exercises (f.engine), ==, 5);

  /* The wall squat's own words. */
  fixture_go_to_phase (&f, 187);
  g_assert_cmpstr (patella_engine_get_phase_label (f.engine), ==, "Slide down");
  g_assert_cmpstr (patella_engine_get_next_phase_label (f.engine), ==, "Hold");
  fixture_go_to_phase (&f, 189);
  g_assert_cmpstr (patella_engine_get_phase_label (f.engine), ==, "Stand up");

  /* The last exercise has no next one. */
  fixture_go_to_phase (&f, 313);
  g_assert_cmpstr (patella_engine_get_phase_label (f.engine), ==, "Rise");
  g_assert_null (patella_engine_get_next_exercise (f.engine));

  patella_engine_finish (f.engine);
  fixture_clear (&f);
}

/* A small session with every phase kind: get ready, up, pause, down,
 * switch side, rest, hold, exercise done. */
static PatellaTimeline *
every_kind_session (void)
{
  PatellaDose clam = {
    .sets = 2, .reps = 2, .tempo_up_seconds = 2, .tempo_pause_seconds = 1,
    .tempo_down_seconds = 2, .rest_seconds = 4, .switch_seconds = 3, .get_ready_seconds = 4,
  };
  PatellaDose bridge = {
    .sets = 1, .reps = 2, .hold_seconds = 4, .tempo_up_seconds = 1, .tempo_down_seconds = 1,
    .get_ready_seconds = 2,
  };
  PatellaTimelineItem items[] = {
    { fixture_lookup ("clamshell"), &clam },
    { fixture_lookup ("glute-bridge"), &bridge },
  };

  return fixture_timeline (items, G_N_ELEMENTS (items), PATELLA_SIDE_LEFT);
}

/* Pause in the middle of each phase in turn for 7 s: everything after the
 * pause moves by exactly 7 s and nothing fires during it. */
static void
test_pause_resume_everywhere (void)
{
  g_autoptr(PatellaTimeline) timeline = every_kind_session ();
  guint n = patella_timeline_get_n_phases (timeline);
  gint64 total = patella_timeline_get_duration_usec (timeline);
  gboolean seen[PATELLA_N_PHASE_KINDS] = { FALSE, };

  for (guint i = 0; i < n; i++)
    {
      const PatellaPhase *p = patella_timeline_get_phase (timeline, i);
      gint64 mid = T0 + p->offset_usec + p->duration_usec / 2;
      g_autoptr(GArray) expected = expected_cues (timeline, T0, mid, 7 * SEC);
      guint n_cues;
      gint64 start;
      gint64 end;
      Fixture f;

      seen[p->kind] = TRUE;
      fixture_init (&f, timeline);
      patella_engine_start (f.engine);
      fixture_advance_to (&f, mid);
      g_assert_cmpuint (patella_engine_get_phase_index (f.engine), ==, i);

      start = patella_engine_get_phase_start_usec (f.engine);
      end = patella_engine_get_phase_end_usec (f.engine);
      g_assert_true (patella_engine_pause (f.engine));
      g_assert_false (patella_engine_pause (f.engine));
      fixture_check_notify (&f);
      g_assert_cmpint (patella_engine_get_state (f.engine), ==, PATELLA_ENGINE_PAUSED);
      g_assert_cmpuint (patella_fake_clock_get_n_alarms (f.clock), ==, 0);

      n_cues = f.cues->len;
      fixture_advance_to (&f, mid + 7 * SEC);
      g_assert_cmpuint (f.cues->len, ==, n_cues);
      g_assert_cmpfloat_with_epsilon (patella_engine_get_phase_progress (f.engine,
                                                                         mid + 7 * SEC),
                                      (double)(p->duration_usec / 2) / p->duration_usec, 1e-9);

      g_assert_true (patella_engine_resume (f.engine));
      g_assert_false (patella_engine_resume (f.engine));
      fixture_check_notify (&f);
      g_assert_cmpint (patella_engine_get_phase_start_usec (f.engine), ==, start + 7 * SEC);
      g_assert_cmpint (patella_engine_get_phase_end_usec (f.engine), ==, end + 7 * SEC);
      g_assert_cmpint (patella_engine_get_remaining_usec (f.engine, mid + 7 * SEC), ==,
                       total - (mid - T0));

      fixture_run (&f);
      assert_cues_equal (f.cues, expected);
      g_assert_cmpint (f.summary->paused_usec, ==, 7 * SEC);
      g_assert_cmpint (f.summary->active_usec, ==, total);
      g_assert_true (f.summary->completed);

      /* A pause in a hold does not shorten what was held. */
      g_assert_cmpuint (f.records->len, ==, 5);
      g_assert_cmpfloat (fixture_record (&f, 4)->hold_seconds_done, ==, 8.0);
      g_assert_cmpint (fixture_record (&f, 4)->ended_usec, ==,
                       WALL0 + total - 3 * SEC + (mid < T0 + total - 3 * SEC ? 7 * SEC : 0));

      fixture_clear (&f);
    }

  for (guint k = 0; k < PATELLA_N_PHASE_KINDS; k++)
    g_assert_true (seen[k]);
}

static void
log_notify (GObject    *object,
            GParamSpec *pspec,
            GPtrArray  *names)
{
  g_ptr_array_add (names, (gpointer)pspec->name);
}

static gboolean
logged (GPtrArray  *names,
        const char *name)
{
  return g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL);
}

/* Notifications around a pause: state changes once, and the phase times
 * once each on resume. */
static void
test_notify_counts (void)
{
  g_autoptr(PatellaTimeline) timeline = every_kind_session ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  Fixture f;

  fixture_init (&f, timeline);
  g_signal_connect (f.engine, "notify", G_CALLBACK (log_notify), names);
  patella_engine_start (f.engine);
  fixture_check_notify (&f);
  fixture_advance_to (&f, T0 + 5 * SEC);

  patella_engine_pause (f.engine);
  g_assert_cmpuint (g_hash_table_size (f.notified), ==, 1);
  g_assert_true (g_hash_table_contains (f.notified, "state"));
  fixture_check_notify (&f);

  fixture_advance_to (&f, T0 + 6 * SEC);
  patella_engine_resume (f.engine);
  g_assert_cmpuint (g_hash_table_size (f.notified), ==, 3);
  g_assert_true (g_hash_table_contains (f.notified, "phase-start-usec"));
  g_assert_true (g_hash_table_contains (f.notified, "phase-end-usec"));
  fixture_check_notify (&f);

  /* Up -> pause within a rep: the rep and set stay, so they are silent. */
  g_ptr_array_set_size (names, 0);
  fixture_advance_to (&f, T0 + 7 * SEC);
  g_assert_cmpint (patella_engine_get_phase_kind (f.engine), ==, PATELLA_PHASE_PAUSE);
  g_assert_false (logged (names, "rep"));
  g_assert_false (logged (names, "set"));
  g_assert_false (logged (names, "exercise"));
  g_assert_false (logged (names, "reps-done"));
  g_assert_true (logged (names, "phase-kind"));
  g_assert_true (logged (names, "phase-label"));
  g_assert_true (logged (names, "phase-index"));

  /* Pause -> down -> next rep: now the rep and reps done move, once each. */
  g_ptr_array_set_size (names, 0);
  fixture_advance_to (&f, T0 + 10 * SEC);
  g_assert_cmpuint (patella_engine_get_rep (f.engine), ==, 2);
  g_assert_true (logged (names, "rep"));
  g_assert_true (logged (names, "reps-done"));
  g_assert_false (logged (names, "side"));

  patella_engine_finish (f.engine);
  fixture_clear (&f);
}

static void
on_alarm_record (gpointer user_data)
{
  GArray *fired = user_data;
  gint64 now = g_get_monotonic_time ();

  g_array_append_val (fired, now);
}

static gboolean
quit_loop (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

/* The real clock: alarms fire in order, never early, one wake-up each. */
static void
test_monotonic_clock (void)
{
  PatellaClock *clock = patella_monotonic_clock_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GArray) fired = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 t = patella_clock_get_monotonic_usec (clock);
  gint64 real = patella_clock_get_wall_usec (clock);
  guint removed;

  g_assert_cmpint (ABS (real - g_get_real_time ()), <, SEC);

  patella_clock_add_alarm (clock, t + 30000, on_alarm_record, fired, NULL);
  patella_clock_add_alarm (clock, t + 10000, on_alarm_record, fired, NULL);
  removed = patella_clock_add_alarm (clock, t + 20000, on_alarm_record, fired, NULL);
  patella_clock_remove_alarm (clock, removed);
  patella_clock_remove_alarm (clock, removed);
  g_timeout_add (80, quit_loop, loop);
  g_main_loop_run (loop);

  g_assert_cmpuint (fired->len, ==, 2);
  g_assert_cmpint (g_array_index (fired, gint64, 0), >=, t + 10000);
  g_assert_cmpint (g_array_index (fired, gint64, 1), >=, t + 30000);
  g_assert_cmpuint (patella_monotonic_clock_get_wakeups (PATELLA_MONOTONIC_CLOCK (clock)), ==, 2);
  g_assert_cmpuint (patella_monotonic_clock_get_iterations (PATELLA_MONOTONIC_CLOCK (clock)),
                    >=, 2);

  g_assert_finalize_object (clock);
}

typedef struct
{
  GString *log;
  guint    freed;
} AlarmLog;

static void
append_tag (gpointer user_data)
{
  AlarmLog *log = user_data;

  g_string_append_c (log->log, 'x');
}

static void
count_free (gpointer user_data)
{
  AlarmLog *log = user_data;

  log->freed++;
}

static void
test_fake_clock (void)
{
  PatellaFakeClock *fake = patella_fake_clock_new (T0, WALL0);
  PatellaClock *clock = PATELLA_CLOCK (fake);
  AlarmLog log = { g_string_new (NULL), 0 };
  guint id;

  g_assert_cmpint (patella_clock_get_monotonic_usec (clock), ==, T0);
  g_assert_cmpint (patella_clock_get_wall_usec (clock), ==, WALL0);
  g_assert_false (patella_fake_clock_run_next (fake));
  g_assert_cmpint (patella_fake_clock_get_next_due (fake), ==, G_MAXINT64);

  patella_clock_add_alarm (clock, T0 + 2 * SEC, append_tag, &log, count_free);
  patella_clock_add_alarm (clock, T0 + 2 * SEC, append_tag, &log, count_free);
  id = patella_clock_add_alarm (clock, T0 + SEC, append_tag, &log, count_free);
  g_assert_cmpuint (patella_fake_clock_get_n_alarms (fake), ==, 3);
  g_assert_cmpint (patella_fake_clock_get_next_due (fake), ==, T0 + SEC);
  patella_clock_remove_alarm (clock, id);
  g_assert_cmpuint (log.freed, ==, 1);

  g_assert_cmpuint (patella_fake_clock_advance (fake, SEC), ==, 0);
  g_assert_cmpuint (patella_fake_clock_advance (fake, 5 * SEC), ==, 2);
  g_assert_cmpstr (log.log->str, ==, "xx");
  g_assert_cmpuint (log.freed, ==, 3);
  /* Two alarms at one instant: one wake-up. */
  g_assert_cmpuint (patella_fake_clock_get_wakeups (fake), ==, 1);
  g_assert_cmpint (patella_clock_get_monotonic_usec (clock), ==, T0 + 6 * SEC);
  g_assert_cmpint (patella_clock_get_wall_usec (clock), ==, WALL0 + 6 * SEC);

  /* An alarm in the past fires at once, at the present time. */
  patella_clock_add_alarm (clock, T0, append_tag, &log, NULL);
  g_assert_true (patella_fake_clock_run_next (fake));
  g_assert_cmpint (patella_clock_get_monotonic_usec (clock), ==, T0 + 6 * SEC);
  g_assert_cmpstr (log.log->str, ==, "xxx");

  /* Pending alarms are released with the clock. */
  patella_clock_add_alarm (clock, T0 + 100 * SEC, append_tag, &log, count_free);
  g_assert_finalize_object (fake);
  g_assert_cmpuint (log.freed, ==, 4);
  g_assert_cmpstr (log.log->str, ==, "xxx");
  g_string_free (log.log, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  fixture_setup_locale ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/engine/full-session", test_full_session);
  g_test_add_func ("/engine/properties", test_properties);
  g_test_add_func ("/engine/pause-resume-everywhere", test_pause_resume_everywhere);
  g_test_add_func ("/engine/notify-counts", test_notify_counts);
  g_test_add_func ("/clock/monotonic", test_monotonic_clock);
  g_test_add_func ("/clock/fake", test_fake_clock);

  return g_test_run ();
}
