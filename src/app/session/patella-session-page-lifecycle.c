/* patella-session-page-lifecycle.c: starting, resuming, leaving and finishing a session
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-canberra-sink.h"
#include "patella-day-plan.h"
#include "patella-leave-confirm.h"
#include "patella-monotonic-clock.h"
#include "patella-plan.h"
#include "patella-resume-confirm.h"
#include "patella-session-page-private.h"
#include "patella-speechd-speaker.h"
#include "patella-today.h"
#include "patella-warning-confirm.h"

/* The engine's side */

static gboolean
phase_changed_idle_cb (gpointer user_data)
{
  PatellaSessionPage *self = user_data;

  self->phase_idle_id = 0;
  _patella_session_page_phase_changed (self);

  return G_SOURCE_REMOVE;
}

static gboolean
view_idle_cb (gpointer user_data)
{
  PatellaSessionPage *self = user_data;

  self->view_idle_id = 0;
  _patella_session_page_update_view (self);

  return G_SOURCE_REMOVE;
}

/* A phase change notifies several properties at once. The screen follows
 * once, after the cue player (a high-priority idle) has handed the sound
 * over and before the next frame is drawn; questions come after that. */
static void
engine_notify_cb (PatellaSessionPage *self,
                  GParamSpec         *pspec)
{
  if (self->view_idle_id == 0)
    self->view_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, view_idle_cb, self, NULL);

  if (g_strcmp0 (pspec->name, "phase-index") == 0 && self->phase_idle_id == 0)
    self->phase_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 1, phase_changed_idle_cb,
                                           self, NULL);
}

static void
engine_cue_cb (PatellaEngine      *e,
               PatellaCue          cue,
               gint64              due_usec,
               PatellaSessionPage *self)
{
  if (self->cue_player != NULL)
    patella_cue_player_play (self->cue_player, cue, due_usec);
  patella_phase_word_flash (self->phase_word);
}

static void
engine_finished_cb (PatellaEngine               *e,
                    const PatellaSessionSummary *summary,
                    PatellaSessionPage          *self)
{
  g_autoptr(GError) error = NULL;

  if (!patella_summary_view_show_session (self->summary_view, self->store,
                                          patella_session_run_get_session_id (self->run),
                                          summary, &error))
    _patella_session_page_tell_error (self, _("The session could not be read back"), error);

  _patella_session_page_leave_fullscreen (self);
  _patella_session_page_set_state (self, PATELLA_SESSION_PAGE_SUMMARY);
}

static void
save_failed_cb (PatellaSessionRun  *run,
                const GError       *error,
                PatellaSessionPage *self)
{
  _patella_session_page_tell_error (self, _("The last set could not be saved"), error);
}

/* The swap the user accepted lasts until the knee settles: it goes on the
 * program's plan the moment it is chosen, so tomorrow's plan (and Today)
 * has straight-leg raises in place of the wall squat. */
static void
wall_squat_swapped_cb (PatellaSessionRun  *run,
                       GParamSpec         *pspec,
                       PatellaSessionPage *self)
{
  g_autofree PatellaStoreProgram *program = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;

  if (!patella_session_run_get_wall_squat_swapped (run) || self->store == NULL)
    return;

  program = patella_store_get_program (self->store, &error);
  /* Without a program every day runs the fixed plan: nothing to keep. */
  if (program == NULL && error == NULL)
    {
      g_debug ("No program: the wall squat's swap lasts this session only");
      return;
    }

  now = patella_clock_dup_local_now (self->clock, NULL);
  if (program == NULL
      || !patella_store_start_swap (self->store, program->id, PATELLA_DAY_PLAN_WALL_SQUAT,
                                    PATELLA_DAY_PLAN_STRAIGHT_LEG_RAISE,
                                    patella_session_run_get_swap_pain (run), now, &error))
    _patella_session_page_tell_error (self, _("The swap to straight-leg raises could not be "
                                              "kept in the plan"), error);
}

