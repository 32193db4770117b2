/* shot-program.c: screenshots of the first-run assistant's pages and of Today in each state
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: a tool that saves PNGs of every first-run page and of Today
 * on a training day, a rest day, with an unfinished session, once done,
 * and with a proposal, for one window size and style:
 *
 *   meson compile -C _build shot-program
 *   SHOTS=/tmp/shots xvfb-run -a -s "-screen 0 1280x800x24" \
 *     meson devenv -C _build ./tests/shot-program 1280 800 light
 */
#include "config.h"

#include "patella-day-plan.h"
#include "patella-first-run-window.h"
#include "patella-store-private.h"
#include "patella-today-page.h"
#include "program-test-util.h"
#include "shot-util.h"

static void
shoot (GtkWindow  *window,
       const char *name)
{
  shot_window (window, name, 700);
}

static void
click (GtkWidget  *root,
       GType       type,
       const char *label)
{
  GtkWidget *button = test_find_visible (root, type, gettext (label));

  if (button == NULL)
    g_error ("No “%s” on screen", label);
  gtk_widget_activate (button);
  shot_spin_for (400);
}

static gint64
add_session (PatellaStore        *store,
             const char          *day,
             int                  minute,
             PatellaSessionState  state)
{
  g_autoptr(GDateTime) start = NULL;
  PatellaStoreSet set = { 0 };
  int y, m, d;
  gint64 us;
  gint64 id;

  g_assert_cmpint (sscanf (day, "%d-%d-%d", &y, &m, &d), ==, 3);
  start = g_date_time_new_utc (y, m, d, 9, minute, 0);
  us = patella_store_usec (start);
  id = patella_store_begin_session (store, start, PATELLA_STORE_NO_PAIN, NULL);
  set.exercise_id = "clamshell";
  set.side = PATELLA_STORE_SIDE_LEFT;
  set.set_number = 1;
  set.reps_planned = set.reps_done = 10;
  set.pain_during = 2;
  set.started_us = us;
  set.ended_us = us + 60 * G_USEC_PER_SEC;
  patella_store_add_set (store, id, &set, NULL, NULL);
  if (state != PATELLA_SESSION_STATE_IN_PROGRESS)
    patella_store_end_session (store, id, state, us + 600 * G_USEC_PER_SEC, 2, NULL);

  return id;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(PatellaFakeClock) clock = NULL;
  g_autoptr(PatellaToday) today = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GArray) items = NULL;
  g_autoptr(GError) error = NULL;
  PatellaFirstRunWindow *first_run;
  PatellaProgram program;
  GtkWindow *window;
  GtkWidget *overlay;
  GtkWidget *page;
  int width, height;

  g_setenv ("TZ", "UTC", TRUE);
  shot_init (argc, argv, &width, &height);
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);

  dir = g_dir_make_tmp ("patella-shot-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (dir, "patella.db", NULL);
  store = patella_store_open (db, &error);
  g_assert_no_error (error);
  clock = test_clock_at_day ("2026-03-02");
  today = patella_today_new (PATELLA_CLOCK (clock));
  settings = g_settings_new (SETTINGS_SCHEMA_ID);

  /* The assistant, page by page. */
  first_run = patella_first_run_window_new (NULL, store, today, settings);
  gtk_window_set_default_size (GTK_WINDOW (first_run), width, height);
  gtk_window_present (GTK_WINDOW (first_run));
  shot_spin_for (500);
  shoot (GTK_WINDOW (first_run), "first-run-1-about");
  click (GTK_WIDGET (first_run), GTK_TYPE_BUTTON, "_Continue");
  shoot (GTK_WINDOW (first_run), "first-run-2-signs");
  click (GTK_WIDGET (first_run), GTK_TYPE_BUTTON, "_One or More Apply");
  shoot (GTK_WINDOW (first_run), "first-run-2-signs-apply");
  click (GTK_WIDGET (first_run), GTK_TYPE_CHECK_BUTTON,
         "I have been _checked and told I can exercise");
  click (GTK_WIDGET (first_run), GTK_TYPE_BUTTON, "_Continue");
  shoot (GTK_WINDOW (first_run), "first-run-3-knee");
  click (GTK_WIDGET (first_run), GTK_TYPE_BUTTON, "_Continue");
  shoot (GTK_WINDOW (first_run), "first-run-4-pain");
  click (GTK_WIDGET (first_run), GTK_TYPE_BUTTON, "_Not Now");
  shoot (GTK_WINDOW (first_run), "first-run-5-kujala");
  click (GTK_WIDGET (first_run), GTK_TYPE_BUTTON, "_Later");
  shoot (GTK_WINDOW (first_run), "first-run-6-schedule");
  gtk_window_destroy (GTK_WINDOW (first_run));
  spin_idle ();

  /* Today: Mondays, Wednesdays and Fridays from Monday 2 March. */
  items = patella_day_plan_default_items ();
  patella_program_init (&program, "2026-03-02");
  program.training_days = PATELLA_WEEKDAY_MONDAY | PATELLA_WEEKDAY_WEDNESDAY
                          | PATELLA_WEEKDAY_FRIDAY;
  {
    g_autoptr(GDateTime) now = patella_today_dup_now (today);

    patella_store_start_program (store, &program, 18 * 60,
                                 (const PatellaStorePlanItem *) items->data, items->len, now,
                                 &error);
    g_assert_no_error (error);
  }

  window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (window, width, height);
  overlay = adw_toast_overlay_new ();
  page = g_object_new (PATELLA_TYPE_TODAY_PAGE, "store", store, "today", today, NULL);
  patella_today_page_set_settings (PATELLA_TODAY_PAGE (page), settings);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  {
    /* The main window's actions, so Start and Resume look as they do there. */
    g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
    const GActionEntry entries[] = { { "start-session" }, { "resume-session" } };

    g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), NULL);
    gtk_widget_insert_action_group (GTK_WIDGET (window), "win", G_ACTION_GROUP (group));
  }
  gtk_window_present (window);

  test_clock_set_day (clock, today, "2026-03-04");
  add_session (store, "2026-03-02", 0, PATELLA_SESSION_STATE_COMPLETED);
  shoot (window, "today-training-day");
  test_clock_set_day (clock, today, "2026-03-05");
  shoot (window, "today-rest-day");
  test_clock_set_day (clock, today, "2026-03-06");
  add_session (store, "2026-03-06", 0, PATELLA_SESSION_STATE_IN_PROGRESS);
  shoot (window, "today-unfinished");
  click (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Discard");
  add_session (store, "2026-03-06", 30, PATELLA_SESSION_STATE_PARTIAL);
  shoot (window, "today-done");

  /* Week 2, after a well-tolerated week: a proposal. */
  for (int d = 2; d <= 9; d++)
    {
      g_autofree char *day = g_strdup_printf ("2026-03-%02d", d);
      g_autoptr(PatellaPainEntry) entry = patella_pain_entry_new (day, 2, 3);
      g_autoptr(GDateTime) now = NULL;

      test_clock_set_day (clock, today, day);
      now = patella_today_dup_now (today);
      patella_store_save_pain (store, entry, now, NULL);
    }
  add_session (store, "2026-03-04", 0, PATELLA_SESSION_STATE_COMPLETED);
  shoot (window, "today-proposal");

  gtk_window_destroy (window);
  spin_idle ();
  g_clear_object (&store);
  test_rm_rf (dir);

  return 0;
}
