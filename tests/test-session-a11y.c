/* test-session-a11y.c: the session screen for someone who does not see it, and at 360 px
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In-process checks of what a screen reader is given (names, the ring's
 * value, where the focus goes), the line shown when no sound can play,
 * and the layout of a phone-sized window. tests/test-session-atspi.py
 * reads the same from a real AT-SPI client.
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "patella-pain-prompt.h"
#include "patella-phase-ring.h"
#include "patella-wrap-box.h"
#include "session-page-fixture.h"

/* Every session.* button in @widget, visible or not. */
static void
collect_session_buttons (GtkWidget *widget,
                         GPtrArray *out)
{
  if (GTK_IS_BUTTON (widget))
    {
      const char *action = gtk_actionable_get_action_name (GTK_ACTIONABLE (widget));

      if (action != NULL && g_str_has_prefix (action, "session."))
        g_ptr_array_add (out, widget);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_session_buttons (child, out);
}

static GtkWidget *
button_for (Fixture    *f,
            const char *action)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_session_buttons (GTK_WIDGET (f->page), buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_str_equal (gtk_actionable_get_action_name (buttons->pdata[i]), action))
      return buttons->pdata[i];

  g_error ("No button for %s", action);
}

/* Checks a string property of @widget's accessible. */
static void
assert_text (GtkWidget             *widget,
             GtkAccessibleProperty  property,
             const char            *text)
{
  g_autofree char *wrong = NULL;

  wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), property, text);
  if (wrong != NULL)
    g_error ("%s has %s, not %s", G_OBJECT_TYPE_NAME (widget), wrong, text);
}

static void
assert_name (GtkWidget  *widget,
             const char *name)
{
  assert_text (widget, GTK_ACCESSIBLE_PROPERTY_LABEL, name);
}

/* A button with words beside its icon: labelled by them, and by nothing
 * else (GTK 4.8 would otherwise say both). */
static void
assert_named_by_words (GtkWidget  *button,
                       const char *words)
{
  GtkWidget *content = gtk_button_get_child (GTK_BUTTON (button));

  g_assert_true (ADW_IS_BUTTON_CONTENT (content));
  g_assert_cmpstr (adw_button_content_get_label (ADW_BUTTON_CONTENT (content)), ==, words);
  g_assert_true (gtk_widget_has_css_class (button, "image-text-button"));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button),
                                                    GTK_ACCESSIBLE_PROPERTY_LABEL));
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button),
                                                   GTK_ACCESSIBLE_RELATION_LABELLED_BY));
}

static PatellaPhaseRing *
ring (Fixture *f)
{
  return PATELLA_PHASE_RING (find_by_type (GTK_WIDGET (f->page), PATELLA_TYPE_PHASE_RING));
}

