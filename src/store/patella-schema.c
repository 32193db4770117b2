/* patella-schema.c: the database schema, one migration per version
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-schema.h"
#include "patella-store-private.h"

/* Version 1, the first release. STRICT tables, and a CHECK for every range
 * so that even a bug in Patella cannot store a pain of 11. Days are checked
 * to be real calendar days in canonical form: date() with a modifier
 * normalises (Feb 30 becomes Mar 2; without one it is returned as is), so a day
 * equal to its own date() is one. */
#define SCHEMA_V1 \
  "PRAGMA application_id = 1347701825;\n" \
  "CREATE TABLE session (\n" \
  "  id          INTEGER PRIMARY KEY,\n" \
  "  started_us  INTEGER NOT NULL UNIQUE CHECK (started_us > 0),\n" \
  "  ended_us    INTEGER CHECK (ended_us >= started_us),\n" \
  "  state       TEXT NOT NULL DEFAULT 'in-progress'\n" \
  "              CHECK (state IN ('in-progress', 'completed', 'abandoned')),\n" \
  "  pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),\n" \
  "  pain_after  INTEGER CHECK (pain_after BETWEEN 0 AND 10),\n" \
  "  note        TEXT NOT NULL DEFAULT '' CHECK (length (note) <= 4000),\n" \
  "  CHECK ((state = 'in-progress') = (ended_us IS NULL))\n" \
  ") STRICT;\n" \
  "CREATE TABLE session_set (\n" \
  "  id             INTEGER PRIMARY KEY,\n" \
  "  session_id     INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,\n" \
  "  exercise       TEXT NOT NULL CHECK (length (exercise) BETWEEN 1 AND 64),\n" \
  "  side           TEXT NOT NULL CHECK (side IN ('both', 'left', 'right')),\n" \
  "  set_number     INTEGER NOT NULL CHECK (set_number BETWEEN 1 AND 100),\n" \
  "  reps_planned   INTEGER NOT NULL CHECK (reps_planned BETWEEN 0 AND 1000),\n" \
  "  reps_done      INTEGER NOT NULL CHECK (reps_done BETWEEN 0 AND 1000),\n" \
  "  hold_s_planned INTEGER NOT NULL CHECK (hold_s_planned BETWEEN 0 AND 36000),\n" \
  "  hold_s_done    INTEGER NOT NULL CHECK (hold_s_done BETWEEN 0 AND 36000),\n" \
  "  pain_during    INTEGER CHECK (pain_during BETWEEN 0 AND 10),\n" \
  "  started_us     INTEGER NOT NULL CHECK (started_us > 0),\n" \
  "  ended_us       INTEGER NOT NULL CHECK (ended_us >= started_us),\n" \
  "  substituted    INTEGER NOT NULL DEFAULT 0 CHECK (substituted IN (0, 1)),\n" \
  "  UNIQUE (session_id, exercise, side, set_number)\n" \
  ") STRICT;\n" \
  "CREATE TABLE pain_entry (\n" \
  "  id            INTEGER PRIMARY KEY,\n" \
  "  day           TEXT NOT NULL UNIQUE\n" \
  "                CHECK (length (day) = 10 AND date (day, '+0 days') IS day),\n" \
  "  recorded_us   INTEGER NOT NULL CHECK (recorded_us > 0),\n" \
  "  updated_us    INTEGER NOT NULL CHECK (updated_us >= recorded_us),\n" \
  "  usual         INTEGER NOT NULL CHECK (usual BETWEEN 0 AND 10),\n" \
  "  worst         INTEGER NOT NULL CHECK (worst BETWEEN 0 AND 10),\n" \
  "  contexts      INTEGER NOT NULL DEFAULT 0 CHECK (contexts BETWEEN 0 AND 31),\n" \
  "  warning_signs INTEGER NOT NULL DEFAULT 0 CHECK (warning_signs BETWEEN 0 AND 127),\n" \
  "  note          TEXT NOT NULL DEFAULT '' CHECK (length (note) <= 4000),\n" \
  "  CHECK (worst >= usual)\n" \
  ") STRICT;\n" \
  "CREATE TABLE questionnaire (\n" \
  "  id          INTEGER PRIMARY KEY,\n" \
  "  kind        TEXT NOT NULL CHECK (kind IN ('kujala')),\n" \
  "  day         TEXT NOT NULL CHECK (length (day) = 10 AND date (day, '+0 days') IS day),\n" \
  "  answers     TEXT NOT NULL CHECK (length (answers) BETWEEN 1 AND 200\n" \
  "                                   AND answers NOT GLOB '*[^0-9,]*'),\n" \
  "  score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),\n" \
  "  recorded_us INTEGER NOT NULL CHECK (recorded_us > 0),\n" \
  "  UNIQUE (kind, day)\n" \
  ") STRICT;\n"

