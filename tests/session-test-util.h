/* session-test-util.h: looking up the sets a session stored
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-catalogue.h"
#include "patella-store.h"
#include "patella-timeline.h"

/* The set of exercise @id numbered @number, substituted or not; NULL if
 * the session stored none. */
static inline const PatellaStoreSet *
test_find_set (GArray     *sets,
               const char *id,
               int         number,
               gboolean    substituted)
{
  for (guint i = 0; i < sets->len; i++)
    {
      const PatellaStoreSet *set = &g_array_index (sets, PatellaStoreSet, i);

      if (g_str_equal (set->exercise_id, id) && set->set_number == number
          && set->substituted == substituted)
        return set;
    }

  return NULL;
}

static inline PatellaExercise *
test_lookup (const char *id)
{
  PatellaExercise *exercise = patella_catalogue_lookup (patella_catalogue_get_default (), id);

  g_assert_nonnull (exercise);
  return exercise;
}

#define TEST_PLAN_N_ITEMS 4

/* A plan of tiny doses, every phase one to three seconds: bridges, wall
 * squats (two sets, so there is a rest between them), straight-leg raises
 * and clamshells until tired. */
static inline void
test_tiny_plan (PatellaDose         doses[TEST_PLAN_N_ITEMS],
                PatellaTimelineItem items[TEST_PLAN_N_ITEMS])
{
  doses[0] = (PatellaDose) { .sets = 2, .reps = 2, .hold_seconds = 1, .tempo_up_seconds = 1,
                             .tempo_down_seconds = 1, .rest_seconds = 2,
                             .switch_seconds = 1, .get_ready_seconds = 1 };
  doses[1] = (PatellaDose) { .sets = 2, .reps = 2, .hold_seconds = 1, .tempo_up_seconds = 1,
                             .tempo_down_seconds = 1, .rest_seconds = 3,
                             .switch_seconds = 1, .get_ready_seconds = 1 };
  doses[2] = (PatellaDose) { .sets = 1, .reps = 2, .hold_seconds = 1, .tempo_up_seconds = 1,
                             .tempo_down_seconds = 1, .rest_seconds = 1,
                             .switch_seconds = 1, .get_ready_seconds = 1 };
  doses[3] = (PatellaDose) { .sets = 1, .reps = 3, .until_tired = TRUE,
                             .tempo_up_seconds = 1, .tempo_down_seconds = 1,
                             .rest_seconds = 1, .switch_seconds = 1, .get_ready_seconds = 1 };
  items[0] = (PatellaTimelineItem) { test_lookup ("glute-bridge"), &doses[0] };
  items[1] = (PatellaTimelineItem) { test_lookup ("wall-squat"), &doses[1] };
  items[2] = (PatellaTimelineItem) { test_lookup ("straight-leg-raise"), &doses[2] };
  items[3] = (PatellaTimelineItem) { test_lookup ("clamshell"), &doses[3] };
}
