/* patella-progression.c: the weekly review of one exercise's dose, from the user's pain
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-dose-step.h"
#include "patella-progression.h"

G_DEFINE_ENUM_TYPE (PatellaProgressionDecision, patella_progression_decision,
  G_DEFINE_ENUM_VALUE (PATELLA_PROGRESSION_PROGRESS, "progress"),
  G_DEFINE_ENUM_VALUE (PATELLA_PROGRESSION_HOLD, "hold"),
  G_DEFINE_ENUM_VALUE (PATELLA_PROGRESSION_REDUCE, "reduce"),
  G_DEFINE_ENUM_VALUE (PATELLA_PROGRESSION_PAUSED, "paused"))

G_DEFINE_ENUM_TYPE (PatellaProgressionReason, patella_progression_reason,
  G_DEFINE_ENUM_VALUE (PATELLA_PROGRESSION_REASON_WARNING_UNCONFIRMED, "warning-unconfirmed"),
  G_DEFINE_ENUM_VALUE (PATELLA_PROGRESSION_REASON_PAIN_ABOVE_LIMIT, "pain-above-limit"),
  G_DEFINE_ENUM_VALUE (PATELLA_PROGRESSION_REASON_MORNING_MUCH_WORSE, "morning-much-worse"),
  G_DEFINE_ENUM_VALUE (PATELLA_PROGRESSION_REASON_WARNING_LOGGED, "warning-logged"),
  G_DEFINE_ENUM_VALUE (PATELLA_PROGRESSION_REASON_PAIN_AT_LIMIT, "pain-at-limit"),
  G_DEFINE_ENUM_VALUE (PATELLA_PROGRESSION_REASON_MORNING_WORSE, "morning-worse"),
  G_DEFINE_ENUM_VALUE (PATELLA_PROGRESSION_REASON_NO_SESSIONS, "no-sessions"),
  G_DEFINE_ENUM_VALUE (PATELLA_PROGRESSION_REASON_NO_PAIN_SCORES, "no-pain-scores"),
  G_DEFINE_ENUM_VALUE (PATELLA_PROGRESSION_REASON_NO_MORNING_SCORES, "no-morning-scores"),
  G_DEFINE_ENUM_VALUE (PATELLA_PROGRESSION_REASON_WELL_TOLERATED, "well-tolerated"))

G_DEFINE_BOXED_TYPE (PatellaProposal, patella_proposal,
                     patella_proposal_copy, patella_proposal_free)

#define NO_RISE G_MININT

PatellaProposal *
patella_proposal_copy (const PatellaProposal *proposal)
{
  PatellaProposal *copy;

  g_return_val_if_fail (proposal != NULL, NULL);

  copy = g_memdup2 (proposal, sizeof *proposal);
  copy->exercise_id = g_strdup (proposal->exercise_id);
  copy->title = g_strdup (proposal->title);
  copy->explanation = g_strdup (proposal->explanation);
  return copy;
}

void
patella_proposal_free (PatellaProposal *proposal)
{
  if (proposal == NULL)
    return;

  g_free (proposal->exercise_id);
  g_free (proposal->title);
  g_free (proposal->explanation);
  g_free (proposal);
}

/**
 * patella_proposal_changes_dose:
 *
 * Returns: whether accepting the proposal changes the dose; a hold, a pause
 *   and a step the ladder has no room for do not
 */
gboolean
patella_proposal_changes_dose (const PatellaProposal *proposal)
{
  g_return_val_if_fail (proposal != NULL, FALSE);

  return !patella_dose_equal (&proposal->old_dose, &proposal->new_dose);
}

/* The usual pain of the diary's entry for @day, or -1. */
static int
usual_on (const PatellaProgressionInput *input,
          const char                    *day)
{
  for (gsize i = 0; i < input->n_pain; i++)
    if (strcmp (input->pain[i].day, day) == 0 &&
        input->pain[i].usual >= PATELLA_PAIN_MIN && input->pain[i].usual <= PATELLA_PAIN_MAX)
      return input->pain[i].usual;

  return -1;
}

/* Reads the week: how many sessions, the highest pain during them, and
 * the largest rise from a session day's usual pain to the next morning's. */
