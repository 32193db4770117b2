/* patella-progress-page.c: the Progress page, pain and training by week
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "patella-a11y.h"
#include "patella-catalogue.h"
#include "patella-chart.h"
#include "patella-exercise.h"
#include "patella-progress-charts.h"
#include "patella-progress-export.h"
#include "patella-progress-page.h"
#include "patella-store-charts.h"
#include "patella-toast.h"

/* Pain, work, adherence, the five exercises, Kujala. */
enum { CHART_PAIN, CHART_WORK, CHART_ADHERENCE, CHART_EXERCISE, CHART_KUJALA = CHART_EXERCISE + 5,
       N_CHARTS };

struct _PatellaProgressPage
{
  GtkWidget         parent_instance;

  PatellaStore     *store;
  PatellaToday     *today;
  GSignalGroup     *store_signals;
  GSignalGroup     *today_signals;
  PatellaChartRange range;

  GtkStack         *stack;
  GtkLabel         *week_label;
  GtkBox           *cards;
  GtkToggleButton  *range_program;
  GtkToggleButton  *range_2w;
  GtkToggleButton  *range_6w;
  GtkToggleButton  *range_all;
  GtkCheckButton   *during_check;
  GtkCheckButton   *hold_check;
  PatellaChart     *charts[N_CHARTS];
  PatellaChartSeries *series;     /* what the charts show, for Save Charts */
  GtkLabel         *summaries[N_CHARTS];
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
             const PatellaChartSeries *series,
             const PatellaChartRows   *rows)
{
  char *texts[N_CHARTS];

  if (rows->has_program)
    {
      g_autofree char *week = patella_program_format_week (&rows->program,
                                                           patella_today_get_day (self->today));
      gtk_label_set_label (self->week_label, week);
    }
  else
    gtk_label_set_label (self->week_label, _("Your Progress"));

  texts[CHART_PAIN] = patella_progress_show_pain (self->charts[CHART_PAIN], series,
                                                  gtk_check_button_get_active (self->during_check));
  texts[CHART_WORK] = patella_progress_show_work (self->charts[CHART_WORK], series);
  texts[CHART_ADHERENCE] = patella_progress_show_adherence (self->charts[CHART_ADHERENCE], series);
  for (guint e = 0; e < PATELLA_CHART_N_EXERCISES; e++)
    texts[CHART_EXERCISE + e] = patella_progress_show_exercise (self->charts[CHART_EXERCISE + e],
                                                                series, e);
  texts[CHART_KUJALA] = patella_progress_show_kujala (self->charts[CHART_KUJALA], series);
  for (guint c = 0; c < N_CHARTS; c++)
    {
      gtk_label_set_label (self->summaries[c], texts[c]);
      g_free (texts[c]);
    }

  gtk_stack_set_visible_child_name (self->stack, "charts");
}

/**
 * patella_progress_page_reload:
 * @self: a #PatellaProgressPage
 *
 * Reads the range's rows from the store and redraws every chart.
 */
void
patella_progress_page_reload (PatellaProgressPage *self)
{
  g_autoptr(PatellaChartSeries) series = NULL;
  g_autoptr(GError) error = NULL;
  PatellaChartRows rows = { 0 };
  char first_day[PATELLA_LOCAL_DAY_LEN + 1];
  const char *today;
  guint32 first, last;
  GDate date;

  g_return_if_fail (PATELLA_IS_PROGRESS_PAGE (self));

  if (self->store == NULL || self->today == NULL)
    goto empty;
  today = patella_today_get_day (self->today);

  /* The range needs the program and the first day: read them, then the rows. */
  if (!patella_store_load_chart_rows (self->store, today, today, &rows, &error))
    goto empty;
  if (rows.first_day[0] == '\0' && !rows.has_program)
    goto empty;
  patella_chart_range_days (&rows, self->range, today, &first, &last);
  patella_chart_rows_clear (&rows);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, first);
  patella_local_day_from_date (&date, first_day);
  if (!patella_store_load_chart_rows (self->store, first_day, today, &rows, &error))
    goto empty;

  series = patella_chart_series_compute (&rows, first, last, today,
                                         gtk_check_button_get_active (self->hold_check));
  show_series (self, series, &rows);
  g_clear_pointer (&self->series, patella_chart_series_free);
  self->series = g_steal_pointer (&series);
  patella_chart_rows_clear (&rows);
  return;

