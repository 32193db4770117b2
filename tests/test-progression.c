/* test-progression.c: the weekly dose review, from pain series as fixtures
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-catalogue.h"
#include "patella-progression.h"

/* Fixtures as text, days counted from "today": "-7:2 -5:-" is a session
 * seven days ago with pain 2 during it and one five days ago unscored;
 * for the diary the number is the day's usual pain. */
typedef struct
{
  const char                *name;
  const char                *today;
  const char                *exercise;
  int                        sets, reps, hold;  /* 0 0 0: the default dose */
  const char                *sessions;
  const char                *diary;
  PatellaWarningSign         signs;
  gboolean                   unconfirmed;
  PatellaProgressionDecision decision;
  PatellaProgressionReason   reason;
  int                        new_sets, new_reps, new_hold;
  gboolean                   at_limit;
  guint                      n_sessions;
  int                        max_pain;
  int                        max_rise;          /* G_MININT: none known */
  const char                *title;
  const char                *explanation;       /* the start of it */
} ReviewCase;

#define NONE G_MININT
#define GOOD_WEEK "-7:1 -5:2 -3:2 -1:0"
#define FLAT_DIARY "-8:2 -7:2 -6:2 -5:2 -4:2 -3:2 -2:2 -1:2 0:2"

static const ReviewCase review_cases[] = {
  { "progress", "2026-03-30", "clamshell", 0, 0, 0, GOOD_WEEK, FLAT_DIARY, 0, FALSE,
    PATELLA_PROGRESSION_PROGRESS, PATELLA_PROGRESSION_REASON_WELL_TOLERATED, 1, 25, 0, FALSE,
    4, 2, 0, "Clamshell: 20 → 25 reps a side",
    "Last week your knee stayed at 2/10 or less during them and was no worse the next morning." },
  { "progress-morning-better", "2026-03-30", "wall-squat", 0, 0, 0, "-4:3", "-4:5 -3:2", 0, FALSE,
    PATELLA_PROGRESSION_PROGRESS, PATELLA_PROGRESSION_REASON_WELL_TOLERATED, 1, 10, 6, FALSE,
    1, 3, -3, "Wall squat: hold 5 → 6 seconds", "Last week your knee stayed at 3/10" },
  { "progress-sets", "2026-03-30", "straight-leg-raise", 3, 20, 2, GOOD_WEEK, FLAT_DIARY, 0, FALSE,
    PATELLA_PROGRESSION_PROGRESS, PATELLA_PROGRESSION_REASON_WELL_TOLERATED, 4, 20, 2, FALSE,
    4, 2, 0, "Straight-leg raise: 3 → 4 sets", "Last week" },
  { "progress-reps", "2026-03-30", "heel-raise", 1, 12, 0, GOOD_WEEK, FLAT_DIARY, 0, FALSE,
    PATELLA_PROGRESSION_PROGRESS, PATELLA_PROGRESSION_REASON_WELL_TOLERATED, 1, 14, 0, FALSE,
    4, 2, 0, "Heel raise with a ball: 12 → 14 reps", "Last week" },
  { "progress-at-top", "2026-03-30", "heel-raise", 0, 0, 0, GOOD_WEEK, FLAT_DIARY, 0, FALSE,
    PATELLA_PROGRESSION_HOLD, PATELLA_PROGRESSION_REASON_WELL_TOLERATED, 1, 20, 0, TRUE,
    4, 2, 0, "Heel raise with a ball: top of the program reached",
    "Last week your knee stayed at 2/10 or less during them and was no worse the next "
    "morning. This is the top of the program: keep it up at this dose." },
  /* Unscored sessions and unusable diary rows are passed over. */
  { "progress-some-unscored", "2026-03-30", "clamshell", 0, 0, 0, "-6:- -4:4 -2:-",
    "-6:9 -4:3 -3:3 -2:-1 -1:11", 0, FALSE,
    PATELLA_PROGRESSION_PROGRESS, PATELLA_PROGRESSION_REASON_WELL_TOLERATED, 1, 25, 0, FALSE,
    3, 4, 0, "Clamshell: 20 → 25 reps a side", "Last week your knee stayed at 4/10" },

  /* Hold: pain reached 5, or the morning rose by 1. */
  { "hold-pain-5", "2026-03-30", "clamshell", 0, 0, 0, "-6:2 -4:5 -2:1", FLAT_DIARY, 0, FALSE,
    PATELLA_PROGRESSION_HOLD, PATELLA_PROGRESSION_REASON_PAIN_AT_LIMIT, 1, 20, 0, FALSE,
    3, 5, 0, "Clamshell: same dose for another week",
    "Last week your knee reached 5/10 during them, the most this program allows." },
  { "hold-morning-1", "2026-03-30", "straight-leg-raise", 0, 0, 0, "-4:3 -2:3",
    "-4:2 -3:3 -2:3 -1:3", 0, FALSE,
    PATELLA_PROGRESSION_HOLD, PATELLA_PROGRESSION_REASON_MORNING_WORSE, 3, 10, 2, FALSE,
    2, 3, 1, "Straight-leg raise: same dose for another week",
    "The morning after one of them your knee was 1 point worse" },
  { "hold-warning-logged", "2026-03-30", "clamshell", 0, 0, 0, GOOD_WEEK, FLAT_DIARY,
    PATELLA_WARNING_SIGN_SWELLING, FALSE,
    PATELLA_PROGRESSION_HOLD, PATELLA_PROGRESSION_REASON_WARNING_LOGGED, 1, 20, 0, FALSE,
    4, 2, 0, "Clamshell: same dose for another week", "A warning sign was logged last week." },

  /* Reduce: pain above 5, or the morning rose by 2 or more. */
  { "reduce-pain-6", "2026-03-30", "clamshell", 0, 0, 0, "-6:2 -4:6", FLAT_DIARY, 0, FALSE,
    PATELLA_PROGRESSION_REDUCE, PATELLA_PROGRESSION_REASON_PAIN_ABOVE_LIMIT, 1, 15, 0, FALSE,
    2, 6, 0, "Clamshell: 20 → 15 reps a side",
    "Last week your knee reached 6/10 during them, more than the 5/10 this program allows." },
  { "reduce-morning-2", "2026-03-30", "glute-bridge", 2, 10, 4, "-3:1", "-3:2 -2:4", 0, FALSE,
    PATELLA_PROGRESSION_REDUCE, PATELLA_PROGRESSION_REASON_MORNING_MUCH_WORSE, 2, 10, 3, FALSE,
    1, 1, 2, "Glute bridge: hold 4 → 3 seconds",
    "The morning after one of them your knee was 2 points worse than the day before." },
  { "reduce-beats-warning-hold", "2026-03-30", "clamshell", 0, 0, 0, "-2:7", FLAT_DIARY,
    PATELLA_WARNING_SIGN_PAINFUL_POP, FALSE,
    PATELLA_PROGRESSION_REDUCE, PATELLA_PROGRESSION_REASON_PAIN_ABOVE_LIMIT, 1, 15, 0, FALSE,
    1, 7, 0, "Clamshell: 20 → 15 reps a side", "Last week your knee reached 7/10" },
  { "reduce-at-floor", "2026-03-30", "wall-squat", 0, 0, 0, "-5:8", "", 0, FALSE,
    PATELLA_PROGRESSION_REDUCE, PATELLA_PROGRESSION_REASON_PAIN_ABOVE_LIMIT, 1, 10, 5, TRUE,
    1, 8, NONE, "Wall squat: already at the lightest dose",
    "Last week your knee reached 8/10 during them, more than the 5/10 this program allows. "
    "One step back gives it time to settle. If they still hurt at this dose, leave them out "
    "for now and ask a physiotherapist." },

  /* Paused: an unconfirmed warning sign wins over everything. */
  { "paused", "2026-03-30", "clamshell", 0, 0, 0, "-2:9", FLAT_DIARY,
    PATELLA_WARNING_SIGN_GIVING_WAY, TRUE,
    PATELLA_PROGRESSION_PAUSED, PATELLA_PROGRESSION_REASON_WARNING_UNCONFIRMED, 1, 20, 0, FALSE,
    1, 9, 0, "Clamshell: changes paused", "A warning sign is in your diary." },

  /* Not enough to go on: hold, and say what is missing. */
  { "no-sessions", "2026-03-30", "clamshell", 0, 0, 0, "-8:1 0:1 1:1", FLAT_DIARY, 0, FALSE,
    PATELLA_PROGRESSION_HOLD, PATELLA_PROGRESSION_REASON_NO_SESSIONS, 1, 20, 0, FALSE,
    0, PATELLA_PAIN_NOT_SCORED, NONE, "Clamshell: same dose for another week",
    "You did not do them last week" },
  { "no-pain-scores", "2026-03-30", "clamshell", 0, 0, 0, "-5:- -3:-", FLAT_DIARY, 0, FALSE,
    PATELLA_PROGRESSION_HOLD, PATELLA_PROGRESSION_REASON_NO_PAIN_SCORES, 1, 20, 0, FALSE,
    2, PATELLA_PAIN_NOT_SCORED, 0, "Clamshell: same dose for another week",
    "Last week no pain was scored during them." },
  { "no-morning-scores", "2026-03-30", "clamshell", 0, 0, 0, "-5:2 -3:2", "-5:2 -2:2", 0, FALSE,
    PATELLA_PROGRESSION_HOLD, PATELLA_PROGRESSION_REASON_NO_MORNING_SCORES, 1, 20, 0, FALSE,
    2, 2, NONE, "Clamshell: same dose for another week",
    "Your diary has no pain score for the mornings after them." },

  /* The week's edges: seven days before today, today's diary as the last
   * session's next morning; here across the spring DST change in Berlin
   * (29 March 2026) and across a year end. */
  { "week-edges-dst", "2026-03-30", "clamshell", 0, 0, 0, "-8:9 -7:2 -1:3 0:9",
    "-7:3 -6:3 -1:3 0:3", 0, FALSE,
    PATELLA_PROGRESSION_PROGRESS, PATELLA_PROGRESSION_REASON_WELL_TOLERATED, 1, 25, 0, FALSE,
    2, 3, 0, "Clamshell: 20 → 25 reps a side", "Last week your knee stayed at 3/10" },
  { "week-edges-year-end", "2027-01-03", "clamshell", 0, 0, 0, "-7:1 -4:1 -1:6",
    "-7:1 -6:1 -4:1 -3:1 -1:1 0:1", 0, FALSE,
    PATELLA_PROGRESSION_REDUCE, PATELLA_PROGRESSION_REASON_PAIN_ABOVE_LIMIT, 1, 15, 0, FALSE,
    3, 6, 0, "Clamshell: 20 → 15 reps a side", "Last week your knee reached 6/10" },
};

