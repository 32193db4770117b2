/* shot-session.c: screenshots of the session screen in each phase
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: a tool that runs today's session on a fake clock and saves
 * PNGs of the pain question before, get ready, lift, switch sides, rest,
 * hold, the pain question after an exercise, the wall squat advice, the
 * wall squat's get-ready with every step, its How-to sheet (H) and the
 * summary, for one window size and style:
 *
 *   meson compile -C _build shot-session
 *   SHOTS=/tmp/shots xvfb-run -a -s "-screen 0 1280x800x24" \
 *     meson devenv -C _build ./tests/shot-session 1280 800 dark
 *
 * resources/screenshots/session.png is its 1280x800 light "hold" picture.
 * SHOT_NO_SOUND=1 makes the sound sink fail, as with no sound device, to
 * show the line the session then adds.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "patella-fake-clock.h"
#include "patella-how-to-window.h"
#include "patella-plan.h"
#include "patella-recording-sink.h"
#include "patella-session-page.h"
#include "shortcut-test-util.h"
#include "shot-util.h"

static PatellaFakeClock *fake_clock;
static PatellaSessionPage *page;
static GtkWindow *window;
static GSettings *settings;

static void
spin (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The page's own shortcut for a key, as the window would run it. */
static void
press (guint keyval)
{
  test_press_shortcut (GTK_WIDGET (page), keyval, 0);
  spin ();
}

static PatellaEngine *
engine (void)
{
  return patella_session_run_get_engine (patella_session_page_get_run (page));
}

static gboolean
at (const char       *id,
    PatellaPhaseKind  kind,
    guint             rep)
{
  PatellaEngine *e = engine ();

  return patella_engine_get_state (e) != PATELLA_ENGINE_FINISHED
         && g_str_equal (patella_exercise_get_id (patella_engine_get_exercise (e)), id)
         && patella_engine_get_phase_kind (e) == kind
         && (rep == 0 || patella_engine_get_rep (e) == rep);
}

/* Runs the clock to a phase, answering "2" to every pain question. */
static void
run_until (const char       *id,
           PatellaPhaseKind  kind,
           guint             rep)
{
  while (!at (id, kind, rep))
    {
      if (g_strcmp0 (patella_session_page_get_info (page), "pain") == 0)
        press (GDK_KEY_2);
      else if (!patella_fake_clock_run_next (fake_clock))
        g_error ("The session stopped before %s", id);
      spin ();
    }
}

static void
shoot (const char *name)
{
  /* Let the cue glow fade and the transitions end. */
  shot_window (window, name, 900);
}

/* The How-to sheet H opens, shot on its own, then closed. */
static void
shoot_how_to (const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *sheet = NULL;

  press (GDK_KEY_h);
  shot_spin_for (300);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && sheet == NULL; i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (PATELLA_IS_HOW_TO_WINDOW (w))
        sheet = w;
    }
  if (sheet == NULL)
    g_error ("H opened no How-to sheet");
  shot_window (sheet, name, 900);
  gtk_window_destroy (sheet);
  spin ();
  press (GDK_KEY_space);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(PatellaRecordingSink) sink = NULL;
  g_autoptr(GArray) items = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay;
  int width, height;

  shot_init (argc, argv, &width, &height);

  dir = g_dir_make_tmp ("patella-shot-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (dir, "patella.db", NULL);
  store = patella_store_open (db, &error);
  g_assert_no_error (error);
  fake_clock = patella_fake_clock_new (1000 * G_USEC_PER_SEC, g_get_real_time ());
  sink = patella_recording_sink_new ();
  patella_recording_sink_set_failing (sink, g_getenv ("SHOT_NO_SOUND") != NULL);

  /* The header bar as on GNOME, not Xvfb's three window buttons. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);
  window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (window, width, height);
  overlay = adw_toast_overlay_new ();
  page = PATELLA_SESSION_PAGE (patella_session_page_new ());
  patella_session_page_set_store (page, store);
  patella_session_page_set_clock (page, PATELLA_CLOCK (fake_clock));
  patella_session_page_set_sound_sink (page, PATELLA_SOUND_SINK (sink));
  settings = g_settings_new (SETTINGS_SCHEMA_ID);
  patella_session_page_set_settings (page, settings);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (page));
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_present (window);
  spin ();

  items = patella_plan_get_today_items ();
  patella_session_page_start (page, (PatellaTimelineItem *) items->data, items->len);
  while (!patella_session_page_get_active (page))
    g_main_context_iteration (NULL, TRUE);
  shoot ("before");
  press (GDK_KEY_3);
  shoot ("get-ready");

  run_until ("clamshell", PATELLA_PHASE_UP, 3);
  patella_fake_clock_advance (fake_clock, 700 * 1000);
  shoot ("lift");
  run_until ("clamshell", PATELLA_PHASE_SWITCH_SIDE, 0);
  patella_fake_clock_advance (fake_clock, 1200 * 1000);
  shoot ("switch-sides");
  run_until ("glute-bridge", PATELLA_PHASE_REST, 0);
  patella_fake_clock_advance (fake_clock, 8 * G_USEC_PER_SEC);
  shoot ("rest");
  run_until ("wall-squat", PATELLA_PHASE_GET_READY, 0);
  shoot ("wall-squat-ready");
  shoot_how_to ("how-to");
  run_until ("wall-squat", PATELLA_PHASE_HOLD, 4);
  patella_fake_clock_advance (fake_clock, 2 * G_USEC_PER_SEC);
  shoot ("hold");
  /* P mid-set: the wall squat advice then offers the swap, its widest state. */
  press (GDK_KEY_p);
  shoot ("pain-during");
  press (GDK_KEY_5);
  shoot ("advice");
  press (GDK_KEY_Return);

  while (g_strcmp0 (patella_session_page_get_view (page), "summary") != 0)
    {
      if (g_strcmp0 (patella_session_page_get_info (page), "pain") == 0)
        press (GDK_KEY_2);
      else if (!patella_fake_clock_run_next (fake_clock))
        g_error ("The session stopped before its end");
      spin ();
    }
  press (GDK_KEY_1);
  shoot ("summary");

  gtk_window_destroy (window);
  spin ();
  g_clear_object (&store);
  g_clear_object (&settings);
  g_unlink (db);
  g_rmdir (dir);

  return 0;
}
