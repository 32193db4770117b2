/* test-store.c: the store's round trips, constraints, migrations and live list, on real files
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <sys/stat.h>

#include "patella-pain-item.h"
#include "patella-schema.h"
#include "patella-store-private.h"
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
  f->path = g_build_filename (f->dir, "sub", "folder", "patella.db", NULL);
  f->store = patella_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->store != NULL)
    g_assert_finalize_object (f->store);
  test_rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_finalize_object (f->store);
  f->store = patella_store_open (f->path, &error);
  g_assert_no_error (error);
}

static int
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  int rc;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_extended_result_codes (db, 1);
  sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  rc = sqlite3_exec (db, sql, NULL, NULL, NULL);
  sqlite3_close (db);

  return rc;
}

static gint64
raw_int (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 v;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  v = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return v;
}

/* ---- opening ---- */

static void
test_open_creates (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *folder = g_path_get_dirname (f->path);
  char *mode_text;
  sqlite3_stmt *stmt = NULL;
  struct stat st;

  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_cmpint (raw_int (f->store->db, "PRAGMA user_version"), ==, PATELLA_SCHEMA_VERSION);
  g_assert_cmpint (raw_int (f->store->db, "PRAGMA application_id"), ==,
                   PATELLA_SCHEMA_APPLICATION_ID);
  g_assert_cmpint (raw_int (f->store->db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (raw_int (f->store->db, "PRAGMA synchronous"), ==, 2); /* FULL */
  g_assert_cmpint (raw_int (f->store->db, "PRAGMA busy_timeout"), >, 0);

  g_assert_cmpint (sqlite3_prepare_v2 (f->store->db, "PRAGMA journal_mode", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  mode_text = (char *) sqlite3_column_text (stmt, 0);
  g_assert_cmpstr (mode_text, ==, "wal");
  sqlite3_finalize (stmt);

  /* No temporary file is left beside the new database. */
  {
    g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      g_assert_false (g_str_has_prefix (name, "patella.db.new-"));
  }

  g_assert_cmpstr (patella_store_get_path (f->store), ==, f->path);
  g_assert_true (patella_store_is_open (f->store));
}

static void
test_open_twice_same_file (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaStore) second = patella_store_open (f->path, &error);
  g_autoptr(PatellaPainEntry) entry = patella_pain_entry_new ("2026-01-01", 2, 3);
  g_autoptr(PatellaPainEntry) seen = NULL;

  g_assert_no_error (error);
  g_assert_true (patella_store_save_pain (f->store, entry, NULL, &error));
  g_assert_no_error (error);
  seen = patella_store_get_pain (second, "2026-01-01", &error);
  g_assert_no_error (error);
  g_assert_nonnull (seen);
}

static void
test_closed_store (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaPainEntry) entry = patella_pain_entry_new ("2026-01-01", 2, 3);

  patella_store_close (f->store);
  g_assert_false (patella_store_is_open (f->store));
  g_assert_false (patella_store_save_pain (f->store, entry, NULL, &error));
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_CLOSED);
}

/* ---- pain ---- */

static void
test_pain_round_trip (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GDateTime) now = test_local_time ("Europe/Berlin", 2026, 3, 29, 21, 15);
  g_autoptr(GDateTime) later = g_date_time_add_hours (now, 1);
  g_autoptr(PatellaPainEntry) entry = patella_pain_entry_new ("2026-03-29", 3, 6);
  g_autoptr(PatellaPainEntry) got = NULL;
  g_autoptr(PatellaPainEntry) edited = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  entry->contexts = PATELLA_PAIN_CONTEXT_STAIRS | PATELLA_PAIN_CONTEXT_AFTER_SITTING;
  entry->signs = PATELLA_WARNING_SIGN_SWELLING;
  patella_pain_entry_set_note (entry, "Knie, “stairs”,\nline two — ça va 😬");

  g_assert_true (patella_store_save_pain (f->store, entry, now, &error));
  g_assert_no_error (error);

  reopen (f);
  got = patella_store_get_pain (f->store, "2026-03-29", &error);
  g_assert_no_error (error);
  g_assert_nonnull (got);
  g_assert_cmpint (got->recorded_us, ==, patella_store_usec (now));
  g_assert_cmpint (got->updated_us, ==, got->recorded_us);
  entry->recorded_us = entry->updated_us = got->recorded_us;
  g_assert_true (patella_pain_entry_equal (entry, got));

  /* Logging again the same day edits the entry, keeping when it was made. */
  edited = patella_pain_entry_new ("2026-03-29", 1, 2);
  g_assert_true (patella_store_save_pain (f->store, edited, later, &error));
  g_assert_no_error (error);
  g_clear_pointer (&got, patella_pain_entry_free);
  got = patella_store_get_pain (f->store, "2026-03-29", &error);
  g_assert_cmpint (got->usual, ==, 1);
  g_assert_cmpint (got->worst, ==, 2);
  g_assert_cmpint (got->contexts, ==, 0);
  g_assert_null (got->note);
  g_assert_cmpint (got->recorded_us, ==, patella_store_usec (now));
  g_assert_cmpint (got->updated_us, ==, patella_store_usec (later));

  /* A missing day is not an error. */
  g_clear_pointer (&got, patella_pain_entry_free);
  got = patella_store_get_pain (f->store, "2026-03-28", &error);
  g_assert_no_error (error);
  g_assert_null (got);

  {
    g_autoptr(PatellaPainEntry) older = patella_pain_entry_new ("2026-03-01", 0, 0);
    g_assert_true (patella_store_save_pain (f->store, older, now, &error));
  }
  list = patella_store_list_pain (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((PatellaPainEntry *) list->pdata[0])->day, ==, "2026-03-29");
  g_assert_cmpstr (((PatellaPainEntry *) list->pdata[1])->day, ==, "2026-03-01");
}

