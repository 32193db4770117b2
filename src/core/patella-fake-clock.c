/* patella-fake-clock.c: a clock that moves only when told, for tests
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-clock-private.h"
#include "patella-fake-clock.h"

struct _PatellaFakeClock
{
  GObject           parent_instance;

  gint64            now;
  gint64            wall_offset;      /* wall = now + wall_offset */
  PatellaAlarmQueue queue;
  guint64           wakeups;
};

static void clock_iface_init (PatellaClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PatellaFakeClock, patella_fake_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (PATELLA_TYPE_CLOCK, clock_iface_init))

static gint64
fake_clock_get_monotonic_usec (PatellaClock *clock)
{
  return PATELLA_FAKE_CLOCK (clock)->now;
}

static gint64
fake_clock_get_wall_usec (PatellaClock *clock)
{
  PatellaFakeClock *self = PATELLA_FAKE_CLOCK (clock);

  return self->now + self->wall_offset;
}

static guint
fake_clock_add_alarm (PatellaClock     *clock,
                      gint64            due_usec,
                      PatellaClockFunc  func,
                      gpointer          user_data,
                      GDestroyNotify    notify)
{
  PatellaFakeClock *self = PATELLA_FAKE_CLOCK (clock);

  return _patella_alarm_queue_add (&self->queue, due_usec, func, user_data, notify);
}

static void
fake_clock_remove_alarm (PatellaClock *clock,
                         guint         id)
{
  PatellaFakeClock *self = PATELLA_FAKE_CLOCK (clock);

  _patella_alarm_queue_remove (&self->queue, id);
}

static void
clock_iface_init (PatellaClockInterface *iface)
{
  iface->get_monotonic_usec = fake_clock_get_monotonic_usec;
  iface->get_wall_usec = fake_clock_get_wall_usec;
  iface->add_alarm = fake_clock_add_alarm;
  iface->remove_alarm = fake_clock_remove_alarm;
}

static void
patella_fake_clock_finalize (GObject *object)
{
  PatellaFakeClock *self = (PatellaFakeClock *)object;

  _patella_alarm_queue_clear (&self->queue);

  G_OBJECT_CLASS (patella_fake_clock_parent_class)->finalize (object);
}

static void
patella_fake_clock_class_init (PatellaFakeClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = patella_fake_clock_finalize;
}

static void
patella_fake_clock_init (PatellaFakeClock *self)
{
  _patella_alarm_queue_init (&self->queue);
}

/**
 * patella_fake_clock_new:
 * @monotonic_usec: the monotonic reading to start at
 * @wall_usec: the wall-clock reading (UTC µs) at that moment; both advance together
 */
PatellaFakeClock *
patella_fake_clock_new (gint64 monotonic_usec,
                        gint64 wall_usec)
{
  PatellaFakeClock *self = g_object_new (PATELLA_TYPE_FAKE_CLOCK, NULL);

  self->now = monotonic_usec;
  self->wall_offset = wall_usec - monotonic_usec;
  return self;
}

/**
 * patella_fake_clock_advance_to:
 *
 * Moves time forward to @monotonic_usec. Each alarm due on the way fires
 * with the clock reading exactly its due time, in due order, so a callback
 * that schedules a new alarm inside the window sees it fire too. Alarms
 * due at one instant count as one wake-up, as on a real main loop.
 *
 * Returns: how many alarms fired
 */
guint
patella_fake_clock_advance_to (PatellaFakeClock *self,
                               gint64            monotonic_usec)
{
  guint fired = 0;
  gint64 last_wake = G_MININT64;
  PatellaAlarm *alarm;

  g_return_val_if_fail (PATELLA_IS_FAKE_CLOCK (self), 0);
  g_return_val_if_fail (monotonic_usec >= self->now, 0);

  g_object_ref (self);
  while ((alarm = _patella_alarm_queue_pop_due (&self->queue, monotonic_usec)))
    {
      /* An alarm set in the past fires now, not back in time. */
      self->now = MAX (self->now, alarm->due_usec);
      if (self->now != last_wake)
        {
          self->wakeups++;
          last_wake = self->now;
        }
      _patella_alarm_fire (alarm);
      fired++;
    }
  self->now = monotonic_usec;
  g_object_unref (self);

  return fired;
}

guint
patella_fake_clock_advance (PatellaFakeClock *self,
                            gint64            usec)
{
  g_return_val_if_fail (PATELLA_IS_FAKE_CLOCK (self), 0);
  g_return_val_if_fail (usec >= 0, 0);

  return patella_fake_clock_advance_to (self, self->now + usec);
}

/**
 * patella_fake_clock_set_wall_usec:
 * @wall_usec: the new wall time, UTC microseconds
 *
 * Moves the wall clock alone, as a suspend or a user setting the time
 * does: the monotonic clock stands and no alarm fires.
 */
void
patella_fake_clock_set_wall_usec (PatellaFakeClock *self,
                                  gint64            wall_usec)
{
  g_return_if_fail (PATELLA_IS_FAKE_CLOCK (self));

  self->wall_offset = wall_usec - self->now;
}

/**
 * patella_fake_clock_run_next:
 *
 * Advances exactly to the next alarm's due time and fires what is due then.
 *
 * Returns: %FALSE if no alarm was pending
 */
gboolean
patella_fake_clock_run_next (PatellaFakeClock *self)
{
  gint64 due;

  g_return_val_if_fail (PATELLA_IS_FAKE_CLOCK (self), FALSE);

  due = _patella_alarm_queue_next_due (&self->queue);
  if (due == G_MAXINT64)
    return FALSE;

  patella_fake_clock_advance_to (self, MAX (due, self->now));
  return TRUE;
}

guint
patella_fake_clock_get_n_alarms (PatellaFakeClock *self)
{
  g_return_val_if_fail (PATELLA_IS_FAKE_CLOCK (self), 0);
  return _patella_alarm_queue_length (&self->queue);
}

/* G_MAXINT64 when nothing is scheduled. */
gint64
patella_fake_clock_get_next_due (PatellaFakeClock *self)
{
  g_return_val_if_fail (PATELLA_IS_FAKE_CLOCK (self), G_MAXINT64);
  return _patella_alarm_queue_next_due (&self->queue);
}

guint64
patella_fake_clock_get_wakeups (PatellaFakeClock *self)
{
  g_return_val_if_fail (PATELLA_IS_FAKE_CLOCK (self), 0);
  return self->wakeups;
}
