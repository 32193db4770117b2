/* test-voice-coach.c: what the voice says in a session, when, and what it leaves unsaid
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "engine-fixture.h"
#include "patella-coach-phrase.h"
#include "patella-recording-speaker.h"
#include "patella-voice-coach.h"

/* The phrases themselves. */
static void
test_phrases (void)
{
  const struct {
    PatellaCoachMoment moment;
    const char *expected;
  } cases[] = {
    { { PATELLA_CUE_GET_READY, "Clamshell", "Lie on your side.", "Get ready", NULL, 0, 20 },
      "Clamshell. Lie on your side." },
    { { PATELLA_CUE_GET_READY, "Clamshell", "Lie on your side.", "Get ready", "left leg", 0, 20 },
      "Clamshell, left leg. Lie on your side." },
    { { PATELLA_CUE_GET_READY, "Clamshell", NULL, "Get ready", NULL, 0, 20 }, "Clamshell" },
    { { PATELLA_CUE_GET_READY, NULL, NULL, "Get ready", NULL, 0, 0 }, NULL },
    { { PATELLA_CUE_UP, "Clamshell", NULL, "Lift", NULL, 8, 20 }, "8" },
    { { PATELLA_CUE_UP, "Clamshell", NULL, "Lift", NULL, 20, 20 }, "Last one" },
    { { PATELLA_CUE_UP, "Wall squat", NULL, "Slide down", NULL, 1, 1 }, "1" },
    { { PATELLA_CUE_UP, "Wall squat", NULL, "Slide down", NULL, 0, 0 }, "Slide down" },
    { { PATELLA_CUE_HOLD, NULL, NULL, "Hold", NULL, 3, 10 }, "Hold" },
    { { PATELLA_CUE_DOWN, NULL, NULL, "Lower", NULL, 3, 10 }, "Lower" },
    { { PATELLA_CUE_REST, NULL, NULL, "Rest", NULL, 0, 0, TRUE }, "Set done. Rest" },
    { { PATELLA_CUE_REST, NULL, NULL, "Rest", NULL, 0, 0, FALSE }, "Rest" },
    { { PATELLA_CUE_SWITCH_SIDE, NULL, NULL, "Switch", "right leg", 0, 0 },
      "Switch sides: right leg" },
    { { PATELLA_CUE_SWITCH_SIDE, NULL, NULL, "Switch", NULL, 0, 0 }, "Switch sides" },
    { { PATELLA_CUE_EXERCISE_DONE, "Heel raise", NULL, "Done", NULL, 0, 0 }, "Heel raise done" },
    { { PATELLA_CUE_EXERCISE_DONE, NULL, NULL, "Done", NULL, 0, 0 }, "Exercise done" },
    { { PATELLA_CUE_SET_DONE, NULL, NULL, NULL, NULL, 0, 0 }, "Set done" },
    { { PATELLA_CUE_SESSION_DONE, NULL, NULL, NULL, NULL, 0, 0 }, "Session done. Well done" },
    /* The beeps mark these alone. */
    { { PATELLA_CUE_PAUSE, NULL, NULL, "Pause", NULL, 2, 10 }, NULL },
    { { PATELLA_CUE_HOLD_TICK, NULL, NULL, "Hold", NULL, 2, 10 }, NULL },
    { { PATELLA_CUE_GET_READY_TICK, NULL, NULL, NULL, NULL, 0, 0 }, NULL },
    { { PATELLA_CUE_REP_DONE, NULL, NULL, NULL, NULL, 2, 10 }, NULL },
    { { PATELLA_CUE_REST_OVER, NULL, NULL, NULL, NULL, 0, 0 }, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *phrase = patella_coach_phrase (&cases[i].moment);

      g_assert_cmpstr (phrase, ==, cases[i].expected);
    }
}

typedef struct
{
  Fixture            f;
  PatellaRecordingSpeaker *speaker;
  PatellaVoiceCoach *coach;
  PatellaDose        dose;
} Coached;

static void
spin (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Runs the engine a boundary at a time, letting each boundary's idle run
 * before the next: as the main loop does when it keeps up. */
static void
run_boundaries (Coached *c,
                guint    max)
{
  for (guint i = 0; i < max && patella_fake_clock_run_next (c->f.clock); i++)
    spin ();
}

static void
coached_set_up (Coached *c,
                gint     sets)
{
  g_autoptr(PatellaTimeline) timeline = NULL;
  PatellaTimelineItem item;
  g_autoptr(GError) error = NULL;

  c->dose = (PatellaDose) { .sets = sets, .reps = 2, .hold_seconds = 1, .tempo_up_seconds = 1,
                            .tempo_down_seconds = 1, .rest_seconds = 2, .switch_seconds = 1,
                            .get_ready_seconds = 2 };
  item = (PatellaTimelineItem) { fixture_lookup ("glute-bridge"), &c->dose };
  timeline = patella_timeline_new (&item, 1, NULL, &error);
  g_assert_no_error (error);
  fixture_init (&c->f, timeline);

  c->speaker = patella_recording_speaker_new (PATELLA_CLOCK (c->f.clock));
  c->coach = patella_voice_coach_new (PATELLA_SPEAKER (c->speaker), PATELLA_CLOCK (c->f.clock));
  patella_voice_coach_set_enabled (c->coach, TRUE);
  patella_voice_coach_set_engine (c->coach, c->f.engine);
}

static void
coached_tear_down (Coached *c)
{
  patella_voice_coach_set_engine (c->coach, NULL);
  g_assert_finalize_object (c->coach);
  g_assert_finalize_object (c->speaker);
  fixture_clear (&c->f);
}

static const char *
said (Coached *c,
      guint    i)
{
  g_assert_cmpuint (i, <, patella_recording_speaker_get_said (c->speaker)->len);
  return g_ptr_array_index (patella_recording_speaker_get_said (c->speaker), i);
}

/* A whole set: the exercise and its first step, then each rep's number as
 * it starts, the hold, the lowering, and the set's end; every phrase
 * spoken at its boundary, never late. */
static void
test_session_words (void)
{
  Coached c = { 0 };
  const char *first_step;

  coached_set_up (&c, 2);
  first_step = patella_exercise_get_steps (fixture_lookup ("glute-bridge"))[0];

  g_assert_true (patella_engine_start (c.f.engine));
  spin ();
  run_boundaries (&c, 200);

  {
    const char * const expected[] = {
      NULL, "1", "Hold", "Lower", "Last one", "Hold", "Lower", "Set done. Rest",
      "1", "Hold", "Lower", "Last one", "Hold", "Lower", "Glute bridge done",
      "Session done. Well done",
    };

    g_assert_cmpuint (patella_recording_speaker_get_said (c.speaker)->len, ==, G_N_ELEMENTS (expected));
    g_assert_true (g_str_has_prefix (said (&c, 0), "Glute bridge. "));
    g_assert_true (g_str_has_suffix (said (&c, 0), first_step));
    for (guint i = 1; i < G_N_ELEMENTS (expected); i++)
      g_assert_cmpstr (said (&c, i), ==, expected[i]);
  }
  g_assert_cmpuint (patella_voice_coach_get_n_dropped (c.coach), ==, 0);

  /* Each phrase at its boundary: the cue's own time on the fake clock. */
  for (guint i = 0; i < c.f.cues->len; i++)
    {
      const CueEvent *e = &g_array_index (c.f.cues, CueEvent, i);

      if (e->cue == PATELLA_CUE_UP)
        {
          gboolean found = FALSE;

          for (guint j = 0; j < patella_recording_speaker_get_times (c.speaker)->len && !found; j++)
            found = g_array_index (patella_recording_speaker_get_times (c.speaker), gint64, j) == e->due;
          g_assert_true (found);
        }
    }

  coached_tear_down (&c);
}

/* A phrase whose boundary passed too long ago is dropped, not said late. */
static void
test_late_phrase_dropped (void)
{
  Coached c = { 0 };

  coached_set_up (&c, 1);
  g_assert_true (patella_engine_start (c.f.engine));
  spin ();
  g_assert_cmpuint (patella_recording_speaker_get_said (c.speaker)->len, ==, 1);

  /* The first rep starts, but the main loop is busy for a moment before
   * the coach's idle runs. */
  while (fixture_last_cue (&c.f)->cue != PATELLA_CUE_UP)
    g_assert_true (patella_fake_clock_run_next (c.f.clock));
  patella_fake_clock_advance (c.f.clock, PATELLA_VOICE_COACH_MAX_LATE_USEC + 1);
  spin ();
  g_assert_cmpuint (patella_recording_speaker_get_said (c.speaker)->len, ==, 1);
  g_assert_cmpuint (patella_voice_coach_get_n_dropped (c.coach), ==, 1);

  /* Just in time still counts. */
  while (fixture_last_cue (&c.f)->cue != PATELLA_CUE_HOLD)
    g_assert_true (patella_fake_clock_run_next (c.f.clock));
  patella_fake_clock_advance (c.f.clock, PATELLA_VOICE_COACH_MAX_LATE_USEC);
  spin ();
  g_assert_cmpuint (patella_recording_speaker_get_said (c.speaker)->len, ==, 2);

  coached_tear_down (&c);
}

/* The mode: beeps only says nothing; voice or both speak; muting (sound
 * off) silences the voice too; the rate reaches the speaker. */
static void
test_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SETTINGS_SCHEMA_ID);
  Coached c = { 0 };

  coached_set_up (&c, 1);
  patella_voice_coach_bind_settings (c.coach, settings);
  g_assert_false (patella_voice_coach_get_enabled (c.coach));

  g_settings_set_enum (settings, "coaching", 1);
  g_assert_true (patella_voice_coach_get_enabled (c.coach));
  g_settings_set_enum (settings, "coaching", 2);
  g_assert_true (patella_voice_coach_get_enabled (c.coach));
  g_settings_set_boolean (settings, "sound-enabled", FALSE);
  g_assert_false (patella_voice_coach_get_enabled (c.coach));
  patella_voice_coach_say (c.coach, "Paused");
  g_assert_cmpuint (patella_recording_speaker_get_said (c.speaker)->len, ==, 0);
  g_settings_set_boolean (settings, "sound-enabled", TRUE);
  patella_voice_coach_say (c.coach, "Paused");
  g_assert_cmpuint (patella_recording_speaker_get_said (c.speaker)->len, ==, 1);

  g_settings_set_int (settings, "voice-rate", 30);
  g_assert_cmpint (patella_recording_speaker_get_rate (c.speaker), ==, 30);

  g_settings_reset (settings, "coaching");
  g_settings_reset (settings, "sound-enabled");
  g_settings_reset (settings, "voice-rate");
  coached_tear_down (&c);
}

/* No speech service: logged once, the session goes on. */
static void
test_failing_speaker (void)
{
  Coached c = { 0 };

  coached_set_up (&c, 1);
  patella_recording_speaker_set_failing (c.speaker, TRUE);
  g_test_expect_message (NULL, G_LOG_LEVEL_MESSAGE, "Nothing is spoken: no speech service");
  g_assert_true (patella_engine_start (c.f.engine));
  spin ();
  run_boundaries (&c, 200);
  g_test_assert_expected_messages ();
  g_assert_cmpint (patella_engine_get_state (c.f.engine), ==, PATELLA_ENGINE_FINISHED);
  g_assert_cmpuint (patella_voice_coach_get_n_spoken (c.coach), ==, 0);

  coached_tear_down (&c);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/voice-coach/phrases", test_phrases);
  g_test_add_func ("/voice-coach/session-words", test_session_words);
  g_test_add_func ("/voice-coach/late-phrase-dropped", test_late_phrase_dropped);
  g_test_add_func ("/voice-coach/settings", test_settings);
  g_test_add_func ("/voice-coach/failing-speaker", test_failing_speaker);

  return g_test_run ();
}
