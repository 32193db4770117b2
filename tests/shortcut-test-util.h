/* shortcut-test-util.h: key presses delivered to shortcut controllers
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4 cannot make a key event in a test, so these find the shortcut the
 * key would trigger, the way GTK's bubble phase does, and activate it.
 */
#pragma once

#include <gtk/gtk.h>

static inline gboolean
test_trigger_matches (GtkShortcutTrigger *trigger,
                      guint               keyval,
                      GdkModifierType     mods)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    {
      GtkAlternativeTrigger *alt = GTK_ALTERNATIVE_TRIGGER (trigger);

      return test_trigger_matches (gtk_alternative_trigger_get_first (alt), keyval, mods)
             || test_trigger_matches (gtk_alternative_trigger_get_second (alt), keyval, mods);
    }

  return GTK_IS_KEYVAL_TRIGGER (trigger)
         && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
         && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == mods;
}

/* Tries the shortcut controllers of widget, then of each ancestor, and
 * stops at the first shortcut that handles the key. */
static inline gboolean
test_press_shortcut (GtkWidget       *widget,
                     guint            keyval,
                     GdkModifierType  mods)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (w);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
          GListModel *shortcuts;

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;

          shortcuts = G_LIST_MODEL (controller);
          for (guint j = 0; j < g_list_model_get_n_items (shortcuts); j++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, j);

              if (test_trigger_matches (gtk_shortcut_get_trigger (shortcut), keyval, mods)
                  && gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                   GTK_SHORTCUT_ACTION_EXCLUSIVE, w,
                                                   gtk_shortcut_get_arguments (shortcut)))
                return TRUE;
            }
        }
    }

  return FALSE;
}
