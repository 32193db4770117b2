/* patella-phase-ring.h: how far the current phase has gone, as a ring, with its countdown
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-engine.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_PHASE_RING (patella_phase_ring_get_type ())

G_DECLARE_FINAL_TYPE (PatellaPhaseRing, patella_phase_ring, PATELLA, PHASE_RING, GtkWidget)

GtkWidget     *patella_phase_ring_new            (void);
PatellaEngine *patella_phase_ring_get_engine     (PatellaPhaseRing *self);
void           patella_phase_ring_set_engine     (PatellaPhaseRing *self,
                                                  PatellaEngine    *engine);
/* The number in the middle: seconds left, or the rep under way. */
const char    *patella_phase_ring_get_text       (PatellaPhaseRing *self);
const char    *patella_phase_ring_get_caption    (PatellaPhaseRing *self);
double         patella_phase_ring_get_progress   (PatellaPhaseRing *self);
/* Whether a frame-clock callback is installed: only while mapped and the
 * phase runs against the clock. */
gboolean       patella_phase_ring_is_animating   (PatellaPhaseRing *self);
guint64        patella_phase_ring_get_n_draws    (PatellaPhaseRing *self);

G_END_DECLS
