/* test-window.c: the main window, its pages, actions and preferences
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-plan-card.h"
#include "patella-plan-window.h"

#include "patella-application.h"
#include "patella-diary-page.h"
#include "patella-diary-row.h"
#include "patella-fake-clock.h"
#include "patella-pain-card.h"
#include "patella-pain-entry-dialog.h"
#include "patella-preferences-window.h"
#include "patella-progress-page.h"
#include "patella-today-page.h"
#include "patella-window.h"
#include "shortcut-test-util.h"
#include "store-test-util.h"

static PatellaApplication *app;

static void
spin_until_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Spins until WIDGET has been laid out within WIDTH (the default size
 * includes the client-side decoration), which takes a few frames. */
static void
settle_at_width (GtkWidget *widget,
                 int        width)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (gtk_widget_get_width (widget) == 0 && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
  spin_until_idle ();
  g_assert_cmpint (gtk_widget_get_width (widget), >, 0);
  g_assert_cmpint (gtk_widget_get_width (widget), <=, width);
}

/* The outer clamps under WIDGET, shown or not (GtkStack keeps all its
 * pages); a status page's own clamp is libadwaita's. */
static void
collect_clamps (GtkWidget *widget,
                GPtrArray *out)
{
  if (ADW_IS_STATUS_PAGE (widget))
    return;
  if (ADW_IS_CLAMP (widget) || ADW_IS_CLAMP_SCROLLABLE (widget))
    {
      g_ptr_array_add (out, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_clamps (child, out);
}

static PatellaWindow *
make_window (void)
{
  PatellaWindow *window = patella_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  spin_until_idle ();

  return window;
}

static void
test_pages_switch_through_action (void)
{
  PatellaWindow *window = make_window ();
  const struct {
    const char *name;
    GType type;
  } pages[] = {
    { "diary", PATELLA_TYPE_DIARY_PAGE },
    { "progress", PATELLA_TYPE_PROGRESS_PAGE },
    { "today", PATELLA_TYPE_TODAY_PAGE },
  };

  g_assert_cmpstr (patella_window_get_visible_page (window), ==, "today");
  g_assert_true (gtk_widget_child_focus (find_descendant (GTK_WIDGET (window),
                                                          PATELLA_TYPE_TODAY_PAGE),
                                         GTK_DIR_TAB_FORWARD));

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *focus;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page",
                                                 "s", pages[i].name));
      spin_until_idle ();
      g_assert_cmpstr (patella_window_get_visible_page (window), ==, pages[i].name);
      /* The focus follows into the page shown (Alt+1, 2, 3), even one made
       * just now. */
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      g_assert_nonnull (gtk_widget_get_ancestor (focus, pages[i].type));

      /* Only the page on screen is mapped; the others stay hidden, and a
       * page not shown yet is not even made (Today is there from the start). */
      for (guint j = 0; j < G_N_ELEMENTS (pages); j++)
        {
          GtkWidget *page = find_descendant (GTK_WIDGET (window), pages[j].type);

          if (j > i && pages[j].type != PATELLA_TYPE_TODAY_PAGE)
            {
              g_assert_null (page);
              continue;
            }
          g_assert_nonnull (page);
          g_assert_cmpint (gtk_widget_get_mapped (page), ==, i == j);
        }
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The three pages keep their content in the same column at every width:
 * one clamp size and one tightening threshold. */
static void
test_pages_share_one_column (void)
{
  PatellaWindow *window = make_window ();
  const char *names[] = { "today", "diary", "progress" };
  GType pages[] = { PATELLA_TYPE_TODAY_PAGE, PATELLA_TYPE_DIARY_PAGE, PATELLA_TYPE_PROGRESS_PAGE };
  int size = -1, threshold = -1;

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *page;
      g_autoptr(GPtrArray) clamps = g_ptr_array_new ();

      /* Pages are made when first shown. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page",
                                                 "s", names[i]));
      spin_until_idle ();
      page = find_descendant (GTK_WIDGET (window), pages[i]);
      g_assert_nonnull (page);

      collect_clamps (page, clamps);
      g_assert_cmpuint (clamps->len, >, 0);
      for (guint j = 0; j < clamps->len; j++)
        {
          int s, t;

          g_object_get (clamps->pdata[j], "maximum-size", &s, "tightening-threshold", &t, NULL);
          if (size < 0)
            size = s, threshold = t;
          g_assert_cmpint (s, ==, size);
          g_assert_cmpint (t, ==, threshold);
        }
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Today's plan card opens the plan editor, over the window. */
static void
test_plan_card_opens_editor (void)
{
  g_autofree char *dir = test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "patella.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaStore) store = patella_store_open (path, &error);
  PatellaWindow *window = make_window ();
  GtkWidget *card = NULL;
  GtkWindow *editor = NULL;
  GListModel *toplevels = NULL;

  g_assert_no_error (error);
  patella_window_set_store (window, store);
  spin_until_idle ();
  card = find_descendant (GTK_WIDGET (window), PATELLA_TYPE_PLAN_CARD);
  g_assert_nonnull (card);
  g_assert_true (gtk_widget_activate_action (card, "win.edit-plan", NULL));
  spin_until_idle ();

  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (PATELLA_IS_PLAN_WINDOW (w))
        editor = w;
    }
  g_assert_nonnull (editor);
  g_assert_true (gtk_window_get_transient_for (editor) == GTK_WINDOW (window));
  gtk_window_destroy (editor);
  gtk_window_destroy (GTK_WINDOW (window));
  spin_until_idle ();
  g_clear_object (&store);
  test_rm_rf (dir);
}

static void
collect_mapped (GtkWidget *widget,
                GType      type,
                GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_mapped (child, type, found);
}

static GtkLabel *
find_label_with (GtkWidget  *widget,
                 const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
      && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return GTK_LABEL (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label_with (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Phones and half a laptop screen: 360 px wide, as the metainfo promises,
 * with GNOME's close button alone and with the three buttons Xvfb's GTK
 * default puts in the header bar; the title must still read in full. */
static void
test_fits_narrow_window (void)
{
  const char *layouts[] = { "appmenu:close", "menu:minimize,maximize,close" };
  GtkSettings *settings = gtk_settings_get_default ();
  g_autofree char *layout = NULL;

  g_object_get (settings, "gtk-decoration-layout", &layout, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    {
      PatellaWindow *window;
      GtkLabel *title;
      GtkWidget *bar;
      GPtrArray *buttons;
      guint n_buttons;
      gint64 deadline;
      int min_width = 0;

      g_object_set (settings, "gtk-decoration-layout", layouts[i], NULL);
      window = patella_window_new (app);
      gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
      gtk_window_present (GTK_WINDOW (window));
      settle_at_width (GTK_WIDGET (window), 360);

      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1,
                          &min_width, NULL, NULL, NULL);
      g_assert_cmpint (min_width, <=, 360);
      title = find_label_with (GTK_WIDGET (window), "Patella");
      g_assert_nonnull (title);
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (title)));

      /* The pages' switcher moves to the bottom, made when first revealed. */
      bar = find_descendant (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR);
      g_assert_true (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));
      g_assert_nonnull (adw_view_switcher_bar_get_stack (ADW_VIEW_SWITCHER_BAR (bar)));
      deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
      do
        {
          g_main_context_iteration (NULL, FALSE);
          buttons = g_ptr_array_new ();
          collect_mapped (bar, GTK_TYPE_TOGGLE_BUTTON, buttons);
          n_buttons = buttons->len;
          g_ptr_array_unref (buttons);
        }
      while (n_buttons == 0 && g_get_monotonic_time () < deadline);
      g_assert_cmpuint (n_buttons, ==, 3);

      gtk_window_destroy (GTK_WINDOW (window));
    }
  g_object_set (settings, "gtk-decoration-layout", layout, NULL);
}

static void
test_empty_states (void)
{
  PatellaWindow *window = make_window ();
  const char *names[] = { "today", "diary", "progress" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *status;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", names[i]);
      spin_until_idle ();

      /* The page on screen says what will appear there. */
      status = NULL;
      for (GtkWidget *w = find_descendant (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK);
           w != NULL && status == NULL; w = NULL)
        {
          GtkWidget *page = adw_view_stack_get_visible_child (ADW_VIEW_STACK (w));
          status = find_descendant (page, ADW_TYPE_STATUS_PAGE);
        }

      g_assert_nonnull (status);
      g_assert_true (gtk_widget_get_mapped (status));
      g_assert_cmpuint (strlen (adw_status_page_get_title (ADW_STATUS_PAGE (status))), >, 0);
      g_assert_cmpuint (strlen (adw_status_page_get_description (ADW_STATUS_PAGE (status))), >, 20);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_unknown_page_is_refused (void)
{
  if (g_test_subprocess ())
    {
      PatellaWindow *window = make_window ();
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "nowhere");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*No page called “nowhere”*");
}

static void
test_accelerators (void)
{
  const struct {
    const char *action;
    const char *accel;
  } expected[] = {
    { "app.quit", "<Control>q" },
    { "app.preferences", "<Control>comma" },
    { "window.close", "<Control>w" },
    { "win.show-help-overlay", "<Control>question" },
    { "win.show-page::diary", "<Alt>2" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                    expected[i].action);
      g_assert_true (g_strv_contains ((const char * const *) accels, expected[i].accel));
    }

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));
}

static gboolean
has_shortcut (GtkWidget  *widget,
              const char *title,
              const char *subtitle)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *t = NULL;
      g_autofree char *s = NULL;

      g_object_get (widget, "title", &t, "subtitle", &s, NULL);
      if (g_strcmp0 (t, title) == 0 && g_strcmp0 (s, subtitle) == 0)
        return TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_shortcut (child, title, subtitle))
      return TRUE;

  return FALSE;
}

