/* test-kujala.c: Kujala scoring key, incomplete forms, schedule and change
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "patella-kujala.h"

/* The published key, question by question, best to worst. */
static const int key[PATELLA_KUJALA_N_QUESTIONS][6] = {
  { 5, 3, 0, -1 },            /* limp */
  { 5, 3, 0, -1 },            /* support */
  { 5, 3, 2, 0, -1 },         /* walking */
  { 10, 8, 5, 0, -1 },        /* stairs */
  { 5, 4, 3, 2, 0, -1 },      /* squatting */
  { 10, 8, 6, 3, 0, -1 },     /* running */
  { 10, 7, 2, 0, -1 },        /* jumping */
  { 10, 8, 6, 4, 0, -1 },     /* prolonged sitting */
  { 10, 8, 6, 3, 0, -1 },     /* pain */
  { 10, 8, 6, 4, 0, -1 },     /* swelling */
  { 10, 6, 4, 2, 0, -1 },     /* abnormal kneecap movements */
  { 5, 3, 0, -1 },            /* thigh atrophy */
  { 5, 3, 0, -1 },            /* flexion deficiency */
};

static void
test_key_matches_publication (void)
{
  for (guint q = 0; q < PATELLA_KUJALA_N_QUESTIONS; q++)
    {
      guint n = 0;

      while (key[q][n] >= 0)
        n++;

      g_assert_cmpuint (patella_kujala_question_get_n_choices (q), ==, n);
      g_assert_cmpint (patella_kujala_question_get_max_points (q), ==, key[q][0]);
      g_assert_nonnull (patella_kujala_question_get_title (q));
      g_assert_nonnull (patella_kujala_question_get_text (q));

      for (guint c = 0; c < n; c++)
        {
          g_assert_cmpint (patella_kujala_choice_get_points (q, c), ==, key[q][c]);
          g_assert_cmpuint (strlen (patella_kujala_choice_get_label (q, c)), >, 1);
        }
    }
}

static void
test_all_best_is_100 (void)
{
  int answers[PATELLA_KUJALA_N_QUESTIONS];
  g_autoptr(GError) error = NULL;
  int score = -1;

  for (guint q = 0; q < PATELLA_KUJALA_N_QUESTIONS; q++)
    answers[q] = 0;

  g_assert_true (patella_kujala_score (answers, &score, &error));
  g_assert_no_error (error);
  g_assert_cmpint (score, ==, 100);
  g_assert_cmpint (score, ==, PATELLA_KUJALA_MAX_SCORE);
}

static void
test_all_worst_is_0 (void)
{
  int answers[PATELLA_KUJALA_N_QUESTIONS];
  g_autoptr(GError) error = NULL;
  int score = -1;

  for (guint q = 0; q < PATELLA_KUJALA_N_QUESTIONS; q++)
    answers[q] = (int) patella_kujala_question_get_n_choices (q) - 1;

  g_assert_true (patella_kujala_score (answers, &score, &error));
  g_assert_no_error (error);
  g_assert_cmpint (score, ==, 0);
}

static void
test_mixed (void)
{
  /* A runner with typical patellofemoral pain: hurts on stairs, squats,
   * running and sitting, no swelling or instability. */
  const int answers[PATELLA_KUJALA_N_QUESTIONS] = {
    0,  /* no limp: 5 */
    0,  /* full support: 5 */
    1,  /* more than 2 km: 3 */
    2,  /* pain up and down stairs: 5 */
    1,  /* repeated squatting painful: 4 */
    2,  /* slight pain from the start: 6 */
    1,  /* slight difficulty jumping: 7 */
    3,  /* has to extend the knees: 4 */
    1,  /* slight, occasional pain: 8 */
    0,  /* no swelling: 10 */
    1,  /* odd movements in sport: 6 */
    1,  /* slight atrophy: 3 */
    0,  /* no flexion deficiency: 5 */
  };
  const int other[PATELLA_KUJALA_N_QUESTIONS] = { 2, 2, 3, 3, 4, 4, 3, 4, 4, 4, 4, 2, 1 };
  int score = -1;

  g_assert_true (patella_kujala_score (answers, &score, NULL));
  g_assert_cmpint (score, ==, 5 + 5 + 3 + 5 + 4 + 6 + 7 + 4 + 8 + 10 + 6 + 3 + 5);
  g_assert_cmpint (score, ==, 71);

  /* Only the last question gives points. */
  g_assert_true (patella_kujala_score (other, &score, NULL));
  g_assert_cmpint (score, ==, 3);
}

static void
test_incomplete_is_not_scored (void)
{
  for (guint missing = 0; missing < PATELLA_KUJALA_N_QUESTIONS; missing++)
    {
      int answers[PATELLA_KUJALA_N_QUESTIONS];
      g_autoptr(GError) error = NULL;
      int score = 1234;

      for (guint q = 0; q < PATELLA_KUJALA_N_QUESTIONS; q++)
        answers[q] = 0;
      answers[missing] = PATELLA_KUJALA_UNANSWERED;

      g_assert_false (patella_kujala_score (answers, &score, &error));
      g_assert_error (error, PATELLA_KUJALA_ERROR, PATELLA_KUJALA_ERROR_INCOMPLETE);
      g_assert_cmpint (score, ==, 1234);
      /* The message names the question, so the form can point at it. */
      g_assert_nonnull (strstr (error->message,
                                patella_kujala_question_get_title (missing)));
    }
}