/* Every page of every stack has a name (GTK 4.8 would say "GtkStackPage"). */
static void
assert_stack_pages_named (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget))
    {
      g_autoptr(GListModel) pages = G_LIST_MODEL (gtk_stack_get_pages (GTK_STACK (widget)));

      for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
        {
          g_autoptr(GtkAccessible) page = g_list_model_get_item (pages, i);

          g_assert_true (gtk_test_accessible_has_property (page, GTK_ACCESSIBLE_PROPERTY_LABEL));
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_stack_pages_named (child);
}

/* Every control has a name of its own, in words: none is left to GTK,
 * which names an icon-only button after its class. Pause says Resume
 * while paused, in its name and not only its icon. */
static void
test_control_names (Fixture       *f,
                    gconstpointer  data)
{
  static const struct { const char *action; const char *name; } named[] = {
    { "session.leave", "Leave the Session" },
    { "session.back", "Back" },
    { "session.skip", "Skip" },
    { "session.stop-set", "Stop This Set Here" },
    { "session.self-paced", "Self-Paced Reps" },
    { "session.mute", "Mute Sound Cues" },
    { "session.fullscreen", "Full Screen" },
  };
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  start (f);
  g_assert_true (press (f, GDK_KEY_3));

  collect_session_buttons (GTK_WIDGET (f->page), buttons);
  /* Pause, My Knee Hurts and How-to besides. */
  g_assert_cmpuint (buttons->len, ==, G_N_ELEMENTS (named) + 3);
  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    assert_name (button_for (f, named[i].action), named[i].name);
  g_assert_true (gtk_test_accessible_has_property (
                   GTK_ACCESSIBLE (button_for (f, "session.how-to")),
                   GTK_ACCESSIBLE_PROPERTY_LABEL));

  /* The two that matter most show their words, and are named by them. */
  assert_named_by_words (button_for (f, "session.report-pain"), "My Knee Hurts");
  assert_named_by_words (button_for (f, "session.pause"), "Pause");
  g_assert_true (press (f, GDK_KEY_space));
  assert_named_by_words (button_for (f, "session.pause"), "Resume");
  g_assert_true (press (f, GDK_KEY_space));
  assert_named_by_words (button_for (f, "session.pause"), "Pause");

  assert_name (GTK_WIDGET (ring (f)), "Phase progress");
  assert_stack_pages_named (GTK_WIDGET (f->page));
}

/* The value's words, also the description (what GTK 4.8 gives AT-SPI). */
static void
assert_value_text (PatellaPhaseRing *r,
                   const char       *text)
{
  assert_text (GTK_WIDGET (r), GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text);
  assert_text (GTK_WIDGET (r), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text);
}

/* The ring says what its number counts, on screen (a caption) and to a
 * screen reader (its value), and follows the number as it changes. */
static void
test_ring_value (Fixture       *f,
                 gconstpointer  data)
{
  PatellaPhaseRing *r = ring (f);
  g_autofree char *wrong = NULL;

  start (f);
  g_assert_true (press (f, GDK_KEY_3));
  g_assert_true (at (f, "glute-bridge", PATELLA_PHASE_GET_READY));
  g_assert_cmpstr (patella_phase_ring_get_text (r), ==, "1");
  g_assert_cmpstr (patella_phase_ring_get_caption (r), ==, "second");
  assert_value_text (r, "1 second left");

  /* The reps count up, out of the set's reps. */
  g_assert_true (press (f, GDK_KEY_Right));
  g_assert_true (at (f, "glute-bridge", PATELLA_PHASE_UP));
  g_assert_cmpstr (patella_phase_ring_get_text (r), ==, "1");
  g_assert_cmpstr (patella_phase_ring_get_caption (r), ==, "rep");
  assert_value_text (r, "Rep 1 of 2");
  wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (r),
                                              GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 2.0);
  g_assert_null (wrong);
  RUN_UNTIL (f, patella_engine_get_rep (engine (f)) == 2);
  assert_value_text (r, "Rep 2 of 2");
  wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (r),
                                              GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, 2.0);
  g_assert_null (wrong);

  /* The rest counts down its two seconds, a second at a time. */
  RUN_UNTIL (f, at (f, "glute-bridge", PATELLA_PHASE_REST));
  g_assert_cmpstr (patella_phase_ring_get_text (r), ==, "2");
  g_assert_cmpstr (patella_phase_ring_get_caption (r), ==, "seconds");
  assert_value_text (r, "2 seconds left");
  patella_fake_clock_advance (f->clock, G_USEC_PER_SEC);
  SPIN_UNTIL (g_str_equal (patella_phase_ring_get_text (r), "1"));
  assert_value_text (r, "1 second left");
  wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (r),
                                              GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, 1.0);
  g_assert_null (wrong);
}

/* The pain prompt that holds the focus, if any. */
static PatellaPainPrompt *
focused_prompt (Fixture *f)
{
  GtkWidget *focus = gtk_window_get_focus (f->window);
  GtkWidget *w;

  for (w = focus; w != NULL && !PATELLA_IS_PAIN_PROMPT (w); w = gtk_widget_get_parent (w))
    ;
  if (w == NULL)
    return NULL;

  /* A number of the scale, in a group the question names. */
  g_assert_true (GTK_IS_TOGGLE_BUTTON (focus));
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (gtk_widget_get_parent (focus)),
                                               GTK_ACCESSIBLE_ROLE_GROUP));
  {
    /* Translators' format in the prompt: "<question>, 0 to 10". */
    g_autofree char *name = g_strdup_printf ("%s, 0 to 10",
                                             patella_pain_prompt_get_title (PATELLA_PAIN_PROMPT (w)));
    g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (gtk_widget_get_parent (focus)),
                                                                 GTK_ACCESSIBLE_PROPERTY_LABEL, name);

    g_assert_null (wrong);
  }
  return PATELLA_PAIN_PROMPT (w);
}

static void
assert_focus_on_question (Fixture    *f,
                          const char *question)
{
  PatellaPainPrompt *prompt = focused_prompt (f);

  g_assert_nonnull (prompt);
  g_assert_cmpstr (patella_pain_prompt_get_title (prompt), ==, question);
}

