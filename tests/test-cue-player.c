/* test-cue-player.c: each cue asks the sink for its own sound; a failing sink is survivable
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "patella-canberra-sink.h"
#include "patella-cue-player.h"
#include "patella-fake-clock.h"
#include "patella-recording-sink.h"

static char *tmp_home;

static void
spin_until_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

typedef struct
{
  PatellaFakeClock     *clock;
  PatellaRecordingSink *sink;
  PatellaCuePlayer     *player;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->clock = patella_fake_clock_new (1000 * G_USEC_PER_SEC,
                                     G_GINT64_CONSTANT (1700000000) * G_USEC_PER_SEC);
  f->sink = patella_recording_sink_new ();
  f->player = patella_cue_player_new (PATELLA_SOUND_SINK (f->sink), PATELLA_CLOCK (f->clock));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->player);
  g_assert_finalize_object (f->sink);
  g_assert_finalize_object (f->clock);
}

static gint64
now (Fixture *f)
{
  return patella_clock_get_monotonic_usec (PATELLA_CLOCK (f->clock));
}

/* Every cue that makes a sound has its own; the silent one is the rep end. */
static void
test_each_cue_has_its_sound (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *played = patella_recording_sink_get_played (f->sink);
  GPtrArray *prepared = patella_recording_sink_get_prepared (f->sink);
  guint n_sounded = 0;

  g_assert_true (patella_cue_player_prepare (f->player));
  g_assert_cmpuint (prepared->len, ==, PATELLA_N_CUES - 1);

  for (guint cue = 0; cue < PATELLA_N_CUES; cue++)
    {
      const char *id = patella_cue_player_get_sound_id (cue);
      guint before = played->len;

      /* Each at its own instant, so none shares a boundary with another. */
      patella_fake_clock_advance (f->clock, G_USEC_PER_SEC);
      patella_cue_player_play (f->player, cue, now (f));
      spin_until_idle ();

      if (cue == PATELLA_CUE_REP_DONE)
        {
          g_assert_null (id);
          g_assert_cmpuint (played->len, ==, before);
          continue;
        }

      g_assert_nonnull (id);
      g_assert_cmpuint (played->len, ==, before + 1);
      g_assert_cmpstr (g_ptr_array_index (played, played->len - 1), ==, id);
      g_assert_true (g_ptr_array_find_with_equal_func (prepared, id, g_str_equal, NULL));
      g_assert_false (g_hash_table_contains (seen, id));
      g_hash_table_add (seen, (gpointer) id);
      n_sounded++;
    }

  g_assert_cmpuint (n_sounded, ==, PATELLA_N_CUES - 1);
  g_assert_cmpstr (patella_cue_player_get_sound_id (PATELLA_CUE_HOLD_TICK), !=,
                   patella_cue_player_get_sound_id (PATELLA_CUE_GET_READY_TICK));

  /* The fake clock does not move while the player works: no lateness. */
  g_assert_cmpuint (patella_cue_player_get_n_onsets (f->player), ==, n_sounded);
  g_assert_cmpint (patella_cue_player_get_onset_percentile (f->player, 99), ==, 0);
}

static void
test_one_sound_per_boundary (Fixture       *f,
                             gconstpointer  data)
{
  GPtrArray *played = patella_recording_sink_get_played (f->sink);
  gint64 t;

  g_assert_true (patella_cue_player_prepare (f->player));

  /* End of a set: the set-done sound, not the rest that starts with it. */
  t = now (f);
  patella_cue_player_play (f->player, PATELLA_CUE_REP_DONE, t);
  patella_cue_player_play (f->player, PATELLA_CUE_SET_DONE, t);
  patella_cue_player_play (f->player, PATELLA_CUE_REST, t);
  spin_until_idle ();
  g_assert_cmpuint (played->len, ==, 1);
  g_assert_cmpstr (played->pdata[0], ==, "patella-set-done");

  /* A rep that ends as the next begins: the silent end lets "up" speak. */
  patella_fake_clock_advance (f->clock, 3 * G_USEC_PER_SEC);
  t = now (f);
  patella_cue_player_play (f->player, PATELLA_CUE_REP_DONE, t);
  patella_cue_player_play (f->player, PATELLA_CUE_UP, t);
  spin_until_idle ();
  g_assert_cmpuint (played->len, ==, 2);
  g_assert_cmpstr (played->pdata[1], ==, "patella-up");

  /* A cue of the same boundary arriving after the sound went out stays quiet. */
  patella_cue_player_play (f->player, PATELLA_CUE_HOLD, t);
  spin_until_idle ();
  g_assert_cmpuint (played->len, ==, 2);

  /* Cues at different instants in one dispatch each sound, in order. */
  patella_cue_player_play (f->player, PATELLA_CUE_HOLD, t + 1);
  patella_cue_player_play (f->player, PATELLA_CUE_HOLD_TICK, t + 2);
  spin_until_idle ();
  g_assert_cmpuint (played->len, ==, 4);
  g_assert_cmpstr (played->pdata[2], ==, "patella-hold");
  g_assert_cmpstr (played->pdata[3], ==, "patella-hold-tick");
}

