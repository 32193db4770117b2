/* patella-csv-parse.c: reading CSV text into checked rows, by header name, before anything is written
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <csv.h>
#include <glib/gi18n.h>
#include <string.h>

#include "patella-csv-parse.h"

/* A single field longer than this is not something Patella wrote. */
#define MAX_FIELD 65536
/* Room for the largest row struct, zeroed, aligned for any of its members. */
#define ROW_WORDS 32

struct _PatellaCsvParser
{
  PatellaCsvTable        *table;
  const PatellaCsvFormat *format;      /* NULL until the header is read */
  GPtrArray              *header;      /* the file's own column names */
  guint                  *to_column;   /* header position -> column of the format */
  GPtrArray              *fields;      /* this row's fields */
  GHashTable             *keys;        /* key -> first line, for duplicates */
  GString                *pending;     /* a line not yet ended, between chunks */
  struct csv_parser       csv;
  guint                   line;        /* the line being read */
  guint                   row_line;    /* where the current row began */
  guint                   quote_line;  /* where an unclosed quote began, or 0 */
  guint                   n_rows;      /* rows seen, the header included */
  char                    today[PATELLA_LOCAL_DAY_LEN + 1];
  GError                 *error;
};

PatellaCsvTableKind
patella_csv_table_get_kind (const PatellaCsvTable *table)
{
  return table->kind;
}

guint
patella_csv_table_get_n_rows (const PatellaCsvTable *table)
{
  return table->rows ? table->rows->len : 0;
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

/* The name of the field at a header position, or its number before the
 * header is known (or past its end). */
static gboolean
fail (PatellaCsvParser *p,
      int               code,
      guint             position,
      const char       *reason)
{
  g_autofree char *number = NULL;
  const char *name = NULL;

  if (p->error != NULL)
    return FALSE;

  if (p->format != NULL && position < p->header->len)
    name = g_ptr_array_index (p->header, position);
  else if (position != G_MAXUINT)
    name = number = g_strdup_printf ("%u", position + 1);

  _patella_csv_set_error (&p->error, code, p->table->file_name, p->row_line, name, reason);
  return FALSE;
}

/* The header position of a column of the format. */
static guint
position_of (PatellaCsvParser *p,
             const char       *column)
{
  for (guint i = 0; i < p->header->len; i++)
    if (g_str_equal (g_ptr_array_index (p->header, i), column))
      return i;
  return G_MAXUINT;
}

static gboolean
fail_column (PatellaCsvParser *p,
             int               code,
             const char       *column,
             const char       *reason)
{
  return fail (p, code, position_of (p, column), reason);
}

/* A key seen twice in one file is refused, whichever way it was written
 * (07:30Z and 09:30+02:00 are one instant): which of the two would win? */
static gboolean
check_unique (PatellaCsvParser *p,
              gconstpointer     row)
{
  GString *key = g_string_new (NULL);
  gpointer first;
  g_autofree char *reason = NULL;
  gboolean same = TRUE;
  guint first_index;

  for (guint c = 0; c < p->format->n_key; c++)
    {
      g_autofree char *text = _patella_csv_column_to_text (&p->format->columns[c], row);
      g_string_append (key, text);
      g_string_append_c (key, '\x1f');
    }

  if (!g_hash_table_lookup_extended (p->keys, key->str, NULL, &first))
    {
      g_hash_table_insert (p->keys, g_string_free (key, FALSE),
                           GUINT_TO_POINTER (p->table->rows->len));
      return TRUE;
    }
  g_string_free (key, TRUE);

  first_index = GPOINTER_TO_UINT (first);
  for (guint c = p->format->n_key; c < p->format->n_columns; c++)
    same = same && _patella_csv_column_equal (&p->format->columns[c], row,
                                              patella_csv_table_row (p->table, first_index));
  reason = g_strdup_printf (same ? _("the same row is already on line %u")
                                 : _("line %u has the same key with other values; "
                                     "which one is right?"),
                            *(const guint *) patella_csv_table_row (p->table, first_index));
  return fail_column (p, PATELLA_CSV_ERROR_DUPLICATE, p->format->columns[0].name, reason);
}

/* ---- rows from libcsv ---- */

static gboolean
read_header (PatellaCsvParser *p)
{
  char *first = g_ptr_array_index (p->fields, 0);
  const PatellaCsvFormat *best = NULL;
  guint best_common = 0;
  g_autofree char *reason = NULL;
  g_autofree char *example = NULL;

  /* Spreadsheets often save with a byte-order mark. */
  if (g_str_has_prefix (first, "\xef\xbb\xbf"))
    memmove (first, first + 3, strlen (first + 3) + 1);

  g_ptr_array_extend_and_steal (p->header, g_steal_pointer (&p->fields));
  p->fields = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < p->header->len; i++)
    for (guint j = 0; j < i; j++)
      if (g_str_equal (p->header->pdata[i], p->header->pdata[j]))
        {
          reason = g_strdup_printf (_("the column “%s” appears twice"),
                                    (char *) p->header->pdata[i]);
          return fail (p, PATELLA_CSV_ERROR_HEADER, G_MAXUINT, reason);
        }

  /* The table whose columns the header names, in any order. */
  for (guint k = 0; k < PATELLA_CSV_N_TABLES; k++)
    {
      const PatellaCsvFormat *format = &patella_csv_formats[k];
      guint common = 0;

      for (guint c = 0; c < format->n_columns; c++)
        common += position_of (p, format->columns[c].name) != G_MAXUINT;
      if (common > best_common)
        {
          best = format;
          best_common = common;
        }
      if (common == format->n_columns && common == p->header->len)
        {
          p->table->kind = k;
          p->table->rows = g_array_new (FALSE, TRUE, format->row_size);
          p->to_column = g_new (guint, format->n_columns);
          for (guint c = 0; c < format->n_columns; c++)
            p->to_column[position_of (p, format->columns[c].name)] = c;
          p->format = format;
          return TRUE;
        }
    }

  /* Close to one table: say what is missing or extra. */
  if (best != NULL && best_common * 2 >= best->n_columns)
    {
      for (guint c = 0; c < best->n_columns && reason == NULL; c++)
        if (position_of (p, best->columns[c].name) == G_MAXUINT)
          reason = g_strdup_printf (_("the column “%s” of %s is missing"),
                                    best->columns[c].name, best->file);
      for (guint i = 0; i < p->header->len && reason == NULL; i++)
        {
          gboolean known = FALSE;

          for (guint c = 0; c < best->n_columns; c++)
            known = known || g_str_equal (p->header->pdata[i], best->columns[c].name);
          if (!known)
            reason = g_strdup_printf (_("“%s” is not a column of %s"),
                                      (char *) p->header->pdata[i], best->file);
        }
      return fail (p, PATELLA_CSV_ERROR_HEADER, G_MAXUINT, reason);
    }

  example = _patella_csv_header (PATELLA_CSV_TABLE_PAIN);
  reason = g_strdup_printf (_("the first line is not the header of a Patella table, such as "
                              "“%s”"), example);
  return fail (p, PATELLA_CSV_ERROR_HEADER, G_MAXUINT, reason);
}