/* Version 2: sessions remember the local day they started on, so daily
 * charts stay right after the user changes time zone (the same reason pain
 * entries store their day). Older rows get the day in the zone the
 * migration runs in, the best guess there is. The covering index lets the
 * charts sum each session's sets from the index alone (years of sets in a
 * few milliseconds). */
#define SCHEMA_V2 \
  "ALTER TABLE session ADD COLUMN day TEXT\n" \
  "  CHECK (day IS NULL OR (length (day) = 10 AND date (day, '+0 days') IS day));\n" \
  "UPDATE session SET day = date (started_us / 1000000, 'unixepoch', 'localtime');\n" \
  "CREATE INDEX session_by_day ON session (day);\n" \
  "CREATE INDEX session_in_progress ON session (state) WHERE state = 'in-progress';\n" \
  "CREATE INDEX session_set_totals ON session_set (session_id, reps_done, hold_s_done);\n"

/* The dose columns of a plan's exercise and of a dose change, with the
 * limits of patella-dose.h (a dose the app validates always fits). */
#define DOSE_COLUMNS \
  "  sets          INTEGER NOT NULL CHECK (sets BETWEEN 1 AND 10),\n" \
  "  reps          INTEGER NOT NULL CHECK (reps BETWEEN 1 AND 100),\n" \
  "  until_tired   INTEGER NOT NULL CHECK (until_tired IN (0, 1)),\n" \
  "  hold_s        INTEGER NOT NULL CHECK (hold_s BETWEEN 0 AND 300),\n" \
  "  tempo_up_s    INTEGER NOT NULL CHECK (tempo_up_s BETWEEN 0 AND 10),\n" \
  "  tempo_pause_s INTEGER NOT NULL CHECK (tempo_pause_s BETWEEN 0 AND 10),\n" \
  "  tempo_down_s  INTEGER NOT NULL CHECK (tempo_down_s BETWEEN 0 AND 10),\n" \
  "  rest_s        INTEGER NOT NULL CHECK (rest_s BETWEEN 0 AND 600),\n" \
  "  switch_s      INTEGER NOT NULL CHECK (switch_s BETWEEN 0 AND 60),\n" \
  "  get_ready_s   INTEGER NOT NULL CHECK (get_ready_s BETWEEN 0 AND 60),\n"

#define DAY_CHECK(col) "CHECK (length (" col ") = 10 AND date (" col ", '+0 days') IS " col ")"

/* Version 3: the program (issue 13), and honest session outcomes.
 * - program: one row per start; a restart adds a row, so history stays.
 *   The current program is the newest row.
 * - plan_exercise: the program's exercises, in order, each at its current
 *   dose.
 * - dose_change: every change of a plan dose with its day and reason, the
 *   first dose included ('start'), so charts can draw targets over time.
 * - session.state gains 'partial'. A CHECK cannot be altered, so the table
 *   is rebuilt the way SQLite documents (foreign keys off around the
 *   migration, see patella_schema_migrate()); same columns, same order,
 *   same ids, so sets keep their session. */