static void
test_mute_and_volume (Fixture       *f,
                      gconstpointer  data)
{
  GPtrArray *played = patella_recording_sink_get_played (f->sink);
  g_autoptr(GSettings) settings = g_settings_new (SETTINGS_SCHEMA_ID);

  g_settings_set_boolean (settings, "sound-enabled", TRUE);
  g_settings_set_double (settings, "sound-volume", 0.5);
  patella_cue_player_bind_settings (f->player, settings);
  g_assert_true (patella_cue_player_prepare (f->player));

  patella_cue_player_play (f->player, PATELLA_CUE_UP, now (f));
  spin_until_idle ();
  g_assert_cmpuint (played->len, ==, 1);
  g_assert_cmpfloat_with_epsilon (patella_recording_sink_get_last_volume (f->sink), 0.5, 1e-9);

  /* M on the session screen flips the same setting. */
  g_settings_set_boolean (settings, "sound-enabled", FALSE);
  g_assert_false (patella_cue_player_get_enabled (f->player));
  patella_fake_clock_advance (f->clock, G_USEC_PER_SEC);
  patella_cue_player_play (f->player, PATELLA_CUE_DOWN, now (f));
  spin_until_idle ();
  g_assert_cmpuint (played->len, ==, 1);

  /* Volume zero is silence too. */
  g_settings_set_boolean (settings, "sound-enabled", TRUE);
  g_settings_set_double (settings, "sound-volume", 0.0);
  patella_fake_clock_advance (f->clock, G_USEC_PER_SEC);
  patella_cue_player_play (f->player, PATELLA_CUE_DOWN, now (f));
  spin_until_idle ();
  g_assert_cmpuint (played->len, ==, 1);

  patella_cue_player_set_volume (f->player, 1.0);
  g_assert_cmpfloat (g_settings_get_double (settings, "sound-volume"), ==, 1.0);
  g_settings_reset (settings, "sound-enabled");
  g_settings_reset (settings, "sound-volume");
}

/* Muting between a cue and its dispatch drops it: M is heard at once. */
static void
test_mute_drops_pending (Fixture       *f,
                         gconstpointer  data)
{
  GPtrArray *played = patella_recording_sink_get_played (f->sink);

  g_assert_true (patella_cue_player_prepare (f->player));
  patella_cue_player_play (f->player, PATELLA_CUE_UP, now (f));
  patella_cue_player_set_enabled (f->player, FALSE);
  spin_until_idle ();
  g_assert_cmpuint (played->len, ==, 0);
}

static void
test_failing_sink_at_prepare (Fixture       *f,
                              gconstpointer  data)
{
  GPtrArray *played = patella_recording_sink_get_played (f->sink);

  patella_recording_sink_set_failing (f->sink, TRUE);

  g_test_expect_message (NULL, G_LOG_LEVEL_MESSAGE, "Session sounds are off: No sound device");
  g_assert_false (patella_cue_player_prepare (f->player));
  g_test_assert_expected_messages ();

  /* Silent from then on: the sink is not asked again, nothing is logged. */
  for (guint i = 0; i < 5; i++)
    {
      patella_fake_clock_advance (f->clock, G_USEC_PER_SEC);
      patella_cue_player_play (f->player, PATELLA_CUE_UP, now (f));
      spin_until_idle ();
    }
  g_assert_cmpuint (played->len, ==, 0);
  g_assert_false (patella_cue_player_prepare (f->player));
}

