/* test-swap-today.c: the wall-squat swap accepted in a session, then on Today the next day
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A program holds the wall squat; the session's swap is taken by keyboard;
 * the next day (the fake clock moved on, PatellaToday following it) Today's
 * plan has straight-leg raises in its place and the swap card says since
 * when; "My Knee Has Settled" brings the squat back.
 */
#include "config.h"

#include "patella-day-plan.h"
#include "patella-plan-card.h"
#include "patella-store-swap.h"
#include "patella-swap-card.h"
#include "patella-today.h"
#include "session-page-fixture.h"

static gint64
start_program (Fixture *f)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (WALL_T0 / G_USEC_PER_SEC);
  g_autoptr(GArray) items = patella_day_plan_default_items ();
  g_autoptr(GError) error = NULL;
  PatellaProgram program;
  gint64 id;

  patella_program_init (&program, "2026-01-01");
  id = patella_store_start_program (f->store, &program, PATELLA_STORE_NO_REMINDER,
                                    (const PatellaStorePlanItem *) items->data, items->len, now,
                                    &error);
  g_assert_no_error (error);
  return id;
}

/* A visible row titled @title anywhere under @widget. */
static gboolean
plan_has (GtkWidget  *widget,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (ADW_IS_PREFERENCES_ROW (child)
          && g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title))
        return TRUE;
      if (plan_has (child, title))
        return TRUE;
    }

  return FALSE;
}

static void
test_swap_then_today (Fixture       *f,
                      gconstpointer  data)
{
  PatellaTimelineItem items[] = { { test_lookup ("wall-squat"), NULL },
                                  { test_lookup ("heel-raise"), NULL } };
  g_autofree PatellaStoreSwap *swap = NULL;
  g_autoptr(PatellaToday) today = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *plan_card, *swap_card, *box, *button;
  GtkWindow *today_window;
  gint64 program_id = start_program (f);

  /* The session: after the first reps, 5 at the kneecap, Enter swaps. */
  patella_session_page_start (f->page, items, G_N_ELEMENTS (items));
  SPIN_UNTIL (patella_session_page_get_active (f->page));
  g_assert_true (press (f, GDK_KEY_2));
  RUN_UNTIL (f, g_str_equal (patella_session_page_get_info (f->page), "pain"));
  g_assert_true (press (f, GDK_KEY_5));
  g_test_expect_message (NULL, G_LOG_LEVEL_MESSAGE, "Straight-leg raises replace*");
  g_assert_true (press (f, GDK_KEY_Return));
  g_test_assert_expected_messages ();
  g_assert_cmpstr (exercise_id (f), ==, "straight-leg-raise");

  swap = patella_store_get_swap (f->store, program_id, "wall-squat", &error);
  g_assert_no_error (error);
  g_assert_nonnull (swap);
  g_assert_cmpint (swap->pain, ==, 5);
  g_assert_cmpstr (swap->day, ==, "2026-01-01");

  /* The next day, on Today. */
  patella_fake_clock_set_wall_usec (f->clock, WALL_T0 + G_GINT64_CONSTANT (24) * 3600 * G_USEC_PER_SEC);
  today = patella_today_new (PATELLA_CLOCK (f->clock));
  g_assert_cmpstr (patella_today_get_day (today), ==, "2026-01-02");

  plan_card = patella_plan_card_new ();
  swap_card = patella_swap_card_new ();
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (box), plan_card);
  gtk_box_append (GTK_BOX (box), swap_card);
  today_window = GTK_WINDOW (adw_window_new ());
  adw_window_set_content (ADW_WINDOW (today_window), box);
  g_object_set (plan_card, "store", f->store, "today", today, NULL);
  g_object_set (swap_card, "store", f->store, "today", today, NULL);
  gtk_window_present (today_window);
  SPIN_UNTIL (gtk_widget_get_mapped (swap_card));
  spin_idle ();

  g_assert_true (plan_has (plan_card,
                           patella_exercise_get_name (test_lookup ("straight-leg-raise"))));
  g_assert_false (plan_has (plan_card, patella_exercise_get_name (test_lookup ("wall-squat"))));
  g_assert_nonnull (strstr (patella_swap_card_get_text (PATELLA_SWAP_CARD (swap_card)),
                            "Yesterday"));
  g_assert_nonnull (strstr (patella_swap_card_get_text (PATELLA_SWAP_CARD (swap_card)), "5/10"));
  g_assert_false (patella_swap_card_get_return_due (PATELLA_SWAP_CARD (swap_card)));

  /* The button has a name a screen reader says, and the keyboard reaches it. */
  button = patella_swap_card_get_button (PATELLA_SWAP_CARD (swap_card));
  g_assert_true (gtk_widget_get_focusable (button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "My Knee Has _Settled");

  /* A week on, the squat's return is offered; the button takes it back. */
  patella_fake_clock_set_wall_usec (f->clock, WALL_T0 + G_GINT64_CONSTANT (7) * 24 * 3600 * G_USEC_PER_SEC);
  patella_today_refresh (today);
  spin_idle ();
  g_assert_true (patella_swap_card_get_return_due (PATELLA_SWAP_CARD (swap_card)));
  g_assert_true (gtk_widget_activate (button));
  SPIN_UNTIL (!gtk_widget_get_visible (swap_card));
  g_assert_true (plan_has (plan_card, patella_exercise_get_name (test_lookup ("wall-squat"))));
  g_clear_pointer (&swap, g_free);
  swap = patella_store_get_swap (f->store, program_id, "wall-squat", &error);
  g_assert_no_error (error);
  g_assert_null (swap);

  gtk_window_destroy (today_window);
  spin_idle ();
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

  g_test_add ("/swap-today/session-then-today", Fixture, NULL, fixture_set_up,
              test_swap_then_today, fixture_tear_down);

  return g_test_run ();
}