/* The page stops listening to the run and lets it go. */
void
_patella_session_page_drop_run (PatellaSessionPage *self)
{
  PatellaEngine *e = _patella_session_page_engine (self);

  g_clear_handle_id (&self->phase_idle_id, g_source_remove);
  g_clear_handle_id (&self->view_idle_id, g_source_remove);
  _patella_session_page_unbind_counters (self);
  if (e != NULL)
    g_signal_handlers_disconnect_by_data (e, self);
  if (self->run != NULL)
    g_signal_handlers_disconnect_by_data (self->run, self);
  patella_phase_ring_set_engine (self->ring, NULL);
  g_clear_object (&self->run);
  g_clear_object (&self->cue_player);
  g_clear_object (&self->voice_coach);
  _patella_session_page_update_sound_note (self);

  self->user_paused = FALSE;
  self->question_exercise = NULL;
  self->advice = PATELLA_PAIN_ADVICE_NONE;
}

static void
set_up_run (PatellaSessionPage *self,
            PatellaTimeline    *timeline,
            gint64              session_id)
{
  /* The counters follow the engine by themselves (see -view.c); every
   * phase change also changes the phase index. */
  static const char * const watched[] = {
    "notify::phase-index", "notify::state", "notify::exercise", "notify::self-paced",
  };
  PatellaEngine *e;

  _patella_session_page_drop_run (self);
  self->run = patella_session_run_new (self->store, self->clock, timeline, session_id);
  g_signal_connect_object (self->run, "save-failed", G_CALLBACK (save_failed_cb), self, 0);
  g_signal_connect_object (self->run, "notify::wall-squat-swapped",
                           G_CALLBACK (wall_squat_swapped_cb), self, 0);

  e = patella_session_run_get_engine (self->run);
  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    g_signal_connect_object (e, watched[i], G_CALLBACK (engine_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (e, "cue", G_CALLBACK (engine_cue_cb), self, 0);
  g_signal_connect_object (e, "finished", G_CALLBACK (engine_finished_cb), self, 0);
  patella_engine_set_self_paced (e, self->self_paced);

  self->cue_player = patella_cue_player_new (self->sink, self->clock);
  patella_cue_player_bind_settings (self->cue_player, self->settings);
  g_signal_connect_object (self->cue_player, "notify::failed",
                           G_CALLBACK (_patella_session_page_update_sound_note), self,
                           G_CONNECT_SWAPPED);
  /* Before the first cue, so every sound is ready to start at once. */
  patella_cue_player_prepare (self->cue_player);

  /* speech-dispatcher is started only for someone who asked for a voice. */
  if (self->speaker == NULL && g_settings_get_enum (self->settings, "coaching") != 0)
    self->speaker = patella_speechd_speaker_new ();
  if (self->speaker != NULL)
    {
      self->voice_coach = patella_voice_coach_new (self->speaker, self->clock);
      patella_voice_coach_bind_settings (self->voice_coach, self->settings);
      patella_voice_coach_set_engine (self->voice_coach, e);
    }

  patella_phase_ring_set_engine (self->ring, e);
  _patella_session_page_bind_counters (self, e);
  _patella_session_page_update_view (self);
}

/* Ending the session and tidying up */

static void
close_session (PatellaSessionPage *self)
{
  _patella_session_page_drop_run (self);
  _patella_session_page_leave_fullscreen (self);
  _patella_session_page_set_state (self, PATELLA_SESSION_PAGE_IDLE);
}

/* Leaves for good after the summary: the session is completed with the
 * pain after, if given. Also used when the page goes away at the summary. */
void
_patella_session_page_complete (PatellaSessionPage *self)
{
  PatellaPainPrompt *after;
  g_autoptr(GError) error = NULL;
  int pain_after;

  if (self->run == NULL || self->state != PATELLA_SESSION_PAGE_SUMMARY)
    return;

  after = patella_summary_view_get_pain_prompt (self->summary_view);
  pain_after = patella_pain_prompt_get_value (after);
  if (!patella_session_run_complete (self->run, pain_after, &error))
    _patella_session_page_tell_error (self, _("The session could not be saved as finished"),
                                      error);
}

void
_patella_session_page_summary_done (PatellaSessionPage *self)
{
  _patella_session_page_complete (self);
  close_session (self);
}

static void
leave_now (PatellaSessionPage *self)
{
  PatellaEngine *e = _patella_session_page_engine (self);
  g_autoptr(GError) error = NULL;

  if (self->run == NULL)
    {
      close_session (self);
      return;
    }

  if (self->state == PATELLA_SESSION_PAGE_SUMMARY)
    {
      _patella_session_page_summary_done (self);
      return;
    }

  /* Abandoning finishes the engine: that is no summary to show. */
  g_signal_handlers_disconnect_by_func (e, engine_finished_cb, self);
  if (!patella_session_run_abandon (self->run, &error))
    _patella_session_page_tell_error (self, _("The session could not be closed"), error);
  else if (patella_session_run_get_session_id (self->run) > 0)
    _patella_session_page_tell (self, _("Session ended. Every finished set is kept."));
  close_session (self);
}

static void
leave_confirmed_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PatellaSessionPage *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  gboolean leave;

  leave = patella_leave_confirm_finish (result, &error);
  self->asking_leave = FALSE;

  if (leave)
    leave_now (self);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    /* Stay: the engine runs again only if nothing else holds it. */
    _patella_session_page_sync_engine (self);
  g_task_return_boolean (task, leave);
}

/**
 * patella_session_page_leave_async:
 * @self: a #PatellaSessionPage
 * @cancellable: (nullable): a #GCancellable
 * @callback: (nullable): called once the session is left or kept
 * @user_data: data for @callback
 *
 * Leaves the session as Escape does: at once when nothing would be lost,
 * else after the user confirms. Closing the window and quitting ask the
 * same question.
 */
void
patella_session_page_leave_async (PatellaSessionPage  *self,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PATELLA_IS_SESSION_PAGE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, patella_session_page_leave_async);

  /* Nothing to lose before the first set or after the last one. */
  if (self->run == NULL || self->state == PATELLA_SESSION_PAGE_SUMMARY
      || patella_engine_get_state (_patella_session_page_engine (self)) == PATELLA_ENGINE_READY)
    {
      leave_now (self);
      g_task_return_boolean (task, TRUE);
      return;
    }

  /* The question is already on screen: its answer decides. */
  if (self->asking_leave)
    {
      g_task_return_boolean (task, FALSE);
      return;
    }

  self->asking_leave = TRUE;
  _patella_session_page_sync_engine (self);
  patella_leave_confirm_async (_patella_session_page_parent_window (self), self->cancellable,
                               leave_confirmed_cb, g_steal_pointer (&task));
}

