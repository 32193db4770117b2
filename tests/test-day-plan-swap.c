/* test-day-plan-swap.c: today's plan while the wall squat is swapped out, and its return
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-catalogue.h"
#include "patella-day-plan.h"
#include "patella-store-swap.h"
#include "patella-weekly-review.h"
#include "store-test-util.h"

typedef struct
{
  char         *dir;
  PatellaStore *store;
  gint64        program_id;
} Fixture;

static PatellaDose
default_dose (const char *id)
{
  PatellaExercise *exercise = patella_catalogue_lookup (patella_catalogue_get_default (), id);

  g_assert_nonnull (exercise);
  return *patella_exercise_get_default_dose (exercise);
}

static void
start_program (Fixture  *f,
               gboolean  with_raises)
{
  g_autoptr(GDateTime) now = test_local_time ("UTC", 2026, 3, 2, 9, 0);
  g_autoptr(GError) error = NULL;
  PatellaStorePlanItem items[3] = {
    { "clamshell", default_dose ("clamshell") },
    { "wall-squat", default_dose ("wall-squat") },
    { "straight-leg-raise", default_dose ("straight-leg-raise") },
  };
  PatellaProgram program;

  items[2].dose.reps = 14;
  patella_program_init (&program, "2026-03-02");
  f->program_id = patella_store_start_program (f->store, &program, PATELLA_STORE_NO_REMINDER,
                                               items, with_raises ? 3 : 2, now, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = test_make_tmp_dir ();
  path = g_build_filename (f->dir, "patella.db", NULL);
  f->store = patella_store_open (path, &error);
  g_assert_no_error (error);
  start_program (f, GPOINTER_TO_INT (data));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  test_rm_rf (f->dir);
  g_free (f->dir);
}

static const char *
item_id (PatellaDayPlan *plan,
         guint           i)
{
  return patella_exercise_get_id (g_array_index (plan->items, PatellaTimelineItem, i).exercise);
}

static PatellaDayPlan *
load (Fixture    *f,
      const char *day)
{
  g_autoptr(GError) error = NULL;
  PatellaDayPlan *plan = patella_day_plan_load (f->store, day, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static void
swap (Fixture *f,
      int      d)
{
  g_autoptr(GDateTime) now = test_local_time ("UTC", 2026, 3, d, 18, 0);
  g_autoptr(GError) error = NULL;

  g_assert_true (patella_store_start_swap (f->store, f->program_id, "wall-squat",
                                           "straight-leg-raise", 6, now, &error));
  g_assert_no_error (error);
}

/* A plan with raises does them at its own dose and leaves the squat out,
 * from the swap on, until the swap ends. */
static void
test_swapped_with_raises (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(PatellaDayPlan) before = load (f, "2026-03-03");
  g_autoptr(PatellaDayPlan) during = NULL;
  g_autoptr(PatellaDayPlan) after = NULL;
  g_autoptr(GDateTime) end = test_local_time ("UTC", 2026, 3, 6, 8, 0);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (before->items->len, ==, 3);
  g_assert_null (before->swap);

  swap (f, 3);
  during = load (f, "2026-03-04");
  g_assert_nonnull (during->swap);
  g_assert_cmpstr (during->swap->day, ==, "2026-03-03");
  g_assert_cmpint (during->swapped_in, ==, -1);
  g_assert_cmpuint (during->items->len, ==, 2);
  g_assert_cmpstr (item_id (during, 0), ==, "clamshell");
  g_assert_cmpstr (item_id (during, 1), ==, "straight-leg-raise");
  g_assert_cmpint (g_array_index (during->items, PatellaTimelineItem, 1).dose->reps, ==, 14);
  g_assert_cmpint (g_array_index (during->items, PatellaTimelineItem, 0).dose->reps, ==,
                   default_dose ("clamshell").reps);
  g_assert_null (during->swap_return);

  g_assert_true (patella_store_end_swap (f->store, f->program_id, "wall-squat", end, &error));
  g_assert_no_error (error);
  after = load (f, "2026-03-06");
  g_assert_null (after->swap);
  g_assert_cmpuint (after->items->len, ==, 3);
  g_assert_cmpstr (item_id (after, 1), ==, "wall-squat");
}

/* Without raises in the plan, they stand in the squat's place at the
 * catalogue's dose, and no proposal is made for them. */
static void
test_swapped_without_raises (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(PatellaDayPlan) during = NULL;
  g_autoptr(GPtrArray) proposals = NULL;
  g_autoptr(GError) error = NULL;

  swap (f, 3);
  during = load (f, "2026-03-10");
  g_assert_cmpuint (during->items->len, ==, 2);
  g_assert_cmpstr (item_id (during, 1), ==, "straight-leg-raise");
  g_assert_cmpint (during->swapped_in, ==, 1);
  g_assert_cmpint (g_array_index (during->items, PatellaTimelineItem, 1).dose->sets, ==,
                   default_dose ("straight-leg-raise").sets);

  proposals = patella_weekly_review_load (f->store, during, &error);
  g_assert_no_error (error);
  for (guint i = 0; proposals != NULL && i < proposals->len; i++)
    g_assert_cmpstr (((PatellaProposal *) g_ptr_array_index (proposals, i))->exercise_id, !=,
                     "straight-leg-raise");
}

/* The wall squat's return is offered a week after the swap, not before,
 * and a warning sign in the last week holds it back. */
static void
test_return_offered (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PatellaDayPlan) day6 = NULL;
  g_autoptr(PatellaDayPlan) day7 = NULL;
  g_autoptr(PatellaDayPlan) signed_day = NULL;
  g_autoptr(GError) error = NULL;
  PatellaPainEntry entry = { 0 };

  swap (f, 3);
  day6 = load (f, "2026-03-09");
  g_assert_null (day6->swap_return);
  day7 = load (f, "2026-03-10");
  g_assert_nonnull (day7->swap_return);

  g_strlcpy (entry.day, "2026-03-10", sizeof entry.day);
  entry.usual = 2;
  entry.worst = 3;
  entry.signs = PATELLA_WARNING_SIGN_PAINFUL_POP;
  g_assert_true (patella_store_save_pain (f->store, &entry, NULL, &error));
  g_assert_no_error (error);
  signed_day = load (f, "2026-03-10");
  g_assert_null (signed_day->swap_return);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/day-plan-swap/with-raises", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_swapped_with_raises, fixture_tear_down);
  g_test_add ("/day-plan-swap/without-raises", Fixture, GINT_TO_POINTER (FALSE), fixture_set_up,
              test_swapped_without_raises, fixture_tear_down);
  g_test_add ("/day-plan-swap/return", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_return_offered, fixture_tear_down);

  return g_test_run ();
}
