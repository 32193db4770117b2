/* patella-voice-coach.c: says what a session is doing, on time or not at all
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-coach-phrase.h"
#include "patella-voice-coach.h"

#define NO_CUE ((PatellaCue) -1)

/* Sounds say *that* something changed; a voice says *what*. This is the
 * only way a blind user can follow a session (GTK 4.8 cannot announce a
 * label's change to a screen reader), and it helps anyone on the floor. */
struct _PatellaVoiceCoach
{
  GObject         parent_instance;

  PatellaSpeaker *speaker;
  PatellaClock   *clock;
  PatellaEngine  *engine;
  GSettings      *settings;

  gboolean        enabled;
  gboolean        failed;          /* the speaker failed once: said in the log once */

  /* The boundary being collected: its cues arrive in one dispatch. */
  PatellaCue      pending_cue;
  gint64          pending_due;
  gboolean        pending_set_done;
  guint           pending_id;

  guint           n_spoken;
  guint           n_dropped;
};

G_DEFINE_FINAL_TYPE (PatellaVoiceCoach, patella_voice_coach, G_TYPE_OBJECT)

/* Which of a boundary's cues the words are about: a phase's start first. */
static int
rank (PatellaCue cue)
{
  switch (cue)
    {
    case PATELLA_CUE_SESSION_DONE:
      return 4;
    case PATELLA_CUE_GET_READY:
    case PATELLA_CUE_UP:
    case PATELLA_CUE_HOLD:
    case PATELLA_CUE_DOWN:
    case PATELLA_CUE_REST:
    case PATELLA_CUE_SWITCH_SIDE:
    case PATELLA_CUE_EXERCISE_DONE:
      return 3;
    case PATELLA_CUE_SET_DONE:
      return 2;
    case PATELLA_CUE_PAUSE:
    case PATELLA_CUE_GET_READY_TICK:
    case PATELLA_CUE_HOLD_TICK:
    case PATELLA_CUE_REP_DONE:
    case PATELLA_CUE_REST_OVER:
    default:
      return 0;
    }
}

static void
speak (PatellaVoiceCoach *self,
       const char        *text)
{
  g_autoptr(GError) error = NULL;

  if (!patella_speaker_speak (self->speaker, text, &error))
    {
      if (!self->failed)
        g_message ("Nothing is spoken: %s", error->message);
      self->failed = TRUE;
      return;
    }

  self->n_spoken++;
}

static void
flush_pending (PatellaVoiceCoach *self)
{
  PatellaCoachMoment moment = { 0 };
  PatellaExercise *exercise;
  g_autofree char *phrase = NULL;
  gint64 late;

  g_clear_handle_id (&self->pending_id, g_source_remove);
  if (self->pending_cue == NO_CUE)
    return;

  moment.cue = self->pending_cue;
  moment.set_done = self->pending_set_done;
  self->pending_cue = NO_CUE;
  self->pending_set_done = FALSE;

  if (self->engine == NULL || !self->enabled)
    return;

  exercise = patella_engine_get_exercise (self->engine);
  if (exercise != NULL)
    {
      const char * const *steps = patella_exercise_get_steps (exercise);

      moment.exercise_name = patella_exercise_get_name (exercise);
      moment.first_step = steps != NULL ? steps[0] : NULL;
    }
  moment.phase_label = patella_engine_get_phase_label (self->engine);
  if (patella_engine_get_side (self->engine) != PATELLA_SIDE_BOTH)
    moment.side_label = patella_engine_get_side_label (self->engine);
  moment.rep = patella_engine_get_rep (self->engine);
  moment.reps_total = patella_engine_get_reps_total (self->engine);

  phrase = patella_coach_phrase (&moment);
  if (phrase == NULL)
    return;

  late = patella_clock_get_monotonic_usec (self->clock) - self->pending_due;
  if (self->pending_due >= 0 && late > PATELLA_VOICE_COACH_MAX_LATE_USEC)
    {
      self->n_dropped++;
      return;
    }

  speak (self, phrase);
}

static gboolean
pending_cb (gpointer user_data)
{
  PatellaVoiceCoach *self = user_data;

  self->pending_id = 0;
  flush_pending (self);

  return G_SOURCE_REMOVE;
}

/* The engine's properties describe the new phase only once the boundary
 * has been handled, so the words are chosen on the idle right after it. */
static void
cue_cb (PatellaEngine     *engine,
        PatellaCue         cue,
        gint64             due_usec,
        PatellaVoiceCoach *self)
{
  if (!self->enabled)
    return;

  if (self->pending_cue != NO_CUE && due_usec != self->pending_due)
    flush_pending (self);

  if (cue == PATELLA_CUE_SET_DONE)
    self->pending_set_done = TRUE;
  if (self->pending_cue == NO_CUE || rank (cue) > rank (self->pending_cue))
    self->pending_cue = cue;
  self->pending_due = due_usec;
  if (self->pending_id == 0)
    self->pending_id = g_idle_add_full (G_PRIORITY_HIGH, pending_cb, self, NULL);
}

