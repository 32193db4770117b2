/* patella-cue-player.c: turns engine cues into sounds, on time
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "patella-cue-player.h"

#define NO_CUE (-1)

struct _PatellaCuePlayer
{
  GObject           parent_instance;

  PatellaSoundSink *sink;
  PatellaClock     *clock;
  double            volume;
  gboolean          enabled;
  gboolean          voice_only;   /* the voice speaks instead of the beeps */

  gboolean          prepared;
  gboolean          broken;       /* the sink failed to prepare: stay silent */
  gboolean          failure_logged;

  int               pending_cue;
  gint64            pending_due;
  guint             pending_id;
  gint64            last_due;     /* of the last sound handed to the sink */

  GArray           *onsets;       /* of gint64 µs */
};

G_DEFINE_FINAL_TYPE (PatellaCuePlayer, patella_cue_player, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SINK,
  PROP_CLOCK,
  PROP_ENABLED,
  PROP_VOLUME,
  PROP_FAILED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* name: the file in resources/sounds/ and the id after "patella-";
 * rank: which cue speaks when several share a boundary (higher wins). The
 * end of a set or a session says more than the start of the next phase. */
static const struct {
  const char *id;
  const char *file;
  int         rank;
} sounds[PATELLA_N_CUES] = {
  [PATELLA_CUE_GET_READY]      = { "patella-get-ready", "get-ready.wav", 60 },
  [PATELLA_CUE_GET_READY_TICK] = { "patella-get-ready-tick", "get-ready-tick.wav", 10 },
  [PATELLA_CUE_UP]             = { "patella-up", "up.wav", 50 },
  [PATELLA_CUE_PAUSE]          = { "patella-pause", "pause.wav", 30 },
  [PATELLA_CUE_HOLD]           = { "patella-hold", "hold.wav", 45 },
  [PATELLA_CUE_HOLD_TICK]      = { "patella-hold-tick", "hold-tick.wav", 15 },
  [PATELLA_CUE_DOWN]           = { "patella-down", "down.wav", 40 },
  [PATELLA_CUE_REST]           = { "patella-rest", "rest.wav", 20 },
  [PATELLA_CUE_SWITCH_SIDE]    = { "patella-switch-side", "switch-side.wav", 90 },
  [PATELLA_CUE_EXERCISE_DONE]  = { "patella-exercise-done", "exercise-done.wav", 80 },
  /* The next rep's "up" already marks the end of this one. */
  [PATELLA_CUE_REP_DONE]       = { NULL, NULL, 0 },
  [PATELLA_CUE_SET_DONE]       = { "patella-set-done", "set-done.wav", 70 },
  [PATELLA_CUE_REST_OVER]      = { "patella-rest-over", "rest-over.wav", 65 },
  [PATELLA_CUE_SESSION_DONE]   = { "patella-session-done", "session-done.wav", 100 },
};

const char *
patella_cue_player_get_sound_id (PatellaCue cue)
{
  g_return_val_if_fail ((guint) cue < PATELLA_N_CUES, NULL);

  return sounds[cue].id;
}

static char *
resource_path_for (PatellaCue cue)
{
  return g_strconcat (RESOURCE_PATH "/sounds/", sounds[cue].file, NULL);
}

static void
log_failure_once (PatellaCuePlayer *self,
                  const GError     *error)
{
  if (self->failure_logged)
    return;

  self->failure_logged = TRUE;
  /* A message, not a warning: no sound device is a normal machine. */
  g_message ("Session sounds are off: %s", error->message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAILED]);
}

/**
 * patella_cue_player_get_failed:
 * @self: a #PatellaCuePlayer
 *
 * Whether the sink refused a sound (no sound device): the session can
 * say that its cues are on screen only. Notified once, on the first
 * failure.
 *
 * Returns: %TRUE once the sink has failed
 */
gboolean
patella_cue_player_get_failed (PatellaCuePlayer *self)
{
  g_return_val_if_fail (PATELLA_IS_CUE_PLAYER (self), FALSE);

  return self->failure_logged;
}

gboolean
patella_cue_player_prepare (PatellaCuePlayer *self)
{
  g_return_val_if_fail (PATELLA_IS_CUE_PLAYER (self), FALSE);

  if (self->prepared)
    return !self->broken;

  self->prepared = TRUE;
  for (guint i = 0; i < PATELLA_N_CUES; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = NULL;

      if (sounds[i].id == NULL)
        continue;

      path = resource_path_for (i);
      if (!patella_sound_sink_prepare (self->sink, sounds[i].id, path, &error))
        {
          log_failure_once (self, error);
          self->broken = TRUE;
          return FALSE;
        }
    }

  return TRUE;
}

