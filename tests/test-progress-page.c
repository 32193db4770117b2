/* test-progress-page.c: the Progress page follows the store, in charts and in words
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "patella-monotonic-clock.h"
#include "patella-progress-page.h"
#include "patella-warning-signs.h"
#include "patella-demo-diary.h"
#include "patella-store-charts.h"
#include "store-test-util.h"

typedef struct
{
  char                *dir;
  PatellaStore        *store;
  GtkWindow           *window;
  PatellaProgressPage *page;
  PatellaToday        *today_source;
  char                 today[PATELLA_LOCAL_DAY_LEN + 1];
} Fixture;

static void
spin_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaClock) clock = patella_monotonic_clock_new ();

  f->dir = test_make_tmp_dir ();
  path = g_build_filename (f->dir, "patella.db", NULL);
  f->store = patella_store_open (path, &error);
  g_assert_no_error (error);
  f->today_source = patella_today_new (clock);
  g_strlcpy (f->today, patella_today_get_day (f->today_source), sizeof f->today);

  f->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (f->window, 800, 900);
  f->page = g_object_new (PATELLA_TYPE_PROGRESS_PAGE, "store", f->store,
                          "today", f->today_source, NULL);
  adw_window_set_content (ADW_WINDOW (f->window), GTK_WIDGET (f->page));
  gtk_window_present (f->window);
  spin_idle ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  spin_idle ();
  g_clear_object (&f->store);
  g_clear_object (&f->today_source);
  test_rm_rf (f->dir);
  g_free (f->dir);
}

static void
save_pain (Fixture *f,
           int      days_ago,
           int      usual,
           int      worst)
{
  g_autoptr(PatellaPainEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  char day[11];

  patella_local_day_add_days (f->today, -days_ago, day);
  entry = patella_pain_entry_new (day, usual, worst);
  g_assert_true (patella_store_save_pain (f->store, entry, NULL, &error));
  g_assert_no_error (error);
  spin_idle ();
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
      && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect_charts (GtkWidget *widget,
                GPtrArray *charts)
{
  if (PATELLA_IS_CHART (widget))
    g_ptr_array_add (charts, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_charts (child, charts);
}

/* The snapshot the frame clock would take, once the widget has its size
 * (the frame that lays it out comes on its own timer). */
static void
draw (GtkWidget *widget)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (gtk_widget_get_width (widget) == 0 && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
  g_assert_cmpint (gtk_widget_get_width (widget), >, 0);

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
}

/* Nothing to chart without an entry; one entry draws the charts with a
 * sentence saying what to log, without reopening the page. */
static void
test_sparse (Fixture       *f,
             gconstpointer  data)
{
  g_assert_cmpstr (patella_progress_page_get_view (f->page), ==, "empty");

  save_pain (f, 0, 3, 5);
  g_assert_cmpstr (patella_progress_page_get_view (f->page), ==, "charts");
  g_assert_nonnull (find_label (GTK_WIDGET (f->page),
                                "Pain logged on 1 day so far: log it on a few more days to see "
                                "a trend."));
  g_assert_nonnull (find_label (GTK_WIDGET (f->page),
                                "No sessions in this range yet: do a session to see your work "
                                "here."));
}

/* Three weeks of pain easing, and one finished session today. */
static void
test_charts_and_words (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) charts = g_ptr_array_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  gint64 session;
  int min_width = 0;

  for (int ago = 20; ago >= 0; ago--)
    save_pain (f, ago, ago >= 14 ? 5 : ago >= 7 ? 4 : 2, ago >= 14 ? 7 : ago >= 7 ? 6 : 4);

  g_assert_cmpstr (patella_progress_page_get_view (f->page), ==, "charts");
  g_assert_nonnull (find_label (GTK_WIDGET (f->page),
                                "Pain fell from 5.0 to 2.0 on average over 3 weeks, a "
                                "meaningful improvement."));
  /* A chart's option is read without its mnemonic's underscore. */
  gtk_test_accessible_assert_property (
    GTK_ACCESSIBLE (gtk_widget_get_ancestor (find_label (GTK_WIDGET (f->page), "Pain _during"),
                                             GTK_TYPE_CHECK_BUTTON)),
    GTK_ACCESSIBLE_PROPERTY_LABEL, "Pain during exercise");

  session = patella_store_begin_session (f->store, now, 2, &error);
  g_assert_no_error (error);
  g_assert_true (patella_store_finish_session (f->store, session,
                                               g_get_real_time (), 1, &error));
  g_assert_no_error (error);
  spin_idle ();
  g_assert_null (find_label (GTK_WIDGET (f->page),
                             "No sessions in this range yet: do a session to see your work "
                             "here."));

  collect_charts (GTK_WIDGET (f->page), charts);
  g_assert_cmpuint (charts->len, ==, 9);
  for (guint i = 0; i < charts->len; i++)
    {
      g_assert_cmpuint (patella_chart_get_n_slots (charts->pdata[i]), ==, 21);
      g_assert_true (gtk_widget_get_mapped (charts->pdata[i]));
      draw (charts->pdata[i]);
    }

  /* Charts, legends and words still fit a phone-sized window. */
  gtk_widget_measure (GTK_WIDGET (f->page), GTK_ORIENTATION_HORIZONTAL, -1,
                      &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 360);
}

