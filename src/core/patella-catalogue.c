/* patella-catalogue.c: every exercise Patella knows, core ones first
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-catalogue.h"

struct _PatellaCatalogue
{
  GObject    parent_instance;

  GPtrArray *exercises;
  GHashTable *by_id;

  /* Exercises the user defined, added by the store as it reads them; not
   * in the list model. Guarded, since an import checks rows in a worker
   * thread. Replaced ones are kept until the end, as lookups hand out
   * borrowed pointers. */
  GMutex      custom_lock;
  GHashTable *custom_by_id;
  GPtrArray  *custom_retired;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PatellaCatalogue, patella_catalogue, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* Doses: where the source articles give a number it is used (see
 * PROGRAM.md); where they give a range, the default sits at the low end so
 * a new user starts gently and builds up. Tempo, rest and countdown values
 * are our own defaults, and the user can change all of them. The five core
 * exercises at these doses make a session of about 14 minutes. */
#define GET_READY 10
#define SWITCH 5
#define REST 30

static const PatellaExerciseInfo catalogue[] = {
  {
    .id = "clamshell",
    .name = N_("Clamshell"),
    .purpose = N_("Strengthens the gluteus medius at the side of the hip, which stops the "
                  "knee from falling inward each time you land on one leg."),
    .dose_advice = N_("10 to 50 reps on each side, until the side of the hip feels tired. "
                      "Add a few reps each week, working toward 50."),
    .steps = {
      N_("Lie on your side with your back and heels touching a wall, so your body cannot "
         "roll backward."),
      N_("Bend both knees to a right angle, with your feet in line with your body."),
      N_("Keep your feet together and open the top knee away from the bottom one, "
         "without turning your hips or trunk."),
      N_("When the knee will not open any further, bring it back down slowly."),
      N_("Carry on until the side of your hip burns, then turn over and work the other leg."),
    },
    .cautions = {
      N_("A tired, burning hip muscle is expected; sharp pain in the hip or knee is not. "
         "Stop if you feel it."),
    },
    .work = PATELLA_WORK_REPS_TEMPO,
    .side_mode = PATELLA_SIDE_MODE_EACH_SIDE,
    .dose = { .sets = 1, .reps = 20, .until_tired = TRUE,
              .tempo_up_seconds = 2, .tempo_pause_seconds = 1, .tempo_down_seconds = 2,
              .rest_seconds = REST, .switch_seconds = SWITCH, .get_ready_seconds = GET_READY },
    .phase_labels = { [PATELLA_PHASE_SWITCH_SIDE] = N_("Turn over") },
  },
  {
    .id = "glute-bridge",
    .name = N_("Glute bridge"),
    .purpose = N_("Works the gluteus maximus and the core, which steady the pelvis so the "
                  "thigh and knee stay in line while you run."),
    .dose_advice = N_("Hold each bridge for a few seconds. Two sets of 10 is a good start."),
    .steps = {
      N_("Lie on your back, knees bent, feet flat on the floor and hip-width apart."),
      N_("Tighten your buttocks and stomach, then press through your heels to raise "
         "your hips."),
      N_("Stop when your shoulders, hips and knees make a straight line, and stay there."),
      N_("Lower your hips back to the floor under control."),
    },
    .cautions = {
      N_("The effort belongs in your buttocks. If you feel it mostly in your lower back, "
         "lift less high."),
    },
    .work = PATELLA_WORK_REPS_HOLD,
    .side_mode = PATELLA_SIDE_MODE_BOTH_AT_ONCE,
    .dose = { .sets = 2, .reps = 10, .hold_seconds = 3,
              .tempo_up_seconds = 2, .tempo_down_seconds = 2,
              .rest_seconds = REST, .switch_seconds = SWITCH, .get_ready_seconds = GET_READY },
  },
  {
    .id = "wall-squat",
    .name = N_("Wall squat"),
    .purpose = N_("Trains the quadriceps and hamstrings together while you stand, so the "
                  "thigh learns to guide the kneecap under load."),
    .dose_advice = N_("Hold 5 to 10 seconds, 10 to 20 times. Start with 5-second holds and "
                      "lengthen them as the knee allows."),
    .steps = {
      N_("Stand with your back against a wall and your feet about 30 cm (a foot) out "
         "from it."),
      N_("Let your back slide down the wall into a shallow squat, thighs well above "
         "parallel to the floor and knees staying above your ankles."),
      N_("Stay in that position for the hold."),
      N_("Press back up to standing."),
    },
    .cautions = {
      N_("Pain at the kneecap means stop. Do not push through it: do straight-leg raises "
         "instead until the knee has settled."),
      N_("Keep the squat shallow, thighs well above parallel: bend the knees no further "
         "than about 75 degrees. Thighs level with the floor (a right angle at the knee) put "
         "too much load on the joint behind the kneecap."),
    },
    .work = PATELLA_WORK_REPS_HOLD,
    .side_mode = PATELLA_SIDE_MODE_BOTH_AT_ONCE,
    .dose = { .sets = 1, .reps = 10, .hold_seconds = 5,
              .tempo_up_seconds = 2, .tempo_down_seconds = 2,
              .rest_seconds = REST, .switch_seconds = SWITCH, .get_ready_seconds = GET_READY },
    .phase_labels = {
      [PATELLA_PHASE_UP] = N_("Slide down"),
      [PATELLA_PHASE_DOWN] = N_("Stand up"),
    },
  },
  {
    .id = "straight-leg-raise",
    .name = N_("Straight-leg raise"),
    .purpose = N_("Strengthens the whole quadriceps while the knee stays straight: a gentle "
                  "way to load the thigh when bending the knee hurts."),
    .dose_advice = N_("10 to 20 reps, 3 or 4 sets, with a short hold at the top."),
    .steps = {
      N_("Lie on your back with the affected leg straight and the other knee bent, its "
         "foot flat on the floor."),
      N_("Tighten the muscles on the front of the straight leg's thigh."),
      N_("Raise the straight leg to the height of the bent knee and no higher, keeping "
         "the knee locked."),
      N_("Hold briefly, then lower the leg slowly with the thigh still tight."),
    },
    .cautions = {
      N_("If the knee bends as you lift, the thigh has let go: tighten it again before "
         "the next rep."),
    },
    .work = PATELLA_WORK_REPS_HOLD,
    .side_mode = PATELLA_SIDE_MODE_AFFECTED_ONLY,
    .dose = { .sets = 3, .reps = 10, .hold_seconds = 2,
              .tempo_up_seconds = 2, .tempo_down_seconds = 2,
              .rest_seconds = REST, .switch_seconds = SWITCH, .get_ready_seconds = GET_READY },
  },
  {
    .id = "heel-raise",
    .name = N_("Heel raise with a ball"),
    .purpose = N_("Strengthens the calves and the tibialis posterior, a deep calf muscle "
                  "that holds up the arch and keeps the ankle, and so the knee, from rolling "
                  "inward."),
    .dose_advice = N_("10 to 20 reps, until the calves burn."),
    .steps = {
      N_("Stand with a tennis ball between your ankles and squeeze it gently so it "
         "stays put."),
      N_("Rise onto the balls of both feet, heels as high as they will go."),
      N_("Lower your heels slowly back to the floor."),
      N_("Rest a hand on a wall or chair for balance while you learn the movement."),
    },
    .cautions = {
      N_("Afterwards, stretch the tibialis posterior for 30 seconds on each leg (the "
         "tibialis posterior stretch) so its tendon does not get irritated."),
    },
    .work = PATELLA_WORK_REPS_TEMPO,
    .side_mode = PATELLA_SIDE_MODE_BOTH_AT_ONCE,
    .dose = { .sets = 1, .reps = 20, .until_tired = TRUE,
              .tempo_up_seconds = 1, .tempo_down_seconds = 2,
              .rest_seconds = REST, .switch_seconds = SWITCH, .get_ready_seconds = GET_READY },
    .phase_labels = { [PATELLA_PHASE_UP] = N_("Rise") },
  },

  /* Optional exercises. */
  {
    .id = "tibialis-posterior-stretch",
    .name = N_("Tibialis posterior stretch"),
    .purpose = N_("Stretches the deep calf muscle that heel raises work, which helps keep "
                  "its tendon calm."),
    .dose_advice = N_("30 seconds on each leg, straight after heel raises."),
    .steps = {
      N_("Face a wall with both hands on it and step one foot back, as for a calf stretch."),
      N_("Put a rolled towel under the outer edge of the back foot, so that foot tilts "
         "a little."),
      N_("Keep the back heel down and the knee straight, and lean toward the wall until "
         "the lower calf stretches."),
      N_("Hold, then swap legs."),
    },
    .work = PATELLA_WORK_TIMED_HOLD,
    .side_mode = PATELLA_SIDE_MODE_EACH_SIDE,
    .optional = TRUE,
    .dose = { .sets = 1, .reps = 1, .hold_seconds = 30,
              .rest_seconds = 10, .switch_seconds = SWITCH, .get_ready_seconds = GET_READY },
    .phase_labels = { [PATELLA_PHASE_HOLD] = N_("Stretch") },
  },
  {
    .id = "hamstring-stretch",
    .name = N_("Hamstring stretch"),
    .purpose = N_("Loosens tight hamstrings, which otherwise pull on the back of the knee "
                  "and change how it moves."),
    .dose_advice = N_("Hold 20 to 30 seconds on each leg, up to 3 times."),
    .steps = {
      N_("Sit on the floor with one leg straight. Bend the other and rest its sole "
         "against the inside of the straight thigh."),
      N_("Keep your back long and lean forward from the hips toward the toes of the "
         "straight leg."),
      N_("Stop at a gentle pull behind the thigh and stay there, breathing calmly."),
      N_("Standing instead: rest one heel on a low step, knee straight, toes pulled "
         "toward you, and lean forward a little from the hips."),
    },
    .cautions = {
      N_("A stretch should pull, never hurt. Do not bounce."),
    },
    .work = PATELLA_WORK_TIMED_HOLD,
    .side_mode = PATELLA_SIDE_MODE_EACH_SIDE,
    .optional = TRUE,
    .dose = { .sets = 3, .reps = 1, .hold_seconds = 30,
              .rest_seconds = 10, .switch_seconds = SWITCH, .get_ready_seconds = GET_READY },
    .phase_labels = { [PATELLA_PHASE_HOLD] = N_("Stretch") },
  },
  {
    .id = "quad-stretch",
    .name = N_("Quadriceps stretch"),
    .purpose = N_("Lengthens the muscles on the front of the thigh, which press the "
                  "kneecap into its groove when they are tight."),
    .dose_advice = N_("The articles give no dose: 30 seconds on each leg is a common start."),
    .steps = {
      N_("Stand tall with one hand on a wall or the back of a chair."),
      N_("Bend one knee and take hold of that ankle behind you."),
      N_("Draw the heel toward your buttock, knees side by side and hips pressed slightly "
         "forward, until the front of the thigh stretches."),
      N_("Hold, then swap legs."),
    },
    .cautions = {
      N_("If bending the knee this far hurts the kneecap, let the foot sit lower or loop "
         "a strap around the ankle."),
    },
    .work = PATELLA_WORK_TIMED_HOLD,
    .side_mode = PATELLA_SIDE_MODE_EACH_SIDE,
    .optional = TRUE,
    .dose = { .sets = 1, .reps = 1, .hold_seconds = 30,
              .rest_seconds = 10, .switch_seconds = SWITCH, .get_ready_seconds = GET_READY },
    .phase_labels = { [PATELLA_PHASE_HOLD] = N_("Stretch") },
  },
  {
    .id = "it-band-stretch",
    .name = N_("IT band and hip stretch"),
    .purpose = N_("Eases the tensor fasciae latae and the band down the outside of the "
                  "thigh, which pull the kneecap outward when they are tight."),
    .dose_advice = N_("The articles give no dose: 30 seconds on each side is a common start."),
    .steps = {
      N_("Stand side-on to a wall with one hand on it; you stretch the leg nearer "
         "the wall."),
      N_("Cross that leg behind the other."),
      N_("Ease your hip toward the wall until the outside of the hip and thigh stretches."),
      N_("Hold, then turn round and stretch the other side."),
    },
    .work = PATELLA_WORK_TIMED_HOLD,
    .side_mode = PATELLA_SIDE_MODE_EACH_SIDE,
    .optional = TRUE,
    .dose = { .sets = 1, .reps = 1, .hold_seconds = 30,
              .rest_seconds = 10, .switch_seconds = SWITCH, .get_ready_seconds = GET_READY },
    .phase_labels = { [PATELLA_PHASE_HOLD] = N_("Stretch") },
  },
  {
    .id = "piriformis-stretch",
    .name = N_("Piriformis stretch"),
    .purpose = N_("Relaxes the piriformis deep in the buttock, which tightens up when the "
                  "gluteus medius is weak."),
    .dose_advice = N_("The articles give no dose: 30 seconds on each side is a common start."),
    .steps = {
      N_("Lie on your back with both knees bent."),
      N_("Rest the ankle of the leg to stretch on the opposite knee."),
      N_("Hold the back of the supporting thigh and draw it toward your chest until the "
         "buttock of the crossed leg stretches."),
      N_("Hold, then swap legs."),
    },
    .work = PATELLA_WORK_TIMED_HOLD,
    .side_mode = PATELLA_SIDE_MODE_EACH_SIDE,
    .optional = TRUE,
    .dose = { .sets = 1, .reps = 1, .hold_seconds = 30,
              .rest_seconds = 10, .switch_seconds = SWITCH, .get_ready_seconds = GET_READY },
    .phase_labels = { [PATELLA_PHASE_HOLD] = N_("Stretch") },
  },
  {
    .id = "monster-walk",
    .name = N_("Monster walk"),
    .purpose = N_("Trains the muscles that lift the leg out to the side, above all the "
                  "gluteus medius, so the pelvis stays level and the knee tracks straight."),
    .dose_advice = N_("10 steps one way, then 10 back: about 3 to 5 metres each way."),
    .steps = {
      N_("Put a mini band around both legs: above the knees is easiest, around the ankles "
         "hardest."),
      N_("Stand with your feet hip-width apart and knees slightly bent, band taut."),
      N_("Step sideways with the leading foot, then bring the other foot after it without "
         "letting the band go slack."),
      N_("When the steps are done, walk back the other way."),
    },
    .work = PATELLA_WORK_REPS_TEMPO,
    .side_mode = PATELLA_SIDE_MODE_EACH_SIDE,
    .optional = TRUE,
    .dose = { .sets = 1, .reps = 10,
              .tempo_up_seconds = 1, .tempo_down_seconds = 1,
              .rest_seconds = REST, .switch_seconds = SWITCH, .get_ready_seconds = GET_READY },
    .phase_labels = {
      [PATELLA_PHASE_UP] = N_("Step out"),
      [PATELLA_PHASE_DOWN] = N_("Follow"),
      [PATELLA_PHASE_SWITCH_SIDE] = N_("Change direction"),
    },
    .side_labels = {
      [PATELLA_SIDE_LEFT] = N_("To the left"),
      [PATELLA_SIDE_RIGHT] = N_("To the right"),
      [PATELLA_SIDE_BOTH] = N_("Both ways"),
    },
  },
  {
    .id = "single-leg-balance",
    .name = N_("Single-leg balance"),
    .purpose = N_("Challenges the small muscles that steady the knee and sharpens your "
                  "sense of where the leg is."),
    .dose_advice = N_("Hold as long as your balance stays good, then switch legs."),
    .steps = {
      N_("Stand close to a wall or chair in case you need it."),
      N_("Lift one foot and stand on the other leg, knee slightly bent."),
      N_("Keep your hips level and the knee above the foot, and hold."),
      N_("When you start to wobble a lot, put the foot down and switch."),
    },
    .work = PATELLA_WORK_TIMED_HOLD,
    .side_mode = PATELLA_SIDE_MODE_EACH_SIDE,
    .optional = TRUE,
    .dose = { .sets = 1, .reps = 1, .hold_seconds = 30,
              .rest_seconds = 10, .switch_seconds = SWITCH, .get_ready_seconds = GET_READY },
    .phase_labels = { [PATELLA_PHASE_HOLD] = N_("Balance") },
  },
  {
    .id = "foam-rolling",
    .name = N_("Foam rolling"),
    .purpose = N_("Loosens tight glutes, hips, thighs and calves, all of which can pull "
                  "on the knee."),
    .dose_advice = N_("Roll each area slowly and rest about 10 seconds on each tender spot."),
    .steps = {
      N_("Sit or lie with the roller under the muscle to work: buttock, hip, front of the "
         "thigh or calf."),
      N_("Use your arms and the other leg to control how much weight rests on the roller."),
      N_("Roll slowly from the top of the muscle toward the knee."),
      N_("On a tender spot, stop and rest on it for about 10 seconds, then roll on."),
    },
    .cautions = {
      N_("Do not roll directly on the band down the outside of the thigh (the IT band); "
         "work the muscles around it."),
      N_("Never roll over the kneecap or the back of the knee."),
    },
    .work = PATELLA_WORK_TIMED_HOLD,
    .side_mode = PATELLA_SIDE_MODE_EACH_SIDE,
    .optional = TRUE,
    .dose = { .sets = 1, .reps = 3, .hold_seconds = 10, .tempo_down_seconds = 5,
              .rest_seconds = 10, .switch_seconds = SWITCH, .get_ready_seconds = GET_READY },
    .phase_labels = {
      [PATELLA_PHASE_HOLD] = N_("Press"),
      [PATELLA_PHASE_DOWN] = N_("Roll on"),
    },
  },
  {
    .id = "physioball-squat",
    .name = N_("Squat with an exercise ball"),
    .purpose = N_("Strengthens the quadriceps and glutes through a slow way down, which "
                  "trains control of the kneecap."),
    .dose_advice = N_("Take 5 seconds on the way down and stop well short of sitting depth."),
    .steps = {
      N_("Put an exercise ball between your lower back and a wall and lean into it, feet "
         "a little in front of you."),
      N_("Take 5 seconds to bend your knees, letting the ball roll up your back."),
      N_("Stop at about 75 degrees of knee bend, well above a sitting position."),
      N_("Press back up to standing. Turning the feet slightly out works the inner "
         "thigh more."),
    },
    .cautions = {
      N_("Do not bend past about 75 degrees: at 90 degrees the load behind the kneecap "
         "is too high."),
      N_("Pain at the kneecap means stop."),
    },
    .work = PATELLA_WORK_REPS_TEMPO,
    .side_mode = PATELLA_SIDE_MODE_BOTH_AT_ONCE,
    .optional = TRUE,
    .dose = { .sets = 1, .reps = 10,
              .tempo_up_seconds = 5, .tempo_pause_seconds = 1, .tempo_down_seconds = 2,
              .rest_seconds = REST, .switch_seconds = SWITCH, .get_ready_seconds = GET_READY },
    .phase_labels = {
      [PATELLA_PHASE_UP] = N_("Slide down"),
      [PATELLA_PHASE_DOWN] = N_("Stand up"),
    },
  },
  {
    .id = "lunge",
    .name = N_("Lunge"),
    .purpose = N_("Works the glutes and thigh one leg at a time, close to the way running "
                  "loads them."),
    .dose_advice = N_("The articles give no dose: 8 to 10 slow reps on each leg is a "
                      "common start."),
    .steps = {
      N_("Stand tall with your feet hip-width apart."),
      N_("Take a long step forward and lower the back knee toward the floor."),
      N_("Keep the front knee above the ankle, and go only as low as feels comfortable."),
      N_("Press through the front heel to come back to standing."),
    },
    .cautions = {
      N_("Pain at the kneecap means stop: take a shorter, shallower step, or leave this "
         "one out for now."),
    },
    .work = PATELLA_WORK_REPS_TEMPO,
    .side_mode = PATELLA_SIDE_MODE_EACH_SIDE,
    .optional = TRUE,
    .dose = { .sets = 1, .reps = 8,
              .tempo_up_seconds = 2, .tempo_pause_seconds = 1, .tempo_down_seconds = 2,
              .rest_seconds = REST, .switch_seconds = SWITCH, .get_ready_seconds = GET_READY },
    .phase_labels = {
      [PATELLA_PHASE_UP] = N_("Step and lower"),
      [PATELLA_PHASE_DOWN] = N_("Push back"),
    },
  },
  {
    .id = "hip-extension",
    .name = N_("Standing hip extension"),
    .purpose = N_("Strengthens the gluteus maximus as it drives the leg backward, the push "
                  "behind every stride."),
    .dose_advice = N_("The articles give no dose: 10 reps on each leg with a short hold is "
                      "a common start."),
    .steps = {
      N_("Stand facing a wall or the back of a chair, holding it lightly."),
      N_("Tighten your stomach so your back stays still."),
      N_("Squeeze the buttock to move one straight leg backward, without arching "
         "your back."),
      N_("Hold briefly, then bring the leg back slowly."),
    },
    .work = PATELLA_WORK_REPS_HOLD,
    .side_mode = PATELLA_SIDE_MODE_EACH_SIDE,
    .optional = TRUE,
    .dose = { .sets = 1, .reps = 10, .hold_seconds = 2,
              .tempo_up_seconds = 2, .tempo_down_seconds = 2,
              .rest_seconds = REST, .switch_seconds = SWITCH, .get_ready_seconds = GET_READY },
    .phase_labels = {
      [PATELLA_PHASE_UP] = N_("Leg back"),
      [PATELLA_PHASE_DOWN] = N_("Return"),
    },
  },
  {
    .id = "step-up",
    .name = N_("Step-up"),
    .purpose = N_("Builds glute and thigh strength on one leg, like climbing a stair "
                  "under control."),
    .dose_advice = N_("The articles give no dose: 10 reps on each leg is a common start."),
    .steps = {
      N_("Stand facing a low, steady step, about 15 to 20 cm high."),
      N_("Put one whole foot on the step."),
      N_("Press through that heel to stand up on the step, knee in line with the toes."),
      N_("Step down slowly with the other foot; the same leg leads for the whole set."),
    },
    .cautions = {
      N_("Stairs often set off kneecap pain: start with a low step and stop if it hurts."),
    },
    .work = PATELLA_WORK_REPS_TEMPO,
    .side_mode = PATELLA_SIDE_MODE_EACH_SIDE,
    .optional = TRUE,
    .dose = { .sets = 1, .reps = 10,
              .tempo_up_seconds = 2, .tempo_down_seconds = 2,
              .rest_seconds = REST, .switch_seconds = SWITCH, .get_ready_seconds = GET_READY },
    .phase_labels = {
      [PATELLA_PHASE_UP] = N_("Step up"),
      [PATELLA_PHASE_DOWN] = N_("Step down"),
    },
  },
};

