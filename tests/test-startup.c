/* test-startup.c: what the main window builds before its first frame
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Patella opens every day for years, so its start must not grow with
 * what the first frame does not show: the other pages, the session
 * screen, the shortcuts window and the closed list of warning signs are
 * made (or shown) only when first asked for.
 */
#include "config.h"

#include "patella-application.h"
#include "patella-diary-page.h"
#include "patella-pain-form.h"
#include "patella-plan-card.h"
#include "patella-progress-page.h"
#include "patella-session-page.h"
#include "patella-warning-signs.h"
#include "patella-window.h"
#include "store-test-util.h"

static PatellaApplication *app;

typedef struct {
  char          *dir;
  PatellaStore  *store;
  PatellaWindow *window;
} Fixture;

static void
spin_until_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static GtkWidget *
find (GtkWidget *widget,
      GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (widget, type, found);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

/* The rows of the warning signs: the action rows holding a check button. */
static GPtrArray *
sign_rows (GtkWidget *form)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GPtrArray *signs = g_ptr_array_new ();

  collect (find (form, ADW_TYPE_EXPANDER_ROW), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (find (g_ptr_array_index (rows, i), GTK_TYPE_CHECK_BUTTON) != NULL)
      g_ptr_array_add (signs, g_ptr_array_index (rows, i));

  return signs;
}

static guint
n_visible (GPtrArray *widgets)
{
  guint n = 0;

  for (guint i = 0; i < widgets->len; i++)
    n += gtk_widget_get_visible (g_ptr_array_index (widgets, i));

  return n;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = test_make_tmp_dir ();
  path = g_build_filename (f->dir, "patella.db", NULL);
  f->store = patella_store_open (path, &error);
  g_assert_no_error (error);

  f->window = patella_window_new (app);
  patella_window_set_store (f->window, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (f->window)))
    g_main_context_iteration (NULL, TRUE);
  spin_until_idle ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  spin_until_idle ();
  g_clear_object (&f->store);
  test_rm_rf (f->dir);
  g_free (f->dir);
}

/* The first frame's icons are PNGs: drawing an SVG would load librsvg
 * (6.5 MiB). Runs first, before any other test draws an SVG. */
static void
test_first_frame_loads_no_svg (Fixture       *f,
                               gconstpointer  data)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  const char *names[] = { "patella-progress-symbolic", "adw-expander-arrow-symbolic" };
  g_autofree char *maps = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GtkIconPaintable) icon =
        gtk_icon_theme_lookup_icon (theme, names[i], NULL, 16, 1, GTK_TEXT_DIR_LTR, 0);
      g_autoptr(GFile) file = gtk_icon_paintable_get_file (icon);
      g_autofree char *uri = g_file_get_uri (file);

      g_assert_true (g_str_has_prefix (uri, "resource:///io/github/patella/Patella/icons/16x16/"));
      g_assert_true (g_str_has_suffix (uri, ".symbolic.png"));
    }

  /* Hidden, not only off screen: the empty state is not even styled. */
  g_assert_false (gtk_widget_get_visible (find (GTK_WIDGET (f->window), ADW_TYPE_STATUS_PAGE)));

  /* The window is drawn: its icons are loaded by now. */
  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  g_assert_null (strstr (maps, "librsvg"));
}

/* No label on Today wraps at any letter: measured at a letter's width,
 * a row's title was shaped again for every line, most of the text work
 * before the first frame. */
