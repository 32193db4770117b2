/* patella-pain-form.h: the fields of one day's pain entry, for the card and the dialog
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-pain-entry.h"

G_BEGIN_DECLS

#define PATELLA_PAIN_FORM_NO_SCORE (-1)

#define PATELLA_TYPE_PAIN_FORM (patella_pain_form_get_type ())

G_DECLARE_FINAL_TYPE (PatellaPainForm, patella_pain_form, PATELLA, PAIN_FORM, GtkWidget)

/* Signals: "changed", when the user changes a score, a context, a sign, or
 * presses Enter in the note (whoever saves reads the note as typed).
 * Setting values from code emits nothing. Worst never stays below usual:
 * choosing one below the other moves the other, and the form says so; an
 * unchosen score is never filled in for the user. */
PatellaPainForm    *patella_pain_form_new              (void);

/* NULL empties the form. The day is ignored. */
void                patella_pain_form_set_entry        (PatellaPainForm        *self,
                                                        const PatellaPainEntry *entry);
/* Both scores chosen. */
gboolean            patella_pain_form_is_complete      (PatellaPainForm        *self);
/* Copies scores, contexts, signs and note into entry; the day is left alone. */
void                patella_pain_form_get_values       (PatellaPainForm        *self,
                                                        PatellaPainEntry       *entry);

int                 patella_pain_form_get_usual        (PatellaPainForm        *self);
int                 patella_pain_form_get_worst        (PatellaPainForm        *self);
PatellaPainContext  patella_pain_form_get_contexts     (PatellaPainForm        *self);
PatellaWarningSign  patella_pain_form_get_signs        (PatellaPainForm        *self);
/* The note as typed, which may be newer than the last "changed". */
const char         *patella_pain_form_get_note         (PatellaPainForm        *self);

void                patella_pain_form_focus_scores     (PatellaPainForm        *self);

G_END_DECLS
