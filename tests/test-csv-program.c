/* test-csv-program.c: the program, its plan, its dose history and the user's exercises in CSV
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "patella-catalogue.h"
#include "patella-csv-export.h"
#include "patella-csv-import.h"
#include "patella-store-plan.h"
#include "patella-store-private.h"
#include "store-test-util.h"

static const char * const program_files[] = {
  PATELLA_CSV_EXERCISE_FILE, PATELLA_CSV_PROGRAM_FILE, PATELLA_CSV_PLAN_FILE,
  PATELLA_CSV_DOSE_CHANGE_FILE,
};

static const char * const all_files[] = {
  PATELLA_CSV_SESSION_FILE, PATELLA_CSV_SET_FILE, PATELLA_CSV_PAIN_FILE,
  PATELLA_CSV_QUESTIONNAIRE_FILE, PATELLA_CSV_EXERCISE_FILE, PATELLA_CSV_PROGRAM_FILE,
  PATELLA_CSV_PLAN_FILE, PATELLA_CSV_DOSE_CHANGE_FILE, PATELLA_CSV_MANIFEST_FILE,
};

typedef struct
{
  char         *dir;
  PatellaStore *store;
  PatellaStore *empty;
} Fixture;

static PatellaStore *
open_in (const char *dir,
         const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  PatellaStore *store = patella_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = test_make_tmp_dir ();
  f->store = open_in (f->dir, "patella.db");
  f->empty = open_in (f->dir, "empty.db");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  g_assert_finalize_object (f->empty);
  test_rm_rf (f->dir);
  g_free (f->dir);
}

static int
raw_int (PatellaStore *store,
         const char   *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_prepare_v2 (store->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

/* A program restarted once, edited every way the editor can, with a set
 * of the user's own exercise and a tricky note. */
static void
fill_program (PatellaStore *store)
{
  g_autoptr(GDateTime) day1 = test_local_time ("UTC", 2026, 3, 2, 9, 0);
  g_autoptr(GDateTime) day8 = test_local_time ("UTC", 2026, 3, 9, 18, 30);
  g_autoptr(GDateTime) day9 = test_local_time ("UTC", 2026, 3, 10, 7, 15);
  g_autoptr(GError) error = NULL;
  g_autofree char *custom = NULL;
  PatellaStorePlanItem items[] = {
    { "clamshell", *patella_exercise_get_default_dose (
        patella_catalogue_lookup (patella_catalogue_get_default (), "clamshell")) },
    { "glute-bridge", *patella_exercise_get_default_dose (
        patella_catalogue_lookup (patella_catalogue_get_default (), "glute-bridge")) },
  };
  PatellaDose own = { .sets = 2, .reps = 8, .hold_seconds = 2, .tempo_up_seconds = 1,
                      .tempo_down_seconds = 2, .rest_seconds = 20, .switch_seconds = 5,
                      .get_ready_seconds = 5 };
  PatellaDose more = items[0].dose;
  PatellaProgram program;
  gint64 id, session;

  patella_program_init (&program, "2026-02-23");
  program.n_weeks = 4;
  g_assert_cmpint (patella_store_start_program (store, &program, PATELLA_STORE_NO_REMINDER,
                                                items, 1, day1, &error), >, 0);
  patella_program_init (&program, "2026-03-02");
  program.training_days = PATELLA_WEEKDAY_MONDAY | PATELLA_WEEKDAY_FRIDAY;
  id = patella_store_start_program (store, &program, 7 * 60 + 30, items, G_N_ELEMENTS (items),
                                    day1, &error);
  g_assert_no_error (error);

  custom = patella_store_define_exercise (store, "Step-downs, \"slow\"", PATELLA_WORK_REPS_HOLD,
                                          PATELLA_SIDE_MODE_AFFECTED_ONLY, &own,
                                          "Stand on a low step\nLower the other heel, slowly",
                                          day8, &error);
  g_assert_no_error (error);
  g_assert_true (patella_store_add_to_plan (store, id, custom, NULL, 1, day8, &error));
  g_assert_true (patella_store_add_to_plan (store, id, "hamstring-stretch", NULL, -1, day8,
                                            &error));
  g_assert_true (patella_store_move_in_plan (store, id, "glute-bridge", 0, day8, &error));
  g_assert_true (patella_store_remove_from_plan (store, id, "hamstring-stretch", day8, &error));
  more.reps = 25;
  g_assert_true (patella_store_change_dose (store, id, "clamshell",
                                            PATELLA_DOSE_REASON_PROPOSAL_EDITED, &more,
                                            "Clamshells: 20 → 25, \"a side\"\nwell done", day9,
                                            &error));
  g_assert_no_error (error);

  session = patella_store_begin_session (store, day9, 2, &error);
  {
    gint64 st = patella_store_usec (day9);
    PatellaStoreSet set = {
      .exercise_id = custom, .side = PATELLA_STORE_SIDE_LEFT, .set_number = 1,
      .reps_planned = 8, .reps_done = 8, .hold_s_planned = 16, .hold_s_done = 16,
      .pain_during = 1, .started_us = st + 1000, .ended_us = st + 60000000,
    };
    g_assert_true (patella_store_add_set (store, session, &set, NULL, &error));
    g_assert_true (patella_store_finish_session (store, session, st + 90000000, 1, &error));
  }
  g_assert_no_error (error);
}

