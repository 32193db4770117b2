/* test-autostart.c: the start at login entry, written and removed
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-autostart.h"
#include "store-test-util.h"

static char *config_dir;

static void
test_write_remove (void)
{
  g_autofree char *path = patella_autostart_get_path ();
  g_autofree char *expected = g_build_filename (config_dir, "autostart", APP_ID ".desktop", NULL);
  g_autoptr(GKeyFile) entry = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *exec = NULL;
  g_autofree char *type = NULL;

  g_assert_cmpstr (path, ==, expected);
  g_assert_false (patella_autostart_is_enabled ());

  /* Removing what is not there is fine. */
  g_assert_true (patella_autostart_set_enabled (FALSE, &error));
  g_assert_no_error (error);

  g_assert_true (patella_autostart_set_enabled (TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (patella_autostart_is_enabled ());
  g_assert_true (g_key_file_load_from_file (entry, path, G_KEY_FILE_NONE, &error));
  g_assert_no_error (error);
  exec = g_key_file_get_string (entry, "Desktop Entry", "Exec", &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (exec, " --background"));
  type = g_key_file_get_string (entry, "Desktop Entry", "Type", NULL);
  g_assert_cmpstr (type, ==, "Application");

  /* Twice is the same as once. */
  g_assert_true (patella_autostart_set_enabled (TRUE, &error));
  g_assert_true (patella_autostart_set_enabled (FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (patella_autostart_is_enabled ());
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* A file where the folder should be: refused in words. */
static void
test_folder_blocked (void)
{
  g_autofree char *dir = g_build_filename (config_dir, "autostart", NULL);
  g_autoptr(GError) error = NULL;

  g_rmdir (dir);
  g_assert_true (g_file_set_contents (dir, "not a folder", -1, NULL));
  g_assert_false (patella_autostart_set_enabled (TRUE, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "start at login"));
  g_assert_cmpint (g_unlink (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  config_dir = test_make_tmp_dir ();
  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/autostart/write-remove", test_write_remove);
  g_test_add_func ("/autostart/folder-blocked", test_folder_blocked);

  ret = g_test_run ();
  test_rm_rf (config_dir);
  g_free (config_dir);
  return ret;
}
