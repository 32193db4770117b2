/* patella-warning-signs.h: labels for pain entries, and the warning-sign rule and advice
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-pain-entry.h"

G_BEGIN_DECLS

/* A sign logged on day D stands from D to D + 6, and is gone on D + 7:
 * pass this to patella_store_get_recent_warning_signs (). */
#define PATELLA_WARNING_SIGN_STANDS_DAYS 7

/* In display order, for forms and tags. */
extern const PatellaPainContext PATELLA_PAIN_CONTEXTS[5];
extern const PatellaWarningSign PATELLA_WARNING_SIGNS[7];

/* Translated; each takes exactly one flag. */
const char         *patella_pain_context_get_label        (PatellaPainContext  context);
const char         *patella_warning_sign_get_label        (PatellaWarningSign  sign);

/* Translated, comma-separated, in display order; "" for none. */
char               *patella_pain_contexts_to_text         (PatellaPainContext  contexts);
char               *patella_warning_signs_to_text         (PatellaWarningSign  signs);

/* The first day on which nothing logged up to today stands any more. */
void                patella_warning_signs_clear_day       (const char         *latest_day,
                                                           char                out[PATELLA_LOCAL_DAY_LEN + 1]);

const char         *patella_warning_signs_get_title       (PatellaWarningSign  signs);
char               *patella_warning_signs_get_advice      (PatellaWarningSign  signs);


G_END_DECLS
