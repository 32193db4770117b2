/* patella-cue-player.h: turns engine cues into sounds, on time
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "patella-clock.h"
#include "patella-cue.h"
#include "patella-sound-sink.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_CUE_PLAYER (patella_cue_player_get_type ())
G_DECLARE_FINAL_TYPE (PatellaCuePlayer, patella_cue_player, PATELLA, CUE_PLAYER, GObject)

PatellaCuePlayer *patella_cue_player_new              (PatellaSoundSink *sink,
                                                       PatellaClock     *clock);

PatellaSoundSink *patella_cue_player_get_sink         (PatellaCuePlayer *self);
gboolean          patella_cue_player_get_enabled      (PatellaCuePlayer *self);
void              patella_cue_player_set_enabled      (PatellaCuePlayer *self,
                                                       gboolean          enabled);
double            patella_cue_player_get_volume       (PatellaCuePlayer *self);
void              patella_cue_player_set_volume       (PatellaCuePlayer *self,
                                                       double            volume);
/* Follows sound-enabled and sound-volume both ways, and is silent while
 * "coaching" is voice only. */
void              patella_cue_player_bind_settings    (PatellaCuePlayer *self,
                                                       GSettings        *settings);

/* Hands every sound to the sink before a session. FALSE: the sink failed,
 * logged once; the player then stays silent and the session runs on. */
gboolean          patella_cue_player_prepare          (PatellaCuePlayer *self);
gboolean          patella_cue_player_get_failed       (PatellaCuePlayer *self);

/* due_usec is when the cue belongs, on the clock's monotonic scale (a
 * negative value: unknown). Cues that share a due time are one boundary:
 * only the most telling of them sounds, so sounds never pile up. */
void              patella_cue_player_play             (PatellaCuePlayer *self,
                                                       PatellaCue        cue,
                                                       gint64            due_usec);

/* Plays at once what the last boundary queued. For a caller that knows
 * the boundary is complete: right after an engine operation returns,
 * rather than after whatever else the main loop has to do first. */
void              patella_cue_player_flush            (PatellaCuePlayer *self);

/* The sound id a cue plays ("patella-up"), NULL for a silent cue. */
const char       *patella_cue_player_get_sound_id     (PatellaCue        cue);

/* Onset error: how late each sound was handed to the sink, in µs. */
guint             patella_cue_player_get_n_onsets     (PatellaCuePlayer *self);
gint64            patella_cue_player_get_onset_percentile (PatellaCuePlayer *self,
                                                       double            percentile);
void              patella_cue_player_reset_onsets     (PatellaCuePlayer *self);

G_END_DECLS
