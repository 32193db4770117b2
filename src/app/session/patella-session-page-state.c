/* patella-session-page-state.c: the session screen's one state, and the engine's hold
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The states and their transitions are listed in
 * patella-session-page-private.h.
 */
#include "config.h"

#include "patella-session-page-private.h"

/* The engine */

PatellaEngine *
_patella_session_page_engine (PatellaSessionPage *self)
{
  return self->run != NULL ? patella_session_run_get_engine (self->run) : NULL;
}

/* After an operation the page asked of the engine, its cues are complete:
 * they go out now instead of after the rest of this main-loop turn. */
void
_patella_session_page_flush_cues (PatellaSessionPage *self)
{
  if (self->cue_player != NULL)
    patella_cue_player_flush (self->cue_player);
}

/* Says @text when the voice is on: for what has no cue of its own. */
void
_patella_session_page_say (PatellaSessionPage *self,
                           const char         *text)
{
  if (self->voice_coach != NULL)
    patella_voice_coach_say (self->voice_coach, text);
}

/* The state */

const char *
_patella_session_page_view_name (PatellaSessionPageState state)
{
  switch (state)
    {
    case PATELLA_SESSION_PAGE_RUNNING:
    case PATELLA_SESSION_PAGE_ASK_PAIN_REST:
    case PATELLA_SESSION_PAGE_ASK_PAIN_DONE:
    case PATELLA_SESSION_PAGE_ASK_PAIN_REPORT:
    case PATELLA_SESSION_PAGE_ASK_PAIN_FIRST_REPS:
    case PATELLA_SESSION_PAGE_ADVICE:
      return "run";
    case PATELLA_SESSION_PAGE_SUMMARY:
      return "summary";
    case PATELLA_SESSION_PAGE_IDLE:
    case PATELLA_SESSION_PAGE_ASK_BEFORE:
    default:
      return "before";
    }
}

const char *
_patella_session_page_info_name (PatellaSessionPageState state)
{
  switch (state)
    {
    case PATELLA_SESSION_PAGE_ASK_PAIN_REST:
    case PATELLA_SESSION_PAGE_ASK_PAIN_DONE:
    case PATELLA_SESSION_PAGE_ASK_PAIN_REPORT:
    case PATELLA_SESSION_PAGE_ASK_PAIN_FIRST_REPS:
      return "pain";
    case PATELLA_SESSION_PAGE_ADVICE:
      return "advice";
    case PATELLA_SESSION_PAGE_IDLE:
    case PATELLA_SESSION_PAGE_ASK_BEFORE:
    case PATELLA_SESSION_PAGE_RUNNING:
    case PATELLA_SESSION_PAGE_SUMMARY:
    default:
      return "instructions";
    }
}

/* Whether the state lets the engine run. Before the first set it has not
 * started; at the summary it has finished: nothing to do either way. */
static gboolean
state_lets_engine_run (PatellaSessionPageState state)
{
  switch (state)
    {
    case PATELLA_SESSION_PAGE_RUNNING:
    case PATELLA_SESSION_PAGE_ASK_PAIN_REST:
      return TRUE;
    case PATELLA_SESSION_PAGE_IDLE:
    case PATELLA_SESSION_PAGE_ASK_BEFORE:
    case PATELLA_SESSION_PAGE_ASK_PAIN_DONE:
    case PATELLA_SESSION_PAGE_ASK_PAIN_REPORT:
    case PATELLA_SESSION_PAGE_ASK_PAIN_FIRST_REPS:
    case PATELLA_SESSION_PAGE_ADVICE:
    case PATELLA_SESSION_PAGE_SUMMARY:
    default:
      return FALSE;
    }
}

/* Whether the page, not the user, keeps the engine paused: a question
 * that waits for its answer, or the leave dialog. */
gboolean
_patella_session_page_holds_engine (PatellaSessionPage *self)
{
  return self->run != NULL
         && (self->asking_leave
             || (self->state != PATELLA_SESSION_PAGE_ASK_BEFORE
                 && self->state != PATELLA_SESSION_PAGE_SUMMARY
                 && !state_lets_engine_run (self->state)));
}