#define SCHEMA_V3 \
  "CREATE TABLE session_v3 (\n" \
  "  id          INTEGER PRIMARY KEY,\n" \
  "  started_us  INTEGER NOT NULL UNIQUE CHECK (started_us > 0),\n" \
  "  ended_us    INTEGER CHECK (ended_us >= started_us),\n" \
  "  state       TEXT NOT NULL DEFAULT 'in-progress'\n" \
  "              CHECK (state IN ('in-progress', 'completed', 'partial', 'abandoned')),\n" \
  "  pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),\n" \
  "  pain_after  INTEGER CHECK (pain_after BETWEEN 0 AND 10),\n" \
  "  note        TEXT NOT NULL DEFAULT '' CHECK (length (note) <= 4000),\n" \
  "  day         TEXT\n" \
  "              CHECK (day IS NULL OR (length (day) = 10 AND date (day, '+0 days') IS day)),\n" \
  "  CHECK ((state = 'in-progress') = (ended_us IS NULL))\n" \
  ") STRICT;\n" \
  "INSERT INTO session_v3 (id, started_us, ended_us, state, pain_before, pain_after, note, day)\n" \
  "  SELECT id, started_us, ended_us, state, pain_before, pain_after, note, day FROM session;\n" \
  "DROP TABLE session;\n" \
  "ALTER TABLE session_v3 RENAME TO session;\n" \
  "CREATE INDEX session_by_day ON session (day);\n" \
  "CREATE INDEX session_in_progress ON session (state) WHERE state = 'in-progress';\n" \
  "CREATE TABLE program (\n" \
  "  id            INTEGER PRIMARY KEY,\n" \
  "  start_day     TEXT NOT NULL " DAY_CHECK ("start_day") ",\n" \
  "  n_weeks       INTEGER NOT NULL CHECK (n_weeks BETWEEN 2 AND 12),\n" \
  "  training_days INTEGER NOT NULL CHECK (training_days BETWEEN 1 AND 127),\n" \
  "  reminder_min  INTEGER CHECK (reminder_min BETWEEN 0 AND 1439),\n" \
  "  created_us    INTEGER NOT NULL CHECK (created_us > 0)\n" \
  ") STRICT;\n" \
  "CREATE TABLE plan_exercise (\n" \
  "  id            INTEGER PRIMARY KEY,\n" \
  "  program_id    INTEGER NOT NULL REFERENCES program (id) ON DELETE CASCADE,\n" \
  "  exercise      TEXT NOT NULL CHECK (length (exercise) BETWEEN 1 AND 64),\n" \
  "  position      INTEGER NOT NULL CHECK (position BETWEEN 0 AND 99),\n" \
  DOSE_COLUMNS \
  "  UNIQUE (program_id, exercise)\n" \
  ") STRICT;\n" \
  "CREATE TABLE dose_change (\n" \
  "  id            INTEGER PRIMARY KEY,\n" \
  "  program_id    INTEGER NOT NULL REFERENCES program (id) ON DELETE CASCADE,\n" \
  "  exercise      TEXT NOT NULL CHECK (length (exercise) BETWEEN 1 AND 64),\n" \
  "  day           TEXT NOT NULL " DAY_CHECK ("day") ",\n" \
  "  recorded_us   INTEGER NOT NULL CHECK (recorded_us > 0),\n" \
  "  reason        TEXT NOT NULL CHECK (reason IN ('start', 'proposal-accepted',\n" \
  "                  'proposal-edited', 'proposal-declined', 'swap', 'user-edit')),\n" \
  DOSE_COLUMNS \
  "  note          TEXT NOT NULL DEFAULT '' CHECK (length (note) <= 4000)\n" \
  ") STRICT;\n" \
  "CREATE INDEX dose_change_by_exercise ON dose_change (program_id, exercise, day);\n"

/* Version 4: a swap that lasts beyond one session.
 * - plan_swap: an exercise of a program's plan replaced by another "until
 *   the knee improves" (the wall squat by straight-leg raises), from its
 *   day, with the pain that led to it; ended_day and ended_us are set when
 *   the user says the knee has settled. At most one swap of an exercise
 *   stands at a time; ended ones stay as history. */
#define SCHEMA_V4 \
  "CREATE TABLE plan_swap (\n" \
  "  id            INTEGER PRIMARY KEY,\n" \
  "  program_id    INTEGER NOT NULL REFERENCES program (id) ON DELETE CASCADE,\n" \
  "  exercise      TEXT NOT NULL CHECK (length (exercise) BETWEEN 1 AND 64),\n" \
  "  replacement   TEXT NOT NULL\n" \
  "                CHECK (length (replacement) BETWEEN 1 AND 64 AND replacement <> exercise),\n" \
  "  day           TEXT NOT NULL " DAY_CHECK ("day") ",\n" \
  "  recorded_us   INTEGER NOT NULL CHECK (recorded_us > 0),\n" \
  "  pain          INTEGER CHECK (pain BETWEEN 0 AND 10),\n" \
  "  ended_day     TEXT CHECK (ended_day IS NULL OR (length (ended_day) = 10\n" \
  "                  AND date (ended_day, '+0 days') IS ended_day AND ended_day >= day)),\n" \
  "  ended_us      INTEGER CHECK (ended_us IS NULL OR ended_us >= recorded_us),\n" \
  "  CHECK ((ended_day IS NULL) = (ended_us IS NULL))\n" \
  ") STRICT;\n" \
  "CREATE UNIQUE INDEX plan_swap_standing ON plan_swap (program_id, exercise)\n" \
  "  WHERE ended_us IS NULL;\n"

/* Version 5: the plan can be edited (issue 13).
 * - custom_exercise: exercises the user defines (name, kind of work, sides,
 *   default dose, instructions one step per line). Their ids start with
 *   "custom-", so they never clash with the catalogue's; rows are never
 *   deleted, since sets and dose changes name them.
 * - dose_change.event: what the change did to the plan ('dose' for a dose,
 *   'added', 'removed', 'moved'), so removing an exercise is history too.
 * - Natural keys for the CSV export made unique: a program by its creation
 *   instant, a dose change by (program, exercise, instant). Rows that
 *   share one (same microsecond) are moved apart by a microsecond first. */
