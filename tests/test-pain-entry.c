/* test-pain-entry.c: pain entry validation, flag names, and local calendar days across DST
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "patella-pain-entry.h"

static void
test_validate (void)
{
  struct {
    const char *day;
    int usual, worst;
    guint contexts, signs;
    const char *note;
    int code; /* -1: valid */
  } cases[] = {
    { "2026-03-29", 0, 0, 0, 0, NULL, -1 },
    { "2026-03-29", 10, 10, PATELLA_PAIN_CONTEXT_ALL, PATELLA_WARNING_SIGN_ALL, "ok", -1 },
    { "2026-03-28", 3, 7, 0, 0, "", -1 },
    { "2024-02-29", 3, 7, 0, 0, NULL, -1 },                    /* leap day */
    { "2026-03-30", 1, 1, 0, 0, NULL, PATELLA_PAIN_ENTRY_ERROR_FUTURE_DAY },
    { "2027-01-01", 1, 1, 0, 0, NULL, PATELLA_PAIN_ENTRY_ERROR_FUTURE_DAY },
    { "2025-02-29", 1, 1, 0, 0, NULL, PATELLA_PAIN_ENTRY_ERROR_BAD_DAY },
    { "2026-3-29", 1, 1, 0, 0, NULL, PATELLA_PAIN_ENTRY_ERROR_BAD_DAY },
    { "2026-03-29T", 1, 1, 0, 0, NULL, PATELLA_PAIN_ENTRY_ERROR_BAD_DAY },
    { "", 1, 1, 0, 0, NULL, PATELLA_PAIN_ENTRY_ERROR_BAD_DAY },
    { "1899-12-31", 1, 1, 0, 0, NULL, PATELLA_PAIN_ENTRY_ERROR_BAD_DAY },
    { "2026-00-10", 1, 1, 0, 0, NULL, PATELLA_PAIN_ENTRY_ERROR_BAD_DAY },
    { "2026-03-29", -1, 1, 0, 0, NULL, PATELLA_PAIN_ENTRY_ERROR_OUT_OF_RANGE },
    { "2026-03-29", 1, 11, 0, 0, NULL, PATELLA_PAIN_ENTRY_ERROR_OUT_OF_RANGE },
    { "2026-03-29", 5, 4, 0, 0, NULL, PATELLA_PAIN_ENTRY_ERROR_WORST_BELOW_USUAL },
    { "2026-03-29", 1, 1, 1 << 5, 0, NULL, PATELLA_PAIN_ENTRY_ERROR_BAD_FLAGS },
    { "2026-03-29", 1, 1, 0, 1 << 7, NULL, PATELLA_PAIN_ENTRY_ERROR_BAD_FLAGS },
    { "2026-03-29", 1, 1, 0, 0, "\xff\xfe", PATELLA_PAIN_ENTRY_ERROR_BAD_NOTE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PatellaPainEntry) e = patella_pain_entry_new (cases[i].day, cases[i].usual,
                                                              cases[i].worst);
      g_autoptr(GError) error = NULL;
      gboolean ok;

      e->contexts = cases[i].contexts;
      e->signs = cases[i].signs;
      patella_pain_entry_set_note (e, cases[i].note);
      ok = patella_pain_entry_validate (e, "2026-03-29", &error);

      if (cases[i].code < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_error (error, PATELLA_PAIN_ENTRY_ERROR, cases[i].code);
          g_assert_false (ok);
          g_assert_cmpuint (strlen (error->message), >, 10);
        }
    }
}

static void
test_note_length (void)
{
  g_autoptr(PatellaPainEntry) e = patella_pain_entry_new ("2026-01-01", 1, 1);
  g_autofree char *note = g_strnfill (PATELLA_PAIN_NOTE_MAX, 'x');
  g_autoptr(GError) error = NULL;

  e->note = g_strdup (note);
  g_assert_true (patella_pain_entry_validate (e, NULL, &error));
  patella_pain_entry_set_note (e, "");
  g_free (e->note);
  e->note = g_strconcat (note, "y", NULL);
  g_assert_false (patella_pain_entry_validate (e, NULL, &error));
  g_assert_error (error, PATELLA_PAIN_ENTRY_ERROR, PATELLA_PAIN_ENTRY_ERROR_BAD_NOTE);
}

