/* program-test-util.h: a diary, a fake day and keyboard steps for the program's UI tests
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-fake-clock.h"
#include "patella-store.h"
#include "patella-today.h"
#include "store-test-util.h"

/* Spins the main loop until cond holds, failing after 5 s. */
#define SPIN_UNTIL(cond)                                                  \
  G_STMT_START {                                                          \
    gint64 spin_end_ = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;     \
    while (!(cond))                                                       \
      {                                                                   \
        g_assert_cmpint (g_get_monotonic_time (), <, spin_end_);          \
        if (!g_main_context_iteration (NULL, FALSE))                      \
          g_usleep (2000);                                                \
      }                                                                   \
  } G_STMT_END

static inline void
spin_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* A fake clock at local noon of a day (TZ is UTC in these tests). */
static inline PatellaFakeClock *
test_clock_at_day (const char *day)
{
  g_autoptr(GDateTime) noon = NULL;
  int y, m, d;

  g_assert_cmpint (sscanf (day, "%d-%d-%d", &y, &m, &d), ==, 3);
  noon = g_date_time_new_utc (y, m, d, 12, 0, 0);
  return patella_fake_clock_new (0, g_date_time_to_unix (noon) * G_USEC_PER_SEC);
}

static inline void
test_clock_set_day (PatellaFakeClock *clock,
                    PatellaToday     *today,
                    const char       *day)
{
  g_autoptr(GDateTime) noon = NULL;
  int y, m, d;

  g_assert_cmpint (sscanf (day, "%d-%d-%d", &y, &m, &d), ==, 3);
  noon = g_date_time_new_utc (y, m, d, 12, 0, 0);
  patella_fake_clock_set_wall_usec (clock, g_date_time_to_unix (noon) * G_USEC_PER_SEC);
  patella_today_refresh (today);
  g_assert_cmpstr (patella_today_get_day (today), ==, day);
}

/* The first visible (mapped) widget of @type under @root whose accessible
 * text, label or title is @text, or any when @text is NULL. */
static inline GtkWidget *
test_find_visible (GtkWidget  *root,
                   GType       type,
                   const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_mapped (child))
        continue;
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          const char *label = NULL;

          if (GTK_IS_BUTTON (child))
            label = gtk_button_get_label (GTK_BUTTON (child));
          if (GTK_IS_CHECK_BUTTON (child))
            label = gtk_check_button_get_label (GTK_CHECK_BUTTON (child));
          if (label == NULL && ADW_IS_PREFERENCES_ROW (child))
            label = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child));
          if (text == NULL || g_strcmp0 (label, text) == 0
              || g_strcmp0 (gtk_widget_get_tooltip_text (child), text) == 0)
            return child;
        }
      found = test_find_visible (child, type, text);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Whether a label under @root reads @text, or with @whole FALSE starts
 * with it; shown or not, so a toast's label counts as soon as it is added. */
static inline gboolean
test_has_label (GtkWidget  *root,
                const char *text,
                gboolean    whole)
{
  if (GTK_IS_LABEL (root))
    {
      const char *label = gtk_label_get_label (GTK_LABEL (root));

      if (whole ? g_strcmp0 (label, text) == 0 : g_str_has_prefix (label, text))
        return TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (test_has_label (child, text, whole))
      return TRUE;

  return FALSE;
}

/* Keyboard only: moves the focus with Tab, as the user would, until it is
 * on @target; fails if Tab never gets there. */
static inline void
test_tab_to (GtkWindow *window,
             GtkWidget *target)
{
  g_assert_nonnull (target);

  for (guint i = 0; i < 80; i++)
    {
      GtkWidget *focus = gtk_window_get_focus (window);

      if (focus != NULL && (focus == target || gtk_widget_is_ancestor (focus, target)))
        return;
      if (!gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD))
        gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD); /* wrapped */
    }

  g_error ("Tab never reached a %s", G_OBJECT_TYPE_NAME (target));
}

static inline gboolean
test_tab_reaches (GtkWindow *window,
                  GtkWidget *target)
{
  for (guint i = 0; i < 80; i++)
    {
      GtkWidget *focus = gtk_window_get_focus (window);

      if (focus != NULL && (focus == target || gtk_widget_is_ancestor (focus, target)))
        return TRUE;
      if (!gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD))
        gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
    }

  return FALSE;
}

/* Enter or Space on the focused widget: what the key binding does. */
static inline void
test_press_focus (GtkWindow *window)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  g_assert_nonnull (focus);
  while (focus != NULL && !gtk_widget_activate (focus))
    focus = gtk_widget_get_parent (focus);
  g_assert_nonnull (focus);
}

/* Up or Down on a focused spin button: its key binding's signal. */
static inline void
test_spin_steps (GtkSpinButton *spin,
                 int            steps)
{
  for (int i = 0; i < ABS (steps); i++)
    g_signal_emit_by_name (spin, "change-value",
                           steps > 0 ? GTK_SCROLL_STEP_UP : GTK_SCROLL_STEP_DOWN);
}
