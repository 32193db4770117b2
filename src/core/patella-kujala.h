/* patella-kujala.h: the Kujala Anterior Knee Pain Scale, its key and its schedule
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "patella-pain-entry.h"

G_BEGIN_DECLS

#define PATELLA_KUJALA_N_QUESTIONS 13
#define PATELLA_KUJALA_MAX_SCORE 100
/* An answer is the index of the chosen choice, best first; this marks none. */
#define PATELLA_KUJALA_UNANSWERED (-1)
/* Offered at the start of the program, then every two weeks. */
#define PATELLA_KUJALA_INTERVAL_DAYS 14
/* The smallest change that matters to a patient (Crossley et al. 2004). */
#define PATELLA_KUJALA_MEANINGFUL_CHANGE 10

#define PATELLA_KUJALA_ERROR (patella_kujala_error_quark ())
GQuark patella_kujala_error_quark (void);

typedef enum
{
  PATELLA_KUJALA_ERROR_INCOMPLETE,  /* a question has no answer */
  PATELLA_KUJALA_ERROR_BAD_ANSWER,  /* an index no question offers */
} PatellaKujalaError;

/* Texts come back translated. */
const char *patella_kujala_question_get_title     (guint        question);
const char *patella_kujala_question_get_text      (guint        question);
guint       patella_kujala_question_get_n_choices (guint        question);
const char *patella_kujala_choice_get_label       (guint        question,
                                                   guint        choice);
int         patella_kujala_choice_get_points      (guint        question,
                                                   guint        choice);
int         patella_kujala_question_get_max_points (guint       question);

gboolean    patella_kujala_score                  (const int    answers[PATELLA_KUJALA_N_QUESTIONS],
                                                   int         *score,
                                                   GError     **error);

/* Answers as text ("0,2,1,...") for storage; -1 stays -1. */
char       *patella_kujala_answers_to_string      (const int    answers[PATELLA_KUJALA_N_QUESTIONS]);
gboolean    patella_kujala_answers_from_string    (const char  *text,
                                                   int          answers[PATELLA_KUJALA_N_QUESTIONS]);

/* Days are local calendar days "YYYY-MM-DD"; last_day is NULL before the first one. */
void        patella_kujala_next_due               (const char  *last_day,
                                                   const char  *today,
                                                   char         out[PATELLA_LOCAL_DAY_LEN + 1]);
gboolean    patella_kujala_is_due                 (const char  *last_day,
                                                   const char  *today);
int         patella_kujala_days_until_due         (const char  *last_day,
                                                   const char  *today);

gboolean    patella_kujala_change_is_meaningful   (int          first_score,
                                                   int          latest_score);
char       *patella_kujala_describe_change        (int          first_score,
                                                   int          latest_score);

G_END_DECLS
