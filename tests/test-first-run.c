/* test-first-run.c: the first-run assistant, walked through by keyboard alone
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-first-run-window.h"
#include "patella-kujala-window.h"
#include "patella-store-program.h"
#include "program-test-util.h"

#define DAY "2026-03-04"   /* a Wednesday */

typedef struct
{
  char             *dir;
  PatellaStore     *store;
  PatellaFakeClock *clock;
  PatellaToday     *today;
  GSettings        *settings;
  GtkWindow        *parent;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = test_make_tmp_dir ();
  path = g_build_filename (f->dir, "patella.db", NULL);
  f->store = patella_store_open (path, &error);
  g_assert_no_error (error);
  f->clock = test_clock_at_day (DAY);
  f->today = patella_today_new (PATELLA_CLOCK (f->clock));
  f->settings = g_settings_new (SETTINGS_SCHEMA_ID);
  g_settings_reset (f->settings, "first-run-done");
  g_settings_reset (f->settings, "affected-side");
  f->parent = GTK_WINDOW (adw_window_new ());
  gtk_window_present (f->parent);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->parent);
  spin_idle ();
  g_assert_finalize_object (f->store);
  g_assert_finalize_object (f->today);
  g_clear_object (&f->clock);
  g_clear_object (&f->settings);
  test_rm_rf (f->dir);
  g_free (f->dir);
}

static const char *
page (PatellaFirstRunWindow *w)
{
  return patella_first_run_window_get_page (w);
}

static GtkWidget *
row_widget (GtkWidget  *root,
            const char *title)
{
  GtkWidget *row = test_find_visible (root, ADW_TYPE_ACTION_ROW, title);

  g_assert_nonnull (row);
  return adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));
}

/* Tab to the button called @label on the page on screen, press Enter. */
static void
press_type (PatellaFirstRunWindow *w,
            GType                  type,
            const char            *label)
{
  GtkWidget *button = NULL;

  g_test_message ("pressing %s on %s", label, page (w));
  SPIN_UNTIL ((button = test_find_visible (GTK_WIDGET (w), type, label)) != NULL
              && gtk_widget_get_sensitive (button));
  test_tab_to (GTK_WINDOW (w), button);
  test_press_focus (GTK_WINDOW (w));
}

static void
press (PatellaFirstRunWindow *w,
       const char            *label)
{
  press_type (w, GTK_TYPE_BUTTON, label);
}

