/* test-session-outcome.c: completed, partial or abandoned, from what was recorded
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-session-outcome.h"

typedef struct
{
  gboolean until_tired;
  guint    reps_planned, reps_done;
  double   hold_planned, hold_done;
  guint    full, shorter;   /* what the tally gains */
} RecordCase;

static const RecordCase record_cases[] = {
  { FALSE, 10, 10, 0, 0, 1, 0 },        /* all reps */
  { FALSE, 10, 9, 0, 0, 0, 1 },         /* one short */
  { FALSE, 10, 0, 0, 0, 0, 0 },         /* nothing: not a set */
  { FALSE, 10, 10, 50, 50, 1, 0 },      /* reps and holds in full */
  { FALSE, 10, 10, 50, 49.6, 1, 0 },    /* within rounding */
  { FALSE, 10, 10, 50, 40, 0, 1 },      /* holds cut short */
  { FALSE, 10, 0, 50, 3, 0, 1 },        /* part of a first hold */
  { FALSE, 1, 0, 30, 0.2, 0, 0 },       /* a stretch barely begun */
  { TRUE, 20, 14, 0, 0, 1, 0 },         /* until tired: stopping is the way it ends */
  { TRUE, 20, 0, 0, 0, 0, 0 },
  { TRUE, 20, 0, 0, 2, 0, 1 },          /* until tired, held but no rep finished */
};

static void
test_record (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (record_cases); i++)
    {
      const RecordCase *c = &record_cases[i];
      PatellaExerciseTally tally = { .exercise_id = "x", .sets_planned = 1,
                                     .until_tired = c->until_tired };
      PatellaSetRecord record = { .exercise_id = (char *) "x", .set = 1,
                                  .reps_planned = c->reps_planned, .reps_done = c->reps_done,
                                  .hold_seconds_planned = c->hold_planned,
                                  .hold_seconds_done = c->hold_done };

      g_test_message ("case %u", i);
      patella_exercise_tally_add_record (&tally, &record);
      g_assert_cmpuint (tally.sets_full, ==, c->full);
      g_assert_cmpuint (tally.sets_short, ==, c->shorter);
    }
}

static void
test_result (void)
{
  static const struct {
    guint planned, full, shorter;
    gboolean swapped;
    PatellaExerciseResult result;
  } cases[] = {
    { 3, 3, 0, FALSE, PATELLA_EXERCISE_RESULT_DONE },
    { 3, 2, 1, FALSE, PATELLA_EXERCISE_RESULT_STOPPED_EARLY },
    { 3, 2, 0, FALSE, PATELLA_EXERCISE_RESULT_STOPPED_EARLY },
    { 3, 0, 1, FALSE, PATELLA_EXERCISE_RESULT_STOPPED_EARLY },
    { 3, 0, 0, FALSE, PATELLA_EXERCISE_RESULT_SKIPPED },
    { 3, 0, 0, TRUE, PATELLA_EXERCISE_RESULT_SWAPPED },
    { 1, 0, 1, TRUE, PATELLA_EXERCISE_RESULT_SWAPPED },
    { 0, 0, 0, FALSE, PATELLA_EXERCISE_RESULT_SKIPPED },  /* nothing planned is not done */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PatellaExerciseTally tally = { .exercise_id = "x", .sets_planned = cases[i].planned,
                                     .sets_full = cases[i].full, .sets_short = cases[i].shorter,
                                     .swapped = cases[i].swapped };

      g_assert_cmpint (patella_exercise_tally_get_result (&tally), ==, cases[i].result);
    }
}

/* The default session: clamshell (1 set, each side, until tired), glute
 * bridge (2 sets), wall squat (1 set), straight-leg raise (3 sets, one
 * leg), heel raise (1 set, until tired). Records are written
 * "id:set:side:reps_done", with 'R' for right, 'L' left, 'B' both, and a
 * trailing '*' for a set done in place of a swapped exercise. */
static const PatellaExerciseTally default_plan[] = {
  { "clamshell", "Clamshell", 2, TRUE },
  { "glute-bridge", "Glute bridge", 2, FALSE },
  { "wall-squat", "Wall squat", 1, FALSE },
  { "straight-leg-raise", "Straight-leg raise", 3, FALSE },
  { "heel-raise", "Heel raise with a ball", 1, TRUE },
};

#define ALL_DONE "clamshell:1:L:20 clamshell:1:R:18 glute-bridge:1:B:10 glute-bridge:2:B:10 " \
                 "wall-squat:1:B:10 straight-leg-raise:1:R:10 straight-leg-raise:2:R:10 " \
                 "straight-leg-raise:3:R:10 heel-raise:1:B:16"

