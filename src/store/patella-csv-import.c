/* patella-csv-import.c: reading and checking CSV files before anything is written
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <csv.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "patella-csv-export.h"
#include "patella-csv-private.h"
#include "patella-store-private.h"

G_DEFINE_QUARK (patella-csv-error-quark, patella_csv_error)

/* A single field longer than this is not something Patella wrote. */
#define MAX_FIELD 65536

typedef struct
{
  const char *header;
  gsize       row_size;
} TableFormat;

static const TableFormat formats[PATELLA_CSV_N_TABLES] = {
  [PATELLA_CSV_TABLE_SESSION] = { PATELLA_CSV_SESSION_HEADER, sizeof (PatellaCsvSessionRow) },
  [PATELLA_CSV_TABLE_SET] = { PATELLA_CSV_SET_HEADER, sizeof (PatellaCsvSetRow) },
  [PATELLA_CSV_TABLE_PAIN] = { PATELLA_CSV_PAIN_HEADER, sizeof (PatellaCsvPainRow) },
  [PATELLA_CSV_TABLE_QUESTIONNAIRE] = { PATELLA_CSV_QUESTIONNAIRE_HEADER,
                                        sizeof (PatellaCsvQuestionnaireRow) },
};

void
patella_csv_set_error (GError    **error,
                       int         code,
                       const char *file_name,
                       guint       line,
                       const char *field,
                       const char *reason)
{
  if (field != NULL)
    /* Translators: file name, line number, column name, then what is wrong. */
    g_set_error (error, PATELLA_CSV_ERROR, code, _("%s, line %u, field “%s”: %s"),
                 file_name, line, field, reason);
  else
    /* Translators: file name, line number, then what is wrong. */
    g_set_error (error, PATELLA_CSV_ERROR, code, _("%s, line %u: %s"), file_name, line, reason);
}

PatellaCsvTableKind
patella_csv_table_get_kind (const PatellaCsvTable *table)
{
  return table->kind;
}

guint
patella_csv_table_get_n_rows (const PatellaCsvTable *table)
{
  return table->rows->len;
}

void
patella_csv_table_free (PatellaCsvTable *table)
{
  if (table == NULL)
    return;

  g_free (table->file_name);
  g_string_chunk_free (table->strings);
  g_clear_pointer (&table->rows, g_array_unref);
  g_free (table);
}

/* ---- field parsers: strict, since a lenient guess could store a wrong day ---- */

typedef struct
{
  PatellaCsvTable *table;
  GPtrArray       *fields;      /* this row's fields */
  char           **columns;     /* the header's names */
  guint            n_columns;
  GHashTable      *keys;        /* key -> first line, for duplicates */
  guint            line;        /* the line being read */
  guint            row_line;    /* where the current row began */
  guint            quote_line;  /* where an unclosed quote began, or 0 */
  guint            n_rows;      /* rows seen, the header included */
  GError          *error;
} Parser;

static gboolean
fail (Parser     *p,
      int         code,
      guint       column,
      const char *reason)
{
  if (p->error == NULL)
    patella_csv_set_error (&p->error, code, p->table->file_name, p->row_line,
                           column < p->n_columns ? p->columns[column] : NULL, reason);
  return FALSE;
}

static const char *
field (Parser *p,
       guint   column)
{
  return g_ptr_array_index (p->fields, column);
}

static gboolean
parse_int (Parser *p,
           guint   column,
           int     min,
           int     max,
           int     if_empty, /* G_MININT: required */
           int    *out)
{
  const char *s = field (p, column);
  gboolean negative = s[0] == '-';
  const char *digits = negative ? s + 1 : s;
  gsize n = strlen (digits);
  g_autofree char *reason = NULL;
  gint64 v = 0;

  if (s[0] == '\0' && if_empty != G_MININT)
    {
      *out = if_empty;
      return TRUE;
    }

  if (n >= 1 && n <= 9 && strspn (digits, "0123456789") == n)
    {
      for (gsize i = 0; i < n; i++)
        v = v * 10 + (digits[i] - '0');
      if (negative)
        v = -v;
      if (v >= min && v <= max)
        {
          *out = (int) v;
          return TRUE;
        }
    }

  if (s[0] == '\0')
    reason = g_strdup (_("a value is needed here"));
  else
    reason = g_strdup_printf (_("“%s” is not a whole number from %d to %d"), s, min, max);
  return fail (p, PATELLA_CSV_ERROR_VALUE, column, reason);
}

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
  int y, mo, d, h, mi, sec, oh = 0, om = 0, sign = 0;
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
    {
      sign = p[0] == '-' ? -1 : 1;
      tz = g_time_zone_new_offset (sign * (oh * 3600 + om * 60));
    }
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
parse_instant (Parser  *p,
               guint    column,
               gboolean required,
               gint64  *out)
{
  const char *s = field (p, column);
  g_autofree char *reason = NULL;

  if (s[0] == '\0' && !required)
    {
      *out = 0;
      return TRUE;
    }
  if (parse_iso8601 (s, out))
    return TRUE;

  if (s[0] == '\0')
    reason = g_strdup (_("a value is needed here"));
  else
    reason = g_strdup_printf (_("“%s” is not a time like 2026-03-29T07:30:00Z"), s);
  return fail (p, PATELLA_CSV_ERROR_VALUE, column, reason);
}