static void
read_week (const PatellaProgressionInput *input,
           PatellaProposal               *p)
{
  guint32 today = patella_local_day_to_julian (input->today);

  p->n_sessions = 0;
  p->max_pain = PATELLA_PAIN_NOT_SCORED;
  p->max_rise = NO_RISE;

  for (gsize i = 0; i < input->n_sessions; i++)
    {
      const PatellaExerciseSession *s = &input->sessions[i];
      guint32 day = patella_local_day_to_julian (s->day);
      char next[PATELLA_LOCAL_DAY_LEN + 1];
      int before, after;

      /* The seven days before today; 0 (not a day) falls out here too. */
      if (day == 0 || day >= today || day + PATELLA_PROGRESSION_WEEK_DAYS < today)
        continue;

      p->n_sessions++;
      if (s->pain_during >= PATELLA_PAIN_MIN && s->pain_during <= PATELLA_PAIN_MAX)
        p->max_pain = MAX (p->max_pain, s->pain_during);

      patella_local_day_add_days (s->day, 1, next);
      before = usual_on (input, s->day);
      after = usual_on (input, next);
      if (before >= 0 && after >= 0)
        p->max_rise = MAX (p->max_rise, after - before);
    }
}

/* The rules of issue 13, strictest first. The issue lets "progress" allow
 * pain of 5 and a morning rise of 1, while "hold" takes exactly those: the
 * stricter reading wins, so progress needs pain during of 4 or less and a
 * next morning no worse than the day before. Missing data never counts in
 * the user's favour: with no session, no pain score or no next-morning
 * diary score the dose is held, and the reason says what is missing. */
static void
decide (const PatellaProgressionInput *input,
        PatellaProposal               *p)
{
  if (input->warning_unconfirmed)
    {
      p->decision = PATELLA_PROGRESSION_PAUSED;
      p->reason = PATELLA_PROGRESSION_REASON_WARNING_UNCONFIRMED;
      return;
    }

  p->decision = PATELLA_PROGRESSION_REDUCE;
  if (p->max_pain > PATELLA_PROGRESSION_PAIN_LIMIT)
    p->reason = PATELLA_PROGRESSION_REASON_PAIN_ABOVE_LIMIT;
  else if (p->max_rise >= 2)
    p->reason = PATELLA_PROGRESSION_REASON_MORNING_MUCH_WORSE;
  else
    p->decision = PATELLA_PROGRESSION_HOLD;

  if (p->decision == PATELLA_PROGRESSION_REDUCE)
    return;

  if (input->signs_logged != PATELLA_WARNING_SIGN_NONE)
    p->reason = PATELLA_PROGRESSION_REASON_WARNING_LOGGED;
  else if (p->max_pain == PATELLA_PROGRESSION_PAIN_LIMIT)
    p->reason = PATELLA_PROGRESSION_REASON_PAIN_AT_LIMIT;
  else if (p->max_rise == 1)
    p->reason = PATELLA_PROGRESSION_REASON_MORNING_WORSE;
  else if (p->n_sessions == 0)
    p->reason = PATELLA_PROGRESSION_REASON_NO_SESSIONS;
  else if (p->max_pain == PATELLA_PAIN_NOT_SCORED)
    p->reason = PATELLA_PROGRESSION_REASON_NO_PAIN_SCORES;
  else if (p->max_rise == NO_RISE)
    p->reason = PATELLA_PROGRESSION_REASON_NO_MORNING_SCORES;
  else
    {
      p->decision = PATELLA_PROGRESSION_PROGRESS;
      p->reason = PATELLA_PROGRESSION_REASON_WELL_TOLERATED;
    }
}

static int
field_value (const PatellaDose *dose,
             PatellaDoseField   field)
{
  if (field == PATELLA_DOSE_FIELD_SETS)
    return dose->sets;
  if (field == PATELLA_DOSE_FIELD_HOLD)
    return dose->hold_seconds;
  return dose->reps;
}

static char *
change_title (const char       *name,
              PatellaDoseField  field,
              int               before,
              int               after,
              gboolean          each_side)
{
  switch (field)
    {
    case PATELLA_DOSE_FIELD_REPS:
      if (each_side)
        /* Translators: "Clamshell: 20 → 25 reps a side" */
        return g_strdup_printf (ngettext ("%s: %d → %d rep a side", "%s: %d → %d reps a side",
                                          after), name, before, after);
      /* Translators: "Heel raise: 12 → 14 reps" */
      return g_strdup_printf (ngettext ("%s: %d → %d rep", "%s: %d → %d reps", after),
                              name, before, after);

    case PATELLA_DOSE_FIELD_SETS:
      /* Translators: "Straight-leg raise: 3 → 4 sets" */
      return g_strdup_printf (ngettext ("%s: %d → %d set", "%s: %d → %d sets", after),
                              name, before, after);

    case PATELLA_DOSE_FIELD_HOLD:
      /* Translators: "Wall squat: hold 5 → 6 seconds" */
      return g_strdup_printf (ngettext ("%s: hold %d → %d second", "%s: hold %d → %d seconds",
                                        after), name, before, after);

    case PATELLA_DOSE_FIELD_NONE:
    default:
      g_return_val_if_reached (NULL);
    }
}

