/* test-application.c: the command line of the application
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-application.h"

static char *seen_path;

/* Runs before the class handler, so no window is built. */
static void
capture_and_stop (GApplication *app,
                  gpointer      user_data)
{
  g_free (seen_path);
  seen_path = g_strdup (patella_application_get_database_path (PATELLA_APPLICATION (app)));
  g_signal_stop_emission_by_name (app, "activate");
}

static int
run_with (const char * const *args)
{
  g_autoptr(PatellaApplication) app = NULL;
  g_auto(GStrv) argv = g_strdupv ((char **) args);

  app = patella_application_new ("io.github.patella.Patella.Test", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (capture_and_stop), NULL);

  return g_application_run (G_APPLICATION (app), g_strv_length (argv), argv);
}

static void
test_database_option (void)
{
  g_autofree char *here = g_get_current_dir ();
  g_autofree char *expected = g_build_filename (here, "knee.db", NULL);
  const char *relative[] = { "patella", "--database", "knee.db", NULL };
  const char *absolute[] = { "patella", "--database=/tmp/other/diary.db", NULL };
  const char *shortopt[] = { "patella", "-d", "/tmp/x.db", NULL };

  g_assert_cmpint (run_with (relative), ==, 0);
  g_assert_cmpstr (seen_path, ==, expected);

  g_assert_cmpint (run_with (absolute), ==, 0);
  g_assert_cmpstr (seen_path, ==, "/tmp/other/diary.db");

  g_assert_cmpint (run_with (shortopt), ==, 0);
  g_assert_cmpstr (seen_path, ==, "/tmp/x.db");
}

static void
test_default_database (void)
{
  const char *none[] = { "patella", NULL };
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (),
                                                "patella", "patella.db", NULL);

  g_assert_cmpint (run_with (none), ==, 0);
  g_assert_cmpstr (seen_path, ==, expected);
}

static void
test_version (void)
{
  if (g_test_subprocess ())
    {
      const char *args[] = { "patella", "--version", NULL };
      g_clear_pointer (&seen_path, g_free);
      g_assert_cmpint (run_with (args), ==, 0);
      /* --version must exit before activating anything. */
      g_assert_null (seen_path);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("patella " PACKAGE_VERSION "\n");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/application/database-option", test_database_option);
  g_test_add_func ("/application/default-database", test_default_database);
  g_test_add_func ("/application/version", test_version);

  ret = g_test_run ();
  g_free (seen_path);

  return ret;
}
