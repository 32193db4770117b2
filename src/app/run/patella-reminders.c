/* patella-reminders.c: the daily reminder: one clock alarm to the next, and its notification
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-day-plan.h"
#include "patella-duration.h"
#include "patella-reminder.h"
#include "patella-reminders.h"

struct _PatellaReminders
{
  GObject       parent_instance;

  PatellaStore *store;
  PatellaToday *today;
  GSignalGroup *store_signals;
  GSignalGroup *today_signals;

  PatellaClock *alarm_clock;   /* the clock alarm_id belongs to */
  guint         alarm_id;
  gboolean      enabled;
  gint64        next_fire_usec;
};

G_DEFINE_FINAL_TYPE (PatellaReminders, patella_reminders, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_TODAY,
  PROP_ENABLED,
  PROP_NEXT_FIRE_USEC,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FIRE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_alarm (PatellaReminders *self)
{
  if (self->alarm_id != 0 && self->alarm_clock != NULL)
    patella_clock_remove_alarm (self->alarm_clock, self->alarm_id);
  self->alarm_id = 0;
  g_clear_object (&self->alarm_clock);
}

static void
set_state (PatellaReminders *self,
           gboolean          enabled,
           gint64            next_fire_usec)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (self->enabled != enabled)
    {
      self->enabled = enabled;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
    }
  if (self->next_fire_usec != next_fire_usec)
    {
      self->next_fire_usec = next_fire_usec;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_FIRE_USEC]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/* Today's session is done once it ended completed or partly done, as on
 * Today's card. */
static gboolean
today_done (PatellaReminders *self,
            const char       *day)
{
  g_autoptr(PatellaStoreSession) session = NULL;
  g_autoptr(GError) error = NULL;

  session = patella_store_find_day_session (self->store, day, &error);
  if (error != NULL)
    g_warning ("Today’s session could not be read for the reminder: %s", error->message);

  return session != NULL && (session->state == PATELLA_SESSION_STATE_COMPLETED
                             || session->state == PATELLA_SESSION_STATE_PARTIAL);
}

static void
alarm_cb (gpointer user_data)
{
  PatellaReminders *self = user_data;
  g_autoptr(GNotification) notification = NULL;

  self->alarm_id = 0;
  g_clear_object (&self->alarm_clock);

  /* The day may have turned while the alarm waited: PatellaToday follows. */
  patella_today_refresh (self->today);
  notification = patella_reminders_build_notification (self);
  if (notification != NULL)
    g_signal_emit (self, signals[FIRE], 0, notification);

  patella_reminders_reschedule (self);
}

/**
 * patella_reminders_reschedule:
 * @self: a #PatellaReminders
 *
 * Reads the program's reminder time and today's session, and sets the one
 * alarm to the next reminder (patella_reminder_next_fire()). Called by
 * itself when the program, a session or the day changes, and after each
 * reminder.
 */
void
patella_reminders_reschedule (PatellaReminders *self)
{
  g_autofree PatellaStoreProgram *program = NULL;
  g_autoptr(GError) error = NULL;
  PatellaClock *clock;
  gint64 now, fire = 0;

  g_return_if_fail (PATELLA_IS_REMINDERS (self));

  clear_alarm (self);
  if (self->store == NULL || self->today == NULL || !patella_store_is_open (self->store))
    {
      set_state (self, FALSE, 0);
      return;
    }

  program = patella_store_get_program (self->store, &error);
  if (error != NULL)
    g_warning ("The program could not be read for the reminder: %s", error->message);
  if (program == NULL || program->reminder_minute == PATELLA_STORE_NO_REMINDER)
    {
      set_state (self, FALSE, 0);
      return;
    }

  clock = patella_today_get_clock (self->today);
  now = patella_clock_get_wall_usec (clock);
  if (!patella_reminder_next_fire (&program->program, (guint) program->reminder_minute,
                                   today_done (self, patella_today_get_day (self->today)),
                                   now, NULL, &fire))
    {
      set_state (self, TRUE, 0);
      return;
    }

  /* Alarms run on the monotonic clock; the wall clock says how far. */
  self->alarm_clock = g_object_ref (clock);
  self->alarm_id = patella_clock_add_alarm (clock,
                                            patella_clock_get_monotonic_usec (clock) + (fire - now),
                                            alarm_cb, self, NULL);
  set_state (self, TRUE, fire);
}

/**
 * patella_reminders_describe:
 * @self: a #PatellaReminders
 * @title: (out) (optional) (transfer full): the reminder's title
 * @body: (out) (optional) (transfer full): what today's session holds
 *
 * The reminder for today as it would be sent now. Its default action and
 * its one button, "Start Session", are %PATELLA_REMINDER_ACTION.
 *
 * Returns: %FALSE (and nothing set) when there is none to send: a rest
 *   day, today's session done, or a program without reminders
 */
gboolean
patella_reminders_describe (PatellaReminders  *self,
                            char             **title,
                            char             **body)
{
  g_autoptr(PatellaDayPlan) plan = NULL;
  g_autoptr(PatellaTimeline) timeline = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *length = NULL;
  PatellaTimelineOptions options = { 0 };

  g_return_val_if_fail (PATELLA_IS_REMINDERS (self), FALSE);

  if (self->store == NULL || self->today == NULL || !patella_store_is_open (self->store))
    return FALSE;

  plan = patella_day_plan_load (self->store, patella_today_get_day (self->today), &error);
  if (plan == NULL)
    {
      g_warning ("Today’s plan could not be read for the reminder: %s", error->message);
      return FALSE;
    }
  if (plan->program == NULL || plan->program->reminder_minute == PATELLA_STORE_NO_REMINDER
      || !plan->training_day || plan->done != NULL)
    return FALSE;

  options.affected_side = PATELLA_SIDE_RIGHT;
  timeline = patella_timeline_new ((const PatellaTimelineItem *) plan->items->data,
                                   plan->items->len, &options, NULL);
  if (timeline != NULL)
    length = patella_format_duration_estimate (patella_timeline_get_duration_usec (timeline));

  if (title != NULL)
    *title = g_strdup (_("Time for Your Knee Session"));
  if (body != NULL)
    /* Translators: the reminder's text, "5 exercises, about 14 minutes." */
    *body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u exercise, %s.",
                                          "%u exercises, %s.", plan->items->len),
                             plan->items->len, length != NULL ? length : "");
  return TRUE;
}