#define SCHEMA_V5 \
  "CREATE TABLE custom_exercise (\n" \
  "  id            INTEGER PRIMARY KEY,\n" \
  "  exercise      TEXT NOT NULL UNIQUE CHECK (length (exercise) BETWEEN 8 AND 64\n" \
  "                  AND exercise GLOB 'custom-*'),\n" \
  "  name          TEXT NOT NULL CHECK (length (name) BETWEEN 1 AND 60),\n" \
  "  work          TEXT NOT NULL CHECK (work IN ('reps-tempo', 'reps-hold', 'timed-hold')),\n" \
  "  sides         TEXT NOT NULL\n" \
  "                  CHECK (sides IN ('each-side', 'both-at-once', 'affected-only')),\n" \
  "  instructions  TEXT NOT NULL DEFAULT '' CHECK (length (instructions) <= 2000),\n" \
  DOSE_COLUMNS \
  "  created_us    INTEGER NOT NULL CHECK (created_us > 0)\n" \
  ") STRICT;\n" \
  "ALTER TABLE dose_change ADD COLUMN event TEXT NOT NULL DEFAULT 'dose'\n" \
  "  CHECK (event IN ('dose', 'added', 'removed', 'moved'));\n" \
  "UPDATE program SET created_us = created_us + (SELECT count (*) FROM program p\n" \
  "  WHERE p.created_us = program.created_us AND p.id < program.id);\n" \
  "CREATE UNIQUE INDEX program_by_created ON program (created_us);\n" \
  "UPDATE dose_change SET recorded_us = recorded_us + (SELECT count (*) FROM dose_change d\n" \
  "  WHERE d.program_id = dose_change.program_id AND d.exercise = dose_change.exercise\n" \
  "    AND d.recorded_us = dose_change.recorded_us AND d.id < dose_change.id);\n" \
  "CREATE UNIQUE INDEX dose_change_key ON dose_change (program_id, exercise, recorded_us);\n"

const char * const patella_schema_migrations[PATELLA_SCHEMA_VERSION] = {
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
};

static int
read_int_pragma (sqlite3    *db,
                 const char *sql,
                 int        *value)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
      else if (rc == SQLITE_DONE)
        {
          *value = 0;
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  return rc;
}

static int
read_user_version (sqlite3 *db,
                   int     *version)
{
  return read_int_pragma (db, "PRAGMA user_version", version);
}

static gboolean migrate_steps (sqlite3     *db,
                               int          target_version,
                               const char  *path,
                               GError     **error);

/* Each step in its own transaction: an interrupted migration leaves the file
 * at the last whole version. The version is read inside the transaction, so
 * two processes opening a file at once cannot both run a step.
 *
 * Foreign keys are off while the steps run (SQLite ignores the pragma
 * inside a transaction), because a step may rebuild a table that others
 * refer to, and dropping the old copy must not cascade to their rows;
 * each step checks the keys itself before it commits. */
gboolean
patella_schema_migrate (sqlite3     *db,
                        int          target_version,
                        const char  *path,
                        GError     **error)
{
  int foreign_keys = 0;
  gboolean ok;
  int rc;

  g_return_val_if_fail (target_version >= 0 && target_version <= PATELLA_SCHEMA_VERSION, FALSE);

  rc = read_int_pragma (db, "PRAGMA foreign_keys", &foreign_keys);
  if (rc == SQLITE_OK && foreign_keys)
    rc = sqlite3_exec (db, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      _patella_store_set_sqlite_error (error, rc, db, path);
      return FALSE;
    }

  ok = migrate_steps (db, target_version, path, error);

  if (foreign_keys)
    {
      rc = sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
      if (rc != SQLITE_OK && ok)
        {
          _patella_store_set_sqlite_error (error, rc, db, path);
          ok = FALSE;
        }
    }

  return ok;
}

static gboolean
migrate_steps (sqlite3     *db,
               int          target_version,
               const char  *path,
               GError     **error)
{
  for (;;)
    {
      g_autofree char *set_version = NULL;
      int version = 0;
      int broken_keys = 0;
      int rc;

      rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        rc = read_user_version (db, &version);
      if (rc != SQLITE_OK)
        goto failed;

      if (version >= target_version)
        {
          rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
          if (rc != SQLITE_OK)
            goto failed;
          return TRUE;
        }

      set_version = g_strdup_printf ("PRAGMA user_version = %d", version + 1);
      rc = sqlite3_exec (db, patella_schema_migrations[version], NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        rc = read_int_pragma (db, "SELECT count(*) FROM pragma_foreign_key_check", &broken_keys);
      if (rc == SQLITE_OK && broken_keys > 0)
        rc = SQLITE_CONSTRAINT_FOREIGNKEY;
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (db, set_version, NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        continue;

    failed:
      _patella_store_set_sqlite_error (error, rc, db, path);
      if (!sqlite3_get_autocommit (db))
        sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
}