empty:
  patella_chart_rows_clear (&rows);
  if (error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Progress could not be read: %s"),
                                               error->message);
      patella_toast_show (GTK_WIDGET (self), text, 0);
    }
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/**
 * patella_progress_page_set_range:
 * @self: a #PatellaProgressPage
 * @range: the days the charts show
 */
void
patella_progress_page_set_range (PatellaProgressPage *self,
                                 PatellaChartRange    range)
{
  GtkToggleButton *buttons[] = { self->range_program, self->range_2w, self->range_6w,
                                 self->range_all };

  g_return_if_fail (PATELLA_IS_PROGRESS_PAGE (self));
  g_return_if_fail (range <= PATELLA_CHART_RANGE_ALL);

  gtk_toggle_button_set_active (buttons[range], TRUE);
}

/**
 * patella_progress_page_save_charts:
 * @self: a #PatellaProgressPage
 * @dir: a folder, made if it does not exist
 * @error: why not everything was written
 *
 * Writes each chart of the range shown as a PNG at twice its size
 * (pain.png, work.png, sessions.png, one per core exercise, kujala.png)
 * and the data behind them as progress.csv.
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
patella_progress_page_save_charts (PatellaProgressPage  *self,
                                   const char           *dir,
                                   GError              **error)
{
  const char * const *ids = patella_catalogue_get_core_ids ();
  g_autofree char *csv = NULL;

  g_return_val_if_fail (PATELLA_IS_PROGRESS_PAGE (self), FALSE);

  if (self->series == NULL)
    patella_progress_page_reload (self);
  if (self->series == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("There is nothing to chart yet: log a day's pain first"));
      return FALSE;
    }
  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int errsv = errno;
      g_autofree char *name = g_filename_display_name (dir);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   _("The folder “%s” could not be made: %s"), name, g_strerror (errsv));
      return FALSE;
    }

  for (guint c = 0; c < N_CHARTS; c++)
    {
      g_autofree char *file = NULL;
      g_autofree char *path = NULL;

      if (c == CHART_PAIN)
        file = g_strdup ("pain.png");
      else if (c == CHART_WORK)
        file = g_strdup ("work.png");
      else if (c == CHART_ADHERENCE)
        file = g_strdup ("sessions.png");
      else if (c == CHART_KUJALA)
        file = g_strdup ("kujala.png");
      else
        file = g_strdup_printf ("%s.png", ids[c - CHART_EXERCISE]);
      path = g_build_filename (dir, file, NULL);
      if (!patella_progress_export_png (self->charts[c], 800, 280, path, error))
        return FALSE;
    }

  csv = g_build_filename (dir, "progress.csv", NULL);
  return patella_progress_export_csv (self->series, csv, error);
}

/**
 * patella_progress_page_get_chart:
 * @self: a #PatellaProgressPage
 * @index: 0 pain, 1 work, 2 adherence, 3-7 the exercises, 8 Kujala
 *
 * Returns: (transfer none) (nullable): the chart
 */
PatellaChart *
patella_progress_page_get_chart (PatellaProgressPage *self,
                                 guint                index)
{
  g_return_val_if_fail (PATELLA_IS_PROGRESS_PAGE (self), NULL);

  return index < N_CHARTS ? self->charts[index] : NULL;
}

static void
range_toggled_cb (GtkToggleButton     *button,
                  PatellaProgressPage *self)
{
  GtkToggleButton *buttons[] = { self->range_program, self->range_2w, self->range_6w,
                                 self->range_all };

  if (!gtk_toggle_button_get_active (button))
    return;
  for (guint r = 0; r < G_N_ELEMENTS (buttons); r++)
    if (buttons[r] == button)
      self->range = r;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    patella_progress_page_reload (self);
}

