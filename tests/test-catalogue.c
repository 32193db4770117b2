/* test-catalogue.c: the exercise catalogue and dose validation
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <locale.h>

#include "patella-catalogue.h"

static const char * const core_ids[] = {
  "clamshell", "glute-bridge", "wall-squat", "straight-leg-raise", "heel-raise",
};

static const char * const optional_ids[] = {
  "hamstring-stretch", "tibialis-posterior-stretch", "monster-walk", "single-leg-balance",
  "it-band-stretch", "piriformis-stretch", "quad-stretch", "foam-rolling", "physioball-squat",
  "lunge", "hip-extension", "step-up",
};

static void
test_catalogue_contents (void)
{
  PatellaCatalogue *catalogue = patella_catalogue_get_default ();
  GListModel *model = G_LIST_MODEL (catalogue);
  const char * const *ids = patella_catalogue_get_core_ids ();
  guint n = g_list_model_get_n_items (model);

  g_assert_true (g_list_model_get_item_type (model) == PATELLA_TYPE_EXERCISE);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (core_ids) + G_N_ELEMENTS (optional_ids));
  g_assert_cmpuint (g_strv_length ((char **)ids), ==, G_N_ELEMENTS (core_ids));

  /* Core first, in session order, then the optional ones. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PatellaExercise) exercise = g_list_model_get_item (model, i);
      gboolean core = i < G_N_ELEMENTS (core_ids);

      g_assert_cmpint (patella_exercise_get_optional (exercise), ==, !core);
      if (core)
        {
          g_assert_cmpstr (patella_exercise_get_id (exercise), ==, core_ids[i]);
          g_assert_cmpstr (ids[i], ==, core_ids[i]);
        }
      g_assert_true (patella_catalogue_lookup (catalogue, patella_exercise_get_id (exercise))
                     == exercise);
    }
  g_assert_null (g_list_model_get_item (model, n));

  for (guint i = 0; i < G_N_ELEMENTS (optional_ids); i++)
    {
      PatellaExercise *exercise = patella_catalogue_lookup (catalogue, optional_ids[i]);

      g_assert_nonnull (exercise);
      g_assert_true (patella_exercise_get_optional (exercise));
    }

  g_assert_null (patella_catalogue_lookup (catalogue, "squat-jump"));
  g_assert_null (patella_catalogue_lookup (catalogue, NULL));
  g_assert_true (patella_catalogue_get_default () == catalogue);
}

/* Every exercise carries what the session and detail pages show, and a
 * default dose the timeline accepts. */
static void
test_catalogue_texts_and_doses (void)
{
  GListModel *model = G_LIST_MODEL (patella_catalogue_get_default ());

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PatellaExercise) exercise = g_list_model_get_item (model, i);
      g_autoptr(GError) error = NULL;
      const char * const *steps = patella_exercise_get_steps (exercise);
      PatellaWorkKind work = patella_exercise_get_work_kind (exercise);
      const PatellaDose *dose = patella_exercise_get_default_dose (exercise);
      g_auto(GStrv) steps_prop = NULL;
      g_autofree char *name_prop = NULL;

      g_test_message ("%s", patella_exercise_get_id (exercise));
      g_assert_true (g_utf8_validate (patella_exercise_get_name (exercise), -1, NULL));
      g_assert_cmpuint (strlen (patella_exercise_get_purpose (exercise)), >, 40);
      g_assert_cmpuint (strlen (patella_exercise_get_dose_advice (exercise)), >, 10);
      g_assert_cmpuint (g_strv_length ((char **)steps), >=, 3);
      g_assert_cmpuint (g_strv_length ((char **)steps), <=, PATELLA_EXERCISE_MAX_STEPS);
      g_assert_nonnull (patella_exercise_get_cautions (exercise));

      g_assert_true (patella_exercise_validate_dose (exercise, dose, &error));
      g_assert_no_error (error);

      for (PatellaPhaseKind k = 0; k < PATELLA_N_PHASE_KINDS; k++)
        {
          const char *label = patella_exercise_get_phase_label (exercise, k);

          /* Printed large on the session page: a word or two. */
          g_assert_nonnull (label);
          g_assert_cmpuint (g_utf8_strlen (label, -1), <=, 16);
        }
      for (PatellaSide s = PATELLA_SIDE_LEFT; s <= PATELLA_SIDE_BOTH; s++)
        g_assert_nonnull (patella_exercise_get_side_label (exercise, s));

      if (work == PATELLA_WORK_REPS_TEMPO)
        g_assert_cmpint (dose->hold_seconds, ==, 0);
      else
        g_assert_cmpint (dose->hold_seconds, >, 0);

      g_object_get (exercise, "steps", &steps_prop, "name", &name_prop, NULL);
      g_assert_cmpstrv (steps_prop, steps);
      g_assert_cmpstr (name_prop, ==, patella_exercise_get_name (exercise));
    }
}