static void
test_today_wraps_at_words (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint wrapped = 0;

  collect (GTK_WIDGET (f->window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      /* Hidden ones (Today's empty state, the closed signs) are not measured. */
      if (!gtk_label_get_wrap (label) || !gtk_widget_is_visible (GTK_WIDGET (label)))
        continue;
      wrapped++;
      if (gtk_label_get_wrap_mode (label) == PANGO_WRAP_WORD_CHAR)
        g_error ("“%s” wraps at any letter", gtk_label_get_label (label));
    }
  g_assert_cmpuint (wrapped, >, 10);
}

/* Only Today exists at start; the others are made when first shown. */
static void
test_hidden_pages_not_made (Fixture       *f,
                            gconstpointer  data)
{
  GtkWidget *root = GTK_WIDGET (f->window);
  PatellaProgressPage *progress;

  g_assert_cmpstr (patella_window_get_visible_page (f->window), ==, "today");
  g_assert_null (find (root, PATELLA_TYPE_DIARY_PAGE));
  g_assert_null (find (root, PATELLA_TYPE_PROGRESS_PAGE));
  g_assert_null (find (root, PATELLA_TYPE_SESSION_PAGE));
  /* At this width the pages' switcher is in the header: the bottom one,
   * not revealed, has no buttons yet (test-window shows it narrow). */
  g_assert_null (adw_view_switcher_bar_get_stack (ADW_VIEW_SWITCHER_BAR (find (root,
                                                    ADW_TYPE_VIEW_SWITCHER_BAR))));
  g_assert_null (find (find (root, ADW_TYPE_VIEW_SWITCHER_BAR), GTK_TYPE_TOGGLE_BUTTON));

  /* Saving the charts asks for Progress without showing it. */
  progress = patella_window_get_progress_page (f->window);
  g_assert_nonnull (progress);
  g_assert_true (find (root, PATELLA_TYPE_PROGRESS_PAGE) == GTK_WIDGET (progress));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (progress)));
  g_assert_true (patella_progress_page_get_store (progress) == f->store);

  /* Shown, the diary is made once, with the window's diary. */
  g_assert_true (gtk_widget_activate_action (root, "win.show-page", "s", "diary"));
  spin_until_idle ();
  g_assert_nonnull (find (root, PATELLA_TYPE_DIARY_PAGE));
  g_assert_true (gtk_widget_get_mapped (find (root, PATELLA_TYPE_DIARY_PAGE)));
  g_assert_true (patella_diary_page_get_store (PATELLA_DIARY_PAGE (find (root,
                                                 PATELLA_TYPE_DIARY_PAGE))) == f->store);
  g_assert_true (gtk_widget_activate_action (root, "win.show-page", "s", "progress"));
  spin_until_idle ();
  g_assert_true (patella_window_get_progress_page (f->window) == progress);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (progress)));
}

/* Today shows the logged entry as a summary: the pain form is made only
 * when its dialog opens, not at startup. */
static void
test_pain_form_not_made_at_startup (Fixture       *f,
                                    gconstpointer  data)
{
  g_assert_null (find (GTK_WIDGET (f->window), PATELLA_TYPE_PAIN_FORM));
}

/* The main menu's popover is made when first opened, not at start. */
static void
test_main_menu_made_on_demand (Fixture       *f,
                               gconstpointer  data)
{
  GtkWidget *header = find (GTK_WIDGET (f->window), ADW_TYPE_HEADER_BAR);
  GtkMenuButton *button = GTK_MENU_BUTTON (find (header, GTK_TYPE_MENU_BUTTON));
  GtkPopover *popover;
  GMenuModel *model;

  g_assert_true (gtk_menu_button_get_primary (button));
  g_assert_null (gtk_menu_button_get_popover (button));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (button)));

  gtk_menu_button_popup (button);
  spin_until_idle ();
  popover = gtk_menu_button_get_popover (button);
  model = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (popover);
  g_assert_nonnull (model);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_cmpint (g_menu_model_get_n_items (model), >, 0);

  /* Opened again, the same popover. */
  gtk_menu_button_popdown (button);
  spin_until_idle ();
  gtk_menu_button_popup (button);
  spin_until_idle ();
  g_assert_true (gtk_menu_button_get_popover (button) == popover);
  gtk_menu_button_popdown (button);
}

/* Today's plan rows are built once, when the window is realized: the
 * store, the day and the settings each arrive while the window is made,
 * and each used to rebuild every row before the first frame. */
static void
test_plan_rows_built_once (void)
{
  g_autofree char *dir = test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "patella.db", NULL);
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(GPtrArray) before = g_ptr_array_new ();
  g_autoptr(GPtrArray) after = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  PatellaWindow *window;
  GtkWidget *card;
  GtkWidget *first_row = NULL;

  store = patella_store_open (path, &error);
  g_assert_no_error (error);
  window = patella_window_new (app);
  patella_window_set_store (window, store);
  card = find (GTK_WIDGET (window), PATELLA_TYPE_PLAN_CARD);

  /* Store, day and settings are set: still only the unfinished-session row. */
  collect (card, ADW_TYPE_ACTION_ROW, before);
  g_assert_cmpuint (before->len, ==, 1);

  gtk_widget_realize (GTK_WIDGET (window));
  collect (card, ADW_TYPE_ACTION_ROW, after);
  g_assert_cmpuint (after->len, ==, 1 + patella_plan_card_get_n_exercises (PATELLA_PLAN_CARD (card)));
  g_assert_cmpuint (after->len, >, 1);
  for (guint i = 0; i < after->len && first_row == NULL; i++)
    if (gtk_list_box_row_get_activatable (g_ptr_array_index (after, i)))
      first_row = g_ptr_array_index (after, i);
  g_assert_nonnull (first_row);
  g_object_add_weak_pointer (G_OBJECT (first_row), (gpointer *) &first_row);

  /* Shown, the same rows stay. */
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  spin_until_idle ();
  g_assert_nonnull (first_row);
  g_assert_true (gtk_widget_get_mapped (first_row));
  g_object_remove_weak_pointer (G_OBJECT (first_row), (gpointer *) &first_row);

  gtk_window_destroy (GTK_WINDOW (window));
  spin_until_idle ();
  test_rm_rf (dir);
}