static gboolean
parse_day (Parser *p,
           guint   column,
           char    out[11])
{
  const char *s = field (p, column);
  g_autofree char *reason = NULL;

  if (patella_local_day_is_valid (s))
    {
      memcpy (out, s, 11);
      return TRUE;
    }

  reason = g_strdup_printf (_("“%s” is not a day like 2026-03-29"), s);
  return fail (p, PATELLA_CSV_ERROR_VALUE, column, reason);
}

static gboolean
parse_text (Parser      *p,
            guint        column,
            gsize        max,
            gboolean     required,
            const char **out)
{
  const char *s = field (p, column);
  g_autofree char *reason = NULL;

  if (strlen (s) <= max && (s[0] != '\0' || !required))
    {
      *out = g_string_chunk_insert_const (p->table->strings, s);
      return TRUE;
    }

  if (s[0] == '\0')
    reason = g_strdup (_("a value is needed here"));
  else
    reason = g_strdup_printf (_("the text is longer than %u characters"), (guint) max);
  return fail (p, PATELLA_CSV_ERROR_VALUE, column, reason);
}

static gboolean
parse_flags (Parser *p,
             guint   column,
             GType   type,
             guint  *out)
{
  const char *s = field (p, column);
  g_autofree char *reason = NULL;

  if (patella_flags_from_nicks (type, s, out))
    return TRUE;

  reason = g_strdup_printf (_("“%s” is not a list of known names separated by “;”"), s);
  return fail (p, PATELLA_CSV_ERROR_VALUE, column, reason);
}

static gboolean
bad_word (Parser     *p,
          guint       column,
          const char *allowed)
{
  /* Translators: the second %s lists the words, e.g. "both, left, right". */
  g_autofree char *reason = g_strdup_printf (_("“%s” is not one of: %s"),
                                             field (p, column), allowed);

  return fail (p, PATELLA_CSV_ERROR_VALUE, column, reason);
}

static gboolean
parse_state (Parser              *p,
             guint                column,
             PatellaSessionState *out)
{
  return patella_store_state_from_string (field (p, column), out)
    || bad_word (p, column, "in-progress, completed, abandoned");
}

static gboolean
parse_side (Parser           *p,
            guint             column,
            PatellaStoreSide *out)
{
  return patella_store_side_from_string (field (p, column), out)
    || bad_word (p, column, "both, left, right");
}

/* A key seen twice in one file is an error: which of the two would win? */
static gboolean
check_unique (Parser *p,
              char   *key)
{
  guint first = GPOINTER_TO_UINT (g_hash_table_lookup (p->keys, key));
  g_autofree char *reason = NULL;

  if (first == 0)
    {
      g_hash_table_insert (p->keys, key, GUINT_TO_POINTER (p->row_line));
      return TRUE;
    }

  g_free (key);
  reason = g_strdup_printf (_("the same row is already on line %u"), first);
  return fail (p, PATELLA_CSV_ERROR_DUPLICATE, 0, reason);
}

/* ---- one row of each table ---- */

static gboolean
read_session (Parser *p)
{
  PatellaCsvSessionRow row = { .line = p->row_line };

  if (!parse_instant (p, 0, TRUE, &row.started_us)
      || !parse_instant (p, 1, FALSE, &row.ended_us)
      || !parse_day (p, 2, row.day)
      || !parse_state (p, 3, &row.state)
      || !parse_int (p, 4, 0, 10, PATELLA_STORE_NO_PAIN, &row.pain_before)
      || !parse_int (p, 5, 0, 10, PATELLA_STORE_NO_PAIN, &row.pain_after)
      || !parse_text (p, 6, 4000, FALSE, &row.note))
    return FALSE;

  if ((row.state == PATELLA_SESSION_STATE_IN_PROGRESS) != (row.ended_us == 0))
    return fail (p, PATELLA_CSV_ERROR_VALUE, 1,
                 _("a session has an end time exactly when it is no longer in progress"));
  if (row.ended_us != 0 && row.ended_us < row.started_us)
    return fail (p, PATELLA_CSV_ERROR_VALUE, 1, _("the session ends before it starts"));

  if (!check_unique (p, g_strdup (field (p, 0))))
    return FALSE;

  g_array_append_val (p->table->rows, row);
  return TRUE;
}

