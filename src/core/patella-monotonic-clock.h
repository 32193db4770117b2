/* patella-monotonic-clock.h: the real clock: one GSource woken at the next alarm
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-clock.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_MONOTONIC_CLOCK (patella_monotonic_clock_get_type ())
G_DECLARE_FINAL_TYPE (PatellaMonotonicClock, patella_monotonic_clock,
                      PATELLA, MONOTONIC_CLOCK, GObject)

PatellaClock *patella_monotonic_clock_new            (void);
guint64       patella_monotonic_clock_get_wakeups    (PatellaMonotonicClock *self);
guint64       patella_monotonic_clock_get_iterations (PatellaMonotonicClock *self);

G_END_DECLS
