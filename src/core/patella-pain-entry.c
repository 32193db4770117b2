/* patella-pain-entry.c: one day's knee pain, its checks, and local calendar days
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "patella-pain-entry.h"

G_DEFINE_FLAGS_TYPE (PatellaPainContext, patella_pain_context,
  G_DEFINE_ENUM_VALUE (PATELLA_PAIN_CONTEXT_RUNNING, "running"),
  G_DEFINE_ENUM_VALUE (PATELLA_PAIN_CONTEXT_STAIRS, "stairs"),
  G_DEFINE_ENUM_VALUE (PATELLA_PAIN_CONTEXT_SQUATTING, "squatting"),
  G_DEFINE_ENUM_VALUE (PATELLA_PAIN_CONTEXT_AFTER_SITTING, "after-sitting"),
  G_DEFINE_ENUM_VALUE (PATELLA_PAIN_CONTEXT_AT_REST, "at-rest"))

G_DEFINE_FLAGS_TYPE (PatellaWarningSign, patella_warning_sign,
  G_DEFINE_ENUM_VALUE (PATELLA_WARNING_SIGN_SUDDEN_SHARP_PAIN, "sudden-sharp-pain"),
  G_DEFINE_ENUM_VALUE (PATELLA_WARNING_SIGN_SOMETHING_IN_THE_WAY, "something-in-the-way"),
  G_DEFINE_ENUM_VALUE (PATELLA_WARNING_SIGN_PAINFUL_POP, "painful-pop"),
  G_DEFINE_ENUM_VALUE (PATELLA_WARNING_SIGN_GIVING_WAY, "giving-way"),
  G_DEFINE_ENUM_VALUE (PATELLA_WARNING_SIGN_SWELLING, "swelling"),
  G_DEFINE_ENUM_VALUE (PATELLA_WARNING_SIGN_HOT_RED_FEVER, "hot-red-fever"),
  G_DEFINE_ENUM_VALUE (PATELLA_WARNING_SIGN_CANNOT_BEAR_WEIGHT, "cannot-bear-weight"))

G_DEFINE_BOXED_TYPE (PatellaPainEntry, patella_pain_entry,
                     patella_pain_entry_copy, patella_pain_entry_free)

G_DEFINE_QUARK (patella-pain-entry-error-quark, patella_pain_entry_error)

PatellaPainEntry *
patella_pain_entry_new (const char *day,
                        int         usual,
                        int         worst)
{
  PatellaPainEntry *entry = g_new0 (PatellaPainEntry, 1);

  /* A longer text would be cut to a valid-looking day: leave it empty so
   * validation refuses it instead. */
  if (day != NULL && strlen (day) < sizeof entry->day)
    g_strlcpy (entry->day, day, sizeof entry->day);
  entry->usual = usual;
  entry->worst = worst;

  return entry;
}

PatellaPainEntry *
patella_pain_entry_copy (const PatellaPainEntry *entry)
{
  PatellaPainEntry *copy;

  g_return_val_if_fail (entry != NULL, NULL);

  copy = g_memdup2 (entry, sizeof *entry);
  copy->note = g_strdup (entry->note);

  return copy;
}

void
patella_pain_entry_free (PatellaPainEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->note);
  g_free (entry);
}

void
patella_pain_entry_set_note (PatellaPainEntry *entry,
                             const char       *note)
{
  g_return_if_fail (entry != NULL);

  g_free (entry->note);
  entry->note = g_strdup (note);
}

/* NULL and "" are the same "no note". */
gboolean
patella_pain_entry_equal (const PatellaPainEntry *a,
                          const PatellaPainEntry *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return g_str_equal (a->day, b->day)
    && a->usual == b->usual
    && a->worst == b->worst
    && a->contexts == b->contexts
    && a->signs == b->signs
    && g_strcmp0 (a->note ? a->note : "", b->note ? b->note : "") == 0
    && a->recorded_us == b->recorded_us
    && a->updated_us == b->updated_us;
}