static void
test_keyboard_walk (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree PatellaStoreProgram *program = NULL;
  g_autoptr(PatellaPainEntry) pain = NULL;
  g_autoptr(GError) error = NULL;
  PatellaFirstRunWindow *w;
  GtkWidget *next;
  GtkWidget *spin;

  w = patella_first_run_window_present_if_new (f->parent, f->store, f->today, f->settings);
  g_assert_nonnull (w);
  g_object_add_weak_pointer (G_OBJECT (w), (gpointer *) &w);
  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (w)));
  spin_idle ();
  g_assert_cmpstr (page (w), ==, "about");

  press (w, "_Continue");
  SPIN_UNTIL (g_str_equal (page (w), "signs"));

  /* A warning sign applies: going on needs the user's word. */
  press (w, "_One or More Apply");
  next = test_find_visible (GTK_WIDGET (w), GTK_TYPE_BUTTON, "_Continue");
  SPIN_UNTIL ((next = test_find_visible (GTK_WIDGET (w), GTK_TYPE_BUTTON, "_Continue")) != NULL
              && !gtk_widget_get_sensitive (next));
  g_assert_false (test_tab_reaches (GTK_WINDOW (w), next));
  press_type (w, GTK_TYPE_CHECK_BUTTON, "I have been _checked and told I can exercise");
  SPIN_UNTIL (gtk_widget_get_sensitive (next));
  press (w, "_Continue");
  SPIN_UNTIL (g_str_equal (page (w), "knee"));

  /* The left knee, by Tab to its row and Space. */
  test_tab_to (GTK_WINDOW (w), test_find_visible (GTK_WIDGET (w), ADW_TYPE_ACTION_ROW,
                                                   "_Left knee"));
  test_press_focus (GTK_WINDOW (w));
  SPIN_UNTIL (g_settings_get_enum (f->settings, "affected-side") == PATELLA_SIDE_LEFT);
  press (w, "_Continue");
  SPIN_UNTIL (g_str_equal (page (w), "pain"));

  /* Usual 3, worst 5, with the arrow keys. */
  spin = row_widget (GTK_WIDGET (w), "_Usual pain");
  test_tab_to (GTK_WINDOW (w), spin);
  test_spin_steps (GTK_SPIN_BUTTON (spin), 3);
  spin = row_widget (GTK_WIDGET (w), "_Worst pain");
  test_tab_to (GTK_WINDOW (w), spin);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, 3);
  test_spin_steps (GTK_SPIN_BUTTON (spin), 2);
  press (w, "_Save and Continue");
  SPIN_UNTIL (g_str_equal (page (w), "kujala"));
  pain = patella_store_get_pain (f->store, DAY, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pain);
  g_assert_cmpint (pain->usual, ==, 3);
  g_assert_cmpint (pain->worst, ==, 5);

  /* The questionnaire opens on Enter and can wait. */
  press (w, "_Answer Now…");
  {
    GtkWindow *kujala = NULL;
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < 100 && kujala == NULL; i++)
      {
        for (guint j = 0; j < g_list_model_get_n_items (toplevels); j++)
          {
            g_autoptr(GObject) t = g_list_model_get_item (toplevels, j);

            if (PATELLA_IS_KUJALA_WINDOW (t))
              kujala = GTK_WINDOW (t);
          }
        g_main_context_iteration (NULL, FALSE);
        g_usleep (5000);
      }
    g_assert_nonnull (kujala);
    g_assert_true (gtk_window_get_transient_for (kujala) == GTK_WINDOW (w));
    gtk_window_destroy (kujala);
    spin_idle ();
  }
  press (w, "_Later");
  SPIN_UNTIL (g_str_equal (page (w), "schedule"));

  /* Weekdays only, four weeks, the reminder on at 18:00 as offered. */
  test_tab_to (GTK_WINDOW (w), test_find_visible (GTK_WIDGET (w), GTK_TYPE_TOGGLE_BUTTON,
                                                   "Saturday"));
  test_press_focus (GTK_WINDOW (w));
  test_tab_to (GTK_WINDOW (w), test_find_visible (GTK_WIDGET (w), GTK_TYPE_TOGGLE_BUTTON,
                                                   "Sunday"));
  test_press_focus (GTK_WINDOW (w));
  SPIN_UNTIL (patella_first_run_window_get_training_days (w) == 0x1f);
  spin = row_widget (GTK_WIDGET (w), "_Length in weeks");
  test_tab_to (GTK_WINDOW (w), spin);
  test_spin_steps (GTK_SPIN_BUTTON (spin), -2);
  test_tab_to (GTK_WINDOW (w), test_find_visible (GTK_WIDGET (w), GTK_TYPE_SWITCH, NULL));
  test_press_focus (GTK_WINDOW (w));
  press (w, "_Start the Program");
  SPIN_UNTIL (w == NULL);

  program = patella_store_get_program (f->store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (program);
  g_assert_cmpstr (program->program.start_day, ==, DAY);
  g_assert_cmpuint (program->program.n_weeks, ==, 4);
  g_assert_cmpuint (program->program.training_days, ==, 0x1f);
  g_assert_cmpint (program->reminder_minute, ==, 18 * 60);
  g_assert_true (g_settings_get_boolean (f->settings, "first-run-done"));

  /* Done: not shown again. */
  g_assert_null (patella_first_run_window_present_if_new (f->parent, f->store, f->today,
                                                          f->settings));
}

/* Escape skips: no program, and the assistant counts as seen. Back goes
 * back a page. */
static void
test_skip_and_back (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree PatellaStoreProgram *program = NULL;
  PatellaFirstRunWindow *w;
  GtkWidget *back;

  w = patella_first_run_window_present_if_new (f->parent, f->store, f->today, f->settings);
  g_object_add_weak_pointer (G_OBJECT (w), (gpointer *) &w);
  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (w)));

  back = test_find_visible (GTK_WIDGET (w), GTK_TYPE_BUTTON, "Back (Alt+Left)");
  g_assert_false (gtk_widget_get_sensitive (back));
  press (w, "_Continue");
  SPIN_UNTIL (g_str_equal (page (w), "signs"));
  SPIN_UNTIL (gtk_widget_get_sensitive (back));
  test_tab_to (GTK_WINDOW (w), back);
  test_press_focus (GTK_WINDOW (w));
  SPIN_UNTIL (g_str_equal (page (w), "about"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (w), "window.close", NULL));
  SPIN_UNTIL (w == NULL);
  program = patella_store_get_program (f->store, NULL);
  g_assert_null (program);
  g_assert_true (g_settings_get_boolean (f->settings, "first-run-done"));
  g_assert_null (patella_first_run_window_present_if_new (f->parent, f->store, f->today,
                                                          f->settings));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    g_error ("No display: run the tests with build-aux/dev test, which provides one");
  adw_init ();

  g_test_add ("/first-run/keyboard-walk", Fixture, NULL, fixture_set_up, test_keyboard_walk,
              fixture_tear_down);
  g_test_add ("/first-run/skip-and-back", Fixture, NULL, fixture_set_up, test_skip_and_back,
              fixture_tear_down);

  return g_test_run ();
}
