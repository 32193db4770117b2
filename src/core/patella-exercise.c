/* patella-exercise.c: one exercise: its texts, how its work and sides run, its default dose
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-exercise.h"

struct _PatellaExercise
{
  GObject          parent_instance;

  char            *id;
  char            *name;
  char            *purpose;
  char            *dose_advice;
  GStrv            steps;
  GStrv            cautions;
  PatellaWorkKind  work;
  PatellaSideMode  side_mode;
  gboolean         optional;
  gboolean         custom;
  PatellaDose      dose;
  char            *phase_labels[PATELLA_N_PHASE_KINDS];
  char            *side_labels[PATELLA_SIDE_BOTH + 1];
};

G_DEFINE_FINAL_TYPE (PatellaExercise, patella_exercise, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (PatellaSideMode, patella_side_mode,
  G_DEFINE_ENUM_VALUE (PATELLA_SIDE_MODE_EACH_SIDE, "each-side"),
  G_DEFINE_ENUM_VALUE (PATELLA_SIDE_MODE_BOTH_AT_ONCE, "both-at-once"),
  G_DEFINE_ENUM_VALUE (PATELLA_SIDE_MODE_AFFECTED_ONLY, "affected-only"))

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_PURPOSE,
  PROP_DOSE_ADVICE,
  PROP_STEPS,
  PROP_CAUTIONS,
  PROP_WORK_KIND,
  PROP_SIDE_MODE,
  PROP_OPTIONAL,
  PROP_DEFAULT_DOSE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The words a phase shows when the exercise has no better one. Short on
 * purpose: the session page prints them large enough to read from the floor. */
static const char * const generic_phase_labels[PATELLA_N_PHASE_KINDS] = {
  [PATELLA_PHASE_GET_READY] = N_("Get ready"),
  [PATELLA_PHASE_UP] = N_("Lift"),
  [PATELLA_PHASE_PAUSE] = N_("Hold"),
  [PATELLA_PHASE_HOLD] = N_("Hold"),
  [PATELLA_PHASE_DOWN] = N_("Lower"),
  [PATELLA_PHASE_REST] = N_("Rest"),
  [PATELLA_PHASE_SWITCH_SIDE] = N_("Switch legs"),
  [PATELLA_PHASE_EXERCISE_DONE] = N_("Done"),
};

static const char * const generic_side_labels[PATELLA_SIDE_BOTH + 1] = {
  [PATELLA_SIDE_LEFT] = N_("Left leg"),
  [PATELLA_SIDE_RIGHT] = N_("Right leg"),
  [PATELLA_SIDE_BOTH] = N_("Both legs"),
};

static void
patella_exercise_finalize (GObject *object)
{
  PatellaExercise *self = (PatellaExercise *)object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->purpose);
  g_free (self->dose_advice);
  g_strfreev (self->steps);
  g_strfreev (self->cautions);
  for (guint i = 0; i < G_N_ELEMENTS (self->phase_labels); i++)
    g_free (self->phase_labels[i]);
  for (guint i = 0; i < G_N_ELEMENTS (self->side_labels); i++)
    g_free (self->side_labels[i]);

  G_OBJECT_CLASS (patella_exercise_parent_class)->finalize (object);
}