/* today may be NULL where "the future" has no meaning, e.g. an import of
 * entries made in another time zone. */
gboolean
patella_pain_entry_validate (const PatellaPainEntry *entry,
                             const char             *today,
                             GError                **error)
{
  g_return_val_if_fail (entry != NULL, FALSE);
  g_return_val_if_fail (today == NULL || patella_local_day_is_valid (today), FALSE);

  if (!patella_local_day_is_valid (entry->day))
    {
      g_set_error (error, PATELLA_PAIN_ENTRY_ERROR, PATELLA_PAIN_ENTRY_ERROR_BAD_DAY,
                   _("“%s” is not a calendar day; days are written like 2026-03-29."),
                   entry->day);
      return FALSE;
    }

  /* The fixed YYYY-MM-DD form sorts as text in calendar order. */
  if (today != NULL && strcmp (entry->day, today) > 0)
    {
      g_set_error (error, PATELLA_PAIN_ENTRY_ERROR, PATELLA_PAIN_ENTRY_ERROR_FUTURE_DAY,
                   _("Pain can only be logged for today or an earlier day, not for %s."),
                   entry->day);
      return FALSE;
    }

  if (entry->usual < PATELLA_PAIN_MIN || entry->usual > PATELLA_PAIN_MAX
      || entry->worst < PATELLA_PAIN_MIN || entry->worst > PATELLA_PAIN_MAX)
    {
      g_set_error (error, PATELLA_PAIN_ENTRY_ERROR, PATELLA_PAIN_ENTRY_ERROR_OUT_OF_RANGE,
                   _("Pain scores go from %d to %d."), PATELLA_PAIN_MIN, PATELLA_PAIN_MAX);
      return FALSE;
    }

  if (entry->worst < entry->usual)
    {
      g_set_error_literal (error, PATELLA_PAIN_ENTRY_ERROR,
                           PATELLA_PAIN_ENTRY_ERROR_WORST_BELOW_USUAL,
                           _("The worst pain of the day cannot be lower than the usual pain."));
      return FALSE;
    }

  if ((entry->contexts & ~PATELLA_PAIN_CONTEXT_ALL) != 0
      || (entry->signs & ~PATELLA_WARNING_SIGN_ALL) != 0)
    {
      g_set_error_literal (error, PATELLA_PAIN_ENTRY_ERROR, PATELLA_PAIN_ENTRY_ERROR_BAD_FLAGS,
                           _("The entry names a place or warning sign Patella does not know."));
      return FALSE;
    }

  /* Characters, as the schema's length() counts them, not bytes: a note in
   * Greek or with emoji gets the same room as one in English. */
  if (entry->note != NULL
      && (!g_utf8_validate (entry->note, -1, NULL)
          || g_utf8_strlen (entry->note, -1) > PATELLA_PAIN_NOTE_MAX))
    {
      g_set_error (error, PATELLA_PAIN_ENTRY_ERROR, PATELLA_PAIN_ENTRY_ERROR_BAD_NOTE,
                   _("The note is too long or holds unreadable characters; "
                     "keep it to %d characters or fewer."), PATELLA_PAIN_NOTE_MAX);
      return FALSE;
    }

  return TRUE;
}

char *
patella_flags_to_nicks (GType flags_type,
                        guint value)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (flags_type);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      const GFlagsValue *v = &klass->values[i];

      if (v->value != 0 && (value & v->value) == v->value)
        {
          if (out->len > 0)
            g_string_append_c (out, ';');
          g_string_append (out, v->value_nick);
        }
    }

  return g_string_free (out, FALSE);
}

/* Strict: an unknown or empty nick fails, so a typo in an edited CSV is
 * reported rather than silently dropping a warning sign. */
