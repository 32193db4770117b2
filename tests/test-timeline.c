/* test-timeline.c: expanding exercises and doses into timed phases
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "patella-catalogue.h"
#include "patella-duration.h"
#include "patella-timeline.h"

#define SEC ((gint64)G_USEC_PER_SEC)

typedef struct
{
  PatellaPhaseKind kind;
  int              seconds;
} Expected;

/* A compact way to write a phase list: "G10 (U2 P1 D2)x20 S5 E3", letters
 * for get ready, up, pause, hold, down, rest, switch side, exercise done,
 * each followed by seconds; a parenthesised group repeats. */
static void
parse_spec (const char **spec,
            GArray      *out)
{
  const char *s = *spec;

  while (*s != '\0' && *s != ')')
    {
      if (*s == ' ')
        {
          s++;
        }
      else if (*s == '(')
        {
          g_autoptr(GArray) group = g_array_new (FALSE, FALSE, sizeof (Expected));
          char *end;
          guint64 times;

          s++;
          parse_spec (&s, group);
          g_assert_true (s[0] == ')' && s[1] == 'x');
          times = g_ascii_strtoull (s + 2, &end, 10);
          s = end;
          for (guint64 t = 0; t < times; t++)
            g_array_append_vals (out, group->data, group->len);
        }
      else
        {
          static const char letters[] = "GUPHDRSE";
          const char *at = strchr (letters, *s);
          Expected e;
          char *end;

          g_assert_nonnull (at);
          e.kind = (PatellaPhaseKind)(at - letters);
          e.seconds = (int)g_ascii_strtoll (s + 1, &end, 10);
          s = end;
          g_array_append_val (out, e);
        }
    }

  *spec = s;
}

static void
assert_phases (PatellaTimeline *timeline,
               guint            from,
               const char      *spec)
{
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (Expected));
  const char *s = spec;

  parse_spec (&s, expected);
  g_assert_cmpint (*s, ==, '\0');
  g_assert_cmpuint (patella_timeline_get_n_phases (timeline), >=, from + expected->len);

  for (guint i = 0; i < expected->len; i++)
    {
      const Expected *e = &g_array_index (expected, Expected, i);
      const PatellaPhase *p = patella_timeline_get_phase (timeline, from + i);

      if (p->kind != e->kind || p->duration_usec != e->seconds * SEC)
        g_error ("phase %u: expected %s %d s, got %s %" G_GINT64_FORMAT " µs",
                 from + i, patella_phase_kind_to_string (e->kind), e->seconds,
                 patella_phase_kind_to_string (p->kind), p->duration_usec);
    }
}

/* Offsets are the exact running sum, and every group range holds its phase. */
static void
assert_consistent (PatellaTimeline *timeline)
{
  guint n = patella_timeline_get_n_phases (timeline);
  gint64 offset = 0;

  for (guint i = 0; i < n; i++)
    {
      const PatellaPhase *p = patella_timeline_get_phase (timeline, i);
      gboolean work = patella_phase_kind_is_work (p->kind);

      g_assert_cmpint (p->offset_usec, ==, offset);
      g_assert_cmpint (p->duration_usec, >, 0);
      offset += p->duration_usec;

      g_assert_true (p->exercise == patella_timeline_get_item_exercise (timeline, p->item));
      g_assert_true (p->dose == patella_timeline_get_item_dose (timeline, p->item));
      g_assert_cmpuint (p->item_first, <=, i);
      g_assert_cmpuint (p->item_last, >=, i);
      g_assert_cmpuint (p->set, >=, 1);
      g_assert_cmpuint (p->set, <=, p->sets_total);

      if (work)
        {
          g_assert_cmpuint (p->rep, >=, 1);
          g_assert_cmpuint (p->rep, <=, p->reps_total);
          g_assert_cmpuint (p->rep_first, <=, i);
          g_assert_cmpuint (p->rep_last, >=, i);
          g_assert_cmpuint (p->set_first, <=, i);
          g_assert_cmpuint (p->set_last, >=, i);
          g_assert_cmpuint (patella_timeline_get_phase (timeline, p->rep_first)->rep, ==, p->rep);
          g_assert_cmpuint (patella_timeline_get_phase (timeline, p->rep_last)->rep, ==, p->rep);
          g_assert_cmpuint (patella_timeline_get_phase (timeline, p->set_first)->rep, ==, 1);
          /* Less than all reps only where a substitution cut the set short. */
          g_assert_cmpuint (patella_timeline_get_phase (timeline, p->set_last)->rep, <=,
                            p->reps_total);
        }
      else
        {
          const PatellaPhase *set = patella_timeline_get_phase (timeline, p->set_first);

          g_assert_cmpuint (p->rep, ==, 0);
          g_assert_cmpuint (p->rep_first, ==, i);
          g_assert_cmpuint (p->rep_last, ==, i);
          g_assert_true (patella_phase_kind_is_work (set->kind));
          if (p->kind == PATELLA_PHASE_EXERCISE_DONE)
            g_assert_cmpuint (p->set_last, ==, i - 1);
          else
            g_assert_cmpuint (p->set_first, ==, i + 1);
          g_assert_cmpuint (set->side, ==, p->side);
          g_assert_cmpuint (set->set, ==, p->set);
        }
    }

  g_assert_cmpint (patella_timeline_get_duration_usec (timeline), ==, offset);
}