static char *
still_title (const char            *name,
             const PatellaProposal *p)
{
  if (p->decision == PATELLA_PROGRESSION_PAUSED)
    /* Translators: %s is an exercise name */
    return g_strdup_printf (_("%s: changes paused"), name);
  if (p->decision == PATELLA_PROGRESSION_REDUCE)
    /* Translators: %s is an exercise name */
    return g_strdup_printf (_("%s: already at the lightest dose"), name);
  if (p->at_limit)
    /* Translators: %s is an exercise name */
    return g_strdup_printf (_("%s: top of the program reached"), name);
  /* Translators: %s is an exercise name */
  return g_strdup_printf (_("%s: same dose for another week"), name);
}

static char *
explain (const PatellaProposal *p)
{
  switch (p->reason)
    {
    case PATELLA_PROGRESSION_REASON_WARNING_UNCONFIRMED:
      return g_strdup (_("A warning sign is in your diary. Doses stay as they are until you "
                         "confirm that a physiotherapist or doctor has checked your knee."));
    case PATELLA_PROGRESSION_REASON_PAIN_ABOVE_LIMIT:
      return g_strdup_printf (_("Last week your knee reached %d/10 during them, more than the "
                                "%d/10 this program allows. One step back gives it time to "
                                "settle."), p->max_pain, PATELLA_PROGRESSION_PAIN_LIMIT);
    case PATELLA_PROGRESSION_REASON_MORNING_MUCH_WORSE:
      return g_strdup_printf (ngettext ("The morning after one of them your knee was %d point "
                                        "worse than the day before. One step back gives it "
                                        "time to settle.",
                                        "The morning after one of them your knee was %d points "
                                        "worse than the day before. One step back gives it "
                                        "time to settle.", p->max_rise), p->max_rise);
    case PATELLA_PROGRESSION_REASON_WARNING_LOGGED:
      return g_strdup (_("A warning sign was logged last week. Keep this dose until a week "
                         "goes by without one."));
    case PATELLA_PROGRESSION_REASON_PAIN_AT_LIMIT:
      return g_strdup_printf (_("Last week your knee reached %d/10 during them, the most this "
                                "program allows. Keep this dose until it stays lower."),
                              p->max_pain);
    case PATELLA_PROGRESSION_REASON_MORNING_WORSE:
      return g_strdup (_("The morning after one of them your knee was 1 point worse than the "
                         "day before. Keep this dose for another week."));
    case PATELLA_PROGRESSION_REASON_NO_SESSIONS:
      return g_strdup (_("You did not do them last week, so there is nothing to base a change "
                         "on yet."));
    case PATELLA_PROGRESSION_REASON_NO_PAIN_SCORES:
      return g_strdup (_("Last week no pain was scored during them. Answer the pain question "
                         "after the exercise and Patella can suggest the next step."));
    case PATELLA_PROGRESSION_REASON_NO_MORNING_SCORES:
      return g_strdup (_("Your diary has no pain score for the mornings after them. Log your "
                         "usual pain each day and Patella can suggest the next step."));
    case PATELLA_PROGRESSION_REASON_WELL_TOLERATED:
      return g_strdup_printf (_("Last week your knee stayed at %d/10 or less during them and "
                                "was no worse the next morning."), p->max_pain);
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * patella_progression_review:
 * @exercise: the exercise under review
 * @dose: its current dose
 * @input: the week's sessions of that exercise, the diary and warning signs
 *
 * The weekly review of the pain-monitoring model (Silbernagel et al.
 * 2007). Reduce when pain during went above 5/10 or the next morning's
 * usual pain rose 2 or more above the session day's; hold when pain during
 * reached 5/10, the next morning rose by 1, a warning sign was logged, or
 * the week lacks the data to judge; progress one step otherwise. While a
 * warning sign stands unconfirmed, nothing changes (paused).
 *
 * Returns: (transfer full) (nullable): the proposal, or %NULL when the
 *   exercise has no progression steps (stretches, user-defined exercises)
 */
PatellaProposal *
patella_progression_review (PatellaExercise               *exercise,
                            const PatellaDose             *dose,
                            const PatellaProgressionInput *input)
{
  g_autoptr(PatellaProposal) p = NULL;
  g_autofree char *explanation = NULL;
  PatellaDoseStepResult result = PATELLA_DOSE_STEP_AT_LIMIT;
  PatellaDoseField changed = PATELLA_DOSE_FIELD_NONE;
  const char *id;
  const char *name;

  g_return_val_if_fail (PATELLA_IS_EXERCISE (exercise), NULL);
  g_return_val_if_fail (dose != NULL && input != NULL, NULL);
  g_return_val_if_fail (patella_local_day_is_valid (input->today), NULL);
  g_return_val_if_fail (input->n_sessions == 0 || input->sessions != NULL, NULL);
  g_return_val_if_fail (input->n_pain == 0 || input->pain != NULL, NULL);

  id = patella_exercise_get_id (exercise);
  if (!patella_dose_step_has_ladder (id))
    return NULL;

  p = g_new0 (PatellaProposal, 1);
  p->exercise_id = g_strdup (id);
  p->old_dose = *dose;
  p->new_dose = *dose;

  read_week (input, p);
  decide (input, p);

  if (p->decision == PATELLA_PROGRESSION_PROGRESS)
    result = patella_dose_step_up (id, dose, &p->new_dose, &changed);
  else if (p->decision == PATELLA_PROGRESSION_REDUCE)
    result = patella_dose_step_down (id, dose, &p->new_dose, &changed);

  if ((p->decision == PATELLA_PROGRESSION_PROGRESS || p->decision == PATELLA_PROGRESSION_REDUCE)
      && result == PATELLA_DOSE_STEP_AT_LIMIT)
    {
      p->at_limit = TRUE;
      /* No step up left: that is a hold, for a good reason. */
      if (p->decision == PATELLA_PROGRESSION_PROGRESS)
        p->decision = PATELLA_PROGRESSION_HOLD;
    }

  name = patella_exercise_get_name (exercise);
  if (changed != PATELLA_DOSE_FIELD_NONE)
    {
      gboolean each_side =
        patella_exercise_get_side_mode (exercise) == PATELLA_SIDE_MODE_EACH_SIDE;

      p->title = change_title (name, changed, field_value (dose, changed),
                                field_value (&p->new_dose, changed), each_side);
    }
  else
    p->title = still_title (name, p);

  explanation = explain (p);
  if (p->at_limit && p->decision == PATELLA_PROGRESSION_REDUCE)
    p->explanation = g_strconcat (explanation, " ",
                                  _("If they still hurt at this dose, leave them out for now "
                                    "and ask a physiotherapist."), NULL);
  else if (p->at_limit)
    p->explanation = g_strconcat (explanation, " ",
                                  _("This is the top of the program: keep it up at this dose."),
                                  NULL);
  else
    p->explanation = g_steal_pointer (&explanation);

  return g_steal_pointer (&p);
}

/**
 * patella_progression_wall_squat_return:
 * @swapped_day: the day the wall squat was swapped for straight-leg raises
 * @last_kneecap_pain_day: (nullable): the last day pain at the kneecap was
 *   reported, or %NULL for none since the swap
 * @warning_unconfirmed: a warning sign stands, not yet confirmed
 * @today: today's local day
 * @explanation: (out) (optional) (transfer full): when due, why, in words
 *
 * While the wall squat is swapped out, suggests bringing it back after a
 * full week without pain at the kneecap: seven days after the swap or the
 * last such pain, whichever is later. The swap day counts as a day with
 * pain, since pain was why. Never while a warning sign stands.
 *
 * Returns: whether to suggest the wall squat's return today
 */
gboolean
patella_progression_wall_squat_return (const char  *swapped_day,
                                       const char  *last_kneecap_pain_day,
                                       gboolean     warning_unconfirmed,
                                       const char  *today,
                                       char       **explanation)
{
  guint32 since;
  guint32 last_pain;

  g_return_val_if_fail (patella_local_day_is_valid (swapped_day), FALSE);
  g_return_val_if_fail (last_kneecap_pain_day == NULL ||
                        patella_local_day_is_valid (last_kneecap_pain_day), FALSE);
  g_return_val_if_fail (patella_local_day_is_valid (today), FALSE);

  if (explanation != NULL)
    *explanation = NULL;

  since = patella_local_day_to_julian (swapped_day);
  last_pain = last_kneecap_pain_day ? patella_local_day_to_julian (last_kneecap_pain_day) : 0;
  since = MAX (since, last_pain);

  if (warning_unconfirmed ||
      patella_local_day_to_julian (today) < since + PATELLA_PROGRESSION_WEEK_DAYS)
    return FALSE;

  if (explanation != NULL)
    *explanation = g_strdup (_("A week has gone by without pain at the kneecap. Try the wall "
                               "squat again in place of the extra straight-leg raises, and "
                               "stop at the first pain at the kneecap."));
  return TRUE;
}
