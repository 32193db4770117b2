/* patella-session-page.c: the guided session screen, readable from the floor
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-canberra-sink.h"
#include "patella-exercise-picture.h"
#include "patella-monotonic-clock.h"
#include "patella-pain-prompt.h"
#include "patella-phase-ring.h"
#include "patella-phase-word.h"
#include "patella-plan.h"
#include "patella-session-page.h"
#include "patella-session-page-private.h"
#include "patella-stage.h"
#include "patella-summary-view.h"
#include "patella-toast.h"
#include "patella-warning-confirm.h"

#define WALL_SQUAT "wall-squat"
#define N_STEPS_SHOWN 3

G_DEFINE_FINAL_TYPE (PatellaSessionPage, patella_session_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CLOCK,
  PROP_SOUND_SINK,
  PROP_SETTINGS,
  PROP_ACTIVE,
  PROP_FULLSCREEN,
  PROP_MUTED,
  PROP_SELF_PACED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void begin_new        (PatellaSessionPage *self);
static void end_prompt       (PatellaSessionPage *self);

/* Helpers */

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

static GtkWindow *
parent_window (PatellaSessionPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
tell (PatellaSessionPage *self,
      const char         *text)
{
  if (!patella_toast_add (GTK_WIDGET (self), adw_toast_new (text)))
    g_message ("%s", text);
}

static void
tell_error (PatellaSessionPage *self,
            const char         *what,
            const GError       *error)
{
  /* Translators: the first %s says what failed, the second why */
  g_autofree char *text = g_strdup_printf (_("%s: %s"), what, error->message);

  tell (self, text);
}

static void
set_active (PatellaSessionPage *self,
            gboolean            active)
{
  if (self->active == active)
    return;

  self->active = active;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

static void
hold_engine (PatellaSessionPage *self)
{
  PatellaEngine *e = _patella_session_page_engine (self);

  self->held = TRUE;
  if (e != NULL && patella_engine_get_state (e) == PATELLA_ENGINE_RUNNING)
    patella_engine_pause (e);
}

static void
release_engine (PatellaSessionPage *self)
{
  PatellaEngine *e = _patella_session_page_engine (self);

  if (!self->held)
    return;

  self->held = FALSE;
  if (e != NULL && !self->user_paused && patella_engine_get_state (e) == PATELLA_ENGINE_PAUSED)
    {
      patella_engine_resume (e);
      _patella_session_page_flush_cues (self);
    }
}

/* Ending the session and tidying up */

static void
drop_run (PatellaSessionPage *self)
{
  PatellaEngine *e = _patella_session_page_engine (self);

  g_clear_handle_id (&self->phase_idle_id, g_source_remove);
  g_clear_handle_id (&self->view_idle_id, g_source_remove);
  if (e != NULL)
    g_signal_handlers_disconnect_by_data (e, self);
  if (self->run != NULL)
    g_signal_handlers_disconnect_by_data (self->run, self);
  patella_phase_ring_set_engine (self->ring, NULL);
  g_clear_object (&self->run);
  g_clear_object (&self->cue_player);
  g_hash_table_remove_all (self->exercises_done);

  self->user_paused = FALSE;
  self->held = FALSE;
  self->leaving = FALSE;
  self->finished = FALSE;
  self->prompt = PROMPT_NONE;
  self->prompt_exercise = NULL;
  self->prompted_phase = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->ring), TRUE);
}

static void
close_session (PatellaSessionPage *self)
{
  drop_run (self);
  if (self->fullscreen)
    {
      self->fullscreen = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FULLSCREEN]);
    }
  gtk_stack_set_visible_child_name (self->view_stack, "before");
  set_active (self, FALSE);
}

/* Leaves for good after the summary: the session is completed with the
 * pain after, if given. Also used when the page goes away at the summary. */
static void
complete_session (PatellaSessionPage *self)
{
  PatellaPainPrompt *after;
  g_autoptr(GError) error = NULL;
  int pain_after;

  if (self->run == NULL || !self->finished)
    return;

  after = patella_summary_view_get_pain_prompt (self->summary_view);
  pain_after = patella_pain_prompt_get_value (after);
  if (!patella_session_run_complete (self->run, pain_after, &error))
    tell_error (self, _("The session could not be saved as finished"), error);
}

static void
summary_done_cb (PatellaSessionPage *self)
{
  complete_session (self);
  close_session (self);
}

