/* test-reminders.c: the one reminder alarm after a program change, a finished session and midnight
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TZ is UTC. The program starts Monday 2026-03-02, training on Mondays and
 * Thursdays, reminder at 18:00.
 */
#include "config.h"

#include "patella-day-plan.h"
#include "patella-fake-clock.h"
#include "patella-reminders.h"
#include "store-test-util.h"

#define HOUR (G_GINT64_CONSTANT (3600) * G_USEC_PER_SEC)

typedef struct
{
  char             *dir;
  PatellaStore     *store;
  PatellaFakeClock *clock;
  PatellaToday     *today;
  PatellaReminders *reminders;
  gint64            program_id;
  GPtrArray        *sent;
} Fixture;

static gint64
utc (int d,
     int h,
     int mi)
{
  g_autoptr(GDateTime) t = g_date_time_new_utc (2026, 3, d, h, mi, 0);

  return g_date_time_to_unix (t) * G_USEC_PER_SEC;
}

static void
fire_cb (PatellaReminders *reminders,
         GNotification    *notification,
         Fixture          *f)
{
  g_ptr_array_add (f->sent, g_object_ref (notification));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 2, 9, 0, 0);
  g_autoptr(GArray) items = patella_day_plan_default_items ();
  g_autoptr(GError) error = NULL;
  PatellaProgram program;

  f->dir = test_make_tmp_dir ();
  path = g_build_filename (f->dir, "patella.db", NULL);
  f->store = patella_store_open (path, &error);
  g_assert_no_error (error);
  f->clock = patella_fake_clock_new (1000 * G_USEC_PER_SEC, utc (2, 9, 0));
  f->today = patella_today_new (PATELLA_CLOCK (f->clock));
  f->sent = g_ptr_array_new_with_free_func (g_object_unref);

  patella_program_init (&program, "2026-03-02");
  program.training_days = PATELLA_WEEKDAY_MONDAY | PATELLA_WEEKDAY_THURSDAY;
  f->program_id = patella_store_start_program (f->store, &program, 18 * 60,
                                               (const PatellaStorePlanItem *) items->data,
                                               items->len, now, &error);
  g_assert_no_error (error);

  f->reminders = patella_reminders_new ();
  g_signal_connect (f->reminders, "fire", G_CALLBACK (fire_cb), f);
  g_object_set (f->reminders, "store", f->store, "today", f->today, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->reminders);
  g_assert_finalize_object (f->today);
  g_assert_finalize_object (f->clock);
  g_assert_finalize_object (f->store);
  g_ptr_array_unref (f->sent);
  test_rm_rf (f->dir);
  g_free (f->dir);
}

/* Today at 18:00; one alarm, no other source; a change of program moves
 * it; no reminder time turns reminders off. */
static void
test_program_change (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (patella_reminders_get_enabled (f->reminders));
  g_assert_cmpint (patella_reminders_get_next_fire_usec (f->reminders), ==, utc (2, 18, 0));
  /* One alarm of its own beside Today's midnight one, and no other source. */
  g_assert_cmpuint (patella_fake_clock_get_n_alarms (f->clock), ==, 2);
  g_assert_cmpint (patella_fake_clock_get_next_due (f->clock), ==,
                   1000 * G_USEC_PER_SEC + 9 * HOUR);

  /* Thursdays only, at 07:30: the next is Thursday's. */
  g_assert_true (patella_store_set_program_schedule (f->store, f->program_id,
                                                     PATELLA_WEEKDAY_THURSDAY, 7 * 60 + 30,
                                                     &error));
  g_assert_no_error (error);
  g_assert_cmpint (patella_reminders_get_next_fire_usec (f->reminders), ==, utc (5, 7, 30));
  g_assert_cmpuint (patella_fake_clock_get_n_alarms (f->clock), ==, 2);

  g_assert_true (patella_store_set_program_schedule (f->store, f->program_id,
                                                     PATELLA_WEEKDAY_THURSDAY,
                                                     PATELLA_STORE_NO_REMINDER, &error));
  g_assert_false (patella_reminders_get_enabled (f->reminders));
  g_assert_cmpint (patella_reminders_get_next_fire_usec (f->reminders), ==, 0);
  g_assert_cmpuint (patella_fake_clock_get_n_alarms (f->clock), ==, 1);
}