static gboolean
any_contains (const char * const *list,
              const char         *needle)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (strstr (list[i], needle) != NULL)
      return TRUE;
  return FALSE;
}

/* The facts PROGRAM.md ties to particular exercises. */
static void
test_catalogue_program_facts (void)
{
  PatellaCatalogue *catalogue = patella_catalogue_get_default ();
  PatellaExercise *clamshell = patella_catalogue_lookup (catalogue, "clamshell");
  PatellaExercise *bridge = patella_catalogue_lookup (catalogue, "glute-bridge");
  PatellaExercise *squat = patella_catalogue_lookup (catalogue, "wall-squat");
  PatellaExercise *slr = patella_catalogue_lookup (catalogue, "straight-leg-raise");
  PatellaExercise *heel = patella_catalogue_lookup (catalogue, "heel-raise");
  PatellaExercise *hamstring = patella_catalogue_lookup (catalogue, "hamstring-stretch");
  PatellaExercise *tib = patella_catalogue_lookup (catalogue, "tibialis-posterior-stretch");
  const PatellaDose *d;

  d = patella_exercise_get_default_dose (clamshell);
  g_assert_cmpint (patella_exercise_get_work_kind (clamshell), ==, PATELLA_WORK_REPS_TEMPO);
  g_assert_cmpint (patella_exercise_get_side_mode (clamshell), ==, PATELLA_SIDE_MODE_EACH_SIDE);
  g_assert_true (d->until_tired);
  g_assert_cmpint (d->reps, >=, 10);
  g_assert_cmpint (d->reps, <=, 50);
  g_assert_cmpint (d->tempo_up_seconds, ==, 2);
  g_assert_cmpint (d->tempo_pause_seconds, ==, 1);
  g_assert_cmpint (d->tempo_down_seconds, ==, 2);
  g_assert_cmpstr (patella_exercise_get_phase_label (clamshell, PATELLA_PHASE_UP), ==, "Lift");
  g_assert_cmpstr (patella_exercise_get_phase_label (clamshell, PATELLA_PHASE_DOWN), ==, "Lower");

  d = patella_exercise_get_default_dose (bridge);
  g_assert_cmpint (patella_exercise_get_work_kind (bridge), ==, PATELLA_WORK_REPS_HOLD);
  g_assert_cmpint (d->sets, ==, 2);
  g_assert_cmpint (d->reps, ==, 10);
  g_assert_cmpint (d->hold_seconds, ==, 3);
  g_assert_cmpstr (patella_exercise_get_phase_label (bridge, PATELLA_PHASE_HOLD), ==, "Hold");

  d = patella_exercise_get_default_dose (squat);
  g_assert_cmpint (patella_exercise_get_side_mode (squat), ==, PATELLA_SIDE_MODE_BOTH_AT_ONCE);
  g_assert_cmpint (d->hold_seconds, ==, 5);
  g_assert_cmpint (d->reps, >=, 10);
  g_assert_true (any_contains (patella_exercise_get_cautions (squat), "75 degrees"));
  g_assert_true (any_contains (patella_exercise_get_cautions (squat), "kneecap means stop"));
  g_assert_true (any_contains (patella_exercise_get_cautions (squat), "straight-leg raises"));
  g_assert_true (any_contains (patella_exercise_get_steps (squat), "30 cm"));

  d = patella_exercise_get_default_dose (slr);
  g_assert_cmpint (patella_exercise_get_side_mode (slr), ==, PATELLA_SIDE_MODE_AFFECTED_ONLY);
  g_assert_cmpint (d->sets, >=, 3);
  g_assert_cmpint (d->hold_seconds, ==, 2);

  d = patella_exercise_get_default_dose (heel);
  g_assert_cmpint (patella_exercise_get_side_mode (heel), ==, PATELLA_SIDE_MODE_BOTH_AT_ONCE);
  g_assert_cmpint (d->tempo_up_seconds, ==, 1);
  g_assert_cmpint (d->tempo_down_seconds, ==, 2);
  g_assert_cmpstr (patella_exercise_get_phase_label (heel, PATELLA_PHASE_UP), ==, "Rise");
  g_assert_cmpstr (patella_exercise_get_phase_label (heel, PATELLA_PHASE_DOWN), ==, "Lower");
  g_assert_true (any_contains (patella_exercise_get_cautions (heel), "30 seconds"));
  g_assert_true (any_contains (patella_exercise_get_steps (heel), "tennis ball"));

  g_assert_cmpint (patella_exercise_get_work_kind (hamstring), ==, PATELLA_WORK_TIMED_HOLD);
  g_assert_cmpint (patella_exercise_get_default_dose (hamstring)->hold_seconds, ==, 30);
  g_assert_cmpstr (patella_exercise_get_phase_label (hamstring, PATELLA_PHASE_HOLD), ==,
                   "Stretch");
  g_assert_cmpint (patella_exercise_get_default_dose (tib)->hold_seconds, ==, 30);

  g_assert_cmpstr (patella_exercise_get_side_label (clamshell, PATELLA_SIDE_LEFT), ==,
                   "Left leg");
  g_assert_cmpstr (patella_exercise_get_side_label (clamshell, PATELLA_SIDE_RIGHT), ==,
                   "Right leg");
  g_assert_cmpstr (patella_exercise_get_side_label (bridge, PATELLA_SIDE_BOTH), ==, "Both legs");
}

