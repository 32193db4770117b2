/* test-store-plan.c: editing the plan, its history, and the exercises the user defines
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "patella-catalogue.h"
#include "patella-schema.h"
#include "patella-store-plan.h"
#include "patella-store-private.h"
#include "store-test-util.h"

typedef struct
{
  char         *dir;
  char         *path;
  PatellaStore *store;
  gint64        program_id;
} Fixture;

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
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = test_local_time ("Europe/Berlin", 2026, 3, 2, 9, 0);
  PatellaStorePlanItem items[2] = {
    { "clamshell", default_dose ("clamshell") },
    { "glute-bridge", default_dose ("glute-bridge") },
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

static char *
plan_ids (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) plan = patella_store_list_plan (f->store, f->program_id, &error);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < plan->len; i++)
    g_strv_builder_add (ids, g_array_index (plan, PatellaStorePlanItem, i).exercise_id);
  strv = g_strv_builder_end (ids);

  return g_strjoinv (" ", strv);
}

/* Add from the catalogue, reorder, remove, undo: the plan follows, and
 * every step is a user-edit dose change with what it did. */
static void
test_plan_edit (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) now = test_local_time ("Europe/Berlin", 2026, 3, 9, 18, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) changes = NULL;
  g_autofree char *ids = NULL;
  PatellaDose stretch = default_dose ("hamstring-stretch");
  const PatellaStoreDoseChange *last;

  stretch.hold_seconds = 45;
  g_assert_true (patella_store_add_to_plan (f->store, f->program_id, "hamstring-stretch",
                                            &stretch, -1, now, &error));
  g_assert_no_error (error);
  g_assert_true (patella_store_add_to_plan (f->store, f->program_id, "monster-walk", NULL, 0,
                                            now, &error));
  g_assert_no_error (error);
  ids = plan_ids (f);
  g_assert_cmpstr (ids, ==, "monster-walk clamshell glute-bridge hamstring-stretch");

  /* Twice, unknown, or with a dose outside its limits: refused, unchanged. */
  g_assert_false (patella_store_add_to_plan (f->store, f->program_id, "clamshell", NULL, -1,
                                             now, &error));
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (patella_store_add_to_plan (f->store, f->program_id, "custom-nothing", NULL, -1,
                                             now, &error));
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  stretch.hold_seconds = PATELLA_DOSE_MAX_TIMED_HOLD + 1;
  g_assert_false (patella_store_add_to_plan (f->store, f->program_id, "quad-stretch", &stretch,
                                             -1, now, &error));
  g_assert_error (error, PATELLA_DOSE_ERROR, PATELLA_DOSE_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "300"));
  g_clear_error (&error);

  g_assert_true (patella_store_move_in_plan (f->store, f->program_id, "monster-walk", 2, now,
                                             &error));
  g_assert_no_error (error);
  g_clear_pointer (&ids, g_free);
  ids = plan_ids (f);
  g_assert_cmpstr (ids, ==, "clamshell glute-bridge monster-walk hamstring-stretch");
  /* Past the end means last; where it is already records nothing. */
  g_assert_true (patella_store_move_in_plan (f->store, f->program_id, "clamshell", 99, now,
                                             &error));
  g_assert_true (patella_store_move_in_plan (f->store, f->program_id, "clamshell", 3, now,
                                             &error));
  g_clear_pointer (&ids, g_free);
  ids = plan_ids (f);
  g_assert_cmpstr (ids, ==, "glute-bridge monster-walk hamstring-stretch clamshell");
  g_assert_cmpint (raw_int (f->store->db, "SELECT count(*) FROM dose_change"
                                          " WHERE event = 'moved'"), ==, 2);

  g_assert_true (patella_store_remove_from_plan (f->store, f->program_id, "hamstring-stretch",
                                                 now, &error));
  g_assert_no_error (error);
  g_clear_pointer (&ids, g_free);
  ids = plan_ids (f);
  g_assert_cmpstr (ids, ==, "glute-bridge monster-walk clamshell");
  changes = patella_store_list_dose_changes (f->store, f->program_id, "hamstring-stretch",
                                             &error);
  g_assert_cmpuint (changes->len, ==, 2);
  last = &g_array_index (changes, PatellaStoreDoseChange, 1);
  g_assert_cmpint (last->event, ==, PATELLA_PLAN_EVENT_REMOVED);
  g_assert_cmpint (last->reason, ==, PATELLA_DOSE_REASON_USER_EDIT);
  g_assert_cmpstr (last->day, ==, "2026-03-09");
  g_assert_cmpint (last->dose.hold_seconds, ==, 45);
  /* Both changes came in the same microsecond: their instants still differ. */
  g_assert_cmpint (last->recorded_us, >,
                   g_array_index (changes, PatellaStoreDoseChange, 0).recorded_us);

  /* Undo: back in its place, at its dose. */
  g_assert_true (patella_store_add_to_plan (f->store, f->program_id, "hamstring-stretch",
                                            &last->dose, 2, now, &error));
  g_assert_no_error (error);
  g_clear_pointer (&ids, g_free);
  ids = plan_ids (f);
  g_assert_cmpstr (ids, ==, "glute-bridge monster-walk hamstring-stretch clamshell");
  g_assert_cmpint (raw_int (f->store->db, "SELECT count(*) FROM dose_change WHERE reason ="
                                          " 'user-edit'"), ==, 6);
  g_assert_cmpint (raw_int (f->store->db, "SELECT count(*) FROM plan_exercise"
                                          " WHERE position BETWEEN 0 AND 3"), ==, 4);

  g_assert_false (patella_store_remove_from_plan (f->store, f->program_id, "wall-squat", now,
                                                  &error));
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