/**
 * patella_session_page_leave_finish:
 * @self: a #PatellaSessionPage
 * @result: the result given to the callback
 *
 * Returns: %TRUE if the session was left, %FALSE if the user stayed
 */
gboolean
patella_session_page_leave_finish (PatellaSessionPage *self,
                                   GAsyncResult       *result)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), NULL);
}

void
_patella_session_page_ask_leave (PatellaSessionPage *self)
{
  patella_session_page_leave_async (self, NULL, NULL, NULL);
}

/* Starting */

static void
run_now (PatellaSessionPage *self,
         int                 pain_before)
{
  g_autoptr(GError) error = NULL;

  /* On screen first, so the first cue's glow is seen. */
  _patella_session_page_set_state (self, PATELLA_SESSION_PAGE_RUNNING);
  if (!patella_session_run_begin (self->run, pain_before, &error))
    {
      _patella_session_page_tell_error (self, _("The session could not be started"), error);
      close_session (self);
      return;
    }
  patella_cue_player_flush (self->cue_player);

  /* The screen follows from the engine's notifications, after the first
   * cue has gone out. */
}

void
_patella_session_page_before_chosen (PatellaSessionPage *self,
                                     int                 pain)
{
  if (self->state == PATELLA_SESSION_PAGE_ASK_BEFORE)
    run_now (self, pain);
}