static void
test_exercise_sides (void)
{
  PatellaCatalogue *catalogue = patella_catalogue_get_default ();
  PatellaExercise *clamshell = patella_catalogue_lookup (catalogue, "clamshell");
  PatellaExercise *bridge = patella_catalogue_lookup (catalogue, "glute-bridge");
  PatellaExercise *slr = patella_catalogue_lookup (catalogue, "straight-leg-raise");
  PatellaSide sides[2];

  g_assert_cmpuint (patella_exercise_get_sides (clamshell, PATELLA_SIDE_RIGHT, sides), ==, 2);
  g_assert_cmpint (sides[0], ==, PATELLA_SIDE_LEFT);
  g_assert_cmpint (sides[1], ==, PATELLA_SIDE_RIGHT);

  g_assert_cmpuint (patella_exercise_get_sides (bridge, PATELLA_SIDE_LEFT, sides), ==, 1);
  g_assert_cmpint (sides[0], ==, PATELLA_SIDE_BOTH);

  g_assert_cmpuint (patella_exercise_get_sides (slr, PATELLA_SIDE_RIGHT, sides), ==, 1);
  g_assert_cmpint (sides[0], ==, PATELLA_SIDE_RIGHT);
  g_assert_cmpuint (patella_exercise_get_sides (slr, PATELLA_SIDE_LEFT, sides), ==, 1);
  g_assert_cmpint (sides[0], ==, PATELLA_SIDE_LEFT);
  g_assert_cmpuint (patella_exercise_get_sides (slr, PATELLA_SIDE_BOTH, sides), ==, 2);
  g_assert_cmpint (sides[0], ==, PATELLA_SIDE_LEFT);
  g_assert_cmpint (sides[1], ==, PATELLA_SIDE_RIGHT);
}