static void
test_pain_refused (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) now = test_local_time ("Europe/Berlin", 2026, 3, 29, 23, 59);
  struct { const char *day; int usual, worst; } bad[] = {
    { "2026-03-30", 1, 1 },  /* tomorrow, one minute before midnight */
    { "2026-02-30", 1, 1 },
    { "29.03.2026", 1, 1 },
    { "2026-03-20", 5, 4 },
    { "2026-03-20", -1, 4 },
    { "2026-03-20", 3, 11 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(PatellaPainEntry) entry = patella_pain_entry_new (bad[i].day, bad[i].usual,
                                                                  bad[i].worst);
      g_autoptr(GError) error = NULL;

      g_assert_false (patella_store_save_pain (f->store, entry, now, &error));
      g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID);
      g_assert_cmpstr (error->message, !=, "");
    }

  g_assert_cmpint (raw_int (f->store->db, "SELECT count(*) FROM pain_entry"), ==, 0);
}

static void
test_pain_delete_undo (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GDateTime) now = test_local_time ("UTC", 2026, 4, 2, 8, 0);
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 1);
  g_autoptr(PatellaPainEntry) entry = patella_pain_entry_new ("2026-04-01", 4, 7);
  g_autoptr(PatellaPainEntry) before = NULL;
  g_autoptr(PatellaPainEntry) deleted = NULL;
  g_autoptr(PatellaPainEntry) after = NULL;
  g_autoptr(GError) error = NULL;

  patella_pain_entry_set_note (entry, "after the long run");
  entry->signs = PATELLA_WARNING_SIGN_GIVING_WAY;
  g_assert_true (patella_store_save_pain (f->store, entry, now, &error));
  g_assert_true (patella_store_save_pain (f->store, entry, later, &error));
  before = patella_store_get_pain (f->store, "2026-04-01", &error);

  deleted = patella_store_delete_pain (f->store, "2026-04-01", &error);
  g_assert_no_error (error);
  g_assert_true (patella_pain_entry_equal (deleted, before));
  g_assert_null (patella_store_get_pain (f->store, "2026-04-01", &error));

  g_assert_null (patella_store_delete_pain (f->store, "2026-04-01", &error));
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Undo puts back the very same entry, times included. */
  g_assert_true (patella_store_restore_pain (f->store, deleted, &error));
  g_assert_no_error (error);
  after = patella_store_get_pain (f->store, "2026-04-01", &error);
  g_assert_true (patella_pain_entry_equal (after, before));
  g_assert_cmpint (after->recorded_us, <, after->updated_us);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *n_calls)
{
  (*n_calls)++;
}

static const char *
model_day (GListModel *model,
           guint       i)
{
  g_autoptr(PatellaPainItem) item = g_list_model_get_item (model, i);

  return g_intern_string (patella_pain_item_get_day (item));
}

static void
test_pain_model (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GDateTime) now = test_local_time ("UTC", 2026, 5, 10, 12, 0);
  const char *days[] = { "2026-05-03", "2026-05-09", "2026-05-01", "2026-05-05" };
  g_autoptr(GListModel) model = NULL;
  g_autoptr(PatellaPainItem) item = NULL;
  g_autoptr(PatellaPainEntry) edit = NULL;
  g_autoptr(PatellaPainEntry) gone = NULL;
  g_autoptr(GError) error = NULL;
  guint n_calls = 0;
  int usual = -1;
  guint signs = 0;

  {
    g_autoptr(PatellaPainEntry) first = patella_pain_entry_new (days[0], 1, 1);
    g_assert_true (patella_store_save_pain (f->store, first, now, &error));
  }

  model = patella_store_get_pain_model (f->store, &error);
  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (model) == PATELLA_TYPE_PAIN_ITEM);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &n_calls);

  for (guint i = 1; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(PatellaPainEntry) e = patella_pain_entry_new (days[i], (int) i, 8);
      g_assert_true (patella_store_save_pain (f->store, e, now, &error));
    }
  g_assert_cmpuint (n_calls, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  g_assert_cmpstr (model_day (model, 0), ==, "2026-05-09");
  g_assert_cmpstr (model_day (model, 1), ==, "2026-05-05");
  g_assert_cmpstr (model_day (model, 2), ==, "2026-05-03");
  g_assert_cmpstr (model_day (model, 3), ==, "2026-05-01");

  /* An edit replaces the row in place. */
  edit = patella_pain_entry_new ("2026-05-05", 6, 9);
  edit->signs = PATELLA_WARNING_SIGN_PAINFUL_POP;
  g_assert_true (patella_store_save_pain (f->store, edit, now, &error));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  item = g_list_model_get_item (model, 1);
  g_object_get (item, "usual", &usual, "warning-signs", &signs, NULL);
  g_assert_cmpint (usual, ==, 6);
  g_assert_cmpuint (signs, ==, PATELLA_WARNING_SIGN_PAINFUL_POP);

  gone = patella_store_delete_pain (f->store, "2026-05-09", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_cmpstr (model_day (model, 0), ==, "2026-05-05");

  g_assert_true (patella_store_restore_pain (f->store, gone, &error));
  g_assert_cmpstr (model_day (model, 0), ==, "2026-05-09");

  /* A second call hands out the same live model. */
  {
    g_autoptr(GListModel) again = patella_store_get_pain_model (f->store, &error);
    g_assert_true (again == model);
  }
}

static void
test_pain_warning_signs (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GDateTime) now = test_local_time ("Europe/Berlin", 2026, 10, 25, 10, 0);
  g_autoptr(GError) error = NULL;
  PatellaWarningSign signs = 0;
  char latest[11];
  struct { const char *day; PatellaWarningSign signs; } rows[] = {
    { "2026-10-10", PATELLA_WARNING_SIGN_CANNOT_BEAR_WEIGHT },
    { "2026-10-18", PATELLA_WARNING_SIGN_SWELLING },          /* 8 days ago: outside 7 */
    { "2026-10-19", PATELLA_WARNING_SIGN_PAINFUL_POP },       /* 6 days ago: inside */
    { "2026-10-22", PATELLA_WARNING_SIGN_GIVING_WAY },
    { "2026-10-24", PATELLA_WARNING_SIGN_NONE },
  };

  g_assert_true (patella_store_get_recent_warning_signs (f->store, now, 7, &signs, latest,
                                                         &error));
  g_assert_cmpuint (signs, ==, 0);
  g_assert_cmpstr (latest, ==, "");

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(PatellaPainEntry) e = patella_pain_entry_new (rows[i].day, 2, 3);
      e->signs = rows[i].signs;
      g_assert_true (patella_store_save_pain (f->store, e, now, &error));
    }

  g_assert_true (patella_store_get_recent_warning_signs (f->store, now, 7, &signs, latest,
                                                         &error));
  g_assert_no_error (error);
  g_assert_cmpuint (signs, ==, PATELLA_WARNING_SIGN_PAINFUL_POP | PATELLA_WARNING_SIGN_GIVING_WAY);
  g_assert_cmpstr (latest, ==, "2026-10-22");

  g_assert_true (patella_store_get_recent_warning_signs (f->store, now, 1, &signs, NULL, &error));
  g_assert_cmpuint (signs, ==, 0);
}

