/* test-plan-window.c: the plan editor, driven by keyboard alone
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With PATELLA_SHOTS=DIR set, the last test also saves the editor at
 * 1280×800 and 360×640 into DIR.
 */
#include "config.h"

#include "patella-catalogue.h"
#include "patella-day-plan.h"
#include "patella-plan-window.h"
#include "patella-store-plan.h"
#include "patella-store-private.h"
#include "program-test-util.h"

#define DAY "2026-03-04"

typedef struct
{
  char              *dir;
  PatellaStore      *store;
  PatellaFakeClock  *clock;
  PatellaToday      *today;
  PatellaPlanWindow *window;
  gint64             program_id;
} Fixture;

static PatellaDose
default_dose (const char *id)
{
  return *patella_exercise_get_default_dose (
    patella_catalogue_lookup (patella_catalogue_get_default (), id));
}

static void
open_editor (Fixture *f,
             int      width,
             int      height)
{
  f->window = patella_plan_window_new (NULL, f->store, f->today, PATELLA_SIDE_RIGHT);
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, height);
  gtk_window_present (GTK_WINDOW (f->window));
  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (f->window)));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  PatellaStorePlanItem items[] = {
    { "clamshell", default_dose ("clamshell") },
    { "glute-bridge", default_dose ("glute-bridge") },
    { "wall-squat", default_dose ("wall-squat") },
  };
  PatellaProgram program;

  f->dir = test_make_tmp_dir ();
  path = g_build_filename (f->dir, "patella.db", NULL);
  f->store = patella_store_open (path, &error);
  g_assert_no_error (error);
  f->clock = test_clock_at_day (DAY);
  f->today = patella_today_new (PATELLA_CLOCK (f->clock));
  now = patella_today_dup_now (f->today);
  patella_program_init (&program, "2026-03-02");
  f->program_id = patella_store_start_program (f->store, &program, PATELLA_STORE_NO_REMINDER,
                                               items, G_N_ELEMENTS (items), now, &error);
  g_assert_no_error (error);
  open_editor (f, 640, 720);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  spin_idle ();
  g_assert_null (f->window);
  g_assert_finalize_object (f->store);
  g_assert_finalize_object (f->today);
  g_clear_object (&f->clock);
  test_rm_rf (f->dir);
  g_free (f->dir);
}

static GArray *
plan (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GArray *items = patella_store_list_plan (f->store, f->program_id, &error);

  g_assert_no_error (error);
  return items;
}

static const char *
plan_id (Fixture *f,
         guint    i)
{
  g_autoptr(GArray) items = plan (f);

  return i < items->len ? g_array_index (items, PatellaStorePlanItem, i).exercise_id : NULL;
}

static guint
plan_len (Fixture *f)
{
  g_autoptr(GArray) items = plan (f);

  return items->len;
}

static GtkWidget *
find (Fixture    *f,
      GType       type,
      const char *text)
{
  GtkWidget *widget = test_find_visible (GTK_WIDGET (f->window), type, text);

  if (widget == NULL)
    g_error ("No visible %s “%s” in the editor", g_type_name (type), text);
  return widget;
}

static void
tab_and_press (Fixture    *f,
               GType       type,
               const char *text)
{
  test_tab_to (GTK_WINDOW (f->window), find (f, type, text));
  test_press_focus (GTK_WINDOW (f->window));
}

