/* patella-csv-rows.c: one CSV field into its row, and the app's own rules for each row
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "patella-catalogue.h"
#include "patella-csv-parse.h"
#include "patella-kujala.h"

/* ---- field parsers: strict, since a lenient guess could store a wrong day ---- */

static gboolean
digits_at (const char *s,
           guint       n,
           int        *out)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      v = v * 10 + (s[i] - '0');
    }
  *out = v;
  return TRUE;
}

/* YYYY-MM-DDTHH:MM:SS, up to six decimals, then Z or ±HH:MM; nothing else. */
static gboolean
parse_iso8601 (const char *s,
               gint64     *utc_us)
{
  int y, mo, d, h, mi, sec, oh = 0, om = 0;
  gint64 frac = 0;
  guint n_frac = 0;
  const char *p = s + 19;
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) dt = NULL;

  if (strlen (s) < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':'
      || s[16] != ':')
    return FALSE;
  if (!digits_at (s, 4, &y) || !digits_at (s + 5, 2, &mo) || !digits_at (s + 8, 2, &d)
      || !digits_at (s + 11, 2, &h) || !digits_at (s + 14, 2, &mi) || !digits_at (s + 17, 2, &sec))
    return FALSE;

  if (*p == '.')
    {
      for (p++; g_ascii_isdigit (*p) && n_frac < 6; p++, n_frac++)
        frac = frac * 10 + (*p - '0');
      if (n_frac == 0 || g_ascii_isdigit (*p))
        return FALSE;
      for (guint i = n_frac; i < 6; i++)
        frac *= 10;
    }

  if (g_str_equal (p, "Z"))
    tz = g_time_zone_new_utc ();
  else if ((p[0] == '+' || p[0] == '-') && strlen (p) == 6 && p[3] == ':'
           && digits_at (p + 1, 2, &oh) && digits_at (p + 4, 2, &om) && oh <= 23 && om <= 59)
    tz = g_time_zone_new_offset ((p[0] == '-' ? -1 : 1) * (oh * 3600 + om * 60));
  else
    return FALSE;

  if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 59
      || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) mo, (GDateYear) y))
    return FALSE;

  dt = g_date_time_new (tz, y, mo, d, h, mi, sec);
  if (dt == NULL)
    return FALSE;

  *utc_us = g_date_time_to_unix (dt) * G_USEC_PER_SEC + frac;
  return *utc_us > 0;
}

static gboolean
parse_int (const char *s,
           int         min,
           int         max,
           int        *out)
{
  gboolean negative = s[0] == '-';
  const char *digits = negative ? s + 1 : s;
  gsize n = strlen (digits);
  gint64 v = 0;

  if (n < 1 || n > 9 || strspn (digits, "0123456789") != n)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    v = v * 10 + (digits[i] - '0');
  if (negative)
    v = -v;
  if (v < min || v > max)
    return FALSE;

  *out = (int) v;
  return TRUE;
}

/* Parses the text of one field into its place in the row; a reason in
 * words when it is refused. */
