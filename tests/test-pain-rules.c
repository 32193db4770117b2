/* test-pain-rules.c: the diary's rules end to end: one entry a local day, DST, zones, signs
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-kujala.h"
#include "patella-store.h"
#include "patella-warning-signs.h"
#include "store-test-util.h"

typedef struct
{
  char         *dir;
  PatellaStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = test_make_tmp_dir ();
  path = g_build_filename (f->dir, "patella.db", NULL);
  f->store = patella_store_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  test_rm_rf (f->dir);
  g_free (f->dir);
}

/* What the Today card does: the day comes from "now" in the user's zone. */
static gboolean
log_today (PatellaStore  *store,
           GDateTime     *now,
           int            usual,
           int            worst,
           GError       **error)
{
  g_autoptr(PatellaPainEntry) entry = NULL;
  char day[11];

  patella_local_day_from_date_time (now, day);
  entry = patella_store_get_pain (store, day, NULL);
  if (entry == NULL)
    entry = patella_pain_entry_new (day, usual, worst);
  entry->usual = usual;
  entry->worst = worst;

  return patella_store_save_pain (store, entry, now, error);
}

static guint
count_entries (PatellaStore *store)
{
  g_autoptr(GPtrArray) all = patella_store_list_pain (store, NULL);

  g_assert_nonnull (all);
  return all->len;
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GDateTime) now = test_local_time ("Europe/Berlin", 2026, 6, 10, 9, 0);
  struct {
    const char *day;
    int usual, worst;
    guint extra_signs;
    int code;  /* -1: accepted */
  } cases[] = {
    { "2026-06-10", 0, 0, 0, -1 },
    { "2026-06-10", 10, 10, 0, -1 },
    { "2026-06-09", 3, 7, 0, -1 },
    { "2026-06-10", -1, 2, 0, PATELLA_PAIN_ENTRY_ERROR_OUT_OF_RANGE },
    { "2026-06-10", 2, 11, 0, PATELLA_PAIN_ENTRY_ERROR_OUT_OF_RANGE },
    { "2026-06-10", 6, 5, 0, PATELLA_PAIN_ENTRY_ERROR_WORST_BELOW_USUAL },
    { "2026-06-11", 1, 1, 0, PATELLA_PAIN_ENTRY_ERROR_FUTURE_DAY },
    { "2027-01-01", 1, 1, 0, PATELLA_PAIN_ENTRY_ERROR_FUTURE_DAY },
    { "2026-02-30", 1, 1, 0, PATELLA_PAIN_ENTRY_ERROR_BAD_DAY },
    { "2026-06-10", 1, 1, 1u << 9, PATELLA_PAIN_ENTRY_ERROR_BAD_FLAGS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PatellaPainEntry) entry = patella_pain_entry_new (cases[i].day, 0, 0);
      g_autoptr(GError) error = NULL;
      gboolean ok;

      entry->usual = cases[i].usual;
      entry->worst = cases[i].worst;
      entry->signs = cases[i].extra_signs;
      ok = patella_store_save_pain (f->store, entry, now, &error);

      if (cases[i].code < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_autoptr(GError) why = NULL;

          /* The store refuses it as invalid; the entry's own check says why. */
          g_assert_false (ok);
          g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID);
          g_assert_false (patella_pain_entry_validate (entry, "2026-06-10", &why));
          g_assert_error (why, PATELLA_PAIN_ENTRY_ERROR, cases[i].code);
          /* Refused entries leave nothing behind. */
          if (cases[i].code != PATELLA_PAIN_ENTRY_ERROR_BAD_DAY)
            {
              g_autoptr(PatellaPainEntry) stored =
                patella_store_get_pain (f->store, cases[i].day, NULL);

              if (stored != NULL)
                g_assert_cmpint (stored->worst, >=, stored->usual);
            }
        }
    }

  g_assert_cmpuint (count_entries (f->store), ==, 2);
}

