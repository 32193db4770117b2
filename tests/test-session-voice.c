/* test-session-voice.c: the session screen spoken: phases, pause, questions, and beeps left out
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-recording-speaker.h"
#include "session-page-fixture.h"

static PatellaRecordingSpeaker *
voice_on (Fixture    *f,
          const char *mode)
{
  PatellaRecordingSpeaker *speaker = patella_recording_speaker_new (PATELLA_CLOCK (f->clock));

  g_settings_set_string (f->settings, "coaching", mode);
  patella_session_page_set_speaker (f->page, PATELLA_SPEAKER (speaker));
  return speaker;
}

/* Voice and beeps: the exercise and its first step before it starts, the
 * reps, "Paused" and "Resumed" on Space, and the question after the
 * exercise read out with how to answer it. */
static void
test_spoken_session (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PatellaRecordingSpeaker) speaker = voice_on (f, "both");
  GPtrArray *said = patella_recording_speaker_get_said (speaker);
  guint beeps;

  start (f);
  g_assert_true (press (f, GDK_KEY_Right));   /* no score before */
  SPIN_UNTIL (said->len >= 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (said, 0), "Glute bridge. "));

  RUN_UNTIL (f, at (f, "glute-bridge", PATELLA_PHASE_UP));
  spin_idle ();
  g_assert_true (patella_recording_speaker_has_said (speaker, "1"));

  g_assert_true (press (f, GDK_KEY_space));
  g_assert_true (patella_recording_speaker_has_said (speaker, "Paused"));
  g_assert_true (press (f, GDK_KEY_space));
  g_assert_true (patella_recording_speaker_has_said (speaker, "Resumed"));

  /* The beeps went on too. */
  beeps = patella_recording_sink_get_played (f->sink)->len;
  g_assert_cmpuint (beeps, >, 0);

  RUN_UNTIL (f, g_str_equal (patella_session_page_get_info (f->page), "pain"));
  g_assert_true (patella_recording_speaker_has_said (
    speaker, "How much did your knee hurt during that? Press a number from 0 to 10."));
}

/* Voice only: the same words, and no beep at all. */
static void
test_voice_only (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PatellaRecordingSpeaker) speaker = voice_on (f, "voice");

  start (f);
  g_assert_true (press (f, GDK_KEY_Right));
  RUN_UNTIL (f, at (f, "glute-bridge", PATELLA_PHASE_HOLD));
  spin_idle ();
  g_assert_true (patella_recording_speaker_has_said (speaker, "Hold"));
  g_assert_cmpuint (patella_recording_sink_get_played (f->sink)->len, ==, 0);
}

/* Beeps only (the default): nothing is spoken, and speech-dispatcher is
 * never started for it. */
static void
test_beeps_only (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PatellaRecordingSpeaker) speaker = voice_on (f, "beeps");

  start (f);
  g_assert_true (press (f, GDK_KEY_Right));
  RUN_UNTIL (f, at (f, "glute-bridge", PATELLA_PHASE_HOLD));
  spin_idle ();
  g_assert_cmpuint (patella_recording_speaker_get_said (speaker)->len, ==, 0);
  g_assert_cmpuint (patella_recording_sink_get_played (f->sink)->len, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      /* A UI test without a display is a broken run, not a pass. */
      g_printerr ("No display: run the UI tests under xvfb-run\n");
      return 1;
    }
  adw_init ();

#define ADD(name, func) \
  g_test_add ("/session-voice/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("spoken-session", test_spoken_session);
  ADD ("voice-only", test_voice_only);
  ADD ("beeps-only", test_beeps_only);
#undef ADD

  return g_test_run ();
}