/* The shortcuts fit one page, which opens without a warning (the test
 * runs with fatal warnings), and Enter on Today says where it works. */
static void
test_shortcuts_window (void)
{
  PatellaWindow *window = make_window ();
  GtkWindow *shortcuts;
  GtkWidget *stack;
  g_autoptr(GListModel) pages = NULL;
  guint n_shown = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay",
                                             NULL));
  spin_until_idle ();
  shortcuts = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))
              ? GTK_WINDOW (gtk_application_window_get_help_overlay (
                  GTK_APPLICATION_WINDOW (window)))
              : NULL;
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_assert_cmpstr (gtk_window_get_title (shortcuts), ==, "Keyboard Shortcuts");

  /* The section lays its groups out in pages of columns, in a stack. */
  stack = find_descendant (find_descendant (GTK_WIDGET (shortcuts),
                                            GTK_TYPE_SHORTCUTS_SECTION), GTK_TYPE_STACK);
  g_assert_nonnull (stack);
  pages = G_LIST_MODEL (gtk_stack_get_pages (GTK_STACK (stack)));
  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      GtkStackPage *page = g_list_model_get_item (pages, i);

      if (gtk_widget_get_visible (gtk_stack_page_get_child (page)))
        n_shown++;
      g_object_unref (page);
    }
  g_assert_cmpuint (n_shown, ==, 1);
  g_assert_true (has_shortcut (GTK_WIDGET (shortcuts), "Start or Resume Today’s Session",
                               "On Today, when the focus is not on a button, a field or a row that opens something"));

  gtk_window_destroy (shortcuts);
  gtk_window_destroy (GTK_WINDOW (window));
  spin_until_idle ();
}

