/* patella-session-page.h: the guided session screen, readable from the floor
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-clock.h"
#include "patella-cue-player.h"
#include "patella-session-run.h"
#include "patella-sound-sink.h"
#include "patella-speaker.h"
#include "patella-store.h"
#include "patella-timeline.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_SESSION_PAGE (patella_session_page_get_type ())

G_DECLARE_FINAL_TYPE (PatellaSessionPage, patella_session_page, PATELLA, SESSION_PAGE, GtkWidget)

/* The store must be set before start(); the clock (default: the monotonic
 * one), the sound sink (default: libcanberra) and the settings (default:
 * the app's schema) may be replaced, which is how tests run it. */
GtkWidget         *patella_session_page_new             (void);

PatellaStore      *patella_session_page_get_store       (PatellaSessionPage *self);
void               patella_session_page_set_store       (PatellaSessionPage *self,
                                                         PatellaStore       *store);
PatellaClock      *patella_session_page_get_clock       (PatellaSessionPage *self);
void               patella_session_page_set_clock       (PatellaSessionPage *self,
                                                         PatellaClock       *clock);
PatellaSoundSink  *patella_session_page_get_sound_sink  (PatellaSessionPage *self);
void               patella_session_page_set_sound_sink  (PatellaSessionPage *self,
                                                         PatellaSoundSink   *sink);
void               patella_session_page_set_speaker     (PatellaSessionPage *self,
                                                         PatellaSpeaker     *speaker);
GSettings         *patella_session_page_get_settings    (PatellaSessionPage *self);
void               patella_session_page_set_settings    (PatellaSessionPage *self,
                                                         GSettings          *settings);

/* Asks about standing warning signs, offers to resume an interrupted
 * session, asks the pain before, then runs the items. The page is "active"
 * from the first question on screen until the user is back on Today. */
void               patella_session_page_start           (PatellaSessionPage        *self,
                                                         const PatellaTimelineItem *items,
                                                         guint                      n_items);
void               patella_session_page_resume          (PatellaSessionPage        *self,
                                                         const PatellaTimelineItem *items,
                                                         guint                      n_items);
void               patella_session_page_leave_async     (PatellaSessionPage  *self,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
gboolean           patella_session_page_leave_finish    (PatellaSessionPage  *self,
                                                         GAsyncResult        *result);
gboolean           patella_session_page_get_active      (PatellaSessionPage *self);
gboolean           patella_session_page_get_fullscreen  (PatellaSessionPage *self);

/* What is on screen, for tests and screenshots: the view ("before", "run",
 * "summary") and, while running, the info area ("instructions", "pain",
 * "advice"). */
const char        *patella_session_page_get_view        (PatellaSessionPage *self);
const char        *patella_session_page_get_info        (PatellaSessionPage *self);
const char        *patella_session_page_get_phase_text  (PatellaSessionPage *self);
char              *patella_session_page_get_instructions (PatellaSessionPage *self);
const char        *patella_session_page_get_sound_note  (PatellaSessionPage *self);
PatellaSessionRun *patella_session_page_get_run         (PatellaSessionPage *self);
PatellaCuePlayer  *patella_session_page_get_cue_player  (PatellaSessionPage *self);

G_END_DECLS