/* The one place that pauses and resumes the engine for the page. */
void
_patella_session_page_sync_engine (PatellaSessionPage *self)
{
  PatellaEngine *e = _patella_session_page_engine (self);
  PatellaEngineState engine_state;
  gboolean run;

  if (e == NULL)
    return;

  engine_state = patella_engine_get_state (e);
  run = state_lets_engine_run (self->state) && !self->user_paused && !self->asking_leave;

  if (run && engine_state == PATELLA_ENGINE_PAUSED)
    {
      patella_engine_resume (e);
      _patella_session_page_flush_cues (self);
    }
  else if (!run && engine_state == PATELLA_ENGINE_RUNNING)
    patella_engine_pause (e);
}

/* The first advice button that is shown: the one Enter takes. */
static GtkWidget *
advice_default (PatellaSessionPage *self)
{
  return gtk_widget_get_visible (self->swap_button) ? self->swap_button : self->keep_button;
}

/* Where the keyboard focus goes when @state comes on screen: to what
 * the screen now asks, so a screen reader says it (the question is the
 * name of its scale), and to the phase's progress while the exercise
 * runs. Without this the focus stays on a control the new state hid,
 * and GTK moves it to whatever comes first. */
static void
move_focus (PatellaSessionPage      *self,
            PatellaSessionPageState  state)
{
  switch (state)
    {
    case PATELLA_SESSION_PAGE_ASK_BEFORE:
      patella_pain_prompt_focus_scale (self->before_prompt);
      break;
    case PATELLA_SESSION_PAGE_ASK_PAIN_REST:
    case PATELLA_SESSION_PAGE_ASK_PAIN_DONE:
    case PATELLA_SESSION_PAGE_ASK_PAIN_REPORT:
    case PATELLA_SESSION_PAGE_ASK_PAIN_FIRST_REPS:
      patella_pain_prompt_focus_scale (self->during_prompt);
      break;
    case PATELLA_SESSION_PAGE_ADVICE:
      gtk_widget_grab_focus (advice_default (self));
      break;
    case PATELLA_SESSION_PAGE_RUNNING:
      gtk_widget_grab_focus (GTK_WIDGET (self->ring));
      break;
    case PATELLA_SESSION_PAGE_SUMMARY:
      patella_pain_prompt_focus_scale (patella_summary_view_get_pain_prompt (self->summary_view));
      break;
    case PATELLA_SESSION_PAGE_IDLE:
    default:
      break;
    }
}

/* The one setter: the stacks, the ring, "active", the focus and the
 * engine follow. */
void
_patella_session_page_set_state (PatellaSessionPage      *self,
                                 PatellaSessionPageState  state)
{
  gboolean was_active = self->state != PATELLA_SESSION_PAGE_IDLE;
  gboolean changed = self->state != state;

  self->state = state;
  gtk_stack_set_visible_child_name (self->view_stack, _patella_session_page_view_name (state));
  gtk_stack_set_visible_child_name (self->info_stack, _patella_session_page_info_name (state));
  /* While the session waits for an answer its ring stands still: the
   * room goes to the question (it matters on a phone-sized window). */
  gtk_widget_set_visible (GTK_WIDGET (self->ring),
                          state != PATELLA_SESSION_PAGE_ASK_PAIN_DONE
                          && state != PATELLA_SESSION_PAGE_ASK_PAIN_REPORT
                          && state != PATELLA_SESSION_PAGE_ASK_PAIN_FIRST_REPS
                          && state != PATELLA_SESSION_PAGE_ADVICE);

  /* Active first: the window shows the page, then the focus moves in. */
  if (was_active != (state != PATELLA_SESSION_PAGE_IDLE))
    _patella_session_page_notify_active (self);

  if (changed)
    move_focus (self, state);

  _patella_session_page_sync_engine (self);
}