static PatellaExercise *
lookup (const char *id)
{
  PatellaExercise *exercise = patella_catalogue_lookup (patella_catalogue_get_default (), id);

  g_assert_nonnull (exercise);
  return exercise;
}

static PatellaTimeline *
single (const char        *id,
        const PatellaDose *dose,
        PatellaSide        affected)
{
  PatellaTimelineItem item = { lookup (id), dose };
  PatellaTimelineOptions options = { .affected_side = affected };
  g_autoptr(GError) error = NULL;
  PatellaTimeline *timeline = patella_timeline_new (&item, 1, &options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (timeline);
  assert_consistent (timeline);
  return timeline;
}

static void
test_clamshell (void)
{
  g_autoptr(PatellaTimeline) t = single ("clamshell", NULL, PATELLA_SIDE_LEFT);
  const PatellaPhase *p;

  assert_phases (t, 0, "G10 (U2 P1 D2)x20 S5 (U2 P1 D2)x20 E3");
  g_assert_cmpuint (patella_timeline_get_n_phases (t), ==, 123);
  g_assert_cmpint (patella_timeline_get_duration_usec (t), ==, 218 * SEC);

  p = patella_timeline_get_phase (t, 0);
  g_assert_cmpint (p->side, ==, PATELLA_SIDE_LEFT);
  p = patella_timeline_get_phase (t, 1);
  g_assert_cmpint (p->side, ==, PATELLA_SIDE_LEFT);
  g_assert_cmpuint (p->rep, ==, 1);
  g_assert_cmpuint (p->reps_total, ==, 20);
  g_assert_cmpuint (p->set, ==, 1);
  g_assert_cmpuint (p->sets_total, ==, 1);
  g_assert_cmpuint (p->rep_last, ==, 3);
  g_assert_cmpuint (p->set_last, ==, 60);
  p = patella_timeline_get_phase (t, 60);
  g_assert_cmpuint (p->rep, ==, 20);
  g_assert_cmpint (p->kind, ==, PATELLA_PHASE_DOWN);
  p = patella_timeline_get_phase (t, 61);
  g_assert_cmpint (p->kind, ==, PATELLA_PHASE_SWITCH_SIDE);
  g_assert_cmpint (p->side, ==, PATELLA_SIDE_RIGHT);
  g_assert_cmpint (p->offset_usec, ==, 110 * SEC);
  p = patella_timeline_get_phase (t, 62);
  g_assert_cmpint (p->side, ==, PATELLA_SIDE_RIGHT);
  g_assert_cmpuint (p->rep, ==, 1);
  g_assert_cmpint (p->offset_usec, ==, 115 * SEC);
  p = patella_timeline_get_phase (t, 122);
  g_assert_cmpint (p->kind, ==, PATELLA_PHASE_EXERCISE_DONE);
  g_assert_cmpint (p->side, ==, PATELLA_SIDE_RIGHT);
  g_assert_cmpuint (p->set_first, ==, 62);
  g_assert_cmpuint (p->set_last, ==, 121);
}

static void
test_glute_bridge (void)
{
  g_autoptr(PatellaTimeline) t = single ("glute-bridge", NULL, PATELLA_SIDE_LEFT);
  const PatellaPhase *rest;

  assert_phases (t, 0, "G10 (U2 H3 D2)x10 R30 (U2 H3 D2)x10 E3");
  g_assert_cmpint (patella_timeline_get_duration_usec (t), ==, 183 * SEC);

  rest = patella_timeline_get_phase (t, 31);
  g_assert_cmpint (rest->kind, ==, PATELLA_PHASE_REST);
  g_assert_cmpuint (rest->set, ==, 2);
  g_assert_cmpint (rest->side, ==, PATELLA_SIDE_BOTH);
  g_assert_cmpuint (patella_timeline_get_phase (t, 30)->set, ==, 1);
  g_assert_cmpuint (patella_timeline_get_phase (t, 32)->set, ==, 2);
}

static void
test_wall_squat (void)
{
  g_autoptr(PatellaTimeline) t = single ("wall-squat", NULL, PATELLA_SIDE_RIGHT);

  assert_phases (t, 0, "G10 (U2 H5 D2)x10 E3");
  g_assert_cmpint (patella_timeline_get_duration_usec (t), ==, 103 * SEC);
  g_assert_cmpint (patella_timeline_get_phase (t, 1)->side, ==, PATELLA_SIDE_BOTH);
}

static void
test_straight_leg_raise (void)
{
  g_autoptr(PatellaTimeline) left = single ("straight-leg-raise", NULL, PATELLA_SIDE_LEFT);
  g_autoptr(PatellaTimeline) right = single ("straight-leg-raise", NULL, PATELLA_SIDE_RIGHT);
  g_autoptr(PatellaTimeline) both = single ("straight-leg-raise", NULL, PATELLA_SIDE_BOTH);

  assert_phases (left, 0, "G10 (U2 H2 D2)x10 R30 (U2 H2 D2)x10 R30 (U2 H2 D2)x10 E3");
  g_assert_cmpint (patella_timeline_get_duration_usec (left), ==, 253 * SEC);
  g_assert_cmpint (patella_timeline_get_duration_usec (right), ==, 253 * SEC);

  /* The affected leg only: one side all through. */
  for (guint i = 0; i < patella_timeline_get_n_phases (left); i++)
    {
      g_assert_cmpint (patella_timeline_get_phase (left, i)->side, ==, PATELLA_SIDE_LEFT);
      g_assert_cmpint (patella_timeline_get_phase (right, i)->side, ==, PATELLA_SIDE_RIGHT);
    }

  /* Both legs affected: each set runs left then right. */
  assert_phases (both, 0,
                 "G10 (U2 H2 D2)x10 S5 (U2 H2 D2)x10 R30 (U2 H2 D2)x10 S5 (U2 H2 D2)x10 "
                 "R30 (U2 H2 D2)x10 S5 (U2 H2 D2)x10 E3");
  g_assert_cmpint (patella_timeline_get_phase (both, 1)->side, ==, PATELLA_SIDE_LEFT);
  g_assert_cmpint (patella_timeline_get_phase (both, 32)->side, ==, PATELLA_SIDE_RIGHT);
  g_assert_cmpuint (patella_timeline_get_phase (both, 32)->set, ==, 1);
  g_assert_cmpint (patella_timeline_get_duration_usec (both), ==, (253 + 180 + 15) * SEC);
}

static void
test_heel_raise (void)
{
  g_autoptr(PatellaTimeline) t = single ("heel-raise", NULL, PATELLA_SIDE_LEFT);

  /* No pause at the top: a zero-second part makes no phase. */
  assert_phases (t, 0, "G10 (U1 D2)x20 E3");
  g_assert_cmpint (patella_timeline_get_duration_usec (t), ==, 73 * SEC);
}

static void
test_stretch (void)
{
  g_autoptr(PatellaTimeline) t = single ("hamstring-stretch", NULL, PATELLA_SIDE_LEFT);
  g_autoptr(PatellaTimeline) roll = single ("foam-rolling", NULL, PATELLA_SIDE_LEFT);

  assert_phases (t, 0, "G10 H30 S5 H30 R10 H30 S5 H30 R10 H30 S5 H30 E3");
  assert_phases (roll, 0, "G10 (H10 D5)x3 S5 (H10 D5)x3 E3");
}

static PatellaTimeline *
core_session (const PatellaTimelineOptions *options,
              GError                      **error)
{
  const char * const *ids = patella_catalogue_get_core_ids ();
  PatellaTimelineItem items[5];

  for (guint i = 0; i < 5; i++)
    items[i] = (PatellaTimelineItem) { lookup (ids[i]), NULL };

  return patella_timeline_new (items, 5, options, error);
}

static void
test_core_session (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaTimeline) t = core_session (NULL, &error);
  g_autofree char *estimate = NULL;
  guint starts[5] = { 0, 123, 186, 218, 312 };

  g_assert_no_error (error);
  assert_consistent (t);
  g_assert_cmpuint (patella_timeline_get_n_items (t), ==, 5);
  g_assert_cmpuint (patella_timeline_get_n_phases (t), ==, 354);
  g_assert_cmpint (patella_timeline_get_duration_usec (t), ==, 830 * SEC);
  g_assert_cmpint (patella_timeline_get_affected_side (t), ==, PATELLA_SIDE_LEFT);

  for (guint i = 0; i < 5; i++)
    {
      const PatellaPhase *p = patella_timeline_get_phase (t, starts[i]);

      g_assert_cmpint (p->kind, ==, PATELLA_PHASE_GET_READY);
      g_assert_cmpuint (p->item, ==, i);
      g_assert_cmpuint (p->item_first, ==, starts[i]);
      g_assert_false (p->substituted);
    }
  assert_phases (t, 312, "G10 (U1 D2)x20 E3");

  estimate = patella_format_duration_estimate (patella_timeline_get_duration_usec (t));
  g_assert_cmpstr (estimate, ==, "about 14 min");
}

