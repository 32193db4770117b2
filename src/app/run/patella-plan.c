/* patella-plan.c: today's session: which exercises, at which dose, on which side
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-catalogue.h"
#include "patella-plan.h"

GArray *
patella_plan_get_today_items (void)
{
  PatellaCatalogue *catalogue = patella_catalogue_get_default ();
  const char * const *ids = patella_catalogue_get_core_ids ();
  GArray *items = g_array_new (FALSE, TRUE, sizeof (PatellaTimelineItem));

  for (guint i = 0; ids[i] != NULL; i++)
    {
      PatellaTimelineItem item = { patella_catalogue_lookup (catalogue, ids[i]), NULL };

      g_return_val_if_fail (item.exercise != NULL, items);
      g_array_append_val (items, item);

      /* The heel raise brings its stretch along (source 001): 30 s for the
       * tibialis posterior, straight after. */
      if (g_str_equal (ids[i], "heel-raise"))
        {
          PatellaTimelineItem stretch = {
            patella_catalogue_lookup (catalogue, PATELLA_PLAN_HEEL_RAISE_STRETCH), NULL
          };

          g_return_val_if_fail (stretch.exercise != NULL, items);
          g_array_append_val (items, stretch);
        }
    }

  return items;
}

PatellaSide
patella_plan_get_affected_side (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), PATELLA_SIDE_RIGHT);

  /* The schema's enum values are PatellaSide's. */
  switch (g_settings_get_enum (settings, "affected-side"))
    {
    case PATELLA_SIDE_LEFT:
      return PATELLA_SIDE_LEFT;
    case PATELLA_SIDE_BOTH:
      return PATELLA_SIDE_BOTH;
    case PATELLA_SIDE_RIGHT:
    default:
      return PATELLA_SIDE_RIGHT;
    }
}

char *
patella_plan_describe_dose (PatellaExercise   *exercise,
                            const PatellaDose *dose,
                            PatellaSide        affected)
{
  g_autoptr(GString) text = g_string_new (NULL);
  PatellaSide sides[2];
  guint n_sides;

  g_return_val_if_fail (PATELLA_IS_EXERCISE (exercise), NULL);

  if (dose == NULL)
    dose = patella_exercise_get_default_dose (exercise);

  switch (patella_exercise_get_work_kind (exercise))
    {
    case PATELLA_WORK_TIMED_HOLD:
      /* Translators: sets × a hold, e.g. "3 × 30 s" */
      g_string_append_printf (text, _("%d × %d s"), dose->sets, dose->hold_seconds);
      break;

    case PATELLA_WORK_REPS_HOLD:
      /* Translators: sets × reps with a hold, e.g. "2 × 10 reps, 3 s hold" */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "%d × %d rep, %d s hold",
                                                 "%d × %d reps, %d s hold", dose->reps),
                              dose->sets, dose->reps, dose->hold_seconds);
      break;

    case PATELLA_WORK_REPS_TEMPO:
    default:
      if (dose->until_tired)
        /* Translators: sets × reps for a dose done until the muscle tires */
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                   "%d × up to %d rep, until tired",
                                                   "%d × up to %d reps, until tired",
                                                   dose->reps),
                                dose->sets, dose->reps);
      else
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                   "%d × %d rep", "%d × %d reps", dose->reps),
                                dose->sets, dose->reps);
      break;
    }

  n_sides = patella_exercise_get_sides (exercise, affected, sides);
  if (n_sides == 2)
    g_string_append (text, _(", each side"));
  else if (sides[0] == PATELLA_SIDE_LEFT)
    g_string_append (text, _(", left leg"));
  else if (sides[0] == PATELLA_SIDE_RIGHT)
    g_string_append (text, _(", right leg"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}
