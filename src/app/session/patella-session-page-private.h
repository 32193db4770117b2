/* patella-session-page-private.h: what the session page's files share
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page is split by concern: patella-session-page.c (the widget and its
 * properties), -state.c (the one state below and the engine's hold),
 * -view.c (what the running screen shows), -lifecycle.c (start, resume,
 * leave, the summary), -prompts.c (the pain questions and the wall squat
 * advice) and -keys.c (actions and keyboard).
 */
#pragma once

#include "patella-exercise-picture.h"
#include "patella-pain-prompt.h"
#include "patella-phase-ring.h"
#include "patella-phase-word.h"
#include "patella-voice-coach.h"
#include "patella-session-page.h"
#include "patella-summary-view.h"

G_BEGIN_DECLS

/* What the screen is doing; the only place that says so. Transitions:
 *
 *   IDLE ──start──> ASK_BEFORE ──answer──> RUNNING     (a resumed session: IDLE → RUNNING)
 *   RUNNING ──phase or P──> ASK_PAIN_REST | ASK_PAIN_DONE | ASK_PAIN_REPORT
 *                            | ASK_PAIN_FIRST_REPS
 *   ASK_PAIN_* ──answer──> RUNNING, or ADVICE (wall squat pain ≥ 4, any pain > 5)
 *   ASK_PAIN_REST ──the rest ends──> RUNNING
 *   ADVICE ──keep going, swap or stop the exercise──> RUNNING
 *   RUNNING, ASK_PAIN_*, ADVICE ──the engine finishes──> SUMMARY
 *   any ──leave, summary done, or a failed start──> IDLE
 *
 * Whether the engine may run follows from the state, the user's pause and
 * the leave dialog, in _patella_session_page_sync_engine() alone. */
typedef enum
{
  PATELLA_SESSION_PAGE_IDLE,             /* no session: "before" shown, not active */
  PATELLA_SESSION_PAGE_ASK_BEFORE,       /* the pain before the first set */
  PATELLA_SESSION_PAGE_RUNNING,          /* the exercises and their instructions */
  PATELLA_SESSION_PAGE_ASK_PAIN_REST,    /* asked in a wall squat rest: the rest runs on */
  PATELLA_SESSION_PAGE_ASK_PAIN_DONE,    /* asked after an exercise: the session waits */
  PATELLA_SESSION_PAGE_ASK_PAIN_REPORT,  /* the user reported pain: the session waits */
  PATELLA_SESSION_PAGE_ASK_PAIN_FIRST_REPS, /* the wall squat's first reps: the session waits */
  PATELLA_SESSION_PAGE_ADVICE,           /* the pain advice: the session waits */
  PATELLA_SESSION_PAGE_SUMMARY,          /* the engine finished: what was done */
} PatellaSessionPageState;

#define N_COUNTER_WATCHES 6

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
  GtkLabel               *advice_title;
  GtkLabel               *advice_label;
  GtkWidget              *keep_button;
  GtkWidget              *swap_button;
  GtkWidget              *sound_note;
  GtkWidget              *controls_box;
  GtkWidget              *pause_button;
  AdwButtonContent       *pause_content;
  GtkWidget              *mute_button;
  PatellaSummaryView     *summary_view;

  /* Injected */
  PatellaStore           *store;
  PatellaClock           *clock;
  PatellaSoundSink       *sink;
  PatellaSpeaker         *speaker;
  GSettings              *settings;

  /* The session */
  GArray                 *items;
  GArray                 *item_doses;    /* PatellaDose: copies the items point at */
  PatellaSessionRun      *run;
  PatellaCuePlayer       *cue_player;
  PatellaVoiceCoach      *voice_coach;
  GCancellable           *cancellable;
  gboolean                resume_asked;   /* Resume on Today: no second question */
  GtkExpressionWatch     *counter_watches[N_COUNTER_WATCHES];
  const char             *phase_class;
  gboolean                texts_all_steps; /* every step shown (before the first rep) */

  PatellaSessionPageState     state;
  gboolean                user_paused;     /* the user's own pause, kept across questions */
  gboolean                asking_leave;    /* the leave dialog is open */
  const char             *question_exercise;
  int                     question_pain;   /* the answer the advice is about */
  PatellaPainAdvice       advice;

  /* Properties */
  gboolean                fullscreen;
  gboolean                muted;
  gboolean                self_paced;

  guint                   phase_idle_id;
  guint                   view_idle_id;
};

/* patella-session-page-state.c */
const char    *_patella_session_page_view_name         (PatellaSessionPageState state);
const char    *_patella_session_page_info_name         (PatellaSessionPageState state);
void           _patella_session_page_set_state         (PatellaSessionPage  *self,
                                                        PatellaSessionPageState state);
void           _patella_session_page_sync_engine       (PatellaSessionPage  *self);
gboolean       _patella_session_page_holds_engine      (PatellaSessionPage  *self);
PatellaEngine *_patella_session_page_engine            (PatellaSessionPage  *self);
void           _patella_session_page_flush_cues        (PatellaSessionPage  *self);
void           _patella_session_page_say               (PatellaSessionPage  *self,
                                                        const char          *text);

/* patella-session-page.c */
void           _patella_session_page_notify_active     (PatellaSessionPage  *self);
GtkWindow     *_patella_session_page_parent_window     (PatellaSessionPage  *self);
void           _patella_session_page_tell              (PatellaSessionPage  *self,
                                                        const char          *text);
void           _patella_session_page_tell_error        (PatellaSessionPage  *self,
                                                        const char          *what,
                                                        const GError        *error);
void           _patella_session_page_leave_fullscreen  (PatellaSessionPage  *self);

/* patella-session-page-view.c */
void           _patella_session_page_update_view       (PatellaSessionPage  *self);
void           _patella_session_page_bind_counters     (PatellaSessionPage  *self,
                                                        PatellaEngine       *engine);
void           _patella_session_page_unbind_counters   (PatellaSessionPage  *self);
void           _patella_session_page_update_sound_note (PatellaSessionPage  *self);
void           _patella_session_page_name_parts        (PatellaSessionPage  *self);
void           _patella_session_page_name_buttons      (PatellaSessionPage  *self);

/* patella-session-page-lifecycle.c */
void           _patella_session_page_drop_run          (PatellaSessionPage  *self);
void           _patella_session_page_complete          (PatellaSessionPage  *self);
void           _patella_session_page_ask_leave         (PatellaSessionPage  *self);
void           _patella_session_page_before_chosen     (PatellaSessionPage  *self,
                                                        int                  pain);
void           _patella_session_page_before_skipped    (PatellaSessionPage  *self);
void           _patella_session_page_summary_done      (PatellaSessionPage  *self);

/* patella-session-page-prompts.c */
void           _patella_session_page_ask               (PatellaSessionPage  *self,
                                                        PatellaPainQuestion  question,
                                                        PatellaExercise     *exercise);
void           _patella_session_page_phase_changed     (PatellaSessionPage  *self);
void           _patella_session_page_during_chosen     (PatellaSessionPage  *self,
                                                        int                  pain);
void           _patella_session_page_during_skipped    (PatellaSessionPage  *self);
void           _patella_session_page_keep_going        (PatellaSessionPage  *self);
void           _patella_session_page_swap              (PatellaSessionPage  *self);

/* patella-session-page-keys.c */
void           _patella_session_page_add_shortcuts     (PatellaSessionPage  *self);
void           _patella_session_page_class_add_actions (GtkWidgetClass      *widget_class);

G_END_DECLS
