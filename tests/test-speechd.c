/* test-speechd.c: spoken coaching through the real speech-dispatcher, into a null sound device
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "patella-speechd-speaker.h"
#include "store-test-util.h"

/* speech-dispatcher started for this test alone: its own socket and
 * config under a temporary HOME, ALSA's null device for the espeak-ng
 * module's sound (a machine without a sound card still "plays" it). */
static char *
private_home (void)
{
  char *home = test_make_tmp_dir ();
  g_autofree char *asoundrc = g_build_filename (home, ".asoundrc", NULL);
  g_autofree char *conf_dir = g_build_filename (home, "config", "speech-dispatcher", NULL);
  g_autofree char *conf = g_build_filename (conf_dir, "speechd.conf", NULL);
  g_autofree char *system_conf = NULL;
  g_autoptr(GRegex) output = g_regex_new ("^#? *AudioOutputMethod.*$", G_REGEX_MULTILINE, 0,
                                          NULL);
  g_autofree char *mine = NULL;
  g_autofree char *config = g_build_filename (home, "config", NULL);
  g_autofree char *cache = g_build_filename (home, "cache", NULL);

  g_assert_true (g_file_set_contents (asoundrc, "pcm.!default { type null }\n", -1, NULL));
  g_assert_true (g_file_get_contents ("/etc/speech-dispatcher/speechd.conf", &system_conf,
                                      NULL, NULL));
  mine = g_regex_replace_literal (output, system_conf, -1, 0, "AudioOutputMethod \"alsa\"", 0,
                                  NULL);
  g_assert_cmpint (g_mkdir_with_parents (conf_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (conf, mine, -1, NULL));

  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_RUNTIME_DIR", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);

  return home;
}

static void
test_speaks (void)
{
  g_autoptr(PatellaSpeaker) speaker = patella_speechd_speaker_new ();
  g_autoptr(GError) error = NULL;
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  /* Not yet connected: refused at once, never queued for later. */
  if (!patella_speechd_speaker_get_ready (PATELLA_SPEECHD_SPEAKER (speaker)))
    {
      g_assert_false (patella_speaker_speak (speaker, "Too early", &error));
      g_assert_nonnull (error);
      g_clear_error (&error);
    }

  while (!patella_speechd_speaker_get_ready (PATELLA_SPEECHD_SPEAKER (speaker))
         && patella_speechd_speaker_get_error (PATELLA_SPEECHD_SPEAKER (speaker)) == NULL
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_null (patella_speechd_speaker_get_error (PATELLA_SPEECHD_SPEAKER (speaker)));
  g_assert_true (patella_speechd_speaker_get_ready (PATELLA_SPEECHD_SPEAKER (speaker)));

  patella_speaker_set_rate (speaker, 20);
  g_assert_true (patella_speaker_speak (speaker, "Lift", &error));
  g_assert_no_error (error);
  /* A second phrase cuts the first short rather than queueing. */
  g_assert_true (patella_speaker_speak (speaker, "Hold", &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = NULL;
  int ret;

  if (!g_file_test ("/usr/bin/speech-dispatcher", G_FILE_TEST_IS_EXECUTABLE)
      || !g_file_test ("/etc/speech-dispatcher/speechd.conf", G_FILE_TEST_EXISTS))
    {
      /* build-aux/dev installs it; a bare machine without it says so. */
      g_print ("1..0 # SKIP speech-dispatcher is not installed\n");
      return 0;
    }

  home = private_home ();
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/speechd/speaks", test_speaks);
  ret = g_test_run ();
  test_rm_rf (home);

  return ret;
}
