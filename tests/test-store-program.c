/* test-store-program.c: the program tables, dose history, session outcomes, and the v3 migration
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-catalogue.h"
#include "patella-schema.h"
#include "patella-store-private.h"
#include "patella-store-program.h"
#include "store-test-util.h"

typedef struct
{
  char         *dir;
  char         *path;
  PatellaStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = test_make_tmp_dir ();
  f->path = g_build_filename (f->dir, "patella.db", NULL);
  f->store = patella_store_open (f->path, &error);
  g_assert_no_error (error);
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

static int
raw_int (sqlite3    *db,
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

static gint64
start (Fixture    *f,
       const char *day,
       GDateTime  *now)
{
  g_autoptr(GError) error = NULL;
  PatellaStorePlanItem items[2] = {
    { "clamshell", default_dose ("clamshell") },
    { "glute-bridge", default_dose ("glute-bridge") },
  };
  PatellaProgram program;
  gint64 id;

  patella_program_init (&program, day);
  program.training_days = PATELLA_WEEKDAY_MONDAY | PATELLA_WEEKDAY_THURSDAY;
  id = patella_store_start_program (f->store, &program, 7 * 60 + 30, items,
                                    G_N_ELEMENTS (items), now, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

/* No program until one is started; then the newest is current, and a
 * restart keeps the old one and its history. */
static void
test_program_start_restart (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GDateTime) now = test_local_time ("Europe/Berlin", 2026, 3, 2, 9, 0);
  g_autoptr(GDateTime) later = test_local_time ("Europe/Berlin", 2026, 4, 20, 9, 0);
  g_autoptr(GError) error = NULL;
  g_autofree PatellaStoreProgram *none = NULL;
  g_autofree PatellaStoreProgram *first = NULL;
  g_autofree PatellaStoreProgram *second = NULL;
  g_autoptr(GArray) plan = NULL;
  g_autoptr(GArray) changes = NULL;
  gint64 id1, id2;

  none = patella_store_get_program (f->store, &error);
  g_assert_no_error (error);
  g_assert_null (none);

  id1 = start (f, "2026-03-02", now);
  first = patella_store_get_program (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (first->id, ==, id1);
  g_assert_cmpstr (first->program.start_day, ==, "2026-03-02");
  g_assert_cmpuint (first->program.n_weeks, ==, PATELLA_PROGRAM_DEFAULT_WEEKS);
  g_assert_cmpuint (first->program.training_days, ==,
                    PATELLA_WEEKDAY_MONDAY | PATELLA_WEEKDAY_THURSDAY);
  g_assert_cmpint (first->reminder_minute, ==, 7 * 60 + 30);

  plan = patella_store_list_plan (f->store, id1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plan->len, ==, 2);
  g_assert_cmpstr (g_array_index (plan, PatellaStorePlanItem, 0).exercise_id, ==, "clamshell");
  g_assert_cmpstr (g_array_index (plan, PatellaStorePlanItem, 1).exercise_id, ==,
                   "glute-bridge");
  {
    PatellaDose bridge = default_dose ("glute-bridge");
    g_assert_true (patella_dose_equal (&g_array_index (plan, PatellaStorePlanItem, 1).dose,
                                       &bridge));
  }

  changes = patella_store_list_dose_changes (f->store, id1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpint (g_array_index (changes, PatellaStoreDoseChange, 0).reason, ==,
                   PATELLA_DOSE_REASON_START);
  g_assert_cmpstr (g_array_index (changes, PatellaStoreDoseChange, 0).day, ==, "2026-03-02");

  id2 = start (f, "2026-04-20", later);
  g_assert_cmpint (id2, >, id1);
  second = patella_store_get_program (f->store, &error);
  g_assert_cmpint (second->id, ==, id2);
  g_assert_cmpstr (second->program.start_day, ==, "2026-04-20");
  g_assert_cmpint (raw_int (f->store->db, "SELECT count(*) FROM program"), ==, 2);
  g_assert_cmpint (raw_int (f->store->db, "SELECT count(*) FROM plan_exercise"), ==, 4);

  /* The schedule changes without a restart. */
  g_assert_true (patella_store_set_program_schedule (f->store, id2, PATELLA_WEEKDAYS_ALL,
                                                     PATELLA_STORE_NO_REMINDER, &error));
  g_clear_pointer (&second, g_free);
  second = patella_store_get_program (f->store, &error);
  g_assert_cmpuint (second->program.training_days, ==, PATELLA_WEEKDAYS_ALL);
  g_assert_cmpint (second->reminder_minute, ==, PATELLA_STORE_NO_REMINDER);
}

/* Bad values are refused in words, and nothing is half written. */
static void
test_program_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GDateTime) now = test_local_time ("UTC", 2026, 3, 2, 9, 0);
  g_autoptr(GError) error = NULL;
  PatellaStorePlanItem bad[2] = {
    { "clamshell", default_dose ("clamshell") },
    { "glute-bridge", default_dose ("glute-bridge") },
  };
  PatellaProgram program;
  gint64 id;

  patella_program_init (&program, "2026-03-02");
  program.n_weeks = 13;
  g_assert_cmpint (patella_store_start_program (f->store, &program, 0, bad, 2, now, &error), ==, 0);
  g_assert_error (error, PATELLA_PROGRAM_ERROR, PATELLA_PROGRAM_ERROR_BAD_LENGTH);
  g_clear_error (&error);

  program.n_weeks = 6;
  g_assert_cmpint (patella_store_start_program (f->store, &program, 24 * 60, bad, 2, now, &error),
                   ==, 0);
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  bad[1].dose.reps = 0;
  g_assert_cmpint (patella_store_start_program (f->store, &program, 60, bad, 2, now, &error),
                   ==, 0);
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  g_assert_cmpint (raw_int (f->store->db, "SELECT count(*) FROM program"), ==, 0);

  id = start (f, "2026-03-02", now);
  g_assert_false (patella_store_set_program_schedule (f->store, id, PATELLA_WEEKDAY_NONE, 0,
                                                      &error));
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  bad[0].dose = default_dose ("wall-squat");
  g_assert_false (patella_store_change_dose (f->store, id, "wall-squat",
                                             PATELLA_DOSE_REASON_USER_EDIT,
                                             &bad[0].dose, NULL, now, &error));
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (raw_int (f->store->db, "SELECT count(*) FROM dose_change"), ==, 2);
}

