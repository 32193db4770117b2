/* patella-monotonic-clock.c: the real clock: one GSource woken at the next alarm
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <unistd.h>
#ifdef __linux__
# include <sys/timerfd.h>
#endif

#include "patella-clock-private.h"
#include "patella-monotonic-clock.h"

/* One source for all alarms, woken at an absolute time on the monotonic
 * scale, so nothing drifts and nothing polls in between. A chain of
 * g_timeout_sources would count each interval from when it was created, in
 * whole milliseconds, and drift.
 *
 * On Linux the source waits on a timerfd armed at the next alarm. The
 * portable way, g_source_set_ready_time(), makes the main loop poll() with a
 * timeout rounded up to the millisecond, and the kernel adds 0.1% of a
 * poll() timeout as slack: a cue a second away came 1 to 2 ms late
 * (measured with tests/bench-cue-timing). A timerfd expiry has no such
 * slack and comes within about 0.1 ms. Other systems use the ready time. */
typedef struct
{
  GSource                source;
  PatellaMonotonicClock *clock;
} ClockSource;

struct _PatellaMonotonicClock
{
  GObject           parent_instance;

  GSource          *source;
  int               timer_fd;
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
  gint64 due = _patella_alarm_queue_next_due (&self->queue);

#ifdef __linux__
  if (self->timer_fd >= 0)
    {
      struct itimerspec spec = { { 0, 0 }, { 0, 0 } };

      /* A zero value disarms; a time already past fires at once. */
      if (due != G_MAXINT64)
        {
          gint64 at = MAX (due, 1);

          spec.it_value.tv_sec = at / G_USEC_PER_SEC;
          spec.it_value.tv_nsec = (at % G_USEC_PER_SEC) * 1000;
        }
      if (timerfd_settime (self->timer_fd, TFD_TIMER_ABSTIME, &spec, NULL) == 0)
        return;

      g_warning ("Could not arm the session timer: %s", g_strerror (errno));
      close (self->timer_fd);
      self->timer_fd = -1;
    }
#endif

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

  if (self->timer_fd >= 0)
    {
      guint64 expirations;

      /* Clears the fd's readiness; EAGAIN means it was already clear. */
      if (read (self->timer_fd, &expirations, sizeof expirations) < 0 && errno != EAGAIN)
        g_warning ("Could not read the session timer: %s", g_strerror (errno));
    }

  g_object_ref (self);
  while ((alarm = _patella_alarm_queue_pop_due (&self->queue, g_get_monotonic_time ())))
    _patella_alarm_fire (alarm);
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
  guint id = _patella_alarm_queue_add (&self->queue, due_usec, func, user_data, notify);

  rearm (self);
  return id;
}

static void
monotonic_clock_remove_alarm (PatellaClock *clock,
                              guint         id)
{
  PatellaMonotonicClock *self = PATELLA_MONOTONIC_CLOCK (clock);

  if (_patella_alarm_queue_remove (&self->queue, id))
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
  if (self->timer_fd >= 0)
    {
      close (self->timer_fd);
      self->timer_fd = -1;
    }
  _patella_alarm_queue_clear (&self->queue);

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

  _patella_alarm_queue_init (&self->queue);

  self->source = g_source_new (&clock_source_funcs, sizeof (ClockSource));
  cs = (ClockSource *)self->source;
  cs->clock = self;

  self->timer_fd = -1;
#ifdef __linux__
  /* GLib's monotonic time is CLOCK_MONOTONIC, so alarm times carry over. */
  self->timer_fd = timerfd_create (CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
  if (self->timer_fd >= 0)
    g_source_add_unix_fd (self->source, self->timer_fd, G_IO_IN);
#endif

  /* Above GTK's redraw and layout priorities: when a frame and a cue are
   * both ready, the cue goes first. */
  g_source_set_priority (self->source, G_PRIORITY_HIGH);
  /* GLib 2.74 blocks a non-recursive source while it dispatches by taking
   * its fd out of the poll set and putting it back, which signals the
   * context and costs a second main-loop iteration per alarm. The dispatch
   * runs no nested loop of its own, so recursion is harmless. */
  g_source_set_can_recurse (self->source, TRUE);
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