/* The last exercise stays: an empty plan would silently bring back the
 * fixed one. */
static void
test_plan_keeps_one (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) now = test_local_time ("Europe/Berlin", 2026, 3, 9, 18, 0);
  g_autoptr(GError) error = NULL;

  g_assert_true (patella_store_remove_from_plan (f->store, f->program_id, "clamshell", now,
                                                 &error));
  g_assert_false (patella_store_remove_from_plan (f->store, f->program_id, "glute-bridge", now,
                                                  &error));
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID);
  g_assert_cmpint (raw_int (f->store->db, "SELECT count(*) FROM plan_exercise"), ==, 1);
}

/* A dose edit is held to the limits of patella-dose.h, named in the error. */
static void
test_dose_edit_limits (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GDateTime) now = test_local_time ("Europe/Berlin", 2026, 3, 9, 18, 0);
  g_autoptr(GError) error = NULL;
  PatellaDose dose = default_dose ("clamshell");

  dose.reps = PATELLA_DOSE_MAX_REPS;
  dose.sets = PATELLA_DOSE_MAX_SETS;
  g_assert_true (patella_store_change_dose (f->store, f->program_id, "clamshell",
                                            PATELLA_DOSE_REASON_USER_EDIT, &dose, NULL, now,
                                            &error));
  g_assert_no_error (error);
  dose.sets = PATELLA_DOSE_MAX_SETS + 1;
  g_assert_false (patella_store_change_dose (f->store, f->program_id, "clamshell",
                                             PATELLA_DOSE_REASON_USER_EDIT, &dose, NULL, now,
                                             &error));
  g_assert_error (error, PATELLA_DOSE_ERROR, PATELLA_DOSE_ERROR_OUT_OF_RANGE);
  g_assert_cmpstr (error->message, ==, "Sets must be between 1 and 10, not 11");
  g_clear_error (&error);
  dose.sets = 1;
  dose.hold_seconds = 3;
  g_assert_false (patella_store_change_dose (f->store, f->program_id, "clamshell",
                                             PATELLA_DOSE_REASON_USER_EDIT, &dose, NULL, now,
                                             &error));
  g_assert_error (error, PATELLA_DOSE_ERROR, PATELLA_DOSE_ERROR_NOT_APPLICABLE);
  g_assert_cmpint (raw_int (f->store->db, "SELECT sets FROM plan_exercise"
                                          " WHERE exercise = 'clamshell'"), ==, 10);
}

/* A user's own exercise: kept, given an id from its name, found by the
 * catalogue, and able to join the plan like any other. */