typedef struct
{
  const char      *what;
  PatellaWorkKind  work;
  gsize            field;        /* offset into PatellaDose */
  int              value;
  int              code;         /* -1: valid */
  const char      *field_name;   /* must appear in the message */
  const char      *limit;        /* must appear in the message */
} DoseCase;

#define F(name) G_STRUCT_OFFSET (PatellaDose, name)

static const DoseCase dose_cases[] = {
  { "sets 0", PATELLA_WORK_REPS_HOLD, F (sets), 0, PATELLA_DOSE_ERROR_OUT_OF_RANGE, "Sets", "10" },
  { "sets 1", PATELLA_WORK_REPS_HOLD, F (sets), 1, -1, NULL, NULL },
  { "sets 10", PATELLA_WORK_REPS_HOLD, F (sets), 10, -1, NULL, NULL },
  { "sets 11", PATELLA_WORK_REPS_HOLD, F (sets), 11, PATELLA_DOSE_ERROR_OUT_OF_RANGE,
    "Sets", "10" },
  { "sets -1", PATELLA_WORK_REPS_HOLD, F (sets), -1, PATELLA_DOSE_ERROR_OUT_OF_RANGE,
    "Sets", "-1" },
  { "reps 0", PATELLA_WORK_REPS_TEMPO, F (reps), 0, PATELLA_DOSE_ERROR_OUT_OF_RANGE,
    "Reps", "100" },
  { "reps 100", PATELLA_WORK_REPS_TEMPO, F (reps), 100, -1, NULL, NULL },
  { "reps 101", PATELLA_WORK_REPS_TEMPO, F (reps), 101, PATELLA_DOSE_ERROR_OUT_OF_RANGE,
    "Reps", "100" },
  { "timed reps 11", PATELLA_WORK_TIMED_HOLD, F (reps), 11, PATELLA_DOSE_ERROR_OUT_OF_RANGE,
    "Reps", "10" },
  { "hold on tempo", PATELLA_WORK_REPS_TEMPO, F (hold_seconds), 5,
    PATELLA_DOSE_ERROR_NOT_APPLICABLE, "Hold", "no hold" },
  { "hold 0 on hold", PATELLA_WORK_REPS_HOLD, F (hold_seconds), 0,
    PATELLA_DOSE_ERROR_OUT_OF_RANGE, "Hold", "60" },
  { "hold 60", PATELLA_WORK_REPS_HOLD, F (hold_seconds), 60, -1, NULL, NULL },
  { "hold 61", PATELLA_WORK_REPS_HOLD, F (hold_seconds), 61, PATELLA_DOSE_ERROR_OUT_OF_RANGE,
    "Hold", "60" },
  { "hold -5", PATELLA_WORK_REPS_HOLD, F (hold_seconds), -5, PATELLA_DOSE_ERROR_OUT_OF_RANGE,
    "Hold", "-5" },
  { "timed hold 300", PATELLA_WORK_TIMED_HOLD, F (hold_seconds), 300, -1, NULL, NULL },
  { "timed hold 301", PATELLA_WORK_TIMED_HOLD, F (hold_seconds), 301,
    PATELLA_DOSE_ERROR_OUT_OF_RANGE, "Hold", "300" },
  { "pause on hold", PATELLA_WORK_REPS_HOLD, F (tempo_pause_seconds), 1,
    PATELLA_DOSE_ERROR_NOT_APPLICABLE, "Pause at the top", "hold" },
  { "up -1", PATELLA_WORK_REPS_TEMPO, F (tempo_up_seconds), -1,
    PATELLA_DOSE_ERROR_OUT_OF_RANGE, "Time up", "10" },
  { "up 10", PATELLA_WORK_REPS_TEMPO, F (tempo_up_seconds), 10, -1, NULL, NULL },
  { "down 11", PATELLA_WORK_REPS_TEMPO, F (tempo_down_seconds), 11,
    PATELLA_DOSE_ERROR_OUT_OF_RANGE, "Time down", "10" },
  { "pause 3600", PATELLA_WORK_REPS_TEMPO, F (tempo_pause_seconds), 3600,
    PATELLA_DOSE_ERROR_OUT_OF_RANGE, "Pause at the top", "3600" },
  { "rest 600", PATELLA_WORK_REPS_HOLD, F (rest_seconds), 600, -1, NULL, NULL },
  { "rest 601", PATELLA_WORK_REPS_HOLD, F (rest_seconds), 601, PATELLA_DOSE_ERROR_OUT_OF_RANGE,
    "Rest between sets", "600" },
  { "rest -1", PATELLA_WORK_REPS_HOLD, F (rest_seconds), -1, PATELLA_DOSE_ERROR_OUT_OF_RANGE,
    "Rest between sets", "600" },
  { "switch 61", PATELLA_WORK_REPS_HOLD, F (switch_seconds), 61,
    PATELLA_DOSE_ERROR_OUT_OF_RANGE, "Pause to switch sides", "60" },
  { "get ready 0", PATELLA_WORK_REPS_HOLD, F (get_ready_seconds), 0, -1, NULL, NULL },
  { "get ready 61", PATELLA_WORK_REPS_HOLD, F (get_ready_seconds), 61,
    PATELLA_DOSE_ERROR_OUT_OF_RANGE, "Get-ready countdown", "60" },
};

