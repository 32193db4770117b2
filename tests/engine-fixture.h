/* engine-fixture.h: an engine on a fake clock that records what it says
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <locale.h>

#include "patella-catalogue.h"
#include "patella-engine.h"
#include "patella-fake-clock.h"

#define SEC ((gint64)G_USEC_PER_SEC)
/* An arbitrary monotonic start, and 2026-03-02 08:00:00 UTC on the wall. */
#define T0 ((gint64)1000 * SEC)
#define WALL0 ((gint64)1772438400 * SEC)

typedef struct
{
  PatellaCue cue;
  gint64     due;
  gint64     now;
  guint      index;
} CueEvent;

typedef struct
{
  PatellaFakeClock      *clock;
  PatellaEngine         *engine;
  GArray                *cues;          /* of CueEvent */
  GPtrArray             *records;       /* of PatellaSetRecord */
  PatellaSessionSummary *summary;
  guint                  n_finished;
  GHashTable            *notified;      /* property name -> count since last check */
} Fixture;

static inline PatellaExercise *
fixture_lookup (const char *id)
{
  PatellaExercise *exercise = patella_catalogue_lookup (patella_catalogue_get_default (), id);

  g_assert_nonnull (exercise);
  return exercise;
}

/* At most one notification per property for each phase change and each
 * operation: the UI redraws once per change. */
static inline void
fixture_check_notify (Fixture *f)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, f->notified);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) > 1)
      g_error ("property %s notified %u times at once", (char *)key, GPOINTER_TO_UINT (value));

  g_hash_table_remove_all (f->notified);
}

static inline void
on_notify (GObject    *object,
           GParamSpec *pspec,
           Fixture    *f)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (f->notified, pspec->name));

  g_hash_table_insert (f->notified, (gpointer)pspec->name, GUINT_TO_POINTER (n + 1));
}

static inline void
on_cue (PatellaEngine *engine,
        PatellaCue     cue,
        gint64         due,
        Fixture       *f)
{
  CueEvent e = {
    cue, due, patella_clock_get_monotonic_usec (PATELLA_CLOCK (f->clock)),
    patella_engine_get_phase_index (engine)
  };

  g_array_append_val (f->cues, e);

  /* A phase-start cue comes after the properties changed for that phase. */
  switch (cue)
    {
    case PATELLA_CUE_GET_READY:
    case PATELLA_CUE_UP:
    case PATELLA_CUE_PAUSE:
    case PATELLA_CUE_HOLD:
    case PATELLA_CUE_DOWN:
    case PATELLA_CUE_REST:
    case PATELLA_CUE_SWITCH_SIDE:
    case PATELLA_CUE_EXERCISE_DONE:
    case PATELLA_CUE_SESSION_DONE:
      fixture_check_notify (f);
      break;
    case PATELLA_CUE_GET_READY_TICK:
    case PATELLA_CUE_HOLD_TICK:
    case PATELLA_CUE_REP_DONE:
    case PATELLA_CUE_SET_DONE:
    case PATELLA_CUE_REST_OVER:
      break;
    default:
      g_assert_not_reached ();
    }
}

static inline void
on_set_finished (PatellaEngine    *engine,
                 PatellaSetRecord *record,
                 Fixture          *f)
{
  g_ptr_array_add (f->records, patella_set_record_copy (record));
}

static inline void
on_finished (PatellaEngine         *engine,
             PatellaSessionSummary *summary,
             Fixture               *f)
{
  f->n_finished++;
  g_clear_pointer (&f->summary, patella_session_summary_free);
  f->summary = patella_session_summary_copy (summary);
}

static inline void
fixture_init (Fixture         *f,
              PatellaTimeline *timeline)
{
  f->clock = patella_fake_clock_new (T0, WALL0);
  f->engine = patella_engine_new (PATELLA_CLOCK (f->clock), timeline);
  f->cues = g_array_new (FALSE, FALSE, sizeof (CueEvent));
  f->records = g_ptr_array_new_with_free_func ((GDestroyNotify)patella_set_record_free);
  f->notified = g_hash_table_new (g_str_hash, g_str_equal);
  f->summary = NULL;
  f->n_finished = 0;

  g_signal_connect (f->engine, "notify", G_CALLBACK (on_notify), f);
  g_signal_connect (f->engine, "cue", G_CALLBACK (on_cue), f);
  g_signal_connect (f->engine, "set-finished", G_CALLBACK (on_set_finished), f);
  g_signal_connect (f->engine, "finished", G_CALLBACK (on_finished), f);
}

static inline void
fixture_clear (Fixture *f)
{
  g_assert_finalize_object (f->engine);
  /* The engine left no alarm behind. */
  g_assert_cmpuint (patella_fake_clock_get_n_alarms (f->clock), ==, 0);
  g_assert_finalize_object (f->clock);
  g_array_unref (f->cues);
  g_ptr_array_unref (f->records);
  g_hash_table_unref (f->notified);
  g_clear_pointer (&f->summary, patella_session_summary_free);
}

static inline gint64
fixture_now (Fixture *f)
{
  return patella_clock_get_monotonic_usec (PATELLA_CLOCK (f->clock));
}

/* Moves the clock to @t, firing what falls due on the way. */
static inline void
fixture_advance_to (Fixture *f,
                    gint64   t)
{
  patella_fake_clock_advance_to (f->clock, t);
  fixture_check_notify (f);
}

/* Runs every pending alarm until the session ends (or nothing is pending,
 * as in a self-paced movement). */
static inline void
fixture_run (Fixture *f)
{
  while (patella_fake_clock_run_next (f->clock))
    {
      fixture_check_notify (f);
      if (patella_engine_get_state (f->engine) == PATELLA_ENGINE_RUNNING)
        g_assert_cmpuint (patella_fake_clock_get_n_alarms (f->clock), <=, 1);
    }
}

static inline guint
fixture_count_cues (Fixture    *f,
                    PatellaCue  cue)
{
  guint n = 0;

  for (guint i = 0; i < f->cues->len; i++)
    n += g_array_index (f->cues, CueEvent, i).cue == cue;
  return n;
}

static inline const CueEvent *
fixture_last_cue (Fixture *f)
{
  g_assert_cmpuint (f->cues->len, >, 0);
  return &g_array_index (f->cues, CueEvent, f->cues->len - 1);
}

static inline PatellaSetRecord *
fixture_record (Fixture *f,
                guint    i)
{
  g_assert_cmpuint (i, <, f->records->len);
  return g_ptr_array_index (f->records, i);
}

/* The start time of phase @i of the current timeline if nothing moved it. */
static inline gint64
fixture_phase_time (Fixture *f,
                    guint    i)
{
  return T0 + patella_timeline_get_phase (patella_engine_get_timeline (f->engine), i)->offset_usec;
}

static inline void
fixture_go_to_phase (Fixture *f,
                     guint    index)
{
  while (patella_engine_get_phase_index (f->engine) != index)
    {
      g_assert_cmpint (patella_engine_get_state (f->engine), ==, PATELLA_ENGINE_RUNNING);
      g_assert_true (patella_fake_clock_run_next (f->clock));
      fixture_check_notify (f);
    }
}

static inline PatellaTimeline *
fixture_timeline (const PatellaTimelineItem *items,
                  guint                      n_items,
                  PatellaSide                affected)
{
  PatellaTimelineOptions options = { .affected_side = affected };
  g_autoptr(GError) error = NULL;
  PatellaTimeline *timeline = patella_timeline_new (items, n_items, &options, &error);

  g_assert_no_error (error);
  return timeline;
}

static inline void
fixture_setup_locale (void)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C");
}
