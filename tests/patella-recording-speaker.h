/* patella-recording-speaker.h: a speaker that writes down what it is told, for tests
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-clock.h"
#include "patella-speaker.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_RECORDING_SPEAKER (patella_recording_speaker_get_type ())
G_DECLARE_FINAL_TYPE (PatellaRecordingSpeaker, patella_recording_speaker, PATELLA,
                      RECORDING_SPEAKER, GObject)

PatellaRecordingSpeaker *patella_recording_speaker_new         (PatellaClock            *clock);
GPtrArray               *patella_recording_speaker_get_said    (PatellaRecordingSpeaker *self);
GArray                  *patella_recording_speaker_get_times   (PatellaRecordingSpeaker *self);
int                      patella_recording_speaker_get_rate    (PatellaRecordingSpeaker *self);
void                     patella_recording_speaker_set_failing (PatellaRecordingSpeaker *self,
                                                                gboolean                 failing);
gboolean                 patella_recording_speaker_has_said    (PatellaRecordingSpeaker *self,
                                                                const char              *text);

G_END_DECLS