/* A session finished today: the next reminder is Thursday's. */
static void
test_session_done (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 3, 2, 8, 0, 0);
  g_autoptr(GError) error = NULL;
  gint64 session;

  session = patella_store_begin_session (f->store, start, PATELLA_STORE_NO_PAIN, &error);
  g_assert_no_error (error);
  g_assert_cmpint (patella_reminders_get_next_fire_usec (f->reminders), ==, utc (2, 18, 0));
  g_assert_true (patella_store_finish_session (f->store, session, utc (2, 8, 30),
                                               PATELLA_STORE_NO_PAIN, &error));
  g_assert_no_error (error);
  g_assert_cmpint (patella_reminders_get_next_fire_usec (f->reminders), ==, utc (5, 18, 0));
}

/* The reminder fires at 18:00 with its text and action, once; then the
 * next waits for Thursday, across midnight and a rest day. */
static void
test_fire_and_midnight (Fixture       *f,
                        gconstpointer  data)
{
  GNotification *sent;

  patella_fake_clock_advance (f->clock, 9 * HOUR - 1);
  g_assert_cmpuint (f->sent->len, ==, 0);
  patella_fake_clock_advance (f->clock, 1);
  g_assert_cmpuint (f->sent->len, ==, 1);
  sent = g_ptr_array_index (f->sent, 0);
  g_assert_true (G_IS_NOTIFICATION (sent));
  g_assert_cmpint (patella_reminders_get_next_fire_usec (f->reminders), ==, utc (5, 18, 0));

  /* Past midnight into Tuesday (a rest day), then Wednesday: nothing. */
  patella_fake_clock_advance (f->clock, 6 * HOUR);
  g_assert_cmpstr (patella_today_get_day (f->today), ==, "2026-03-03");
  patella_fake_clock_advance (f->clock, 48 * HOUR);
  g_assert_cmpstr (patella_today_get_day (f->today), ==, "2026-03-05");
  g_assert_cmpuint (f->sent->len, ==, 1);
  g_assert_cmpint (patella_reminders_get_next_fire_usec (f->reminders), ==, utc (5, 18, 0));
  patella_fake_clock_advance (f->clock, 18 * HOUR);
  g_assert_cmpuint (f->sent->len, ==, 2);
  g_assert_cmpint (patella_reminders_get_next_fire_usec (f->reminders), ==, utc (9, 18, 0));
}

/* The notification says what the session holds; rest days have none. */
static void
test_notification (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GNotification) notification = patella_reminders_build_notification (f->reminders);
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;

  g_assert_true (G_IS_NOTIFICATION (notification));
  g_assert_true (patella_reminders_describe (f->reminders, &title, &body));
  g_assert_cmpstr (title, ==, "Time for Your Knee Session");
  g_test_message ("%s", body);
  g_assert_true (g_str_has_prefix (body, "6 exercises, about "));
  g_assert_cmpstr (PATELLA_REMINDER_ACTION, ==, "app.start-session");

  patella_fake_clock_set_wall_usec (f->clock, utc (3, 12, 0));
  patella_today_refresh (f->today);
  g_assert_false (patella_reminders_describe (f->reminders, NULL, NULL));
  g_assert_null (patella_reminders_build_notification (f->reminders));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/reminders/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("program-change", test_program_change);
  ADD ("session-done", test_session_done);
  ADD ("fire-and-midnight", test_fire_and_midnight);
  ADD ("notification", test_notification);
#undef ADD

  return g_test_run ();
}