void
_patella_session_page_before_skipped (PatellaSessionPage *self)
{
  _patella_session_page_before_chosen (self, PATELLA_STORE_NO_PAIN);
}

static PatellaTimeline *
build_timeline (PatellaSessionPage            *self,
                const PatellaTimelineOptions  *options,
                GError                       **error)
{
  return patella_timeline_new ((const PatellaTimelineItem *) self->items->data, self->items->len,
                               options, error);
}

static void
begin_new (PatellaSessionPage *self)
{
  PatellaTimelineOptions options = { 0 };
  g_autoptr(PatellaTimeline) timeline = NULL;
  g_autoptr(GError) error = NULL;

  options.affected_side = patella_plan_get_affected_side (self->settings);
  timeline = build_timeline (self, &options, &error);
  if (timeline == NULL)
    {
      _patella_session_page_tell_error (self, _("The session could not be planned"), error);
      return;
    }

  set_up_run (self, timeline, 0);
  patella_pain_prompt_set_value (self->before_prompt, PATELLA_PAIN_PROMPT_NO_VALUE);
  _patella_session_page_set_state (self, PATELLA_SESSION_PAGE_ASK_BEFORE);
}

static void
resume (PatellaSessionPage           *self,
        gint64                        session_id,
        const PatellaTimelineOptions *options)
{
  g_autoptr(PatellaTimeline) timeline = NULL;
  g_autoptr(GError) error = NULL;

  timeline = build_timeline (self, options, &error);
  if (timeline == NULL)
    {
      _patella_session_page_tell_error (self, _("The session could not be resumed"), error);
      return;
    }

  set_up_run (self, timeline, session_id);
  run_now (self, PATELLA_STORE_NO_PAIN);
}

typedef struct
{
  PatellaSessionPage     *self;
  gint64                  session_id;
  PatellaTimelineOptions  options;
} ResumeData;

static void
resume_chosen_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autofree ResumeData *data = user_data;
  g_autoptr(PatellaSessionPage) self = data->self;
  g_autoptr(GError) error = NULL;

  switch (patella_resume_confirm_finish (result, &error))
    {
    case PATELLA_RESUME_RESUME:
      resume (self, data->session_id, &data->options);
      break;

    case PATELLA_RESUME_END:
      if (!patella_store_abandon_session (self->store, data->session_id,
                                          patella_clock_get_wall_usec (self->clock), &error))
        _patella_session_page_tell_error (self, _("The unfinished session could not be ended"),
                                          error);
      else
        begin_new (self);
      break;

    case PATELLA_RESUME_CANCEL:
    default:
      break;
    }
}

static void
check_interrupted (PatellaSessionPage *self)
{
  g_autoptr(PatellaStoreSession) interrupted = NULL;
  g_autoptr(GError) error = NULL;
  PatellaTimelineOptions options;
  ResumeData *data;

  interrupted = patella_store_find_in_progress (self->store, &error);
  if (error != NULL)
    {
      _patella_session_page_tell_error (self, _("The diary could not be read"), error);
      return;
    }
  if (interrupted == NULL)
    {
      begin_new (self);
      return;
    }

  if (!patella_session_run_find_resume_point (self->store, interrupted->id,
                                              (const PatellaTimelineItem *) self->items->data,
                                              self->items->len,
                                              patella_plan_get_affected_side (self->settings),
                                              &options, &error))
    {
      /* Every set was done; only the summary was missed. */
      if (error == NULL
          && !patella_store_finish_session (self->store, interrupted->id,
                                            patella_clock_get_wall_usec (self->clock),
                                            PATELLA_STORE_NO_PAIN, &error))
        _patella_session_page_tell_error (self, _("The unfinished session could not be ended"),
                                          error);
      else if (error != NULL)
        _patella_session_page_tell_error (self, _("The unfinished session could not be read"),
                                          error);
      begin_new (self);
      return;
    }

  /* The user already chose Resume on Today's card. */
  if (self->resume_asked)
    {
      self->resume_asked = FALSE;
      resume (self, interrupted->id, &options);
      return;
    }

  data = g_new0 (ResumeData, 1);
  data->self = g_object_ref (self);
  data->session_id = interrupted->id;
  data->options = options;
  patella_resume_confirm_async (_patella_session_page_parent_window (self),
                                interrupted->started_us, self->cancellable,
                                resume_chosen_cb, data);
}

