/* patella-kujala.c: the Kujala Anterior Knee Pain Scale, its key and its schedule
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "patella-kujala.h"
#include "patella-pain-entry.h"

G_DEFINE_QUARK (patella-kujala-error-quark, patella_kujala_error)

typedef struct
{
  const char *label;
  int         points;
} Choice;

typedef struct
{
  const char *title;
  const char *text;
  Choice      choices[5];
} Question;

/* The key is Kujala et al. 1993 as tabled in PMC10362729; the wording is ours.
 * Choices run from best to worst, so index 0 is always the most points. */
static const Question questions[PATELLA_KUJALA_N_QUESTIONS] = {
  { N_("Limp"), N_("Do you limp when you walk?"),
    { { N_("No"), 5 },
      { N_("Slightly, or now and then"), 3 },
      { N_("All the time"), 0 } } },
  { N_("Weight on the leg"), N_("Can you stand with your full weight on the leg?"),
    { { N_("Yes, without pain"), 5 },
      { N_("Yes, but it hurts"), 3 },
      { N_("No, I cannot put weight on it"), 0 } } },
  { N_("Walking"), N_("How far can you walk?"),
    { { N_("As far as I like"), 5 },
      { N_("More than 2 km"), 3 },
      { N_("1 to 2 km"), 2 },
      { N_("I cannot walk"), 0 } } },
  { N_("Stairs"), N_("How do stairs feel?"),
    { { N_("No trouble"), 10 },
      { N_("A little pain going down"), 8 },
      { N_("Pain going both down and up"), 5 },
      { N_("I cannot use stairs"), 0 } } },
  { N_("Squatting"), N_("How does squatting feel?"),
    { { N_("No trouble"), 5 },
      { N_("It hurts when I squat again and again"), 4 },
      { N_("It hurts every time"), 3 },
      { N_("Only with part of my weight off the leg"), 2 },
      { N_("I cannot squat"), 0 } } },
  { N_("Running"), N_("How does running feel?"),
    { { N_("No trouble"), 10 },
      { N_("Pain after more than 2 km"), 8 },
      { N_("A little pain from the first steps"), 6 },
      { N_("Strong pain"), 3 },
      { N_("I cannot run"), 0 } } },
  { N_("Jumping"), N_("How does jumping feel?"),
    { { N_("No trouble"), 10 },
      { N_("A little difficult"), 7 },
      { N_("It always hurts"), 2 },
      { N_("I cannot jump"), 0 } } },
  { N_("Sitting"), N_("How is sitting for a long time with your knees bent?"),
    { { N_("No trouble"), 10 },
      { N_("It hurts after exercise"), 8 },
      { N_("It always hurts"), 6 },
      { N_("The pain makes me straighten my knees for a while"), 4 },
      { N_("I cannot sit like that"), 0 } } },
  { N_("Pain"), N_("How much does your knee hurt overall?"),
    { { N_("Not at all"), 10 },
      { N_("A little, now and then"), 8 },
      { N_("It wakes me or keeps me awake"), 6 },
      { N_("Now and then it is severe"), 3 },
      { N_("Severe all the time"), 0 } } },
  { N_("Swelling"), N_("Does your knee swell?"),
    { { N_("No"), 10 },
      { N_("After hard effort only"), 8 },
      { N_("After everyday activities"), 6 },
      { N_("Every evening"), 4 },
      { N_("All the time"), 0 } } },
  { N_("Kneecap movement"), N_("Does your kneecap move in an odd, painful way?"),
    { { N_("No"), 10 },
      { N_("Now and then, in sport"), 6 },
      { N_("Now and then, in everyday life"), 4 },
      { N_("It has come out of place at least once (seen by a clinician)"), 2 },
      { N_("It has come out of place more than twice"), 0 } } },
  { N_("Thigh muscles"), N_("Are the thigh muscles of this leg thinner than before?"),
    { { N_("No"), 5 },
      { N_("Slightly"), 3 },
      { N_("Clearly"), 0 } } },
  { N_("Bending the knee"), N_("Is bending the knee fully harder than it should be?"),
    { { N_("No"), 5 },
      { N_("Slightly"), 3 },
      { N_("Clearly"), 0 } } },
};

static const Question *
get_question (guint question)
{
  g_return_val_if_fail (question < PATELLA_KUJALA_N_QUESTIONS, NULL);

  return &questions[question];
}

const char *
patella_kujala_question_get_title (guint question)
{
  const Question *q = get_question (question);

  return q != NULL ? _(q->title) : NULL;
}

const char *
patella_kujala_question_get_text (guint question)
{
  const Question *q = get_question (question);

  return q != NULL ? _(q->text) : NULL;
}

guint
patella_kujala_question_get_n_choices (guint question)
{
  const Question *q = get_question (question);
  guint n = 0;

  if (q == NULL)
    return 0;

  while (n < G_N_ELEMENTS (q->choices) && q->choices[n].label != NULL)
    n++;

  return n;
}

const char *
patella_kujala_choice_get_label (guint question,
                                 guint choice)
{
  g_return_val_if_fail (choice < patella_kujala_question_get_n_choices (question), NULL);

  return _(questions[question].choices[choice].label);
}

int
patella_kujala_choice_get_points (guint question,
                                  guint choice)
{
  g_return_val_if_fail (choice < patella_kujala_question_get_n_choices (question), 0);

  return questions[question].choices[choice].points;
}