/* "-7:2 -5:-" into rows; '-' after the colon is "not scored". */
static GArray *
parse_days (const char *today,
            const char *text,
            gboolean    diary)
{
  g_auto(GStrv) tokens = g_strsplit (text, " ", -1);
  GArray *rows = g_array_new (FALSE, TRUE, diary ? sizeof (PatellaSeriesPain)
                                                 : sizeof (PatellaExerciseSession));

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      char day[11];
      char *colon;
      int value;

      if (*tokens[i] == '\0')
        continue;
      colon = strchr (tokens[i], ':');
      g_assert_nonnull (colon);
      patella_local_day_add_days (today, atoi (tokens[i]), day);
      value = g_str_equal (colon + 1, "-") ? PATELLA_PAIN_NOT_SCORED : atoi (colon + 1);

      if (diary)
        {
          PatellaSeriesPain row = { .usual = value, .worst = value };

          memcpy (row.day, day, sizeof day);
          g_array_append_val (rows, row);
        }
      else
        {
          PatellaExerciseSession row = { .pain_during = value };

          memcpy (row.day, day, sizeof day);
          g_array_append_val (rows, row);
        }
    }

  return rows;
}

static void
test_review_table (void)
{
  PatellaCatalogue *catalogue = patella_catalogue_get_default ();

  for (guint i = 0; i < G_N_ELEMENTS (review_cases); i++)
    {
      const ReviewCase *c = &review_cases[i];
      PatellaExercise *exercise = patella_catalogue_lookup (catalogue, c->exercise);
      PatellaDose dose = *patella_exercise_get_default_dose (exercise);
      g_autoptr(GArray) sessions = parse_days (c->today, c->sessions, FALSE);
      g_autoptr(GArray) diary = parse_days (c->today, c->diary, TRUE);
      g_autoptr(PatellaProposal) p = NULL;
      g_autoptr(PatellaProposal) copy = NULL;
      PatellaProgressionInput input = {
        .today = c->today,
        .sessions = (PatellaExerciseSession *) (gpointer) sessions->data,
        .n_sessions = sessions->len,
        .pain = (PatellaSeriesPain *) (gpointer) diary->data,
        .n_pain = diary->len,
        .signs_logged = c->signs,
        .warning_unconfirmed = c->unconfirmed,
      };

      g_test_message ("case %s", c->name);
      if (c->sets != 0)
        {
          dose.sets = c->sets;
          dose.reps = c->reps;
          dose.hold_seconds = c->hold;
        }

      p = patella_progression_review (exercise, &dose, &input);
      g_assert_nonnull (p);
      g_assert_cmpstr (p->exercise_id, ==, c->exercise);
      g_assert_cmpint (p->decision, ==, c->decision);
      g_assert_cmpint (p->reason, ==, c->reason);
      g_assert_true (patella_dose_equal (&p->old_dose, &dose));
      g_assert_cmpint (p->new_dose.sets, ==, c->new_sets);
      g_assert_cmpint (p->new_dose.reps, ==, c->new_reps);
      g_assert_cmpint (p->new_dose.hold_seconds, ==, c->new_hold);
      g_assert_cmpint (p->new_dose.rest_seconds, ==, dose.rest_seconds);
      g_assert_cmpint (p->at_limit, ==, c->at_limit);
      g_assert_cmpuint (p->n_sessions, ==, c->n_sessions);
      g_assert_cmpint (p->max_pain, ==, c->max_pain);
      g_assert_cmpint (p->max_rise, ==, c->max_rise);
      g_assert_cmpstr (p->title, ==, c->title);
      g_assert_true (g_str_has_prefix (p->explanation, c->explanation));
      g_assert_cmpint (patella_proposal_changes_dose (p), ==,
                       c->new_sets != dose.sets || c->new_reps != dose.reps ||
                       c->new_hold != dose.hold_seconds);

      copy = patella_proposal_copy (p);
      g_assert_true (copy->title != p->title);
      g_assert_cmpstr (copy->title, ==, p->title);
      g_assert_cmpstr (copy->explanation, ==, p->explanation);
      g_assert_cmpstr (copy->exercise_id, ==, p->exercise_id);
      g_assert_true (patella_dose_equal (&copy->new_dose, &p->new_dose));
    }
}