static void
option_toggled_cb (PatellaProgressPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    patella_progress_page_reload (self);
}

/* A card: its title, an option, the chart and its summary. */
static void
add_card (PatellaProgressPage *self,
          guint                index,
          const char          *title,
          GtkWidget           *option)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  /* A heading a screen reader can jump to, card by card. */
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", title,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);
  GtkWidget *chart = g_object_new (PATELLA_TYPE_CHART, NULL);
  GtkWidget *summary = gtk_label_new (NULL);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "chart-card");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "title-3");
  gtk_box_append (GTK_BOX (card), label);
  if (option != NULL)
    gtk_box_append (GTK_BOX (card), option);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  gtk_box_append (GTK_BOX (card), chart);
  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  gtk_box_append (GTK_BOX (card), summary);
  gtk_box_append (self->cards, card);

  self->charts[index] = PATELLA_CHART (chart);
  self->summaries[index] = GTK_LABEL (summary);
}

static void
build_cards (PatellaProgressPage *self)
{
  const char * const *ids = patella_catalogue_get_core_ids ();

  self->during_check = GTK_CHECK_BUTTON (
    gtk_check_button_new_with_mnemonic (_("Pain _during exercise")));
  self->hold_check = GTK_CHECK_BUTTON (
    gtk_check_button_new_with_mnemonic (_("_Hold seconds, not reps")));
  g_signal_connect_object (self->during_check, "toggled", G_CALLBACK (option_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->hold_check, "toggled", G_CALLBACK (option_toggled_cb), self,
                           G_CONNECT_SWAPPED);

  add_card (self, CHART_PAIN, _("Knee Pain"), GTK_WIDGET (self->during_check));
  add_card (self, CHART_WORK, _("Work Done"), GTK_WIDGET (self->hold_check));
  add_card (self, CHART_ADHERENCE, _("Training Days"), NULL);
  for (guint e = 0; e < PATELLA_CHART_N_EXERCISES; e++)
    {
      PatellaExercise *exercise = patella_catalogue_lookup (patella_catalogue_get_default (),
                                                            ids[e]);

      add_card (self, CHART_EXERCISE + e, patella_exercise_get_name (exercise), NULL);
    }
  add_card (self, CHART_KUJALA, _("Kujala Score"), NULL);
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
  g_clear_pointer (&self->series, patella_chart_series_free);
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

  g_type_ensure (PATELLA_TYPE_CHART);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaProgressPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PatellaProgressPage, week_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaProgressPage, cards);
  gtk_widget_class_bind_template_child (widget_class, PatellaProgressPage, range_program);
  gtk_widget_class_bind_template_child (widget_class, PatellaProgressPage, range_2w);
  gtk_widget_class_bind_template_child (widget_class, PatellaProgressPage, range_6w);
  gtk_widget_class_bind_template_child (widget_class, PatellaProgressPage, range_all);
}

static void
patella_progress_page_init (PatellaProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_cards (self);
  /* The range buttons and the charts' options have mnemonics. */
  patella_a11y_name_buttons (GTK_WIDGET (self));
  g_signal_connect_object (self->range_program, "toggled", G_CALLBACK (range_toggled_cb), self, 0);
  g_signal_connect_object (self->range_2w, "toggled", G_CALLBACK (range_toggled_cb), self, 0);
  g_signal_connect_object (self->range_6w, "toggled", G_CALLBACK (range_toggled_cb), self, 0);
  g_signal_connect_object (self->range_all, "toggled", G_CALLBACK (range_toggled_cb), self, 0);

  self->store_signals = g_signal_group_new (PATELLA_TYPE_STORE);
  g_signal_group_connect_object (self->store_signals, "changed",
                                 G_CALLBACK (store_changed_cb), self, 0);
  self->today_signals = g_signal_group_new (PATELLA_TYPE_TODAY);
  g_signal_group_connect_swapped (self->today_signals, "notify::day",
                                  G_CALLBACK (reload_if_mapped), self);
}