static void
leave_now (PatellaSessionPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->run == NULL)
    {
      close_session (self);
      return;
    }

  if (self->finished)
    {
      summary_done_cb (self);
      return;
    }

  self->leaving = TRUE;
  if (!patella_session_run_abandon (self->run, &error))
    tell_error (self, _("The session could not be closed"), error);
  else if (patella_session_run_get_session_id (self->run) > 0)
    tell (self, _("Session ended. Every finished set is kept."));
  close_session (self);
}

static void
leave_response_cb (AdwMessageDialog   *dialog,
                   const char         *response,
                   PatellaSessionPage *self)
{
  /* Closing after a response may report the close response too. */
  g_signal_handlers_disconnect_by_func (dialog, leave_response_cb, self);

  if (g_strcmp0 (response, "leave") == 0)
    leave_now (self);
  else
    release_engine (self);

  g_object_unref (self);
}

void
_patella_session_page_ask_leave (PatellaSessionPage *self)
{
  AdwMessageDialog *dialog;

  /* Nothing to lose before the first set or after the last one. */
  if (self->run == NULL || self->finished
      || patella_engine_get_state (_patella_session_page_engine (self)) == PATELLA_ENGINE_READY)
    {
      leave_now (self);
      return;
    }

  hold_engine (self);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self),
                                                       _("Leave the Session?"),
                                                       _("Every finished set is kept. The set "
                                                         "under way is kept with the reps done "
                                                         "so far.")));
  adw_message_dialog_add_responses (dialog,
                                    "stay", _("_Stay"),
                                    "leave", _("_Leave"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "leave", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "stay");
  adw_message_dialog_set_close_response (dialog, "stay");
  g_signal_connect (dialog, "response", G_CALLBACK (leave_response_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* What the screen shows */

static const char *
phase_class_for (PatellaPhaseKind kind)
{
  switch (kind)
    {
    case PATELLA_PHASE_UP:
    case PATELLA_PHASE_PAUSE:
    case PATELLA_PHASE_DOWN:
      return "phase-move";
    case PATELLA_PHASE_HOLD:
      return "phase-hold";
    case PATELLA_PHASE_REST:
    case PATELLA_PHASE_EXERCISE_DONE:
      return "phase-rest";
    case PATELLA_PHASE_GET_READY:
    case PATELLA_PHASE_SWITCH_SIDE:
    default:
      return "phase-ready";
    }
}

static gboolean
shows_end_position (PatellaPhaseKind kind)
{
  return kind == PATELLA_PHASE_UP || kind == PATELLA_PHASE_PAUSE || kind == PATELLA_PHASE_HOLD;
}

static void
set_label_text (GtkLabel   *label,
                const char *text)
{
  gboolean show = text != NULL && *text != '\0';

  if (g_strcmp0 (gtk_label_get_label (label), show ? text : "") != 0)
    gtk_label_set_label (label, show ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), show);
}

static void
update_exercise_texts (PatellaSessionPage *self,
                       PatellaExercise    *exercise)
{
  const char * const *steps = patella_exercise_get_steps (exercise);
  const char * const *cautions = patella_exercise_get_cautions (exercise);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; steps != NULL && steps[i] != NULL && i < N_STEPS_SHOWN; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, steps[i]);
    }
  set_label_text (self->steps_label, text->str);
  set_label_text (self->caution_label, cautions != NULL ? cautions[0] : NULL);
}