/* Every change is kept with its day and reason; a declined proposal
 * leaves the dose but counts as this week's answer. */
static void
test_dose_history (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) day1 = test_local_time ("Europe/Berlin", 2026, 3, 2, 9, 0);
  g_autoptr(GDateTime) day9 = test_local_time ("Europe/Berlin", 2026, 3, 10, 23, 30);
  g_autoptr(GDateTime) day16 = test_local_time ("Europe/Berlin", 2026, 3, 17, 8, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) changes = NULL;
  g_autoptr(GArray) plan = NULL;
  PatellaDose more = default_dose ("clamshell");
  char review[11];
  gint64 id = start (f, "2026-03-02", day1);

  g_assert_true (patella_store_get_last_review_day (f->store, id, "clamshell", review, &error));
  g_assert_cmpstr (review, ==, "");

  more.reps += 5;
  g_assert_true (patella_store_change_dose (f->store, id, "clamshell",
                                            PATELLA_DOSE_REASON_PROPOSAL_ACCEPTED, &more,
                                            "Clamshell: 20 → 25", day9, &error));
  g_assert_no_error (error);
  g_assert_true (patella_store_change_dose (f->store, id, "clamshell",
                                            PATELLA_DOSE_REASON_PROPOSAL_DECLINED, &more,
                                            NULL, day16, &error));
  g_assert_no_error (error);

  plan = patella_store_list_plan (f->store, id, &error);
  g_assert_cmpint (g_array_index (plan, PatellaStorePlanItem, 0).dose.reps, ==, more.reps);

  changes = patella_store_list_dose_changes (f->store, id, "clamshell", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 3);
  g_assert_cmpint (g_array_index (changes, PatellaStoreDoseChange, 1).reason, ==,
                   PATELLA_DOSE_REASON_PROPOSAL_ACCEPTED);
  /* 23:30 in Berlin is the local day, whatever UTC says. */
  g_assert_cmpstr (g_array_index (changes, PatellaStoreDoseChange, 1).day, ==, "2026-03-10");
  g_assert_cmpint (g_array_index (changes, PatellaStoreDoseChange, 1).dose.reps, ==, more.reps);
  g_assert_cmpint (g_array_index (changes, PatellaStoreDoseChange, 2).reason, ==,
                   PATELLA_DOSE_REASON_PROPOSAL_DECLINED);

  g_assert_true (patella_store_get_last_review_day (f->store, id, "clamshell", review, &error));
  g_assert_cmpstr (review, ==, "2026-03-17");
  g_assert_true (patella_store_get_last_review_day (f->store, id, "glute-bridge", review,
                                                    &error));
  g_assert_cmpstr (review, ==, "");
  g_assert_cmpstr (patella_dose_reason_to_string (PATELLA_DOSE_REASON_SWAP), ==, "swap");
}

