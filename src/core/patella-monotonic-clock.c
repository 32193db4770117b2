/* patella-monotonic-clock.c: the real clock: one GSource woken at the next alarm
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-clock-private.h"
#include "patella-monotonic-clock.h"

/* One source for all alarms, armed with g_source_set_ready_time() on the
 * monotonic scale. A g_timeout_source counts its interval from when it was
 * created, in whole milliseconds, so a chain of them drifts; an absolute
 * ready time does not, and the main loop sleeps until exactly then (rounded
 * up to the next millisecond by poll()). Nothing wakes in between. */
typedef struct
{
  GSource                source;
  PatellaMonotonicClock *clock;
} ClockSource;

struct _PatellaMonotonicClock
{
  GObject           parent_instance;

  GSource          *source;
  PatellaAlarmQueue queue;
  guint64           wakeups;
  guint64           iterations;
};

static void clock_iface_init (PatellaClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PatellaMonotonicClock, patella_monotonic_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (PATELLA_TYPE_CLOCK, clock_iface_init))

static void
rearm (PatellaMonotonicClock *self)
{
  gint64 due = patella_alarm_queue_next_due (&self->queue);

  g_source_set_ready_time (self->source, due == G_MAXINT64 ? -1 : due);
}

static gboolean
clock_source_prepare (GSource *source,
                      int     *timeout)
{
  ClockSource *cs = (ClockSource *)source;

  /* Runs once per main-loop iteration while the loop is live: what the
   * benchmark reports as iterations, to show nothing polls. */
  cs->clock->iterations++;
  *timeout = -1;
  return FALSE;
}

static gboolean
clock_source_dispatch (GSource     *source,
                       GSourceFunc  callback,
                       gpointer     user_data)
{
  PatellaMonotonicClock *self = ((ClockSource *)source)->clock;
  PatellaAlarm *alarm;

  self->wakeups++;

  g_object_ref (self);
  while ((alarm = patella_alarm_queue_pop_due (&self->queue, g_get_monotonic_time ())))
    patella_alarm_fire (alarm);
  if (self->source != NULL)
    rearm (self);
  g_object_unref (self);

  return G_SOURCE_CONTINUE;
}

static GSourceFuncs clock_source_funcs = {
  .prepare = clock_source_prepare,
  .dispatch = clock_source_dispatch,
};

static gint64
monotonic_clock_get_monotonic_usec (PatellaClock *clock)
{
  return g_get_monotonic_time ();
}

static gint64
monotonic_clock_get_wall_usec (PatellaClock *clock)
{
  return g_get_real_time ();
}

static guint
monotonic_clock_add_alarm (PatellaClock     *clock,
                           gint64            due_usec,
                           PatellaClockFunc  func,
                           gpointer          user_data,
                           GDestroyNotify    notify)
{
  PatellaMonotonicClock *self = PATELLA_MONOTONIC_CLOCK (clock);
  guint id = patella_alarm_queue_add (&self->queue, due_usec, func, user_data, notify);

  rearm (self);
  return id;
}

static void
monotonic_clock_remove_alarm (PatellaClock *clock,
                              guint         id)
{
  PatellaMonotonicClock *self = PATELLA_MONOTONIC_CLOCK (clock);

  if (patella_alarm_queue_remove (&self->queue, id))
    rearm (self);
}

static void
clock_iface_init (PatellaClockInterface *iface)
{
  iface->get_monotonic_usec = monotonic_clock_get_monotonic_usec;
  iface->get_wall_usec = monotonic_clock_get_wall_usec;
  iface->add_alarm = monotonic_clock_add_alarm;
  iface->remove_alarm = monotonic_clock_remove_alarm;
}

static void
patella_monotonic_clock_dispose (GObject *object)
{
  PatellaMonotonicClock *self = (PatellaMonotonicClock *)object;

  if (self->source != NULL)
    {
      g_source_destroy (self->source);
      g_clear_pointer (&self->source, g_source_unref);
    }
  patella_alarm_queue_clear (&self->queue);

  G_OBJECT_CLASS (patella_monotonic_clock_parent_class)->dispose (object);
}

static void
patella_monotonic_clock_class_init (PatellaMonotonicClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = patella_monotonic_clock_dispose;
}

static void
patella_monotonic_clock_init (PatellaMonotonicClock *self)
{
  ClockSource *cs;

  patella_alarm_queue_init (&self->queue);

  self->source = g_source_new (&clock_source_funcs, sizeof (ClockSource));
  cs = (ClockSource *)self->source;
  cs->clock = self;
  /* Above GTK's redraw and layout priorities: when a frame and a cue are
   * both ready, the cue goes first. */
  g_source_set_priority (self->source, G_PRIORITY_HIGH);
  g_source_set_static_name (self->source, "[patella] session clock");
  g_source_attach (self->source, g_main_context_get_thread_default ());
}

/**
 * patella_monotonic_clock_new:
 *
 * The clock's source lives in the thread-default main context of the
 * thread that creates it.
 *
 * Returns: (transfer full): a new clock
 */
PatellaClock *
patella_monotonic_clock_new (void)
{
  return g_object_new (PATELLA_TYPE_MONOTONIC_CLOCK, NULL);
}

/* Dispatches of the clock's source: each is one main-loop wake-up caused by
 * an alarm. */
guint64
patella_monotonic_clock_get_wakeups (PatellaMonotonicClock *self)
{
  g_return_val_if_fail (PATELLA_IS_MONOTONIC_CLOCK (self), 0);
  return self->wakeups;
}

guint64
patella_monotonic_clock_get_iterations (PatellaMonotonicClock *self)
{
  g_return_val_if_fail (PATELLA_IS_MONOTONIC_CLOCK (self), 0);
  return self->iterations;
}
