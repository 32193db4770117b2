/* test-csv.c: CSV export and import: round trips, quoting, idempotence, and malformed files
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "patella-csv-export.h"
#include "patella-csv-import.h"
#include "patella-store-private.h"
#include "store-test-util.h"

static const char * const tricky_notes[] = {
  "plain",
  "comma, and \"quotes\" inside",
  "two\nlines",
  "windows\r\nline end",
  " leading and trailing spaces ",
  "Knie tut weh — ça va? 膝 😬",
  "\"",
  ",",
  "",
};

typedef struct
{
  char         *dir;
  char         *path;
  char         *export_dir;
  PatellaStore *store;
  GDateTime    *now;
} Fixture;

static void
fill_store (PatellaStore *store,
            GDateTime    *now)
{
  g_autoptr(GError) error = NULL;
  gint64 t0 = patella_store_usec (now) - 30 * G_TIME_SPAN_DAY + 123457;

  for (guint i = 0; i < G_N_ELEMENTS (tricky_notes); i++)
    {
      g_autoptr(PatellaPainEntry) e = NULL;
      g_autoptr(GDateTime) when = g_date_time_add_days (now, -(int) i);
      char day[11];

      patella_local_day_from_date_time (when, day);
      e = patella_pain_entry_new (day, (int) i % 6, (int) i % 6 + 2);
      e->contexts = i % 2 ? PATELLA_PAIN_CONTEXT_STAIRS | PATELLA_PAIN_CONTEXT_AT_REST : 0;
      e->signs = i == 3 ? PATELLA_WARNING_SIGN_ALL : 0;
      patella_pain_entry_set_note (e, tricky_notes[i]);
      g_assert_true (patella_store_save_pain (store, e, when, &error));
      g_assert_no_error (error);
    }

  for (int s = 0; s < 3; s++)
    {
      g_autoptr(GDateTime) start = g_date_time_new_from_unix_local ((t0 / G_USEC_PER_SEC)
                                                                    + s * 86400);
      g_autoptr(GDateTime) exact = g_date_time_add (start, t0 % G_USEC_PER_SEC);
      gint64 id = patella_store_begin_session (store, exact, s == 1 ? PATELLA_STORE_NO_PAIN : s,
                                               &error);
      gint64 st = patella_store_usec (exact);

      g_assert_no_error (error);
      for (int n = 1; n <= 3; n++)
        {
          PatellaStoreSet set = {
            .exercise_id = n == 3 ? "straight-leg-raise" : "wall-squat",
            .side = n == 2 ? PATELLA_STORE_SIDE_RIGHT : PATELLA_STORE_SIDE_BOTH,
            .set_number = n, .reps_planned = 10, .reps_done = 10 - n,
            .hold_s_planned = 50, .hold_s_done = 44, .pain_during = n == 1 ? 4 : -1,
            .started_us = st + n * 1000001, .ended_us = st + n * 2000003,
            .substituted = n == 3,
          };
          g_assert_true (patella_store_add_set (store, id, &set, NULL, &error));
        }
      g_assert_true (patella_store_set_session_note (store, id, tricky_notes[s + 1], &error));
      if (s == 0)
        g_assert_true (patella_store_finish_session (store, id, st + 600000007, 2, &error));
      else if (s == 1)
        g_assert_true (patella_store_abandon_session (store, id, st + 300000000, &error));
      g_assert_no_error (error);  /* the third stays in progress */
    }

  g_assert_true (patella_store_save_questionnaire (store, "kujala", "2026-01-10",
                                                   "0,1,2,3,4,0,1,2,3,4,0,1,2", 49, now, &error));
  g_assert_true (patella_store_save_questionnaire (store, "kujala", "2026-01-24",
                                                   "0,0,0,0,0,0,0,0,0,0,0,0,0", 100, now, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = test_make_tmp_dir ();
  f->path = g_build_filename (f->dir, "patella.db", NULL);
  f->export_dir = g_build_filename (f->dir, "export", NULL);
  f->now = g_date_time_new_local (2026, 3, 29, 20, 0, 0);
  f->store = patella_store_open (f->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  g_date_time_unref (f->now);
  test_rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->export_dir);
}

static char *
read_file (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static PatellaStore *
open_other (Fixture    *f,
            const char *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  PatellaStore *store = patella_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
assert_same_exports (const char *a,
                     const char *b)
{
  const char *names[] = {
    PATELLA_CSV_SESSION_FILE, PATELLA_CSV_SET_FILE, PATELLA_CSV_PAIN_FILE,
    PATELLA_CSV_QUESTIONNAIRE_FILE,
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *x = read_file (a, names[i]);
      g_autofree char *y = read_file (b, names[i]);

      g_assert_cmpstr (x, ==, y);
    }
}

static void
test_export_format (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pain = NULL;
  g_autofree char *sessions = NULL;
  g_autofree char *sets = NULL;

  fill_store (f->store, f->now);
  g_assert_true (patella_csv_export (f->store, f->export_dir, &error));
  g_assert_no_error (error);

  pain = read_file (f->export_dir, PATELLA_CSV_PAIN_FILE);
  g_assert_true (g_str_has_prefix (pain, PATELLA_CSV_PAIN_HEADER "\r\n"));
  /* RFC 4180 quoting: doubled quotes, line breaks kept inside quotes. */
  g_assert_nonnull (strstr (pain, ",\"comma, and \"\"quotes\"\" inside\","));
  g_assert_nonnull (strstr (pain, ",\"two\nlines\","));
  g_assert_nonnull (strstr (pain, ",\" leading and trailing spaces \","));
  g_assert_nonnull (strstr (pain, ",Knie tut weh — ça va? 膝 😬,"));
  g_assert_nonnull (strstr (pain, "stairs;at-rest"));
  g_assert_nonnull (strstr (pain, "sudden-sharp-pain;something-in-the-way;painful-pop;"));
  g_assert_true (g_utf8_validate (pain, -1, NULL));

  /* Instants in ISO 8601 UTC with microseconds; empty for "none". */
  sessions = read_file (f->export_dir, PATELLA_CSV_SESSION_FILE);
  g_assert_true (g_str_has_prefix (sessions, PATELLA_CSV_SESSION_HEADER "\r\n2026-02-27T"));
  g_assert_nonnull (strstr (sessions, ".123457Z,"));
  g_assert_nonnull (strstr (sessions, ",completed,0,2,"));
  g_assert_nonnull (strstr (sessions, ",abandoned,,,"));
  g_assert_nonnull (strstr (sessions, "Z,,2026-03-01,in-progress,2,,"));

  sets = read_file (f->export_dir, PATELLA_CSV_SET_FILE);
  g_assert_nonnull (strstr (sets, ",wall-squat,both,1,10,9,50,44,4,"));
  g_assert_nonnull (strstr (sets, ",straight-leg-raise,both,3,10,7,50,44,,"));
  {
    g_autofree char *first_us = patella_csv_format_instant (1);
    g_assert_cmpstr (first_us, ==, "1970-01-01T00:00:00.000001Z");
  }
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *second = g_build_filename (f->dir, "second-export", NULL);
  g_autoptr(PatellaStore) other = open_other (f, "other.db");
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) b = NULL;
  g_autoptr(PatellaStoreSession) in_progress = NULL;
  g_autoptr(GError) error = NULL;
  PatellaCsvImportStats stats;

  fill_store (f->store, f->now);
  g_assert_true (patella_csv_export (f->store, f->export_dir, &error));

  g_assert_true (patella_csv_import (other, f->export_dir, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added[PATELLA_CSV_TABLE_SESSION], ==, 3);
  g_assert_cmpuint (stats.added[PATELLA_CSV_TABLE_SET], ==, 9);
  g_assert_cmpuint (stats.added[PATELLA_CSV_TABLE_PAIN], ==, G_N_ELEMENTS (tricky_notes));
  g_assert_cmpuint (stats.added[PATELLA_CSV_TABLE_QUESTIONNAIRE], ==, 2);
  g_assert_cmpuint (stats.skipped[PATELLA_CSV_TABLE_PAIN], ==, 0);

  /* Every value came back: entries compare equal, times included. */
  a = patella_store_list_pain (f->store, &error);
  b = patella_store_list_pain (other, &error);
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_true (patella_pain_entry_equal (a->pdata[i], b->pdata[i]));

  in_progress = patella_store_find_in_progress (other, &error);
  g_assert_nonnull (in_progress);
  g_assert_cmpstr (in_progress->note, ==, tricky_notes[3]);

  /* And the second export is byte for byte the first. */
  g_assert_true (patella_csv_export (other, second, &error));
  g_assert_no_error (error);
  assert_same_exports (f->export_dir, second);
}

static void
test_reimport_adds_nothing (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *again = g_build_filename (f->dir, "again", NULL);
  g_autofree char *pain_file = g_build_filename (f->export_dir, PATELLA_CSV_PAIN_FILE, NULL);
  g_autoptr(GError) error = NULL;
  PatellaCsvImportStats stats;

  fill_store (f->store, f->now);
  g_assert_true (patella_csv_export (f->store, f->export_dir, &error));

  g_assert_true (patella_csv_import (f->store, f->export_dir, &stats, &error));
  g_assert_no_error (error);
  for (guint k = 0; k < PATELLA_CSV_N_TABLES; k++)
    {
      g_assert_cmpuint (stats.added[k], ==, 0);
      /* This diary has no program: its files are there, with no rows. */
      if (k < PATELLA_CSV_TABLE_EXERCISE)
        g_assert_cmpuint (stats.skipped[k], >, 0);
    }

  g_assert_true (patella_csv_import (f->store, pain_file, &stats, &error));
  g_assert_cmpuint (stats.added[PATELLA_CSV_TABLE_PAIN], ==, 0);
  g_assert_cmpuint (stats.skipped[PATELLA_CSV_TABLE_PAIN], ==, G_N_ELEMENTS (tricky_notes));

  g_assert_true (patella_csv_export (f->store, again, &error));
  assert_same_exports (f->export_dir, again);
}

/* What the diary holds wins over a different row for the same day. */
static void
test_existing_rows_win (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *file = g_build_filename (f->dir, "pain.csv", NULL);
  g_autoptr(PatellaPainEntry) mine = patella_pain_entry_new ("2026-03-01", 1, 1);
  g_autoptr(PatellaPainEntry) got = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GListModel) model = patella_store_get_pain_model (f->store, NULL);
  g_autoptr(GError) error = NULL;
  PatellaCsvImportStats stats;

  g_assert_true (patella_store_save_pain (f->store, mine, f->now, &error));
  g_assert_true (g_file_set_contents (file,
                                      PATELLA_CSV_PAIN_HEADER "\n"
                                      "2026-03-01,7,9,,,other,2026-03-01T10:00:00Z,"
                                      "2026-03-01T10:00:00Z\n"
                                      "2026-03-02,2,3,,,new,2026-03-02T09:30:00+02:00,"
                                      "2026-03-02T07:30:00.5Z\n",
                                      -1, NULL));
  g_assert_true (patella_csv_import (f->store, file, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added[PATELLA_CSV_TABLE_PAIN], ==, 1);
  g_assert_cmpuint (stats.skipped[PATELLA_CSV_TABLE_PAIN], ==, 0);
  g_assert_cmpuint (stats.kept_different[PATELLA_CSV_TABLE_PAIN], ==, 1);
  /* The summary says what was not imported, and why. */
  summary = patella_csv_import_stats_describe (&stats);
  g_assert_cmpstr (summary, ==, "Imported 1 row; 1 was not imported because the diary has "
                   "other values for that day or session, which were kept");

  got = patella_store_get_pain (f->store, "2026-03-01", &error);
  g_assert_cmpint (got->usual, ==, 1);
  g_clear_pointer (&got, patella_pain_entry_free);
  got = patella_store_get_pain (f->store, "2026-03-02", &error);
  g_assert_cmpstr (got->note, ==, "new");
  /* +02:00 is read as the offset it says. */
  g_assert_cmpint (got->recorded_us, ==, (gint64) 1772436600 * G_USEC_PER_SEC);
  g_assert_cmpint (got->updated_us, ==, (gint64) 1772436600 * G_USEC_PER_SEC + 500000);

  /* The live list shows the imported day. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
}

static void
test_sets_need_their_session (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *sets_file = g_build_filename (f->export_dir, PATELLA_CSV_SET_FILE, NULL);
  g_autofree char *sessions_file = g_build_filename (f->export_dir, PATELLA_CSV_SESSION_FILE,
                                                     NULL);
  g_autoptr(PatellaStore) other = open_other (f, "other.db");
  g_autoptr(GError) error = NULL;
  PatellaCsvImportStats stats;

  fill_store (f->store, f->now);
  g_assert_true (patella_csv_export (f->store, f->export_dir, &error));

  g_assert_false (patella_csv_import (other, sets_file, &stats, &error));
  g_assert_error (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_UNKNOWN_SESSION);
  g_assert_nonnull (strstr (error->message, "session_set.csv, line 2, field “session_started”"));
  g_clear_error (&error);

  /* Sessions first, then their sets in a second import: fine. */
  g_assert_true (patella_csv_import (other, sessions_file, &stats, &error));
  g_assert_true (patella_csv_import (other, sets_file, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added[PATELLA_CSV_TABLE_SET], ==, 9);
}

static void
test_header_variants (Fixture       *f,
                      gconstpointer  data)
{
  const char *files[] = {
    /* byte-order mark and CRLF, as a spreadsheet saves */
    "\xef\xbb\xbf" PATELLA_CSV_PAIN_HEADER "\r\n"
    "2026-03-03,1,2,running,,,2026-03-03T08:00:00Z,2026-03-03T08:00:00Z\r\n",
    /* no newline at the end */
    PATELLA_CSV_PAIN_HEADER "\n"
    "2026-03-04,1,2,,,\"quoted, last\",2026-03-04T08:00:00Z,2026-03-04T08:00:00Z",
    /* a blank line between rows */
    PATELLA_CSV_PAIN_HEADER "\n\n"
    "2026-03-05,1,2,,,,2026-03-05T08:00:00Z,2026-03-05T08:00:00Z\n\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PatellaCsvTable) table = patella_csv_parse ("x.csv", files[i], strlen (files[i]),
                                                            &error);

      g_assert_no_error (error);
      g_assert_cmpint (patella_csv_table_get_kind (table), ==, PATELLA_CSV_TABLE_PAIN);
      g_assert_cmpuint (patella_csv_table_get_n_rows (table), ==, 1);
    }
}

typedef struct
{
  const char *what;
  const char *contents;
  gssize      len;        /* -1: strlen */
  int         code;
  const char *where;      /* expected in the message */
} BadFile;

#define PAIN_OK(day) day ",1,2,,,,2026-03-01T08:00:00Z,2026-03-01T08:00:00Z\n"
#define BIN(s) s, sizeof (s) - 1
#define Q_HEADER PATELLA_CSV_QUESTIONNAIRE_HEADER "\n"
#define ALL_BEST "\"0,0,0,0,0,0,0,0,0,0,0,0,0\""

static const BadFile bad_files[] = {
  { "wrong header", "date,usual,worst\n2026-03-01,1,2\n", -1,
    PATELLA_CSV_ERROR_HEADER, "bad.csv, line 1:" },
  { "header with a column missing", "day,usual,worst,contexts,warning_signs,note,recorded\n", -1,
    PATELLA_CSV_ERROR_HEADER, "line 1:" },
  { "empty file", "", -1, PATELLA_CSV_ERROR_HEADER, "line 1:" },
  { "bad number", PATELLA_CSV_PAIN_HEADER "\n" PAIN_OK ("2026-03-01")
    "2026-03-02,two,3,,,,2026-03-01T08:00:00Z,2026-03-01T08:00:00Z\n", -1,
    PATELLA_CSV_ERROR_VALUE, "line 3, field “usual”" },
  { "number with a space", PATELLA_CSV_PAIN_HEADER "\n"
    "2026-03-02, 2,3,,,,2026-03-01T08:00:00Z,2026-03-01T08:00:00Z\n", -1,
    PATELLA_CSV_ERROR_VALUE, "line 2, field “usual”" },
  { "pain out of range", PATELLA_CSV_PAIN_HEADER "\n"
    "2026-03-02,2,11,,,,2026-03-01T08:00:00Z,2026-03-01T08:00:00Z\n", -1,
    PATELLA_CSV_ERROR_VALUE, "line 2, field “worst”" },
  { "worst below usual", PATELLA_CSV_PAIN_HEADER "\n"
    "2026-03-02,5,4,,,,2026-03-01T08:00:00Z,2026-03-01T08:00:00Z\n", -1,
    PATELLA_CSV_ERROR_VALUE, "line 2, field “worst”" },
  { "out-of-range score", Q_HEADER "kujala,2026-01-01," ALL_BEST ",100,2026-01-01T08:00:00Z\n"
    "kujala,2026-01-15," ALL_BEST ",100,2026-01-15T08:00:00Z\n"
    "kujala,2026-01-29," ALL_BEST ",101,2026-01-29T08:00:00Z\n", -1,
    PATELLA_CSV_ERROR_VALUE, "line 4, field “score”" },
  { "unknown questionnaire", Q_HEADER "sf36,2026-01-01,0,1,2026-01-01T08:00:00Z\n", -1,
    PATELLA_CSV_ERROR_VALUE, "line 2, field “kind”" },
  { "bad date", PATELLA_CSV_PAIN_HEADER "\n" PAIN_OK ("2026-02-30"), -1,
    PATELLA_CSV_ERROR_VALUE, "line 2, field “day”" },
  { "bad time", PATELLA_CSV_PAIN_HEADER "\n"
    "2026-03-02,1,2,,,,2026-03-01 08:00:00,2026-03-01T08:00:00Z\n", -1,
    PATELLA_CSV_ERROR_VALUE, "line 2, field “recorded”" },
  { "time without a zone", PATELLA_CSV_PAIN_HEADER "\n"
    "2026-03-02,1,2,,,,2026-03-01T08:00:00,2026-03-01T08:00:00Z\n", -1,
    PATELLA_CSV_ERROR_VALUE, "line 2, field “recorded”" },
  { "unknown warning sign", PATELLA_CSV_PAIN_HEADER "\n"
    "2026-03-02,1,2,,swelling;headache,,2026-03-01T08:00:00Z,2026-03-01T08:00:00Z\n", -1,
    PATELLA_CSV_ERROR_VALUE, "line 2, field “warning_signs”" },
  { "truncated quote", PATELLA_CSV_PAIN_HEADER "\n" PAIN_OK ("2026-03-01") PAIN_OK ("2026-03-02")
    PAIN_OK ("2026-03-03")
    "2026-03-04,1,2,,,\"the note goes on\nand on,2026-03-01T08:00:00Z\n", -1,
    PATELLA_CSV_ERROR_SYNTAX, "line 5, field “note”: a quoted field starts here" },
  { "stray quote", PATELLA_CSV_PAIN_HEADER "\n" PAIN_OK ("2026-03-01")
    "2026-03-02,1,2,,,a \"quoted\" word,2026-03-01T08:00:00Z,2026-03-01T08:00:00Z\n", -1,
    PATELLA_CSV_ERROR_SYNTAX, "line 3, field “note”:" },
  { "text after a closing quote", PATELLA_CSV_PAIN_HEADER "\n"
    "2026-03-02,1,2,,,\"note\"x,2026-03-01T08:00:00Z,2026-03-01T08:00:00Z\n", -1,
    PATELLA_CSV_ERROR_SYNTAX, "line 2, field “note”:" },
  { "binary junk", BIN ("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0"),
    PATELLA_CSV_ERROR_SYNTAX, "line 1, field 1: the field is not UTF-8 text" },
  { "junk after a good header", BIN (PATELLA_CSV_PAIN_HEADER "\n\xff\xfe\x00\x01,1,2\n"),
    PATELLA_CSV_ERROR_SYNTAX, "line 2, field “day”: the field holds a NUL byte" },
  { "too few fields", PATELLA_CSV_PAIN_HEADER "\n" PAIN_OK ("2026-03-01") "2026-03-02,1,2\n", -1,
    PATELLA_CSV_ERROR_FIELD_COUNT, "line 3, field “contexts”: 3 fields where 8" },
  { "too many fields", PATELLA_CSV_PAIN_HEADER "\n"
    "2026-03-02,1,2,,,,2026-03-01T08:00:00Z,2026-03-01T08:00:00Z,extra\n", -1,
    PATELLA_CSV_ERROR_FIELD_COUNT, "line 2, field 9: 9 fields where 8" },
  { "the same day twice", PATELLA_CSV_PAIN_HEADER "\n" PAIN_OK ("2026-03-01")
    PAIN_OK ("2026-03-02") PAIN_OK ("2026-03-01"), -1,
    PATELLA_CSV_ERROR_DUPLICATE, "line 4, field “day”: the same row is already on line 2" },
  { "line numbers count newlines inside quotes", PATELLA_CSV_PAIN_HEADER "\n"
    "2026-03-01,1,2,,,\"one\ntwo\nthree\",2026-03-01T08:00:00Z,2026-03-01T08:00:00Z\n"
    "2026-03-02,1,x,,,,2026-03-01T08:00:00Z,2026-03-01T08:00:00Z\n", -1,
    PATELLA_CSV_ERROR_VALUE, "line 5, field “worst”" },
  { "session in progress with an end", PATELLA_CSV_SESSION_HEADER "\n"
    "2026-03-01T08:00:00Z,2026-03-01T08:30:00Z,2026-03-01,in-progress,,,\n", -1,
    PATELLA_CSV_ERROR_VALUE, "line 2, field “ended”" },
  { "session state misspelt", PATELLA_CSV_SESSION_HEADER "\n"
    "2026-03-01T08:00:00Z,2026-03-01T08:30:00Z,2026-03-01,complete,,,\n", -1,
    PATELLA_CSV_ERROR_VALUE, "line 2, field “state”" },
  { "set ends before it starts", PATELLA_CSV_SET_HEADER "\n"
    "2026-03-01T08:00:00Z,clamshell,left,1,10,10,0,0,,2026-03-01T08:01:00Z,"
    "2026-03-01T08:00:59Z,0\n", -1,
    PATELLA_CSV_ERROR_VALUE, "line 2, field “ended”" },
  { "set side unknown", PATELLA_CSV_SET_HEADER "\n"
    "2026-03-01T08:00:00Z,clamshell,middle,1,10,10,0,0,,2026-03-01T08:01:00Z,"
    "2026-03-01T08:02:00Z,0\n", -1,
    PATELLA_CSV_ERROR_VALUE, "line 2, field “side”" },
  { "substituted not 0 or 1", PATELLA_CSV_SET_HEADER "\n"
    "2026-03-01T08:00:00Z,clamshell,left,1,10,10,0,0,,2026-03-01T08:01:00Z,"
    "2026-03-01T08:02:00Z,yes\n", -1,
    PATELLA_CSV_ERROR_VALUE, "line 2, field “substituted”" },
};

/* Each bad file is refused whole: its good rows before the bad one are not
 * imported either, and the diary is exactly as before. */
static void
test_malformed (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *bad = g_build_filename (f->dir, "bad.csv", NULL);
  g_autofree char *before = g_build_filename (f->dir, "before", NULL);
  g_autofree char *after = g_build_filename (f->dir, "after", NULL);
  g_autoptr(GError) error = NULL;

  fill_store (f->store, f->now);
  g_assert_true (patella_csv_export (f->store, before, &error));

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      const BadFile *b = &bad_files[i];
      gsize len = b->len < 0 ? strlen (b->contents) : (gsize) b->len;
      PatellaCsvImportStats stats = { { 0, }, { 0, } };

      g_test_message ("%s", b->what);
      g_assert_true (g_file_set_contents (bad, b->contents, len, NULL));
      g_assert_false (patella_csv_import (f->store, bad, &stats, &error));
      g_assert_error (error, PATELLA_CSV_ERROR, b->code);
      g_test_message ("  -> %s", error->message);
      if (strstr (error->message, b->where) == NULL)
        g_error ("%s: “%s” does not say “%s”", b->what, error->message, b->where);
      g_assert_true (g_str_has_prefix (error->message, "bad.csv, line "));
      g_clear_error (&error);
    }

  g_assert_true (patella_csv_export (f->store, after, &error));
  assert_same_exports (before, after);
}

static void
test_folder_without_files (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (f->export_dir, 0700), ==, 0);
  g_assert_false (patella_csv_import (f->store, f->export_dir, NULL, &error));
  g_assert_error (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_INCOMPLETE);
  g_clear_error (&error);

  g_assert_false (patella_csv_import (f->store, "/nonexistent/patella.csv", NULL, &error));
  g_assert_error (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_READ);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/csv/export-format", test_export_format);
  ADD ("/csv/round-trip", test_round_trip);
  ADD ("/csv/reimport-adds-nothing", test_reimport_adds_nothing);
  ADD ("/csv/existing-rows-win", test_existing_rows_win);
  ADD ("/csv/sets-need-their-session", test_sets_need_their_session);
  ADD ("/csv/header-variants", test_header_variants);
  ADD ("/csv/malformed", test_malformed);
  ADD ("/csv/folder-without-files", test_folder_without_files);
#undef ADD

  return g_test_run ();
}
