/* patella-demo-diary.c: a realistic six weeks of diary, the same for the same seed
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For `patella --demo` and the screenshots: a program that started 41 days
 * before today, four training days a week, pain falling unevenly from about
 * 6 to about 2.5, two missed training days, one partial session, one
 * warning sign, clamshells climbing by 5 reps a week toward 50 and the wall
 * squat's hold by a second, and a Kujala score at weeks 0, 2, 4 and 6.
 * Nothing here touches a file; the app writes it into a temporary diary.
 */
#include "config.h"

#include <math.h>

#include "patella-catalogue.h"
#include "patella-demo-diary.h"
#include "patella-exercise.h"

#define DEMO_DAYS 42

static void
day_string (guint32 julian,
            char    out[PATELLA_LOCAL_DAY_LEN + 1])
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  patella_local_day_from_date (&date, out);
}

/* Answers whose score is as close above target as the choices allow. */
static int
kujala_answers (int    target,
                GRand *rand,
                int    answers[PATELLA_KUJALA_N_QUESTIONS])
{
  int score = 0;

  for (guint q = 0; q < PATELLA_KUJALA_N_QUESTIONS; q++)
    {
      int best = 0;

      for (guint c = 0; c < patella_kujala_question_get_n_choices (q); c++)
        if (patella_kujala_choice_get_points (q, c) > patella_kujala_choice_get_points (q, best))
          best = c;
      answers[q] = best;
    }
  patella_kujala_score (answers, &score, NULL);

  for (guint round = 0; round < 200 && score > target; round++)
    {
      guint q = g_rand_int_range (rand, 0, PATELLA_KUJALA_N_QUESTIONS);
      int now = patella_kujala_choice_get_points (q, answers[q]);
      int lower = -1;

      /* The next choice down on this question. */
      for (guint c = 0; c < patella_kujala_question_get_n_choices (q); c++)
        {
          int p = patella_kujala_choice_get_points (q, c);

          if (p < now && (lower < 0 || p > patella_kujala_choice_get_points (q, lower)))
            lower = c;
        }
      if (lower < 0 || score - (now - patella_kujala_choice_get_points (q, lower)) < target - 2)
        continue;
      answers[q] = lower;
      patella_kujala_score (answers, &score, NULL);
    }
  return score;
}

static void
add_dose (PatellaDemoDiary *self,
          const char       *id,
          guint32           julian,
          gboolean          progression,
          const PatellaDose *dose)
{
  PatellaDemoDose d = { .exercise_id = g_intern_string (id), .progression = progression,
                        .dose = *dose };

  day_string (julian, d.day);
  g_array_append_val (self->doses, d);
}

/**
 * patella_demo_diary_new:
 * @today: the local day the diary ends on
 * @seed: the random seed (%PATELLA_DEMO_SEED for the screenshots)
 *
 * Returns: (transfer full): six weeks of made-up diary ending today
 */
