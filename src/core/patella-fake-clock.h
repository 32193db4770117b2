/* patella-fake-clock.h: a clock that moves only when told, for tests
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-clock.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_FAKE_CLOCK (patella_fake_clock_get_type ())
G_DECLARE_FINAL_TYPE (PatellaFakeClock, patella_fake_clock, PATELLA, FAKE_CLOCK, GObject)

PatellaFakeClock *patella_fake_clock_new              (gint64            monotonic_usec,
                                                       gint64            wall_usec);
guint             patella_fake_clock_advance          (PatellaFakeClock *self,
                                                       gint64            usec);
guint             patella_fake_clock_advance_to       (PatellaFakeClock *self,
                                                       gint64            monotonic_usec);
void              patella_fake_clock_set_wall_usec    (PatellaFakeClock *self,
                                                       gint64            wall_usec);
gboolean          patella_fake_clock_run_next         (PatellaFakeClock *self);
guint             patella_fake_clock_get_n_alarms     (PatellaFakeClock *self);
gint64            patella_fake_clock_get_next_due     (PatellaFakeClock *self);
guint64           patella_fake_clock_get_wakeups      (PatellaFakeClock *self);

G_END_DECLS