static void
test_window_size_is_remembered (void)
{
  GSettings *settings = patella_application_get_settings (app);
  PatellaWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 700);
  g_settings_set_int (settings, "window-height", 500);

  window = make_window ();
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 700);
  g_assert_cmpint (height, ==, 500);

  gtk_window_set_default_size (GTK_WINDOW (window), 820, 610);
  spin_until_idle ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 820);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 610);

  /* The maximised state cannot change under Xvfb, which has no window
   * manager; its binding is the same call as the two above. */
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_preferences_sound_switch (void)
{
  GSettings *settings = patella_application_get_settings (app);
  PatellaWindow *window = make_window ();
  GtkWidget *prefs = NULL;
  GtkSwitch *sound;
  GListModel *toplevels = gtk_window_get_toplevels ();

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  spin_until_idle ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && prefs == NULL; i++)
    {
      g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);
      if (PATELLA_IS_PREFERENCES_WINDOW (w))
        prefs = w;
    }
  g_assert_nonnull (prefs);

  sound = GTK_SWITCH (find_descendant (prefs, GTK_TYPE_SWITCH));
  g_assert_nonnull (sound);
  g_assert_cmpint (gtk_switch_get_active (sound), ==,
                   g_settings_get_boolean (settings, "sound-enabled"));

  gtk_switch_set_active (sound, !gtk_switch_get_active (sound));
  g_assert_cmpint (gtk_switch_get_active (sound), ==,
                   g_settings_get_boolean (settings, "sound-enabled"));

  g_settings_set_boolean (settings, "sound-enabled", TRUE);
  g_assert_true (gtk_switch_get_active (sound));

  gtk_window_destroy (GTK_WINDOW (prefs));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;

  return FALSE;
}