#undef F

static void
test_dose_limits (void)
{
  /* A valid dose for each work kind; each case changes one field. */
  const PatellaDose base[] = {
    [PATELLA_WORK_REPS_TEMPO] = { .sets = 2, .reps = 10, .tempo_up_seconds = 2,
                                  .tempo_down_seconds = 2, .rest_seconds = 30 },
    [PATELLA_WORK_REPS_HOLD] = { .sets = 2, .reps = 10, .hold_seconds = 5,
                                 .tempo_up_seconds = 2, .tempo_down_seconds = 2 },
    [PATELLA_WORK_TIMED_HOLD] = { .sets = 1, .reps = 1, .hold_seconds = 30 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dose_cases); i++)
    {
      const DoseCase *c = &dose_cases[i];
      PatellaDose dose = base[c->work];
      g_autoptr(GError) error = NULL;
      gboolean ok;

      G_STRUCT_MEMBER (int, &dose, c->field) = c->value;
      ok = patella_dose_validate (&dose, c->work, &error);

      g_test_message ("%s", c->what);
      if (c->code < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, PATELLA_DOSE_ERROR, c->code);
          g_assert_nonnull (strstr (error->message, c->field_name));
          g_assert_nonnull (strstr (error->message, c->limit));
        }
    }
}

static void
test_dose_special_cases (void)
{
  PatellaDose empty = { .sets = 1, .reps = 5 };
  PatellaDose tired_hold = { .sets = 1, .reps = 1, .hold_seconds = 30, .until_tired = TRUE };
  PatellaDose tired_reps = { .sets = 1, .reps = 50, .until_tired = TRUE, .tempo_up_seconds = 1 };
  g_autoptr(PatellaDose) copy = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (patella_dose_validate (&empty, PATELLA_WORK_REPS_TEMPO, &error));
  g_assert_error (error, PATELLA_DOSE_ERROR, PATELLA_DOSE_ERROR_EMPTY_REP);
  g_clear_error (&error);

  g_assert_false (patella_dose_validate (&tired_hold, PATELLA_WORK_TIMED_HOLD, &error));
  g_assert_error (error, PATELLA_DOSE_ERROR, PATELLA_DOSE_ERROR_NOT_APPLICABLE);
  g_clear_error (&error);

  g_assert_true (patella_dose_validate (&tired_reps, PATELLA_WORK_REPS_TEMPO, &error));
  g_assert_no_error (error);
  g_assert_cmpint (patella_dose_rep_usec (&tired_reps, PATELLA_WORK_REPS_TEMPO), ==,
                   G_USEC_PER_SEC);

  copy = patella_dose_copy (&tired_reps);
  g_assert_true (patella_dose_equal (copy, &tired_reps));
  copy->reps = 49;
  g_assert_false (patella_dose_equal (copy, &tired_reps));
  g_assert_true (G_TYPE_IS_BOXED (PATELLA_TYPE_DOSE));
}