/* Stretches and user exercises have no steps: no proposal at all. */
static void
test_no_ladder (void)
{
  PatellaExercise *stretch = patella_catalogue_lookup (patella_catalogue_get_default (),
                                                       "hamstring-stretch");
  PatellaProgressionInput input = { .today = "2026-03-30" };

  g_assert_null (patella_progression_review (stretch, patella_exercise_get_default_dose (stretch),
                                             &input));
  patella_proposal_free (NULL);
}

typedef struct
{
  const char *swapped;
  const char *last_pain;
  gboolean    unconfirmed;
  const char *today;
  gboolean    due;
} ReturnCase;

static const ReturnCase return_cases[] = {
  { "2026-03-20", NULL, FALSE, "2026-03-26", FALSE },        /* six days */
  { "2026-03-20", NULL, FALSE, "2026-03-27", TRUE },         /* a full week */
  { "2026-03-20", "2026-03-24", FALSE, "2026-03-27", FALSE },/* pain since: count again */
  { "2026-03-20", "2026-03-24", FALSE, "2026-03-31", TRUE },
  { "2026-03-20", "2026-03-18", FALSE, "2026-03-27", TRUE }, /* pain before the swap */
  { "2026-03-20", NULL, TRUE, "2026-04-20", FALSE },         /* a warning sign stands */
  { "2026-12-28", NULL, FALSE, "2027-01-03", FALSE },        /* across a year end */
  { "2026-12-28", NULL, FALSE, "2027-01-04", TRUE },
};

