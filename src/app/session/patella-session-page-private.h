/* patella-session-page-private.h: what the session page's two files share
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-exercise-picture.h"
#include "patella-pain-prompt.h"
#include "patella-phase-ring.h"
#include "patella-phase-word.h"
#include "patella-session-page.h"
#include "patella-summary-view.h"

G_BEGIN_DECLS

/* Why the pain question is on screen. */
typedef enum
{
  PROMPT_NONE,
  PROMPT_EXERCISE_DONE,   /* after an exercise: the session waits */
  PROMPT_REST,            /* between wall squat sets: the rest runs on */
  PROMPT_REPORT,          /* the user pressed P: the session waits */
} PromptKind;

struct _PatellaSessionPage
{
  GtkWidget               parent_instance;

  /* Template */
  GtkWidget              *root_box;
  GtkWidget              *header_bar;
  AdwWindowTitle         *window_title;
  GtkStack               *view_stack;
  PatellaPainPrompt      *before_prompt;
  GtkWidget              *stage;
  PatellaExercisePicture *picture;
  GtkLabel               *exercise_label;
  PatellaPhaseWord       *phase_word;
  PatellaPhaseRing       *ring;
  GtkLabel               *rep_label;
  GtkLabel               *set_label;
  GtkLabel               *side_label;
  GtkStack               *info_stack;
  GtkLabel               *steps_label;
  GtkLabel               *caution_label;
  GtkLabel               *next_label;
  PatellaPainPrompt      *during_prompt;
  GtkLabel               *advice_label;
  GtkWidget              *keep_button;
  GtkWidget              *swap_button;
  GtkWidget              *controls_box;
  GtkWidget              *pause_button;
  GtkWidget              *mute_button;
  PatellaSummaryView     *summary_view;

  /* Injected */
  PatellaStore           *store;
  PatellaClock           *clock;
  PatellaSoundSink       *sink;
  GSettings              *settings;

  /* The session */
  GArray                 *items;
  PatellaSessionRun      *run;
  PatellaCuePlayer       *cue_player;
  GCancellable           *cancellable;
  GHashTable             *exercises_done;  /* ids with at least one set recorded */
  const char             *phase_class;

  gboolean                active;
  gboolean                fullscreen;
  gboolean                muted;
  gboolean                self_paced;
  gboolean                user_paused;
  gboolean                held;            /* paused for a question */
  gboolean                leaving;
  gboolean                finished;

  PromptKind              prompt;
  const char             *prompt_exercise;
  gboolean                advice_offers_swap;
  guint                   prompted_phase;  /* index + 1 of the last exercise-done asked */
  guint                   phase_idle_id;
  guint                   view_idle_id;
};

PatellaEngine *_patella_session_page_engine           (PatellaSessionPage *self);
void           _patella_session_page_flush_cues       (PatellaSessionPage *self);
void           _patella_session_page_update_view      (PatellaSessionPage *self);
void           _patella_session_page_show_prompt      (PatellaSessionPage *self,
                                                       PromptKind          kind,
                                                       PatellaExercise    *exercise);
void           _patella_session_page_keep_going       (PatellaSessionPage *self);
void           _patella_session_page_swap             (PatellaSessionPage *self);
void           _patella_session_page_ask_leave        (PatellaSessionPage *self);

/* patella-session-page-keys.c */
void           _patella_session_page_add_shortcuts    (PatellaSessionPage *self);
void           _patella_session_page_class_add_actions (GtkWidgetClass    *widget_class);

G_END_DECLS