static void
test_define_exercise (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GDateTime) now = test_local_time ("Europe/Berlin", 2026, 3, 9, 18, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *id2 = NULL;
  g_autofree char *ids = NULL;
  PatellaDose dose = { .sets = 2, .reps = 10, .hold_seconds = 2, .tempo_up_seconds = 1,
                       .tempo_down_seconds = 2, .rest_seconds = 30, .switch_seconds = 5,
                       .get_ready_seconds = 5 };
  PatellaExercise *exercise;

  id = patella_store_define_exercise (f->store, "  Step-downs (box) ", PATELLA_WORK_REPS_HOLD,
                                      PATELLA_SIDE_MODE_EACH_SIDE, &dose,
                                      "Stand on a low box\nLower the other heel slowly", now,
                                      &error);
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, "custom-step-downs-box");
  id2 = patella_store_define_exercise (f->store, "Step-downs box", PATELLA_WORK_REPS_HOLD,
                                       PATELLA_SIDE_MODE_EACH_SIDE, &dose, NULL, now, &error);
  g_assert_cmpstr (id2, ==, "custom-step-downs-box-2");

  exercise = patella_catalogue_lookup (patella_catalogue_get_default (), id);
  g_assert_nonnull (exercise);
  g_assert_cmpstr (patella_exercise_get_name (exercise), ==, "Step-downs (box)");
  g_assert_cmpuint (g_strv_length ((char **) patella_exercise_get_steps (exercise)), ==, 2);
  g_assert_cmpint (patella_exercise_get_side_mode (exercise), ==, PATELLA_SIDE_MODE_EACH_SIDE);

  g_assert_true (patella_store_add_to_plan (f->store, f->program_id, id, NULL, 1, now, &error));
  g_assert_no_error (error);
  ids = plan_ids (f);
  g_assert_cmpstr (ids, ==, "clamshell custom-step-downs-box glute-bridge");

  /* Refused: no name, a dose outside its kind's limits. Nothing kept. */
  g_assert_null (patella_store_define_exercise (f->store, " ", PATELLA_WORK_REPS_HOLD,
                                                PATELLA_SIDE_MODE_EACH_SIDE, &dose, NULL, now,
                                                &error));
  g_assert_error (error, PATELLA_DOSE_ERROR, PATELLA_DOSE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_null (patella_store_define_exercise (f->store, "Hold it", PATELLA_WORK_REPS_TEMPO,
                                                PATELLA_SIDE_MODE_EACH_SIDE, &dose, NULL, now,
                                                &error));
  g_assert_error (error, PATELLA_DOSE_ERROR, PATELLA_DOSE_ERROR_NOT_APPLICABLE);
  g_clear_error (&error);
  g_assert_cmpint (raw_int (f->store->db, "SELECT count(*) FROM custom_exercise"), ==, 2);
  {
    g_autoptr(GPtrArray) own = patella_store_list_custom_exercises (f->store, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (own->len, ==, 2);
    g_assert_cmpstr (patella_exercise_get_id (own->pdata[0]), ==, "custom-step-downs-box");
  }
}

/* A diary's own exercises join the catalogue when it is opened. */
static void
test_custom_loaded_on_open (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PatellaExercise *exercise;

  g_assert_cmpint (sqlite3_exec (f->store->db,
                                 "INSERT INTO custom_exercise (exercise, name, work, sides,"
                                 " instructions, sets, reps, until_tired, hold_s, tempo_up_s,"
                                 " tempo_pause_s, tempo_down_s, rest_s, switch_s, get_ready_s,"
                                 " created_us) VALUES ('custom-loaded-on-open', 'Side plank',"
                                 " 'timed-hold', 'each-side', 'Lie on your side', 3, 1, 0, 20,"
                                 " 0, 0, 0, 30, 5, 5, 1772442000000000)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_null (patella_catalogue_lookup (patella_catalogue_get_default (),
                                           "custom-loaded-on-open"));
  g_assert_finalize_object (f->store);
  f->store = patella_store_open (f->path, &error);
  g_assert_no_error (error);

  exercise = patella_catalogue_lookup (patella_catalogue_get_default (), "custom-loaded-on-open");
  g_assert_nonnull (exercise);
  g_assert_cmpint (patella_exercise_get_work_kind (exercise), ==, PATELLA_WORK_TIMED_HOLD);
  g_assert_cmpint (patella_exercise_get_default_dose (exercise)->hold_seconds, ==, 20);
}

/* A v3 file whose programs or dose changes share an instant still
 * migrates: the v4 keys are made unique by moving them a microsecond. */
static void
test_migrate_v3 (void)
{
  g_autofree char *dir = test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "v3.db", NULL);
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);
  g_assert_true (patella_schema_migrate (db, 3, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO program VALUES (1, '2026-03-02', 6, 127, NULL, 5);"
                                 "INSERT INTO program VALUES (2, '2026-03-02', 6, 127, NULL, 5);"
                                 "INSERT INTO dose_change (program_id, exercise, day, recorded_us,"
                                 " reason, sets, reps, until_tired, hold_s, tempo_up_s,"
                                 " tempo_pause_s, tempo_down_s, rest_s, switch_s, get_ready_s)"
                                 " VALUES (2, 'clamshell', '2026-03-02', 7, 'start',"
                                 " 1, 20, 1, 0, 2, 1, 2, 30, 5, 10),"
                                 " (2, 'clamshell', '2026-03-02', 7, 'user-edit',"
                                 " 1, 25, 1, 0, 2, 1, 2, 30, 5, 10);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  store = patella_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (raw_int (store->db, "PRAGMA user_version"), ==, PATELLA_SCHEMA_VERSION);
  g_assert_cmpint (raw_int (store->db, "SELECT count (DISTINCT created_us) FROM program"), ==, 2);
  g_assert_cmpint (raw_int (store->db, "SELECT created_us FROM program WHERE id = 2"), ==, 6);
  g_assert_cmpint (raw_int (store->db, "SELECT count (DISTINCT recorded_us) FROM dose_change"),
                   ==, 2);
  g_assert_cmpint (raw_int (store->db, "SELECT count(*) FROM dose_change WHERE event = 'dose'"),
                   ==, 2);
  g_clear_object (&store);
  test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store/plan/edit", test_plan_edit);
  ADD ("/store/plan/keeps-one", test_plan_keeps_one);
  ADD ("/store/plan/dose-limits", test_dose_edit_limits);
  ADD ("/store/plan/define-exercise", test_define_exercise);
  ADD ("/store/plan/custom-loaded-on-open", test_custom_loaded_on_open);
#undef ADD
  g_test_add_func ("/store/schema/migrate-v3", test_migrate_v3);

  return g_test_run ();
}
