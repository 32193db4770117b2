/* patella-timeline.c: a session expanded into a flat list of timed phases
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-timeline.h"

typedef struct
{
  PatellaExercise *exercise;
  PatellaDose      dose;
  gboolean         substituted;
} Item;

struct _PatellaTimeline
{
  GObject      parent_instance;

  GPtrArray   *items;      /* of Item*, owned; phases point into them */
  GArray      *phases;     /* of PatellaPhase */
  PatellaSide  affected;
};

G_DEFINE_FINAL_TYPE (PatellaTimeline, patella_timeline, G_TYPE_OBJECT)

G_DEFINE_QUARK (patella-timeline-error-quark, patella_timeline_error)

static void
item_free (gpointer data)
{
  Item *item = data;

  g_object_unref (item->exercise);
  g_free (item);
}

static Item *
item_new (PatellaExercise   *exercise,
          const PatellaDose *dose,
          gboolean           substituted)
{
  Item *item = g_new0 (Item, 1);

  item->exercise = g_object_ref (exercise);
  item->dose = *dose;
  item->substituted = substituted;
  return item;
}

static void
patella_timeline_finalize (GObject *object)
{
  PatellaTimeline *self = (PatellaTimeline *)object;

  g_clear_pointer (&self->phases, g_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (patella_timeline_parent_class)->finalize (object);
}

static void
patella_timeline_class_init (PatellaTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = patella_timeline_finalize;
}

static void
patella_timeline_init (PatellaTimeline *self)
{
  self->items = g_ptr_array_new_with_free_func (item_free);
  self->phases = g_array_new (FALSE, TRUE, sizeof (PatellaPhase));
}

static void
push_phase (GArray           *phases,
            PatellaPhaseKind  kind,
            guint             item,
            PatellaSide       side,
            guint             set,
            guint             sets_total,
            guint             rep,
            guint             reps_total,
            int               seconds)
{
  PatellaPhase phase = { 0 };

  /* A zero-length phase would make two boundaries fall on one instant, and
   * a cue for something the user never sees. */
  if (seconds <= 0)
    return;

  phase.kind = kind;
  phase.item = item;
  phase.side = side;
  phase.set = set;
  phase.sets_total = sets_total;
  phase.rep = rep;
  phase.reps_total = reps_total;
  phase.duration_usec = (gint64)seconds * G_USEC_PER_SEC;
  g_array_append_val (phases, phase);
}

/* Sets run one after the other; within a set each side runs in turn with a
 * switch-side pause between them, so the left and right legs get the same
 * rest. */
static void
expand_item (GArray          *phases,
             guint            item,
             PatellaExercise *exercise,
             const PatellaDose *dose,
             PatellaSide      affected,
             guint            first_set,
             guint            first_side)
{
  PatellaWorkKind work = patella_exercise_get_work_kind (exercise);
  PatellaSide sides[2];
  guint n_sides = patella_exercise_get_sides (exercise, affected, sides);
  gboolean first = TRUE;
  guint sets = dose->sets;
  guint reps = dose->reps;

  for (guint set = first_set; set <= sets; set++)
    {
      for (guint s = (set == first_set ? first_side : 0); s < n_sides; s++)
        {
          PatellaSide side = sides[s];

          if (first)
            push_phase (phases, PATELLA_PHASE_GET_READY, item, side, set, sets, 0, reps,
                        dose->get_ready_seconds);
          else if (s == 0)
            push_phase (phases, PATELLA_PHASE_REST, item, side, set, sets, 0, reps,
                        dose->rest_seconds);
          else
            push_phase (phases, PATELLA_PHASE_SWITCH_SIDE, item, side, set, sets, 0, reps,
                        dose->switch_seconds);
          first = FALSE;

          for (guint rep = 1; rep <= reps; rep++)
            {
              push_phase (phases, PATELLA_PHASE_UP, item, side, set, sets, rep, reps,
                          dose->tempo_up_seconds);
              if (work == PATELLA_WORK_REPS_TEMPO)
                push_phase (phases, PATELLA_PHASE_PAUSE, item, side, set, sets, rep, reps,
                            dose->tempo_pause_seconds);
              else
                push_phase (phases, PATELLA_PHASE_HOLD, item, side, set, sets, rep, reps,
                            dose->hold_seconds);
              push_phase (phases, PATELLA_PHASE_DOWN, item, side, set, sets, rep, reps,
                          dose->tempo_down_seconds);
            }
        }
    }

  push_phase (phases, PATELLA_PHASE_EXERCISE_DONE, item, sides[n_sides - 1], sets, sets,
              0, reps, PATELLA_TIMELINE_EXERCISE_DONE_USEC / G_USEC_PER_SEC);
}

static gboolean
same_set (const PatellaPhase *a,
          const PatellaPhase *b)
{
  return a->item == b->item && a->set == b->set && a->side == b->side &&
         patella_phase_kind_is_work (a->kind) && patella_phase_kind_is_work (b->kind);
}

/* Fills in what depends on the whole list: pointers to the items, offsets
 * and the group ranges. */
static void
link_phases (PatellaTimeline *self)
{
  PatellaPhase *p = (PatellaPhase *)(gpointer)self->phases->data;
  guint n = self->phases->len;
  gint64 offset = 0;
  guint i, j;

  for (i = 0; i < n; i++)
    {
      Item *item = g_ptr_array_index (self->items, p[i].item);

      p[i].exercise = item->exercise;
      p[i].dose = &item->dose;
      p[i].substituted = item->substituted;
      p[i].offset_usec = offset;
      offset += p[i].duration_usec;
    }

  for (i = 0; i < n; i = j + 1)
    {
      for (j = i; j + 1 < n && p[j + 1].item == p[i].item; j++)
        ;
      for (guint k = i; k <= j; k++)
        {
          p[k].item_first = i;
          p[k].item_last = j;
        }
    }

  for (i = 0; i < n; i = j + 1)
    {
      j = i;
      if (p[i].rep != 0)
        while (j + 1 < n && p[j + 1].rep == p[i].rep && same_set (&p[i], &p[j + 1]))
          j++;
      for (guint k = i; k <= j; k++)
        {
          p[k].rep_first = i;
          p[k].rep_last = j;
        }
    }

  for (i = 0; i < n; i = j + 1)
    {
      j = i;
      if (!patella_phase_kind_is_work (p[i].kind))
        continue;
      while (j + 1 < n && same_set (&p[i], &p[j + 1]))
        j++;
      for (guint k = i; k <= j; k++)
        {
          p[k].set_first = i;
          p[k].set_last = j;
        }
    }

  /* Framing phases borrow the range of the set they introduce, or for
   * exercise-done the set it closes. Validation guarantees every side of
   * every set has at least one work phase. */
  for (i = 0; i < n; i++)
    {
      if (patella_phase_kind_is_work (p[i].kind))
        continue;
      if (p[i].kind == PATELLA_PHASE_EXERCISE_DONE)
        {
          p[i].set_first = p[i - 1].set_first;
          p[i].set_last = p[i - 1].set_last;
        }
      else
        {
          p[i].set_first = p[i + 1].set_first;
          p[i].set_last = p[i + 1].set_last;
        }
    }
}

static gboolean
check_item (PatellaExercise    *exercise,
            const PatellaDose  *dose,
            GError            **error)
{
  if (!patella_exercise_validate_dose (exercise, dose, error))
    {
      /* Translators: "Clamshell: Sets must be between 1 and 10, not 0" */
      g_prefix_error (error, _("%s: "), patella_exercise_get_name (exercise));
      return FALSE;
    }
  return TRUE;
}

/**
 * patella_timeline_new:
 * @items: (array length=n_items): the exercises in the order they run
 * @options: (nullable): affected side and resume point
 *
 * Expands the session. A pure function of its inputs: the same items and
 * options always give the same phases and durations.
 *
 * Returns: (transfer full) (nullable): the timeline, or %NULL with @error
 *   set (a #PatellaDoseError naming the exercise, or a #PatellaTimelineError)
 */
PatellaTimeline *
patella_timeline_new (const PatellaTimelineItem     *items,
                      guint                          n_items,
                      const PatellaTimelineOptions  *options,
                      GError                       **error)
{
  g_autoptr(PatellaTimeline) self = NULL;
  PatellaTimelineOptions defaults = { 0 };
  const PatellaTimelineOptions *opt = options ? options : &defaults;
  guint start_set = MAX (opt->start_set, 1);
  guint first_side = 0;

  g_return_val_if_fail (items != NULL || n_items == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (n_items == 0)
    {
      g_set_error_literal (error, PATELLA_TIMELINE_ERROR, PATELLA_TIMELINE_ERROR_EMPTY,
                           _("The session has no exercises"));
      return NULL;
    }

  if (opt->affected_side > PATELLA_SIDE_BOTH)
    {
      g_set_error (error, PATELLA_TIMELINE_ERROR, PATELLA_TIMELINE_ERROR_BAD_SIDE,
                   _("Affected side must be left, right or both (got %d)"),
                   (int)opt->affected_side);
      return NULL;
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_return_val_if_fail (PATELLA_IS_EXERCISE (items[i].exercise), NULL);
      if (!check_item (items[i].exercise,
                       items[i].dose ? items[i].dose
                                     : patella_exercise_get_default_dose (items[i].exercise),
                       error))
        return NULL;
    }

  if (opt->start_item >= n_items)
    {
      g_set_error (error, PATELLA_TIMELINE_ERROR, PATELLA_TIMELINE_ERROR_BAD_START,
                   _("Cannot resume at exercise %u: the session has %u"),
                   opt->start_item + 1, n_items);
      return NULL;
    }

  self = g_object_new (PATELLA_TYPE_TIMELINE, NULL);
  self->affected = opt->affected_side;

  for (guint i = opt->start_item; i < n_items; i++)
    {
      PatellaExercise *exercise = items[i].exercise;
      const PatellaDose *dose = items[i].dose ? items[i].dose
                                              : patella_exercise_get_default_dose (exercise);
      guint index = self->items->len;

      if (i == opt->start_item)
        {
          PatellaSide sides[2];
          guint n_sides = patella_exercise_get_sides (exercise, self->affected, sides);

          if (start_set > (guint)dose->sets)
            {
              g_set_error (error, PATELLA_TIMELINE_ERROR, PATELLA_TIMELINE_ERROR_BAD_START,
                           _("Cannot resume %s at set %u: it has %d"),
                           patella_exercise_get_name (exercise), start_set, dose->sets);
              return NULL;
            }
          /* Sides always run left before right, so only a start on the
           * right side needs looking for; left or both mean the first. */
          if (opt->start_side == PATELLA_SIDE_RIGHT)
            {
              while (first_side < n_sides && sides[first_side] != opt->start_side)
                first_side++;
              if (first_side == n_sides)
                {
                  g_set_error (error, PATELLA_TIMELINE_ERROR, PATELLA_TIMELINE_ERROR_BAD_START,
                               _("Cannot resume %s on the %s side: it does not run there"),
                               patella_exercise_get_name (exercise),
                               patella_side_to_string (opt->start_side));
                  return NULL;
                }
            }
        }

      g_ptr_array_add (self->items, item_new (exercise, dose, FALSE));
      expand_item (self->phases, index, exercise, dose, self->affected,
                   i == opt->start_item ? start_set : 1,
                   i == opt->start_item ? first_side : 0);
    }

  link_phases (self);

  return g_steal_pointer (&self);
}

/**
 * patella_timeline_substitute:
 * @cut: index of the first phase to drop; it must lie within @item
 * @item: the item whose remaining phases are replaced
 * @dose: (nullable): the replacement's dose; %NULL for its default
 * @n_sets: how many sets the replacement runs; 0 keeps the dose's count
 * @start: (out) (optional): index of the replacement's first phase
 *
 * Builds a new timeline: the phases before @cut, then @exercise (a full
 * expansion, marked substituted, numbered as a new item), then the items
 * after @item. Get-ready, rest or switch-side phases of @item just before
 * @cut are dropped too, since the set they introduce is gone. The phases
 * kept keep their offsets, so an engine can continue from @start.
 *
 * Returns: (transfer full) (nullable): the new timeline
 */
PatellaTimeline *
patella_timeline_substitute (PatellaTimeline    *self,
                             guint               cut,
                             guint               item,
                             PatellaExercise    *exercise,
                             const PatellaDose  *dose,
                             guint               n_sets,
                             guint              *start,
                             GError            **error)
{
  g_autoptr(PatellaTimeline) result = NULL;
  const PatellaPhase *p;
  PatellaDose replacement;
  gboolean keeps_target;
  guint new_item;

  g_return_val_if_fail (PATELLA_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (PATELLA_IS_EXERCISE (exercise), NULL);
  g_return_val_if_fail (cut < self->phases->len, NULL);

  p = &g_array_index (self->phases, PatellaPhase, cut);
  g_return_val_if_fail (p->item == item, NULL);

  replacement = dose ? *dose : *patella_exercise_get_default_dose (exercise);
  if (n_sets > 0)
    replacement.sets = n_sets;
  if (!check_item (exercise, &replacement, error))
    return NULL;

  result = g_object_new (PATELLA_TYPE_TIMELINE, NULL);
  result->affected = self->affected;

  while (cut > p->item_first &&
         !patella_phase_kind_is_work (g_array_index (self->phases, PatellaPhase, cut - 1).kind))
    cut--;
  keeps_target = cut > p->item_first;
  new_item = item + (keeps_target ? 1 : 0);

  for (guint i = 0; i < new_item; i++)
    {
      Item *old = g_ptr_array_index (self->items, i);
      g_ptr_array_add (result->items, item_new (old->exercise, &old->dose, old->substituted));
    }
  g_array_append_vals (result->phases, self->phases->data, cut);

  g_ptr_array_add (result->items, item_new (exercise, &replacement, TRUE));
  expand_item (result->phases, new_item, exercise, &replacement, self->affected, 1, 0);

  for (guint i = item + 1; i < self->items->len; i++)
    {
      Item *old = g_ptr_array_index (self->items, i);
      g_ptr_array_add (result->items, item_new (old->exercise, &old->dose, old->substituted));
    }
  for (guint i = p->item_last + 1; i < self->phases->len; i++)
    {
      PatellaPhase copy = g_array_index (self->phases, PatellaPhase, i);

      copy.item += new_item - item;
      g_array_append_val (result->phases, copy);
    }

  link_phases (result);

  if (start != NULL)
    *start = cut;

  return g_steal_pointer (&result);
}

guint
patella_timeline_get_n_phases (PatellaTimeline *self)
{
  g_return_val_if_fail (PATELLA_IS_TIMELINE (self), 0);
  return self->phases->len;
}

/**
 * patella_timeline_get_phase:
 *
 * Returns: (transfer none): the phase; valid as long as the timeline
 */
const PatellaPhase *
patella_timeline_get_phase (PatellaTimeline *self,
                            guint            index)
{
  g_return_val_if_fail (PATELLA_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (index < self->phases->len, NULL);
  return &g_array_index (self->phases, PatellaPhase, index);
}

/* Exact, in microseconds: what the Today page turns into "about 14 min". */
gint64
patella_timeline_get_duration_usec (PatellaTimeline *self)
{
  const PatellaPhase *last;

  g_return_val_if_fail (PATELLA_IS_TIMELINE (self), 0);

  if (self->phases->len == 0)
    return 0;

  last = &g_array_index (self->phases, PatellaPhase, self->phases->len - 1);
  return last->offset_usec + last->duration_usec;
}

guint
patella_timeline_get_n_items (PatellaTimeline *self)
{
  g_return_val_if_fail (PATELLA_IS_TIMELINE (self), 0);
  return self->items->len;
}

/**
 * patella_timeline_get_item_exercise:
 *
 * Returns: (transfer none): the exercise of that item
 */
PatellaExercise *
patella_timeline_get_item_exercise (PatellaTimeline *self,
                                    guint            item)
{
  g_return_val_if_fail (PATELLA_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (item < self->items->len, NULL);
  return ((Item *)g_ptr_array_index (self->items, item))->exercise;
}

const PatellaDose *
patella_timeline_get_item_dose (PatellaTimeline *self,
                                guint            item)
{
  g_return_val_if_fail (PATELLA_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (item < self->items->len, NULL);
  return &((Item *)g_ptr_array_index (self->items, item))->dose;
}

PatellaSide
patella_timeline_get_affected_side (PatellaTimeline *self)
{
  g_return_val_if_fail (PATELLA_IS_TIMELINE (self), PATELLA_SIDE_BOTH);
  return self->affected;
}

/**
 * patella_timeline_find_set:
 * @side: the side; BOTH matches the first side the set runs
 *
 * Returns: the index of the first work phase of that set on that side, or
 *   %G_MAXUINT if the timeline does not hold it
 */
guint
patella_timeline_find_set (PatellaTimeline *self,
                           guint            item,
                           guint            set,
                           PatellaSide      side)
{
  g_return_val_if_fail (PATELLA_IS_TIMELINE (self), G_MAXUINT);

  for (guint i = 0; i < self->phases->len; i++)
    {
      const PatellaPhase *p = &g_array_index (self->phases, PatellaPhase, i);

      if (p->item == item && p->set == set && patella_phase_kind_is_work (p->kind) &&
          (side == PATELLA_SIDE_BOTH || p->side == side))
        return i;
    }

  return G_MAXUINT;
}