static void
read_row (PatellaCsvParser *p)
{
  gint64 row[ROW_WORDS] = { 0 };

  g_assert (p->format->row_size <= sizeof row);
  *(guint *) row = p->row_line;

  for (guint i = 0; i < p->header->len; i++)
    {
      g_autofree char *reason =
        patella_csv_parse_value (p->table->strings, &p->format->columns[p->to_column[i]],
                                 p->fields->pdata[i], row);

      if (reason != NULL)
        {
          fail (p, PATELLA_CSV_ERROR_VALUE, i, reason);
          return;
        }
    }

  {
    const char *column = NULL;
    g_autofree char *reason = patella_csv_check_row (p->table->kind, row, p->today, &column);

    if (reason != NULL)
      {
        fail_column (p, PATELLA_CSV_ERROR_VALUE, column, reason);
        return;
      }
  }

  if (check_unique (p, row))
    g_array_append_vals (p->table->rows, row, 1);
}

static void
on_field (void  *data,
          size_t len,
          void  *user_data)
{
  PatellaCsvParser *p = user_data;

  if (p->error != NULL)
    return;

  if (len > MAX_FIELD)
    fail (p, PATELLA_CSV_ERROR_SYNTAX, p->fields->len,
          _("the field is far too long (over 64 KiB)"));
  /* Also refuses NUL bytes: binary junk ends here. */
  else if (memchr (data, '\0', len) != NULL)
    fail (p, PATELLA_CSV_ERROR_SYNTAX, p->fields->len, _("the field holds a NUL byte"));
  else if (!g_utf8_validate_len (data, len, NULL))
    fail (p, PATELLA_CSV_ERROR_SYNTAX, p->fields->len, _("the field is not UTF-8 text"));
  else
    g_ptr_array_add (p->fields, g_strndup (data, len));
}