/**
 * patella_reminders_build_notification:
 * @self: a #PatellaReminders
 *
 * Returns: (transfer full) (nullable): the notification that
 *   patella_reminders_describe() describes, or %NULL when there is none
 */
GNotification *
patella_reminders_build_notification (PatellaReminders *self)
{
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  GNotification *notification;

  if (!patella_reminders_describe (self, &title, &body))
    return NULL;

  notification = g_notification_new (title);
  g_notification_set_body (notification, body);
  g_notification_set_default_action (notification, PATELLA_REMINDER_ACTION);
  g_notification_add_button (notification, _("Start Session"), PATELLA_REMINDER_ACTION);

  return notification;
}

/**
 * patella_reminders_new:
 *
 * Returns: (transfer full): reminders with no store or day yet, so off
 */
PatellaReminders *
patella_reminders_new (void)
{
  return g_object_new (PATELLA_TYPE_REMINDERS, NULL);
}

/**
 * patella_reminders_get_enabled:
 * @self: a #PatellaReminders
 *
 * Returns: whether the current program has a reminder time
 */
gboolean
patella_reminders_get_enabled (PatellaReminders *self)
{
  g_return_val_if_fail (PATELLA_IS_REMINDERS (self), FALSE);

  return self->enabled;
}

/**
 * patella_reminders_get_next_fire_usec:
 * @self: a #PatellaReminders
 *
 * Returns: the wall-clock instant of the next reminder, UTC µs, or 0 if
 *   none is left
 */
gint64
patella_reminders_get_next_fire_usec (PatellaReminders *self)
{
  g_return_val_if_fail (PATELLA_IS_REMINDERS (self), 0);

  return self->next_fire_usec;
}

static void
changed_cb (PatellaReminders *self)
{
  patella_reminders_reschedule (self);
}

static void
patella_reminders_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PatellaReminders *self = PATELLA_REMINDERS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_TODAY:
      g_value_set_object (value, self->today);
      break;
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;
    case PROP_NEXT_FIRE_USEC:
      g_value_set_int64 (value, self->next_fire_usec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_reminders_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PatellaReminders *self = PATELLA_REMINDERS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      if (g_set_object (&self->store, g_value_get_object (value)))
        {
          g_signal_group_set_target (self->store_signals, self->store);
          patella_reminders_reschedule (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_TODAY:
      if (g_set_object (&self->today, g_value_get_object (value)))
        {
          g_signal_group_set_target (self->today_signals, self->today);
          patella_reminders_reschedule (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_reminders_dispose (GObject *object)
{
  PatellaReminders *self = PATELLA_REMINDERS (object);

  clear_alarm (self);
  g_clear_object (&self->store_signals);
  g_clear_object (&self->today_signals);
  g_clear_object (&self->store);
  g_clear_object (&self->today);

  G_OBJECT_CLASS (patella_reminders_parent_class)->dispose (object);
}

static void
patella_reminders_class_init (PatellaRemindersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = patella_reminders_get_property;
  object_class->set_property = patella_reminders_set_property;
  object_class->dispose = patella_reminders_dispose;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PATELLA_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TODAY] =
    g_param_spec_object ("today", NULL, NULL, PATELLA_TYPE_TODAY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NEXT_FIRE_USEC] =
    g_param_spec_int64 ("next-fire-usec", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[FIRE] = g_signal_new ("fire", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_NOTIFICATION);
}

static void
patella_reminders_init (PatellaReminders *self)
{
  self->store_signals = g_signal_group_new (PATELLA_TYPE_STORE);
  g_signal_group_connect_swapped (self->store_signals, "changed::program",
                                  G_CALLBACK (changed_cb), self);
  g_signal_group_connect_swapped (self->store_signals, "changed::session",
                                  G_CALLBACK (changed_cb), self);
  self->today_signals = g_signal_group_new (PATELLA_TYPE_TODAY);
  g_signal_group_connect_swapped (self->today_signals, "notify::day",
                                  G_CALLBACK (changed_cb), self);
}
