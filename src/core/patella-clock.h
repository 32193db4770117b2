/* patella-clock.h: the time source the engine runs against, real or fake
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PATELLA_TYPE_CLOCK (patella_clock_get_type ())
G_DECLARE_INTERFACE (PatellaClock, patella_clock, PATELLA, CLOCK, GObject)

typedef void (*PatellaClockFunc) (gpointer user_data);

/* Two readings: a monotonic one for scheduling (it never jumps), and the
 * wall clock in UTC microseconds for what gets recorded. A fake clock
 * controls both. Alarms are one-shot, fire at or after their due time on
 * the monotonic scale, and are never fired early. */
struct _PatellaClockInterface
{
  GTypeInterface parent_iface;

  gint64 (*get_monotonic_usec) (PatellaClock     *self);
  gint64 (*get_wall_usec)      (PatellaClock     *self);
  guint  (*add_alarm)          (PatellaClock     *self,
                                gint64            due_usec,
                                PatellaClockFunc  func,
                                gpointer          user_data,
                                GDestroyNotify    notify);
  void   (*remove_alarm)       (PatellaClock     *self,
                                guint             id);
};

gint64 patella_clock_get_monotonic_usec (PatellaClock     *self);
gint64 patella_clock_get_wall_usec      (PatellaClock     *self);
guint  patella_clock_add_alarm          (PatellaClock     *self,
                                         gint64            due_usec,
                                         PatellaClockFunc  func,
                                         gpointer          user_data,
                                         GDestroyNotify    notify);
void   patella_clock_remove_alarm       (PatellaClock     *self,
                                         guint             id);

G_END_DECLS
