/* shot-progress.c: screenshots of every Progress chart on the demo diary
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: a tool that opens Progress on the demo diary (six weeks
 * ending 2026-04-12) and saves a PNG of the page's top and of each chart
 * scrolled into view, for one window size and style. A focused day's
 * popover is a surface of its own: test-chart-atspi.py reads it instead.
 *
 *   meson compile -C _build shot-progress
 *   SHOTS=/tmp/shots xvfb-run -a -s "-screen 0 1280x800x24" \
 *     meson devenv -C _build ./tests/shot-progress 360 640 dark
 */
#include "config.h"

#include "patella-chart.h"
#include "patella-demo-diary.h"
#include "patella-progress-page.h"
#include "patella-store-charts.h"
#include "program-test-util.h"
#include "shot-util.h"

#define DEMO_TODAY "2026-04-12"

/* Scrolls the page so WIDGET's card starts at the top of the view. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  GtkWidget *card = gtk_widget_get_parent (widget);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  double x, y;

  /* Relative to the viewport's child, which moves with the scrolling. */
  if (!gtk_widget_translate_coordinates (card, gtk_widget_get_first_child (content), 0, 0, &x, &y))
    g_error ("The chart is not inside the page's scrolled window");
  gtk_adjustment_set_value (adjustment, y - 12);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(PatellaFakeClock) clock = NULL;
  g_autoptr(PatellaToday) today = NULL;
  g_autoptr(GPtrArray) charts = g_ptr_array_new ();
  GtkWindow *window;
  GtkWidget *page;
  GtkWidget *child;
  int width, height;

  g_setenv ("TZ", "UTC", TRUE);
  shot_init (argc, argv, &width, &height);

  store = shot_open_demo_store (DEMO_TODAY, &dir);
  clock = test_clock_at_day (DEMO_TODAY);
  today = patella_today_new (PATELLA_CLOCK (clock));

  window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (window, width, height);
  page = g_object_new (PATELLA_TYPE_PROGRESS_PAGE, "store", store, "today", today, NULL);
  adw_window_set_content (ADW_WINDOW (window), page);
  gtk_window_present (window);
  shot_window (window, "progress-0-top", 700);

  /* Depth-first, so the charts come in the page's order. */
  child = page;
  while (child != NULL)
    {
      if (PATELLA_IS_CHART (child))
        g_ptr_array_add (charts, child);
      if (gtk_widget_get_first_child (child) != NULL)
        child = gtk_widget_get_first_child (child);
      else
        {
          while (child != page && gtk_widget_get_next_sibling (child) == NULL)
            child = gtk_widget_get_parent (child);
          child = child != page ? gtk_widget_get_next_sibling (child) : NULL;
        }
    }
  if (charts->len == 0)
    g_error ("Progress shows no chart");

  for (guint i = 0; i < charts->len; i++)
    {
      g_autofree char *name = g_strdup_printf ("progress-%u-chart", i + 1);

      scroll_to (charts->pdata[i]);
      shot_window (window, name, 500);
    }

  gtk_window_destroy (window);
  spin_idle ();
  g_clear_object (&store);
  test_rm_rf (dir);

  return 0;
}
