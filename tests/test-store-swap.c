/* test-store-swap.c: a swap on the program's plan, standing until ended, and the v4 migration
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-catalogue.h"
#include "patella-schema.h"
#include "patella-store-private.h"
#include "patella-store-swap.h"
#include "store-test-util.h"

typedef struct
{
  char         *dir;
  char         *path;
  PatellaStore *store;
  gint64        program_id;
} Fixture;

static int
test_raw_int (sqlite3    *db,
              const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static PatellaDose
default_dose (const char *id)
{
  PatellaExercise *exercise = patella_catalogue_lookup (patella_catalogue_get_default (), id);

  g_assert_nonnull (exercise);
  return *patella_exercise_get_default_dose (exercise);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) now = test_local_time ("Europe/Berlin", 2026, 3, 2, 9, 0);
  g_autoptr(GError) error = NULL;
  PatellaStorePlanItem items[2] = {
    { "wall-squat", default_dose ("wall-squat") },
    { "straight-leg-raise", default_dose ("straight-leg-raise") },
  };
  PatellaProgram program;

  f->dir = test_make_tmp_dir ();
  f->path = g_build_filename (f->dir, "patella.db", NULL);
  f->store = patella_store_open (f->path, &error);
  g_assert_no_error (error);

  patella_program_init (&program, "2026-03-02");
  f->program_id = patella_store_start_program (f->store, &program, PATELLA_STORE_NO_REMINDER,
                                               items, G_N_ELEMENTS (items), now, &error);
  g_assert_no_error (error);
  g_assert_cmpint (f->program_id, >, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  test_rm_rf (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
changed_cb (PatellaStore *store,
            const char   *what,
            guint        *count)
{
  (*count)++;
}

/* A swap stands from its day until ended, is in the dose history with its
 * reason, survives reopening, and starting it twice keeps the first. */