static void
test_failing_sink_at_play (Fixture       *f,
                           gconstpointer  data)
{
  GPtrArray *played = patella_recording_sink_get_played (f->sink);

  g_assert_true (patella_cue_player_prepare (f->player));
  patella_recording_sink_set_failing (f->sink, TRUE);

  /* One log line for the first failure, none for the next ones. */
  g_test_expect_message (NULL, G_LOG_LEVEL_MESSAGE, "Session sounds are off: *");
  for (guint i = 0; i < 4; i++)
    {
      patella_fake_clock_advance (f->clock, G_USEC_PER_SEC);
      patella_cue_player_play (f->player, PATELLA_CUE_DOWN, now (f));
      spin_until_idle ();
    }
  g_test_assert_expected_messages ();
  g_assert_cmpuint (played->len, ==, 4);

  /* A device that comes back is used again. */
  patella_recording_sink_set_failing (f->sink, FALSE);
  patella_fake_clock_advance (f->clock, G_USEC_PER_SEC);
  patella_cue_player_play (f->player, PATELLA_CUE_UP, now (f));
  spin_until_idle ();
  g_assert_cmpuint (played->len, ==, 5);
}

static void
test_onset_percentile (Fixture       *f,
                       gconstpointer  data)
{
  gint64 t;

  g_assert_true (patella_cue_player_prepare (f->player));

  /* Cues handed over 0, 1, ..., 99 ms late: p50 is 49 ms, p99 98 ms. */
  for (int late = 0; late < 100; late++)
    {
      patella_fake_clock_advance (f->clock, G_USEC_PER_SEC);
      t = now (f);
      patella_fake_clock_advance (f->clock, late * 1000);
      patella_cue_player_play (f->player, PATELLA_CUE_HOLD_TICK, t);
      spin_until_idle ();
    }

  g_assert_cmpuint (patella_cue_player_get_n_onsets (f->player), ==, 100);
  g_assert_cmpint (patella_cue_player_get_onset_percentile (f->player, 50), ==, 49000);
  g_assert_cmpint (patella_cue_player_get_onset_percentile (f->player, 99), ==, 98000);
  g_assert_cmpint (patella_cue_player_get_onset_percentile (f->player, 100), ==, 99000);

  patella_cue_player_reset_onsets (f->player);
  g_assert_cmpuint (patella_cue_player_get_n_onsets (f->player), ==, 0);
}

/* The real sink on a machine whose ALSA device is the null one
 * (the .asoundrc main() writes): every sound is extracted and plays. */
static void
test_canberra_sink (void)
{
  g_autoptr(PatellaSoundSink) sink = patella_canberra_sink_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *file = NULL;
  const char *resource = RESOURCE_PATH "/sounds/up.wav";

  g_assert_true (patella_sound_sink_prepare (sink, "patella-up", resource, &error));
  g_assert_no_error (error);

  file = g_build_filename (g_get_user_cache_dir (), "patella", "sounds", "up.wav", NULL);
  g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));

  g_assert_true (patella_sound_sink_play (sink, "patella-up", resource, 0.8, &error));
  g_assert_no_error (error);

  /* A missing sound is an error, not a crash. */
  g_assert_false (patella_sound_sink_play (sink, "patella-nothing",
                                           RESOURCE_PATH "/sounds/nothing.wav", 0.8, &error));
  g_assert_error (error, G_RESOURCE_ERROR, G_RESOURCE_ERROR_NOT_FOUND);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *asoundrc = NULL;
  g_autofree char *cache = NULL;
  int ret;

  /* Before anything reads them: the null ALSA device, and a private cache. */
  tmp_home = g_dir_make_tmp ("patella-cue-XXXXXX", NULL);
  g_assert_nonnull (tmp_home);
  asoundrc = g_build_filename (tmp_home, ".asoundrc", NULL);
  g_assert_true (g_file_set_contents (asoundrc, "pcm.!default { type null }\n", -1, NULL));
  cache = g_build_filename (tmp_home, "cache", NULL);
  g_setenv ("HOME", tmp_home, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);

  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/cue-player/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("each-cue-has-its-sound", test_each_cue_has_its_sound);
  ADD ("one-sound-per-boundary", test_one_sound_per_boundary);
  ADD ("mute-and-volume", test_mute_and_volume);
  ADD ("mute-drops-pending", test_mute_drops_pending);
  ADD ("failing-sink-at-prepare", test_failing_sink_at_prepare);
  ADD ("failing-sink-at-play", test_failing_sink_at_play);
  ADD ("onset-percentile", test_onset_percentile);
#undef ADD
  g_test_add_func ("/cue-player/canberra-sink", test_canberra_sink);

  ret = g_test_run ();

  remove_tree (tmp_home);
  g_free (tmp_home);

  return ret;
}
