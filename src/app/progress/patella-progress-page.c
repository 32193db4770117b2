/* patella-progress-page.c: the Progress page, pain and training by week
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-daily-series.h"
#include "patella-pain-entry.h"
#include "patella-progress-page.h"
#include "patella-progress-summary.h"
#include "patella-toast.h"
#include "patella-week-chart.h"

struct _PatellaProgressPage
{
  GtkWidget         parent_instance;

  PatellaStore     *store;
  PatellaToday     *today;
  GSignalGroup     *store_signals;
  GSignalGroup     *today_signals;

  GtkStack         *stack;
  GtkLabel         *week_label;
  PatellaWeekChart *pain_chart;
  GtkLabel         *pain_summary;
  PatellaWeekChart *training_chart;
  GtkLabel         *training_summary;
};

G_DEFINE_FINAL_TYPE (PatellaProgressPage, patella_progress_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_series (PatellaProgressPage      *self,
             const PatellaDailySeries *series)
{
  guint first = patella_progress_first_week (series);
  guint n = series->n_weeks - first;
  g_autofree double *days = g_new (double, n);
  g_autofree char *week = NULL;
  g_autofree char *pain = patella_progress_pain_summary (series);
  g_autofree char *training = patella_progress_training_summary (series);

  /* Translators: the program's current week, counted from the first entry */
  week = g_strdup_printf (_("Week %u of Your Program"), series->n_weeks);
  gtk_label_set_label (self->week_label, week);

  patella_week_chart_set_weeks (self->pain_chart, first + 1, n,
                                series->week_pain_usual + first,
                                series->week_pain_worst + first, 10.0);
  gtk_label_set_label (self->pain_summary, pain);
  patella_week_chart_set_summary (self->pain_chart, pain);

  for (guint i = 0; i < n; i++)
    days[i] = series->week_training_days[first + i];
  patella_week_chart_set_weeks (self->training_chart, first + 1, n, days, NULL, 7.0);
  gtk_label_set_label (self->training_summary, training);
  patella_week_chart_set_summary (self->training_chart, training);

  gtk_stack_set_visible_child_name (self->stack, "charts");
}

void
patella_progress_page_reload (PatellaProgressPage *self)
{
  g_autoptr(PatellaDailySeries) series = NULL;
  g_autoptr(GError) error = NULL;
  char first_day[PATELLA_LOCAL_DAY_LEN + 1];
  GDate first, last;

  g_return_if_fail (PATELLA_IS_PROGRESS_PAGE (self));

  if (self->store == NULL || self->today == NULL
      || !patella_store_get_first_day (self->store, first_day, &error)
      || first_day[0] == '\0')
    goto empty;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  if (!patella_local_day_to_date (first_day, &first)
      || !patella_local_day_to_date (patella_today_get_day (self->today), &last))
    goto empty;
  /* A day logged ahead of this time zone: the program starts today here. */
  if (g_date_compare (&first, &last) > 0)
    first = last;

  series = patella_store_load_daily_series (self->store, &first, &last, 7, &error);
  if (series == NULL || patella_progress_days_with_data (series) < PATELLA_PROGRESS_MIN_DAYS)
    goto empty;

  show_series (self, series);
  return;

empty:
  if (error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Progress could not be read: %s"),
                                               error->message);
      patella_toast_show (GTK_WIDGET (self), text, 0);
    }
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

const char *
patella_progress_page_get_view (PatellaProgressPage *self)
{
  g_return_val_if_fail (PATELLA_IS_PROGRESS_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/* Off screen, the page reads the store when it is mapped again. */
static void
reload_if_mapped (PatellaProgressPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    patella_progress_page_reload (self);
}

static void
store_changed_cb (PatellaStore        *store,
                  const char          *table,
                  PatellaProgressPage *self)
{
  if (g_strcmp0 (table, "questionnaire") != 0)
    reload_if_mapped (self);
}

PatellaStore *
patella_progress_page_get_store (PatellaProgressPage *self)
{
  g_return_val_if_fail (PATELLA_IS_PROGRESS_PAGE (self), NULL);

  return self->store;
}

void
patella_progress_page_set_store (PatellaProgressPage *self,
                                 PatellaStore        *store)
{
  g_return_if_fail (PATELLA_IS_PROGRESS_PAGE (self));
  g_return_if_fail (store == NULL || PATELLA_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_signal_group_set_target (self->store_signals, store);
  /* Not at startup, when the page is off screen: map reads it. */
  reload_if_mapped (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

PatellaToday *
patella_progress_page_get_today (PatellaProgressPage *self)
{
  g_return_val_if_fail (PATELLA_IS_PROGRESS_PAGE (self), NULL);

  return self->today;
}

/**
 * patella_progress_page_set_today:
 * @self: a #PatellaProgressPage
 * @today: (nullable): the last day the charts show
 *
 * The weeks move on with the calendar, not only with the store.
 */
void
patella_progress_page_set_today (PatellaProgressPage *self,
                                 PatellaToday        *today)
{
  g_return_if_fail (PATELLA_IS_PROGRESS_PAGE (self));
  g_return_if_fail (today == NULL || PATELLA_IS_TODAY (today));

  if (!g_set_object (&self->today, today))
    return;

  g_signal_group_set_target (self->today_signals, today);
  reload_if_mapped (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

static void
patella_progress_page_map (GtkWidget *widget)
{
  PatellaProgressPage *self = PATELLA_PROGRESS_PAGE (widget);

  GTK_WIDGET_CLASS (patella_progress_page_parent_class)->map (widget);

  patella_progress_page_reload (self);
}

static void
patella_progress_page_dispose (GObject *object)
{
  PatellaProgressPage *self = PATELLA_PROGRESS_PAGE (object);

  g_clear_object (&self->store_signals);
  g_clear_object (&self->today_signals);
  g_clear_object (&self->store);
  g_clear_object (&self->today);
  gtk_widget_dispose_template (GTK_WIDGET (object), PATELLA_TYPE_PROGRESS_PAGE);

  G_OBJECT_CLASS (patella_progress_page_parent_class)->dispose (object);
}

static void
patella_progress_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PatellaProgressPage *self = PATELLA_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_TODAY:
      g_value_set_object (value, self->today);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_progress_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PatellaProgressPage *self = PATELLA_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      patella_progress_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_TODAY:
      patella_progress_page_set_today (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_progress_page_class_init (PatellaProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_progress_page_dispose;
  object_class->get_property = patella_progress_page_get_property;
  object_class->set_property = patella_progress_page_set_property;

  widget_class->map = patella_progress_page_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PATELLA_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TODAY] =
    g_param_spec_object ("today", NULL, NULL,
                         PATELLA_TYPE_TODAY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PATELLA_TYPE_WEEK_CHART);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaProgressPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PatellaProgressPage, week_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaProgressPage, pain_chart);
  gtk_widget_class_bind_template_child (widget_class, PatellaProgressPage, pain_summary);
  gtk_widget_class_bind_template_child (widget_class, PatellaProgressPage, training_chart);
  gtk_widget_class_bind_template_child (widget_class, PatellaProgressPage, training_summary);
}

static void
patella_progress_page_init (PatellaProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->store_signals = g_signal_group_new (PATELLA_TYPE_STORE);
  g_signal_group_connect_object (self->store_signals, "changed",
                                 G_CALLBACK (store_changed_cb), self, 0);
  self->today_signals = g_signal_group_new (PATELLA_TYPE_TODAY);
  g_signal_group_connect_swapped (self->today_signals, "notify::day",
                                  G_CALLBACK (reload_if_mapped), self);
}
