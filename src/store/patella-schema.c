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

const char * const patella_schema_migrations[PATELLA_SCHEMA_VERSION] = {
  SCHEMA_V1,
  SCHEMA_V2,
};

static int
read_user_version (sqlite3 *db,
                   int     *version)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *version = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  return rc;
}

/* Each step in its own transaction: an interrupted migration leaves the file
 * at the last whole version. The version is read inside the transaction, so
 * two processes opening a file at once cannot both run a step. */
gboolean
patella_schema_migrate (sqlite3     *db,
                        int          target_version,
                        const char  *path,
                        GError     **error)
{
  g_return_val_if_fail (target_version >= 0 && target_version <= PATELLA_SCHEMA_VERSION, FALSE);

  for (;;)
    {
      g_autofree char *set_version = NULL;
      int version = 0;
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