static void
test_copy_equal (void)
{
  g_autoptr(PatellaPainEntry) a = patella_pain_entry_new ("2026-01-01", 2, 5);
  g_autoptr(PatellaPainEntry) b = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  a->contexts = PATELLA_PAIN_CONTEXT_RUNNING;
  patella_pain_entry_set_note (a, "note");
  b = patella_pain_entry_copy (a);
  g_assert_true (b->note != a->note);
  g_assert_true (patella_pain_entry_equal (a, b));
  b->worst = 6;
  g_assert_false (patella_pain_entry_equal (a, b));
  b->worst = 5;
  patella_pain_entry_set_note (b, NULL);
  g_assert_false (patella_pain_entry_equal (a, b));
  patella_pain_entry_set_note (a, "");
  g_assert_true (patella_pain_entry_equal (a, b)); /* "" and NULL: both no note */

  /* As a boxed GValue, for properties and signals. */
  g_value_init (&value, PATELLA_TYPE_PAIN_ENTRY);
  g_value_set_boxed (&value, a);
  g_assert_true (patella_pain_entry_equal (g_value_get_boxed (&value), a));
}

static void
test_flags (void)
{
  g_autofree char *text = NULL;
  g_autofree char *signs = NULL;
  guint value = 0;

  text = patella_flags_to_nicks (PATELLA_TYPE_PAIN_CONTEXT,
                                 PATELLA_PAIN_CONTEXT_RUNNING | PATELLA_PAIN_CONTEXT_AT_REST);
  g_assert_cmpstr (text, ==, "running;at-rest");
  g_assert_true (patella_flags_from_nicks (PATELLA_TYPE_PAIN_CONTEXT, text, &value));
  g_assert_cmpuint (value, ==, PATELLA_PAIN_CONTEXT_RUNNING | PATELLA_PAIN_CONTEXT_AT_REST);

  signs = patella_flags_to_nicks (PATELLA_TYPE_WARNING_SIGN, PATELLA_WARNING_SIGN_ALL);
  g_assert_cmpstr (signs, ==, "sudden-sharp-pain;something-in-the-way;painful-pop;giving-way;"
                              "swelling;hot-red-fever;cannot-bear-weight");
  g_assert_true (patella_flags_from_nicks (PATELLA_TYPE_WARNING_SIGN, signs, &value));
  g_assert_cmpuint (value, ==, PATELLA_WARNING_SIGN_ALL);

  g_assert_true (patella_flags_from_nicks (PATELLA_TYPE_WARNING_SIGN, "", &value));
  g_assert_cmpuint (value, ==, 0);
  g_clear_pointer (&text, g_free);
  text = patella_flags_to_nicks (PATELLA_TYPE_WARNING_SIGN, 0);
  g_assert_cmpstr (text, ==, "");

  value = 99;
  g_assert_false (patella_flags_from_nicks (PATELLA_TYPE_PAIN_CONTEXT, "running;", &value));
  g_assert_false (patella_flags_from_nicks (PATELLA_TYPE_PAIN_CONTEXT, "runing", &value));
  g_assert_false (patella_flags_from_nicks (PATELLA_TYPE_PAIN_CONTEXT, "swelling", &value));
  g_assert_false (patella_flags_from_nicks (PATELLA_TYPE_PAIN_CONTEXT, "Running", &value));
  g_assert_cmpuint (value, ==, 99);
}

