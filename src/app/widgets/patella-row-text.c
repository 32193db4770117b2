/* patella-row-text.c: how libadwaita rows wrap their text
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-row-text.h"

/**
 * patella_row_wrap_at_words:
 * @row: an #AdwActionRow or #AdwExpanderRow (or any widget holding them)
 *
 * libadwaita 1.2 wraps a row's title and subtitle at any character, so a
 * row's minimum width is one letter, and GTK measures the text's height
 * at that width too: a line a letter, each shaped again. On Today that
 * was most of the text work before the first frame. Wrapped at words the
 * rows look the same at every width the window allows (a word is far
 * narrower than the narrowest window), and measure in a few lines.
 */
void
patella_row_wrap_at_words (GtkWidget *row)
{
  g_return_if_fail (GTK_IS_WIDGET (row));

  if (GTK_IS_LABEL (row) && gtk_label_get_wrap_mode (GTK_LABEL (row)) == PANGO_WRAP_WORD_CHAR)
    gtk_label_set_wrap_mode (GTK_LABEL (row), PANGO_WRAP_WORD);

  for (GtkWidget *child = gtk_widget_get_first_child (row);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    patella_row_wrap_at_words (child);
}
