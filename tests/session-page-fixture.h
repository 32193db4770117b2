/* session-page-fixture.h: a session page in a window, on a fake clock, a recording sink
 * and a store in a temporary folder, driven by keyboard
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by test-session-page.c and test-session-safety.c.
 */
#pragma once

#include <adwaita.h>

#include "patella-fake-clock.h"
#include "patella-recording-sink.h"
#include "patella-session-page.h"
#include "shortcut-test-util.h"
#include "session-test-util.h"
#include "store-test-util.h"

#define WALL_T0 (G_GINT64_CONSTANT (1767268800) * G_USEC_PER_SEC)  /* 2026-01-01 12:00 UTC */

#define SPIN_UNTIL(cond)                                                  \
  G_STMT_START {                                                          \
    gint64 spin_end_ = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;     \
    while (!(cond))                                                       \
      {                                                                   \
        g_assert_cmpint (g_get_monotonic_time (), <, spin_end_);          \
        if (!g_main_context_iteration (NULL, FALSE))                      \
          g_usleep (1000);                                                \
      }                                                                   \
  } G_STMT_END

typedef struct
{
  char                 *dir;
  PatellaStore         *store;
  PatellaFakeClock     *clock;
  PatellaRecordingSink *sink;
  GSettings            *settings;
  GtkWindow            *window;
  PatellaSessionPage   *page;
  PatellaDose           doses[TEST_PLAN_N_ITEMS];
  PatellaTimelineItem   items[TEST_PLAN_N_ITEMS];
} Fixture;

static inline void
spin_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* @data: NULL for a 1280x800 window, or two ints, its width and height. */
static inline void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const int *size = data;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = test_make_tmp_dir ();
  path = g_build_filename (f->dir, "patella.db", NULL);
  f->store = patella_store_open (path, &error);
  g_assert_no_error (error);

  f->clock = patella_fake_clock_new (1000 * G_USEC_PER_SEC, WALL_T0);
  f->sink = patella_recording_sink_new ();
  f->settings = g_settings_new (SETTINGS_SCHEMA_ID);
  g_settings_set_boolean (f->settings, "sound-enabled", TRUE);
  g_settings_set_boolean (f->settings, "self-paced", FALSE);
  g_settings_set_enum (f->settings, "affected-side", PATELLA_SIDE_RIGHT);

  test_tiny_plan (f->doses, f->items);

  f->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (f->window, size != NULL ? size[0] : 1280,
                               size != NULL ? size[1] : 800);
  f->page = PATELLA_SESSION_PAGE (patella_session_page_new ());
  patella_session_page_set_store (f->page, f->store);
  patella_session_page_set_clock (f->page, PATELLA_CLOCK (f->clock));
  patella_session_page_set_sound_sink (f->page, PATELLA_SOUND_SINK (f->sink));
  patella_session_page_set_settings (f->page, f->settings);
  /* No toast overlay: what the page tells the user is logged instead,
   * where the tests can expect it. */
  adw_window_set_content (ADW_WINDOW (f->window), GTK_WIDGET (f->page));

  gtk_window_present (f->window);
  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (f->page)));
  spin_idle ();
}

static inline void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  spin_idle ();
  g_settings_reset (f->settings, "sound-enabled");
  g_settings_reset (f->settings, "self-paced");
  g_settings_reset (f->settings, "affected-side");
  g_settings_reset (f->settings, "coaching");
  g_clear_object (&f->settings);
  g_assert_finalize_object (f->sink);
  g_assert_finalize_object (f->clock);
  g_assert_finalize_object (f->store);
  test_rm_rf (f->dir);
  g_free (f->dir);
}

/* Presses a key the way the window would deliver it: through the page's
 * own shortcut controller, which only acts while the page is on screen. */
static inline gboolean
press_with (Fixture         *f,
            guint            keyval,
            GdkModifierType  mods)
{
  gboolean handled;

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->page)));
  handled = test_press_shortcut (GTK_WIDGET (f->page), keyval, mods);
  spin_idle ();
  return handled;
}

static inline gboolean
press (Fixture *f,
       guint    keyval)
{
  return press_with (f, keyval, 0);
}

static inline PatellaEngine *
engine (Fixture *f)
{
  return patella_session_run_get_engine (patella_session_page_get_run (f->page));
}

static inline const char *
exercise_id (Fixture *f)
{
  return patella_exercise_get_id (patella_engine_get_exercise (engine (f)));
}

/* Lets the fake clock run, alarm by alarm, until cond holds; the main
 * loop runs between alarms, as it would between real wake-ups. */
#define RUN_UNTIL(f, cond)                                                 \
  G_STMT_START {                                                           \
    guint guard_ = 0;                                                      \
    spin_idle ();                                                          \
    while (!(cond))                                                        \
      {                                                                    \
        g_assert_cmpuint (++guard_, <, 2000);                              \
        g_assert_true (patella_fake_clock_run_next ((f)->clock));          \
        spin_idle ();                                                      \
      }                                                                    \
  } G_STMT_END

static inline gboolean
at (Fixture          *f,
    const char       *id,
    PatellaPhaseKind  kind)
{
  return patella_engine_get_state (engine (f)) != PATELLA_ENGINE_FINISHED
         && g_str_equal (exercise_id (f), id)
         && patella_engine_get_phase_kind (engine (f)) == kind;
}

/* Runs the session to its summary: every question skipped with N, and
 * time runs out everywhere else. */
static inline void
run_to_summary (Fixture *f)
{
  while (!g_str_equal (patella_session_page_get_view (f->page), "summary"))
    {
      if (g_str_equal (patella_session_page_get_info (f->page), "pain"))
        g_assert_true (press (f, GDK_KEY_n));
      else
        g_assert_true (patella_fake_clock_run_next (f->clock));
      spin_idle ();
    }
}

static inline void
start (Fixture *f)
{
  patella_session_page_start (f->page, f->items, G_N_ELEMENTS (f->items));
  SPIN_UNTIL (patella_session_page_get_active (f->page));
  g_assert_cmpstr (patella_session_page_get_view (f->page), ==, "before");
}

static inline GtkWidget *
find_by_type (GtkWidget *widget,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_type (child, type);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The open dialog that offers @response. */
static inline AdwMessageDialog *
find_dialog (const char *response)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w))
          && adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (w), response))
        return ADW_MESSAGE_DIALOG (w);
    }

  return NULL;
}
