/* shot-today.c: screenshots of Today, the diary, the entry dialog and the questionnaire
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: pictures to look at, on the demo diary.
 *   SHOTS=/tmp xvfb-run -a -s "-screen 0 1280x800x24" _build/tests/shot-today 360 640 dark
 * writes today-*, diary-*, edit-entry-* and kujala-* PNGs of that size.
 */
#include "config.h"

#include "patella-demo-diary.h"
#include "patella-diary-page.h"
#include "patella-kujala-window.h"
#include "patella-pain-entry-dialog.h"
#include "patella-store-charts.h"
#include "patella-today-page.h"
#include "program-test-util.h"
#include "shot-util.h"

#define DEMO_TODAY "2026-04-12"

/* The first scrolled window shown, depth first, moved to @fraction. */
static gboolean
scroll_down (GtkWidget *widget,
             double     fraction)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;

  if (GTK_IS_SCROLLED_WINDOW (widget))
    {
      GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget));

      gtk_adjustment_set_value (adj, fraction * (gtk_adjustment_get_upper (adj)
                                                 - gtk_adjustment_get_page_size (adj)));
      return TRUE;
    }

  for (GtkWidget *w = gtk_widget_get_first_child (widget); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    if (scroll_down (w, fraction))
      return TRUE;

  return FALSE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(PatellaStore) today_store = NULL;
  g_autoptr(PatellaFakeClock) clock = NULL;
  g_autoptr(PatellaToday) today = NULL;
  g_autoptr(GError) error = NULL;
  PatellaPainEntryDialog *dialog;
  PatellaKujalaWindow *kujala;
  GtkWindow *window;
  GtkWidget *page;
  char yesterday[PATELLA_LOCAL_DAY_LEN + 1];
  int width, height;

  g_setenv ("TZ", "UTC", TRUE);
  shot_init (argc, argv, &width, &height);

  store = shot_open_demo_store (DEMO_TODAY, &dir);
  clock = test_clock_at_day (DEMO_TODAY);
  today = patella_today_new (PATELLA_CLOCK (clock));

  window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (window, width, height);
  /* The demo ends on a rest day; Today is shown on a store of its own, on a
   * training day of the fixed plan, with today's entry logged. */
  {
    g_autofree char *db2 = g_build_filename (dir, "today.db", NULL);
    g_autoptr(PatellaPainEntry) entry = patella_pain_entry_new (DEMO_TODAY, 2, 5);

    today_store = patella_store_open (db2, &error);
    g_assert_no_error (error);
    entry->contexts = PATELLA_PAIN_CONTEXT_RUNNING | PATELLA_PAIN_CONTEXT_AT_REST;
    if (!patella_store_save_pain (today_store, entry, NULL, &error))
      g_error ("%s", error->message);
  }
  page = g_object_new (PATELLA_TYPE_TODAY_PAGE, "store", today_store, "today", today, NULL);
  adw_window_set_content (ADW_WINDOW (window), page);
  gtk_window_present (window);
  shot_window (window, "today-0-top", 700);
  scroll_down (page, 1.0);
  shot_window (window, "today-1-bottom", 400);

  page = g_object_new (PATELLA_TYPE_DIARY_PAGE, "store", store, "today", today, NULL);
  adw_window_set_content (ADW_WINDOW (window), page);
  shot_window (window, "diary", 700);

  patella_local_day_add_days (DEMO_TODAY, -1, yesterday);
  dialog = patella_pain_entry_dialog_new (window, store, today, yesterday);
  gtk_window_set_default_size (GTK_WINDOW (dialog), width, height);
  gtk_window_present (GTK_WINDOW (dialog));
  shot_window (GTK_WINDOW (dialog), "edit-entry-0-top", 700);
  scroll_down (GTK_WIDGET (dialog), 1.0);
  shot_window (GTK_WINDOW (dialog), "edit-entry-1-bottom", 400);
  gtk_window_destroy (GTK_WINDOW (dialog));

  kujala = patella_kujala_window_new (window, store, today);
  gtk_window_set_default_size (GTK_WINDOW (kujala), width, height);
  for (guint q = 0; q < 13; q++)
    if (q != 6)
      patella_kujala_window_set_answer (kujala, q, 1);
  gtk_window_present (GTK_WINDOW (kujala));
  shot_window (GTK_WINDOW (kujala), "kujala-0-top", 700);
  scroll_down (GTK_WIDGET (kujala), 1.0);
  shot_window (GTK_WINDOW (kujala), "kujala-1-bottom", 400);
  gtk_window_destroy (GTK_WINDOW (kujala));

  gtk_window_destroy (window);
  test_rm_rf (dir);
  return 0;
}
