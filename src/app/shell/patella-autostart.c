/* patella-autostart.c: the XDG autostart entry that starts Patella in the background at login
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "patella-autostart.h"

/**
 * patella_autostart_get_path:
 *
 * Returns: (transfer full): `$XDG_CONFIG_HOME/autostart/APP_ID.desktop`
 */
char *
patella_autostart_get_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", APP_ID ".desktop", NULL);
}

/**
 * patella_autostart_is_enabled:
 *
 * Returns: whether the autostart entry is there
 */
gboolean
patella_autostart_is_enabled (void)
{
  g_autofree char *path = patella_autostart_get_path ();

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* The program as it was started: the installed one, or the build tree's. */
static char *
exec_line (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *quoted = NULL;

  if (self == NULL || !g_path_is_absolute (self))
    return g_strdup ("patella --background");

  quoted = g_shell_quote (self);
  return g_strdup_printf ("%s --background", quoted);
}

/**
 * patella_autostart_set_enabled:
 * @enabled: write the entry, or remove it
 * @error: where a failure is told, in words
 *
 * Writes (atomically) or removes the autostart entry, which starts Patella
 * with `--background` at login so the daily reminders are sent without a
 * window. Removing an entry that is not there succeeds.
 *
 * Returns: %FALSE on error
 */
gboolean
patella_autostart_set_enabled (gboolean   enabled,
                               GError   **error)
{
  g_autofree char *path = patella_autostart_get_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *exec = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!enabled)
    {
      if (g_unlink (path) != 0 && errno != ENOENT)
        {
          int saved = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       _("Patella could not stop starting at login: “%s” could not be "
                         "removed (%s)."), path, g_strerror (saved));
          return FALSE;
        }
      return TRUE;
    }

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Patella could not be set to start at login: the folder “%s” could not "
                     "be made (%s)."), dir, g_strerror (saved));
      return FALSE;
    }

  exec = exec_line ();
  contents = g_strdup_printf ("[Desktop Entry]\n"
                              "Type=Application\n"
                              "Name=Patella\n"
                              "Comment=Sends the daily reminder of your knee sessions\n"
                              "Exec=%s\n"
                              "Icon=" APP_ID "\n"
                              "Terminal=false\n"
                              "NoDisplay=true\n"
                              "X-GNOME-Autostart-enabled=true\n",
                              exec);
  if (!g_file_set_contents_full (path, contents, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                 &local_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Patella could not be set to start at login: %s"), local_error->message);
      return FALSE;
    }

  return TRUE;
}