static void
test_zero_framing (void)
{
  PatellaDose dose = *patella_exercise_get_default_dose (lookup ("clamshell"));
  g_autoptr(PatellaTimeline) t = NULL;

  dose.sets = 2;
  dose.reps = 2;
  dose.rest_seconds = 0;
  dose.switch_seconds = 0;
  dose.get_ready_seconds = 0;
  t = single ("clamshell", &dose, PATELLA_SIDE_LEFT);

  assert_phases (t, 0, "(U2 P1 D2)x2 (U2 P1 D2)x2 (U2 P1 D2)x2 (U2 P1 D2)x2 E3");
  g_assert_cmpuint (patella_timeline_get_n_phases (t), ==, 25);
  /* Sets and sides stay apart even with nothing between them. */
  g_assert_cmpuint (patella_timeline_get_phase (t, 0)->set_last, ==, 5);
  g_assert_cmpint (patella_timeline_get_phase (t, 6)->side, ==, PATELLA_SIDE_RIGHT);
  g_assert_cmpuint (patella_timeline_get_phase (t, 6)->set_first, ==, 6);
  g_assert_cmpuint (patella_timeline_get_phase (t, 12)->set, ==, 2);
}

static void
test_dose_limits_expand (void)
{
  PatellaDose max = {
    .sets = PATELLA_DOSE_MAX_SETS, .reps = PATELLA_DOSE_MAX_REPS,
    .tempo_up_seconds = PATELLA_DOSE_MAX_TEMPO, .tempo_pause_seconds = PATELLA_DOSE_MAX_TEMPO,
    .tempo_down_seconds = PATELLA_DOSE_MAX_TEMPO, .rest_seconds = PATELLA_DOSE_MAX_REST,
    .switch_seconds = PATELLA_DOSE_MAX_SWITCH, .get_ready_seconds = PATELLA_DOSE_MAX_GET_READY,
  };
  PatellaDose min = { .sets = 1, .reps = 1, .tempo_up_seconds = 1 };
  g_autoptr(PatellaTimeline) big = single ("clamshell", &max, PATELLA_SIDE_LEFT);
  g_autoptr(PatellaTimeline) small = single ("clamshell", &min, PATELLA_SIDE_LEFT);

  /* 10 sets x 2 sides x 100 reps x 30 s, 9 rests, 10 switches, countdown, done. */
  g_assert_cmpint (patella_timeline_get_duration_usec (big), ==,
                   (10 * 2 * 100 * 30 + 9 * 600 + 10 * 60 + 60 + 3) * SEC);
  g_assert_cmpuint (patella_timeline_get_n_phases (big), ==, 10 * 2 * 300 + 9 + 10 + 2);
  assert_phases (small, 0, "U1 U1 E3");
  g_assert_cmpuint (patella_timeline_get_n_phases (small), ==, 3);
}