/* ---- sessions ---- */

static PatellaStoreSet
make_set (const char      *exercise,
          PatellaStoreSide side,
          int              number,
          gint64           start_us)
{
  PatellaStoreSet set = {
    .exercise_id = exercise,
    .side = side,
    .set_number = number,
    .reps_planned = 10,
    .reps_done = 9,
    .hold_s_planned = 30,
    .hold_s_done = 27,
    .pain_during = PATELLA_STORE_NO_PAIN,
    .started_us = start_us,
    .ended_us = start_us + 60 * G_USEC_PER_SEC,
  };

  return set;
}

static void
test_sessions_round_trip (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GDateTime) start = test_local_time ("Europe/Berlin", 2026, 3, 29, 0, 30);
  gint64 t0 = patella_store_usec (start);
  g_autoptr(PatellaStoreSession) session = NULL;
  g_autoptr(GArray) sets = NULL;
  g_autoptr(GError) error = NULL;
  PatellaStoreSet set;
  gint64 id, set_id = 0;

  id = patella_store_begin_session (f->store, start, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  set = make_set ("clamshell", PATELLA_STORE_SIDE_LEFT, 1, t0 + 1);
  g_assert_true (patella_store_add_set (f->store, id, &set, &set_id, &error));
  g_assert_cmpint (set_id, >, 0);
  set = make_set ("clamshell", PATELLA_STORE_SIDE_RIGHT, 1, t0 + 2);
  g_assert_true (patella_store_add_set (f->store, id, &set, NULL, &error));
  set = make_set ("straight-leg-raise", PATELLA_STORE_SIDE_BOTH, 1, t0 + 3);
  set.substituted = TRUE;
  set.pain_during = 2;
  g_assert_true (patella_store_add_set (f->store, id, &set, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (patella_store_set_pain_during (f->store, id, "clamshell", 4, &error));
  g_assert_no_error (error);
  g_assert_false (patella_store_set_pain_during (f->store, id, "clamshell", 12, &error));
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (patella_store_finish_session (f->store, id, t0 + 900 * G_USEC_PER_SEC, 2,
                                               &error));
  g_assert_no_error (error);

  reopen (f);
  session = patella_store_get_session (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (session->started_us, ==, t0);
  g_assert_cmpint (session->ended_us, ==, t0 + 900 * G_USEC_PER_SEC);
  g_assert_cmpstr (session->day, ==, "2026-03-29"); /* local day, not the UTC one */
  g_assert_cmpint (session->state, ==, PATELLA_SESSION_STATE_COMPLETED);
  g_assert_cmpint (session->pain_before, ==, 3);
  g_assert_cmpint (session->pain_after, ==, 2);

  sets = patella_store_list_sets (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sets->len, ==, 3);
  set = g_array_index (sets, PatellaStoreSet, 0);
  g_assert_cmpint (set.id, ==, set_id);
  g_assert_cmpint (set.session_id, ==, id);
  g_assert_true (set.exercise_id == g_intern_static_string ("clamshell"));
  g_assert_cmpint (set.side, ==, PATELLA_STORE_SIDE_LEFT);
  g_assert_cmpint (set.reps_done, ==, 9);
  g_assert_cmpint (set.hold_s_done, ==, 27);
  g_assert_cmpint (set.pain_during, ==, 4);
  g_assert_false (set.substituted);
  set = g_array_index (sets, PatellaStoreSet, 2);
  g_assert_cmpstr (set.exercise_id, ==, "straight-leg-raise");
  g_assert_cmpint (set.side, ==, PATELLA_STORE_SIDE_BOTH);
  g_assert_cmpint (set.pain_during, ==, 2);
  g_assert_true (set.substituted);

  /* Finished: nothing to resume, and no set can be added to it. */
  g_assert_null (patella_store_find_in_progress (f->store, &error));
  g_assert_no_error (error);
  set = make_set ("clamshell", PATELLA_STORE_SIDE_LEFT, 2, t0 + 5);
  g_assert_false (patella_store_add_set (f->store, id, &set, NULL, &error));
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (patella_store_finish_session (f->store, id, t0, 1, &error));
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (patella_store_set_session_note (f->store, id, "felt good", &error));
  g_clear_pointer (&session, patella_store_session_free);
  session = patella_store_get_session (f->store, id, &error);
  g_assert_cmpstr (session->note, ==, "felt good");

  /* Sets go with their session. */
  g_assert_cmpint (raw_exec (f->path, "DELETE FROM session"), ==, SQLITE_OK);
  g_assert_cmpint (raw_int (f->store->db, "SELECT count(*) FROM session_set"), ==, 0);
}

static void
test_sessions_resume (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GDateTime) start = test_local_time ("UTC", 2026, 6, 1, 7, 0);
  g_autoptr(GDateTime) older = g_date_time_add_days (start, -2);
  gint64 t0 = patella_store_usec (start);
  g_autoptr(PatellaStoreSession) found = NULL;
  g_autoptr(GArray) sets = NULL;
  g_autoptr(GError) error = NULL;
  PatellaStoreSet set;
  gint64 old_id, id;

  old_id = patella_store_begin_session (f->store, older, PATELLA_STORE_NO_PAIN, &error);
  id = patella_store_begin_session (f->store, start, PATELLA_STORE_NO_PAIN, &error);
  g_assert_no_error (error);
  for (int n = 1; n <= 2; n++)
    {
      set = make_set ("wall-squat", PATELLA_STORE_SIDE_BOTH, n, t0 + n);
      g_assert_true (patella_store_add_set (f->store, id, &set, NULL, &error));
    }

  /* The app closes (or crashes) here and starts again. */
  reopen (f);
  found = patella_store_find_in_progress (f->store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpint (found->id, ==, id);
  g_assert_cmpint (found->state, ==, PATELLA_SESSION_STATE_IN_PROGRESS);
  g_assert_cmpint (found->ended_us, ==, 0);
  g_assert_cmpint (found->pain_before, ==, PATELLA_STORE_NO_PAIN);

  sets = patella_store_list_sets (f->store, id, &error);
  g_assert_cmpuint (sets->len, ==, 2);

  /* Resume: the next set; a set redone replaces the earlier one. */
  set = make_set ("wall-squat", PATELLA_STORE_SIDE_BOTH, 3, t0 + 3);
  g_assert_true (patella_store_add_set (f->store, id, &set, NULL, &error));
  set = make_set ("wall-squat", PATELLA_STORE_SIDE_BOTH, 3, t0 + 4);
  set.reps_done = 4;
  g_assert_true (patella_store_add_set (f->store, id, &set, NULL, &error));
  g_clear_pointer (&sets, g_array_unref);
  sets = patella_store_list_sets (f->store, id, &error);
  g_assert_cmpuint (sets->len, ==, 3);
  g_assert_cmpint (g_array_index (sets, PatellaStoreSet, 2).reps_done, ==, 4);

  g_assert_true (patella_store_abandon_session (f->store, id, t0 + 10, &error));
  g_clear_pointer (&found, patella_store_session_free);
  found = patella_store_find_in_progress (f->store, &error);
  g_assert_cmpint (found->id, ==, old_id);
  g_assert_true (patella_store_abandon_session (f->store, old_id, 0, &error));
  g_clear_pointer (&found, patella_store_session_free);
  found = patella_store_get_session (f->store, old_id, &error);
  g_assert_cmpint (found->state, ==, PATELLA_SESSION_STATE_ABANDONED);
  g_assert_cmpint (found->ended_us, ==, found->started_us); /* clamped, not refused */
  g_clear_pointer (&found, patella_store_session_free);
  g_assert_null (patella_store_find_in_progress (f->store, &error));

  /* The abandoned session keeps its sets. */
  g_clear_pointer (&sets, g_array_unref);
  sets = patella_store_list_sets (f->store, id, &error);
  g_assert_cmpuint (sets->len, ==, 3);
}

static void
test_sets_refused (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) start = test_local_time ("UTC", 2026, 6, 1, 7, 0);
  gint64 t0 = patella_store_usec (start);
  g_autoptr(GError) error = NULL;
  gint64 id = patella_store_begin_session (f->store, start, 0, &error);
  PatellaStoreSet bad[9];

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    bad[i] = make_set ("heel-raise", PATELLA_STORE_SIDE_BOTH, 1, t0);
  bad[0].exercise_id = "";
  bad[1].side = 7;
  bad[2].set_number = 0;
  bad[3].reps_done = -1;
  bad[4].reps_planned = 1001;
  bad[5].hold_s_done = 36001;
  bad[6].pain_during = 11;
  bad[7].ended_us = t0 - 1;
  bad[8].started_us = 0;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (patella_store_add_set (f->store, id, &bad[i], NULL, &error));
      g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID);
      g_clear_error (&error);
    }

  g_assert_cmpint (patella_store_begin_session (f->store, start, 11, &error), ==, 0);
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* The same start instant twice is one session, not two. */
  g_assert_cmpint (patella_store_begin_session (f->store, start, 1, &error), ==, 0);
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (raw_int (f->store->db, "SELECT count(*) FROM session_set"), ==, 0);
  g_assert_cmpint (raw_int (f->store->db, "SELECT count(*) FROM session"), ==, 1);
}