static void
test_wall_squat_return (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (return_cases); i++)
    {
      const ReturnCase *c = &return_cases[i];
      /* Not heap memory: the function must overwrite it, never free it. */
      char *why = (char *) "stale";
      gboolean due;

      g_test_message ("case %u", i);
      due = patella_progression_wall_squat_return (c->swapped, c->last_pain, c->unconfirmed,
                                                   c->today, &why);
      g_assert_cmpint (due, ==, c->due);
      if (c->due)
        {
          g_assert_true (g_str_has_prefix (why,
                                           "A week has gone by without pain at the kneecap."));
          g_free (why);
        }
      else
        g_assert_null (why);
      g_assert_cmpint (patella_progression_wall_squat_return (c->swapped, c->last_pain,
                                                              c->unconfirmed, c->today, NULL),
                       ==, c->due);
    }
}

/* The nicks are the names a store or a log keeps: they must not drift. */
static void
test_nicks (void)
{
  g_autoptr(GEnumClass) decisions = g_type_class_ref (PATELLA_TYPE_PROGRESSION_DECISION);
  g_autoptr(GEnumClass) reasons = g_type_class_ref (PATELLA_TYPE_PROGRESSION_REASON);

  g_assert_cmpuint (decisions->n_values, ==, 4);
  g_assert_cmpstr (g_enum_get_value (decisions, PATELLA_PROGRESSION_PAUSED)->value_nick, ==,
                   "paused");
  g_assert_cmpuint (reasons->n_values, ==, 10);
  g_assert_cmpstr (g_enum_get_value (reasons,
                                     PATELLA_PROGRESSION_REASON_MORNING_MUCH_WORSE)->value_nick,
                   ==, "morning-much-worse");
  g_assert_true (G_TYPE_IS_BOXED (PATELLA_TYPE_PROPOSAL));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/progression/review-table", test_review_table);
  g_test_add_func ("/progression/no-ladder", test_no_ladder);
  g_test_add_func ("/progression/wall-squat-return", test_wall_squat_return);
  g_test_add_func ("/progression/nicks", test_nicks);

  return g_test_run ();
}