void
_patella_session_page_update_view (PatellaSessionPage *self)
{
  PatellaEngine *e = _patella_session_page_engine (self);
  PatellaEngineState state;
  PatellaExercise *exercise;
  PatellaPhaseKind kind;
  const char *word;
  g_autofree char *rep = NULL;
  g_autofree char *set = NULL;
  g_autofree char *next = NULL;
  g_autofree char *subtitle = NULL;
  guint n_exercises = 0, index = 0;
  const char *phase_class;
  const char *icon;
  gboolean work;

  if (e == NULL)
    return;

  state = patella_engine_get_state (e);
  exercise = patella_engine_get_exercise (e);
  kind = patella_engine_get_phase_kind (e);
  work = state != PATELLA_ENGINE_FINISHED && patella_phase_kind_is_work (kind);

  if (state == PATELLA_ENGINE_FINISHED)
    word = _("Done");
  else if (self->user_paused)
    word = _("Paused");
  else
    word = patella_engine_get_phase_label (e);
  patella_phase_word_set_text (self->phase_word, word);

  if (exercise != NULL)
    {
      const char *name = patella_exercise_get_name (exercise);
      const char *id = patella_exercise_get_id (exercise);

      if (g_strcmp0 (patella_exercise_picture_get_exercise_id (self->picture), id) != 0)
        update_exercise_texts (self, exercise);

      set_label_text (self->exercise_label, self->fullscreen ? NULL : name);
      adw_window_title_set_title (self->window_title, name);
      patella_exercise_picture_set_exercise_id (self->picture, id);
      gtk_widget_set_visible (GTK_WIDGET (self->picture),
                              patella_exercise_picture_has_figure (id));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->picture),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
  patella_exercise_picture_set_end (self->picture, shows_end_position (kind));

  g_object_get (e, "exercise-index", &index, "n-exercises", &n_exercises, NULL);
  if (n_exercises > 0)
    /* Translators: the window subtitle during a session, e.g. "Exercise 2 of 5" */
    subtitle = g_strdup_printf (_("Exercise %u of %u"), MIN (index + 1, n_exercises), n_exercises);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  if (state != PATELLA_ENGINE_FINISHED && patella_engine_get_rep (e) > 0)
    /* Translators: the rep under way, e.g. "Rep 7 of 15" */
    rep = g_strdup_printf (_("Rep %u of %u"), patella_engine_get_rep (e),
                           patella_engine_get_reps_total (e));
  set_label_text (self->rep_label, rep);

  if (state != PATELLA_ENGINE_FINISHED && patella_engine_get_sets_total (e) > 0)
    /* Translators: the set under way, e.g. "Set 2 of 3" */
    set = g_strdup_printf (_("Set %u of %u"), patella_engine_get_set (e),
                           patella_engine_get_sets_total (e));
  set_label_text (self->set_label, set);

  set_label_text (self->side_label,
                  (state != PATELLA_ENGINE_FINISHED
                   && patella_engine_get_side (e) != PATELLA_SIDE_BOTH)
                  ? patella_engine_get_side_label (e) : NULL);

  if (state != PATELLA_ENGINE_FINISHED)
    {
      PatellaExercise *following = patella_engine_get_next_exercise (e);
      const char *next_phase = patella_engine_get_next_phase_label (e);

      if (kind == PATELLA_PHASE_EXERCISE_DONE && following != NULL)
        /* Translators: what comes after the current exercise */
        next = g_strdup_printf (_("Next exercise: %s"), patella_exercise_get_name (following));
      else if (kind == PATELLA_PHASE_EXERCISE_DONE)
        next = g_strdup (_("Next: the end of the session"));
      else if (next_phase != NULL)
        /* Translators: the phase after the current one, e.g. "Next: Lower" */
        next = g_strdup_printf (_("Next: %s"), next_phase);
    }
  set_label_text (self->next_label, next);

  /* Restyling the stage is not free: only on a real change. */
  phase_class = self->user_paused ? "phase-paused" : phase_class_for (kind);
  if (phase_class != self->phase_class)
    {
      if (self->phase_class != NULL)
        gtk_widget_remove_css_class (self->stage, self->phase_class);
      self->phase_class = phase_class;
      gtk_widget_add_css_class (self->stage, phase_class);
    }

  icon = self->user_paused ? "media-playback-start-symbolic" : "media-playback-pause-symbolic";
  if (g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (self->pause_button)), icon) != 0)
    {
      gtk_button_set_icon_name (GTK_BUTTON (self->pause_button), icon);
      gtk_widget_set_tooltip_text (self->pause_button,
                                   self->user_paused ? _("Resume (Space)") : _("Pause (Space)"));
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.stop-set", work);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.report-pain",
                                 state != PATELLA_ENGINE_FINISHED && exercise != NULL);
}

/* The pain questions and the wall squat rule */

void
_patella_session_page_show_prompt (PatellaSessionPage *self,
             PromptKind          kind,
             PatellaExercise    *exercise)
{
  g_autofree char *title = NULL;

  self->prompt = kind;
  self->prompt_exercise = patella_exercise_get_id (exercise);

  switch (kind)
    {
    case PROMPT_REST:
      title = g_strdup (_("How much did your knee hurt during that set?"));
      break;
    case PROMPT_REPORT:
      title = g_strdup (_("How much does your knee hurt right now?"));
      break;
    case PROMPT_EXERCISE_DONE:
    case PROMPT_NONE:
    default:
      /* The exercise's name is on screen just above. */
      title = g_strdup (_("How much did your knee hurt during that?"));
      break;
    }

  patella_pain_prompt_set_title (self->during_prompt, title);
  patella_pain_prompt_set_value (self->during_prompt, PATELLA_PAIN_PROMPT_NO_VALUE);
  gtk_stack_set_visible_child_name (self->info_stack, "pain");
  /* While the session waits for an answer its ring stands still: the
   * room goes to the question (it matters on a phone-sized window). */
  gtk_widget_set_visible (GTK_WIDGET (self->ring), kind == PROMPT_REST);

  if (kind != PROMPT_REST)
    hold_engine (self);
}

