/* patella-a11y.c: clean accessible names for buttons, where GTK 4.8 doubles them
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 names a button from its label property and from the label inside
 * it, one after the other: a mnemonic button is read "_Save Save", and a
 * button given a fuller name is read "Log today's pain Log Pain…"; a check
 * button is read with its underscore. Each button here gets one name: the
 * one the app chose, or its label's text without the underscore; and again
 * whenever its label changes.
 */
#include "config.h"

#include "patella-a11y.h"

#define NAME_KEY "patella-a11y-name"
#define HOOKED_KEY "patella-a11y-hooked"

/* The label and whether it has a mnemonic, of a button or a check button
 * (which GTK 4.8 names from its raw label: "Pain _during exercise"). */
static const char *
get_label (GtkWidget *button,
           gboolean  *use_underline)
{
  if (GTK_IS_BUTTON (button))
    {
      *use_underline = gtk_button_get_use_underline (GTK_BUTTON (button));
      return gtk_button_get_label (GTK_BUTTON (button));
    }
  if (GTK_IS_CHECK_BUTTON (button))
    {
      *use_underline = gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (button));
      return gtk_check_button_get_label (GTK_CHECK_BUTTON (button));
    }
  return NULL;
}

static void
apply_name (GtkWidget *button)
{
  const char *name = g_object_get_data (G_OBJECT (button), NAME_KEY);
  g_autofree char *plain = NULL;

  if (name == NULL)
    {
      gboolean use_underline = FALSE;
      const char *label = get_label (button, &use_underline);

      if (label == NULL || *label == '\0')
        return;
      /* The text a sighted user reads: "_Save" is "Save", "__" one "_". */
      if (use_underline)
        {
          GString *text = g_string_new (NULL);

          for (const char *p = label; *p != '\0'; p++)
            {
              if (*p == '_')
                {
                  if (p[1] != '_')
                    continue;
                  p++;
                }
              g_string_append_c (text, *p);
            }
          plain = g_string_free (text, FALSE);
        }
      name = plain != NULL ? plain : label;
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

static void
label_changed_cb (GtkWidget *button)
{
  apply_name (button);
}

static void
hook (GtkWidget *button)
{
  if (g_object_get_data (G_OBJECT (button), HOOKED_KEY) != NULL)
    return;

  g_object_set_data (G_OBJECT (button), HOOKED_KEY, GINT_TO_POINTER (1));
  g_signal_connect (button, "notify::label", G_CALLBACK (label_changed_cb), NULL);
  g_signal_connect (button, "notify::use-underline", G_CALLBACK (label_changed_cb), NULL);
}

/**
 * patella_a11y_set_button_name:
 * @button: a #GtkButton
 * @name: (nullable): what a screen reader calls it, or %NULL for the
 *   text of its label
 *
 * Gives @button one accessible name, kept when its label changes.
 */
void
patella_a11y_set_button_name (GtkButton  *button,
                              const char *name)
{
  g_return_if_fail (GTK_IS_BUTTON (button));

  g_object_set_data_full (G_OBJECT (button), NAME_KEY, g_strdup (name), g_free);
  hook (GTK_WIDGET (button));
  apply_name (GTK_WIDGET (button));
}

/**
 * patella_a11y_name_buttons:
 * @root: a widget
 *
 * Gives every button and check button with a text label under @root (and
 * @root itself) a single accessible name, the label's text, unless one was
 * set with patella_a11y_set_button_name(). On an #AdwMessageDialog, call it
 * once its responses are added: their buttons are libadwaita's own.
 */
void
patella_a11y_name_buttons (GtkWidget *root)
{
  gboolean use_underline;

  g_return_if_fail (GTK_IS_WIDGET (root));

  if (get_label (root, &use_underline) != NULL)
    {
      hook (root);
      apply_name (root);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    patella_a11y_name_buttons (child);
}

/**
 * patella_a11y_name_lists:
 * @root: a widget, such as an #AdwExpanderRow
 * @name: what a screen reader calls the lists
 *
 * Names every #GtkListBox under @root (not @root itself) @name. GTK 4.8
 * reads an unnamed list as "GtkListBox" when the focus enters it, and
 * libadwaita 1.2 builds such lists into its rows for their layout (the
 * header and the nested rows of an #AdwExpanderRow), with no way to name
 * them but this.
 */
void
patella_a11y_name_lists (GtkWidget  *root,
                         const char *name)
{
  g_return_if_fail (GTK_IS_WIDGET (root));
  g_return_if_fail (name != NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                        -1);
      patella_a11y_name_lists (child, name);
    }
}