char *
patella_csv_parse_value (GStringChunk           *strings,
                         const PatellaCsvColumn *column,
                         const char             *s,
                         gpointer                row)
{
  gpointer at = (char *) row + column->offset;
  int i = 0;
  guint u = 0;
  gint64 t = 0;

  switch (column->kind)
    {
    case PATELLA_CSV_COL_INSTANT:
    case PATELLA_CSV_COL_INSTANT_OPT:
      if (s[0] == '\0' && column->kind == PATELLA_CSV_COL_INSTANT_OPT)
        break;
      if (s[0] == '\0')
        return g_strdup (_("a value is needed here"));
      if (!parse_iso8601 (s, &t))
        return g_strdup_printf (_("“%s” is not a time like 2026-03-29T07:30:00Z"), s);
      memcpy (at, &t, sizeof t);
      break;
    case PATELLA_CSV_COL_DAY:
      if (!patella_local_day_is_valid (s))
        return g_strdup_printf (_("“%s” is not a day like 2026-03-29"), s);
      memcpy (at, s, PATELLA_LOCAL_DAY_LEN + 1);
      break;
    case PATELLA_CSV_COL_INT_OPT:
      if (s[0] == '\0')
        {
          i = -1;
          memcpy (at, &i, sizeof i);
          break;
        }
      if (!parse_int (s, column->min, column->max, &i))
        return g_strdup_printf (_("“%s” is not a whole number from %d to %d"), s, column->min,
                                column->max);
      memcpy (at, &i, sizeof i);
      break;
    case PATELLA_CSV_COL_PAIN:
    case PATELLA_CSV_COL_INT:
    case PATELLA_CSV_COL_BOOL:
      {
        int min = column->kind == PATELLA_CSV_COL_PAIN ? PATELLA_PAIN_MIN : column->min;
        int max = column->kind == PATELLA_CSV_COL_PAIN ? PATELLA_PAIN_MAX : column->max;

        if (s[0] == '\0' && column->kind == PATELLA_CSV_COL_PAIN)
          i = PATELLA_STORE_NO_PAIN;
        else if (s[0] == '\0')
          return g_strdup (_("a value is needed here"));
        else if (!parse_int (s, min, max, &i))
          return g_strdup_printf (_("“%s” is not a whole number from %d to %d"), s, min, max);
        memcpy (at, &i, sizeof i);
      }
      break;
    case PATELLA_CSV_COL_TEXT:
      {
        const char *text;

        if (s[0] == '\0' && column->min > 0)
          return g_strdup (_("a value is needed here"));
        /* Characters, as the schema counts them; the field is valid UTF-8. */
        if (g_utf8_strlen (s, -1) > column->max)
          return g_strdup_printf (_("the text is longer than %d characters"), column->max);
        text = g_string_chunk_insert_const (strings, s);
        memcpy (at, &text, sizeof text);
      }
      break;
    case PATELLA_CSV_COL_STATE:
      if (!_patella_store_state_from_string (s, at))
        /* Translators: the second %s lists the words. */
        return g_strdup_printf (_("“%s” is not one of: %s"), s,
                                "in-progress, completed, abandoned");
      break;
    case PATELLA_CSV_COL_SIDE:
      if (!_patella_store_side_from_string (s, at))
        return g_strdup_printf (_("“%s” is not one of: %s"), s, "both, left, right");
      break;
    case PATELLA_CSV_COL_CONTEXTS:
    case PATELLA_CSV_COL_SIGNS:
      if (!patella_flags_from_nicks (column->kind == PATELLA_CSV_COL_CONTEXTS
                                       ? PATELLA_TYPE_PAIN_CONTEXT : PATELLA_TYPE_WARNING_SIGN,
                                     s, &u))
        return g_strdup_printf (_("“%s” is not a list of known names separated by “;”"), s);
      memcpy (at, &u, sizeof u);
      break;
    default:
      g_assert_not_reached ();
    }

  return NULL;
}

static char *
refuse (const char **column,
        const char  *name,
        const char  *reason)
{
  *column = name;
  return g_strdup (reason);
}

/* ---- the rules the app applies when it saves, applied to every row ---- */

static char *
not_in_future (const char  *today,
               const char **column,
               const char  *day)
{
  if (strcmp (day, today) <= 0)
    return NULL;

  *column = "day";
  return g_strdup_printf (_("%s is a day still to come (today is %s)"), day, today);
}

static char *
check_session (const char           *today,
               const char          **column,
               PatellaCsvSessionRow *row)
{
  char earliest[PATELLA_LOCAL_DAY_LEN + 1], latest[PATELLA_LOCAL_DAY_LEN + 1];
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  if ((row->state == PATELLA_SESSION_STATE_IN_PROGRESS) != (row->ended_us == 0))
    return refuse (column, "ended",
                   _("a session has an end time exactly when it is no longer in progress"));
  if (row->ended_us != 0 && row->ended_us < row->started_us)
    return refuse (column, "ended", _("the session ends before it starts"));

  /* Its day is the day it started somewhere on Earth: UTC-14 h to UTC+14 h. */
  patella_local_day_for_instant (row->started_us - 14 * G_TIME_SPAN_HOUR, utc, earliest);
  patella_local_day_for_instant (row->started_us + 14 * G_TIME_SPAN_HOUR, utc, latest);
  if (strcmp (row->day, earliest) < 0 || strcmp (row->day, latest) > 0)
    return refuse (column, "day",
                   _("the session did not start on this day in any time zone"));

  return not_in_future (today, column, row->day);
}

