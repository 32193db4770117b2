/* patella-csv-columns.c: one column list per table, shared by the CSV export, the import and its inserts
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stddef.h>
#include <string.h>

#include "patella-csv-export.h"
#include "patella-csv-private.h"
#include "patella-exercise.h"
#include "patella-kujala.h"

G_DEFINE_QUARK (patella-csv-error-quark, patella_csv_error)

/* Flags and enums are written into the row as plain ints. */
G_STATIC_ASSERT (sizeof (PatellaPainContext) == sizeof (guint));
G_STATIC_ASSERT (sizeof (PatellaWarningSign) == sizeof (guint));
G_STATIC_ASSERT (sizeof (PatellaSessionState) == sizeof (int));
G_STATIC_ASSERT (sizeof (PatellaStoreSide) == sizeof (int));

#define COL(name, kind, min, max, type, field) \
  { name, PATELLA_CSV_COL_##kind, min, max, offsetof (type, field) }

static const PatellaCsvColumn session_columns[] = {
  COL ("started", INSTANT, 0, 0, PatellaCsvSessionRow, started_us),
  COL ("ended", INSTANT_OPT, 0, 0, PatellaCsvSessionRow, ended_us),
  COL ("day", DAY, 0, 0, PatellaCsvSessionRow, day),
  COL ("state", STATE, 0, 0, PatellaCsvSessionRow, state),
  COL ("pain_before", PAIN, 0, 0, PatellaCsvSessionRow, pain_before),
  COL ("pain_after", PAIN, 0, 0, PatellaCsvSessionRow, pain_after),
  COL ("note", TEXT, 0, PATELLA_STORE_NOTE_MAX, PatellaCsvSessionRow, note),
};

static const PatellaCsvColumn set_columns[] = {
  COL ("session_started", INSTANT, 0, 0, PatellaCsvSetRow, session_started_us),
  COL ("exercise", TEXT, 1, PATELLA_STORE_EXERCISE_ID_MAX, PatellaCsvSetRow, set.exercise_id),
  COL ("side", SIDE, 0, 0, PatellaCsvSetRow, set.side),
  COL ("set_number", INT, 1, PATELLA_STORE_SET_NUMBER_MAX, PatellaCsvSetRow, set.set_number),
  COL ("reps_planned", INT, 0, PATELLA_STORE_REPS_MAX, PatellaCsvSetRow, set.reps_planned),
  COL ("reps_done", INT, 0, PATELLA_STORE_REPS_MAX, PatellaCsvSetRow, set.reps_done),
  COL ("hold_s_planned", INT, 0, PATELLA_STORE_HOLD_S_MAX, PatellaCsvSetRow, set.hold_s_planned),
  COL ("hold_s_done", INT, 0, PATELLA_STORE_HOLD_S_MAX, PatellaCsvSetRow, set.hold_s_done),
  COL ("pain_during", PAIN, 0, 0, PatellaCsvSetRow, set.pain_during),
  COL ("started", INSTANT, 0, 0, PatellaCsvSetRow, set.started_us),
  COL ("ended", INSTANT, 0, 0, PatellaCsvSetRow, set.ended_us),
  COL ("substituted", BOOL, 0, 1, PatellaCsvSetRow, set.substituted),
};

static const PatellaCsvColumn pain_columns[] = {
  COL ("day", DAY, 0, 0, PatellaCsvPainRow, entry.day),
  COL ("usual", INT, PATELLA_PAIN_MIN, PATELLA_PAIN_MAX, PatellaCsvPainRow, entry.usual),
  COL ("worst", INT, PATELLA_PAIN_MIN, PATELLA_PAIN_MAX, PatellaCsvPainRow, entry.worst),
  COL ("contexts", CONTEXTS, 0, 0, PatellaCsvPainRow, entry.contexts),
  COL ("warning_signs", SIGNS, 0, 0, PatellaCsvPainRow, entry.signs),
  COL ("note", TEXT, 0, PATELLA_STORE_NOTE_MAX, PatellaCsvPainRow, entry.note),
  COL ("recorded", INSTANT, 0, 0, PatellaCsvPainRow, entry.recorded_us),
  COL ("updated", INSTANT, 0, 0, PatellaCsvPainRow, entry.updated_us),
};

static const PatellaCsvColumn questionnaire_columns[] = {
  COL ("kind", TEXT, 1, PATELLA_STORE_KIND_MAX, PatellaCsvQuestionnaireRow, kind),
  COL ("day", DAY, 0, 0, PatellaCsvQuestionnaireRow, day),
  COL ("answers", TEXT, 1, PATELLA_STORE_ANSWERS_MAX, PatellaCsvQuestionnaireRow, answers),
  COL ("score", INT, 0, PATELLA_KUJALA_MAX_SCORE, PatellaCsvQuestionnaireRow, score),
  COL ("recorded", INSTANT, 0, 0, PatellaCsvQuestionnaireRow, recorded_us),
};

#define DOSE_COLS(type) \
  COL ("sets", INT, 1, PATELLA_DOSE_MAX_SETS, type, dose.sets), \
  COL ("reps", INT, 1, PATELLA_DOSE_MAX_REPS, type, dose.reps), \
  COL ("until_tired", BOOL, 0, 1, type, dose.until_tired), \
  COL ("hold_s", INT, 0, PATELLA_DOSE_MAX_TIMED_HOLD, type, dose.hold_seconds), \
  COL ("tempo_up_s", INT, 0, PATELLA_DOSE_MAX_TEMPO, type, dose.tempo_up_seconds), \
  COL ("tempo_pause_s", INT, 0, PATELLA_DOSE_MAX_TEMPO, type, dose.tempo_pause_seconds), \
  COL ("tempo_down_s", INT, 0, PATELLA_DOSE_MAX_TEMPO, type, dose.tempo_down_seconds), \
  COL ("rest_s", INT, 0, PATELLA_DOSE_MAX_REST, type, dose.rest_seconds), \
  COL ("switch_s", INT, 0, PATELLA_DOSE_MAX_SWITCH, type, dose.switch_seconds), \
  COL ("get_ready_s", INT, 0, PATELLA_DOSE_MAX_GET_READY, type, dose.get_ready_seconds)

#define DOSE_SQL \
  "sets, reps, until_tired, hold_s, tempo_up_s, tempo_pause_s, tempo_down_s, rest_s," \
  " switch_s, get_ready_s"

static const PatellaCsvColumn exercise_columns[] = {
  COL ("exercise", TEXT, 8, PATELLA_STORE_EXERCISE_ID_MAX, PatellaCsvExerciseRow, exercise),
  COL ("name", TEXT, 1, PATELLA_EXERCISE_CUSTOM_NAME_MAX, PatellaCsvExerciseRow, name),
  COL ("work", TEXT, 1, 32, PatellaCsvExerciseRow, work),
  COL ("sides", TEXT, 1, 32, PatellaCsvExerciseRow, sides),
  COL ("instructions", TEXT, 0, PATELLA_EXERCISE_CUSTOM_INSTRUCTIONS_MAX, PatellaCsvExerciseRow,
       instructions),
  DOSE_COLS (PatellaCsvExerciseRow),
  COL ("created", INSTANT, 0, 0, PatellaCsvExerciseRow, created_us),
};

static const PatellaCsvColumn program_columns[] = {
  COL ("created", INSTANT, 0, 0, PatellaCsvProgramRow, created_us),
  COL ("start_day", DAY, 0, 0, PatellaCsvProgramRow, start_day),
  COL ("weeks", INT, PATELLA_PROGRAM_MIN_WEEKS, PATELLA_PROGRAM_MAX_WEEKS, PatellaCsvProgramRow,
       n_weeks),
  COL ("training_days", INT, 1, PATELLA_WEEKDAYS_ALL, PatellaCsvProgramRow, training_days),
  COL ("reminder_minute", INT_OPT, 0, 24 * 60 - 1, PatellaCsvProgramRow, reminder_min),
};

static const PatellaCsvColumn plan_columns[] = {
  COL ("program_created", INSTANT, 0, 0, PatellaCsvPlanRow, program_created_us),
  COL ("exercise", TEXT, 1, PATELLA_STORE_EXERCISE_ID_MAX, PatellaCsvPlanRow, exercise),
  COL ("position", INT, 0, 99, PatellaCsvPlanRow, position),
  DOSE_COLS (PatellaCsvPlanRow),
};

static const PatellaCsvColumn dose_change_columns[] = {
  COL ("program_created", INSTANT, 0, 0, PatellaCsvDoseChangeRow, program_created_us),
  COL ("exercise", TEXT, 1, PATELLA_STORE_EXERCISE_ID_MAX, PatellaCsvDoseChangeRow, exercise),
  COL ("recorded", INSTANT, 0, 0, PatellaCsvDoseChangeRow, recorded_us),
  COL ("day", DAY, 0, 0, PatellaCsvDoseChangeRow, day),
  COL ("reason", TEXT, 1, 32, PatellaCsvDoseChangeRow, reason),
  COL ("event", TEXT, 1, 32, PatellaCsvDoseChangeRow, event),
  DOSE_COLS (PatellaCsvDoseChangeRow),
  COL ("note", TEXT, 0, PATELLA_STORE_NOTE_MAX, PatellaCsvDoseChangeRow, note),
};

#undef DOSE_COLS
#undef COL

/* Sessions first: sets find their session by its start time. */
const PatellaCsvFormat patella_csv_formats[PATELLA_CSV_N_TABLES] = {
  [PATELLA_CSV_TABLE_SESSION] = {
    PATELLA_CSV_SESSION_FILE, "session",
    session_columns, G_N_ELEMENTS (session_columns), 1, sizeof (PatellaCsvSessionRow),
    "SELECT started_us, ended_us, day, state, pain_before, pain_after, note"
    " FROM session ORDER BY started_us",
    "INSERT INTO session (started_us, ended_us, day, state, pain_before, pain_after, note)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (started_us) DO NOTHING",
    "SELECT ended_us IS ?2 AND day IS ?3 AND state IS ?4 AND pain_before IS ?5"
    "   AND pain_after IS ?6 AND note IS ?7"
    " FROM session WHERE started_us = ?1",
  },
  [PATELLA_CSV_TABLE_SET] = {
    PATELLA_CSV_SET_FILE, "session",
    set_columns, G_N_ELEMENTS (set_columns), 4, sizeof (PatellaCsvSetRow),
    "SELECT s.started_us, t.exercise, t.side, t.set_number, t.reps_planned, t.reps_done,"
    "   t.hold_s_planned, t.hold_s_done, t.pain_during, t.started_us, t.ended_us, t.substituted"
    " FROM session_set t JOIN session s ON s.id = t.session_id"
    " ORDER BY s.started_us, t.started_us, t.id",
    "INSERT INTO session_set (session_id, exercise, side, set_number,"
    "   reps_planned, reps_done, hold_s_planned, hold_s_done,"
    "   pain_during, started_us, ended_us, substituted)"
    " SELECT id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12"
    " FROM session WHERE started_us = ?1"
    " ON CONFLICT (session_id, exercise, side, set_number) DO NOTHING",
    "SELECT t.reps_planned IS ?5 AND t.reps_done IS ?6 AND t.hold_s_planned IS ?7"
    "   AND t.hold_s_done IS ?8 AND t.pain_during IS ?9 AND t.started_us IS ?10"
    "   AND t.ended_us IS ?11 AND t.substituted IS ?12"
    " FROM session_set t JOIN session s ON s.id = t.session_id"
    " WHERE s.started_us = ?1 AND t.exercise = ?2 AND t.side = ?3 AND t.set_number = ?4",
  },
  [PATELLA_CSV_TABLE_PAIN] = {
    PATELLA_CSV_PAIN_FILE, "pain_entry",
    pain_columns, G_N_ELEMENTS (pain_columns), 1, sizeof (PatellaCsvPainRow),
    "SELECT day, usual, worst, contexts, warning_signs, note, recorded_us, updated_us"
    " FROM pain_entry ORDER BY day",
    "INSERT INTO pain_entry (day, usual, worst, contexts, warning_signs, note,"
    "   recorded_us, updated_us)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (day) DO NOTHING",
    "SELECT usual IS ?2 AND worst IS ?3 AND contexts IS ?4 AND warning_signs IS ?5"
    "   AND note IS ?6 AND recorded_us IS ?7 AND updated_us IS ?8"
    " FROM pain_entry WHERE day = ?1",
  },
  [PATELLA_CSV_TABLE_QUESTIONNAIRE] = {
    PATELLA_CSV_QUESTIONNAIRE_FILE, "questionnaire",
    questionnaire_columns, G_N_ELEMENTS (questionnaire_columns), 2,
    sizeof (PatellaCsvQuestionnaireRow),
    "SELECT kind, day, answers, score, recorded_us FROM questionnaire ORDER BY kind, day",
    "INSERT INTO questionnaire (kind, day, answers, score, recorded_us)"
    " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (kind, day) DO NOTHING",
    "SELECT answers IS ?3 AND score IS ?4 AND recorded_us IS ?5"
    " FROM questionnaire WHERE kind = ?1 AND day = ?2",
  },
  [PATELLA_CSV_TABLE_EXERCISE] = {
    PATELLA_CSV_EXERCISE_FILE, "custom_exercise",
    exercise_columns, G_N_ELEMENTS (exercise_columns), 1, sizeof (PatellaCsvExerciseRow),
    "SELECT exercise, name, work, sides, instructions, " DOSE_SQL ", created_us"
    " FROM custom_exercise ORDER BY exercise",
    "INSERT INTO custom_exercise (exercise, name, work, sides, instructions, " DOSE_SQL ","
    "   created_us) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"
    " ON CONFLICT (exercise) DO NOTHING",
    "SELECT name IS ?2 AND work IS ?3 AND sides IS ?4 AND instructions IS ?5 AND sets IS ?6"
    "   AND reps IS ?7 AND until_tired IS ?8 AND hold_s IS ?9 AND tempo_up_s IS ?10"
    "   AND tempo_pause_s IS ?11 AND tempo_down_s IS ?12 AND rest_s IS ?13 AND switch_s IS ?14"
    "   AND get_ready_s IS ?15 AND created_us IS ?16"
    " FROM custom_exercise WHERE exercise = ?1",
  },
  [PATELLA_CSV_TABLE_PROGRAM] = {
    PATELLA_CSV_PROGRAM_FILE, "program",
    program_columns, G_N_ELEMENTS (program_columns), 1, sizeof (PatellaCsvProgramRow),
    "SELECT created_us, start_day, n_weeks, training_days, reminder_min"
    " FROM program ORDER BY created_us",
    "INSERT INTO program (created_us, start_day, n_weeks, training_days, reminder_min)"
    " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (created_us) DO NOTHING",
    "SELECT start_day IS ?2 AND n_weeks IS ?3 AND training_days IS ?4 AND reminder_min IS ?5"
    " FROM program WHERE created_us = ?1",
  },
  [PATELLA_CSV_TABLE_PLAN] = {
    PATELLA_CSV_PLAN_FILE, "program",
    plan_columns, G_N_ELEMENTS (plan_columns), 2, sizeof (PatellaCsvPlanRow),
    "SELECT p.created_us, e.exercise, e.position, e.sets, e.reps, e.until_tired, e.hold_s,"
    "   e.tempo_up_s, e.tempo_pause_s, e.tempo_down_s, e.rest_s, e.switch_s, e.get_ready_s"
    " FROM plan_exercise e JOIN program p ON p.id = e.program_id"
    " ORDER BY p.created_us, e.position, e.exercise",
    "INSERT INTO plan_exercise (program_id, exercise, position, " DOSE_SQL ")"
    " SELECT id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13"
    " FROM program WHERE created_us = ?1"
    " ON CONFLICT (program_id, exercise) DO NOTHING",
    "SELECT e.position IS ?3 AND e.sets IS ?4 AND e.reps IS ?5 AND e.until_tired IS ?6"
    "   AND e.hold_s IS ?7 AND e.tempo_up_s IS ?8 AND e.tempo_pause_s IS ?9"
    "   AND e.tempo_down_s IS ?10 AND e.rest_s IS ?11 AND e.switch_s IS ?12"
    "   AND e.get_ready_s IS ?13"
    " FROM plan_exercise e JOIN program p ON p.id = e.program_id"
    " WHERE p.created_us = ?1 AND e.exercise = ?2",
  },
  [PATELLA_CSV_TABLE_DOSE_CHANGE] = {
    PATELLA_CSV_DOSE_CHANGE_FILE, "program",
    dose_change_columns, G_N_ELEMENTS (dose_change_columns), 3,
    sizeof (PatellaCsvDoseChangeRow),
    "SELECT p.created_us, d.exercise, d.recorded_us, d.day, d.reason, d.event, d.sets, d.reps,"
    "   d.until_tired, d.hold_s, d.tempo_up_s, d.tempo_pause_s, d.tempo_down_s, d.rest_s,"
    "   d.switch_s, d.get_ready_s, d.note"
    " FROM dose_change d JOIN program p ON p.id = d.program_id"
    " ORDER BY p.created_us, d.recorded_us, d.exercise",
    "INSERT INTO dose_change (program_id, exercise, recorded_us, day, reason, event, "
    DOSE_SQL ", note)"
    " SELECT id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17"
    " FROM program WHERE created_us = ?1"
    " ON CONFLICT (program_id, exercise, recorded_us) DO NOTHING",
    "SELECT d.day IS ?4 AND d.reason IS ?5 AND d.event IS ?6 AND d.sets IS ?7 AND d.reps IS ?8"
    "   AND d.until_tired IS ?9 AND d.hold_s IS ?10 AND d.tempo_up_s IS ?11"
    "   AND d.tempo_pause_s IS ?12 AND d.tempo_down_s IS ?13 AND d.rest_s IS ?14"
    "   AND d.switch_s IS ?15 AND d.get_ready_s IS ?16 AND d.note IS ?17"
    " FROM dose_change d JOIN program p ON p.id = d.program_id"
    " WHERE p.created_us = ?1 AND d.exercise = ?2 AND d.recorded_us = ?3",
  },
};

void
_patella_csv_set_error (GError    **error,
                        int         code,
                        const char *file_name,
                        guint       line,
                        const char *field,
                        const char *reason)
{
  if (field != NULL && g_ascii_isdigit (field[0]))
    /* Translators: file name, line number, the field's position, then what is wrong. */
    g_set_error (error, PATELLA_CSV_ERROR, code, _("%s, line %u, field %s: %s"),
                 file_name, line, field, reason);
  else if (field != NULL)
    /* Translators: file name, line number, column name, then what is wrong. */
    g_set_error (error, PATELLA_CSV_ERROR, code, _("%s, line %u, field “%s”: %s"),
                 file_name, line, field, reason);
  else
    /* Translators: file name, line number, then what is wrong. */
    g_set_error (error, PATELLA_CSV_ERROR, code, _("%s, line %u: %s"), file_name, line, reason);
}

/* The header row of a table, from its column list. */
char *
_patella_csv_header (PatellaCsvTableKind kind)
{
  const PatellaCsvFormat *format = &patella_csv_formats[kind];
  GString *header = g_string_new (NULL);

  for (guint i = 0; i < format->n_columns; i++)
    {
      if (i > 0)
        g_string_append_c (header, ',');
      g_string_append (header, format->columns[i].name);
    }

  return g_string_free (header, FALSE);
}

#define AT(row, column, type) ((const type *) ((const char *) (row) + (column)->offset))

void
_patella_csv_bind_column (sqlite3_stmt           *stmt,
                          int                     param,
                          const PatellaCsvColumn *column,
                          gconstpointer           row)
{
  switch (column->kind)
    {
    case PATELLA_CSV_COL_INSTANT:
      sqlite3_bind_int64 (stmt, param, *AT (row, column, gint64));
      break;
    case PATELLA_CSV_COL_INSTANT_OPT:
      if (*AT (row, column, gint64) != 0)
        sqlite3_bind_int64 (stmt, param, *AT (row, column, gint64));
      else
        sqlite3_bind_null (stmt, param);
      break;
    case PATELLA_CSV_COL_DAY:
      sqlite3_bind_text (stmt, param, AT (row, column, char), -1, SQLITE_STATIC);
      break;
    case PATELLA_CSV_COL_TEXT:
      {
        const char *text = *AT (row, column, const char *);
        sqlite3_bind_text (stmt, param, text ? text : "", -1, SQLITE_STATIC);
      }
      break;
    case PATELLA_CSV_COL_PAIN:
      _patella_store_bind_pain (stmt, param, *AT (row, column, int));
      break;
    case PATELLA_CSV_COL_STATE:
      sqlite3_bind_text (stmt, param,
                         _patella_store_state_to_string (*AT (row, column, PatellaSessionState)),
                         -1, SQLITE_STATIC);
      break;
    case PATELLA_CSV_COL_SIDE:
      sqlite3_bind_text (stmt, param,
                         _patella_store_side_to_string (*AT (row, column, PatellaStoreSide)),
                         -1, SQLITE_STATIC);
      break;
    case PATELLA_CSV_COL_BOOL:
      sqlite3_bind_int (stmt, param, *AT (row, column, gboolean) ? 1 : 0);
      break;
    case PATELLA_CSV_COL_INT_OPT:
      if (*AT (row, column, int) >= 0)
        sqlite3_bind_int (stmt, param, *AT (row, column, int));
      else
        sqlite3_bind_null (stmt, param);
      break;
    case PATELLA_CSV_COL_INT:
    case PATELLA_CSV_COL_CONTEXTS:
    case PATELLA_CSV_COL_SIGNS:
    default:
      sqlite3_bind_int (stmt, param, *AT (row, column, int));
      break;
    }
}

gboolean
_patella_csv_column_equal (const PatellaCsvColumn *column,
                           gconstpointer           a,
                           gconstpointer           b)
{
  switch (column->kind)
    {
    case PATELLA_CSV_COL_INSTANT:
    case PATELLA_CSV_COL_INSTANT_OPT:
      return *AT (a, column, gint64) == *AT (b, column, gint64);
    case PATELLA_CSV_COL_DAY:
      return strcmp (AT (a, column, char), AT (b, column, char)) == 0;
    case PATELLA_CSV_COL_TEXT:
      return g_strcmp0 (*AT (a, column, const char *), *AT (b, column, const char *)) == 0;
    case PATELLA_CSV_COL_BOOL:
      return !*AT (a, column, gboolean) == !*AT (b, column, gboolean);
    case PATELLA_CSV_COL_INT:
    case PATELLA_CSV_COL_INT_OPT:
    case PATELLA_CSV_COL_PAIN:
    case PATELLA_CSV_COL_STATE:
    case PATELLA_CSV_COL_SIDE:
    case PATELLA_CSV_COL_CONTEXTS:
    case PATELLA_CSV_COL_SIGNS:
    default:
      return *AT (a, column, int) == *AT (b, column, int);
    }
}

/* A parsed value as the export would write it, for keys and messages. */
char *
_patella_csv_column_to_text (const PatellaCsvColumn *column,
                             gconstpointer           row)
{
  switch (column->kind)
    {
    case PATELLA_CSV_COL_INSTANT:
    case PATELLA_CSV_COL_INSTANT_OPT:
      if (*AT (row, column, gint64) == 0)
        return g_strdup ("");
      return patella_csv_format_instant (*AT (row, column, gint64));
    case PATELLA_CSV_COL_DAY:
      return g_strdup (AT (row, column, char));
    case PATELLA_CSV_COL_TEXT:
      return g_strdup (*AT (row, column, const char *));
    case PATELLA_CSV_COL_STATE:
      return g_strdup (_patella_store_state_to_string (*AT (row, column, PatellaSessionState)));
    case PATELLA_CSV_COL_SIDE:
      return g_strdup (_patella_store_side_to_string (*AT (row, column, PatellaStoreSide)));
    case PATELLA_CSV_COL_CONTEXTS:
      return patella_flags_to_nicks (PATELLA_TYPE_PAIN_CONTEXT, *AT (row, column, guint));
    case PATELLA_CSV_COL_SIGNS:
      return patella_flags_to_nicks (PATELLA_TYPE_WARNING_SIGN, *AT (row, column, guint));
    case PATELLA_CSV_COL_PAIN:
      if (*AT (row, column, int) == PATELLA_STORE_NO_PAIN)
        return g_strdup ("");
      return g_strdup_printf ("%d", *AT (row, column, int));
    case PATELLA_CSV_COL_BOOL:
      return g_strdup (*AT (row, column, gboolean) ? "1" : "0");
    case PATELLA_CSV_COL_INT_OPT:
      if (*AT (row, column, int) < 0)
        return g_strdup ("");
      return g_strdup_printf ("%d", *AT (row, column, int));
    case PATELLA_CSV_COL_INT:
    default:
      return g_strdup_printf ("%d", *AT (row, column, int));
    }
}