/* A closed expander still measures its rows, so the warning signs stay
 * hidden until it is first opened; then they stay. */
static void
test_warning_signs_hidden_until_opened (void)
{
  GtkWidget *form = g_object_ref_sink (GTK_WIDGET (patella_pain_form_new ()));
  AdwExpanderRow *expander = ADW_EXPANDER_ROW (find (form, ADW_TYPE_EXPANDER_ROW));
  g_autoptr(GPtrArray) rows = sign_rows (form);

  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (PATELLA_WARNING_SIGNS));
  g_assert_false (adw_expander_row_get_expanded (expander));
  g_assert_cmpuint (n_visible (rows), ==, 0);

  adw_expander_row_set_expanded (expander, TRUE);
  g_assert_cmpuint (n_visible (rows), ==, rows->len);
  adw_expander_row_set_expanded (expander, FALSE);
  g_assert_cmpuint (n_visible (rows), ==, rows->len);

  g_object_unref (form);
}

/* A day with a sign ticked opens the list, and shows the rows. */
static void
test_ticked_sign_is_shown (void)
{
  GtkWidget *form = g_object_ref_sink (GTK_WIDGET (patella_pain_form_new ()));
  g_autoptr(PatellaPainEntry) entry = patella_pain_entry_new ("2026-06-01", 3, 5);
  g_autoptr(GPtrArray) rows = sign_rows (form);

  g_assert_cmpuint (n_visible (rows), ==, 0);
  entry->signs = PATELLA_WARNING_SIGNS[2];
  patella_pain_form_set_entry (PATELLA_PAIN_FORM (form), entry);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (find (form,
                                                                   ADW_TYPE_EXPANDER_ROW))));
  g_assert_cmpuint (n_visible (rows), ==, rows->len);
  g_assert_cmpuint (patella_pain_form_get_signs (PATELLA_PAIN_FORM (form)), ==,
                    PATELLA_WARNING_SIGNS[2]);

  g_object_unref (form);
}

/* The shortcuts window is built when first asked for, then kept. */
static void
test_shortcuts_window_made_on_demand (Fixture       *f,
                                      gconstpointer  data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (f->window);
  GtkShortcutsWindow *overlay;

  g_assert_null (gtk_application_window_get_help_overlay (window));

  /* GTK 4.8's shortcuts window warns about its own key caps' widths
   * ("reported min width -3") whoever builds it: not fatal here. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
  spin_until_idle ();
  overlay = gtk_application_window_get_help_overlay (window);
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (window));

  gtk_window_close (GTK_WINDOW (overlay));
  spin_until_idle ();
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
  spin_until_idle ();
  g_assert_true (gtk_application_window_get_help_overlay (window) == overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  gtk_window_close (GTK_WINDOW (overlay));
  spin_until_idle ();
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  app = patella_application_new ("io.github.patella.Patella.Test", G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add ("/startup/first-frame-loads-no-svg", Fixture, NULL,
              fixture_set_up, test_first_frame_loads_no_svg, fixture_tear_down);
  g_test_add ("/startup/today-wraps-at-words", Fixture, NULL,
              fixture_set_up, test_today_wraps_at_words, fixture_tear_down);
  g_test_add ("/startup/hidden-pages-not-made", Fixture, NULL,
              fixture_set_up, test_hidden_pages_not_made, fixture_tear_down);
  g_test_add ("/startup/pain-form-not-made-at-startup", Fixture, NULL,
              fixture_set_up, test_pain_form_not_made_at_startup, fixture_tear_down);
  g_test_add_func ("/startup/warning-signs-hidden-until-opened",
                   test_warning_signs_hidden_until_opened);
  g_test_add_func ("/startup/ticked-sign-is-shown", test_ticked_sign_is_shown);
  g_test_add_func ("/startup/plan-rows-built-once", test_plan_rows_built_once);
  g_test_add ("/startup/main-menu-made-on-demand", Fixture, NULL,
              fixture_set_up, test_main_menu_made_on_demand, fixture_tear_down);
  g_test_add ("/startup/shortcuts-window-made-on-demand", Fixture, NULL,
              fixture_set_up, test_shortcuts_window_made_on_demand, fixture_tear_down);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