/**
 * patella_voice_coach_set_engine:
 * @self: a #PatellaVoiceCoach
 * @engine: (nullable): the session to follow
 */
void
patella_voice_coach_set_engine (PatellaVoiceCoach *self,
                                PatellaEngine     *engine)
{
  g_return_if_fail (PATELLA_IS_VOICE_COACH (self));
  g_return_if_fail (engine == NULL || PATELLA_IS_ENGINE (engine));

  if (self->engine != NULL)
    g_signal_handlers_disconnect_by_func (self->engine, cue_cb, self);
  g_clear_handle_id (&self->pending_id, g_source_remove);
  self->pending_cue = NO_CUE;
  g_set_object (&self->engine, engine);
  if (engine != NULL)
    g_signal_connect_object (engine, "cue", G_CALLBACK (cue_cb), self, 0);
}

gboolean
patella_voice_coach_get_enabled (PatellaVoiceCoach *self)
{
  g_return_val_if_fail (PATELLA_IS_VOICE_COACH (self), FALSE);

  return self->enabled;
}

void
patella_voice_coach_set_enabled (PatellaVoiceCoach *self,
                                 gboolean           enabled)
{
  g_return_if_fail (PATELLA_IS_VOICE_COACH (self));

  self->enabled = !!enabled;
}

static void
settings_changed_cb (PatellaVoiceCoach *self)
{
  int coaching = g_settings_get_enum (self->settings, "coaching");

  /* The schema's nicks: beeps 0, voice 1, both 2. */
  patella_voice_coach_set_enabled (self, coaching != 0
                                   && g_settings_get_boolean (self->settings, "sound-enabled"));
  patella_speaker_set_rate (self->speaker, g_settings_get_int (self->settings, "voice-rate"));
}

/**
 * patella_voice_coach_bind_settings:
 * @self: a #PatellaVoiceCoach
 * @settings: the app's settings
 *
 * Speaks while "coaching" is voice or both and sounds are on (M mutes the
 * voice too), at the "voice-rate" chosen.
 */
void
patella_voice_coach_bind_settings (PatellaVoiceCoach *self,
                                   GSettings         *settings)
{
  g_return_if_fail (PATELLA_IS_VOICE_COACH (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_set_object (&self->settings, settings);
  g_signal_connect_object (settings, "changed::coaching", G_CALLBACK (settings_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::sound-enabled", G_CALLBACK (settings_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::voice-rate", G_CALLBACK (settings_changed_cb),
                           self, G_CONNECT_SWAPPED);
  settings_changed_cb (self);
}

/**
 * patella_voice_coach_say:
 * @self: a #PatellaVoiceCoach
 * @text: a phrase, in the interface's language
 *
 * Says @text now, if the voice is on: for what the engine does not cue,
 * such as a question on screen or "Paused".
 */
void
patella_voice_coach_say (PatellaVoiceCoach *self,
                         const char        *text)
{
  g_return_if_fail (PATELLA_IS_VOICE_COACH (self));
  g_return_if_fail (text != NULL);

  if (!self->enabled)
    return;

  /* Whatever a boundary was about to say is older than this. */
  g_clear_handle_id (&self->pending_id, g_source_remove);
  self->pending_cue = NO_CUE;
  speak (self, text);
}

guint
patella_voice_coach_get_n_spoken (PatellaVoiceCoach *self)
{
  g_return_val_if_fail (PATELLA_IS_VOICE_COACH (self), 0);

  return self->n_spoken;
}

guint
patella_voice_coach_get_n_dropped (PatellaVoiceCoach *self)
{
  g_return_val_if_fail (PATELLA_IS_VOICE_COACH (self), 0);

  return self->n_dropped;
}

/**
 * patella_voice_coach_new:
 * @speaker: where the words go
 * @clock: the session's clock, to tell a late phrase
 *
 * Returns: (transfer full): a coach, off until enabled or bound to settings
 */
PatellaVoiceCoach *
patella_voice_coach_new (PatellaSpeaker *speaker,
                         PatellaClock   *clock)
{
  PatellaVoiceCoach *self;

  g_return_val_if_fail (PATELLA_IS_SPEAKER (speaker), NULL);
  g_return_val_if_fail (PATELLA_IS_CLOCK (clock), NULL);

  self = g_object_new (PATELLA_TYPE_VOICE_COACH, NULL);
  self->speaker = g_object_ref (speaker);
  self->clock = g_object_ref (clock);

  return self;
}

static void
patella_voice_coach_dispose (GObject *object)
{
  PatellaVoiceCoach *self = PATELLA_VOICE_COACH (object);

  patella_voice_coach_set_engine (self, NULL);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->speaker);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (patella_voice_coach_parent_class)->dispose (object);
}

static void
patella_voice_coach_class_init (PatellaVoiceCoachClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = patella_voice_coach_dispose;
}

static void
patella_voice_coach_init (PatellaVoiceCoach *self)
{
  self->pending_cue = NO_CUE;
}