static void
test_enum_strings (void)
{
  PatellaSide side = PATELLA_SIDE_BOTH;

  g_assert_cmpstr (patella_side_to_string (PATELLA_SIDE_LEFT), ==, "left");
  g_assert_cmpstr (patella_side_to_string (PATELLA_SIDE_RIGHT), ==, "right");
  g_assert_cmpstr (patella_side_to_string (PATELLA_SIDE_BOTH), ==, "both");
  g_assert_true (patella_side_from_string ("right", &side));
  g_assert_cmpint (side, ==, PATELLA_SIDE_RIGHT);
  g_assert_false (patella_side_from_string ("middle", &side));
  g_assert_false (patella_side_from_string (NULL, &side));
  g_assert_cmpint (side, ==, PATELLA_SIDE_RIGHT);

  g_assert_cmpstr (patella_cue_to_string (PATELLA_CUE_HOLD_TICK), ==, "hold-tick");
  g_assert_cmpstr (patella_phase_kind_to_string (PATELLA_PHASE_SWITCH_SIDE), ==, "switch-side");
  g_assert_cmpint (patella_cue_for_phase_kind (PATELLA_PHASE_REST), ==, PATELLA_CUE_REST);
  g_assert_cmpint (patella_cue_for_phase_kind (PATELLA_PHASE_EXERCISE_DONE), ==,
                   PATELLA_CUE_EXERCISE_DONE);
  g_assert_true (patella_phase_kind_is_work (PATELLA_PHASE_HOLD));
  g_assert_false (patella_phase_kind_is_work (PATELLA_PHASE_REST));
}

static void
test_exercise_custom (void)
{
  PatellaExerciseInfo info = {
    .id = "test-move",
    .name = "Test move",
    .purpose = "For tests",
    .steps = { "One", "Two", NULL },
    .work = PATELLA_WORK_REPS_HOLD,
    .side_mode = PATELLA_SIDE_MODE_EACH_SIDE,
    .dose = { .sets = 1, .reps = 2, .hold_seconds = 1 },
    .phase_labels = { [PATELLA_PHASE_UP] = "Push" },
  };
  PatellaExercise *exercise = patella_exercise_new (&info);

  /* The info is copied: changing it afterwards changes nothing. */
  info.name = "Changed";
  g_assert_cmpstr (patella_exercise_get_name (exercise), ==, "Test move");
  g_assert_cmpstr (patella_exercise_get_phase_label (exercise, PATELLA_PHASE_UP), ==, "Push");
  g_assert_cmpstr (patella_exercise_get_phase_label (exercise, PATELLA_PHASE_DOWN), ==, "Lower");
  g_assert_cmpuint (g_strv_length ((char **)patella_exercise_get_cautions (exercise)), ==, 0);
  g_assert_null (patella_exercise_get_dose_advice (exercise));
  g_assert_finalize_object (exercise);
}

static int *
dose_field (PatellaDose     *dose,
            PatellaDoseLimit field)
{
  int *fields[PATELLA_N_DOSE_LIMITS] = {
    &dose->sets, &dose->reps, &dose->hold_seconds, &dose->tempo_up_seconds,
    &dose->tempo_pause_seconds, &dose->tempo_down_seconds, &dose->rest_seconds,
    &dose->switch_seconds, &dose->get_ready_seconds,
  };

  return fields[field];
}