typedef struct
{
  const char               *name;
  const char               *records;
  const char               *swapped;        /* exercise id swapped by the user, or NULL */
  gboolean                  ran_to_end;
  PatellaSessionOutcomeKind kind;
  guint                     n_done;
  const char               *title;
  const char               *description;
} SessionCase;

static const SessionCase session_cases[] = {
  { "all-done", ALL_DONE, NULL, TRUE, PATELLA_SESSION_OUTCOME_COMPLETED, 5,
    "Session complete", "Every exercise done." },
  { "ended-after-the-last-set", ALL_DONE, NULL, FALSE, PATELLA_SESSION_OUTCOME_COMPLETED, 5,
    "Session complete", "Every exercise done." },
  { "wall-squat-swapped",
    "clamshell:1:L:20 clamshell:1:R:20 glute-bridge:1:B:10 glute-bridge:2:B:10 "
    "wall-squat:1:B:3 straight-leg-raise:1:R:10* "
    "straight-leg-raise:1:R:10 straight-leg-raise:2:R:10 straight-leg-raise:3:R:10 "
    "heel-raise:1:B:20", "wall-squat", TRUE, PATELLA_SESSION_OUTCOME_COMPLETED, 4,
    "Session complete", "Swapped: Wall squat." },
  { "four-of-five-skipped", "clamshell:1:L:20 clamshell:1:R:20", NULL, TRUE,
    PATELLA_SESSION_OUTCOME_PARTIAL, 1, "Session partly done",
    "Skipped: Glute bridge, Wall squat, Straight-leg raise, Heel raise with a ball." },
  { "stopped-early",
    "clamshell:1:L:20 clamshell:1:R:20 glute-bridge:1:B:10 glute-bridge:2:B:6 "
    "wall-squat:1:B:10 straight-leg-raise:1:R:10 straight-leg-raise:2:R:10 heel-raise:1:B:20",
    NULL, TRUE, PATELLA_SESSION_OUTCOME_PARTIAL, 3, "Session partly done",
    "Stopped early: Glute bridge, Straight-leg raise." },
  { "swapped-stopped-skipped",
    "clamshell:1:L:20 glute-bridge:1:B:10 glute-bridge:2:B:10 straight-leg-raise:1:R:10*",
    "wall-squat", TRUE, PATELLA_SESSION_OUTCOME_PARTIAL, 1, "Session partly done",
    "Swapped: Wall squat. Stopped early: Clamshell. Skipped: Straight-leg raise, "
    "Heel raise with a ball." },
  { "ended-early", "clamshell:1:L:20 clamshell:1:R:20 glute-bridge:1:B:10", NULL, FALSE,
    PATELLA_SESSION_OUTCOME_ABANDONED, 1, "Session ended early",
    "Stopped early: Glute bridge. Skipped: Wall squat, Straight-leg raise, "
    "Heel raise with a ball." },
  { "nothing-done", "clamshell:1:L:0", NULL, TRUE, PATELLA_SESSION_OUTCOME_ABANDONED, 0,
    "Session ended early",
    "Skipped: Clamshell, Glute bridge, Wall squat, Straight-leg raise, Heel raise with a ball." },
  /* Back to a set: the last recording counts, either way round. */
  { "set-redone-in-full",
    "clamshell:1:L:20 clamshell:1:R:20 glute-bridge:1:B:10 glute-bridge:2:B:4 "
    "glute-bridge:2:B:10 wall-squat:1:B:10 straight-leg-raise:1:R:10 straight-leg-raise:2:R:10 "
    "straight-leg-raise:3:R:10 heel-raise:1:B:20",
    NULL, TRUE, PATELLA_SESSION_OUTCOME_COMPLETED, 5, "Session complete", "Every exercise done." },
  { "set-redone-short",
    "clamshell:1:L:20 clamshell:1:R:20 glute-bridge:1:B:10 glute-bridge:2:B:10 "
    "glute-bridge:2:B:4 wall-squat:1:B:10 straight-leg-raise:1:R:10 straight-leg-raise:2:R:10 "
    "straight-leg-raise:3:R:10 heel-raise:1:B:20 unknown-exercise:1:B:10",
    NULL, TRUE, PATELLA_SESSION_OUTCOME_PARTIAL, 4, "Session partly done",
    "Stopped early: Glute bridge." },
};

static GPtrArray *
parse_records (const char *text)
{
  g_auto(GStrv) tokens = g_strsplit (text, " ", -1);
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) patella_set_record_free);

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (tokens[i], ":", 4);
      PatellaSetRecord *record = patella_set_record_new ();

      g_assert_cmpuint (g_strv_length (f), ==, 4);
      record->exercise_id = g_strdup (f[0]);
      record->set = (guint) atoi (f[1]);
      record->side = f[2][0] == 'L' ? PATELLA_SIDE_LEFT
                   : f[2][0] == 'R' ? PATELLA_SIDE_RIGHT : PATELLA_SIDE_BOTH;
      record->reps_done = (guint) atoi (f[3]);
      record->reps_planned = g_str_equal (f[0], "clamshell") || g_str_equal (f[0], "heel-raise")
                             ? 20 : 10;
      record->substituted = g_str_has_suffix (f[3], "*");
      g_ptr_array_add (records, record);
    }

  return records;
}

