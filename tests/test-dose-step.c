/* test-dose-step.c: each exercise's progression ladder, one step at a time
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-catalogue.h"
#include "patella-dose-step.h"

typedef struct
{
  const char           *id;
  int                   sets, reps, hold;   /* the dose before */
  gboolean              up;
  PatellaDoseStepResult result;
  PatellaDoseField      field;
  int                   new_sets, new_reps, new_hold;
} StepCase;

/* Short names keep the table's rows on one line each. */
#define MOVED PATELLA_DOSE_STEP_MOVED
#define AT_LIMIT PATELLA_DOSE_STEP_AT_LIMIT
#define NO_LADDER PATELLA_DOSE_STEP_NO_LADDER
#define F_NONE PATELLA_DOSE_FIELD_NONE
#define F_REPS PATELLA_DOSE_FIELD_REPS
#define F_SETS PATELLA_DOSE_FIELD_SETS
#define F_HOLD PATELLA_DOSE_FIELD_HOLD

static const StepCase step_cases[] = {
  /* Clamshell: +5 reps a side up to 50, and back. */
  { "clamshell", 1, 20, 0, TRUE, MOVED, F_REPS, 1, 25, 0 },
  { "clamshell", 1, 45, 0, TRUE, MOVED, F_REPS, 1, 50, 0 },
  { "clamshell", 1, 48, 0, TRUE, MOVED, F_REPS, 1, 50, 0 },
  { "clamshell", 1, 50, 0, TRUE, AT_LIMIT, F_NONE, 1, 50, 0 },
  { "clamshell", 1, 60, 0, TRUE, AT_LIMIT, F_NONE, 1, 60, 0 },
  { "clamshell", 1, 4, 0, TRUE, MOVED, F_REPS, 1, 10, 0 },
  { "clamshell", 1, 23, 0, TRUE, MOVED, F_REPS, 1, 25, 0 },
  { "clamshell", 1, 23, 0, FALSE, MOVED, F_REPS, 1, 20, 0 },
  { "clamshell", 1, 60, 0, FALSE, MOVED, F_REPS, 1, 50, 0 },
  { "clamshell", 1, 25, 0, FALSE, MOVED, F_REPS, 1, 20, 0 },
  { "clamshell", 1, 12, 0, FALSE, MOVED, F_REPS, 1, 10, 0 },
  { "clamshell", 1, 10, 0, FALSE, AT_LIMIT, F_NONE, 1, 10, 0 },
  /* Straight-leg raise: +2 reps up to 20, then +1 set up to 4. */
  { "straight-leg-raise", 3, 10, 2, TRUE, MOVED, F_REPS, 3, 12, 2 },
  { "straight-leg-raise", 3, 19, 2, TRUE, MOVED, F_REPS, 3, 20, 2 },
  { "straight-leg-raise", 3, 20, 2, TRUE, MOVED, F_SETS, 4, 20, 2 },
  { "straight-leg-raise", 4, 20, 2, TRUE, AT_LIMIT, F_NONE, 4, 20, 2 },
  { "straight-leg-raise", 4, 20, 2, FALSE, MOVED, F_SETS, 3, 20, 2 },
  { "straight-leg-raise", 3, 20, 2, FALSE, MOVED, F_REPS, 3, 18, 2 },
  { "straight-leg-raise", 3, 10, 2, FALSE, AT_LIMIT, F_NONE, 3, 10, 2 },
  /* Wall squat: +1 s hold up to 10 s, then +2 reps up to 20. */
  { "wall-squat", 1, 10, 5, TRUE, MOVED, F_HOLD, 1, 10, 6 },
  { "wall-squat", 1, 10, 10, TRUE, MOVED, F_REPS, 1, 12, 10 },
  { "wall-squat", 1, 20, 10, TRUE, AT_LIMIT, F_NONE, 1, 20, 10 },
  { "wall-squat", 1, 12, 10, FALSE, MOVED, F_REPS, 1, 10, 10 },
  { "wall-squat", 1, 10, 10, FALSE, MOVED, F_HOLD, 1, 10, 9 },
  { "wall-squat", 1, 10, 5, FALSE, AT_LIMIT, F_NONE, 1, 10, 5 },
  /* Glute bridge: +1 s hold up to 10 s, then +2 reps up to 15. */
  { "glute-bridge", 2, 10, 3, TRUE, MOVED, F_HOLD, 2, 10, 4 },
  { "glute-bridge", 2, 10, 10, TRUE, MOVED, F_REPS, 2, 12, 10 },
  { "glute-bridge", 2, 14, 10, TRUE, MOVED, F_REPS, 2, 15, 10 },
  { "glute-bridge", 2, 15, 10, TRUE, AT_LIMIT, F_NONE, 2, 15, 10 },
  { "glute-bridge", 2, 15, 10, FALSE, MOVED, F_REPS, 2, 14, 10 },
  { "glute-bridge", 2, 10, 4, FALSE, MOVED, F_HOLD, 2, 10, 3 },
  /* Heel raise: +2 reps up to 20; its default of 20 is the top already. */
  { "heel-raise", 1, 14, 0, TRUE, MOVED, F_REPS, 1, 16, 0 },
  { "heel-raise", 1, 20, 0, TRUE, AT_LIMIT, F_NONE, 1, 20, 0 },
  { "heel-raise", 1, 20, 0, FALSE, MOVED, F_REPS, 1, 18, 0 },
  /* No ladder: stretches and unknown ids stay as they are. */
  { "hamstring-stretch", 3, 1, 30, TRUE, NO_LADDER, F_NONE, 3, 1, 30 },
  { "my-own-exercise", 1, 10, 0, FALSE, NO_LADDER, F_NONE, 1, 10, 0 },
};