static void
test_swap_start_end (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) day1 = test_local_time ("Europe/Berlin", 2026, 3, 4, 18, 0);
  g_autoptr(GDateTime) day2 = test_local_time ("Europe/Berlin", 2026, 3, 5, 18, 0);
  g_autoptr(GDateTime) day9 = test_local_time ("Europe/Berlin", 2026, 3, 12, 8, 0);
  g_autoptr(GError) error = NULL;
  g_autofree PatellaStoreSwap *none = NULL;
  g_autofree PatellaStoreSwap *swap = NULL;
  g_autofree PatellaStoreSwap *again = NULL;
  g_autofree PatellaStoreSwap *ended = NULL;
  g_autoptr(GArray) changes = NULL;
  g_autoptr(GArray) plan = NULL;
  const PatellaStoreDoseChange *last;
  guint changed = 0;

  none = patella_store_get_swap (f->store, f->program_id, "wall-squat", &error);
  g_assert_no_error (error);
  g_assert_null (none);

  g_signal_connect (f->store, "changed", G_CALLBACK (changed_cb), &changed);
  g_assert_true (patella_store_start_swap (f->store, f->program_id, "wall-squat",
                                           "straight-leg-raise", 6, day1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);

  /* Again the next day: the first swap stands, with its day and pain. */
  g_assert_true (patella_store_start_swap (f->store, f->program_id, "wall-squat",
                                           "straight-leg-raise", 7, day2, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);

  g_clear_object (&f->store);
  f->store = patella_store_open (f->path, &error);
  g_assert_no_error (error);

  swap = patella_store_get_swap (f->store, f->program_id, "wall-squat", &error);
  g_assert_no_error (error);
  g_assert_nonnull (swap);
  g_assert_cmpstr (swap->exercise_id, ==, "wall-squat");
  g_assert_cmpstr (swap->replacement_id, ==, "straight-leg-raise");
  g_assert_cmpstr (swap->day, ==, "2026-03-04");
  g_assert_cmpint (swap->pain, ==, 6);

  /* The plan keeps the exercise at its dose; the history says why it stopped. */
  plan = patella_store_list_plan (f->store, f->program_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plan->len, ==, 2);
  changes = patella_store_list_dose_changes (f->store, f->program_id, "wall-squat", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 2);
  last = &g_array_index (changes, PatellaStoreDoseChange, 1);
  g_assert_cmpint (last->reason, ==, PATELLA_DOSE_REASON_SWAP);
  g_assert_cmpstr (last->day, ==, "2026-03-04");
  g_assert_cmpint (last->dose.reps, ==, default_dose ("wall-squat").reps);

  g_assert_true (patella_store_end_swap (f->store, f->program_id, "wall-squat", day9, &error));
  g_assert_no_error (error);
  ended = patella_store_get_swap (f->store, f->program_id, "wall-squat", &error);
  g_assert_no_error (error);
  g_assert_null (ended);
  g_assert_cmpint (test_raw_int (f->store->db,
                                 "SELECT count(*) FROM plan_swap WHERE ended_day = '2026-03-12'"),
                   ==, 1);

  /* Ending it again changes nothing; a new swap can start. */
  g_assert_true (patella_store_end_swap (f->store, f->program_id, "wall-squat", day9, &error));
  g_assert_no_error (error);
  g_assert_true (patella_store_start_swap (f->store, f->program_id, "wall-squat",
                                           "straight-leg-raise", PATELLA_STORE_NO_PAIN, day9,
                                           &error));
  g_assert_no_error (error);
  again = patella_store_get_swap (f->store, f->program_id, "wall-squat", &error);
  g_assert_nonnull (again);
  g_assert_cmpint (again->pain, ==, PATELLA_STORE_NO_PAIN);
  g_assert_cmpint (test_raw_int (f->store->db, "SELECT count(*) FROM plan_swap"), ==, 2);
}

/* Bad values are refused in words, and nothing is written. */
static void
test_swap_invalid (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) now = test_local_time ("Europe/Berlin", 2026, 3, 4, 18, 0);
  g_autoptr(GError) error = NULL;

  g_assert_false (patella_store_start_swap (f->store, f->program_id, "wall-squat", "wall-squat",
                                            5, now, &error));
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (patella_store_start_swap (f->store, f->program_id, "", "straight-leg-raise",
                                            5, now, &error));
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* No such program: the key refuses it. */
  g_assert_false (patella_store_start_swap (f->store, f->program_id + 100, "wall-squat",
                                            "straight-leg-raise", 5, now, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (test_raw_int (f->store->db, "SELECT count(*) FROM plan_swap"), ==, 0);
}

/* The last day with pain at or above a limit during an exercise. */
static void
test_last_pain_day (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  char day[PATELLA_LOCAL_DAY_LEN + 1];
  const struct { int d; int pain; } sets[] = { { 3, 6 }, { 5, 2 }, { 6, 4 } };

  for (guint i = 0; i < G_N_ELEMENTS (sets); i++)
    {
      g_autoptr(GDateTime) start = test_local_time ("Europe/Berlin", 2026, 3, sets[i].d, 9, 0);
      PatellaStoreSet set = { 0 };
      gint64 session;

      session = patella_store_begin_session (f->store, start, PATELLA_STORE_NO_PAIN, &error);
      g_assert_no_error (error);
      set.exercise_id = "wall-squat";
      set.side = PATELLA_STORE_SIDE_BOTH;
      set.set_number = 1;
      set.reps_planned = set.reps_done = 10;
      set.pain_during = sets[i].pain;
      set.started_us = patella_store_usec (start);
      set.ended_us = set.started_us + 60 * G_USEC_PER_SEC;
      g_assert_true (patella_store_add_set (f->store, session, &set, NULL, &error));
      g_assert_no_error (error);
    }

  g_assert_true (patella_store_get_last_pain_day (f->store, "wall-squat", 4, "2026-03-01", day,
                                                  &error));
  g_assert_no_error (error);
  g_assert_cmpstr (day, ==, "2026-03-06");
  g_assert_true (patella_store_get_last_pain_day (f->store, "wall-squat", 5, "2026-03-01", day,
                                                  &error));
  g_assert_cmpstr (day, ==, "2026-03-03");
  g_assert_true (patella_store_get_last_pain_day (f->store, "wall-squat", 5, "2026-03-04", day,
                                                  &error));
  g_assert_cmpstr (day, ==, "");
  g_assert_true (patella_store_get_last_pain_day (f->store, "clamshell", 0, "2026-03-01", day,
                                                  &error));
  g_assert_cmpstr (day, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store-swap/start-end", Fixture, NULL, fixture_set_up, test_swap_start_end,
              fixture_tear_down);
  g_test_add ("/store-swap/invalid", Fixture, NULL, fixture_set_up, test_swap_invalid,
              fixture_tear_down);
  g_test_add ("/store-swap/last-pain-day", Fixture, NULL, fixture_set_up, test_last_pain_day,
              fixture_tear_down);

  return g_test_run ();
}
