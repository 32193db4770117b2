/* patella-toast.c: toasts from any widget, through the nearest toast overlay
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-toast.h"

#define SHOWN_KEY "patella-toast-shown"

gboolean
patella_toast_add (GtkWidget *widget,
                   AdwToast  *toast)
{
  GtkWidget *overlay;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (ADW_IS_TOAST (toast), FALSE);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    {
      g_object_unref (g_object_ref_sink (toast));
      return FALSE;
    }

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  return TRUE;
}

static void
toast_dismissed_cb (AdwToast   *toast,
                    GHashTable *shown)
{
  g_hash_table_remove (shown, adw_toast_get_title (toast));
}

void
patella_toast_show (GtkWidget  *widget,
                    const char *title,
                    guint       timeout)
{
  GtkWidget *overlay;
  GHashTable *shown;
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (title != NULL);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;

  shown = g_object_get_data (G_OBJECT (overlay), SHOWN_KEY);
  if (shown == NULL)
    {
      shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_object_set_data_full (G_OBJECT (overlay), SHOWN_KEY, shown,
                              (GDestroyNotify) g_hash_table_unref);
    }

  if (g_hash_table_contains (shown, title))
    return;

  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, timeout);
  g_hash_table_add (shown, g_strdup (title));
  g_signal_connect_data (toast, "dismissed", G_CALLBACK (toast_dismissed_cb),
                         g_hash_table_ref (shown), (GClosureNotify) g_hash_table_unref, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}