static void
test_days (void)
{
  GDate date;
  char out[11];

  g_assert_true (patella_local_day_is_valid ("2026-12-31"));
  g_assert_false (patella_local_day_is_valid (NULL));
  g_assert_false (patella_local_day_is_valid ("2026-12-32"));
  g_assert_false (patella_local_day_is_valid ("2026-12-3a"));
  g_assert_false (patella_local_day_is_valid ("+026-12-30"));
  g_assert_false (patella_local_day_is_valid ("2026/12/30"));
  g_assert_cmpuint (patella_local_day_to_julian ("nonsense"), ==, 0);

  g_date_clear (&date, 1);
  g_assert_true (patella_local_day_to_date ("2026-02-28", &date));
  g_assert_cmpint (g_date_get_day (&date), ==, 28);
  patella_local_day_from_julian (patella_local_day_to_julian ("2026-02-28") + 1, out);
  g_assert_cmpstr (out, ==, "2026-03-01");
  patella_local_day_from_date (&date, out);
  g_assert_cmpstr (out, ==, "2026-02-28");

  patella_local_day_add_days ("2026-12-31", 1, out);
  g_assert_cmpstr (out, ==, "2027-01-01");
  patella_local_day_add_days ("2024-03-01", -1, out);
  g_assert_cmpstr (out, ==, "2024-02-29");
  patella_local_day_add_days ("2026-10-25", -6, out);
  g_assert_cmpstr (out, ==, "2026-10-19");
  patella_local_day_add_days ("2026-10-25", 0, out);
  g_assert_cmpstr (out, ==, "2026-10-25");
}

/* Each case: a wall-clock time in Berlin on or around a change, and the
 * day it belongs to; the UTC date differs for the late-evening ones. */
static void
test_days_across_dst (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  struct { int mo, d, h, mi; const char *day; } cases[] = {
    { 3, 29, 0, 30, "2026-03-29" },   /* before the spring change */
    { 3, 29, 3, 30, "2026-03-29" },   /* after it: 02:00 became 03:00 */
    { 3, 29, 23, 59, "2026-03-29" },
    { 3, 30, 0, 0, "2026-03-30" },
    { 10, 25, 2, 30, "2026-10-25" },  /* the hour that happens twice */
    { 10, 25, 23, 30, "2026-10-25" }, /* 22:30 UTC */
    { 10, 24, 23, 30, "2026-10-24" }, /* 21:30 UTC */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) local = g_date_time_new (berlin, 2026, cases[i].mo, cases[i].d,
                                                    cases[i].h, cases[i].mi, 0);
      gint64 us = g_date_time_to_unix (local) * G_USEC_PER_SEC;
      char day[11], again[11];

      patella_local_day_from_date_time (local, day);
      g_assert_cmpstr (day, ==, cases[i].day);
      patella_local_day_for_instant (us, berlin, again);
      g_assert_cmpstr (again, ==, cases[i].day);
    }

  /* The spring day has 23 hours and the autumn one 25, but each is one day. */
  g_assert_cmpuint (patella_local_day_to_julian ("2026-03-30")
                    - patella_local_day_to_julian ("2026-03-29"), ==, 1);
  g_assert_cmpuint (patella_local_day_to_julian ("2026-10-26")
                    - patella_local_day_to_julian ("2026-10-25"), ==, 1);
}

/* Two entries made from the same instant in different zones land on the
 * local day where the person was, not on a UTC day. */
static void
test_days_zone_change (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GTimeZone) tokyo = g_time_zone_new_identifier ("Asia/Tokyo");
  gint64 us = (gint64) 1780356600 * G_USEC_PER_SEC; /* 2026-06-01 23:30 UTC */
  char day[11];

  patella_local_day_for_instant (us, berlin, day);
  g_assert_cmpstr (day, ==, "2026-06-02");
  patella_local_day_for_instant (us, new_york, day);
  g_assert_cmpstr (day, ==, "2026-06-01");
  patella_local_day_for_instant (us, tokyo, day);
  g_assert_cmpstr (day, ==, "2026-06-02");
  patella_local_day_for_instant (us, NULL, day); /* TZ=UTC here */
  g_assert_cmpstr (day, ==, "2026-06-01");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pain-entry/validate", test_validate);
  g_test_add_func ("/pain-entry/note-length", test_note_length);
  g_test_add_func ("/pain-entry/copy-equal", test_copy_equal);
  g_test_add_func ("/pain-entry/flags", test_flags);
  g_test_add_func ("/local-day/basics", test_days);
  g_test_add_func ("/local-day/dst", test_days_across_dst);
  g_test_add_func ("/local-day/zone-change", test_days_zone_change);

  return g_test_run ();
}