static char *
check_set (const char       *today,
           const char      **column,
           PatellaCsvSetRow *row)
{
  g_autoptr(GError) invalid = NULL;

  if (!_patella_store_validate_set (&row->set, &invalid))
    return refuse (column, "ended", invalid->message);

  /* A set names an exercise of the catalogue or one the user defined; the
   * latter may come in the same import (checked with the references). */
  if (!g_str_has_prefix (row->set.exercise_id, PATELLA_EXERCISE_CUSTOM_PREFIX)
      && patella_catalogue_lookup (patella_catalogue_get_default (), row->set.exercise_id) == NULL)
    {
      g_autofree char *reason =
        g_strdup_printf (_("“%s” is not an exercise Patella knows"), row->set.exercise_id);
      return refuse (column, "exercise", reason);
    }

  return NULL;
}

static char *
check_pain (const char        *today,
            const char       **column,
            PatellaCsvPainRow *row)
{
  g_autoptr(GError) invalid = NULL;
  const char *blame = "worst";

  if (!patella_pain_entry_validate (&row->entry, today, &invalid))
    {
      if (g_error_matches (invalid, PATELLA_PAIN_ENTRY_ERROR, PATELLA_PAIN_ENTRY_ERROR_FUTURE_DAY))
        return not_in_future (today, column, row->entry.day);
      if (g_error_matches (invalid, PATELLA_PAIN_ENTRY_ERROR, PATELLA_PAIN_ENTRY_ERROR_BAD_NOTE))
        blame = "note";
      return refuse (column, blame, invalid->message);
    }
  if (row->entry.updated_us < row->entry.recorded_us)
    return refuse (column, "updated", _("the entry was updated before it was made"));

  return NULL;
}

static char *
check_questionnaire (const char                 *today,
                     const char                **column,
                     PatellaCsvQuestionnaireRow *row)
{
  g_autoptr(GError) invalid = NULL;
  gboolean score_wrong = FALSE;

  if (!g_str_equal (row->kind, PATELLA_QUESTIONNAIRE_KUJALA))
    {
      g_autofree char *reason = g_strdup_printf (_("“%s” is not one of: %s"), row->kind,
                                                 PATELLA_QUESTIONNAIRE_KUJALA);
      return refuse (column, "kind", reason);
    }
  if (!_patella_store_validate_answers (row->kind, row->answers, row->score, &invalid)
      || !_patella_store_check_kujala (row->answers, row->score, &score_wrong, &invalid))
    return refuse (column, score_wrong ? "score" : "answers", invalid->message);

  return not_in_future (today, column, row->day);
}

/* ---- the program's tables ---- */

static const char * const reasons[] = {
  "start", "proposal-accepted", "proposal-edited", "proposal-declined", "swap", "user-edit", NULL,
};
static const char * const events[] = { "dose", "added", "removed", "moved", NULL };

static char *
one_of (const char         **column,
        const char          *name,
        const char          *value,
        const char * const  *allowed)
{
  g_autofree char *list = NULL;

  if (g_strv_contains (allowed, value))
    return NULL;

  list = g_strjoinv (", ", (char **) allowed);
  *column = name;
  return g_strdup_printf (_("“%s” is not one of: %s"), value, list);
}

static gboolean
enum_from_nick (GType       type,
                const char *nick,
                int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value_by_nick (klass, nick);

  if (found != NULL)
    *value = found->value;
  return found != NULL;
}

/* The dose for an exercise whose kind of work is known here: the
 * catalogue's, with the user's own checked against the import later. */
static char *
check_dose (const char       **column,
            const char        *exercise_id,
            const PatellaDose *dose)
{
  PatellaExercise *exercise;
  g_autoptr(GError) invalid = NULL;

  if (g_str_has_prefix (exercise_id, PATELLA_EXERCISE_CUSTOM_PREFIX))
    return NULL;
  exercise = patella_catalogue_lookup (patella_catalogue_get_default (), exercise_id);
  if (exercise == NULL)
    {
      g_autofree char *reason =
        g_strdup_printf (_("“%s” is not an exercise Patella knows"), exercise_id);
      return refuse (column, "exercise", reason);
    }
  if (!patella_exercise_validate_dose (exercise, dose, &invalid))
    return refuse (column, "sets", invalid->message);

  return NULL;
}