int
patella_kujala_question_get_max_points (guint question)
{
  const Question *q = get_question (question);

  return q != NULL ? q->choices[0].points : 0;
}

gboolean
patella_kujala_score (const int   answers[PATELLA_KUJALA_N_QUESTIONS],
                      int        *score,
                      GError    **error)
{
  int total = 0;

  g_return_val_if_fail (answers != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < PATELLA_KUJALA_N_QUESTIONS; i++)
    {
      guint n_choices = patella_kujala_question_get_n_choices (i);

      if (answers[i] == PATELLA_KUJALA_UNANSWERED)
        {
          /* A partial total would read as a worse knee than the user has. */
          g_set_error (error, PATELLA_KUJALA_ERROR, PATELLA_KUJALA_ERROR_INCOMPLETE,
                       _("Question %u, “%s”, has no answer yet."),
                       i + 1, patella_kujala_question_get_title (i));
          return FALSE;
        }

      if (answers[i] < 0 || (guint) answers[i] >= n_choices)
        {
          g_set_error (error, PATELLA_KUJALA_ERROR, PATELLA_KUJALA_ERROR_BAD_ANSWER,
                       _("Question %u has no answer number %d."), i + 1, answers[i] + 1);
          return FALSE;
        }

      total += questions[i].choices[answers[i]].points;
    }

  if (score != NULL)
    *score = total;

  return TRUE;
}

char *
patella_kujala_answers_to_string (const int answers[PATELLA_KUJALA_N_QUESTIONS])
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (answers != NULL, NULL);

  for (guint i = 0; i < PATELLA_KUJALA_N_QUESTIONS; i++)
    g_string_append_printf (text, "%s%d", i > 0 ? "," : "", answers[i]);

  return g_string_free (text, FALSE);
}

gboolean
patella_kujala_answers_from_string (const char *text,
                                    int         answers[PATELLA_KUJALA_N_QUESTIONS])
{
  g_auto(GStrv) parts = NULL;
  int parsed[PATELLA_KUJALA_N_QUESTIONS];

  g_return_val_if_fail (answers != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  parts = g_strsplit (text, ",", -1);
  if (g_strv_length (parts) != PATELLA_KUJALA_N_QUESTIONS)
    return FALSE;

  for (guint i = 0; i < PATELLA_KUJALA_N_QUESTIONS; i++)
    {
      gint64 value;

      if (!g_ascii_string_to_signed (parts[i], 10, PATELLA_KUJALA_UNANSWERED,
                                     (gint64) patella_kujala_question_get_n_choices (i) - 1,
                                     &value, NULL))
        return FALSE;
      parsed[i] = (int) value;
    }

  memcpy (answers, parsed, sizeof parsed);
  return TRUE;
}

void
patella_kujala_next_due (const char *last_day,
                         const char *today,
                         char        out[PATELLA_LOCAL_DAY_LEN + 1])
{
  g_return_if_fail (patella_local_day_is_valid (today));
  g_return_if_fail (last_day == NULL || patella_local_day_is_valid (last_day));

  /* The first one is due as soon as the program starts; after that the
   * clock runs from the last one taken, so a late one does not bunch up
   * the next. */
  if (last_day == NULL)
    {
      g_strlcpy (out, today, PATELLA_LOCAL_DAY_LEN + 1);
      return;
    }

  patella_local_day_add_days (last_day, PATELLA_KUJALA_INTERVAL_DAYS, out);
}

int
patella_kujala_days_until_due (const char *last_day,
                               const char *today)
{
  char due[PATELLA_LOCAL_DAY_LEN + 1];

  patella_kujala_next_due (last_day, today, due);

  return (int) patella_local_day_to_julian (due) - (int) patella_local_day_to_julian (today);
}

gboolean
patella_kujala_is_due (const char *last_day,
                       const char *today)
{
  return patella_kujala_days_until_due (last_day, today) <= 0;
}

gboolean
patella_kujala_change_is_meaningful (int first_score,
                                     int latest_score)
{
  return ABS (latest_score - first_score) >= PATELLA_KUJALA_MEANINGFUL_CHANGE;
}

char *
patella_kujala_describe_change (int first_score,
                                int latest_score)
{
  int change = latest_score - first_score;
  const char *meaning;
  g_autofree char *what = NULL;

  /* Higher is better on this scale, so a rise is an improvement. */
  if (change > 0)
    what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Up %d point since your first questionnaire (%d → %d).",
                                         "Up %d points since your first questionnaire (%d → %d).",
                                         change),
                            change, first_score, latest_score);
  else if (change < 0)
    what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Down %d point since your first questionnaire (%d → %d).",
                                         "Down %d points since your first questionnaire (%d → %d).",
                                         -change),
                            -change, first_score, latest_score);
  else
    what = g_strdup_printf (_("The same as your first questionnaire (%d)."), first_score);

  /* Plain words here; the study behind the 10 points is named once, in a
   * footnote of the score screen. */
  if (!patella_kujala_change_is_meaningful (first_score, latest_score))
    meaning = _("A change needs to be 10 points or more to mean a real difference "
                "for your knee; this one is smaller.");
  else if (change > 0)
    meaning = _("That is 10 points or more, a real difference: your knee is clearly better.");
  else
    meaning = _("That is 10 points or more, a real difference: your knee is clearly worse. "
                "Consider seeing a physical therapist or a doctor.");

  return g_strdup_printf ("%s %s", what, meaning);
}