/* Midnight passes with the window open: Today's card moves to the new day
 * and the diary names yesterday's entry "Yesterday", with no restart and
 * no timer of the pages' own, only the application's clock. */
static void
test_midnight_with_window_open (void)
{
  g_autoptr(GDateTime) evening = g_date_time_new_local (2026, 6, 1, 23, 59, 30);
  g_autoptr(PatellaFakeClock) clock =
    patella_fake_clock_new (0, g_date_time_to_unix (evening) * G_USEC_PER_SEC);
  g_autoptr(PatellaClock) real_clock = g_object_ref (patella_application_get_clock (app));
  g_autoptr(PatellaPainEntry) entry = patella_pain_entry_new ("2026-06-01", 3, 4);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "patella.db", NULL);
  g_autoptr(PatellaStore) store = patella_store_open (path, &error);
  PatellaPainCard *card;
  PatellaWindow *window;
  GtkWidget *diary;

  g_assert_no_error (error);
  g_assert_true (patella_store_save_pain (store, entry, NULL, &error));
  patella_application_set_clock (app, PATELLA_CLOCK (clock));

  window = make_window ();
  patella_window_set_store (window, store);
  spin_until_idle ();
  card = PATELLA_PAIN_CARD (find_descendant (GTK_WIDGET (window), PATELLA_TYPE_PAIN_CARD));
  g_assert_cmpstr (patella_pain_card_get_day (card), ==, "2026-06-01");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "diary");
  spin_until_idle ();
  diary = find_descendant (GTK_WIDGET (window), PATELLA_TYPE_DIARY_PAGE);
  g_assert_true (has_label (diary, "Today"));

  /* One alarm waits for midnight; 30 s later it fires. */
  patella_fake_clock_advance (clock, 29 * G_USEC_PER_SEC);
  spin_until_idle ();
  g_assert_true (has_label (diary, "Today"));
  patella_fake_clock_advance (clock, 1 * G_USEC_PER_SEC);
  spin_until_idle ();

  g_assert_cmpstr (patella_window_get_today (window) != NULL
                   ? patella_today_get_day (patella_window_get_today (window)) : NULL,
                   ==, "2026-06-02");
  g_assert_cmpstr (patella_pain_card_get_day (card), ==, "2026-06-02");
  g_assert_true (has_label (diary, "Yesterday"));
  g_assert_false (has_label (diary, "Today"));

  gtk_window_destroy (GTK_WINDOW (window));
  spin_until_idle ();
  patella_application_set_clock (app, real_clock);
  g_clear_object (&store);
  test_rm_rf (dir);
}

/* A years-long diary costs nothing at startup: no diary row is made while
 * the page is hidden, and once shown only about a screenful. */