static char *
contents_of (const char *dir,
             const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* Export, import into an empty diary, export again: the same bytes, every
 * file. The program, its plan (order and doses), every dose change with
 * its reason, event and note, and the user's exercise all come through. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *first = g_build_filename (f->dir, "first", NULL);
  g_autofree char *second = g_build_filename (f->dir, "second", NULL);
  g_autofree char *plan = NULL;
  g_autofree PatellaStoreProgram *program = NULL;
  g_autoptr(GError) error = NULL;
  PatellaCsvImportStats stats;

  fill_program (f->store);
  g_assert_true (patella_csv_export (f->store, first, &error));
  g_assert_no_error (error);

  g_assert_true (patella_csv_import (f->empty, first, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added[PATELLA_CSV_TABLE_EXERCISE], ==, 1);
  g_assert_cmpuint (stats.added[PATELLA_CSV_TABLE_PROGRAM], ==, 2);
  g_assert_cmpuint (stats.added[PATELLA_CSV_TABLE_PLAN], ==, 4);
  g_assert_cmpuint (stats.added[PATELLA_CSV_TABLE_DOSE_CHANGE], ==,
                    (guint) raw_int (f->store, "SELECT count(*) FROM dose_change"));

  g_assert_true (patella_csv_export (f->empty, second, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (all_files); i++)
    {
      g_autofree char *a = contents_of (first, all_files[i]);
      g_autofree char *b = contents_of (second, all_files[i]);

      g_assert_cmpstr (a, ==, b);
    }

  /* What the imported diary now runs: the newer program, in its order. */
  program = patella_store_get_program (f->empty, &error);
  g_assert_cmpstr (program->program.start_day, ==, "2026-03-02");
  g_assert_cmpint (program->reminder_minute, ==, 7 * 60 + 30);
  plan = contents_of (second, PATELLA_CSV_PLAN_FILE);
  g_assert_nonnull (strstr (plan, "glute-bridge,0,"));
  g_assert_nonnull (strstr (plan, "clamshell,1,1,25,1,"));
  g_assert_nonnull (strstr (plan, "custom-step-downs-slow,2,"));
  g_assert_null (strstr (plan, "hamstring-stretch"));

  /* Importing again adds nothing. */
  g_assert_true (patella_csv_import (f->empty, first, &stats, &error));
  for (guint k = 0; k < PATELLA_CSV_N_TABLES; k++)
    g_assert_cmpuint (stats.added[k], ==, 0);
  g_assert_cmpuint (stats.skipped[PATELLA_CSV_TABLE_DOSE_CHANGE], >, 0);
}

/* Rewrites a new export as one made before the program was exported: the
 * four diary files and a manifest that lists only them. */
static void
make_old_export (const char *dir)
{
  g_autofree char *manifest = contents_of (dir, PATELLA_CSV_MANIFEST_FILE);
  g_autofree char *path = g_build_filename (dir, PATELLA_CSV_MANIFEST_FILE, NULL);
  g_auto(GStrv) lines = g_strsplit (manifest, "\n", -1);
  g_autoptr(GString) old = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL && i < 5; i++)
    g_string_append_printf (old, "%s\n", lines[i]);
  g_assert_true (g_file_set_contents (path, old->str, -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (program_files); i++)
    {
      g_autofree char *file = g_build_filename (dir, program_files[i], NULL);
      g_assert_cmpint (g_unlink (file), ==, 0);
    }
}

/* An export from before: it imports, the diary's program is left as it
 * is (none here), and the sessions come in. A program file put beside it
 * by hand, or a manifest that lists only part of the program, is refused. */
static void
test_old_export (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (f->dir, "old", NULL);
  g_autofree char *program_csv = g_build_filename (dir, PATELLA_CSV_PROGRAM_FILE, NULL);
  g_autofree char *manifest_path = g_build_filename (dir, PATELLA_CSV_MANIFEST_FILE, NULL);
  g_autofree char *manifest = NULL;
  g_autofree PatellaStoreProgram *program = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) partial = NULL;
  PatellaCsvImportStats stats;

  fill_program (f->store);
  g_assert_true (patella_csv_export (f->store, dir, &error));
  make_old_export (dir);

  g_assert_true (g_file_set_contents (program_csv, "created,start_day\r\n", -1, NULL));
  g_assert_false (patella_csv_import (f->empty, dir, &stats, &error));
  g_assert_error (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_INCOMPLETE);
  g_assert_nonnull (strstr (error->message, "program.csv is there, but the export that wrote "
                                            "patella-export.txt did not write it"));
  g_clear_error (&error);
  g_assert_cmpint (g_unlink (program_csv), ==, 0);

  g_assert_true (patella_csv_import (f->empty, dir, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added[PATELLA_CSV_TABLE_SESSION], ==, 1);
  g_assert_cmpuint (stats.added[PATELLA_CSV_TABLE_SET], ==, 1);
  g_assert_cmpuint (stats.added[PATELLA_CSV_TABLE_PROGRAM], ==, 0);
  program = patella_store_get_program (f->empty, &error);
  g_assert_no_error (error);
  g_assert_null (program);

  /* A manifest naming one program file but not the others. */
  manifest = contents_of (dir, PATELLA_CSV_MANIFEST_FILE);
  partial = g_string_new (manifest);
  g_string_append (partial, "program.csv 0 "
                   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n");
  g_assert_true (g_file_set_contents (manifest_path, partial->str, -1, NULL));
  g_assert_false (patella_csv_import (f->empty, dir, &stats, &error));
  g_assert_error (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_INCOMPLETE);
  g_assert_nonnull (strstr (error->message, "patella-export.txt does not list custom_exercise.csv"));
}

static void
import_text (PatellaStore *store,
             const char   *dir,
             const char   *name,
             const char   *text,
             GError      **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  PatellaCsvImportStats stats;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_false (patella_csv_import (store, path, &stats, error));
}

#define PROGRAM_HEADER "created,start_day,weeks,training_days,reminder_minute\r\n"
#define PLAN_HEADER "program_created,exercise,position,sets,reps,until_tired,hold_s," \
  "tempo_up_s,tempo_pause_s,tempo_down_s,rest_s,switch_s,get_ready_s\r\n"
#define DOSE_HEADER "program_created,exercise,recorded,day,reason,event,sets,reps," \
  "until_tired,hold_s,tempo_up_s,tempo_pause_s,tempo_down_s,rest_s,switch_s,get_ready_s,note\r\n"

/* The app's rules, with file, line and field named; nothing imported. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  import_text (f->empty, f->dir, "p.csv", PROGRAM_HEADER
               "2026-03-02T09:00:00Z,2026-03-02,13,127,\r\n", &error);
  g_assert_error (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_VALUE);
  g_assert_cmpstr (error->message, ==, "p.csv, line 2, field “weeks”: "
                                       "“13” is not a whole number from 2 to 12");
  g_clear_error (&error);

  import_text (f->empty, f->dir, "plan.csv", PLAN_HEADER
               "2026-03-02T09:00:00Z,clamshell,0,1,20,1,0,2,1,2,30,5,10\r\n", &error);
  g_assert_error (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_UNKNOWN_PROGRAM);
  g_assert_nonnull (strstr (error->message, "plan.csv, line 2, field “program_created”"));
  g_clear_error (&error);

  /* A hold on an exercise without one: the dose rules of the app. */
  import_text (f->empty, f->dir, "plan.csv", PLAN_HEADER
               "2026-03-02T09:00:00Z,clamshell,0,1,20,1,4,2,1,2,30,5,10\r\n", &error);
  g_assert_error (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_VALUE);
  g_assert_nonnull (strstr (error->message, "this exercise has no hold"));
  g_clear_error (&error);

  import_text (f->empty, f->dir, "plan.csv", PLAN_HEADER
               "2026-03-02T09:00:00Z,custom-never-defined,0,1,20,0,4,2,0,2,30,5,10\r\n", &error);
  g_assert_error (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_VALUE);
  g_assert_nonnull (strstr (error->message, "field “exercise”: “custom-never-defined” is not an "
                                            "exercise Patella knows"));
  g_clear_error (&error);

  import_text (f->empty, f->dir, "d.csv", DOSE_HEADER
               "2026-03-02T09:00:00Z,clamshell,2026-03-02T09:00:00Z,2026-03-02,whim,dose,"
               "1,20,1,0,2,1,2,30,5,10,\r\n", &error);
  g_assert_error (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_VALUE);
  g_assert_nonnull (strstr (error->message, "d.csv, line 2, field “reason”: “whim” is not one of:"));
  g_clear_error (&error);

  g_assert_cmpint (raw_int (f->empty, "SELECT count(*) FROM program"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/csv/program/round-trip", test_round_trip);
  ADD ("/csv/program/old-export", test_old_export);
  ADD ("/csv/program/refused", test_refused);
#undef ADD

  return g_test_run ();
}
