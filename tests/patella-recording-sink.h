/* patella-recording-sink.h: a sound sink that writes down what it is asked, for tests
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-sound-sink.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_RECORDING_SINK (patella_recording_sink_get_type ())
G_DECLARE_FINAL_TYPE (PatellaRecordingSink, patella_recording_sink,
                      PATELLA, RECORDING_SINK, GObject)

PatellaRecordingSink *patella_recording_sink_new          (void);
/* A failing sink refuses every call with an error, like libcanberra with
 * no sound device; it still records the calls it refused. */
void                  patella_recording_sink_set_failing  (PatellaRecordingSink *self,
                                                           gboolean              failing);
/* The ids, in call order. */
GPtrArray            *patella_recording_sink_get_prepared (PatellaRecordingSink *self);
GPtrArray            *patella_recording_sink_get_played   (PatellaRecordingSink *self);
double                patella_recording_sink_get_last_volume (PatellaRecordingSink *self);
void                  patella_recording_sink_clear        (PatellaRecordingSink *self);

G_END_DECLS