static void
test_diary_rows_made_when_shown (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "patella.db", NULL);
  g_autoptr(PatellaStore) store = patella_store_open (path, &error);
  PatellaDiaryPage *diary;
  PatellaWindow *window;
  guint made;

  g_assert_no_error (error);
  for (int i = 1; i <= 400; i++)
    {
      g_autoptr(PatellaPainEntry) entry = NULL;
      char day[PATELLA_LOCAL_DAY_LEN + 1];

      patella_local_day_add_days ("2026-01-01", -i, day);
      entry = patella_pain_entry_new (day, i % 7, i % 7 + 2);
      g_assert_true (patella_store_save_pain (store, entry, NULL, &error));
    }

  window = make_window ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  patella_window_set_store (window, store);
  spin_until_idle ();
  /* Hidden, the page is not made at all, so it has made no row. */
  g_assert_null (find_descendant (GTK_WIDGET (window), PATELLA_TYPE_DIARY_PAGE));
  g_assert_null (find_descendant (GTK_WIDGET (window), PATELLA_TYPE_DIARY_ROW));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "diary");
  spin_until_idle ();
  diary = PATELLA_DIARY_PAGE (find_descendant (GTK_WIDGET (window), PATELLA_TYPE_DIARY_PAGE));
  g_assert_nonnull (diary);
  made = patella_diary_page_get_n_rows_set_up (diary);
  g_test_message ("diary rows made for an 800 px window: %u", made);

  /* The focusable item around each row is named after the day, as a
   * screen reader says it. */
  {
    GtkWidget *row = find_descendant (GTK_WIDGET (diary), PATELLA_TYPE_DIARY_ROW);
    char *wrong;

    g_assert_nonnull (row);
    wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row)),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                "Wednesday 31 December 2025: usual pain 1, "
                                                "worst pain 3. ");
    g_assert_null (wrong);
  }
  g_assert_cmpuint (made, >, 0);
  g_assert_cmpuint (made, <=, 60);

  /* Scrolling to the end offers the next rows, until the diary ends. */
  {
    GtkListView *list = GTK_LIST_VIEW (find_descendant (GTK_WIDGET (diary), GTK_TYPE_LIST_VIEW));
    GtkScrolledWindow *scroller =
      GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_SCROLLED_WINDOW));
    GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (scroller);
    guint offered = g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list)));

    while (offered < 400)
      {
        gint64 give_up = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
        guint now_offered;

        /* The list lays out on the next frame, not on an idle. */
        do
          {
            gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
            g_main_context_iteration (NULL, FALSE);
            g_usleep (1000);
            now_offered = g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list)));
          }
        while (now_offered == offered && g_get_monotonic_time () < give_up);

        g_assert_cmpuint (now_offered, >, offered);
        offered = now_offered;
      }
    g_assert_cmpuint (offered, ==, 400);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  spin_until_idle ();
  g_clear_object (&store);
  test_rm_rf (dir);
}

static AdwMessageDialog *
find_leave_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w))
          && adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (w), "leave"))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

/* A window on a fresh diary, its session past the first question. */
static PatellaWindow *
make_window_in_session (PatellaStore *store)
{
  PatellaWindow *window = make_window ();
  PatellaSessionPage *page;
  gint64 end;

  patella_window_set_store (window, store);
  spin_until_idle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-session", NULL));
  spin_until_idle ();
  page = patella_window_get_session_page (window);
  g_assert_true (patella_window_get_in_session (window));
  test_press_shortcut (GTK_WIDGET (page), GDK_KEY_Right, 0);   /* no pain score before */
  end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (g_strcmp0 (patella_session_page_get_view (page), "run") != 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
    }
  return window;
}

/* Answers the leave question (a response given from code does not close
 * the dialog as a click does). */
static void
answer_leave (const char *response)
{
  AdwMessageDialog *dialog;

  spin_until_idle ();
  dialog = find_leave_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin_until_idle ();
}

static void
wait_until_gone (PatellaWindow **window)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (*window != NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
    }
}

/* Closing the window mid-session asks what Escape asks; Stay keeps both. */
static void
test_close_mid_session_asks (void)
{
  g_autofree char *dir = test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "patella.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaStore) store = patella_store_open (path, &error);
  PatellaWindow *window;

  g_assert_no_error (error);
  window = make_window_in_session (store);

  gtk_window_close (GTK_WINDOW (window));
  answer_leave ("stay");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (patella_window_get_in_session (window));

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  answer_leave ("leave");
  wait_until_gone (&window);
  g_clear_object (&store);
  test_rm_rf (dir);
}

/* Ctrl+Q mid-session asks too, and quits only once the user leaves. */
static void
test_quit_mid_session_asks (void)
{
  g_autofree char *dir = test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "patella.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaStore) store = patella_store_open (path, &error);
  PatellaWindow *window;

  g_assert_no_error (error);
  window = make_window_in_session (store);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  answer_leave ("stay");
  g_assert_true (patella_window_get_in_session (window));

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  answer_leave ("leave");
  wait_until_gone (&window);
  g_clear_object (&store);
  test_rm_rf (dir);
}

/* Answers the question an unsaved pain entry asks before it goes. */
static void
answer_discard (const char *response)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  AdwMessageDialog *dialog = NULL;

  spin_until_idle ();
  for (guint i = 0; dialog == NULL && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w))
          && adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (w), "discard"))
        dialog = ADW_MESSAGE_DIALOG (w);
    }
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Discard Changes?");
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin_until_idle ();
}

