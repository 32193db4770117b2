/* patella-dose-step.c: one step up or down an exercise's progression ladder
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-dose-step.h"

/* One field that moves by a fixed step between a floor and a top. */
typedef struct
{
  PatellaDoseField field;
  int              step;
  int              floor;
  int              top;
} Stage;

/* An exercise climbs its first stage to the top, then its second. Going
 * down retraces the way: the second stage down to its floor, then the
 * first. The steps and tops are issue 13's; the floors are the low end of
 * the ranges in the source articles (PROGRAM.md) or the catalogue's
 * default where the articles give none, so a reduction never takes an
 * exercise below where a new user starts. */
typedef struct
{
  const char *exercise_id;
  Stage       stages[2];
} Ladder;

static const Ladder ladders[] = {
  { "clamshell",          { { PATELLA_DOSE_FIELD_REPS, 5, 10, 50 } } },
  { "straight-leg-raise", { { PATELLA_DOSE_FIELD_REPS, 2, 10, 20 },
                            { PATELLA_DOSE_FIELD_SETS, 1, 3, 4 } } },
  { "wall-squat",         { { PATELLA_DOSE_FIELD_HOLD, 1, 5, 10 },
                            { PATELLA_DOSE_FIELD_REPS, 2, 10, 20 } } },
  { "glute-bridge",       { { PATELLA_DOSE_FIELD_HOLD, 1, 3, 10 },
                            { PATELLA_DOSE_FIELD_REPS, 2, 10, 15 } } },
  { "heel-raise",         { { PATELLA_DOSE_FIELD_REPS, 2, 10, 20 } } },
};

static const Ladder *
find_ladder (const char *exercise_id)
{
  if (exercise_id == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (ladders); i++)
    if (g_str_equal (ladders[i].exercise_id, exercise_id))
      return &ladders[i];

  return NULL;
}

static int *
field_of (PatellaDose      *dose,
          PatellaDoseField  field)
{
  switch (field)
    {
    case PATELLA_DOSE_FIELD_REPS:
      return &dose->reps;
    case PATELLA_DOSE_FIELD_SETS:
      return &dose->sets;
    case PATELLA_DOSE_FIELD_HOLD:
      return &dose->hold_seconds;
    case PATELLA_DOSE_FIELD_NONE:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The rungs of a stage are floor, floor + step, floor + 2 × step, ... and
 * the top, even when the top is not a whole number of steps away (the
 * glute bridge's 10, 12, 14, 15). A dose edited off the ladder (23 reps,
 * or above the top) moves to the nearest rung in the step's direction, so
 * one step always lands back on the ladder. */
static int
rung_above (const Stage *s,
            int          value)
{
  if (value < s->floor)
    return s->floor;

  return MIN (s->top, s->floor + ((value - s->floor) / s->step + 1) * s->step);
}

static int
rung_below (const Stage *s,
            int          value)
{
  if (value > s->top)
    return s->top;

  return s->floor + ((value - s->floor - 1) / s->step) * s->step;
}

/**
 * patella_dose_step_has_ladder:
 * @exercise_id: a catalogue id
 *
 * Returns: whether the progression rules know steps for the exercise: the
 *   five core exercises do, stretches and user-defined exercises do not
 */
gboolean
patella_dose_step_has_ladder (const char *exercise_id)
{
  return find_ladder (exercise_id) != NULL;
}

static PatellaDoseStepResult
step (const char        *exercise_id,
      const PatellaDose *dose,
      gboolean           up,
      PatellaDose       *out,
      PatellaDoseField  *changed)
{
  const Ladder *ladder = find_ladder (exercise_id);
  PatellaDose next;

  g_return_val_if_fail (dose != NULL && out != NULL, PATELLA_DOSE_STEP_NO_LADDER);

  next = *dose;
  *out = *dose;
  if (changed != NULL)
    *changed = PATELLA_DOSE_FIELD_NONE;

  if (ladder == NULL)
    return PATELLA_DOSE_STEP_NO_LADDER;

  for (guint k = 0; k < G_N_ELEMENTS (ladder->stages); k++)
    {
      /* Up: first stage first. Down: last stage first. */
      const Stage *s = &ladder->stages[up ? k : G_N_ELEMENTS (ladder->stages) - 1 - k];
      int *value;

      if (s->field == PATELLA_DOSE_FIELD_NONE)
        continue;

      value = field_of (&next, s->field);
      if (up && *value < s->top)
        *value = rung_above (s, *value);
      else if (!up && *value > s->floor)
        *value = rung_below (s, *value);
      else
        continue;

      *out = next;
      if (changed != NULL)
        *changed = s->field;
      return PATELLA_DOSE_STEP_MOVED;
    }

  return PATELLA_DOSE_STEP_AT_LIMIT;
}

/**
 * patella_dose_step_up:
 * @exercise_id: a catalogue id
 * @dose: the current dose
 * @out: (out caller-allocates): the next dose; a copy of @dose unless moved
 * @changed: (out) (optional): the field that moved, or NONE
 *
 * One step of progression: clamshell +5 reps a side up to 50; straight-leg
 * raise +2 reps up to 20, then +1 set up to 4; wall squat +1 s hold up to
 * 10 s, then +2 reps up to 20; glute bridge +1 s hold up to 10 s, then +2
 * reps up to 15; heel raise +2 reps up to 20. Only that one field changes.
 */
PatellaDoseStepResult
patella_dose_step_up (const char        *exercise_id,
                      const PatellaDose *dose,
                      PatellaDose       *out,
                      PatellaDoseField  *changed)
{
  return step (exercise_id, dose, TRUE, out, changed);
}

/**
 * patella_dose_step_down:
 * @exercise_id: a catalogue id
 * @dose: the current dose
 * @out: (out caller-allocates): the dose one step back; a copy of @dose
 *   unless moved
 * @changed: (out) (optional): the field that moved, or NONE
 *
 * Goes back one step of patella_dose_step_up(), never below the floor of
 * the exercise's ladder.
 */
PatellaDoseStepResult
patella_dose_step_down (const char        *exercise_id,
                        const PatellaDose *dose,
                        PatellaDose       *out,
                        PatellaDoseField  *changed)
{
  return step (exercise_id, dose, FALSE, out, changed);
}