static gboolean
read_set (Parser *p)
{
  PatellaCsvSetRow row = { .line = p->row_line };
  g_autoptr(GError) invalid = NULL;
  int substituted = 0;

  if (!parse_instant (p, 0, TRUE, &row.session_started_us)
      || !parse_text (p, 1, 64, TRUE, &row.set.exercise_id)
      || !parse_side (p, 2, &row.set.side)
      || !parse_int (p, 3, 1, 100, G_MININT, &row.set.set_number)
      || !parse_int (p, 4, 0, 1000, G_MININT, &row.set.reps_planned)
      || !parse_int (p, 5, 0, 1000, G_MININT, &row.set.reps_done)
      || !parse_int (p, 6, 0, 36000, G_MININT, &row.set.hold_s_planned)
      || !parse_int (p, 7, 0, 36000, G_MININT, &row.set.hold_s_done)
      || !parse_int (p, 8, 0, 10, PATELLA_STORE_NO_PAIN, &row.set.pain_during)
      || !parse_instant (p, 9, TRUE, &row.set.started_us)
      || !parse_instant (p, 10, TRUE, &row.set.ended_us)
      || !parse_int (p, 11, 0, 1, G_MININT, &substituted))
    return FALSE;

  row.set.substituted = substituted != 0;
  if (!patella_store_validate_set (&row.set, &invalid))
    return fail (p, PATELLA_CSV_ERROR_VALUE, 10, invalid->message);

  if (!check_unique (p, g_strjoin ("|", field (p, 0), field (p, 1), field (p, 2), field (p, 3),
                                   NULL)))
    return FALSE;

  g_array_append_val (p->table->rows, row);
  return TRUE;
}

static gboolean
read_pain (Parser *p)
{
  PatellaCsvPainRow row = { .line = p->row_line };
  g_autoptr(GError) invalid = NULL;
  guint contexts = 0, signs = 0;
  const char *note = NULL;

  if (!parse_day (p, 0, row.entry.day)
      || !parse_int (p, 1, PATELLA_PAIN_MIN, PATELLA_PAIN_MAX, G_MININT, &row.entry.usual)
      || !parse_int (p, 2, PATELLA_PAIN_MIN, PATELLA_PAIN_MAX, G_MININT, &row.entry.worst)
      || !parse_flags (p, 3, PATELLA_TYPE_PAIN_CONTEXT, &contexts)
      || !parse_flags (p, 4, PATELLA_TYPE_WARNING_SIGN, &signs)
      || !parse_text (p, 5, PATELLA_PAIN_NOTE_MAX, FALSE, &note)
      || !parse_instant (p, 6, TRUE, &row.entry.recorded_us)
      || !parse_instant (p, 7, TRUE, &row.entry.updated_us))
    return FALSE;

  row.entry.contexts = contexts;
  row.entry.signs = signs;
  row.entry.note = (char *) note;
  if (!patella_pain_entry_validate (&row.entry, NULL, &invalid))
    return fail (p, PATELLA_CSV_ERROR_VALUE, 2, invalid->message);
  if (row.entry.updated_us < row.entry.recorded_us)
    return fail (p, PATELLA_CSV_ERROR_VALUE, 7, _("the entry was updated before it was made"));

  if (!check_unique (p, g_strdup (row.entry.day)))
    return FALSE;

  g_array_append_val (p->table->rows, row);
  return TRUE;
}

static gboolean
read_questionnaire (Parser *p)
{
  PatellaCsvQuestionnaireRow row = { .line = p->row_line };
  g_autoptr(GError) invalid = NULL;

  if (!parse_text (p, 0, 32, TRUE, &row.kind)
      || !parse_day (p, 1, row.day)
      || !parse_text (p, 2, 200, TRUE, &row.answers)
      || !parse_int (p, 3, 0, 100, G_MININT, &row.score)
      || !parse_instant (p, 4, TRUE, &row.recorded_us))
    return FALSE;

  if (!g_str_equal (row.kind, PATELLA_QUESTIONNAIRE_KUJALA))
    return bad_word (p, 0, PATELLA_QUESTIONNAIRE_KUJALA);
  if (!patella_store_validate_answers (row.kind, row.answers, row.score, &invalid))
    return fail (p, PATELLA_CSV_ERROR_VALUE, 2, invalid->message);

  if (!check_unique (p, g_strjoin ("|", row.kind, row.day, NULL)))
    return FALSE;

  g_array_append_val (p->table->rows, row);
  return TRUE;
}

