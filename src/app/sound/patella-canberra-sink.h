/* patella-canberra-sink.h: cue sounds played through libcanberra
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-sound-sink.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_CANBERRA_SINK (patella_canberra_sink_get_type ())
G_DECLARE_FINAL_TYPE (PatellaCanberraSink, patella_canberra_sink, PATELLA, CANBERRA_SINK, GObject)

PatellaSoundSink *patella_canberra_sink_new (void);

G_END_DECLS