static void
end_prompt (PatellaSessionPage *self)
{
  self->prompt = PROMPT_NONE;
  self->prompt_exercise = NULL;
  gtk_stack_set_visible_child_name (self->info_stack, "instructions");
  gtk_widget_set_visible (GTK_WIDGET (self->ring), TRUE);
  release_engine (self);
  _patella_session_page_update_view (self);
}

static void
show_advice (PatellaSessionPage *self,
             gboolean            offer_swap)
{
  self->advice_offers_swap = offer_swap;
  hold_engine (self);

  gtk_label_set_label (self->advice_label,
                       offer_swap
                       ? _("Pain at the kneecap is a signal to stop, not to push through. "
                           "Straight-leg raises train the same thigh muscles with the knee "
                           "straight. Replace the wall squats left today with them?")
                       : _("Pain at the kneecap is a signal to stop, not to push through. "
                           "Do straight-leg raises instead of wall squats until your knee "
                           "feels better."));
  gtk_button_set_label (GTK_BUTTON (self->keep_button),
                        offer_swap ? _("_Keep Going") : _("_Continue"));
  gtk_widget_set_visible (self->swap_button, offer_swap);
  gtk_stack_set_visible_child_name (self->info_stack, "advice");
  gtk_widget_set_visible (GTK_WIDGET (self->ring), FALSE);
}

static void
answer_prompt (PatellaSessionPage *self,
               int                 pain)
{
  const char *exercise_id = self->prompt_exercise;
  PromptKind kind = self->prompt;

  if (self->prompt == PROMPT_NONE || self->run == NULL)
    return;

  if (pain >= 0)
    {
      g_autoptr(GError) error = NULL;

      if (!patella_session_run_record_pain (self->run, exercise_id, pain, &error))
        tell_error (self, _("The pain score could not be saved"), error);
    }

  if (pain >= PATELLA_WALL_SQUAT_PAIN_LIMIT && g_strcmp0 (exercise_id, WALL_SQUAT) == 0)
    {
      self->prompt = PROMPT_NONE;
      show_advice (self, kind != PROMPT_EXERCISE_DONE
                         && patella_session_run_can_swap_wall_squat (self->run));
      return;
    }

  end_prompt (self);
}

static void
during_chosen_cb (PatellaSessionPage *self,
                  int                 pain)
{
  answer_prompt (self, pain);
}

static void
during_skipped_cb (PatellaSessionPage *self)
{
  answer_prompt (self, PATELLA_STORE_NO_PAIN);
}

void
_patella_session_page_keep_going (PatellaSessionPage *self)
{
  end_prompt (self);
}

void
_patella_session_page_swap (PatellaSessionPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->run != NULL && !patella_session_run_swap_wall_squat (self->run, &error))
    tell_error (self, _("The wall squats could not be replaced"), error);
  else
    tell (self, _("Straight-leg raises replace the wall squats left today."));

  end_prompt (self);
}

/* The engine's side */

static gboolean
phase_changed_idle_cb (gpointer user_data)
{
  PatellaSessionPage *self = user_data;
  PatellaEngine *e = _patella_session_page_engine (self);
  PatellaExercise *exercise;
  PatellaPhaseKind kind;
  guint index;

  self->phase_idle_id = 0;
  if (e == NULL || patella_engine_get_state (e) != PATELLA_ENGINE_RUNNING)
    return G_SOURCE_REMOVE;

  kind = patella_engine_get_phase_kind (e);
  exercise = patella_engine_get_exercise (e);
  index = patella_engine_get_phase_index (e);

  /* The rest's question goes away with the rest: no answer, no score. */
  if (self->prompt == PROMPT_REST && kind != PATELLA_PHASE_REST)
    end_prompt (self);

  if (self->prompt != PROMPT_NONE
      || g_strcmp0 (gtk_stack_get_visible_child_name (self->info_stack), "advice") == 0)
    return G_SOURCE_REMOVE;

  if (kind == PATELLA_PHASE_EXERCISE_DONE
      && self->prompted_phase != index + 1
      && g_hash_table_contains (self->exercises_done, patella_exercise_get_id (exercise)))
    {
      self->prompted_phase = index + 1;
      _patella_session_page_show_prompt (self, PROMPT_EXERCISE_DONE, exercise);
    }
  else if (kind == PATELLA_PHASE_REST
           && g_str_equal (patella_exercise_get_id (exercise), WALL_SQUAT)
           && !patella_engine_get_phase (e)->substituted)
    _patella_session_page_show_prompt (self, PROMPT_REST, exercise);

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
engine_set_finished_cb (PatellaEngine          *e,
                        const PatellaSetRecord *record,
                        PatellaSessionPage     *self)
{
  g_hash_table_add (self->exercises_done, (gpointer) g_intern_string (record->exercise_id));
}

static void
engine_finished_cb (PatellaEngine               *e,
                    const PatellaSessionSummary *summary,
                    PatellaSessionPage          *self)
{
  g_autoptr(GError) error = NULL;

  if (self->leaving)
    return;

  self->finished = TRUE;
  self->prompt = PROMPT_NONE;
  gtk_stack_set_visible_child_name (self->info_stack, "instructions");
  if (!patella_summary_view_show_session (self->summary_view, self->store,
                                          patella_session_run_get_session_id (self->run),
                                          summary, &error))
    tell_error (self, _("The session could not be read back"), error);

  if (self->fullscreen)
    {
      self->fullscreen = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FULLSCREEN]);
    }
  gtk_stack_set_visible_child_name (self->view_stack, "summary");
}