/* The limits an editor shows are exactly those validation applies: for
 * every kind and field, min and max pass, one beyond each fails. */
static void
test_dose_editor_limits (void)
{
  for (PatellaWorkKind work = PATELLA_WORK_REPS_TEMPO; work <= PATELLA_WORK_TIMED_HOLD; work++)
    {
      PatellaDose base = { .sets = 1, .reps = 1, .tempo_up_seconds = 1, .tempo_down_seconds = 1 };

      if (work != PATELLA_WORK_REPS_TEMPO)
        base.hold_seconds = 1;
      g_assert_true (patella_dose_validate (&base, work, NULL));

      for (PatellaDoseLimit field = 0; field < PATELLA_N_DOSE_LIMITS; field++)
        {
          PatellaDose dose = base;
          int min = -1, max = -1;
          gboolean applies = patella_dose_get_limits (field, work, &min, &max);

          g_test_message ("work %d field %d: %d..%d", work, field, min, max);
          if (!applies)
            {
              g_assert_cmpint (min, ==, 0);
              g_assert_cmpint (max, ==, 0);
              *dose_field (&dose, field) = 1;
              g_assert_false (patella_dose_validate (&dose, work, NULL));
              continue;
            }
          *dose_field (&dose, field) = min;
          g_assert_true (patella_dose_validate (&dose, work, NULL));
          *dose_field (&dose, field) = max;
          g_assert_true (patella_dose_validate (&dose, work, NULL));
          *dose_field (&dose, field) = max + 1;
          g_assert_false (patella_dose_validate (&dose, work, NULL));
          *dose_field (&dose, field) = min - 1;
          g_assert_false (patella_dose_validate (&dose, work, NULL));
        }
    }

  /* The figures the issue names: a clamshell may reach 50 a side, a wall
   * squat a 10 s hold, a stretch 30 s. */
  {
    int min, max;

    g_assert_true (patella_dose_get_limits (PATELLA_DOSE_LIMIT_REPS, PATELLA_WORK_REPS_TEMPO,
                                            &min, &max));
    g_assert_cmpint (max, >=, 50);
    g_assert_true (patella_dose_get_limits (PATELLA_DOSE_LIMIT_HOLD, PATELLA_WORK_REPS_HOLD,
                                            &min, &max));
    g_assert_cmpint (max, >=, 10);
    g_assert_true (patella_dose_get_limits (PATELLA_DOSE_LIMIT_HOLD, PATELLA_WORK_TIMED_HOLD,
                                            &min, &max));
    g_assert_cmpint (max, >=, 30);
  }
}

/* An exercise the user defines: its own words, untranslated, and found by
 * the catalogue's lookup once added. */