static void
test_sessions (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (session_cases); i++)
    {
      const SessionCase *c = &session_cases[i];
      PatellaExerciseTally plan[G_N_ELEMENTS (default_plan)];
      g_autoptr(GPtrArray) records = parse_records (c->records);
      g_autoptr(PatellaSessionOutcome) outcome = NULL;
      g_autoptr(PatellaSessionOutcome) copy = NULL;
      g_autofree char *description = NULL;
      g_autofree char *copy_description = NULL;

      g_test_message ("case %s", c->name);
      memcpy (plan, default_plan, sizeof plan);
      for (guint k = 0; k < G_N_ELEMENTS (plan); k++)
        plan[k].swapped = g_strcmp0 (plan[k].exercise_id, c->swapped) == 0;

      patella_exercise_tally_add_records (plan, G_N_ELEMENTS (plan), records);
      outcome = patella_session_outcome_compute (plan, G_N_ELEMENTS (plan), c->ran_to_end);
      g_assert_cmpint (outcome->kind, ==, c->kind);
      g_assert_cmpuint (outcome->n_done, ==, c->n_done);
      g_assert_cmpuint (outcome->n_swapped, ==, c->swapped ? 1 : 0);
      g_assert_cmpstr (patella_session_outcome_get_title (outcome), ==, c->title);
      description = patella_session_outcome_describe (outcome);
      g_assert_cmpstr (description, ==, c->description);

      copy = patella_session_outcome_copy (outcome);
      g_assert_true (copy->skipped != outcome->skipped);
      copy_description = patella_session_outcome_describe (copy);
      g_assert_cmpstr (copy_description, ==, description);
    }
}

/* An exercise planned twice keeps the sets of both places, and names fall
 * back to ids. */
static void
test_planned_twice (void)
{
  PatellaExerciseTally plan[] = {
    { "clamshell", NULL, 2, TRUE },
    { "glute-bridge", NULL, 1, FALSE },
    { "clamshell", NULL, 2, TRUE },
  };
  g_autoptr(GPtrArray) records =
    parse_records ("clamshell:1:L:20 clamshell:1:R:20 glute-bridge:1:B:10 clamshell:1:L:12");
  g_autoptr(PatellaSessionOutcome) outcome = NULL;
  g_autofree char *description = NULL;

  patella_exercise_tally_add_records (plan, G_N_ELEMENTS (plan), records);
  g_assert_cmpuint (plan[0].sets_full + plan[2].sets_full, ==, 3);
  outcome = patella_session_outcome_compute (plan, G_N_ELEMENTS (plan), TRUE);
  g_assert_cmpint (outcome->kind, ==, PATELLA_SESSION_OUTCOME_PARTIAL);
  g_assert_cmpuint (outcome->n_done, ==, 2);
  description = patella_session_outcome_describe (outcome);
  g_assert_cmpstr (description, ==, "Stopped early: clamshell.");

  /* An empty plan is not a completed session. */
  g_clear_pointer (&outcome, patella_session_outcome_free);
  outcome = patella_session_outcome_compute (NULL, 0, TRUE);
  g_assert_cmpint (outcome->kind, ==, PATELLA_SESSION_OUTCOME_ABANDONED);
  patella_session_outcome_free (NULL);
}

static void
test_nicks (void)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (PATELLA_TYPE_SESSION_OUTCOME_KIND);
  g_autoptr(GEnumClass) results = g_type_class_ref (PATELLA_TYPE_EXERCISE_RESULT);

  g_assert_cmpstr (g_enum_get_value (kinds, PATELLA_SESSION_OUTCOME_PARTIAL)->value_nick, ==,
                   "partial");
  g_assert_cmpstr (g_enum_get_value (kinds, PATELLA_SESSION_OUTCOME_ABANDONED)->value_nick, ==,
                   "abandoned");
  g_assert_cmpstr (g_enum_get_value (results,
                                     PATELLA_EXERCISE_RESULT_STOPPED_EARLY)->value_nick,
                   ==, "stopped-early");
  g_assert_true (G_TYPE_IS_BOXED (PATELLA_TYPE_SESSION_OUTCOME));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session-outcome/record", test_record);
  g_test_add_func ("/session-outcome/result", test_result);
  g_test_add_func ("/session-outcome/sessions", test_sessions);
  g_test_add_func ("/session-outcome/planned-twice", test_planned_twice);
  g_test_add_func ("/session-outcome/nicks", test_nicks);

  return g_test_run ();
}