static void
patella_exercise_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PatellaExercise *self = PATELLA_EXERCISE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_PURPOSE:
      g_value_set_string (value, self->purpose);
      break;
    case PROP_DOSE_ADVICE:
      g_value_set_string (value, self->dose_advice);
      break;
    case PROP_STEPS:
      g_value_set_boxed (value, self->steps);
      break;
    case PROP_CAUTIONS:
      g_value_set_boxed (value, self->cautions);
      break;
    case PROP_WORK_KIND:
      g_value_set_enum (value, self->work);
      break;
    case PROP_SIDE_MODE:
      g_value_set_enum (value, self->side_mode);
      break;
    case PROP_OPTIONAL:
      g_value_set_boolean (value, self->optional);
      break;
    case PROP_DEFAULT_DOSE:
      g_value_set_boxed (value, &self->dose);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_exercise_class_init (PatellaExerciseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = patella_exercise_finalize;
  object_class->get_property = patella_exercise_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_PURPOSE] = g_param_spec_string ("purpose", NULL, NULL, NULL, flags);
  properties[PROP_DOSE_ADVICE] = g_param_spec_string ("dose-advice", NULL, NULL, NULL, flags);
  properties[PROP_STEPS] = g_param_spec_boxed ("steps", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_CAUTIONS] = g_param_spec_boxed ("cautions", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_WORK_KIND] =
    g_param_spec_enum ("work-kind", NULL, NULL,
                       PATELLA_TYPE_WORK_KIND, PATELLA_WORK_REPS_TEMPO, flags);
  properties[PROP_SIDE_MODE] =
    g_param_spec_enum ("side-mode", NULL, NULL,
                       PATELLA_TYPE_SIDE_MODE, PATELLA_SIDE_MODE_EACH_SIDE, flags);
  properties[PROP_OPTIONAL] = g_param_spec_boolean ("optional", NULL, NULL, FALSE, flags);
  properties[PROP_DEFAULT_DOSE] =
    g_param_spec_boxed ("default-dose", NULL, NULL, PATELLA_TYPE_DOSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
patella_exercise_init (PatellaExercise *self)
{
}

static GStrv
translate_list (const char * const *list)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; list[i] != NULL; i++)
    g_strv_builder_add (builder, _(list[i]));

  return g_strv_builder_end (builder);
}

static char *
translate_or_null (const char *msgid)
{
  return msgid ? g_strdup (_(msgid)) : NULL;
}

/**
 * patella_exercise_new:
 * @info: the untranslated description; copied, so it may live on the stack
 *
 * Texts are translated here, once, in the locale of the moment: the app
 * sets its locale before it builds the catalogue.
 */
PatellaExercise *
patella_exercise_new (const PatellaExerciseInfo *info)
{
  PatellaExercise *self;

  g_return_val_if_fail (info != NULL, NULL);
  g_return_val_if_fail (info->id != NULL && info->name != NULL, NULL);

  self = g_object_new (PATELLA_TYPE_EXERCISE, NULL);
  self->id = g_strdup (info->id);
  self->name = g_strdup (_(info->name));
  self->purpose = translate_or_null (info->purpose);
  self->dose_advice = translate_or_null (info->dose_advice);
  self->steps = translate_list (info->steps);
  self->cautions = translate_list (info->cautions);
  self->work = info->work;
  self->side_mode = info->side_mode;
  self->optional = info->optional;
  self->dose = info->dose;

  for (guint i = 0; i < PATELLA_N_PHASE_KINDS; i++)
    self->phase_labels[i] = g_strdup (_(info->phase_labels[i] ? info->phase_labels[i]
                                                               : generic_phase_labels[i]));
  for (guint i = 0; i <= PATELLA_SIDE_BOTH; i++)
    self->side_labels[i] = g_strdup (_(info->side_labels[i] ? info->side_labels[i]
                                                            : generic_side_labels[i]));

  return self;
}

/**
 * patella_exercise_validate_custom:
 * @name: the name the user gave
 * @instructions: (nullable): the steps, one per line
 * @error: where the reason is told, in words that name the field
 *
 * The limits of an exercise the user defines: a name of 1 to
 * %PATELLA_EXERCISE_CUSTOM_NAME_MAX characters (not only spaces), and
 * instructions of at most %PATELLA_EXERCISE_CUSTOM_INSTRUCTIONS_MAX
 * characters in at most %PATELLA_EXERCISE_MAX_STEPS lines with text.
 *
 * Returns: %TRUE when both fit
 */