static const char * const core_ids[] = {
  "clamshell",
  "glute-bridge",
  "wall-squat",
  "straight-leg-raise",
  "heel-raise",
  NULL
};

static GType
list_model_get_item_type (GListModel *model)
{
  return PATELLA_TYPE_EXERCISE;
}

static guint
list_model_get_n_items (GListModel *model)
{
  return PATELLA_CATALOGUE (model)->exercises->len;
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  PatellaCatalogue *self = PATELLA_CATALOGUE (model);

  if (position >= self->exercises->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->exercises, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_model_get_item_type;
  iface->get_n_items = list_model_get_n_items;
  iface->get_item = list_model_get_item;
}

static void
patella_catalogue_finalize (GObject *object)
{
  PatellaCatalogue *self = (PatellaCatalogue *)object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->exercises, g_ptr_array_unref);
  g_clear_pointer (&self->custom_by_id, g_hash_table_unref);
  g_clear_pointer (&self->custom_retired, g_ptr_array_unref);
  g_mutex_clear (&self->custom_lock);

  G_OBJECT_CLASS (patella_catalogue_parent_class)->finalize (object);
}

static void
patella_catalogue_class_init (PatellaCatalogueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = patella_catalogue_finalize;
}

static void
patella_catalogue_init (PatellaCatalogue *self)
{
  self->exercises = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->custom_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->custom_retired = g_ptr_array_new_with_free_func (g_object_unref);
  g_mutex_init (&self->custom_lock);

  for (guint i = 0; i < G_N_ELEMENTS (catalogue); i++)
    {
      PatellaExercise *exercise = patella_exercise_new (&catalogue[i]);

      g_ptr_array_add (self->exercises, exercise);
      g_hash_table_insert (self->by_id, (gpointer)patella_exercise_get_id (exercise), exercise);
    }
}