static gint64
session_with_set (Fixture             *f,
                  GDateTime           *when,
                  const char          *exercise,
                  int                  pain,
                  gboolean             substituted,
                  PatellaSessionState  state)
{
  g_autoptr(GError) error = NULL;
  gint64 us = patella_store_usec (when);
  PatellaStoreSet set = {
    .exercise_id = exercise, .side = PATELLA_STORE_SIDE_BOTH, .set_number = 1,
    .reps_planned = 10, .reps_done = 10, .pain_during = pain,
    .started_us = us, .ended_us = us + 1000, .substituted = substituted,
  };
  gint64 id = patella_store_begin_session (f->store, when, PATELLA_STORE_NO_PAIN, &error);

  g_assert_no_error (error);
  g_assert_true (patella_store_add_set (f->store, id, &set, NULL, &error));
  if (state != PATELLA_SESSION_STATE_IN_PROGRESS)
    g_assert_true (patella_store_end_session (f->store, id, state, us + 2000,
                                              PATELLA_STORE_NO_PAIN, &error));
  g_assert_no_error (error);

  return id;
}

/* What the weekly review and Today read from the sessions. */
static void
test_session_queries (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GDateTime) d2 = test_local_time ("UTC", 2026, 3, 2, 9, 0);
  g_autoptr(GDateTime) d3 = test_local_time ("UTC", 2026, 3, 3, 9, 0);
  g_autoptr(GDateTime) d4 = test_local_time ("UTC", 2026, 3, 4, 9, 0);
  g_autoptr(GDateTime) d5 = test_local_time ("UTC", 2026, 3, 5, 9, 0);
  g_autoptr(GDateTime) d9 = test_local_time ("UTC", 2026, 3, 9, 9, 0);
  g_autoptr(PatellaStoreSession) done = NULL;
  g_autoptr(PatellaStoreSession) none = NULL;
  g_autoptr(GArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  gint64 partial;

  session_with_set (f, d2, "clamshell", 3, FALSE, PATELLA_SESSION_STATE_COMPLETED);
  partial = session_with_set (f, d3, "clamshell", PATELLA_STORE_NO_PAIN, FALSE,
                              PATELLA_SESSION_STATE_PARTIAL);
  session_with_set (f, d4, "clamshell", 7, TRUE, PATELLA_SESSION_STATE_ABANDONED);
  session_with_set (f, d5, "clamshell", 9, FALSE, PATELLA_SESSION_STATE_IN_PROGRESS);
  session_with_set (f, d9, "clamshell", 1, FALSE, PATELLA_SESSION_STATE_COMPLETED);

  sessions = patella_store_list_exercise_sessions (f->store, "clamshell", "2026-03-02",
                                                   "2026-03-08", &error);
  g_assert_no_error (error);
  /* Not the one done in place of another, not the one still running. */
  g_assert_cmpuint (sessions->len, ==, 2);
  g_assert_cmpstr (g_array_index (sessions, PatellaExerciseSession, 0).day, ==, "2026-03-02");
  g_assert_cmpint (g_array_index (sessions, PatellaExerciseSession, 0).pain_during, ==, 3);
  g_assert_cmpint (g_array_index (sessions, PatellaExerciseSession, 1).pain_during, ==,
                   PATELLA_PAIN_NOT_SCORED);

  /* Completed and partial count as training done; abandoned does not. */
  g_assert_cmpuint (patella_store_count_session_days (f->store, "2026-03-02", "2026-03-08",
                                                      &error), ==, 2);
  g_assert_cmpuint (patella_store_count_session_days (f->store, "2026-03-09", "2026-03-15",
                                                      &error), ==, 1);

  done = patella_store_find_day_session (f->store, "2026-03-03", &error);
  g_assert_no_error (error);
  g_assert_cmpint (done->id, ==, partial);
  g_assert_cmpint (done->state, ==, PATELLA_SESSION_STATE_PARTIAL);
  none = patella_store_find_day_session (f->store, "2026-03-05", &error);
  g_assert_no_error (error);
  g_assert_null (none);

  /* A session ends once. */
  g_assert_false (patella_store_end_session (f->store, partial,
                                             PATELLA_SESSION_STATE_COMPLETED, 1,
                                             PATELLA_STORE_NO_PAIN, &error));
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_NOT_FOUND);
}

