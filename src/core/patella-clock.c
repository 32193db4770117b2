/* patella-clock.c: the time source the engine runs against, real or fake
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-clock-private.h"

G_DEFINE_INTERFACE (PatellaClock, patella_clock, G_TYPE_OBJECT)

static void
patella_clock_default_init (PatellaClockInterface *iface)
{
}

gint64
patella_clock_get_monotonic_usec (PatellaClock *self)
{
  g_return_val_if_fail (PATELLA_IS_CLOCK (self), 0);
  return PATELLA_CLOCK_GET_IFACE (self)->get_monotonic_usec (self);
}

gint64
patella_clock_get_wall_usec (PatellaClock *self)
{
  g_return_val_if_fail (PATELLA_IS_CLOCK (self), 0);
  return PATELLA_CLOCK_GET_IFACE (self)->get_wall_usec (self);
}

/**
 * patella_clock_add_alarm:
 * @due_usec: when to fire, on the monotonic scale
 * @notify: (nullable): frees @user_data once the alarm fired or was removed
 *
 * Returns: an id for patella_clock_remove_alarm(), never 0
 */
guint
patella_clock_add_alarm (PatellaClock     *self,
                         gint64            due_usec,
                         PatellaClockFunc  func,
                         gpointer          user_data,
                         GDestroyNotify    notify)
{
  g_return_val_if_fail (PATELLA_IS_CLOCK (self), 0);
  g_return_val_if_fail (func != NULL, 0);
  return PATELLA_CLOCK_GET_IFACE (self)->add_alarm (self, due_usec, func, user_data, notify);
}

/* Removing an alarm that already fired is harmless, so callers may keep
 * stale ids around and clear them with g_clear_handle_id-like code. */
void
patella_clock_remove_alarm (PatellaClock *self,
                            guint         id)
{
  g_return_if_fail (PATELLA_IS_CLOCK (self));
  if (id != 0)
    PATELLA_CLOCK_GET_IFACE (self)->remove_alarm (self, id);
}

/* The alarm list, shared by the monotonic and the fake clock. An engine
 * keeps one alarm at a time, so a sorted list is plenty. */

static void
alarm_free (gpointer data)
{
  PatellaAlarm *alarm = data;

  if (alarm->notify != NULL)
    alarm->notify (alarm->user_data);
  g_free (alarm);
}

void
_patella_alarm_queue_init (PatellaAlarmQueue *queue)
{
  g_queue_init (&queue->alarms);
  queue->last_id = 0;
}

void
_patella_alarm_queue_clear (PatellaAlarmQueue *queue)
{
  g_queue_clear_full (&queue->alarms, alarm_free);
}

static int
compare_due (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  const PatellaAlarm *x = a;
  const PatellaAlarm *y = b;

  if (x->due_usec != y->due_usec)
    return x->due_usec < y->due_usec ? -1 : 1;
  return x->id < y->id ? -1 : (x->id > y->id);
}

guint
_patella_alarm_queue_add (PatellaAlarmQueue *queue,
                          gint64             due_usec,
                          PatellaClockFunc   func,
                          gpointer           user_data,
                          GDestroyNotify     notify)
{
  PatellaAlarm *alarm = g_new0 (PatellaAlarm, 1);

  if (++queue->last_id == 0)
    queue->last_id = 1;

  alarm->id = queue->last_id;
  alarm->due_usec = due_usec;
  alarm->func = func;
  alarm->user_data = user_data;
  alarm->notify = notify;
  g_queue_insert_sorted (&queue->alarms, alarm, compare_due, NULL);

  return alarm->id;
}

gboolean
_patella_alarm_queue_remove (PatellaAlarmQueue *queue,
                             guint              id)
{
  for (GList *l = queue->alarms.head; l != NULL; l = l->next)
    {
      PatellaAlarm *alarm = l->data;

      if (alarm->id == id)
        {
          g_queue_delete_link (&queue->alarms, l);
          alarm_free (alarm);
          return TRUE;
        }
    }
  return FALSE;
}

gint64
_patella_alarm_queue_next_due (PatellaAlarmQueue *queue)
{
  PatellaAlarm *head = g_queue_peek_head (&queue->alarms);

  return head ? head->due_usec : G_MAXINT64;
}

guint
_patella_alarm_queue_length (PatellaAlarmQueue *queue)
{
  return queue->alarms.length;
}

PatellaAlarm *
_patella_alarm_queue_pop_due (PatellaAlarmQueue *queue,
                              gint64             now_usec)
{
  PatellaAlarm *head = g_queue_peek_head (&queue->alarms);

  if (head == NULL || head->due_usec > now_usec)
    return NULL;

  return g_queue_pop_head (&queue->alarms);
}

/* The alarm is out of the queue by now, so its callback may add or remove
 * alarms freely. */
void
_patella_alarm_fire (PatellaAlarm *alarm)
{
  alarm->func (alarm->user_data);
  alarm_free (alarm);
}
