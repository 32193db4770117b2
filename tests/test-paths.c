/* test-paths.c: where the database lives, and how --database is read
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "patella-paths.h"

static char *data_home;

static void
test_default_follows_xdg_data_home (void)
{
  g_autofree char *path = patella_paths_default_database ();
  g_autofree char *expected = g_build_filename (data_home, "patella", "patella.db", NULL);
  g_autofree char *backups = patella_paths_backup_dir ();
  g_autofree char *dir = patella_paths_data_dir ();

  g_assert_cmpstr (path, ==, expected);
  g_assert_true (g_str_has_prefix (backups, dir));
  g_assert_true (g_str_has_suffix (backups, "/patella/backups"));
}

static void
test_resolve (void)
{
  g_autofree char *home_db = g_build_filename (g_get_home_dir (), "knee.db", NULL);
  g_autofree char *dflt = patella_paths_default_database ();
  struct {
    const char *requested;
    const char *cwd;
    const char *expected;
  } cases[] = {
    { NULL, "/tmp", dflt },
    { "", "/tmp", dflt },
    { "/var/lib/x.db", "/tmp", "/var/lib/x.db" },
    { "mine.db", "/home/runner", "/home/runner/mine.db" },
    { "sub/../mine.db", "/home/runner", "/home/runner/mine.db" },
    { "./a/b.db", "/srv", "/srv/a/b.db" },
    { "/data//x.db", "/", "/data/x.db" },
    { "~/knee.db", "/tmp", home_db },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = patella_paths_resolve_database (cases[i].requested, cases[i].cwd);
      g_assert_cmpstr (got, ==, cases[i].expected);
    }
}

static void
test_resolve_uses_current_dir (void)
{
  g_autofree char *here = g_get_current_dir ();
  g_autofree char *got = patella_paths_resolve_database ("diary.db", NULL);
  g_autofree char *expected = g_build_filename (here, "diary.db", NULL);
  g_autofree char *canonical = g_canonicalize_filename (expected, NULL);

  g_assert_cmpstr (got, ==, canonical);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  /* GLib caches the data dir on first use, so it is set before anything. */
  data_home = g_dir_make_tmp ("patella-paths-XXXXXX", NULL);
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/paths/default-follows-xdg-data-home", test_default_follows_xdg_data_home);
  g_test_add_func ("/paths/resolve", test_resolve);
  g_test_add_func ("/paths/resolve-uses-current-dir", test_resolve_uses_current_dir);

  ret = g_test_run ();

  g_rmdir (data_home);
  g_free (data_home);

  return ret;
}
