/* session-run-fixture.h: a session run on a fake clock against a store in a temporary folder
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The run is driven as the session page drives it, with no widget in
 * between. Shared by test-session-run.c and test-session-rules.c.
 */
#pragma once

#include "patella-catalogue.h"
#include "patella-fake-clock.h"
#include "patella-session-run.h"
#include "session-test-util.h"
#include "store-test-util.h"

#define SEC ((gint64) G_USEC_PER_SEC)
#define WALL_T0 (G_GINT64_CONSTANT (1767268800) * SEC)  /* 2026-01-01 12:00 UTC */

#define N_ITEMS TEST_PLAN_N_ITEMS

typedef struct
{
  char                *dir;
  PatellaStore        *store;
  PatellaFakeClock    *clock;
  PatellaDose          doses[N_ITEMS];
  PatellaTimelineItem  items[N_ITEMS];
  guint                n_items;
  PatellaSessionRun   *run;
} Fixture;

static inline void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = test_make_tmp_dir ();
  path = g_build_filename (f->dir, "patella.db", NULL);
  f->store = patella_store_open (path, &error);
  g_assert_no_error (error);
  f->clock = patella_fake_clock_new (1000 * SEC, WALL_T0);

  test_tiny_plan (f->doses, f->items);
  f->n_items = N_ITEMS;
}

static inline void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->run != NULL)
    g_assert_finalize_object (f->run);
  g_assert_finalize_object (f->clock);
  g_assert_finalize_object (f->store);
  test_rm_rf (f->dir);
  g_free (f->dir);
}

/* A new run of the fixture's plan (the right knee hurts), begun. */
static inline void
begin_run (Fixture *f)
{
  PatellaTimelineOptions options = { .affected_side = PATELLA_SIDE_RIGHT };
  g_autoptr(PatellaTimeline) timeline = NULL;
  g_autoptr(GError) error = NULL;

  timeline = patella_timeline_new (f->items, f->n_items, &options, &error);
  g_assert_no_error (error);
  f->run = patella_session_run_new (f->store, PATELLA_CLOCK (f->clock), timeline, 0);
  g_assert_true (patella_session_run_begin (f->run, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpint (patella_session_run_get_session_id (f->run), >, 0);
}

static inline PatellaEngine *
engine (Fixture *f)
{
  return patella_session_run_get_engine (f->run);
}

static inline gboolean
at (Fixture          *f,
    const char       *id,
    PatellaPhaseKind  kind)
{
  PatellaEngine *e = engine (f);

  return patella_engine_get_state (e) != PATELLA_ENGINE_FINISHED
         && g_str_equal (patella_exercise_get_id (patella_engine_get_exercise (e)), id)
         && patella_engine_get_phase_kind (e) == kind;
}

/* Lets the clock run, alarm by alarm, until the engine is at @kind of @id. */
static inline void
run_to (Fixture          *f,
        const char       *id,
        PatellaPhaseKind  kind)
{
  guint guard = 0;

  while (!at (f, id, kind))
    {
      g_assert_cmpuint (++guard, <, 2000);
      g_assert_true (patella_fake_clock_run_next (f->clock));
    }
}

static inline void
run_to_end (Fixture *f)
{
  guint guard = 0;

  while (patella_engine_get_state (engine (f)) != PATELLA_ENGINE_FINISHED)
    {
      g_assert_cmpuint (++guard, <, 2000);
      g_assert_true (patella_fake_clock_run_next (f->clock));
    }
}