static void
play_now (PatellaCuePlayer *self,
          PatellaCue        cue,
          gint64            due_usec)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = resource_path_for (cue);

  if (due_usec >= 0)
    {
      gint64 late = patella_clock_get_monotonic_usec (self->clock) - due_usec;
      g_array_append_val (self->onsets, late);
      self->last_due = due_usec;
    }

  if (!patella_sound_sink_play (self->sink, sounds[cue].id, path, self->volume, &error))
    log_failure_once (self, error);
}

static void
flush_pending (PatellaCuePlayer *self)
{
  int cue = self->pending_cue;

  g_clear_handle_id (&self->pending_id, g_source_remove);
  self->pending_cue = NO_CUE;
  if (cue != NO_CUE)
    play_now (self, cue, self->pending_due);
}

static gboolean
pending_cb (gpointer user_data)
{
  PatellaCuePlayer *self = user_data;

  self->pending_id = 0;
  flush_pending (self);

  return G_SOURCE_REMOVE;
}

void
patella_cue_player_play (PatellaCuePlayer *self,
                         PatellaCue        cue,
                         gint64            due_usec)
{
  g_return_if_fail (PATELLA_IS_CUE_PLAYER (self));
  g_return_if_fail ((guint) cue < PATELLA_N_CUES);

  if (sounds[cue].id == NULL || !self->enabled || self->voice_only || self->volume <= 0.0
      || self->broken)
    return;

  if (due_usec >= 0 && due_usec == self->last_due && self->pending_cue == NO_CUE)
    return;

  if (self->pending_cue != NO_CUE)
    {
      if (due_usec >= 0 && due_usec == self->pending_due)
        {
          if (sounds[cue].rank > sounds[self->pending_cue].rank)
            self->pending_cue = cue;
          return;
        }
      flush_pending (self);
    }

  /* The rest of this boundary's cues arrive in the same dispatch; the
   * high-priority idle runs right after it, ahead of any redraw. */
  self->pending_cue = cue;
  self->pending_due = due_usec;
  self->pending_id = g_idle_add_full (G_PRIORITY_HIGH, pending_cb, self, NULL);
}

void
patella_cue_player_flush (PatellaCuePlayer *self)
{
  g_return_if_fail (PATELLA_IS_CUE_PLAYER (self));

  flush_pending (self);
}