/* A window with a pain entry open over it, changed and not saved. */
static PatellaPainEntryDialog *
open_unsaved_entry (PatellaWindow *window)
{
  g_autoptr(PatellaPainEntry) entry = patella_pain_entry_new ("2026-06-01", 3, 4);
  PatellaPainEntryDialog *dialog =
    patella_pain_entry_dialog_new (GTK_WINDOW (window), patella_window_get_store (window),
                                   patella_window_get_today (window), NULL);

  gtk_window_present (GTK_WINDOW (dialog));
  spin_until_idle ();
  g_assert_null (patella_pain_entry_dialog_find_unsaved (GTK_WINDOW (window)));
  patella_pain_form_set_entry (patella_pain_entry_dialog_get_form (dialog), entry);
  g_assert_true (patella_pain_entry_dialog_find_unsaved (GTK_WINDOW (window)) == dialog);
  g_assert_true (patella_pain_entry_dialog_find_unsaved (NULL) == dialog);

  return dialog;
}

/* Closing the window, or quitting, over an unsaved pain entry asks what the
 * entry's own close asks: Keep Editing keeps both, Discard lets them go. */
static void
test_close_over_unsaved_entry_asks (void)
{
  g_autofree char *dir = test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "patella.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaStore) store = patella_store_open (path, &error);
  PatellaWindow *window;
  PatellaPainEntryDialog *dialog;

  g_assert_no_error (error);
  window = make_window ();
  patella_window_set_store (window, store);
  spin_until_idle ();
  dialog = open_unsaved_entry (window);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  gtk_window_close (GTK_WINDOW (window));
  answer_discard ("keep");
  g_assert_nonnull (window);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  answer_discard ("keep");
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  gtk_window_close (GTK_WINDOW (window));
  answer_discard ("discard");
  wait_until_gone (&window);
  g_assert_null (dialog);
  g_assert_null (patella_pain_entry_dialog_find_unsaved (NULL));
  g_clear_object (&store);
  test_rm_rf (dir);
}

/* Ctrl+Q over an unsaved entry quits once the user discards it. */
static void
test_quit_over_unsaved_entry_asks (void)
{
  g_autofree char *dir = test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "patella.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaStore) store = patella_store_open (path, &error);
  PatellaWindow *window;

  g_assert_no_error (error);
  window = make_window ();
  patella_window_set_store (window, store);
  spin_until_idle ();
  open_unsaved_entry (window);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  answer_discard ("discard");
  wait_until_gone (&window);
  g_assert_null (patella_pain_entry_dialog_find_unsaved (NULL));
  g_clear_object (&store);
  test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  app = patella_application_new ("io.github.patella.Patella.Test", G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/window/pages-switch-through-action", test_pages_switch_through_action);
  g_test_add_func ("/window/empty-states", test_empty_states);
  g_test_add_func ("/window/pages-share-one-column", test_pages_share_one_column);
  g_test_add_func ("/window/plan-card-opens-editor", test_plan_card_opens_editor);
  g_test_add_func ("/window/fits-narrow-window", test_fits_narrow_window);
  g_test_add_func ("/window/unknown-page-is-refused", test_unknown_page_is_refused);
  g_test_add_func ("/window/accelerators", test_accelerators);
  g_test_add_func ("/window/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/window/size-is-remembered", test_window_size_is_remembered);
  g_test_add_func ("/window/preferences-sound-switch", test_preferences_sound_switch);
  g_test_add_func ("/window/midnight-with-window-open", test_midnight_with_window_open);
  g_test_add_func ("/window/diary-rows-made-when-shown", test_diary_rows_made_when_shown);
  g_test_add_func ("/window/close-mid-session-asks", test_close_mid_session_asks);
  g_test_add_func ("/window/close-over-unsaved-entry-asks", test_close_over_unsaved_entry_asks);
  /* Last: quitting closes every window. */
  g_test_add_func ("/window/quit-mid-session-asks", test_quit_mid_session_asks);
  g_test_add_func ("/window/quit-over-unsaved-entry-asks", test_quit_over_unsaved_entry_asks);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