static void
save_failed_cb (PatellaSessionRun  *run,
                const GError       *error,
                PatellaSessionPage *self)
{
  tell_error (self, _("The last set could not be saved"), error);
}

static void
set_up_run (PatellaSessionPage *self,
            PatellaTimeline    *timeline,
            gint64              session_id)
{
  static const char * const watched[] = {
    "notify::phase-index", "notify::state", "notify::rep", "notify::set",
    "notify::side", "notify::exercise", "notify::self-paced",
  };
  PatellaEngine *e;

  drop_run (self);
  self->run = patella_session_run_new (self->store, self->clock, timeline, session_id);
  g_signal_connect_object (self->run, "save-failed", G_CALLBACK (save_failed_cb), self, 0);

  e = patella_session_run_get_engine (self->run);
  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    g_signal_connect_object (e, watched[i], G_CALLBACK (engine_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (e, "cue", G_CALLBACK (engine_cue_cb), self, 0);
  g_signal_connect_object (e, "set-finished", G_CALLBACK (engine_set_finished_cb), self, 0);
  g_signal_connect_object (e, "finished", G_CALLBACK (engine_finished_cb), self, 0);
  patella_engine_set_self_paced (e, self->self_paced);

  self->cue_player = patella_cue_player_new (self->sink, self->clock);
  patella_cue_player_bind_settings (self->cue_player, self->settings);
  /* Before the first cue, so every sound is ready to start at once. */
  patella_cue_player_prepare (self->cue_player);

  patella_phase_ring_set_engine (self->ring, e);
  gtk_stack_set_visible_child_name (self->info_stack, "instructions");
  _patella_session_page_update_view (self);
}

static void
run_now (PatellaSessionPage *self,
         int                 pain_before)
{
  g_autoptr(GError) error = NULL;

  /* On screen first, so the first cue's glow is seen. */
  gtk_stack_set_visible_child_name (self->view_stack, "run");
  if (!patella_session_run_begin (self->run, pain_before, &error))
    {
      tell_error (self, _("The session could not be started"), error);
      close_session (self);
      return;
    }
  patella_cue_player_flush (self->cue_player);

  /* The screen follows from the engine's notifications, after the first
   * cue has gone out. */
}

static void
before_chosen_cb (PatellaSessionPage *self,
                  int                 pain)
{
  PatellaEngine *e = _patella_session_page_engine (self);

  if (e != NULL && patella_engine_get_state (e) == PATELLA_ENGINE_READY)
    run_now (self, pain);
}

static void
before_skipped_cb (PatellaSessionPage *self)
{
  before_chosen_cb (self, PATELLA_STORE_NO_PAIN);
}

/* Starting */

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
      tell_error (self, _("The session could not be planned"), error);
      return;
    }

  set_up_run (self, timeline, 0);
  patella_pain_prompt_set_value (self->before_prompt, PATELLA_PAIN_PROMPT_NO_VALUE);
  gtk_stack_set_visible_child_name (self->view_stack, "before");
  set_active (self, TRUE);
  patella_pain_prompt_focus_scale (self->before_prompt);
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
      tell_error (self, _("The session could not be resumed"), error);
      return;
    }

  set_up_run (self, timeline, session_id);
  set_active (self, TRUE);
  run_now (self, PATELLA_STORE_NO_PAIN);
}