static void
test_exercise_user_defined (void)
{
  PatellaCatalogue *catalogue = patella_catalogue_new ();
  PatellaDose dose = { .sets = 2, .reps = 8, .hold_seconds = 3, .rest_seconds = 20 };
  PatellaExercise *exercise = NULL;
  PatellaExercise *again = NULL;
  g_autofree char *long_name = g_strnfill (PATELLA_EXERCISE_CUSTOM_NAME_MAX + 1, 'x');
  g_autofree char *max_name = g_strnfill (PATELLA_EXERCISE_CUSTOM_NAME_MAX, 'x');
  g_autofree char *long_text = g_strnfill (PATELLA_EXERCISE_CUSTOM_INSTRUCTIONS_MAX + 1, 'x');
  g_autoptr(GError) error = NULL;

  g_assert_true (patella_exercise_validate_custom ("Step-downs", "Stand on a step\n\nLower", NULL));
  g_assert_true (patella_exercise_validate_custom (max_name, NULL, NULL));
  g_assert_false (patella_exercise_validate_custom ("   ", NULL, &error));
  g_assert_error (error, PATELLA_DOSE_ERROR, PATELLA_DOSE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_false (patella_exercise_validate_custom (long_name, NULL, &error));
  g_assert_nonnull (strstr (error->message, "60"));
  g_clear_error (&error);
  g_assert_false (patella_exercise_validate_custom ("Ok", long_text, &error));
  g_clear_error (&error);
  g_assert_false (patella_exercise_validate_custom ("Ok", "1\n2\n3\n4\n5\n6\n7\n8\n9", &error));
  g_assert_nonnull (strstr (error->message, "9 steps"));
  g_clear_error (&error);

  exercise = patella_exercise_new_custom ("custom-step-downs", "Step-downs",
                                          PATELLA_WORK_REPS_HOLD, PATELLA_SIDE_MODE_EACH_SIDE,
                                          &dose, "Stand on a step\n\n  Lower slowly  \n");
  g_assert_true (patella_exercise_get_custom (exercise));
  g_assert_true (patella_exercise_get_optional (exercise));
  g_assert_cmpstr (patella_exercise_get_name (exercise), ==, "Step-downs");
  g_assert_cmpuint (g_strv_length ((char **) patella_exercise_get_steps (exercise)), ==, 2);
  g_assert_cmpstr (patella_exercise_get_steps (exercise)[1], ==, "Lower slowly");
  g_assert_cmpstr (patella_exercise_get_phase_label (exercise, PATELLA_PHASE_DOWN), ==, "Lower");
  g_assert_true (patella_dose_equal (patella_exercise_get_default_dose (exercise), &dose));
  g_assert_true (patella_exercise_validate_dose (exercise, &dose, NULL));

  g_assert_null (patella_catalogue_lookup (catalogue, "custom-step-downs"));
  patella_catalogue_add_custom (catalogue, exercise);
  g_assert_true (patella_catalogue_lookup (catalogue, "custom-step-downs") == exercise);
  /* Not in the list model: that stays the built-in catalogue. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalogue)), ==,
                    G_N_ELEMENTS (core_ids) + G_N_ELEMENTS (optional_ids));

  /* Replaced by a later definition, the first stays alive for borrowers. */
  again = patella_exercise_new_custom ("custom-step-downs", "Step-downs 2",
                                       PATELLA_WORK_REPS_HOLD, PATELLA_SIDE_MODE_EACH_SIDE,
                                       &dose, NULL);
  patella_catalogue_add_custom (catalogue, again);
  g_assert_true (patella_catalogue_lookup (catalogue, "custom-step-downs") == again);
  g_assert_cmpstr (patella_exercise_get_name (exercise), ==, "Step-downs");

  g_object_unref (exercise);
  g_object_unref (again);
  g_assert_finalize_object (catalogue);
}

static void
test_catalogue_new_is_independent (void)
{
  PatellaCatalogue *catalogue = patella_catalogue_new ();

  g_assert_true (catalogue != patella_catalogue_get_default ());
  g_assert_nonnull (patella_catalogue_lookup (catalogue, "wall-squat"));
  g_assert_finalize_object (catalogue);
}

int
main (int   argc,
      char *argv[])
{
  /* The assertions compare English texts. */
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalogue/contents", test_catalogue_contents);
  g_test_add_func ("/catalogue/texts-and-doses", test_catalogue_texts_and_doses);
  g_test_add_func ("/catalogue/program-facts", test_catalogue_program_facts);
  g_test_add_func ("/catalogue/new", test_catalogue_new_is_independent);
  g_test_add_func ("/exercise/sides", test_exercise_sides);
  g_test_add_func ("/exercise/custom", test_exercise_custom);
  g_test_add_func ("/exercise/user-defined", test_exercise_user_defined);
  g_test_add_func ("/dose/limits", test_dose_limits);
  g_test_add_func ("/dose/editor-limits", test_dose_editor_limits);
  g_test_add_func ("/dose/special-cases", test_dose_special_cases);
  g_test_add_func ("/enums/strings", test_enum_strings);

  return g_test_run ();
}