PatellaCatalogue *
patella_catalogue_new (void)
{
  return g_object_new (PATELLA_TYPE_CATALOGUE, NULL);
}

/**
 * patella_catalogue_get_default:
 *
 * Returns: (transfer none): the catalogue shared by the whole process,
 *   built on first use in the locale of that moment
 */
PatellaCatalogue *
patella_catalogue_get_default (void)
{
  static PatellaCatalogue *instance;

  if (g_once_init_enter (&instance))
    g_once_init_leave (&instance, patella_catalogue_new ());

  return instance;
}

/**
 * patella_catalogue_lookup:
 *
 * Returns: (transfer none) (nullable): the exercise with that stable id
 */
PatellaExercise *
patella_catalogue_lookup (PatellaCatalogue *self,
                          const char       *id)
{
  g_return_val_if_fail (PATELLA_IS_CATALOGUE (self), NULL);

  if (id == NULL)
    return NULL;

  if (g_str_has_prefix (id, PATELLA_EXERCISE_CUSTOM_PREFIX))
    {
      PatellaExercise *exercise;

      g_mutex_lock (&self->custom_lock);
      exercise = g_hash_table_lookup (self->custom_by_id, id);
      g_mutex_unlock (&self->custom_lock);
      return exercise;
    }

  return g_hash_table_lookup (self->by_id, id);
}

