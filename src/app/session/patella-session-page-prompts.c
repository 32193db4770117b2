/* patella-session-page-prompts.c: the pain questions during a session and the advice after them
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When to ask and what an answer leads to are the session run's rules
 * (patella-session-run-rules.c: patella_session_run_take_question(),
 * patella_session_run_advise());
 * this file asks the run and shows the result.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-session-page-private.h"

static PatellaSessionPageState
state_for (PatellaPainQuestion question)
{
  switch (question)
    {
    case PATELLA_PAIN_QUESTION_REST:
      return PATELLA_SESSION_PAGE_ASK_PAIN_REST;
    case PATELLA_PAIN_QUESTION_REPORT:
      return PATELLA_SESSION_PAGE_ASK_PAIN_REPORT;
    case PATELLA_PAIN_QUESTION_EXERCISE_DONE:
      return PATELLA_SESSION_PAGE_ASK_PAIN_DONE;
    case PATELLA_PAIN_QUESTION_FIRST_REPS:
      return PATELLA_SESSION_PAGE_ASK_PAIN_FIRST_REPS;
    case PATELLA_PAIN_QUESTION_NONE:
    default:
      g_return_val_if_reached (PATELLA_SESSION_PAGE_RUNNING);
    }
}

static PatellaPainQuestion
question_for (PatellaSessionPageState state)
{
  switch (state)
    {
    case PATELLA_SESSION_PAGE_ASK_PAIN_REST:
      return PATELLA_PAIN_QUESTION_REST;
    case PATELLA_SESSION_PAGE_ASK_PAIN_REPORT:
      return PATELLA_PAIN_QUESTION_REPORT;
    case PATELLA_SESSION_PAGE_ASK_PAIN_DONE:
      return PATELLA_PAIN_QUESTION_EXERCISE_DONE;
    case PATELLA_SESSION_PAGE_ASK_PAIN_FIRST_REPS:
      return PATELLA_PAIN_QUESTION_FIRST_REPS;
    case PATELLA_SESSION_PAGE_IDLE:
    case PATELLA_SESSION_PAGE_ASK_BEFORE:
    case PATELLA_SESSION_PAGE_RUNNING:
    case PATELLA_SESSION_PAGE_ADVICE:
    case PATELLA_SESSION_PAGE_SUMMARY:
    default:
      return PATELLA_PAIN_QUESTION_NONE;
    }
}

/* Puts @question about @exercise on screen. Only while running: not
 * before the first set, over another question, or at the summary. */
void
_patella_session_page_ask (PatellaSessionPage  *self,
                           PatellaPainQuestion  question,
                           PatellaExercise     *exercise)
{
  const char *title;

  g_return_if_fail (self->state == PATELLA_SESSION_PAGE_RUNNING);
  g_return_if_fail (question != PATELLA_PAIN_QUESTION_NONE);

  switch (question)
    {
    case PATELLA_PAIN_QUESTION_REST:
      title = _("How much did your knee hurt during that set?");
      break;
    case PATELLA_PAIN_QUESTION_REPORT:
      title = _("How much does your knee hurt right now?");
      break;
    case PATELLA_PAIN_QUESTION_FIRST_REPS:
      title = _("Any pain at the kneecap in those first reps? How much?");
      break;
    case PATELLA_PAIN_QUESTION_EXERCISE_DONE:
    case PATELLA_PAIN_QUESTION_NONE:
    default:
      /* The exercise's name is on screen just above. */
      title = _("How much did your knee hurt during that?");
      break;
    }

  self->question_exercise = patella_exercise_get_id (exercise);
  patella_pain_prompt_set_title (self->during_prompt, title);
  patella_pain_prompt_set_value (self->during_prompt, PATELLA_PAIN_PROMPT_NO_VALUE);
  /* The question, and how to answer it, for someone not looking. */
  {
    /* Translators: spoken after a question: how to answer it by keyboard */
    g_autofree char *spoken = g_strdup_printf (_("%s Press a number from 0 to 10."), title);

    _patella_session_page_say (self, spoken);
  }
  _patella_session_page_set_state (self, state_for (question));
}

/* Back to the exercise: from a question or the advice. */
static void
end_prompt (PatellaSessionPage *self)
{
  self->question_exercise = NULL;
  self->question_pain = PATELLA_STORE_NO_PAIN;
  self->advice = PATELLA_PAIN_ADVICE_NONE;
  _patella_session_page_set_state (self, PATELLA_SESSION_PAGE_RUNNING);
  _patella_session_page_update_view (self);
}

/* The advice after an answer: its title, its words and its two choices.
 * The first button is the safe choice, and Enter takes it. */
