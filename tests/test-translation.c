/* test-translation.c: with LANGUAGE=de the window and a session speak German
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Binds the text domain to the .mo files built in this tree, so it checks
 * the translation that would be installed, not one on the system.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "patella-application.h"
#include "patella-chart-summary.h"
#include "patella-window.h"
#include "session-page-fixture.h"

static PatellaApplication *app;
static char *locale_dir;   /* NULL: de_DE.UTF-8 could not be made */

/* Every visible label's text, a line each. */
static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

static gboolean
shows_line (GtkWidget  *root,
            const char *text)
{
  g_autoptr(GString) labels = g_string_new ("\n");
  g_autofree char *line = g_strdup_printf ("\n%s\n", text);

  collect_labels (root, labels);
  if (strstr (labels->str, line) != NULL)
    return TRUE;
  g_test_message ("“%s” is not among the labels:%s", text, labels->str);
  return FALSE;
}

static void
test_window_in_german (void)
{
  PatellaWindow *window = patella_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  spin_idle ();

  g_assert_cmpstr (_("Today"), ==, "Heute");
  g_assert_cmpstr (_("Pain Diary"), ==, "Schmerztagebuch");
  g_assert_true (shows_line (GTK_WIDGET (window), "Heute"));
  g_assert_true (shows_line (GTK_WIDGET (window), "Schmerztagebuch"));
  g_assert_true (shows_line (GTK_WIDGET (window), "Fortschritt"));
  gtk_window_destroy (GTK_WINDOW (window));
  spin_idle ();
}

static void
test_session_in_german (Fixture       *f,
                        gconstpointer  data)
{
  const char *question = _("How is your knee right now?");

  g_assert_cmpstr (question, !=, "How is your knee right now?");
  patella_session_page_start (f->page, f->items, G_N_ELEMENTS (f->items));
  SPIN_UNTIL (patella_session_page_get_active (f->page));
  g_assert_true (shows_line (GTK_WIDGET (f->page), question));
  g_assert_true (shows_line (GTK_WIDGET (f->page), "Gesäßbrücke"));
  g_assert_true (shows_line (GTK_WIDGET (f->page), "Übung 1 von 4"));
}

/* Numbers and dates follow the German locale, not only the words. */
static void
test_numbers_and_dates_in_german (void)
{
  const double usual[] = { 7, 7, 6, 7, 6, 7, 6, 5, 4, 4, 3, 4, 3, 3, 3, 3, 4, 3, 3, 4, 3 };
  g_autofree char *summary = NULL;
  g_autoptr(GDateTime) monday = g_date_time_new_utc (2026, 11, 30, 12, 0, 0);
  g_autofree char *weekday = NULL;

  /* build-aux/dev installs the locales package that localedef reads. */
  if (locale_dir == NULL)
    {
      g_test_fail_printf ("localedef could not make de_DE.UTF-8: is the locales package installed?");
      return;
    }
  summary = patella_pain_trend_summary (usual, G_N_ELEMENTS (usual));
  g_test_message ("%s", summary);
  g_assert_nonnull (strstr (summary, "6,6"));
  g_assert_nonnull (strstr (summary, "3,3"));
  g_assert_null (strstr (summary, "6.6"));
  weekday = g_date_time_format (monday, "%A");
  g_assert_cmpstr (weekday, ==, "Montag");
}

/* A bare machine has only C locales: make de_DE.UTF-8 in a temporary
 * folder with localedef, as a user's German desktop would have it. */
static char *
make_german_locale (void)
{
  g_autofree char *dir = g_dir_make_tmp ("patella-locale-XXXXXX", NULL);
  g_autofree char *target = NULL;
  int status = -1;

  if (dir == NULL)
    return NULL;
  target = g_build_filename (dir, "de_DE.UTF-8", NULL);
  {
    const char *argv[] = { "localedef", "-i", "de_DE", "-f", "UTF-8", target, NULL };

    if (!g_spawn_sync (NULL, (char **) argv, NULL,
                       G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                       NULL, NULL, NULL, NULL, &status, NULL)
        || !g_spawn_check_wait_status (status, NULL))
      return NULL;
  }
  return g_steal_pointer (&dir);
}

static void
remove_locale_dir (void)
{
  g_autofree char *target = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (locale_dir == NULL)
    return;
  target = g_build_filename (locale_dir, "de_DE.UTF-8", NULL);
  dir = g_dir_open (target, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (target, name, NULL);

      if (g_remove (path) != 0)
        {
          /* LC_MESSAGES is a folder of one file. */
          g_autofree char *inner = g_build_filename (path, "SYS_LC_MESSAGES", NULL);

          g_remove (inner);
          g_rmdir (path);
        }
    }
  g_rmdir (target);
  g_rmdir (locale_dir);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  locale_dir = make_german_locale ();
  if (locale_dir != NULL)
    {
      g_setenv ("LOCPATH", locale_dir, TRUE);
      g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
    }
  else
    g_setenv ("LC_ALL", "C.UTF-8", TRUE);   /* C.UTF-8 still honours LANGUAGE */
  g_setenv ("LANGUAGE", "de", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, PO_BUILDDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);
  app = patella_application_new ("io.github.patella.Patella.Test", G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/translation/window", test_window_in_german);
  g_test_add ("/translation/session", Fixture, NULL,
              fixture_set_up, test_session_in_german, fixture_tear_down);
  g_test_add_func ("/translation/numbers-and-dates", test_numbers_and_dates_in_german);

  ret = g_test_run ();
  g_clear_object (&app);
  remove_locale_dir ();
  g_free (locale_dir);

  return ret;
}