/**
 * patella_catalogue_add_custom:
 * @self: a #PatellaCatalogue
 * @exercise: an exercise from patella_exercise_new_custom()
 *
 * Makes an exercise the user defined known to patella_catalogue_lookup(),
 * so a plan, a session and an import find it like any other. One with the
 * same id replaces the earlier one for later lookups. Safe from any thread.
 */
void
patella_catalogue_add_custom (PatellaCatalogue *self,
                              PatellaExercise  *exercise)
{
  PatellaExercise *old;

  g_return_if_fail (PATELLA_IS_CATALOGUE (self));
  g_return_if_fail (PATELLA_IS_EXERCISE (exercise) && patella_exercise_get_custom (exercise));

  g_mutex_lock (&self->custom_lock);
  old = g_hash_table_lookup (self->custom_by_id, patella_exercise_get_id (exercise));
  if (old != exercise)
    {
      if (old != NULL)
        g_ptr_array_add (self->custom_retired, g_object_ref (old));
      g_hash_table_replace (self->custom_by_id, (gpointer) patella_exercise_get_id (exercise),
                            g_object_ref (exercise));
    }
  g_mutex_unlock (&self->custom_lock);
}

/**
 * patella_catalogue_get_core_ids:
 *
 * Returns: (transfer none): the five core exercises' ids, in the order a
 *   session runs them
 */
const char * const *
patella_catalogue_get_core_ids (void)
{
  return core_ids;
}