static int
count (Fixture    *f,
       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_prepare_v2 (f->store->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* Move up, remove, undo: the store follows, the focus stays put, and every
 * step is in the history as a user edit. */
static void
test_order_remove_undo (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *focus;

  tab_and_press (f, GTK_TYPE_BUTTON, "Move Glute bridge Up");
  SPIN_UNTIL (g_strcmp0 (plan_id (f, 0), "glute-bridge") == 0);
  /* At the top "up" is off: the focus is on "down" of the same exercise. */
  focus = gtk_window_get_focus (GTK_WINDOW (f->window));
  g_assert_nonnull (focus);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (focus), ==, "Move Glute bridge Down");

  tab_and_press (f, GTK_TYPE_BUTTON, "Remove Wall squat from the Plan");
  SPIN_UNTIL (plan_len (f) == 2);
  g_assert_null (test_find_visible (GTK_WIDGET (f->window), GTK_TYPE_BUTTON,
                                    "Remove Wall squat from the Plan"));

  tab_and_press (f, GTK_TYPE_BUTTON, "_Undo");
  SPIN_UNTIL (plan_len (f) == 3);
  g_assert_cmpstr (plan_id (f, 2), ==, "wall-squat");
  g_assert_cmpint (count (f, "SELECT count(*) FROM dose_change WHERE reason = 'user-edit'"), ==, 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM dose_change WHERE event = 'removed'"), ==, 1);

  /* Escape closes the editor. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "window.close", NULL);
  SPIN_UNTIL (f->window == NULL);
}

/* Open an exercise, step its sets up with the arrow keys (the spin button
 * stops at the limit), save: the next session's dose. */
static void
test_dose_edit (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *expander = find (f, ADW_TYPE_EXPANDER_ROW, "Clamshell");
  GtkWidget *sets;
  g_autoptr(GArray) items = NULL;

  test_tab_to (GTK_WINDOW (f->window), expander);
  test_press_focus (GTK_WINDOW (f->window));
  SPIN_UNTIL (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (expander)));

  SPIN_UNTIL ((sets = test_find_visible (expander, GTK_TYPE_SPIN_BUTTON, NULL)) != NULL);
  /* One name each for a screen reader: the row and the lists libadwaita
   * lays it out in are the exercise's, the dose's fields their titles. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (expander), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Clamshell");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (test_find_visible (expander,
                                                                          GTK_TYPE_LIST_BOX,
                                                                          NULL)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Clamshell");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (sets), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Sets");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (test_find_visible (expander,
                                                                          GTK_TYPE_BUTTON,
                                                                          "_Save Dose")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Save Dose");
  g_assert_cmpstr (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (sets)) ==
                   GTK_ACCESSIBLE_ROLE_SPIN_BUTTON ? "spin" : "other", ==, "spin");
  test_tab_to (GTK_WINDOW (f->window), sets);
  test_spin_steps (GTK_SPIN_BUTTON (sets), 20);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (sets)), ==,
                   PATELLA_DOSE_MAX_SETS);
  /* Typed in, as a person would after reaching the top. */
  gtk_editable_set_text (GTK_EDITABLE (sets), "4");

  test_tab_to (GTK_WINDOW (f->window), test_find_visible (expander, GTK_TYPE_BUTTON,
                                                          "_Save Dose"));
  test_press_focus (GTK_WINDOW (f->window));
  items = plan (f);
  SPIN_UNTIL (count (f, "SELECT sets FROM plan_exercise WHERE exercise = 'clamshell'") == 4);
  g_assert_cmpint (count (f, "SELECT count(*) FROM dose_change WHERE reason = 'user-edit'"
                             " AND event = 'dose' AND sets = 4"), ==, 1);
}

static void
shoot (GtkWindow  *window,
       const char *dir,
       const char *name)
{
  GtkWidget *w = GTK_WIDGET (window);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (w);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (w);
  int height = gtk_widget_get_height (w);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_strdup_printf ("%s/%s-%dx%d.png", dir, name, width, height);
  gdk_texture_save_to_png (texture, path);
  g_test_message ("saved %s", path);
}

static void
spin_for (guint msec)
{
  gint64 end = g_get_monotonic_time () + msec * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
}

/* From the catalogue, and one of the user's own: both join the plan, and
 * the day's plan (what a session runs) finds the user's exercise. */
static void
test_add (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(PatellaDayPlan) day = NULL;
  g_autoptr(GError) error = NULL;
  const char *shots = g_getenv ("PATELLA_SHOTS");
  const PatellaTimelineItem *last;

  tab_and_press (f, GTK_TYPE_BUTTON, "Add Hamstring stretch to the Plan");
  SPIN_UNTIL (plan_len (f) == 4);
  g_assert_cmpstr (plan_id (f, 3), ==, "hamstring-stretch");

  test_tab_to (GTK_WINDOW (f->window), find (f, ADW_TYPE_ENTRY_ROW, "Name"));
  gtk_editable_set_text (GTK_EDITABLE (find (f, ADW_TYPE_ENTRY_ROW, "Name")), "Step-downs");
  gtk_editable_set_text (GTK_EDITABLE (find (f, ADW_TYPE_ENTRY_ROW, "Steps, separated by “;”")),
                         "Stand on a low step; Lower the other heel slowly");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find (f, ADW_TYPE_COMBO_ROW, "Kind")), 1);
  tab_and_press (f, GTK_TYPE_BUTTON, "_Add to Plan");
  SPIN_UNTIL (plan_len (f) == 5);
  g_assert_cmpstr (plan_id (f, 4), ==, "custom-step-downs");
  /* The form is ready for another. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find (f, ADW_TYPE_ENTRY_ROW, "Name"))),
                   ==, "");

  day = patella_day_plan_load (f->store, DAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (day->items->len, ==, 5);
  last = &g_array_index (day->items, PatellaTimelineItem, 4);
  g_assert_cmpstr (patella_exercise_get_name (last->exercise), ==, "Step-downs");
  g_assert_cmpint (patella_exercise_get_work_kind (last->exercise), ==, PATELLA_WORK_REPS_HOLD);
  g_assert_cmpstr (patella_exercise_get_steps (last->exercise)[1], ==,
                   "Lower the other heel slowly");
  /* A session runs it like any other: one set of 10 with a 5 s hold, each side. */
  {
    PatellaTimelineOptions options = { 0 };
    g_autoptr(PatellaTimeline) timeline = NULL;

    options.affected_side = PATELLA_SIDE_RIGHT;
    timeline = patella_timeline_new (last, 1, &options, &error);
    g_assert_no_error (error);
    g_assert_cmpint (patella_timeline_get_duration_usec (timeline), >,
                     2 * 10 * 5 * G_USEC_PER_SEC);
  }

  /* Removed, it is offered again with the catalogue's. */
  tab_and_press (f, GTK_TYPE_BUTTON, "Remove Step-downs from the Plan");
  SPIN_UNTIL (plan_len (f) == 4);
  tab_and_press (f, GTK_TYPE_BUTTON, "Add Step-downs to the Plan");
  SPIN_UNTIL (plan_len (f) == 5);

  /* A name left empty: refused in words, nothing kept. */
  tab_and_press (f, GTK_TYPE_BUTTON, "_Add to Plan");
  spin_idle ();
  g_assert_cmpuint (plan_len (f), ==, 5);
  g_assert_cmpint (count (f, "SELECT count(*) FROM custom_exercise"), ==, 1);

  for (guint i = 0; shots != NULL && i < 2; i++)
    {
      GtkWidget *expander;

      gtk_window_destroy (GTK_WINDOW (f->window));
      spin_idle ();
      open_editor (f, i == 0 ? 1280 : 360, i == 0 ? 800 : 640);
      expander = find (f, ADW_TYPE_EXPANDER_ROW, "Glute bridge");
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
      spin_for (800);
      shoot (GTK_WINDOW (f->window), shots, "plan-editor");
    }
}

/* Without a program there is nothing to edit: the editor says what to do. */
static void
test_no_program (void)
{
  g_autofree char *dir = test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "patella.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaStore) store = patella_store_open (path, &error);
  g_autoptr(PatellaFakeClock) clock = test_clock_at_day (DAY);
  g_autoptr(PatellaToday) today = patella_today_new (PATELLA_CLOCK (clock));
  PatellaPlanWindow *window = patella_plan_window_new (NULL, store, today, PATELLA_SIDE_LEFT);

  gtk_window_present (GTK_WINDOW (window));
  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_null (test_find_visible (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Add to Plan"));
  gtk_window_destroy (GTK_WINDOW (window));
  spin_idle ();
  g_clear_object (&store);
  test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    g_error ("No display: run the tests with build-aux/dev test, which provides one");
  adw_init ();

#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/plan-window/order-remove-undo", test_order_remove_undo);
  ADD ("/plan-window/dose-edit", test_dose_edit);
  ADD ("/plan-window/add", test_add);
#undef ADD
  g_test_add_func ("/plan-window/no-program", test_no_program);

  return g_test_run ();
}