/* ---- rows from libcsv ---- */

static gboolean
read_header (Parser *p)
{
  g_autofree char *joined = NULL;
  char *first = g_ptr_array_index (p->fields, 0);

  /* Spreadsheets often save with a byte-order mark. */
  if (g_str_has_prefix (first, "\xef\xbb\xbf"))
    memmove (first, first + 3, strlen (first + 3) + 1);

  g_ptr_array_add (p->fields, NULL);
  joined = g_strjoinv (",", (char **) p->fields->pdata);
  g_ptr_array_remove_index (p->fields, p->fields->len - 1);

  for (guint k = 0; k < PATELLA_CSV_N_TABLES; k++)
    if (g_str_equal (joined, formats[k].header))
      {
        p->table->kind = k;
        p->table->rows = g_array_new (FALSE, TRUE, formats[k].row_size);
        p->columns = g_strsplit (formats[k].header, ",", -1);
        p->n_columns = g_strv_length (p->columns);
        return TRUE;
      }

  return fail (p, PATELLA_CSV_ERROR_HEADER, G_MAXUINT,
               _("the first line is not the header of a Patella table, such as "
                 "“" PATELLA_CSV_PAIN_HEADER "”"));
}

static void
on_field (void  *data,
          size_t len,
          void  *user_data)
{
  Parser *p = user_data;

  if (p->error != NULL)
    return;

  if (len > MAX_FIELD)
    {
      fail (p, PATELLA_CSV_ERROR_SYNTAX, G_MAXUINT, _("a field is far too long"));
      return;
    }
  /* Also refuses NUL bytes: binary junk ends here. */
  if (!g_utf8_validate_len (data, len, NULL))
    {
      fail (p, PATELLA_CSV_ERROR_SYNTAX, G_MAXUINT, _("this is not UTF-8 text"));
      return;
    }

  g_ptr_array_add (p->fields, g_strndup (data, len));
}

static void
on_row (int   terminator,
        void *user_data)
{
  Parser *p = user_data;

  if (p->error == NULL)
    {
      if (p->n_rows == 0)
        read_header (p);
      else if (p->fields->len != p->n_columns)
        {
          g_autofree char *reason =
            g_strdup_printf (_("%u fields where %u are expected"), p->fields->len, p->n_columns);
          fail (p, PATELLA_CSV_ERROR_FIELD_COUNT, G_MAXUINT, reason);
        }
      else
        switch (p->table->kind)
          {
          case PATELLA_CSV_TABLE_SESSION:
            read_session (p);
            break;
          case PATELLA_CSV_TABLE_SET:
            read_set (p);
            break;
          case PATELLA_CSV_TABLE_PAIN:
            read_pain (p);
            break;
          case PATELLA_CSV_TABLE_QUESTIONNAIRE:
            read_questionnaire (p);
            break;
          case PATELLA_CSV_N_TABLES:
          default:
            g_assert_not_reached ();
          }
    }

  p->n_rows++;
  g_ptr_array_set_size (p->fields, 0);
}

/* libcsv's own trimming of spaces is off: a note keeps its spaces. */
static int
no_space (unsigned char c)
{
  return 0;
}

/**
 * patella_csv_parse:
 * @file_name: the name used in messages
 *
 * Reads one CSV file of any Patella table (told by its header) and checks
 * every row. Nothing is written; see patella_csv_apply().
 *
 * Returns: (transfer full): the rows, or %NULL with a #PATELLA_CSV_ERROR
 *   naming the first bad line and field
 */
