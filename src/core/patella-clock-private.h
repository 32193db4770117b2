/* patella-clock-private.h: the alarm list both clocks keep
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-clock.h"

G_BEGIN_DECLS

typedef struct
{
  guint            id;
  gint64           due_usec;
  PatellaClockFunc func;
  gpointer         user_data;
  GDestroyNotify   notify;
} PatellaAlarm;

/* Sorted by due time, then by the order they were added. */
typedef struct
{
  GQueue alarms;
  guint  last_id;
} PatellaAlarmQueue;

void          _patella_alarm_queue_init      (PatellaAlarmQueue *queue);
void          _patella_alarm_queue_clear     (PatellaAlarmQueue *queue);
guint         _patella_alarm_queue_add       (PatellaAlarmQueue *queue,
                                              gint64             due_usec,
                                              PatellaClockFunc   func,
                                              gpointer           user_data,
                                              GDestroyNotify     notify);
gboolean      _patella_alarm_queue_remove    (PatellaAlarmQueue *queue,
                                              guint              id);
gint64        _patella_alarm_queue_next_due  (PatellaAlarmQueue *queue);
guint         _patella_alarm_queue_length    (PatellaAlarmQueue *queue);
PatellaAlarm *_patella_alarm_queue_pop_due   (PatellaAlarmQueue *queue,
                                              gint64             now_usec);
void          _patella_alarm_fire            (PatellaAlarm      *alarm);

G_END_DECLS