/* ---- questionnaires ---- */

static void
test_questionnaire_round_trip (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GDateTime) now = test_local_time ("UTC", 2026, 6, 15, 9, 0);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  PatellaStoreQuestionnaire *q;

  g_assert_true (patella_store_save_questionnaire (f->store, PATELLA_QUESTIONNAIRE_KUJALA,
                                                   "2026-06-15", "0,1,1,2,0,3,1,2,2,1,0,1,0",
                                                   71, now, &error));
  g_assert_true (patella_store_save_questionnaire (f->store, PATELLA_QUESTIONNAIRE_KUJALA,
                                                   "2026-06-01", "1,1,1,2,2,3,1,2,2,1,0,1,0",
                                                   64, now, &error));
  /* Again on the same day: replaces. */
  g_assert_true (patella_store_save_questionnaire (f->store, PATELLA_QUESTIONNAIRE_KUJALA,
                                                   "2026-06-15", "0,0,0,0,0,0,0,0,0,0,0,0,0",
                                                   100, now, &error));
  g_assert_no_error (error);

  reopen (f);
  list = patella_store_list_questionnaires (f->store, PATELLA_QUESTIONNAIRE_KUJALA, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  q = list->pdata[0];
  g_assert_cmpstr (q->day, ==, "2026-06-01");
  g_assert_cmpint (q->score, ==, 64);
  g_assert_cmpstr (q->kind, ==, "kujala");
  q = list->pdata[1];
  g_assert_cmpstr (q->answers, ==, "0,0,0,0,0,0,0,0,0,0,0,0,0");
  g_assert_cmpint (q->score, ==, 100);
  g_assert_cmpint (q->recorded_us, ==, patella_store_usec (now));

  g_assert_false (patella_store_save_questionnaire (f->store, "sf36", "2026-06-15", "1", 1,
                                                    now, &error));
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (patella_store_save_questionnaire (f->store, "kujala", "2026-06-15", "1", 101,
                                                    now, &error));
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (patella_store_save_questionnaire (f->store, "kujala", "2026-06-15", "1;2", 1,
                                                    now, &error));
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (patella_store_save_questionnaire (f->store, "kujala", "2026-06-16", "1", 1,
                                                    now, &error));
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID);
}