typedef struct
{
  PatellaSessionPage     *self;
  gint64                  session_id;
  PatellaTimelineOptions  options;
} ResumeData;

static void
resume_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ResumeData       *data)
{
  PatellaSessionPage *self = data->self;

  g_signal_handlers_disconnect_by_func (dialog, resume_response_cb, data);

  if (g_strcmp0 (response, "resume") == 0)
    resume (self, data->session_id, &data->options);
  else if (g_strcmp0 (response, "end") == 0)
    {
      g_autoptr(GError) error = NULL;

      if (!patella_store_abandon_session (self->store, data->session_id,
                                          patella_clock_get_wall_usec (self->clock), &error))
        tell_error (self, _("The unfinished session could not be ended"), error);
      else
        begin_new (self);
    }

  g_object_unref (data->self);
  g_free (data);
}

static void
check_interrupted (PatellaSessionPage *self)
{
  g_autoptr(PatellaStoreSession) interrupted = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) started = NULL;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  PatellaTimelineOptions options;
  AdwMessageDialog *dialog;
  ResumeData *data;

  interrupted = patella_store_find_in_progress (self->store, &error);
  if (error != NULL)
    {
      tell_error (self, _("The diary could not be read"), error);
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
        tell_error (self, _("The unfinished session could not be ended"), error);
      else if (error != NULL)
        tell_error (self, _("The unfinished session could not be read"), error);
      begin_new (self);
      return;
    }

  started = g_date_time_new_from_unix_local (interrupted->started_us / G_USEC_PER_SEC);
  /* The date too: a weekday alone is ambiguous once the session is a week old.
   * Translators: a date and time, as in "Monday 23 November, 14:05" */
  when = g_date_time_format (started, _("%A %-d %B, %H:%M"));
  /* Translators: %s is when the unfinished session started, e.g.
   * "Monday 23 November, 14:05" */
  body = g_strdup_printf (_("The session you started on %s was not finished. Resume it at its "
                            "next set, or end it. Its finished sets are kept either way."),
                          when);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self),
                                                       _("Resume the Unfinished Session?"),
                                                       body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "end", _("_End It"),
                                    "resume", _("_Resume"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "resume", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "resume");
  adw_message_dialog_set_close_response (dialog, "cancel");

  data = g_new0 (ResumeData, 1);
  data->self = g_object_ref (self);
  data->session_id = interrupted->id;
  data->options = options;
  g_signal_connect (dialog, "response", G_CALLBACK (resume_response_cb), data);
  gtk_window_present (GTK_WINDOW (dialog));
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
        tell_error (self, _("The session was not started"), error);
      return;
    }

  if (self->store != NULL && !self->active)
    check_interrupted (self);
}

void
patella_session_page_start (PatellaSessionPage        *self,
                            const PatellaTimelineItem *items,
                            guint                      n_items)
{
  g_return_if_fail (PATELLA_IS_SESSION_PAGE (self));
  g_return_if_fail (items != NULL && n_items > 0);

  if (self->store == NULL)
    {
      tell (self, _("The diary is not open, so a session cannot be recorded."));
      return;
    }
  if (self->active)
    return;

  if (self->clock == NULL)
    self->clock = patella_monotonic_clock_new ();
  if (self->sink == NULL)
    self->sink = patella_canberra_sink_new ();

  g_array_set_size (self->items, 0);
  g_array_append_vals (self->items, items, n_items);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  /* Issue 6: a warning sign from the last 7 days asks the user to confirm
   * the knee has been checked before any session starts. */
  patella_warning_confirm_async (parent_window (self), self->store, self->cancellable,
                                 warning_confirmed_cb, g_object_ref (self));
}

/* Properties */

static void
apply_fullscreen (PatellaSessionPage *self)
{
  GtkWindow *window = parent_window (self);
  gboolean full = self->fullscreen;

  /* Only the phase, the counters and the picture stay. */
  gtk_widget_set_visible (self->header_bar, !full);
  gtk_widget_set_visible (self->controls_box, !full);
  gtk_widget_set_visible (GTK_WIDGET (self->info_stack), !full);
  gtk_widget_set_visible (GTK_WIDGET (self->exercise_label),
                          !full && *gtk_label_get_label (self->exercise_label) != '\0');
  if (full)
    gtk_widget_add_css_class (GTK_WIDGET (self), "fullscreen");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "fullscreen");

  if (window != NULL)
    {
      if (full)
        gtk_window_fullscreen (window);
      else
        gtk_window_unfullscreen (window);
    }
}

