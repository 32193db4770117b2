/* patella-session-run-resume.c: where an interrupted session goes on
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "patella-session-run.h"
#include "patella-session-run-private.h"

/* The store's name for a side. */
PatellaStoreSide
_patella_session_run_store_side (PatellaSide side)
{
  switch (side)
    {
    case PATELLA_SIDE_LEFT:
      return PATELLA_STORE_SIDE_LEFT;
    case PATELLA_SIDE_RIGHT:
      return PATELLA_STORE_SIDE_RIGHT;
    case PATELLA_SIDE_BOTH:
    default:
      return PATELLA_STORE_SIDE_BOTH;
    }
}

typedef struct
{
  guint       item;
  guint       set;
  PatellaSide side;
} Slot;

/**
 * patella_session_run_find_resume_point:
 * @store: the store holding the interrupted session
 * @session_id: its id
 * @items: (array length=n_items): today's plan
 * @n_items: how many items
 * @affected: the user's affected side
 * @options: (out): the timeline options that start at the resume point
 * @error: where a store failure is told
 *
 * Where an interrupted session goes on: the first set, in plan order,
 * after the furthest one it recorded. Raises swapped in after that set
 * mean the exercise they replaced is over: it goes on after it.
 *
 * Returns: %FALSE with @error unset when nothing is left to do
 */
gboolean
patella_session_run_find_resume_point (PatellaStore              *store,
                                       gint64                     session_id,
                                       const PatellaTimelineItem *items,
                                       guint                      n_items,
                                       PatellaSide                affected,
                                       PatellaTimelineOptions    *options,
                                       GError                   **error)
{
  g_autoptr(GArray) stored = NULL;
  g_autoptr(GArray) slots = g_array_new (FALSE, FALSE, sizeof (Slot));
  int furthest = -1;
  gint64 furthest_end = 0;
  gint64 last_swap_end = 0;
  guint next;

  g_return_val_if_fail (PATELLA_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  stored = patella_store_list_sets (store, session_id, error);
  if (stored == NULL)
    return FALSE;

  /* Every set of the plan, on every side, in the order the session runs. */
  for (guint i = 0; i < n_items; i++)
    {
      const PatellaDose *dose = items[i].dose ? items[i].dose
                                : patella_exercise_get_default_dose (items[i].exercise);
      PatellaSide sides[2];
      guint n_sides = patella_exercise_get_sides (items[i].exercise, affected, sides);

      for (int s = 1; s <= dose->sets; s++)
        for (guint k = 0; k < n_sides; k++)
          {
            Slot slot = { i, (guint) s, sides[k] };
            g_array_append_val (slots, slot);
          }
    }

  for (guint j = 0; j < stored->len; j++)
    {
      const PatellaStoreSet *set = &g_array_index (stored, PatellaStoreSet, j);

      if (set->substituted)
        {
          last_swap_end = MAX (last_swap_end, set->ended_us);
          continue;
        }

      for (guint k = 0; k < slots->len; k++)
        {
          const Slot *slot = &g_array_index (slots, Slot, k);

          if (g_str_equal (patella_exercise_get_id (items[slot->item].exercise), set->exercise_id)
              && _patella_session_run_store_side (slot->side) == set->side
              && (int) slot->set == set->set_number
              && (int) k > furthest)
            {
              furthest = (int) k;
              furthest_end = set->ended_us;
            }
        }
    }

  next = (guint) (furthest + 1);
  /* Swapped-in sets after the furthest planned one: the exercise they
   * replaced is over, so go on with the one after it. */
  if (furthest >= 0 && last_swap_end > furthest_end)
    {
      guint item = g_array_index (slots, Slot, furthest).item;

      while (next < slots->len && g_array_index (slots, Slot, next).item == item)
        next++;
    }

  if (next >= slots->len)
    return FALSE;

  memset (options, 0, sizeof *options);
  options->affected_side = affected;
  options->start_item = g_array_index (slots, Slot, next).item;
  options->start_set = g_array_index (slots, Slot, next).set;
  options->start_side = g_array_index (slots, Slot, next).side;

  return TRUE;
}