gboolean
patella_flags_from_nicks (GType       flags_type,
                          const char *text,
                          guint      *value)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (flags_type);
  g_auto(GStrv) parts = NULL;
  guint result = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  if (text[0] == '\0')
    {
      *value = 0;
      return TRUE;
    }

  parts = g_strsplit (text, ";", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      GFlagsValue *v = g_flags_get_value_by_nick (klass, parts[i]);

      if (v == NULL || v->value == 0)
        return FALSE;
      result |= v->value;
    }

  *value = result;
  return TRUE;
}

static gboolean
parse_digits (const char *s,
              guint       n,
              guint      *out)
{
  guint v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      v = v * 10 + (guint) (s[i] - '0');
    }

  *out = v;
  return TRUE;
}

/* Exactly YYYY-MM-DD, a real date, years 1900-9999: nothing lenient, since
 * the text form is also the sort key in the database. */
gboolean
patella_local_day_to_date (const char *day,
                           GDate      *date)
{
  guint y, m, d;

  if (day == NULL || strlen (day) != PATELLA_LOCAL_DAY_LEN || day[4] != '-' || day[7] != '-')
    return FALSE;
  if (!parse_digits (day, 4, &y) || !parse_digits (day + 5, 2, &m)
      || !parse_digits (day + 8, 2, &d))
    return FALSE;
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > 31
      || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;

  if (date != NULL)
    g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);

  return TRUE;
}

gboolean
patella_local_day_is_valid (const char *day)
{
  return patella_local_day_to_date (day, NULL);
}

/* 0 for an invalid day, as GDate itself uses. */
guint32
patella_local_day_to_julian (const char *day)
{
  GDate date;

  g_date_clear (&date, 1);
  if (!patella_local_day_to_date (day, &date))
    return 0;

  return g_date_get_julian (&date);
}

void
patella_local_day_from_date (const GDate *date,
                             char         out[PATELLA_LOCAL_DAY_LEN + 1])
{
  g_return_if_fail (date != NULL && g_date_valid (date));

  g_snprintf (out, 11, "%04u-%02u-%02u",
              (guint) g_date_get_year (date),
              (guint) g_date_get_month (date),
              (guint) g_date_get_day (date));
}

void
patella_local_day_from_julian (guint32 julian,
                               char    out[PATELLA_LOCAL_DAY_LEN + 1])
{
  GDate date;

  g_return_if_fail (g_date_valid_julian (julian));

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  patella_local_day_from_date (&date, out);
}

/* The day on the wall calendar where local_time was taken: no conversion,
 * so pass a GDateTime in the user's zone (g_date_time_new_now_local). */
void
patella_local_day_from_date_time (GDateTime *local_time,
                                  char       out[PATELLA_LOCAL_DAY_LEN + 1])
{
  int y, m, d;

  g_return_if_fail (local_time != NULL);

  g_date_time_get_ymd (local_time, &y, &m, &d);
  g_snprintf (out, 11, "%04d-%02d-%02d", y, m, d);
}

void
patella_local_day_for_instant (gint64     utc_us,
                               GTimeZone *tz,
                               char       out[PATELLA_LOCAL_DAY_LEN + 1])
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  utc = g_date_time_new_from_unix_utc (utc_us / G_USEC_PER_SEC);
  g_return_if_fail (utc != NULL);
  local = tz ? g_date_time_to_timezone (utc, tz) : g_date_time_to_local (utc);
  patella_local_day_from_date_time (local, out);
}

void
patella_local_day_add_days (const char *day,
                            int         n_days,
                            char        out[PATELLA_LOCAL_DAY_LEN + 1])
{
  GDate date;

  g_date_clear (&date, 1);
  if (!patella_local_day_to_date (day, &date))
    g_return_if_reached ();

  if (n_days >= 0)
    g_date_add_days (&date, (guint) n_days);
  else
    g_date_subtract_days (&date, (guint) -n_days);

  patella_local_day_from_date (&date, out);
}