static void
on_row (int   terminator,
        void *user_data)
{
  PatellaCsvParser *p = user_data;

  if (p->error == NULL)
    {
      if (p->n_rows == 0)
        read_header (p);
      else if (p->fields->len != p->header->len)
        {
          g_autofree char *reason =
            g_strdup_printf (_("%u fields where %u are expected"), p->fields->len,
                             p->header->len);
          /* The first field missing, or the first one too many. */
          fail (p, PATELLA_CSV_ERROR_FIELD_COUNT, MIN (p->fields->len, p->header->len), reason);
        }
      else
        read_row (p);
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

PatellaCsvParser *
patella_csv_parser_new (const char *file_name)
{
  PatellaCsvParser *p = g_new0 (PatellaCsvParser, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  p->table = g_new0 (PatellaCsvTable, 1);
  p->table->file_name = g_strdup (file_name);
  p->table->strings = g_string_chunk_new (4096);
  p->header = g_ptr_array_new_with_free_func (g_free);
  p->fields = g_ptr_array_new_with_free_func (g_free);
  p->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p->pending = g_string_new (NULL);
  p->line = p->row_line = 1;
  /* Future days are refused as the app refuses them: after today here. */
  patella_local_day_from_date_time (now, p->today);

  if (csv_init (&p->csv, CSV_STRICT | CSV_STRICT_FINI) != 0)
    g_error ("Out of memory");
  csv_set_space_func (&p->csv, no_space);

  return p;
}

void
patella_csv_parser_free (PatellaCsvParser *p)
{
  if (p == NULL)
    return;

  csv_free (&p->csv);
  patella_csv_table_free (p->table);
  g_ptr_array_unref (p->header);
  g_clear_pointer (&p->fields, g_ptr_array_unref);
  g_hash_table_unref (p->keys);
  g_string_free (p->pending, TRUE);
  g_free (p->to_column);
  g_clear_error (&p->error);
  g_free (p);
}

/* One whole line (ending in '\n', or the file's last). libcsv ends a row at
 * any newline outside quotes, so a line that leaves the parser unquoted
 * ends the row, and one that leaves it quoted is inside a field that began
 * at quote_line. */
static void
feed_line (PatellaCsvParser *p,
           const char       *data,
           gsize             n)
{
  if (csv_parse (&p->csv, data, n, on_field, on_row, p) != n && p->error == NULL)
    {
      p->row_line = p->quote_line ? p->quote_line : p->line;
      fail (p, PATELLA_CSV_ERROR_SYNTAX, p->fields->len,
            _("this is not well-formed CSV: a quote in the wrong place?"));
    }

  if (!p->csv.quoted)
    {
      p->quote_line = 0;
      p->row_line = p->line + 1;
    }
  else if (p->quote_line == 0)
    p->quote_line = p->line;

  p->line++;
}

/* Any piece of the file, in order: fed a line at a time so every row knows
 * the line it began on. */
gboolean
patella_csv_parser_feed (PatellaCsvParser *p,
                         const char       *data,
                         gsize             len)
{
  gsize pos = 0;

  while (pos < len && p->error == NULL)
    {
      const char *nl = memchr (data + pos, '\n', len - pos);
      gsize n;

      if (nl == NULL)
        {
          g_string_append_len (p->pending, data + pos, len - pos);
          break;
        }
      n = (gsize) (nl - (data + pos)) + 1;
      if (p->pending->len > 0)
        {
          g_string_append_len (p->pending, data + pos, n);
          feed_line (p, p->pending->str, p->pending->len);
          g_string_truncate (p->pending, 0);
        }
      else
        feed_line (p, data + pos, n);
      pos += n;
    }

  return p->error == NULL;
}

PatellaCsvTable *
patella_csv_parser_finish (PatellaCsvParser *p,
                           GError          **error)
{
  if (p->error == NULL && p->pending->len > 0)
    feed_line (p, p->pending->str, p->pending->len);

  if (p->error == NULL && csv_fini (&p->csv, on_field, on_row, p) != 0 && p->error == NULL)
    {
      p->row_line = p->quote_line ? p->quote_line : p->line;
      fail (p, PATELLA_CSV_ERROR_SYNTAX, p->fields->len,
            _("a quoted field starts here and is never closed"));
    }

  if (p->error == NULL && p->n_rows == 0)
    {
      p->row_line = 1;
      fail (p, PATELLA_CSV_ERROR_HEADER, G_MAXUINT, _("the file is empty"));
    }

  if (p->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&p->error));
      return NULL;
    }

  return g_steal_pointer (&p->table);
}

/**
 * patella_csv_parse:
 * @file_name: the name used in messages
 *
 * Reads one CSV file of any Patella table (told by its header, whose
 * columns may come in any order) and checks every row as the app checks
 * what it saves. Nothing is written; see patella_csv_apply().
 *
 * Returns: (transfer full): the rows, or %NULL with a #PATELLA_CSV_ERROR
 *   naming the file, the line and the field
 */
PatellaCsvTable *
patella_csv_parse (const char *file_name,
                   const char *data,
                   gsize       len,
                   GError    **error)
{
  g_autoptr(PatellaCsvParser) p = NULL;

  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (data != NULL || len == 0, NULL);

  if (len > PATELLA_CSV_MAX_FILE_SIZE)
    {
      _patella_csv_set_error (error, PATELLA_CSV_ERROR_READ, file_name, 1, NULL,
                              _("the file is too big to be a Patella export"));
      return NULL;
    }

  p = patella_csv_parser_new (file_name);
  patella_csv_parser_feed (p, data, len);
  return patella_csv_parser_finish (p, error);
}
