/* patella-today.c: the user's local calendar day, read from a clock, that notifies at midnight
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "patella-today.h"

/* Every page that says "today" asks one of these, so a fake clock moves
 * the whole window across midnight, and the real one does it while the
 * window stays open overnight. */
struct _PatellaToday
{
  GObject       parent_instance;

  PatellaClock *clock;
  GTimeZone    *tz;
  guint         alarm_id;
  char          day[PATELLA_LOCAL_DAY_LEN + 1];
};

G_DEFINE_FINAL_TYPE (PatellaToday, patella_today, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CLOCK,
  PROP_DAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void schedule_midnight (PatellaToday *self);

/**
 * patella_clock_get_local_day:
 * @clock: the time source
 * @tz: (nullable): the user's zone; %NULL for the local one
 * @out: where the day is written as "YYYY-MM-DD"
 *
 * The calendar day that @clock's wall time falls on in @tz.
 */
void
patella_clock_get_local_day (PatellaClock *clock,
                             GTimeZone    *tz,
                             char          out[PATELLA_LOCAL_DAY_LEN + 1])
{
  g_autoptr(GTimeZone) local = NULL;

  g_return_if_fail (PATELLA_IS_CLOCK (clock));

  if (tz == NULL)
    tz = local = g_time_zone_new_local ();
  patella_local_day_for_instant (patella_clock_get_wall_usec (clock), tz, out);
}

/**
 * patella_clock_dup_local_now:
 * @clock: the time source
 * @tz: (nullable): the user's zone; %NULL for the local one
 *
 * Returns: (transfer full): @clock's wall time in @tz, to the second
 */
GDateTime *
patella_clock_dup_local_now (PatellaClock *clock,
                             GTimeZone    *tz)
{
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (PATELLA_IS_CLOCK (clock), NULL);

  if (tz == NULL)
    tz = local = g_time_zone_new_local ();
  utc = g_date_time_new_from_unix_utc (patella_clock_get_wall_usec (clock) / G_USEC_PER_SEC);
  return g_date_time_to_timezone (utc, tz);
}

/* The wall-clock instant at which the local day after @day starts. A zone
 * whose midnight does not exist (a DST jump at 00:00) starts the day at
 * the first instant that does: GDateTime moves such a time forward. */
static gint64
next_day_start_usec (PatellaToday *self)
{
  char next[PATELLA_LOCAL_DAY_LEN + 1];
  g_autoptr(GDateTime) start = NULL;
  GDate date;

  patella_local_day_add_days (self->day, 1, next);
  if (!patella_local_day_to_date (next, &date))
    return G_MAXINT64;

  start = g_date_time_new (self->tz, g_date_get_year (&date), g_date_get_month (&date),
                           g_date_get_day (&date), 0, 0, 0);
  if (start == NULL)
    return G_MAXINT64;

  return g_date_time_to_unix (start) * G_USEC_PER_SEC;
}

static void
midnight_cb (gpointer user_data)
{
  PatellaToday *self = user_data;

  self->alarm_id = 0;
  patella_today_refresh (self);
}

static void
schedule_midnight (PatellaToday *self)
{
  gint64 wall = patella_clock_get_wall_usec (self->clock);
  gint64 start = next_day_start_usec (self);
  gint64 due;

  patella_clock_remove_alarm (self->clock, self->alarm_id);
  self->alarm_id = 0;
  if (start == G_MAXINT64)
    return;

  /* The monotonic clock is what alarms run on; the wall clock only says
   * how far away midnight is. A wall clock set back later is caught by
   * the next refresh. */
  due = patella_clock_get_monotonic_usec (self->clock) + MAX (start - wall, 0);
  self->alarm_id = patella_clock_add_alarm (self->clock, due, midnight_cb, self, NULL);
}

/**
 * patella_today_refresh:
 * @self: a #PatellaToday
 *
 * Reads the clock again, notifies #PatellaToday:day if the day changed,
 * and schedules the next midnight. Call it when the clock may have jumped
 * (after a suspend, or when the window comes back to the front).
 */
void
patella_today_refresh (PatellaToday *self)
{
  char day[PATELLA_LOCAL_DAY_LEN + 1];

  g_return_if_fail (PATELLA_IS_TODAY (self));

  patella_clock_get_local_day (self->clock, self->tz, day);
  if (strcmp (day, self->day) != 0)
    {
      memcpy (self->day, day, sizeof day);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
    }
  schedule_midnight (self);
}

/**
 * patella_today_new:
 * @clock: the time source
 *
 * Returns: (transfer full): an object that knows the local day of @clock
 */
PatellaToday *
patella_today_new (PatellaClock *clock)
{
  g_return_val_if_fail (PATELLA_IS_CLOCK (clock), NULL);

  return g_object_new (PATELLA_TYPE_TODAY, "clock", clock, NULL);
}

/**
 * patella_today_get_clock:
 * @self: a #PatellaToday
 *
 * Returns: (transfer none): the clock the day is read from
 */
PatellaClock *
patella_today_get_clock (PatellaToday *self)
{
  g_return_val_if_fail (PATELLA_IS_TODAY (self), NULL);

  return self->clock;
}

/**
 * patella_today_get_day:
 * @self: a #PatellaToday
 *
 * Returns: today as "YYYY-MM-DD", valid until the day changes
 */
const char *
patella_today_get_day (PatellaToday *self)
{
  g_return_val_if_fail (PATELLA_IS_TODAY (self), NULL);

  return self->day;
}

/**
 * patella_today_dup_now:
 * @self: a #PatellaToday
 *
 * Returns: (transfer full): the clock's wall time in the user's zone
 */
GDateTime *
patella_today_dup_now (PatellaToday *self)
{
  g_return_val_if_fail (PATELLA_IS_TODAY (self), NULL);

  return patella_clock_dup_local_now (self->clock, self->tz);
}

static void
patella_today_constructed (GObject *object)
{
  PatellaToday *self = PATELLA_TODAY (object);

  G_OBJECT_CLASS (patella_today_parent_class)->constructed (object);

  g_return_if_fail (self->clock != NULL);
  patella_clock_get_local_day (self->clock, self->tz, self->day);
  schedule_midnight (self);
}

static void
patella_today_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PatellaToday *self = PATELLA_TODAY (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;
    case PROP_DAY:
      g_value_set_string (value, self->day);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_today_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PatellaToday *self = PATELLA_TODAY (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;
    case PROP_DAY:
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_today_dispose (GObject *object)
{
  PatellaToday *self = PATELLA_TODAY (object);

  if (self->clock != NULL)
    patella_clock_remove_alarm (self->clock, self->alarm_id);
  self->alarm_id = 0;
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (patella_today_parent_class)->dispose (object);
}

static void
patella_today_finalize (GObject *object)
{
  g_clear_pointer (&PATELLA_TODAY (object)->tz, g_time_zone_unref);

  G_OBJECT_CLASS (patella_today_parent_class)->finalize (object);
}

static void
patella_today_class_init (PatellaTodayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = patella_today_constructed;
  object_class->get_property = patella_today_get_property;
  object_class->set_property = patella_today_set_property;
  object_class->dispose = patella_today_dispose;
  object_class->finalize = patella_today_finalize;

  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, PATELLA_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DAY] =
    g_param_spec_string ("day", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
patella_today_init (PatellaToday *self)
{
  /* The zone is read once: TZ changes at run time are not followed. */
  self->tz = g_time_zone_new_local ();
}