PatellaCsvTable *
patella_csv_parse (const char *file_name,
                   const char *data,
                   gsize       len,
                   GError    **error)
{
  g_autoptr(PatellaCsvTable) table = g_new0 (PatellaCsvTable, 1);
  Parser p = { .table = table, .line = 1, .row_line = 1 };
  struct csv_parser csv;
  gsize pos = 0;

  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (data != NULL || len == 0, NULL);

  table->file_name = g_strdup (file_name);
  table->strings = g_string_chunk_new (4096);

  if (len > PATELLA_CSV_MAX_FILE_SIZE)
    {
      patella_csv_set_error (error, PATELLA_CSV_ERROR_READ, file_name, 1, NULL,
                             _("the file is too big to be a Patella export"));
      return NULL;
    }

  if (csv_init (&csv, CSV_STRICT | CSV_STRICT_FINI) != 0)
    g_error ("Out of memory");
  csv_set_space_func (&csv, no_space);
  p.fields = g_ptr_array_new_with_free_func (g_free);
  p.keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* Fed a line at a time so every row knows the line it began on. libcsv
   * ends a row at any newline outside quotes, so a line that leaves the
   * parser unquoted ends the row, and one that leaves it quoted is inside
   * a field that began at quote_line. */
  while (pos < len && p.error == NULL)
    {
      const char *nl = memchr (data + pos, '\n', len - pos);
      gsize n = nl ? (gsize) (nl - (data + pos)) + 1 : len - pos;

      if (csv_parse (&csv, data + pos, n, on_field, on_row, &p) != n && p.error == NULL)
        {
          p.row_line = p.line;
          fail (&p, PATELLA_CSV_ERROR_SYNTAX, G_MAXUINT,
                _("this line is not well-formed CSV: a quote in the wrong place?"));
        }

      if (!csv.quoted)
        {
          p.quote_line = 0;
          p.row_line = p.line + 1;
        }
      else if (p.quote_line == 0)
        p.quote_line = p.line;

      pos += n;
      p.line++;
    }

  if (p.error == NULL && csv_fini (&csv, on_field, on_row, &p) != 0 && p.error == NULL)
    {
      p.row_line = p.quote_line ? p.quote_line : p.line;
      fail (&p, PATELLA_CSV_ERROR_SYNTAX, G_MAXUINT,
            _("a quoted field starts here and is never closed"));
    }
  csv_free (&csv);

  if (p.error == NULL && p.n_rows == 0)
    {
      p.row_line = 1;
      fail (&p, PATELLA_CSV_ERROR_HEADER, G_MAXUINT, _("the file is empty"));
    }

  g_ptr_array_unref (p.fields);
  g_hash_table_unref (p.keys);
  g_strfreev (p.columns);

  if (p.error != NULL)
    {
      g_propagate_error (error, p.error);
      return NULL;
    }

  return g_steal_pointer (&table);
}

static PatellaCsvTable *
parse_file (const char *path,
            GError    **error)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize len = 0;
  GStatBuf st;

  if (g_stat (path, &st) == 0 && st.st_size > PATELLA_CSV_MAX_FILE_SIZE)
    {
      patella_csv_set_error (error, PATELLA_CSV_ERROR_READ, name, 1, NULL,
                             _("the file is too big to be a Patella export"));
      return NULL;
    }

  if (!g_file_get_contents (path, &data, &len, &local_error))
    {
      g_set_error_literal (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_READ,
                           local_error->message);
      return NULL;
    }

  return patella_csv_parse (name, data, len, error);
}

/**
 * patella_csv_import:
 * @path: one CSV file, or a folder holding the files an export writes
 * @stats: (out) (optional): rows added and rows already there
 *
 * Reads and checks every row of every file first, then writes them all in
 * one transaction, or nothing. For `patella --import-csv FILE`.
 */
gboolean
patella_csv_import (PatellaStore          *store,
                    const char            *path,
                    PatellaCsvImportStats *stats,
                    GError               **error)
{
  static const char * const names[] = {
    PATELLA_CSV_SESSION_FILE, PATELLA_CSV_SET_FILE,
    PATELLA_CSV_PAIN_FILE, PATELLA_CSV_QUESTIONNAIRE_FILE,
  };
  g_autoptr(GPtrArray) tables =
    g_ptr_array_new_with_free_func ((GDestroyNotify) patella_csv_table_free);

  g_return_val_if_fail (PATELLA_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          g_autofree char *file = g_build_filename (path, names[i], NULL);
          PatellaCsvTable *table;

          if (!g_file_test (file, G_FILE_TEST_EXISTS))
            continue;
          table = parse_file (file, error);
          if (table == NULL)
            return FALSE;
          g_ptr_array_add (tables, table);
        }

      if (tables->len == 0)
        {
          g_autofree char *name = g_filename_display_name (path);
          g_set_error (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_READ,
                       _("“%s” holds none of the files a Patella export writes."), name);
          return FALSE;
        }
    }
  else
    {
      PatellaCsvTable *table = parse_file (path, error);

      if (table == NULL)
        return FALSE;
      g_ptr_array_add (tables, table);
    }

  return patella_csv_apply (store, (PatellaCsvTable * const *) tables->pdata, tables->len,
                            stats, error);
}
