/* patella-pain-prompt.h: a one-tap 0 to 10 pain scale with number keys
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PATELLA_PAIN_PROMPT_NO_VALUE (-1)

#define PATELLA_TYPE_PAIN_PROMPT (patella_pain_prompt_get_type ())

G_DECLARE_FINAL_TYPE (PatellaPainPrompt, patella_pain_prompt, PATELLA, PAIN_PROMPT, GtkWidget)

/* Signals: "chosen" (int score), emitted when the user taps a number or
 * types one, and "skipped", when the user declines to answer. Setting the
 * value from code emits neither. */
PatellaPainPrompt *patella_pain_prompt_new            (const char        *title);

const char        *patella_pain_prompt_get_title      (PatellaPainPrompt *self);
void               patella_pain_prompt_set_title      (PatellaPainPrompt *self,
                                                       const char        *title);
int                patella_pain_prompt_get_value      (PatellaPainPrompt *self);
void               patella_pain_prompt_set_value      (PatellaPainPrompt *self,
                                                       int                value);
gboolean           patella_pain_prompt_get_skippable  (PatellaPainPrompt *self);
void               patella_pain_prompt_set_skippable  (PatellaPainPrompt *self,
                                                       gboolean           skippable);
gboolean           patella_pain_prompt_get_large      (PatellaPainPrompt *self);
void               patella_pain_prompt_set_large      (PatellaPainPrompt *self,
                                                       gboolean           large);

/* For a parent that routes keys itself (the session page catches keys in
 * the capture phase). Digits 0 and 2 to 9 choose at once; a 1 waits a
 * moment for a following 0, which makes 10. Returns whether it was used. */
gboolean           patella_pain_prompt_type_digit     (PatellaPainPrompt *self,
                                                       guint              digit);
void               patella_pain_prompt_skip           (PatellaPainPrompt *self);
void               patella_pain_prompt_focus_scale    (PatellaPainPrompt *self);
guint              patella_pain_prompt_get_n_rows     (PatellaPainPrompt *self);

G_END_DECLS