static void
test_bad_answer_is_rejected (void)
{
  int answers[PATELLA_KUJALA_N_QUESTIONS] = { 0 };
  g_autoptr(GError) error = NULL;

  answers[0] = 3;  /* limp has three choices: 0..2 */
  g_assert_false (patella_kujala_score (answers, NULL, &error));
  g_assert_error (error, PATELLA_KUJALA_ERROR, PATELLA_KUJALA_ERROR_BAD_ANSWER);
  g_clear_error (&error);

  answers[0] = -7;
  g_assert_false (patella_kujala_score (answers, NULL, &error));
  g_assert_error (error, PATELLA_KUJALA_ERROR, PATELLA_KUJALA_ERROR_BAD_ANSWER);
}

static void
test_answers_round_trip (void)
{
  const int answers[PATELLA_KUJALA_N_QUESTIONS] = { 0, 1, 2, 3, 4, 4, 3, 2, 1, 0, -1, 2, 1 };
  int back[PATELLA_KUJALA_N_QUESTIONS];
  g_autofree char *text = patella_kujala_answers_to_string (answers);

  g_assert_cmpstr (text, ==, "0,1,2,3,4,4,3,2,1,0,-1,2,1");
  g_assert_true (patella_kujala_answers_from_string (text, back));
  g_assert_cmpmem (back, sizeof back, answers, sizeof answers);

  g_assert_false (patella_kujala_answers_from_string (NULL, back));
  g_assert_false (patella_kujala_answers_from_string ("", back));
  g_assert_false (patella_kujala_answers_from_string ("0,0,0", back));
  /* Limp has no fourth choice. */
  g_assert_false (patella_kujala_answers_from_string ("3,0,0,0,0,0,0,0,0,0,0,0,0", back));
  g_assert_false (patella_kujala_answers_from_string ("0,0,0,0,0,0,0,0,0,0,0,0,x", back));
  g_assert_false (patella_kujala_answers_from_string ("0,0,0,0,0,0,0,0,0,0,0,0,0,0", back));
}

static void
test_due_dates (void)
{
  char due[11];

  /* None taken yet: due on the first day of the program. */
  patella_kujala_next_due (NULL, "2026-03-02", due);
  g_assert_cmpstr (due, ==, "2026-03-02");
  g_assert_true (patella_kujala_is_due (NULL, "2026-03-02"));
  g_assert_cmpint (patella_kujala_days_until_due (NULL, "2026-03-02"), ==, 0);

  /* Then every 14 days from the last one, across a month end. */
  patella_kujala_next_due ("2026-03-20", "2026-03-20", due);
  g_assert_cmpstr (due, ==, "2026-04-03");
  g_assert_false (patella_kujala_is_due ("2026-03-20", "2026-03-20"));
  g_assert_cmpint (patella_kujala_days_until_due ("2026-03-20", "2026-03-20"), ==, 14);
  g_assert_false (patella_kujala_is_due ("2026-03-20", "2026-04-02"));
  g_assert_cmpint (patella_kujala_days_until_due ("2026-03-20", "2026-04-02"), ==, 1);
  g_assert_true (patella_kujala_is_due ("2026-03-20", "2026-04-03"));
  /* Overdue stays due, with a negative count. */
  g_assert_true (patella_kujala_is_due ("2026-03-20", "2026-04-10"));
  g_assert_cmpint (patella_kujala_days_until_due ("2026-03-20", "2026-04-10"), ==, -7);

  /* Across a leap day. */
  patella_kujala_next_due ("2028-02-20", "2028-02-21", due);
  g_assert_cmpstr (due, ==, "2028-03-05");
}

static void
test_change (void)
{
  g_autofree char *up = patella_kujala_describe_change (60, 72);
  g_autofree char *small = patella_kujala_describe_change (60, 69);
  g_autofree char *down = patella_kujala_describe_change (80, 70);
  g_autofree char *same = patella_kujala_describe_change (64, 64);

  g_assert_false (patella_kujala_change_is_meaningful (60, 69));
  g_assert_true (patella_kujala_change_is_meaningful (60, 70));
  g_assert_true (patella_kujala_change_is_meaningful (70, 60));
  g_assert_false (patella_kujala_change_is_meaningful (64, 64));

  g_assert_nonnull (strstr (up, "Up 12 points"));
  g_assert_nonnull (strstr (up, "60 → 72"));
  g_assert_nonnull (strstr (up, "real difference"));
  g_assert_null (strstr (up, "et al."));
  g_assert_nonnull (strstr (up, "clearly better"));
  g_assert_nonnull (strstr (small, "Up 9 points"));
  g_assert_nonnull (strstr (small, "smaller"));
  g_assert_nonnull (strstr (down, "Down 10 points"));
  g_assert_nonnull (strstr (down, "clearly worse"));
  g_assert_nonnull (strstr (same, "The same"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kujala/key", test_key_matches_publication);
  g_test_add_func ("/kujala/score/all-best", test_all_best_is_100);
  g_test_add_func ("/kujala/score/all-worst", test_all_worst_is_0);
  g_test_add_func ("/kujala/score/mixed", test_mixed);
  g_test_add_func ("/kujala/score/incomplete", test_incomplete_is_not_scored);
  g_test_add_func ("/kujala/score/bad-answer", test_bad_answer_is_rejected);
  g_test_add_func ("/kujala/answers/round-trip", test_answers_round_trip);
  g_test_add_func ("/kujala/due", test_due_dates);
  g_test_add_func ("/kujala/change", test_change);

  return g_test_run ();
}
