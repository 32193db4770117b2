/* test-exercise-picture.c: every core exercise has its two figures, drawn once per size and style
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-catalogue.h"
#include "patella-exercise-picture.h"

static void
draw_once (GtkWidget *window)
{
  /* The snapshot the frame clock would take, run now so the test need not
   * wait for a frame. */
  GtkWidget *child = gtk_window_get_child (GTK_WINDOW (window));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  while (g_main_context_iteration (NULL, FALSE))
    ;
  GTK_WIDGET_GET_CLASS (child)->snapshot (child, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
}

static void
test_core_exercises_have_figures (void)
{
  const char * const *ids = patella_catalogue_get_core_ids ();
  guint n = 0;

  for (guint i = 0; ids[i] != NULL; i++, n++)
    {
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;

      start = g_strdup_printf (RESOURCE_PATH "/illustrations/%s-start.svg", ids[i]);
      end = g_strdup_printf (RESOURCE_PATH "/illustrations/%s-end.svg", ids[i]);

      g_assert_true (patella_exercise_picture_has_figure (ids[i]));
      g_assert_true (g_resources_get_info (start, 0, NULL, NULL, NULL));
      g_assert_true (g_resources_get_info (end, 0, NULL, NULL, NULL));
    }

  g_assert_cmpuint (n, ==, 5);
  g_assert_false (patella_exercise_picture_has_figure ("tibialis-posterior-stretch"));
  g_assert_false (patella_exercise_picture_has_figure (NULL));
}

static void
test_renders_are_cached (void)
{
  GtkWidget *window = gtk_window_new ();
  PatellaExercisePicture *picture = PATELLA_EXERCISE_PICTURE (patella_exercise_picture_new ());
  AdwStyleManager *style = adw_style_manager_get_default ();

  gtk_window_set_default_size (GTK_WINDOW (window), 400, 300);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (picture));
  patella_exercise_picture_set_exercise_id (picture, "wall-squat");
  gtk_window_present (GTK_WINDOW (window));

  draw_once (window);
  g_assert_cmpuint (patella_exercise_picture_get_n_renders (picture), ==, 1);

  /* Start, end, start again: each position is drawn once. */
  patella_exercise_picture_set_end (picture, TRUE);
  draw_once (window);
  patella_exercise_picture_set_end (picture, FALSE);
  draw_once (window);
  patella_exercise_picture_set_end (picture, TRUE);
  draw_once (window);
  g_assert_cmpuint (patella_exercise_picture_get_n_renders (picture), ==, 2);

  /* Dark style: drawn again, in the dark palette. */
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  draw_once (window);
  g_assert_true (adw_style_manager_get_dark (style));
  g_assert_cmpuint (patella_exercise_picture_get_n_renders (picture), ==, 3);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  /* A new exercise drops the old figures. */
  patella_exercise_picture_set_exercise_id (picture, "clamshell");
  draw_once (window);
  g_assert_cmpuint (patella_exercise_picture_get_n_renders (picture), ==, 4);
  g_assert_cmpstr (patella_exercise_picture_get_exercise_id (picture), ==, "clamshell");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* The test command provides a display (xvfb-run): without one, fail
   * instead of passing with nothing tested. */
  if (!gtk_init_check ())
    g_error ("No display: run the tests with build-aux/dev test, which provides one");
  adw_init ();

  g_test_add_func ("/exercise-picture/core-exercises-have-figures",
                   test_core_exercises_have_figures);
  g_test_add_func ("/exercise-picture/renders-are-cached", test_renders_are_cached);

  return g_test_run ();
}