static void
show_advice (PatellaSessionPage *self,
             PatellaPainAdvice   advice,
             int                 pain)
{
  const char *title = _("Stop, Do Not Push Through");
  g_autofree char *text = NULL;
  const char *act = NULL;
  const char *act_tip = NULL;
  const char *keep = _("_Continue");

  switch (advice)
    {
    case PATELLA_PAIN_ADVICE_SWAP:
      text = g_strdup (_("Pain at the kneecap is a signal to stop, not to push through. "
                         "Straight-leg raises train the same thigh muscles with the knee "
                         "straight. Replace the wall squats left today with them, and keep "
                         "them in their place until your knee has settled?"));
      act = _("_Switch to Straight-Leg Raises");
      act_tip = _("Replace the wall squats left today (Enter)");
      keep = _("_Keep Going");
      break;
    case PATELLA_PAIN_ADVICE_SWAP_FROM_NOW:
      text = g_strdup (_("Pain at the kneecap is a signal to stop, not to push through. "
                         "Straight-leg raises train the same thigh muscles with the knee "
                         "straight. Do them instead of wall squats from now on, until your "
                         "knee has settled?"));
      act = _("_Use Straight-Leg Raises Instead");
      act_tip = _("Straight-leg raises instead of wall squats until the knee settles (Enter)");
      keep = _("_Keep Wall Squats");
      break;
    case PATELLA_PAIN_ADVICE_TOO_MUCH:
    case PATELLA_PAIN_ADVICE_TOO_MUCH_DONE:
      title = _("That Is Too Much");
      /* Translators: %d is the pain just given, 6 to 10 */
      text = g_strdup_printf (_("%d out of 10 is more than an exercise should hurt. Up to 5 "
                                "is fine while you work, as long as it has settled by the "
                                "next morning. Next time, this exercise needs a lighter dose."),
                              pain);
      if (advice == PATELLA_PAIN_ADVICE_TOO_MUCH)
        {
          act = _("_Stop This Exercise");
          act_tip = _("Skip the rest of this exercise today (Enter)");
          keep = _("_Keep Going");
        }
      break;
    case PATELLA_PAIN_ADVICE_STOP:
    case PATELLA_PAIN_ADVICE_NONE:
    default:
      text = g_strdup (_("Pain at the kneecap is a signal to stop, not to push through. "
                         "Do straight-leg raises instead of wall squats until your knee "
                         "feels better."));
      break;
    }

  self->advice = advice;
  self->question_pain = pain;
  gtk_label_set_label (self->advice_title, title);
  gtk_label_set_label (self->advice_label, text);
  if (act != NULL)
    {
      gtk_button_set_label (GTK_BUTTON (self->swap_button), act);
      gtk_widget_set_tooltip_text (self->swap_button, act_tip);
    }
  gtk_widget_set_visible (self->swap_button, act != NULL);
  gtk_button_set_label (GTK_BUTTON (self->keep_button), keep);
  _patella_session_page_name_buttons (self);
  _patella_session_page_set_state (self, PATELLA_SESSION_PAGE_ADVICE);
}

static void
answer (PatellaSessionPage *self,
        int                 pain)
{
  PatellaPainQuestion question = question_for (self->state);
  PatellaPainAdvice advice;

  if (question == PATELLA_PAIN_QUESTION_NONE || self->run == NULL)
    return;

  if (pain >= 0)
    {
      g_autoptr(GError) error = NULL;

      if (!patella_session_run_record_pain (self->run, self->question_exercise, pain, &error))
        _patella_session_page_tell_error (self, _("The pain score could not be saved"), error);
    }

  advice = patella_session_run_advise (self->run, question, self->question_exercise, pain);
  if (advice != PATELLA_PAIN_ADVICE_NONE)
    show_advice (self, advice, pain);
  else
    end_prompt (self);
}

void
_patella_session_page_during_chosen (PatellaSessionPage *self,
                                     int                 pain)
{
  answer (self, pain);
}

void
_patella_session_page_during_skipped (PatellaSessionPage *self)
{
  answer (self, PATELLA_STORE_NO_PAIN);
}

void
_patella_session_page_keep_going (PatellaSessionPage *self)
{
  end_prompt (self);
}

/* The advice's first button: swap now, swap from now on, or stop the
 * exercise, as the advice offered. */
void
_patella_session_page_swap (PatellaSessionPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->run == NULL)
    return;

  switch (self->advice)
    {
    case PATELLA_PAIN_ADVICE_SWAP:
      if (!patella_session_run_swap_wall_squat (self->run, &error))
        _patella_session_page_tell_error (self, _("The wall squats could not be replaced"), error);
      else
        _patella_session_page_tell (self, _("Straight-leg raises replace the wall squats left "
                                            "today."));
      break;
    case PATELLA_PAIN_ADVICE_SWAP_FROM_NOW:
      patella_session_run_swap_wall_squat_from_now (self->run, self->question_pain);
      _patella_session_page_tell (self, _("Straight-leg raises instead of wall squats, until "
                                          "your knee has settled."));
      break;
    case PATELLA_PAIN_ADVICE_TOO_MUCH:
      if (!patella_session_run_stop_exercise (self->run, &error))
        _patella_session_page_tell_error (self, _("The exercise could not be stopped"), error);
      else
        _patella_session_page_tell (self, _("Stopped for today. The session goes on with the "
                                            "next exercise."));
      break;
    case PATELLA_PAIN_ADVICE_TOO_MUCH_DONE:
    case PATELLA_PAIN_ADVICE_STOP:
    case PATELLA_PAIN_ADVICE_NONE:
    default:
      break;
    }

  end_prompt (self);
}

/* After each phase change, once the screen has followed: the rest's
 * question goes with the rest, and the run says whether to ask. */
void
_patella_session_page_phase_changed (PatellaSessionPage *self)
{
  PatellaEngine *e = _patella_session_page_engine (self);
  PatellaPainQuestion question;

  if (e == NULL || patella_engine_get_state (e) != PATELLA_ENGINE_RUNNING)
    return;

  /* No answer, no score. */
  if (self->state == PATELLA_SESSION_PAGE_ASK_PAIN_REST
      && patella_engine_get_phase_kind (e) != PATELLA_PHASE_REST)
    end_prompt (self);

  if (self->state != PATELLA_SESSION_PAGE_RUNNING)
    return;

  question = patella_session_run_take_question (self->run);
  if (question != PATELLA_PAIN_QUESTION_NONE)
    _patella_session_page_ask (self, question, patella_engine_get_exercise (e));
}