static void
press (GtkWidget *widget,
       guint      keyval)
{
  GtkEventController *key = NULL;
  gboolean handled = FALSE;
  GListModel *controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && key == NULL; i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c))
        key = c;
    }
  g_object_unref (controllers);
  g_assert_nonnull (key);
  g_signal_emit_by_name (key, "key-pressed", keyval, 0, 0, &handled);
  g_assert_true (handled);
}

/* The demo diary: every range, and the keyboard across the days. */
static void
test_demo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(PatellaDemoDiary) demo = patella_demo_diary_new (today, PATELLA_DEMO_SEED);
  g_autoptr(GError) error = NULL;
  static const guint days[] = { 42, 14, 42, 42 };

  g_assert_true (patella_store_fill_demo (f->store, demo, &error));
  g_assert_no_error (error);
  spin_idle ();
  g_assert_cmpstr (patella_progress_page_get_view (f->page), ==, "charts");

  for (int range = PATELLA_CHART_RANGE_ALL; range >= PATELLA_CHART_RANGE_PROGRAM; range--)
    {
      patella_progress_page_set_range (f->page, range);
      spin_idle ();
      for (guint c = 0; c < 9; c++)
        {
          PatellaChart *chart = patella_progress_page_get_chart (f->page, c);

          g_assert_cmpuint (patella_chart_get_n_slots (chart), ==, days[range]);
          draw (GTK_WIDGET (chart));
        }
    }

  {
    PatellaChart *pain = patella_progress_page_get_chart (f->page, 0);
    g_autofree char *first = NULL;

    gtk_widget_grab_focus (GTK_WIDGET (pain));
    press (GTK_WIDGET (pain), GDK_KEY_Home);
    g_assert_cmpint (patella_chart_get_focus_slot (pain), ==, 0);
    first = patella_chart_describe_slot (pain, 0);
    g_assert_nonnull (strstr (first, "Usual "));
    for (guint i = 1; i < 42; i++)
      {
        press (GTK_WIDGET (pain), GDK_KEY_Right);
        g_assert_cmpint (patella_chart_get_focus_slot (pain), ==, i);
      }
    press (GTK_WIDGET (pain), GDK_KEY_Right);
    g_assert_cmpint (patella_chart_get_focus_slot (pain), ==, 41);
    press (GTK_WIDGET (pain), GDK_KEY_Left);
    g_assert_cmpint (patella_chart_get_focus_slot (pain), ==, 40);
    press (GTK_WIDGET (pain), GDK_KEY_End);
    g_assert_cmpint (patella_chart_get_focus_slot (pain), ==, 41);
  }
}

/* Off screen the page leaves the store alone, and catches up when shown. */
static void
test_reads_when_shown (Fixture       *f,
                       gconstpointer  data)
{
  gtk_widget_set_visible (GTK_WIDGET (f->page), FALSE);
  spin_idle ();
  for (int ago = 2; ago >= 0; ago--)
    save_pain (f, ago, 3, 4);
  g_assert_cmpstr (patella_progress_page_get_view (f->page), ==, "empty");

  gtk_widget_set_visible (GTK_WIDGET (f->page), TRUE);
  spin_idle ();
  g_assert_cmpstr (patella_progress_page_get_view (f->page), ==, "charts");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/progress-page/sparse", test_sparse);
  ADD ("/progress-page/charts-and-words", test_charts_and_words);
  ADD ("/progress-page/reads-when-shown", test_reads_when_shown);
  ADD ("/progress-page/demo", test_demo);
#undef ADD

  return g_test_run ();
}