static char *
check_exercise (const char           **column,
                PatellaCsvExerciseRow *row)
{
  g_autoptr(GError) invalid = NULL;
  int work = 0, sides = 0;
  char *reason;

  if (!g_str_has_prefix (row->exercise, PATELLA_EXERCISE_CUSTOM_PREFIX))
    return refuse (column, "exercise", _("the id of your own exercise starts with “custom-”"));
  if (!patella_exercise_validate_custom (row->name, NULL, &invalid))
    return refuse (column, "name", invalid->message);
  g_clear_error (&invalid);
  if (!patella_exercise_validate_custom (row->name, row->instructions, &invalid))
    return refuse (column, "instructions", invalid->message);
  if (!enum_from_nick (PATELLA_TYPE_WORK_KIND, row->work, &work))
    {
      static const char * const works[] = { "reps-tempo", "reps-hold", "timed-hold", NULL };
      return one_of (column, "work", row->work, works);
    }
  if (!enum_from_nick (PATELLA_TYPE_SIDE_MODE, row->sides, &sides))
    {
      static const char * const modes[] = { "each-side", "both-at-once", "affected-only", NULL };
      return one_of (column, "sides", row->sides, modes);
    }
  g_clear_error (&invalid);
  if (!patella_dose_validate (&row->dose, (PatellaWorkKind) work, &invalid))
    {
      reason = g_strdup (invalid->message);
      *column = "sets";
      return reason;
    }

  return NULL;
}

static char *
check_program (const char           **column,
               PatellaCsvProgramRow  *row)
{
  g_autoptr(GError) invalid = NULL;
  PatellaProgram program;

  patella_program_init (&program, row->start_day);
  program.n_weeks = (guint) row->n_weeks;
  program.training_days = (PatellaWeekdays) row->training_days;
  if (!patella_program_validate (&program, &invalid))
    return refuse (column, "training_days", invalid->message);

  return NULL;
}

static char *
check_plan (const char        **column,
            PatellaCsvPlanRow  *row)
{
  return check_dose (column, row->exercise, &row->dose);
}

static char *
check_dose_change (const char              *today,
                   const char             **column,
                   PatellaCsvDoseChangeRow *row)
{
  char *reason;

  if ((reason = one_of (column, "reason", row->reason, reasons)) != NULL
      || (reason = one_of (column, "event", row->event, events)) != NULL)
    return reason;
  if (!_patella_store_note_is_valid (row->note))
    return refuse (column, "note", _("the note holds characters that cannot be stored"));
  if ((reason = check_dose (column, row->exercise, &row->dose)) != NULL)
    return reason;

  return not_in_future (today, column, row->day);
}

/* The app's rules for a row of the table: NULL, or the reason it is
 * refused with the column to blame. */
char *
patella_csv_check_row (PatellaCsvTableKind  kind,
                       gconstpointer        row,
                       const char          *today,
                       const char         **column)
{
  switch (kind)
    {
    case PATELLA_CSV_TABLE_SESSION:
      return check_session (today, column, (gpointer) row);
    case PATELLA_CSV_TABLE_SET:
      return check_set (today, column, (gpointer) row);
    case PATELLA_CSV_TABLE_PAIN:
      return check_pain (today, column, (gpointer) row);
    case PATELLA_CSV_TABLE_QUESTIONNAIRE:
      return check_questionnaire (today, column, (gpointer) row);
    case PATELLA_CSV_TABLE_EXERCISE:
      return check_exercise (column, (gpointer) row);
    case PATELLA_CSV_TABLE_PROGRAM:
      return check_program (column, (gpointer) row);
    case PATELLA_CSV_TABLE_PLAN:
      return check_plan (column, (gpointer) row);
    case PATELLA_CSV_TABLE_DOSE_CHANGE:
      return check_dose_change (today, column, (gpointer) row);
    case PATELLA_CSV_N_TABLES:
    default:
      g_assert_not_reached ();
    }
}