PatellaDemoDiary *
patella_demo_diary_new (const char *today,
                        guint32     seed)
{
  PatellaDemoDiary *self = g_new0 (PatellaDemoDiary, 1);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  PatellaCatalogue *catalogue = patella_catalogue_get_default ();
  const char * const *ids = patella_catalogue_get_core_ids ();
  guint32 end = patella_local_day_to_julian (today);
  guint32 start = end - (DEMO_DAYS - 1);
  PatellaDose doses[PATELLA_CHART_N_EXERCISES];
  guint training = 0;
  /* Training-day indexes (counted from the first) that are missed, and partial. */
  const guint missed[] = { 5, 17 }, partial = 11;
  const guint kujala_days[] = { 0, 14, 28, 41 };
  const int kujala_targets[] = { 58, 65, 71, 81 };
  guint warning_day = 19;

  g_return_val_if_fail (end > DEMO_DAYS, NULL);

  self->days = g_array_new (FALSE, TRUE, sizeof (PatellaDemoDay));
  self->sets = g_array_new (FALSE, TRUE, sizeof (PatellaDemoSet));
  self->doses = g_array_new (FALSE, TRUE, sizeof (PatellaDemoDose));

  {
    char start_day[PATELLA_LOCAL_DAY_LEN + 1];

    day_string (start, start_day);
    patella_program_init (&self->program, start_day);
  }
  self->program.n_weeks = 6;
  /* Four days a week: the start's weekday and every other day after it. */
  self->program.training_days = PATELLA_WEEKDAY_NONE;
  for (guint k = 0; k < 7; k += 2)
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, start + (k == 6 ? 5 : k));
      self->program.training_days |= 1 << (g_date_get_weekday (&date) - 1);
    }

  for (guint e = 0; e < PATELLA_CHART_N_EXERCISES; e++)
    {
      doses[e] = *patella_exercise_get_default_dose (patella_catalogue_lookup (catalogue, ids[e]));
      if (g_str_equal (ids[e], "clamshell"))
        {
          doses[e].until_tired = FALSE;
          doses[e].reps = 15;
        }
      if (g_str_equal (ids[e], "wall-squat"))
        doses[e].hold_seconds = 5;
      add_dose (self, ids[e], start, FALSE, &doses[e]);
    }

  for (guint i = 0; i < DEMO_DAYS; i++)
    {
      PatellaDemoDay day = { .usual = -1, .kujala_score = -1 };
      guint32 j = start + i;
      double trend = 6.2 - 3.8 * i / (DEMO_DAYS - 1);
      /* Uneven: a bad patch in week 3, day-to-day noise. */
      double bump = (i >= 16 && i <= 20) ? 1.4 : 0;
      gboolean is_training;

      day_string (j, day.day);
      is_training = patella_program_is_training_day (&self->program, day.day);

      /* A weekly review on the start's weekday: clamshells +5, squat hold +1 s. */
      if (i > 0 && i % 7 == 0)
        for (guint e = 0; e < PATELLA_CHART_N_EXERCISES; e++)
          {
            if (g_str_equal (ids[e], "clamshell"))
              doses[e].reps = MIN (doses[e].reps + 5, 50);
            else if (g_str_equal (ids[e], "wall-squat"))
              doses[e].hold_seconds = MIN (doses[e].hold_seconds + 1, 10);
            else
              continue;
            add_dose (self, ids[e], j, TRUE, &doses[e]);
          }

      /* Two days in six weeks without an entry. */
      if (i != 9 && i != 30)
        {
          double noise = g_rand_double_range (rand, -0.9, 0.9);

          day.usual = CLAMP ((int) lround (trend + bump + noise), 0, 10);
          day.worst = CLAMP (day.usual + g_rand_int_range (rand, 1, 4), day.usual, 10);
          day.contexts = i % 3 == 0 ? 1 << 1 : 1 << 0;
        }
      if (i == warning_day)
        {
          day.signs = 1 << 4;   /* swelling */
          day.worst = MAX (day.worst, 7);
        }

      if (is_training)
        {
          gboolean is_missed = training == missed[0] || training == missed[1];
          gboolean is_partial = training == partial;

          if (!is_missed)
            {
              day.session = is_partial ? 2 : 1;
              day.first_set = self->sets->len;
              for (guint e = 0; e < PATELLA_CHART_N_EXERCISES; e++)
                {
                  PatellaExercise *ex = patella_catalogue_lookup (catalogue, ids[e]);
                  PatellaSide side_list[2];
                  guint sides = patella_exercise_get_sides (ex, PATELLA_SIDE_RIGHT, side_list);

                  /* The partial session stops after the second exercise. */
                  if (is_partial && e >= 2)
                    break;
                  for (int set = 1; set <= doses[e].sets; set++)
                    for (guint side = 0; side < sides; side++)
                      {
                        PatellaDemoSet s = {
                          .exercise_id = g_intern_string (ids[e]),
                          .side = side_list[side] == PATELLA_SIDE_LEFT ? 1
                                 : side_list[side] == PATELLA_SIDE_RIGHT ? 2 : 0,
                          .set_number = set,
                          .reps_planned = doses[e].reps,
                          .reps_done = doses[e].reps - (g_rand_int_range (rand, 0, 6) == 0),
                          .hold_s_planned = doses[e].hold_seconds,
                          .hold_s_done = doses[e].hold_seconds,
                          .pain_during = day.usual >= 0
                                         ? MIN (day.usual + g_rand_int_range (rand, 0, 2), 10)
                                         : -1,
                        };
                        if (s.reps_planned == 0)
                          s.reps_planned = s.reps_done = 10;
                        g_array_append_val (self->sets, s);
                      }
                }
              day.n_sets = self->sets->len - day.first_set;
            }
          training++;
        }

      for (guint k = 0; k < G_N_ELEMENTS (kujala_days); k++)
        if (kujala_days[k] == i)
          day.kujala_score = kujala_answers (kujala_targets[k], rand, day.kujala);

      g_array_append_val (self->days, day);
    }

  return self;
}

/**
 * patella_demo_diary_free:
 * @self: (nullable): a demo diary
 */
void
patella_demo_diary_free (PatellaDemoDiary *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->days);
  g_array_unref (self->sets);
  g_array_unref (self->doses);
  g_free (self);
}