static void
test_steps (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (step_cases); i++)
    {
      const StepCase *c = &step_cases[i];
      PatellaDose dose = { .sets = c->sets, .reps = c->reps, .hold_seconds = c->hold,
                           .tempo_up_seconds = 2, .tempo_down_seconds = 2,
                           .rest_seconds = 30, .get_ready_seconds = 10 };
      PatellaDose out = { 0 };
      PatellaDoseField field = (PatellaDoseField) 99;
      PatellaDoseStepResult result;

      g_test_message ("case %u: %s %d×%d hold %d %s", i, c->id, c->sets, c->reps, c->hold,
                      c->up ? "up" : "down");
      result = c->up ? patella_dose_step_up (c->id, &dose, &out, &field)
                     : patella_dose_step_down (c->id, &dose, &out, &field);
      g_assert_cmpint (result, ==, c->result);
      g_assert_cmpint (field, ==, c->field);
      g_assert_cmpint (out.sets, ==, c->new_sets);
      g_assert_cmpint (out.reps, ==, c->new_reps);
      g_assert_cmpint (out.hold_seconds, ==, c->new_hold);
      /* Nothing else moves. */
      g_assert_cmpint (out.tempo_up_seconds, ==, 2);
      g_assert_cmpint (out.rest_seconds, ==, 30);
      g_assert_cmpint (out.get_ready_seconds, ==, 10);
      g_assert_cmpint (patella_dose_step_has_ladder (c->id), ==,
                       c->result != PATELLA_DOSE_STEP_NO_LADDER);
    }
}

/* Climbing from the catalogue's default dose to the top goes through every
 * rung in order, each a valid dose, and coming down retraces the same way. */
/* No id at all is no ladder, not a crash. */
static void
test_no_id (void)
{
  PatellaDose dose = { .sets = 1, .reps = 10 };
  PatellaDose out;
  PatellaDoseField field;

  g_assert_false (patella_dose_step_has_ladder (NULL));
  g_assert_cmpint (patella_dose_step_up (NULL, &dose, &out, &field), ==,
                   PATELLA_DOSE_STEP_NO_LADDER);
  g_assert_cmpint (field, ==, PATELLA_DOSE_FIELD_NONE);
  g_assert_true (patella_dose_equal (&out, &dose));
}

static void
test_climb_core (void)
{
  static const struct {
    const char *id;
    guint n_up;
    int sets, reps, hold;
    guint below_default;
  } tops[] = {
    { "clamshell", 6, 1, 50, 0, 2 },           /* 20 → 50 by 5; floor 10 */
    { "straight-leg-raise", 6, 4, 20, 2, 0 },  /* 10 → 20 by 2, then a 4th set */
    { "wall-squat", 10, 1, 20, 10, 0 },        /* 5 → 10 s, then 10 → 20 reps by 2 */
    { "glute-bridge", 10, 2, 15, 10, 0 },      /* 3 → 10 s, then 10 → 12 → 14 → 15 */
    { "heel-raise", 0, 1, 20, 0, 5 },          /* the default is the top; floor 10 */
  };
  PatellaCatalogue *catalogue = patella_catalogue_get_default ();

  for (guint i = 0; i < G_N_ELEMENTS (tops); i++)
    {
      PatellaExercise *exercise = patella_catalogue_lookup (catalogue, tops[i].id);
      PatellaDose start = *patella_exercise_get_default_dose (exercise);
      PatellaDose dose = start;
      PatellaDose next;
      guint n_up = 0;
      guint n_down = 0;

      while (patella_dose_step_up (tops[i].id, &dose, &next, NULL) == PATELLA_DOSE_STEP_MOVED)
        {
          g_assert_true (patella_exercise_validate_dose (exercise, &next, NULL));
          g_assert_false (patella_dose_equal (&dose, &next));
          dose = next;
          n_up++;
        }
      g_assert_cmpuint (n_up, ==, tops[i].n_up);
      g_assert_cmpint (dose.sets, ==, tops[i].sets);
      g_assert_cmpint (dose.reps, ==, tops[i].reps);
      g_assert_cmpint (dose.hold_seconds, ==, tops[i].hold);

      /* Down to the floor, which is below the default for two of them. */
      while (patella_dose_step_down (tops[i].id, &dose, &next, NULL) == PATELLA_DOSE_STEP_MOVED)
        {
          dose = next;
          n_down++;
        }
      g_assert_cmpuint (n_down, ==, n_up + tops[i].below_default);
      if (tops[i].below_default == 0)
        g_assert_true (patella_dose_equal (&dose, &start));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dose-step/table", test_steps);
  g_test_add_func ("/dose-step/climb-core", test_climb_core);
  g_test_add_func ("/dose-step/no-id", test_no_id);

  return g_test_run ();
}
