/* make-diary.c: a diary of many years, the same for the same seed, for benchmarks
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As a program (built from this file with -DMAKE_DIARY_MAIN):
 *   _build/tests/make-diary --years 50 --seed 1 /tmp/fifty.db
 * As a function: make_diary() in make-diary.h, for benchmarks that need one.
 * The rows go in through the CSV importer, so they pass every check the app
 * applies, in one transaction: a 50-year diary takes a few seconds.
 */
#include "config.h"

#include "make-diary.h"
#include "patella-csv-import.h"
#include "patella-kujala.h"
#include "patella-store.h"

static const char * const exercises[] = {
  "clamshell", "glute-bridge", "wall-squat", "straight-leg-raise", "heel-raise",
};

static char *
instant (gint64 utc_us)
{
  g_autoptr(GDateTime) t = g_date_time_new_from_unix_utc (utc_us / G_USEC_PER_SEC);

  return g_date_time_format (t, "%Y-%m-%dT%H:%M:%SZ");
}

static gboolean
add_table (PatellaStore *store,
           const char   *name,
           GString      *csv,
           GError      **error)
{
  g_autoptr(PatellaCsvTable) table = patella_csv_parse (name, csv->str, csv->len, error);

  return table != NULL && patella_csv_apply (store, &table, 1, NULL, error);
}

gboolean
make_diary (const char *path,
            guint       years,
            guint32     seed,
            GError    **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(GString) pain = g_string_new ("day,usual,worst,contexts,warning_signs,note,"
                                          "recorded,updated\n");
  g_autoptr(GString) sessions = g_string_new ("started,ended,day,state,pain_before,pain_after,"
                                              "note\n");
  g_autoptr(GString) sets = g_string_new ("session_started,exercise,side,set_number,"
                                          "reps_planned,reps_done,hold_s_planned,hold_s_done,"
                                          "pain_during,started,ended,substituted\n");
  g_autoptr(GString) questionnaires = g_string_new ("kind,day,answers,score,recorded\n");
  GDate last, day;
  guint n_days;

  g_return_val_if_fail (!g_file_test (path, G_FILE_TEST_EXISTS), FALSE);

  g_date_set_parse (&last, MAKE_DIARY_LAST_DAY);
  n_days = (guint) (years * 365.25 + 0.5);
  day = last;
  g_date_subtract_days (&day, n_days - 1);

  for (guint i = 0; i < n_days; i++, g_date_add_days (&day, 1))
    {
      char name[PATELLA_LOCAL_DAY_LEN + 1];
      g_autoptr(GDateTime) midnight = NULL;
      gint64 t0;
      int usual = g_rand_int_range (rand, 0, 8);

      patella_local_day_from_date (&day, name);
      midnight = g_date_time_new_utc (g_date_get_year (&day), g_date_get_month (&day),
                                      g_date_get_day (&day), 0, 0, 0);
      t0 = g_date_time_to_unix (midnight) * G_USEC_PER_SEC;

      {
        g_autofree char *recorded = instant (t0 + 20 * G_TIME_SPAN_HOUR);

        g_string_append_printf (pain, "%s,%d,%d,%s,,%s,%s,%s\n", name, usual,
                                usual + g_rand_int_range (rand, 0, 3),
                                g_rand_int_range (rand, 0, 4) == 0 ? "stairs" : "",
                                g_rand_int_range (rand, 0, 10) == 0 ? "\"sore, after a run\"" : "",
                                recorded, recorded);
      }

      /* 1,310 sessions in 1,826 days. */
      if (g_rand_double (rand) < 0.7174)
        {
          gint64 start = t0 + 7 * G_TIME_SPAN_HOUR
                         + g_rand_int_range (rand, 0, 600) * G_TIME_SPAN_MINUTE;
          g_autofree char *s0 = instant (start);
          g_autofree char *s1 = instant (start + 40 * G_TIME_SPAN_MINUTE);

          g_string_append_printf (sessions, "%s,%s,%s,completed,%d,%d,\n", s0, s1, name,
                                  usual, MAX (usual - 1, 0));
          for (int k = 0; k < 9; k++)
            {
              g_autofree char *k0 = instant (start + (k * 4 + 1) * G_TIME_SPAN_MINUTE);
              g_autofree char *k1 = instant (start + (k * 4 + 3) * G_TIME_SPAN_MINUTE);

              g_string_append_printf (sets, "%s,%s,%s,%d,12,%d,0,0,%s,%s,%s,0\n", s0,
                                      exercises[k / 2 % G_N_ELEMENTS (exercises)],
                                      k % 2 ? "left" : "right", k / 10 + 1,
                                      g_rand_int_range (rand, 8, 13),
                                      k == 0 ? "2" : "", k0, k1);
            }
        }

      if (i % PATELLA_KUJALA_INTERVAL_DAYS == 0)
        {
          int answers[PATELLA_KUJALA_N_QUESTIONS];
          g_autofree char *text = NULL;
          g_autofree char *recorded = instant (t0 + 21 * G_TIME_SPAN_HOUR);
          int score = 0;

          for (guint q = 0; q < PATELLA_KUJALA_N_QUESTIONS; q++)
            answers[q] = g_rand_int_range (rand, 0, (int) patella_kujala_question_get_n_choices (q));
          if (!patella_kujala_score (answers, &score, error))
            return FALSE;
          text = patella_kujala_answers_to_string (answers);
          g_string_append_printf (questionnaires, "kujala,%s,\"%s\",%d,%s\n", name, text, score,
                                  recorded);
        }
    }

  store = patella_store_open (path, error);
  return store != NULL
    && add_table (store, "session.csv", sessions, error)
    && add_table (store, "session_set.csv", sets, error)
    && add_table (store, "pain_entry.csv", pain, error)
    && add_table (store, "questionnaire.csv", questionnaires, error);
}

#ifdef MAKE_DIARY_MAIN
int
main (int   argc,
      char *argv[])
{
  int years = 5, seed = 1;
  const GOptionEntry entries[] = {
    { "years", 0, 0, G_OPTION_ARG_INT, &years, "How many years (5)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Random seed (1)", "S" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE — make a diary for benchmarks");
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || years < 1)
    {
      g_printerr ("%s\n", error ? error->message : "Usage: make-diary [--years N] [--seed S] FILE");
      return 2;
    }

  if (!make_diary (argv[1], (guint) years, (guint32) seed, &error))
    {
      g_printerr ("make-diary: %s\n", error->message);
      return 1;
    }
  return 0;
}
#endif