static void
test_resume (void)
{
  g_autoptr(GError) error = NULL;
  PatellaTimelineOptions at_slr = { .affected_side = PATELLA_SIDE_RIGHT,
                                    .start_item = 3, .start_set = 2 };
  PatellaTimelineOptions right_side = { .start_item = 0, .start_set = 1,
                                        .start_side = PATELLA_SIDE_RIGHT };
  g_autoptr(PatellaTimeline) t = core_session (&at_slr, &error);
  g_autoptr(PatellaTimeline) r = NULL;
  const PatellaPhase *p;

  g_assert_no_error (error);
  assert_consistent (t);
  g_assert_cmpuint (patella_timeline_get_n_items (t), ==, 2);
  assert_phases (t, 0, "G10 (U2 H2 D2)x10 R30 (U2 H2 D2)x10 E3 G10 (U1 D2)x20 E3");
  p = patella_timeline_get_phase (t, 0);
  g_assert_cmpuint (p->set, ==, 2);
  g_assert_cmpuint (p->sets_total, ==, 3);
  g_assert_cmpint (p->side, ==, PATELLA_SIDE_RIGHT);
  g_assert_true (p->exercise == lookup ("straight-leg-raise"));
  g_assert_cmpuint (patella_timeline_get_phase (t, 1)->set, ==, 2);
  g_assert_cmpuint (patella_timeline_get_phase (t, 33)->set, ==, 3);
  g_assert_cmpint (patella_timeline_get_duration_usec (t), ==, (10 + 60 + 30 + 60 + 3 + 73) * SEC);

  r = core_session (&right_side, &error);
  g_assert_no_error (error);
  assert_consistent (r);
  assert_phases (r, 0, "G10 (U2 P1 D2)x20 E3 G10");
  g_assert_cmpint (patella_timeline_get_phase (r, 1)->side, ==, PATELLA_SIDE_RIGHT);
}