static void
test_one_per_day_edits (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GDateTime) morning = test_local_time ("Europe/Berlin", 2026, 6, 10, 7, 5);
  g_autoptr(GDateTime) evening = test_local_time ("Europe/Berlin", 2026, 6, 10, 22, 40);
  g_autoptr(PatellaPainEntry) first = NULL;
  g_autoptr(PatellaPainEntry) second = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (log_today (f->store, morning, 2, 3, &error));
  g_assert_no_error (error);
  first = patella_store_get_pain (f->store, "2026-06-10", &error);

  g_assert_true (log_today (f->store, evening, 3, 6, &error));
  g_assert_no_error (error);
  second = patella_store_get_pain (f->store, "2026-06-10", &error);

  /* Still one entry: the evening changed the morning's. */
  g_assert_cmpuint (count_entries (f->store), ==, 1);
  g_assert_cmpint (second->usual, ==, 3);
  g_assert_cmpint (second->worst, ==, 6);
  g_assert_cmpint (second->recorded_us, ==, first->recorded_us);
  g_assert_cmpint (second->updated_us, >, first->updated_us);
}

static void
test_edit_and_undo_delete (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GDateTime) now = test_local_time ("Europe/Berlin", 2026, 6, 10, 9, 0);
  g_autoptr(PatellaPainEntry) entry = patella_pain_entry_new ("2026-06-08", 4, 6);
  g_autoptr(PatellaPainEntry) saved = NULL;
  g_autoptr(PatellaPainEntry) deleted = NULL;
  g_autoptr(PatellaPainEntry) restored = NULL;
  g_autoptr(GError) error = NULL;

  entry->contexts = PATELLA_PAIN_CONTEXT_STAIRS | PATELLA_PAIN_CONTEXT_RUNNING;
  entry->signs = PATELLA_WARNING_SIGN_SWELLING;
  patella_pain_entry_set_note (entry, "Stiff after the long run.");
  g_assert_true (patella_store_save_pain (f->store, entry, now, &error));

  /* An edit of a past day from the diary. */
  saved = patella_store_get_pain (f->store, "2026-06-08", &error);
  saved->worst = 7;
  patella_pain_entry_set_note (saved, "Stiff after the long run; ice helped.");
  g_assert_true (patella_store_save_pain (f->store, saved, now, &error));
  g_clear_pointer (&saved, patella_pain_entry_free);
  saved = patella_store_get_pain (f->store, "2026-06-08", &error);
  g_assert_cmpint (saved->worst, ==, 7);
  g_assert_cmpstr (saved->note, ==, "Stiff after the long run; ice helped.");

  deleted = patella_store_delete_pain (f->store, "2026-06-08", &error);
  g_assert_no_error (error);
  g_assert_nonnull (deleted);
  g_assert_null (patella_store_get_pain (f->store, "2026-06-08", NULL));
  g_assert_cmpuint (count_entries (f->store), ==, 0);

  /* Undo puts it back exactly, times included. */
  g_assert_true (patella_store_restore_pain (f->store, deleted, &error));
  restored = patella_store_get_pain (f->store, "2026-06-08", &error);
  g_assert_true (patella_pain_entry_equal (restored, saved));
}

/* 2026-03-29: clocks jump from 02:00 to 03:00 in Berlin; the day has 23 hours. */
static void
test_dst_spring (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GDateTime) before = test_local_time ("Europe/Berlin", 2026, 3, 29, 1, 30);
  g_autoptr(GDateTime) after = test_local_time ("Europe/Berlin", 2026, 3, 29, 3, 30);
  g_autoptr(GDateTime) late = test_local_time ("Europe/Berlin", 2026, 3, 29, 23, 59);
  g_autoptr(GDateTime) next = test_local_time ("Europe/Berlin", 2026, 3, 30, 0, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;

  /* One hour apart on the wall, the same instant gap as 01:30 to 02:30 UTC. */
  g_assert_cmpint (g_date_time_difference (after, before), ==, G_TIME_SPAN_HOUR);

  g_assert_true (log_today (f->store, before, 1, 2, &error));
  g_assert_true (log_today (f->store, after, 2, 4, &error));
  g_assert_true (log_today (f->store, late, 2, 5, &error));
  g_assert_cmpuint (count_entries (f->store), ==, 1);

  g_assert_true (log_today (f->store, next, 0, 1, &error));
  g_assert_no_error (error);
  all = patella_store_list_pain (f->store, &error);
  g_assert_cmpuint (all->len, ==, 2);
  g_assert_cmpstr (((PatellaPainEntry *) all->pdata[0])->day, ==, "2026-03-30");
  g_assert_cmpstr (((PatellaPainEntry *) all->pdata[1])->day, ==, "2026-03-29");
  g_assert_cmpint (((PatellaPainEntry *) all->pdata[1])->worst, ==, 5);
}

