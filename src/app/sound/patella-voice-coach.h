/* patella-voice-coach.h: says what a session is doing, on time or not at all
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-clock.h"
#include "patella-engine.h"
#include "patella-speaker.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_VOICE_COACH (patella_voice_coach_get_type ())
G_DECLARE_FINAL_TYPE (PatellaVoiceCoach, patella_voice_coach, PATELLA, VOICE_COACH, GObject)

/* A phrase this much later than its boundary is dropped: heard late, it
 * would describe a phase that is already over. */
#define PATELLA_VOICE_COACH_MAX_LATE_USEC (G_USEC_PER_SEC * 3 / 10)

PatellaVoiceCoach *patella_voice_coach_new          (PatellaSpeaker    *speaker,
                                                     PatellaClock      *clock);
void               patella_voice_coach_set_engine   (PatellaVoiceCoach *self,
                                                     PatellaEngine     *engine);
gboolean           patella_voice_coach_get_enabled  (PatellaVoiceCoach *self);
void               patella_voice_coach_set_enabled  (PatellaVoiceCoach *self,
                                                     gboolean           enabled);
/* Follows coaching (voice or both) and sound-enabled, and voice-rate. */
void               patella_voice_coach_bind_settings (PatellaVoiceCoach *self,
                                                      GSettings         *settings);
/* Says something now that is not an engine cue: a question, "Paused". */
void               patella_voice_coach_say          (PatellaVoiceCoach *self,
                                                     const char        *text);
guint              patella_voice_coach_get_n_spoken  (PatellaVoiceCoach *self);
guint              patella_voice_coach_get_n_dropped (PatellaVoiceCoach *self);

G_END_DECLS
