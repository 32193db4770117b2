/* patella-speechd-speaker.h: spoken coaching through speech-dispatcher
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-speaker.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_SPEECHD_SPEAKER (patella_speechd_speaker_get_type ())
G_DECLARE_FINAL_TYPE (PatellaSpeechdSpeaker, patella_speechd_speaker, PATELLA, SPEECHD_SPEAKER, GObject)

/* Connects in a worker thread (speech-dispatcher may have to be started):
 * until then, and when it cannot be reached, speak() fails at once. */
PatellaSpeaker *patella_speechd_speaker_new       (void);
gboolean        patella_speechd_speaker_get_ready (PatellaSpeechdSpeaker *self);
const char     *patella_speechd_speaker_get_error (PatellaSpeechdSpeaker *self);

G_END_DECLS