/* 2026-10-25: 03:00 CEST goes back to 02:00 CET; 02:30 happens twice. */
static void
test_dst_autumn (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  /* 00:30 UTC is 02:30 CEST; 01:30 UTC is 02:30 CET. */
  g_autoptr(GDateTime) first_utc = g_date_time_new_utc (2026, 10, 25, 0, 30, 0);
  g_autoptr(GDateTime) second_utc = g_date_time_new_utc (2026, 10, 25, 1, 30, 0);
  g_autoptr(GDateTime) first = g_date_time_to_timezone (first_utc, berlin);
  g_autoptr(GDateTime) second = g_date_time_to_timezone (second_utc, berlin);
  g_autoptr(GDateTime) last = test_local_time ("Europe/Berlin", 2026, 10, 25, 23, 59);
  g_autoptr(GDateTime) next = test_local_time ("Europe/Berlin", 2026, 10, 26, 0, 0);
  g_autoptr(GError) error = NULL;
  char day[11];

  g_assert_cmpint (g_date_time_get_hour (first), ==, 2);
  g_assert_cmpint (g_date_time_get_hour (second), ==, 2);
  g_assert_true (g_date_time_is_daylight_savings (first));
  g_assert_false (g_date_time_is_daylight_savings (second));

  g_assert_true (log_today (f->store, first, 3, 3, &error));
  g_assert_true (log_today (f->store, second, 3, 4, &error));
  g_assert_true (log_today (f->store, last, 3, 5, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_entries (f->store), ==, 1);

  g_assert_true (log_today (f->store, next, 1, 1, &error));
  g_assert_cmpuint (count_entries (f->store), ==, 2);

  /* The process zone (TZ, set in main) agrees with the named zone. */
  patella_local_day_for_instant (g_date_time_to_unix (second_utc) * G_USEC_PER_SEC, NULL, day);
  g_assert_cmpstr (day, ==, "2026-10-25");
}

/* A flight from Berlin to Los Angeles between two entries. */
static void
test_zone_change (Fixture       *f,
                  gconstpointer  data)
{
  /* 00:30 on the 11th in Berlin is 15:30 on the 10th in Los Angeles. */
  g_autoptr(GDateTime) berlin = test_local_time ("Europe/Berlin", 2026, 5, 11, 0, 30);
  g_autoptr(GDateTime) la = test_local_time ("America/Los_Angeles", 2026, 5, 10, 19, 0);
  g_autoptr(GDateTime) la_next = test_local_time ("America/Los_Angeles", 2026, 5, 11, 8, 0);
  g_autoptr(PatellaPainEntry) ahead = patella_pain_entry_new ("2026-05-12", 1, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;

  g_assert_cmpint (g_date_time_compare (la, berlin), >, 0);

  g_assert_true (log_today (f->store, berlin, 2, 3, &error));
  /* Later in time, but an earlier day on the wall in LA: its own entry. */
  g_assert_true (log_today (f->store, la, 4, 6, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_entries (f->store), ==, 2);

  /* The next LA morning is the 11th again: it edits the Berlin entry. */
  g_assert_true (log_today (f->store, la_next, 1, 2, &error));
  g_assert_cmpuint (count_entries (f->store), ==, 2);

  /* The 12th is still to come in LA. */
  g_assert_false (patella_store_save_pain (f->store, ahead, la_next, &error));
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (patella_pain_entry_validate (ahead, "2026-05-11", &error));
  g_assert_error (error, PATELLA_PAIN_ENTRY_ERROR, PATELLA_PAIN_ENTRY_ERROR_FUTURE_DAY);

  all = patella_store_list_pain (f->store, NULL);
  g_assert_cmpstr (((PatellaPainEntry *) all->pdata[0])->day, ==, "2026-05-11");
  g_assert_cmpint (((PatellaPainEntry *) all->pdata[0])->usual, ==, 1);
  g_assert_cmpstr (((PatellaPainEntry *) all->pdata[1])->day, ==, "2026-05-10");
  g_assert_cmpint (((PatellaPainEntry *) all->pdata[1])->worst, ==, 6);
}

static PatellaWarningSign
standing (PatellaStore *store,
          GDateTime    *now,
          char          latest[11])
{
  PatellaWarningSign signs = 0;
  g_autoptr(GError) error = NULL;

  g_assert_true (patella_store_get_recent_warning_signs (store, now,
                                                         PATELLA_WARNING_SIGN_STANDS_DAYS,
                                                         &signs, latest, &error));
  g_assert_no_error (error);
  return signs;
}

/* Logged just after midnight in Berlin, read the same evening in Los
 * Angeles, where that day has not begun: the sign still stands. */
static void
test_sign_stands_after_flying_west (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GDateTime) berlin = test_local_time ("Europe/Berlin", 2026, 5, 11, 0, 30);
  g_autoptr(GDateTime) la = test_local_time ("America/Los_Angeles", 2026, 5, 10, 19, 0);
  g_autoptr(PatellaPainEntry) entry = patella_pain_entry_new ("2026-05-11", 2, 6);
  g_autoptr(GError) error = NULL;
  char latest[11] = "";

  entry->signs = PATELLA_WARNING_SIGN_PAINFUL_POP;
  g_assert_true (patella_store_save_pain (f->store, entry, berlin, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (standing (f->store, la, latest), ==, PATELLA_WARNING_SIGN_PAINFUL_POP);
  g_assert_cmpstr (latest, ==, "2026-05-11");
}

/* A sign logged on the 25th stands to the 31st and is gone on 1 April,
 * although that week holds the 23-hour day. */
static void
test_sign_stands_seven_days (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GDateTime) logged = test_local_time ("Europe/Berlin", 2026, 3, 25, 21, 0);
  g_autoptr(GDateTime) last = test_local_time ("Europe/Berlin", 2026, 3, 31, 23, 59);
  g_autoptr(GDateTime) gone = test_local_time ("Europe/Berlin", 2026, 4, 1, 0, 0);
  g_autoptr(PatellaPainEntry) entry = patella_pain_entry_new ("2026-03-25", 3, 8);
  g_autoptr(GError) error = NULL;
  char latest[11] = "";
  char clear[11];
  g_autofree char *advice = NULL;

  entry->signs = PATELLA_WARNING_SIGN_SWELLING | PATELLA_WARNING_SIGN_GIVING_WAY;
  g_assert_true (patella_store_save_pain (f->store, entry, logged, &error));

  g_assert_cmpuint (standing (f->store, logged, latest), ==, entry->signs);
  g_assert_cmpstr (latest, ==, "2026-03-25");
  g_assert_cmpuint (standing (f->store, last, latest), ==, entry->signs);
  g_assert_cmpuint (standing (f->store, gone, latest), ==, 0);
  g_assert_cmpstr (latest, ==, "");

  patella_warning_signs_clear_day ("2026-03-25", clear);
  g_assert_cmpstr (clear, ==, "2026-04-01");

  /* The advice names the signs, sends the user to a clinician, and gives
   * the short-term care for swelling. */
  advice = patella_warning_signs_get_advice (entry->signs);
  g_assert_nonnull (strstr (advice, "Swelling in or around the knee"));
  g_assert_nonnull (strstr (advice, "The knee gives way"));
  g_assert_nonnull (strstr (advice, "physical therapist or a doctor"));
  g_assert_nonnull (strstr (advice, "10 to 20 minutes, 2 to 3 times a day"));
  g_assert_nonnull (strstr (advice, "Do not run"));
}

static void
test_advice_texts (void)
{
  g_autofree char *pop = patella_warning_signs_get_advice (PATELLA_WARNING_SIGN_PAINFUL_POP);
  g_autofree char *fever = patella_warning_signs_get_advice (PATELLA_WARNING_SIGN_HOT_RED_FEVER);
  g_autofree char *contexts = NULL;

  g_assert_null (patella_warning_signs_get_advice (PATELLA_WARNING_SIGN_NONE));
  g_assert_null (patella_warning_signs_get_title (PATELLA_WARNING_SIGN_NONE));
  g_assert_nonnull (patella_warning_signs_get_title (PATELLA_WARNING_SIGN_PAINFUL_POP));

  /* Ice is advice for swelling only. */
  g_assert_null (strstr (pop, "ice"));
  g_assert_nonnull (strstr (pop, "more than a muscle imbalance"));
  g_assert_nonnull (strstr (fever, "needs a doctor soon"));

  for (guint i = 0; i < G_N_ELEMENTS (PATELLA_WARNING_SIGNS); i++)
    g_assert_cmpuint (strlen (patella_warning_sign_get_label (PATELLA_WARNING_SIGNS[i])), >, 5);
  contexts = patella_pain_contexts_to_text (PATELLA_PAIN_CONTEXT_AT_REST
                                            | PATELLA_PAIN_CONTEXT_RUNNING);
  g_assert_cmpstr (contexts, ==, "Running, At rest");
}

static void
test_kujala_schedule (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GDateTime) start = test_local_time ("Europe/Berlin", 2026, 3, 20, 18, 0);
  g_autoptr(GPtrArray) taken = NULL;
  g_autoptr(GError) error = NULL;
  const PatellaStoreQuestionnaire *q;
  const int answers[PATELLA_KUJALA_N_QUESTIONS] = { 0, 0, 1, 2, 1, 2, 1, 3, 1, 0, 1, 1, 0 };
  g_autofree char *text = patella_kujala_answers_to_string (answers);
  int parsed[PATELLA_KUJALA_N_QUESTIONS];
  int score;

  /* Nothing yet: due on the first day. */
  taken = patella_store_list_questionnaires (f->store, PATELLA_QUESTIONNAIRE_KUJALA, &error);
  g_assert_cmpuint (taken->len, ==, 0);
  g_assert_true (patella_kujala_is_due (NULL, "2026-03-20"));
  g_clear_pointer (&taken, g_ptr_array_unref);

  g_assert_true (patella_kujala_score (answers, &score, &error));
  g_assert_true (patella_store_save_questionnaire (f->store, PATELLA_QUESTIONNAIRE_KUJALA,
                                                   "2026-03-20", text, score, start, &error));
  g_assert_no_error (error);

  taken = patella_store_list_questionnaires (f->store, PATELLA_QUESTIONNAIRE_KUJALA, &error);
  g_assert_cmpuint (taken->len, ==, 1);
  q = g_ptr_array_index (taken, 0);
  g_assert_cmpint (q->score, ==, 71);
  g_assert_true (patella_kujala_answers_from_string (q->answers, parsed));
  g_assert_cmpmem (parsed, sizeof parsed, answers, sizeof answers);

  /* Two weeks later, across the spring change, the next is due. */
  g_assert_false (patella_kujala_is_due (q->day, "2026-04-02"));
  g_assert_true (patella_kujala_is_due (q->day, "2026-04-03"));
}

int
main (int   argc,
      char *argv[])
{
  /* The process zone matters for the "for instant" checks; set it before
   * GLib caches the local zone. */
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/pain-rules/validation", test_validation);
  ADD ("/pain-rules/one-per-day", test_one_per_day_edits);
  ADD ("/pain-rules/edit-undo-delete", test_edit_and_undo_delete);
  ADD ("/pain-rules/dst/spring-2026-03-29", test_dst_spring);
  ADD ("/pain-rules/dst/autumn-2026-10-25", test_dst_autumn);
  ADD ("/pain-rules/zone-change", test_zone_change);
  ADD ("/pain-rules/warning-signs/seven-days", test_sign_stands_seven_days);
  ADD ("/pain-rules/warning-signs/after-flying-west", test_sign_stands_after_flying_west);
  ADD ("/pain-rules/kujala-schedule", test_kujala_schedule);
#undef ADD
  g_test_add_func ("/pain-rules/warning-signs/advice", test_advice_texts);

  return g_test_run ();
}
