/* patella-paths.c: where Patella keeps its files
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-paths.h"

/* Everything lives under $XDG_DATA_HOME/patella so a user can back up, move or
 * delete their whole history by handling one folder. */
char *
patella_paths_data_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "patella", NULL);
}

char *
patella_paths_default_database (void)
{
  return g_build_filename (g_get_user_data_dir (), "patella", "patella.db", NULL);
}

char *
patella_paths_backup_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "patella", "backups", NULL);
}

/* Turns what the user typed after --database into an absolute path. A
 * relative path is taken from the directory the command ran in (the primary
 * instance may run elsewhere), and a leading "~/" is expanded because a
 * quoted path reaches us without the shell having done it. NULL or "" means
 * the default database. */
char *
patella_paths_resolve_database (const char *requested,
                                const char *cwd)
{
  g_autofree char *joined = NULL;

  if (requested == NULL || requested[0] == '\0')
    return patella_paths_default_database ();

  if (g_str_equal (requested, "~") || g_str_has_prefix (requested, "~/"))
    joined = g_build_filename (g_get_home_dir (), requested + 1, NULL);
  else if (g_path_is_absolute (requested))
    joined = g_strdup (requested);
  else
    {
      g_autofree char *here = cwd ? g_strdup (cwd) : g_get_current_dir ();
      joined = g_build_filename (here, requested, NULL);
    }

  return g_canonicalize_filename (joined, NULL);
}