static void
test_errors (void)
{
  const PatellaTimelineOptions bad[] = {
    { .start_item = 5 },
    { .start_item = 3, .start_set = 4 },
    { .start_item = 1, .start_side = PATELLA_SIDE_RIGHT },
    { .start_item = 3, .affected_side = PATELLA_SIDE_LEFT, .start_side = PATELLA_SIDE_RIGHT },
  };
  PatellaTimelineOptions bad_side = { .affected_side = 7 };
  PatellaDose broken = *patella_exercise_get_default_dose (lookup ("wall-squat"));
  PatellaTimelineItem item = { lookup ("wall-squat"), &broken };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_null (core_session (&bad[i], &error));
      g_assert_error (error, PATELLA_TIMELINE_ERROR, PATELLA_TIMELINE_ERROR_BAD_START);
      g_clear_error (&error);
    }

  g_assert_null (core_session (&bad_side, &error));
  g_assert_error (error, PATELLA_TIMELINE_ERROR, PATELLA_TIMELINE_ERROR_BAD_SIDE);
  g_clear_error (&error);

  g_assert_null (patella_timeline_new (NULL, 0, NULL, &error));
  g_assert_error (error, PATELLA_TIMELINE_ERROR, PATELLA_TIMELINE_ERROR_EMPTY);
  g_clear_error (&error);

  broken.hold_seconds = 90;
  g_assert_null (patella_timeline_new (&item, 1, NULL, &error));
  g_assert_error (error, PATELLA_DOSE_ERROR, PATELLA_DOSE_ERROR_OUT_OF_RANGE);
  g_assert_true (g_str_has_prefix (error->message, "Wall squat: Hold must be between 1 and 60"));
}