static void
assert_focus_on_ring (Fixture *f)
{
  g_assert_true (gtk_window_get_focus (f->window) == GTK_WIDGET (ring (f)));
}

/* The focus goes where the screen asks something, so a screen reader
 * says the question; and back to the phase once the exercise runs. */
static void
test_focus_follows_questions (Fixture       *f,
                              gconstpointer  data)
{
  start (f);
  assert_focus_on_question (f, "How is your knee right now?");

  g_assert_true (press (f, GDK_KEY_3));
  assert_focus_on_ring (f);

  /* P: "my knee hurts", asked at once. */
  g_assert_true (press (f, GDK_KEY_p));
  assert_focus_on_question (f, "How much does your knee hurt right now?");
  g_assert_true (press (f, GDK_KEY_2));
  assert_focus_on_ring (f);

  /* The question after the exercise's last set. */
  RUN_UNTIL (f, g_str_equal (patella_session_page_get_info (f->page), "pain"));
  g_assert_true (at (f, "glute-bridge", PATELLA_PHASE_EXERCISE_DONE));
  assert_focus_on_question (f, "How much did your knee hurt during that?");
  g_assert_true (press (f, GDK_KEY_2));
  assert_focus_on_ring (f);

  /* The wall squat's rest asks; 5 brings the advice: its first button. */
  RUN_UNTIL (f, g_str_equal (patella_session_page_get_info (f->page), "pain"));
  assert_focus_on_question (f, "How much did your knee hurt during that set?");
  g_assert_true (press (f, GDK_KEY_5));
  g_assert_cmpstr (patella_session_page_get_info (f->page), ==, "advice");
  g_assert_true (GTK_IS_BUTTON (gtk_window_get_focus (f->window)));
  g_assert_true (gtk_test_accessible_has_role (
                   GTK_ACCESSIBLE (gtk_widget_get_parent (gtk_window_get_focus (f->window))),
                   GTK_ACCESSIBLE_ROLE_GROUP) ||
                 gtk_test_accessible_has_role (
                   GTK_ACCESSIBLE (gtk_widget_get_parent (gtk_widget_get_parent (
                     gtk_window_get_focus (f->window)))),
                   GTK_ACCESSIBLE_ROLE_GROUP));
  g_assert_false (gtk_test_accessible_has_property (
                    GTK_ACCESSIBLE (gtk_window_get_focus (f->window)),
                    GTK_ACCESSIBLE_PROPERTY_LABEL));
  g_assert_true (press (f, GDK_KEY_Right));
  assert_focus_on_ring (f);

  /* The summary asks how the knee is now. */
  run_to_summary (f);
  assert_focus_on_question (f, "How is your knee now?");
}

/* No sound device: a line says so for the session, not while muted, and
 * none with a working sink. */
static void
test_sound_note (Fixture       *f,
                 gconstpointer  data)
{
  start (f);
  g_assert_true (press (f, GDK_KEY_3));
  g_assert_null (patella_session_page_get_sound_note (f->page));
  g_assert_true (press (f, GDK_KEY_Escape));
  SPIN_UNTIL (find_dialog ("leave") != NULL);
  adw_message_dialog_response (find_dialog ("leave"), "leave");
  SPIN_UNTIL (!patella_session_page_get_active (f->page));
  /* A new session starts later than the last one did. */
  patella_fake_clock_advance (f->clock, 60 * G_USEC_PER_SEC);

  patella_recording_sink_set_failing (f->sink, TRUE);
  g_test_expect_message (NULL, G_LOG_LEVEL_MESSAGE, "Session sounds are off: *");
  start (f);
  g_test_assert_expected_messages ();
  g_assert_true (press (f, GDK_KEY_3));
  g_assert_cmpstr (patella_session_page_get_sound_note (f->page),
                   ==, "No sound device: cues are shown on screen only");

  g_assert_true (press (f, GDK_KEY_m));
  g_assert_null (patella_session_page_get_sound_note (f->page));
  g_assert_true (press (f, GDK_KEY_m));
  g_assert_nonnull (patella_session_page_get_sound_note (f->page));
}

/* Lets a few frames lay the window out and draw it. */
static void
shot_frames (Fixture *f)
{
  gint64 end = g_get_monotonic_time () + 100 * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
}

static graphene_rect_t
bounds_in_page (Fixture   *f,
                GtkWidget *widget)
{
  graphene_rect_t r;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (f->page), &r));
  return r;
}