/* The ends are the list's first and last, by day, not by saving order. */
static void
test_questionnaire_ends (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GDateTime) now = test_local_time ("UTC", 2026, 6, 15, 9, 0);
  g_autoptr(PatellaStoreQuestionnaire) first = NULL;
  g_autoptr(PatellaStoreQuestionnaire) last = NULL;
  g_autoptr(GError) error = NULL;
  const char *days[] = { "2026-03-02", "2026-01-05", "2026-06-15", "2026-04-01" };

  g_assert_true (patella_store_get_questionnaire_ends (f->store, PATELLA_QUESTIONNAIRE_KUJALA,
                                                       &first, &last, &error));
  g_assert_no_error (error);
  g_assert_null (first);
  g_assert_null (last);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    g_assert_true (patella_store_save_questionnaire (f->store, PATELLA_QUESTIONNAIRE_KUJALA,
                                                     days[i], "1,1,1,2,2,3,1,2,2,1,0,1,0",
                                                     (int) (50 + i), now, &error));
  g_assert_true (patella_store_get_questionnaire_ends (f->store, PATELLA_QUESTIONNAIRE_KUJALA,
                                                       &first, &last, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (first->day, ==, "2026-01-05");
  g_assert_cmpint (first->score, ==, 51);
  g_assert_cmpstr (first->kind, ==, "kujala");
  g_assert_cmpstr (first->answers, ==, "1,1,1,2,2,3,1,2,2,1,0,1,0");
  g_assert_cmpstr (last->day, ==, "2026-06-15");
  g_assert_cmpint (last->score, ==, 52);
  g_assert_cmpint (last->recorded_us, ==, patella_store_usec (now));
}

/* ---- the schema's own checks, bypassing the C validation ---- */

static void
test_schema_checks (Fixture       *f,
                    gconstpointer  data)
{
  static const char * const refused[] = {
    /* session */
    "INSERT INTO session (started_us, day) VALUES (0, '2026-01-01')",
    "INSERT INTO session (started_us, day, state) VALUES (5, '2026-01-01', 'paused')",
    "INSERT INTO session (started_us, day, pain_before) VALUES (5, '2026-01-01', 11)",
    "INSERT INTO session (started_us, day, pain_before) VALUES (5, '2026-01-01', -1)",
    "INSERT INTO session (started_us, day, state, ended_us, pain_after)"
    " VALUES (5, '2026-01-01', 'completed', 6, 11)",
    "INSERT INTO session (started_us, day, state, ended_us)"
    " VALUES (5, '2026-01-01', 'completed', 4)",
    "INSERT INTO session (started_us, day, state) VALUES (5, '2026-01-01', 'completed')",
    "INSERT INTO session (started_us, day, ended_us) VALUES (5, '2026-01-01', 6)",
    "INSERT INTO session (started_us, day) VALUES (5, '2026-02-30')",
    "INSERT INTO session (started_us, day, note) VALUES (5, '2026-01-01', printf ('%.4001c', 'x'))",
    "INSERT INTO session (started_us, day) VALUES ('soon', '2026-01-01')",
    /* session_set (session 1 exists, see below) */
    "INSERT INTO session_set VALUES (NULL, 99, 'x', 'both', 1, 1, 1, 0, 0, NULL, 1, 2, 0)",
    "INSERT INTO session_set VALUES (NULL, 1, '', 'both', 1, 1, 1, 0, 0, NULL, 1, 2, 0)",
    "INSERT INTO session_set VALUES (NULL, 1, 'x', 'middle', 1, 1, 1, 0, 0, NULL, 1, 2, 0)",
    "INSERT INTO session_set VALUES (NULL, 1, 'x', 'both', 0, 1, 1, 0, 0, NULL, 1, 2, 0)",
    "INSERT INTO session_set VALUES (NULL, 1, 'x', 'both', 1, -1, 1, 0, 0, NULL, 1, 2, 0)",
    "INSERT INTO session_set VALUES (NULL, 1, 'x', 'both', 1, 1, 1001, 0, 0, NULL, 1, 2, 0)",
    "INSERT INTO session_set VALUES (NULL, 1, 'x', 'both', 1, 1, 1, -1, 0, NULL, 1, 2, 0)",
    "INSERT INTO session_set VALUES (NULL, 1, 'x', 'both', 1, 1, 1, 0, 36001, NULL, 1, 2, 0)",
    "INSERT INTO session_set VALUES (NULL, 1, 'x', 'both', 1, 1, 1, 0, 0, 11, 1, 2, 0)",
    "INSERT INTO session_set VALUES (NULL, 1, 'x', 'both', 1, 1, 1, 0, 0, NULL, 0, 2, 0)",
    "INSERT INTO session_set VALUES (NULL, 1, 'x', 'both', 1, 1, 1, 0, 0, NULL, 3, 2, 0)",
    "INSERT INTO session_set VALUES (NULL, 1, 'x', 'both', 1, 1, 1, 0, 0, NULL, 1, 2, 2)",
    "INSERT INTO session_set VALUES (NULL, 1, 'x', 'both', 1, 1.5, 1, 0, 0, NULL, 1, 2, 0)",
    /* pain_entry */
    "INSERT INTO pain_entry VALUES (NULL, '2026-1-01', 1, 1, 1, 1, 0, 0, '')",
    "INSERT INTO pain_entry VALUES (NULL, '2026-13-01', 1, 1, 1, 1, 0, 0, '')",
    "INSERT INTO pain_entry VALUES (NULL, '2026-01-01', 0, 1, 1, 1, 0, 0, '')",
    "INSERT INTO pain_entry VALUES (NULL, '2026-01-01', 5, 4, 1, 1, 0, 0, '')",
    "INSERT INTO pain_entry VALUES (NULL, '2026-01-01', 1, 1, -1, 1, 0, 0, '')",
    "INSERT INTO pain_entry VALUES (NULL, '2026-01-01', 1, 1, 1, 11, 0, 0, '')",
    "INSERT INTO pain_entry VALUES (NULL, '2026-01-01', 1, 1, 5, 4, 0, 0, '')",
    "INSERT INTO pain_entry VALUES (NULL, '2026-01-01', 1, 1, 1, 1, 32, 0, '')",
    "INSERT INTO pain_entry VALUES (NULL, '2026-01-01', 1, 1, 1, 1, 0, 128, '')",
    "INSERT INTO pain_entry VALUES (NULL, '2026-01-01', 1, 1, 1, 1, 0, -1, '')",
    "INSERT INTO pain_entry VALUES (NULL, '2026-01-01', 1, 1, 1, 1, 0, 0,"
    " printf ('%.4001c', 'x'))",
    "INSERT INTO pain_entry VALUES (NULL, '2026-06-01', 1, 1, 1, 1, 0, 0, '')", /* twice a day */
    /* questionnaire */
    "INSERT INTO questionnaire VALUES (NULL, 'sf36', '2026-01-01', '1', 1, 1)",
    "INSERT INTO questionnaire VALUES (NULL, 'kujala', '2026-01-32', '1', 1, 1)",
    "INSERT INTO questionnaire VALUES (NULL, 'kujala', '2026-01-01', '', 1, 1)",
    "INSERT INTO questionnaire VALUES (NULL, 'kujala', '2026-01-01', '1;2', 1, 1)",
    "INSERT INTO questionnaire VALUES (NULL, 'kujala', '2026-01-01', '1', 101, 1)",
    "INSERT INTO questionnaire VALUES (NULL, 'kujala', '2026-01-01', '1', -1, 1)",
    "INSERT INTO questionnaire VALUES (NULL, 'kujala', '2026-01-01', '1', 1, 0)",
    "INSERT INTO questionnaire VALUES (NULL, 'kujala', '2026-06-01', '1', 1, 1)",
  };

  g_assert_cmpint (raw_exec (f->path,
                             "INSERT INTO session (id, started_us, day)"
                             " VALUES (1, 1, '2026-01-01');"
                             "INSERT INTO pain_entry"
                             " VALUES (NULL, '2026-06-01', 1, 1, 1, 1, 0, 0, '');"
                             "INSERT INTO questionnaire"
                             " VALUES (NULL, 'kujala', '2026-06-01', '1', 1, 1)"),
                   ==, SQLITE_OK);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      int rc = raw_exec (f->path, refused[i]);

      if ((rc & 0xff) != SQLITE_CONSTRAINT)
        g_error ("not refused (%d): %s", rc, refused[i]);
    }

  g_assert_cmpint (raw_int (f->store->db, "SELECT count(*) FROM session"), ==, 1);
  g_assert_cmpint (raw_int (f->store->db, "SELECT count(*) FROM session_set"), ==, 0);
  g_assert_cmpint (raw_int (f->store->db, "SELECT count(*) FROM pain_entry"), ==, 1);
  g_assert_cmpint (raw_int (f->store->db, "SELECT count(*) FROM questionnaire"), ==, 1);

  /* The same rows with good values go in, so each refusal above was the bad value. */
  g_assert_cmpint (raw_exec (f->path,
                             "INSERT INTO session_set VALUES"
                             " (NULL, 1, 'x', 'both', 1, 1, 1, 0, 0, NULL, 1, 2, 0);"
                             "INSERT INTO pain_entry VALUES"
                             " (NULL, '2026-01-01', 1, 1, 5, 5, 31, 127, 'é');"
                             "INSERT INTO questionnaire VALUES"
                             " (NULL, 'kujala', '2026-01-01', '1,2', 100, 1);"
                             "INSERT INTO session (started_us, day, state, ended_us, pain_before,"
                             " pain_after) VALUES (5, '2026-01-01', 'abandoned', 5, 0, 10)"),
                   ==, SQLITE_OK);
}