static void
test_substitute (void)
{
  PatellaDose squat_dose = *patella_exercise_get_default_dose (lookup ("wall-squat"));
  PatellaTimelineItem items[2] = {
    { lookup ("wall-squat"), &squat_dose },
    { lookup ("heel-raise"), NULL },
  };
  g_autoptr(PatellaTimeline) t = NULL;
  g_autoptr(PatellaTimeline) mid = NULL;
  g_autoptr(PatellaTimeline) at_start = NULL;
  g_autoptr(PatellaTimeline) next = NULL;
  g_autoptr(GError) error = NULL;
  PatellaDose bad = *patella_exercise_get_default_dose (lookup ("straight-leg-raise"));
  guint start = 0;
  guint cut;

  squat_dose.sets = 3;
  squat_dose.reps = 2;
  t = patella_timeline_new (items, 2, NULL, &error);
  g_assert_no_error (error);
  assert_phases (t, 0, "G10 (U2 H5 D2)x2 R30 (U2 H5 D2)x2 R30 (U2 H5 D2)x2 E3 G10");

  /* In set 2, rep 2: the first set and set 2's first rep stay as history;
   * the rest of the wall squat (2 sets) becomes straight-leg raises. */
  cut = patella_timeline_find_set (t, 0, 2, PATELLA_SIDE_BOTH) + 3;
  g_assert_cmpuint (cut, ==, 11);
  mid = patella_timeline_substitute (t, cut, 0, lookup ("straight-leg-raise"), NULL, 2,
                                     &start, &error);
  g_assert_no_error (error);
  assert_consistent (mid);
  g_assert_cmpuint (start, ==, 11);
  g_assert_cmpuint (patella_timeline_get_n_items (mid), ==, 3);
  assert_phases (mid, 0, "G10 (U2 H5 D2)x2 R30 (U2 H5 D2)x1 "
                         "G10 (U2 H2 D2)x10 R30 (U2 H2 D2)x10 E3 G10 (U1 D2)x20 E3");
  g_assert_false (patella_timeline_get_phase (mid, 10)->substituted);
  g_assert_cmpuint (patella_timeline_get_phase (mid, 10)->item, ==, 0);
  g_assert_true (patella_timeline_get_phase (mid, 11)->substituted);
  g_assert_cmpuint (patella_timeline_get_phase (mid, 11)->item, ==, 1);
  g_assert_cmpuint (patella_timeline_get_phase (mid, 12)->sets_total, ==, 2);
  g_assert_cmpuint (patella_timeline_get_item_dose (mid, 1)->sets, ==, 2);
  g_assert_cmpuint (patella_timeline_get_phase (mid, 75)->item, ==, 2);
  g_assert_false (patella_timeline_get_phase (mid, 75)->substituted);
  for (guint i = 0; i < cut; i++)
    g_assert_cmpint (patella_timeline_get_phase (mid, i)->offset_usec, ==,
                     patella_timeline_get_phase (t, i)->offset_usec);

  /* At the first rep of set 2 the rest before it goes too: it introduced a
   * set that will not happen. */
  g_clear_object (&mid);
  cut = patella_timeline_find_set (t, 0, 2, PATELLA_SIDE_BOTH);
  mid = patella_timeline_substitute (t, cut, 0, lookup ("straight-leg-raise"), NULL, 0,
                                     &start, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (start, ==, cut - 1);
  assert_phases (mid, 0, "G10 (U2 H5 D2)x2 G10 (U2 H2 D2)x10 R30");

  /* From the very first phase the wall squat disappears: same item number. */
  at_start = patella_timeline_substitute (t, 0, 0, lookup ("straight-leg-raise"), NULL, 1,
                                          &start, &error);
  g_assert_no_error (error);
  assert_consistent (at_start);
  g_assert_cmpuint (start, ==, 0);
  g_assert_cmpuint (patella_timeline_get_n_items (at_start), ==, 2);
  assert_phases (at_start, 0, "G10 (U2 H2 D2)x10 E3 G10 (U1 D2)x20 E3");
  g_assert_cmpuint (patella_timeline_get_phase (at_start, 0)->item, ==, 0);

  /* Replacing the next item entirely. */
  cut = patella_timeline_get_phase (t, 0)->item_last + 1;
  next = patella_timeline_substitute (t, cut, 1, lookup ("tibialis-posterior-stretch"), NULL, 0,
                                      &start, &error);
  g_assert_no_error (error);
  assert_consistent (next);
  g_assert_cmpuint (start, ==, cut);
  assert_phases (next, cut - 1, "E3 G10 H30 S5 H30 E3");
  g_assert_cmpuint (patella_timeline_get_n_phases (next), ==, cut + 5);

  bad.hold_seconds = 0;
  g_assert_null (patella_timeline_substitute (t, 0, 0, lookup ("straight-leg-raise"), &bad, 0,
                                              NULL, &error));
  g_assert_error (error, PATELLA_DOSE_ERROR, PATELLA_DOSE_ERROR_OUT_OF_RANGE);
}

static void
test_find_set (void)
{
  g_autoptr(PatellaTimeline) t = single ("straight-leg-raise", NULL, PATELLA_SIDE_BOTH);

  g_assert_cmpuint (patella_timeline_find_set (t, 0, 1, PATELLA_SIDE_LEFT), ==, 1);
  g_assert_cmpuint (patella_timeline_find_set (t, 0, 1, PATELLA_SIDE_RIGHT), ==, 32);
  g_assert_cmpuint (patella_timeline_find_set (t, 0, 2, PATELLA_SIDE_BOTH), ==, 63);
  g_assert_cmpuint (patella_timeline_find_set (t, 0, 4, PATELLA_SIDE_BOTH), ==, G_MAXUINT);
  g_assert_cmpuint (patella_timeline_find_set (t, 1, 1, PATELLA_SIDE_BOTH), ==, G_MAXUINT);
}

static void
test_format_estimate (void)
{
  const struct { gint64 seconds; const char *text; } cases[] = {
    { 0, "about 1 min" },
    { 29, "about 1 min" },
    { 89, "about 1 min" },
    { 90, "about 2 min" },
    { 830, "about 14 min" },
    { 3600, "about 60 min" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = patella_format_duration_estimate (cases[i].seconds * SEC);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* The exact form: no zero parts, seconds dropped once hours show. */
static void
test_exact_duration_text (void)
{
  const struct { gint64 usec; const char *text; } cases[] = {
    { 0, "0 s" },
    { 45 * SEC, "45 s" },
    { 45 * SEC + SEC / 2, "46 s" },
    { 59 * SEC + SEC / 2 - 1, "59 s" },
    { 59 * SEC + SEC / 2, "1 min" },
    { 820 * SEC, "13 min 40 s" },
    { 14 * 60 * SEC, "14 min" },
    { 3600 * SEC, "1 h" },
    { (2 * 3600 + 10 * 60 + 59) * SEC, "2 h 10 min" },
    { -5 * SEC, "0 s" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = patella_format_duration (cases[i].usec);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_timeline_lifetime (void)
{
  PatellaExerciseInfo info = {
    .id = "temp", .name = "Temporary", .steps = { "Move", NULL },
    .work = PATELLA_WORK_REPS_TEMPO, .side_mode = PATELLA_SIDE_MODE_BOTH_AT_ONCE,
    .dose = { .sets = 1, .reps = 1, .tempo_up_seconds = 1 },
  };
  PatellaExercise *exercise = patella_exercise_new (&info);
  PatellaTimelineItem item = { exercise, NULL };
  PatellaTimeline *t = patella_timeline_new (&item, 1, NULL, NULL);

  /* The timeline keeps its exercises alive. */
  g_object_unref (exercise);
  g_assert_cmpstr (patella_exercise_get_id (patella_timeline_get_phase (t, 0)->exercise), ==,
                   "temp");
  g_assert_finalize_object (t);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline/clamshell", test_clamshell);
  g_test_add_func ("/timeline/glute-bridge", test_glute_bridge);
  g_test_add_func ("/timeline/wall-squat", test_wall_squat);
  g_test_add_func ("/timeline/straight-leg-raise", test_straight_leg_raise);
  g_test_add_func ("/timeline/heel-raise", test_heel_raise);
  g_test_add_func ("/timeline/stretch", test_stretch);
  g_test_add_func ("/timeline/core-session", test_core_session);
  g_test_add_func ("/timeline/zero-framing", test_zero_framing);
  g_test_add_func ("/timeline/dose-limits", test_dose_limits_expand);
  g_test_add_func ("/timeline/resume", test_resume);
  g_test_add_func ("/timeline/errors", test_errors);
  g_test_add_func ("/timeline/substitute", test_substitute);
  g_test_add_func ("/timeline/find-set", test_find_set);
  g_test_add_func ("/timeline/format-estimate", test_format_estimate);
  g_test_add_func ("/timeline/format-exact", test_exact_duration_text);
  g_test_add_func ("/timeline/lifetime", test_timeline_lifetime);

  return g_test_run ();
}