guint
patella_cue_player_get_n_onsets (PatellaCuePlayer *self)
{
  g_return_val_if_fail (PATELLA_IS_CUE_PLAYER (self), 0);

  return self->onsets->len;
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

gint64
patella_cue_player_get_onset_percentile (PatellaCuePlayer *self,
                                         double            percentile)
{
  g_autoptr(GArray) sorted = NULL;
  guint rank;

  g_return_val_if_fail (PATELLA_IS_CUE_PLAYER (self), 0);
  g_return_val_if_fail (percentile >= 0.0 && percentile <= 100.0, 0);

  if (self->onsets->len == 0)
    return 0;

  sorted = g_array_copy (self->onsets);
  g_array_sort (sorted, compare_gint64);

  /* Nearest rank: the smallest value with at least p% at or below it. */
  rank = (guint) ceil (percentile / 100.0 * sorted->len);
  rank = CLAMP (rank, 1, sorted->len);

  return g_array_index (sorted, gint64, rank - 1);
}

void
patella_cue_player_reset_onsets (PatellaCuePlayer *self)
{
  g_return_if_fail (PATELLA_IS_CUE_PLAYER (self));

  g_array_set_size (self->onsets, 0);
}

PatellaSoundSink *
patella_cue_player_get_sink (PatellaCuePlayer *self)
{
  g_return_val_if_fail (PATELLA_IS_CUE_PLAYER (self), NULL);

  return self->sink;
}

gboolean
patella_cue_player_get_enabled (PatellaCuePlayer *self)
{
  g_return_val_if_fail (PATELLA_IS_CUE_PLAYER (self), FALSE);

  return self->enabled;
}

void
patella_cue_player_set_enabled (PatellaCuePlayer *self,
                                gboolean          enabled)
{
  g_return_if_fail (PATELLA_IS_CUE_PLAYER (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;

  self->enabled = enabled;
  if (!enabled)
    {
      g_clear_handle_id (&self->pending_id, g_source_remove);
      self->pending_cue = NO_CUE;
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}

double
patella_cue_player_get_volume (PatellaCuePlayer *self)
{
  g_return_val_if_fail (PATELLA_IS_CUE_PLAYER (self), 0.0);

  return self->volume;
}

void
patella_cue_player_set_volume (PatellaCuePlayer *self,
                               double            volume)
{
  g_return_if_fail (PATELLA_IS_CUE_PLAYER (self));

  volume = CLAMP (volume, 0.0, 1.0);
  if (self->volume == volume)
    return;

  self->volume = volume;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOLUME]);
}

/* The schema's nicks: beeps 0, voice 1, both 2. */
static void
coaching_changed_cb (GSettings        *settings,
                     const char       *key,
                     PatellaCuePlayer *self)
{
  self->voice_only = g_settings_get_enum (settings, "coaching") == 1;
}

void
patella_cue_player_bind_settings (PatellaCuePlayer *self,
                                  GSettings        *settings)
{
  g_return_if_fail (PATELLA_IS_CUE_PLAYER (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_settings_bind (settings, "sound-enabled", self, "enabled", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "sound-volume", self, "volume", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (settings, "changed::coaching", G_CALLBACK (coaching_changed_cb),
                           self, 0);
  coaching_changed_cb (settings, "coaching", self);
}

PatellaCuePlayer *
patella_cue_player_new (PatellaSoundSink *sink,
                        PatellaClock     *clock)
{
  g_return_val_if_fail (PATELLA_IS_SOUND_SINK (sink), NULL);
  g_return_val_if_fail (PATELLA_IS_CLOCK (clock), NULL);

  return g_object_new (PATELLA_TYPE_CUE_PLAYER,
                       "sink", sink,
                       "clock", clock,
                       NULL);
}

static void
patella_cue_player_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PatellaCuePlayer *self = PATELLA_CUE_PLAYER (object);

  switch (prop_id)
    {
    case PROP_SINK:
      g_value_set_object (value, self->sink);
      break;

    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;

    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;

    case PROP_VOLUME:
      g_value_set_double (value, self->volume);
      break;

    case PROP_FAILED:
      g_value_set_boolean (value, self->failure_logged);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_cue_player_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PatellaCuePlayer *self = PATELLA_CUE_PLAYER (object);

  switch (prop_id)
    {
    case PROP_SINK:
      self->sink = g_value_dup_object (value);
      break;

    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;

    case PROP_ENABLED:
      patella_cue_player_set_enabled (self, g_value_get_boolean (value));
      break;

    case PROP_VOLUME:
      patella_cue_player_set_volume (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_cue_player_dispose (GObject *object)
{
  PatellaCuePlayer *self = PATELLA_CUE_PLAYER (object);

  g_clear_handle_id (&self->pending_id, g_source_remove);
  g_clear_object (&self->sink);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (patella_cue_player_parent_class)->dispose (object);
}

static void
patella_cue_player_finalize (GObject *object)
{
  PatellaCuePlayer *self = PATELLA_CUE_PLAYER (object);

  g_clear_pointer (&self->onsets, g_array_unref);

  G_OBJECT_CLASS (patella_cue_player_parent_class)->finalize (object);
}

static void
patella_cue_player_class_init (PatellaCuePlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = patella_cue_player_dispose;
  object_class->finalize = patella_cue_player_finalize;
  object_class->get_property = patella_cue_player_get_property;
  object_class->set_property = patella_cue_player_set_property;

  properties[PROP_SINK] =
    g_param_spec_object ("sink", NULL, NULL,
                         PATELLA_TYPE_SOUND_SINK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL,
                         PATELLA_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_VOLUME] =
    g_param_spec_double ("volume", NULL, NULL,
                         0.0, 1.0, 0.8,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FAILED] =
    g_param_spec_boolean ("failed", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
patella_cue_player_init (PatellaCuePlayer *self)
{
  self->enabled = TRUE;
  self->volume = 0.8;
  self->pending_cue = NO_CUE;
  self->last_due = -1;
  self->onsets = g_array_new (FALSE, FALSE, sizeof (gint64));
}