static void
warning_confirmed_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(PatellaSessionPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!patella_warning_confirm_finish (result, &error))
    {
      if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _patella_session_page_tell_error (self, _("The session was not started"), error);
      return;
    }

  if (self->store != NULL && self->state == PATELLA_SESSION_PAGE_IDLE)
    check_interrupted (self);
}

/**
 * patella_session_page_resume:
 * @self: a #PatellaSessionPage with a store
 * @items: (array length=n_items): the plan the interrupted session ran
 * @n_items: how many items, at least one
 *
 * As patella_session_page_start(), for Resume on Today's card: the
 * interrupted session goes on where it stopped without asking again
 * whether to resume it (warning signs are still asked about first).
 */
void
patella_session_page_resume (PatellaSessionPage        *self,
                             const PatellaTimelineItem *items,
                             guint                      n_items)
{
  g_return_if_fail (PATELLA_IS_SESSION_PAGE (self));

  if (self->state != PATELLA_SESSION_PAGE_IDLE)
    return;

  /* The warning check answers from an idle at the earliest (GTask), so
   * the flag is set before check_interrupted() reads it. */
  patella_session_page_start (self, items, n_items);
  self->resume_asked = self->store != NULL && self->state == PATELLA_SESSION_PAGE_IDLE;
}

/**
 * patella_session_page_start:
 * @self: a #PatellaSessionPage with a store
 * @items: (array length=n_items): the plan to run
 * @n_items: how many items, at least one
 *
 * Asks about standing warning signs, offers to resume an interrupted
 * session, asks the pain before, then runs the items. The page is active
 * from the first question on screen until the user is back on Today; while
 * it is, starting again does nothing.
 */
void
patella_session_page_start (PatellaSessionPage        *self,
                            const PatellaTimelineItem *items,
                            guint                      n_items)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (PATELLA_IS_SESSION_PAGE (self));
  g_return_if_fail (items != NULL && n_items > 0);
  g_return_if_fail (self->settings != NULL);

  if (self->store == NULL)
    {
      _patella_session_page_tell (self, _("The diary is not open, so a session cannot be "
                                          "recorded."));
      return;
    }
  if (self->state != PATELLA_SESSION_PAGE_IDLE)
    return;

  if (self->clock == NULL)
    self->clock = patella_monotonic_clock_new ();
  if (self->sink == NULL)
    self->sink = patella_canberra_sink_new ();

  self->resume_asked = FALSE;
  g_array_set_size (self->items, 0);
  g_array_append_vals (self->items, items, n_items);

  /* The caller's doses (the stored plan's) may not outlive this call. */
  g_array_set_size (self->item_doses, n_items);
  for (guint i = 0; i < n_items; i++)
    {
      PatellaTimelineItem *item = &g_array_index (self->items, PatellaTimelineItem, i);

      if (item->dose == NULL)
        continue;
      g_array_index (self->item_doses, PatellaDose, i) = *item->dose;
      item->dose = &g_array_index (self->item_doses, PatellaDose, i);
    }

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  /* Issue 6: a warning sign from the last 7 days asks the user to confirm
   * the knee has been checked before any session starts. */
  now = patella_clock_dup_local_now (self->clock, NULL);
  patella_warning_confirm_async (_patella_session_page_parent_window (self), self->store, now,
                                 self->cancellable, warning_confirmed_cb, g_object_ref (self));
}
