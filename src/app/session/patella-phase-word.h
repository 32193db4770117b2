/* patella-phase-word.h: the current phase in one large word, shrunk only to fit
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PATELLA_TYPE_PHASE_WORD (patella_phase_word_get_type ())

G_DECLARE_FINAL_TYPE (PatellaPhaseWord, patella_phase_word, PATELLA, PHASE_WORD, GtkWidget)

/* The CSS font size is the largest the word is drawn at; a narrow window
 * gets the largest size that fits its width, never below the minimum. */
#define PATELLA_PHASE_WORD_MIN_PX 32

GtkWidget  *patella_phase_word_new            (void);
const char *patella_phase_word_get_text       (PatellaPhaseWord *self);
void        patella_phase_word_set_text       (PatellaPhaseWord *self,
                                               const char       *text);
/* The size the word was last drawn at, in pixels (font size). */
double      patella_phase_word_get_drawn_size (PatellaPhaseWord *self);
/* A brief highlight, the visual twin of a sound cue; nothing when the
 * desktop turns animations off. */
void        patella_phase_word_flash          (PatellaPhaseWord *self);
gboolean    patella_phase_word_is_flashing    (PatellaPhaseWord *self);

G_END_DECLS