gboolean
patella_exercise_validate_custom (const char  *name,
                                  const char  *instructions,
                                  GError     **error)
{
  g_auto(GStrv) lines = NULL;
  g_autofree char *stripped = NULL;
  guint n_steps = 0;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (name != NULL)
    stripped = g_strstrip (g_strdup (name));
  if (name == NULL || !g_utf8_validate (name, -1, NULL) || *stripped == '\0')
    {
      g_set_error_literal (error, PATELLA_DOSE_ERROR, PATELLA_DOSE_ERROR_OUT_OF_RANGE,
                           _("Give the exercise a name."));
      return FALSE;
    }
  if (g_utf8_strlen (name, -1) > PATELLA_EXERCISE_CUSTOM_NAME_MAX)
    {
      g_set_error (error, PATELLA_DOSE_ERROR, PATELLA_DOSE_ERROR_OUT_OF_RANGE,
                   _("The name is longer than %d characters."), PATELLA_EXERCISE_CUSTOM_NAME_MAX);
      return FALSE;
    }
  if (instructions == NULL)
    return TRUE;
  if (!g_utf8_validate (instructions, -1, NULL)
      || g_utf8_strlen (instructions, -1) > PATELLA_EXERCISE_CUSTOM_INSTRUCTIONS_MAX)
    {
      g_set_error (error, PATELLA_DOSE_ERROR, PATELLA_DOSE_ERROR_OUT_OF_RANGE,
                   _("The instructions are longer than %d characters."),
                   PATELLA_EXERCISE_CUSTOM_INSTRUCTIONS_MAX);
      return FALSE;
    }
  lines = g_strsplit (instructions, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      n_steps++;
  if (n_steps > PATELLA_EXERCISE_MAX_STEPS)
    {
      g_set_error (error, PATELLA_DOSE_ERROR, PATELLA_DOSE_ERROR_OUT_OF_RANGE,
                   _("The instructions have %u steps; at most %d fit."),
                   n_steps, PATELLA_EXERCISE_MAX_STEPS);
      return FALSE;
    }

  return TRUE;
}

/**
 * patella_exercise_new_custom:
 * @id: a stable id starting with "custom-"
 * @name: the user's name for it, shown as is (never translated)
 * @work: how a rep runs
 * @side_mode: which legs, in what order
 * @dose: its default dose
 * @instructions: (nullable): the steps, one per line; empty lines are dropped
 *
 * An exercise the user defined. Its texts are the user's own; phase and
 * side words are the generic ones. Call patella_exercise_validate_custom()
 * and patella_dose_validate() first.
 *
 * Returns: (transfer full): the exercise
 */
PatellaExercise *
patella_exercise_new_custom (const char        *id,
                             const char        *name,
                             PatellaWorkKind    work,
                             PatellaSideMode    side_mode,
                             const PatellaDose *dose,
                             const char        *instructions)
{
  g_autoptr(GStrvBuilder) steps = g_strv_builder_new ();
  PatellaExercise *self;

  g_return_val_if_fail (id != NULL && g_str_has_prefix (id, PATELLA_EXERCISE_CUSTOM_PREFIX), NULL);
  g_return_val_if_fail (name != NULL && dose != NULL, NULL);

  if (instructions != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (instructions, "\n", -1);
      guint n = 0;

      for (guint i = 0; lines[i] != NULL && n < PATELLA_EXERCISE_MAX_STEPS; i++)
        if (*g_strstrip (lines[i]) != '\0')
          {
            g_strv_builder_add (steps, lines[i]);
            n++;
          }
    }

  self = g_object_new (PATELLA_TYPE_EXERCISE, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->steps = g_strv_builder_end (steps);
  self->cautions = g_new0 (char *, 1);
  self->work = work;
  self->side_mode = side_mode;
  self->optional = TRUE;
  self->custom = TRUE;
  self->dose = *dose;

  for (guint i = 0; i < PATELLA_N_PHASE_KINDS; i++)
    self->phase_labels[i] = g_strdup (_(generic_phase_labels[i]));
  for (guint i = 0; i <= PATELLA_SIDE_BOTH; i++)
    self->side_labels[i] = g_strdup (_(generic_side_labels[i]));

  return self;
}

/**
 * patella_exercise_get_custom:
 * @self: a #PatellaExercise
 *
 * Returns: %TRUE for an exercise the user defined
 */
gboolean
patella_exercise_get_custom (PatellaExercise *self)
{
  g_return_val_if_fail (PATELLA_IS_EXERCISE (self), FALSE);
  return self->custom;
}

const char *
patella_exercise_get_id (PatellaExercise *self)
{
  g_return_val_if_fail (PATELLA_IS_EXERCISE (self), NULL);
  return self->id;
}

const char *
patella_exercise_get_name (PatellaExercise *self)
{
  g_return_val_if_fail (PATELLA_IS_EXERCISE (self), NULL);
  return self->name;
}

const char *
patella_exercise_get_purpose (PatellaExercise *self)
{
  g_return_val_if_fail (PATELLA_IS_EXERCISE (self), NULL);
  return self->purpose;
}

const char *
patella_exercise_get_dose_advice (PatellaExercise *self)
{
  g_return_val_if_fail (PATELLA_IS_EXERCISE (self), NULL);
  return self->dose_advice;
}

const char * const *
patella_exercise_get_steps (PatellaExercise *self)
{
  g_return_val_if_fail (PATELLA_IS_EXERCISE (self), NULL);
  return (const char * const *)self->steps;
}

const char * const *
patella_exercise_get_cautions (PatellaExercise *self)
{
  g_return_val_if_fail (PATELLA_IS_EXERCISE (self), NULL);
  return (const char * const *)self->cautions;
}

PatellaWorkKind
patella_exercise_get_work_kind (PatellaExercise *self)
{
  g_return_val_if_fail (PATELLA_IS_EXERCISE (self), PATELLA_WORK_REPS_TEMPO);
  return self->work;
}

PatellaSideMode
patella_exercise_get_side_mode (PatellaExercise *self)
{
  g_return_val_if_fail (PATELLA_IS_EXERCISE (self), PATELLA_SIDE_MODE_EACH_SIDE);
  return self->side_mode;
}

gboolean
patella_exercise_get_optional (PatellaExercise *self)
{
  g_return_val_if_fail (PATELLA_IS_EXERCISE (self), FALSE);
  return self->optional;
}

const PatellaDose *
patella_exercise_get_default_dose (PatellaExercise *self)
{
  g_return_val_if_fail (PATELLA_IS_EXERCISE (self), NULL);
  return &self->dose;
}

const char *
patella_exercise_get_phase_label (PatellaExercise  *self,
                                  PatellaPhaseKind  kind)
{
  g_return_val_if_fail (PATELLA_IS_EXERCISE (self), NULL);
  g_return_val_if_fail (kind < PATELLA_N_PHASE_KINDS, NULL);
  return self->phase_labels[kind];
}

const char *
patella_exercise_get_side_label (PatellaExercise *self,
                                 PatellaSide      side)
{
  g_return_val_if_fail (PATELLA_IS_EXERCISE (self), NULL);
  g_return_val_if_fail (side <= PATELLA_SIDE_BOTH, NULL);
  return self->side_labels[side];
}

gboolean
patella_exercise_validate_dose (PatellaExercise    *self,
                                const PatellaDose  *dose,
                                GError            **error)
{
  g_return_val_if_fail (PATELLA_IS_EXERCISE (self), FALSE);
  return patella_dose_validate (dose, self->work, error);
}

/**
 * patella_exercise_get_sides:
 * @affected: the user's affected side (left, right or both)
 * @sides: (out): the sides, in the order they run
 *
 * Returns: how many entries of @sides were filled (1 or 2)
 */
guint
patella_exercise_get_sides (PatellaExercise *self,
                            PatellaSide      affected,
                            PatellaSide      sides[2])
{
  g_return_val_if_fail (PATELLA_IS_EXERCISE (self), 0);

  switch (self->side_mode)
    {
    case PATELLA_SIDE_MODE_BOTH_AT_ONCE:
      sides[0] = PATELLA_SIDE_BOTH;
      return 1;

    case PATELLA_SIDE_MODE_AFFECTED_ONLY:
      if (affected == PATELLA_SIDE_LEFT || affected == PATELLA_SIDE_RIGHT)
        {
          sides[0] = affected;
          return 1;
        }
      G_GNUC_FALLTHROUGH;
    case PATELLA_SIDE_MODE_EACH_SIDE:
      sides[0] = PATELLA_SIDE_LEFT;
      sides[1] = PATELLA_SIDE_RIGHT;
      return 2;

    default:
      g_return_val_if_reached (0);
    }
}