static void
set_fullscreen (PatellaSessionPage *self,
                gboolean            fullscreen)
{
  fullscreen = !!fullscreen;
  if (self->fullscreen == fullscreen)
    return;

  self->fullscreen = fullscreen;
  apply_fullscreen (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FULLSCREEN]);
}

static void
set_muted (PatellaSessionPage *self,
           gboolean            muted)
{
  muted = !!muted;
  if (self->muted == muted)
    return;

  self->muted = muted;
  gtk_button_set_icon_name (GTK_BUTTON (self->mute_button),
                            muted ? "audio-volume-muted-symbolic" : "audio-volume-high-symbolic");
  gtk_widget_set_tooltip_text (self->mute_button,
                               muted ? _("Turn Sound Cues On (M)") : _("Mute Sound Cues (M)"));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUTED]);
}

static void
set_self_paced (PatellaSessionPage *self,
                gboolean            self_paced)
{
  self_paced = !!self_paced;
  if (self->self_paced == self_paced)
    return;

  self->self_paced = self_paced;
  if (_patella_session_page_engine (self) != NULL)
    patella_engine_set_self_paced (_patella_session_page_engine (self), self_paced);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELF_PACED]);
}

PatellaStore *
patella_session_page_get_store (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), NULL);

  return self->store;
}

void
patella_session_page_set_store (PatellaSessionPage *self,
                                PatellaStore       *store)
{
  g_return_if_fail (PATELLA_IS_SESSION_PAGE (self));
  g_return_if_fail (store == NULL || PATELLA_IS_STORE (store));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

PatellaClock *
patella_session_page_get_clock (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), NULL);

  return self->clock;
}

void
patella_session_page_set_clock (PatellaSessionPage *self,
                                PatellaClock       *clock)
{
  g_return_if_fail (PATELLA_IS_SESSION_PAGE (self));
  g_return_if_fail (clock == NULL || PATELLA_IS_CLOCK (clock));
  g_return_if_fail (self->run == NULL);

  if (g_set_object (&self->clock, clock))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOCK]);
}

PatellaSoundSink *
patella_session_page_get_sound_sink (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), NULL);

  return self->sink;
}

void
patella_session_page_set_sound_sink (PatellaSessionPage *self,
                                     PatellaSoundSink   *sink)
{
  g_return_if_fail (PATELLA_IS_SESSION_PAGE (self));
  g_return_if_fail (sink == NULL || PATELLA_IS_SOUND_SINK (sink));
  g_return_if_fail (self->run == NULL);

  if (g_set_object (&self->sink, sink))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOUND_SINK]);
}

GSettings *
patella_session_page_get_settings (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), NULL);

  return self->settings;
}

void
patella_session_page_set_settings (PatellaSessionPage *self,
                                   GSettings          *settings)
{
  g_return_if_fail (PATELLA_IS_SESSION_PAGE (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  if (self->settings == settings)
    return;

  if (self->settings != NULL)
    {
      g_settings_unbind (self, "muted");
      g_settings_unbind (self, "self-paced");
    }
  g_set_object (&self->settings, settings);
  g_settings_bind (settings, "sound-enabled", self, "muted",
                   G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_INVERT_BOOLEAN);
  g_settings_bind (settings, "self-paced", self, "self-paced", G_SETTINGS_BIND_DEFAULT);
  if (self->cue_player != NULL)
    patella_cue_player_bind_settings (self->cue_player, settings);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SETTINGS]);
}

gboolean
patella_session_page_get_active (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), FALSE);

  return self->active;
}

gboolean
patella_session_page_get_fullscreen (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), FALSE);

  return self->fullscreen;
}

const char *
patella_session_page_get_view (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->view_stack);
}

const char *
patella_session_page_get_info (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->info_stack);
}

const char *
patella_session_page_get_phase_text (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), NULL);

  return patella_phase_word_get_text (self->phase_word);
}

PatellaSessionRun *
patella_session_page_get_run (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), NULL);

  return self->run;
}

PatellaCuePlayer *
patella_session_page_get_cue_player (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), NULL);

  return self->cue_player;
}

GtkWidget *
patella_session_page_new (void)
{
  return g_object_new (PATELLA_TYPE_SESSION_PAGE, NULL);
}