/* A file exactly as version 2 made it, with history, opened by this
 * Patella: every row kept, sets still tied to their sessions, and the new
 * tables and the partial outcome usable. */
static void
test_migrate_v2 (void)
{
  g_autofree char *dir = test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "v2.db", NULL);
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(PatellaStoreSession) completed = NULL;
  g_autoptr(PatellaStoreSession) running = NULL;
  g_autoptr(GArray) sets = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = test_local_time ("UTC", 2026, 3, 5, 9, 0);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (patella_schema_migrate (db, 2, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO session (id, started_us, ended_us, state, pain_before,"
                                 " note, day) VALUES (1, 1772442000000000, 1772442900000000,"
                                 " 'completed', 2, 'v2 note', '2026-03-02');"
                                 "INSERT INTO session (id, started_us, state, day)"
                                 " VALUES (2, 1772528400000000, 'in-progress', '2026-03-03');"
                                 "INSERT INTO session_set VALUES (NULL, 1, 'clamshell', 'left', 1,"
                                 " 10, 10, 0, 0, 4, 1772442000000001, 1772442060000000, 0);"
                                 "INSERT INTO session_set VALUES (NULL, 2, 'clamshell', 'left', 1,"
                                 " 10, 6, 0, 0, NULL, 1772528400000001, 1772528460000000, 0);"
                                 "INSERT INTO pain_entry VALUES (NULL, '2026-03-02',"
                                 " 1772442000000000, 1772442000000000, 2, 4, 0, 0, '');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  store = patella_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (raw_int (store->db, "PRAGMA user_version"), ==, PATELLA_SCHEMA_VERSION);
  g_assert_cmpint (raw_int (store->db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (raw_int (store->db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  g_assert_cmpint (raw_int (store->db, "SELECT count(*) FROM session_set"), ==, 2);
  g_assert_cmpint (raw_int (store->db, "SELECT count(*) FROM pain_entry"), ==, 1);
  g_assert_cmpint (raw_int (store->db, "SELECT count(*) FROM pragma_index_list ('session')"),
                   >=, 2);

  completed = patella_store_get_session (store, 1, &error);
  g_assert_cmpint (completed->state, ==, PATELLA_SESSION_STATE_COMPLETED);
  g_assert_cmpstr (completed->note, ==, "v2 note");
  g_assert_cmpstr (completed->day, ==, "2026-03-02");
  sets = patella_store_list_sets (store, 1, &error);
  g_assert_cmpuint (sets->len, ==, 1);
  g_assert_cmpint (g_array_index (sets, PatellaStoreSet, 0).pain_during, ==, 4);

  /* The interrupted one is still offered, and can now end as partial. */
  running = patella_store_find_in_progress (store, &error);
  g_assert_nonnull (running);
  g_assert_cmpint (running->id, ==, 2);
  g_assert_true (patella_store_end_session (store, 2, PATELLA_SESSION_STATE_PARTIAL,
                                            1772529000000000, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpint (raw_int (store->db, "SELECT count(*) FROM session WHERE state = 'partial'"),
                   ==, 1);

  /* Deleting a session still takes its sets along: the keys came back on. */
  g_assert_cmpint (sqlite3_exec (store->db, "DELETE FROM session WHERE id = 1", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (raw_int (store->db, "SELECT count(*) FROM session_set"), ==, 1);

  g_assert_cmpint (patella_store_start_program (store,
                                                &(PatellaProgram) { "2026-03-05", 6, 0x7f }, -1,
                                                &(PatellaStorePlanItem) { "clamshell",
                                                                          default_dose ("clamshell") },
                                                1, now, &error), >, 0);
  g_assert_no_error (error);

  g_clear_object (&store);
  test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store/program/start-restart", test_program_start_restart);
  ADD ("/store/program/refused", test_program_refused);
  ADD ("/store/program/dose-history", test_dose_history);
  ADD ("/store/program/session-queries", test_session_queries);
#undef ADD
  g_test_add_func ("/store/schema/migrate-v2", test_migrate_v2);

  return g_test_run ();
}