/* ---- migrations ---- */

/* A file exactly as the first release made it, with a little history. */
static void
make_v1_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  g_assert_true (patella_schema_migrate (db, 1, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (sqlite3_exec (db,
                                 /* 2026-03-28 23:30 UTC: already the 29th in Berlin */
                                 "INSERT INTO session (id, started_us, ended_us, state,"
                                 " pain_before) VALUES (1, 1774740600000000,"
                                 " 1774741500000000, 'completed', 2);"
                                 "INSERT INTO session_set VALUES (NULL, 1, 'clamshell', 'left', 1,"
                                 " 10, 10, 0, 0, 1, 1774740600000001, 1774740660000000, 0);"
                                 "INSERT INTO pain_entry VALUES (NULL, '2026-03-28',"
                                 " 1774740600000000, 1774740600000000, 2, 4, 3, 0, 'v1 note');"
                                 "INSERT INTO questionnaire VALUES (NULL, 'kujala', '2026-03-28',"
                                 " '0,0,0', 88, 1774740600000000);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
test_migrate_v1 (void)
{
  g_autofree char *dir = test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "v1.db", NULL);
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(PatellaStoreSession) session = NULL;
  g_autoptr(PatellaPainEntry) pain = NULL;
  g_autoptr(GArray) sets = NULL;
  g_autoptr(GError) error = NULL;

  make_v1_file (path);

  store = patella_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (raw_int (store->db, "PRAGMA user_version"), ==, PATELLA_SCHEMA_VERSION);

  session = patella_store_get_session (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (session->day, ==, "2026-03-29"); /* the migration ran with TZ Berlin */
  g_assert_cmpint (session->state, ==, PATELLA_SESSION_STATE_COMPLETED);
  g_assert_cmpint (session->pain_before, ==, 2);
  sets = patella_store_list_sets (store, 1, &error);
  g_assert_cmpuint (sets->len, ==, 1);
  g_assert_cmpint (g_array_index (sets, PatellaStoreSet, 0).pain_during, ==, 1);
  pain = patella_store_get_pain (store, "2026-03-28", &error);
  g_assert_cmpstr (pain->note, ==, "v1 note");
  g_assert_cmpint (pain->contexts, ==, 3);
  g_assert_cmpint (raw_int (store->db, "SELECT score FROM questionnaire"), ==, 88);
  g_assert_cmpint (raw_int (store->db, "SELECT count(*) FROM pragma_index_list ('session')"),
                   >=, 2);
  g_assert_cmpint (raw_int (store->db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  /* And it keeps working as a current file. */
  {
    g_autoptr(GDateTime) now = test_local_time ("Europe/Berlin", 2026, 4, 1, 9, 0);
    g_assert_cmpint (patella_store_begin_session (store, now, 1, &error), >, 1);
    g_assert_no_error (error);
  }

  g_clear_object (&store);
  test_rm_rf (dir);
}

/* Opening a current file again runs nothing: the version decides. */
static void
test_migrate_idempotent (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (patella_schema_migrate (f->store->db, PATELLA_SCHEMA_VERSION, f->path, &error));
  g_assert_no_error (error);
  reopen (f);
  g_assert_cmpint (raw_int (f->store->db,
                            "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"), ==, 9);
}

/* ---- statistics straight from the store ---- */

static void
test_daily_series (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) now = test_local_time ("Europe/Berlin", 2026, 6, 14, 20, 0);
  g_autoptr(PatellaDailySeries) series = NULL;
  g_autoptr(GError) error = NULL;
  GDate first, last;

  for (int d = 1; d <= 14; d += 2)
    {
      g_autoptr(GDateTime) when = test_local_time ("Europe/Berlin", 2026, 6, d, 23, 30);
      g_autofree char *day = g_strdup_printf ("2026-06-%02d", d);
      g_autoptr(PatellaPainEntry) e = patella_pain_entry_new (day, d % 5, d % 5 + 1);
      PatellaStoreSet set = make_set ("clamshell", PATELLA_STORE_SIDE_LEFT, 1,
                                      patella_store_usec (when) + 1);
      gint64 id;

      g_assert_true (patella_store_save_pain (f->store, e, now, &error));
      id = patella_store_begin_session (f->store, when, 1, &error);
      g_assert_true (patella_store_add_set (f->store, id, &set, NULL, &error));
      if (d != 5)
        g_assert_true (patella_store_finish_session (f->store, id, set.ended_us, 1, &error));
      g_assert_no_error (error);
    }

  g_date_set_dmy (&first, 1, 6, 2026);
  g_date_set_dmy (&last, 14, 6, 2026);
  series = patella_store_load_daily_series (f->store, &first, &last, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (series->n_days, ==, 14);
  g_assert_cmpuint (series->n_weeks, ==, 2);
  g_assert_cmpfloat (series->pain_usual[2], ==, 3);
  g_assert_true (isnan (series->pain_usual[1]));
  /* 23:30 in Berlin is the next day in UTC: counted on the local day. */
  g_assert_cmpuint (series->reps[0], ==, 9);
  g_assert_cmpuint (series->reps[1], ==, 0);
  g_assert_cmpuint (series->sets[4], ==, 1);
  g_assert_cmpuint (series->sessions_completed[4], ==, 0);  /* the 5th was abandoned */
  g_assert_cmpuint (series->week_training_days[0], ==, 3);  /* 1, 3, 7 */
  g_assert_cmpfloat (series->week_adherence[0], ==, 1.0);
  g_assert_cmpuint (series->week_training_days[1], ==, 3);  /* 9, 11, 13 */
  g_assert_cmpfloat (series->week_pain_usual[0], ==, (1 + 3 + 0 + 2) / 4.0);
}

/* Where the program started: the earlier of the first pain entry and the
 * first session, whichever table has rows. */
static void
test_first_day (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) session_day = test_local_time ("Europe/Berlin", 2026, 6, 10, 9, 0);
  g_autoptr(PatellaPainEntry) late = patella_pain_entry_new ("2026-06-12", 2, 3);
  g_autoptr(PatellaPainEntry) early = patella_pain_entry_new ("2026-06-03", 2, 3);
  g_autoptr(GDateTime) now = test_local_time ("Europe/Berlin", 2026, 6, 14, 20, 0);
  g_autoptr(GError) error = NULL;
  char day[11] = "junk";

  g_assert_true (patella_store_get_first_day (f->store, day, &error));
  g_assert_cmpstr (day, ==, "");

  g_assert_true (patella_store_save_pain (f->store, late, now, &error));
  g_assert_true (patella_store_get_first_day (f->store, day, &error));
  g_assert_cmpstr (day, ==, "2026-06-12");

  g_assert_cmpint (patella_store_begin_session (f->store, session_day, 1, &error), >, 0);
  g_assert_true (patella_store_get_first_day (f->store, day, &error));
  g_assert_cmpstr (day, ==, "2026-06-10");

  g_assert_true (patella_store_save_pain (f->store, early, now, &error));
  g_assert_true (patella_store_get_first_day (f->store, day, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (day, ==, "2026-06-03");
}

/* ---- the changed signal ---- */

static void
on_changed (PatellaStore *store,
            const char   *table,
            GString      *log)
{
  g_string_append_printf (log, "%s;", table);
}

static void
test_changed_signal (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) now = test_local_time ("UTC", 2026, 6, 1, 7, 0);
  g_autoptr(PatellaPainEntry) e = patella_pain_entry_new ("2026-06-01", 1, 2);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GString) pain_log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaPainEntry) bad = patella_pain_entry_new ("2026-06-01", 3, 2);

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), log);
  g_signal_connect (f->store, "changed::pain_entry", G_CALLBACK (on_changed), pain_log);

  g_assert_true (patella_store_save_pain (f->store, e, now, &error));
  g_assert_false (patella_store_save_pain (f->store, bad, now, &error));
  g_clear_error (&error);
  g_assert_cmpint (patella_store_begin_session (f->store, now, 1, &error), >, 0);
  g_assert_true (patella_store_save_questionnaire (f->store, "kujala", "2026-06-01", "1", 5,
                                                   now, &error));

  g_assert_cmpstr (log->str, ==, "pain_entry;session;questionnaire;");
  g_assert_cmpstr (pain_log->str, ==, "pain_entry;");
}

int
main (int   argc,
      char *argv[])
{
  /* The v1 migration derives local days in the process's zone. */
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store/open/creates", test_open_creates);
  ADD ("/store/open/twice", test_open_twice_same_file);
  ADD ("/store/open/closed", test_closed_store);
  ADD ("/store/pain/round-trip", test_pain_round_trip);
  ADD ("/store/pain/refused", test_pain_refused);
  ADD ("/store/pain/delete-undo", test_pain_delete_undo);
  ADD ("/store/pain/model", test_pain_model);
  ADD ("/store/pain/warning-signs", test_pain_warning_signs);
  ADD ("/store/sessions/round-trip", test_sessions_round_trip);
  ADD ("/store/sessions/resume", test_sessions_resume);
  ADD ("/store/sessions/refused", test_sets_refused);
  ADD ("/store/questionnaire/round-trip", test_questionnaire_round_trip);
  ADD ("/store/questionnaire/ends", test_questionnaire_ends);
  ADD ("/store/schema/checks", test_schema_checks);
  ADD ("/store/schema/migrate-idempotent", test_migrate_idempotent);
  ADD ("/store/series/from-store", test_daily_series);
  ADD ("/store/series/first-day", test_first_day);
  ADD ("/store/changed-signal", test_changed_signal);
#undef ADD
  g_test_add_func ("/store/schema/migrate-v1", test_migrate_v1);

  return g_test_run ();
}