static GtkWidget *
instructions_scroller (Fixture *f)
{
  GtkWidget *w = find_by_type (GTK_WIDGET (f->page), GTK_TYPE_SCROLLED_WINDOW);

  /* The summary's comes later in the tree: the first is the run's. */
  g_assert_nonnull (w);
  return w;
}

/* A phone-sized window: every control fits, on centred lines, above the
 * instructions' end; the ring keeps its size; the no-sound line takes no
 * room from the phase. */
static void
test_narrow_window (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *controls;
  graphene_rect_t page, bar, text, r;
  int lines = 0;
  float line_y = -1;

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->page)), <=, 360);
  /* With no sound device, its line shows too: the tightest screen. */
  patella_recording_sink_set_failing (f->sink, TRUE);
  g_test_expect_message (NULL, G_LOG_LEVEL_MESSAGE, "Session sounds are off: *");
  start (f);
  g_test_assert_expected_messages ();
  g_assert_true (press (f, GDK_KEY_3));
  g_assert_nonnull (patella_session_page_get_sound_note (f->page));
  controls = find_by_type (GTK_WIDGET (f->page), PATELLA_TYPE_WRAP_BOX);
  SPIN_UNTIL (gtk_widget_get_mapped (controls) && gtk_widget_get_width (controls) > 0);

  page = bounds_in_page (f, GTK_WIDGET (f->page));
  bar = bounds_in_page (f, controls);
  g_assert_cmpfloat (bar.origin.x, >=, 0);
  g_assert_cmpfloat (bar.origin.x + bar.size.width, <=, page.size.width);
  g_assert_cmpfloat (bar.origin.y + bar.size.height, <=, page.size.height);

  for (GtkWidget *b = gtk_widget_get_first_child (controls); b != NULL;
       b = gtk_widget_get_next_sibling (b))
    {
      graphene_rect_t first = bounds_in_page (f, b), last = first;

      if (first.origin.y == line_y)
        continue;
      /* A new line: it is centred in the bar. */
      line_y = first.origin.y;
      lines++;
      for (GtkWidget *n = b; n != NULL && bounds_in_page (f, n).origin.y == line_y;
           n = gtk_widget_get_next_sibling (n))
        last = bounds_in_page (f, n);
      g_assert_cmpfloat (fabsf ((first.origin.x - bar.origin.x)
                                - (bar.origin.x + bar.size.width
                                   - last.origin.x - last.size.width)), <=, 1.0);
    }
  g_assert_cmpint (lines, ==, 2);

  text = bounds_in_page (f, instructions_scroller (f));
  g_assert_cmpfloat (text.origin.y + text.size.height, <=, bar.origin.y);
  g_assert_cmpfloat (text.size.height, >=, 40);

  r = bounds_in_page (f, GTK_WIDGET (ring (f)));
  g_assert_cmpfloat (MIN (r.size.width, r.size.height), >=, 112);

  /* Phase after phase, the caption coming and going, each new layout
   * takes a frame, not minutes (a ring whose least size followed its
   * caption once sent GTK measuring without end at this width). */
  for (guint i = 0; i < 12; i++)
    {
      gint64 start_us = g_get_monotonic_time ();

      g_assert_true (patella_fake_clock_run_next (f->clock));
      spin_idle ();
      if (g_str_equal (patella_session_page_get_info (f->page), "pain"))
        g_assert_true (press (f, GDK_KEY_n));
      shot_frames (f);
      g_assert_cmpint (g_get_monotonic_time () - start_us, <, 2 * G_USEC_PER_SEC);
    }
}

int
main (int   argc,
      char *argv[])
{
  static const int phone[] = { 360, 640 };
  g_autoptr(GtkCssProvider) css = NULL;

  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  /* The test command provides a display (xvfb-run). */
  if (!gtk_init_check ())
    g_error ("No display: run the tests with build-aux/dev test, which provides one");
  adw_init ();
  /* What AdwApplication loads for the app: its sizes are what fit 360 px. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PATH "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

#define ADD(name, func) \
  g_test_add ("/session-a11y/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("control-names", test_control_names);
  ADD ("ring-value", test_ring_value);
  ADD ("focus-follows-questions", test_focus_follows_questions);
  ADD ("sound-note", test_sound_note);
  g_test_add ("/session-a11y/narrow-window", Fixture, phone, fixture_set_up, test_narrow_window,
              fixture_tear_down);
#undef ADD

  return g_test_run ();
}