static void
patella_session_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PatellaSessionPage *self = PATELLA_SESSION_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;
    case PROP_SOUND_SINK:
      g_value_set_object (value, self->sink);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_FULLSCREEN:
      g_value_set_boolean (value, self->fullscreen);
      break;
    case PROP_MUTED:
      g_value_set_boolean (value, self->muted);
      break;
    case PROP_SELF_PACED:
      g_value_set_boolean (value, self->self_paced);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_session_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PatellaSessionPage *self = PATELLA_SESSION_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      patella_session_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_CLOCK:
      patella_session_page_set_clock (self, g_value_get_object (value));
      break;
    case PROP_SOUND_SINK:
      patella_session_page_set_sound_sink (self, g_value_get_object (value));
      break;
    case PROP_SETTINGS:
      patella_session_page_set_settings (self, g_value_get_object (value));
      break;
    case PROP_FULLSCREEN:
      set_fullscreen (self, g_value_get_boolean (value));
      break;
    case PROP_MUTED:
      set_muted (self, g_value_get_boolean (value));
      break;
    case PROP_SELF_PACED:
      set_self_paced (self, g_value_get_boolean (value));
      break;
    case PROP_ACTIVE:
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_session_page_dispose (GObject *object)
{
  PatellaSessionPage *self = PATELLA_SESSION_PAGE (object);

  /* Closing the window at the summary still completes the session; in
   * the middle of one, it stays in progress and is offered for resume. */
  complete_session (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  drop_run (self);
  if (self->settings != NULL)
    {
      g_settings_unbind (self, "muted");
      g_settings_unbind (self, "self-paced");
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), PATELLA_TYPE_SESSION_PAGE);

  g_clear_object (&self->store);
  g_clear_object (&self->clock);
  g_clear_object (&self->sink);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (patella_session_page_parent_class)->dispose (object);
}

static void
patella_session_page_finalize (GObject *object)
{
  PatellaSessionPage *self = PATELLA_SESSION_PAGE (object);

  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->exercises_done, g_hash_table_unref);

  G_OBJECT_CLASS (patella_session_page_parent_class)->finalize (object);
}

static void
patella_session_page_class_init (PatellaSessionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = patella_session_page_dispose;
  object_class->finalize = patella_session_page_finalize;
  object_class->get_property = patella_session_page_get_property;
  object_class->set_property = patella_session_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PATELLA_TYPE_STORE, rw);
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, PATELLA_TYPE_CLOCK, rw);
  properties[PROP_SOUND_SINK] =
    g_param_spec_object ("sound-sink", NULL, NULL, PATELLA_TYPE_SOUND_SINK, rw);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS, rw);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FULLSCREEN] =
    g_param_spec_boolean ("fullscreen", NULL, NULL, FALSE, rw);
  properties[PROP_MUTED] =
    g_param_spec_boolean ("muted", NULL, NULL, FALSE, rw);
  properties[PROP_SELF_PACED] =
    g_param_spec_boolean ("self-paced", NULL, NULL, FALSE, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PATELLA_TYPE_PAIN_PROMPT);
  g_type_ensure (PATELLA_TYPE_EXERCISE_PICTURE);
  g_type_ensure (PATELLA_TYPE_PHASE_WORD);
  g_type_ensure (PATELLA_TYPE_PHASE_RING);
  g_type_ensure (PATELLA_TYPE_STAGE);
  g_type_ensure (PATELLA_TYPE_SUMMARY_VIEW);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sessionpage");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-session-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, root_box);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, header_bar);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, before_prompt);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, stage);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, picture);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, exercise_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, phase_word);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, ring);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, rep_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, set_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, side_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, info_stack);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, steps_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, caution_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, next_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, during_prompt);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, advice_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, keep_button);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, swap_button);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, controls_box);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, pause_button);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, mute_button);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, summary_view);
  gtk_widget_class_bind_template_callback (widget_class, before_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, before_skipped_cb);
  gtk_widget_class_bind_template_callback (widget_class, during_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, during_skipped_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "keep_clicked_cb",
                                                G_CALLBACK (_patella_session_page_keep_going));
  gtk_widget_class_bind_template_callback_full (widget_class, "swap_clicked_cb",
                                                G_CALLBACK (_patella_session_page_swap));
  gtk_widget_class_bind_template_callback (widget_class, summary_done_cb);

  _patella_session_page_class_add_actions (widget_class);
}

static void
patella_session_page_init (PatellaSessionPage *self)
{
  g_autoptr(GSettings) settings = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_array_new (FALSE, TRUE, sizeof (PatellaTimelineItem));
  self->exercises_done = g_hash_table_new (g_str_hash, g_str_equal);

  settings = g_settings_new ("io.github.patella.Patella");
  patella_session_page_set_settings (self, settings);
  _patella_session_page_add_shortcuts (self);
}
