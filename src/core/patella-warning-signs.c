/* patella-warning-signs.c: labels for pain entries, and the warning-sign rule and advice
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-warning-signs.h"

const PatellaPainContext PATELLA_PAIN_CONTEXTS[5] = {
  PATELLA_PAIN_CONTEXT_RUNNING,
  PATELLA_PAIN_CONTEXT_STAIRS,
  PATELLA_PAIN_CONTEXT_SQUATTING,
  PATELLA_PAIN_CONTEXT_AFTER_SITTING,
  PATELLA_PAIN_CONTEXT_AT_REST,
};

const PatellaWarningSign PATELLA_WARNING_SIGNS[7] = {
  PATELLA_WARNING_SIGN_SUDDEN_SHARP_PAIN,
  PATELLA_WARNING_SIGN_SOMETHING_IN_THE_WAY,
  PATELLA_WARNING_SIGN_PAINFUL_POP,
  PATELLA_WARNING_SIGN_GIVING_WAY,
  PATELLA_WARNING_SIGN_SWELLING,
  PATELLA_WARNING_SIGN_HOT_RED_FEVER,
  PATELLA_WARNING_SIGN_CANNOT_BEAR_WEIGHT,
};

const char *
patella_pain_context_get_label (PatellaPainContext context)
{
  switch (context)
    {
    case PATELLA_PAIN_CONTEXT_RUNNING:
      return _("Running");
    case PATELLA_PAIN_CONTEXT_STAIRS:
      return _("Stairs");
    case PATELLA_PAIN_CONTEXT_SQUATTING:
      return _("Squatting");
    case PATELLA_PAIN_CONTEXT_AFTER_SITTING:
      return _("After sitting");
    case PATELLA_PAIN_CONTEXT_AT_REST:
      return _("At rest");
    case PATELLA_PAIN_CONTEXT_NONE:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
patella_warning_sign_get_label (PatellaWarningSign sign)
{
  switch (sign)
    {
    case PATELLA_WARNING_SIGN_SUDDEN_SHARP_PAIN:
      return _("Sudden sharp pain after a twist, a fall or a jump");
    case PATELLA_WARNING_SIGN_SOMETHING_IN_THE_WAY:
      return _("Something seems in the way: the knee will not fully bend or straighten");
    case PATELLA_WARNING_SIGN_PAINFUL_POP:
      return _("A painful pop or crack");
    case PATELLA_WARNING_SIGN_GIVING_WAY:
      return _("The knee gives way");
    case PATELLA_WARNING_SIGN_SWELLING:
      return _("Swelling in or around the knee");
    case PATELLA_WARNING_SIGN_HOT_RED_FEVER:
      return _("A hot, red knee with a fever");
    case PATELLA_WARNING_SIGN_CANNOT_BEAR_WEIGHT:
      return _("Cannot put weight on the leg");
    case PATELLA_WARNING_SIGN_NONE:
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
patella_pain_contexts_to_text (PatellaPainContext contexts)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (PATELLA_PAIN_CONTEXTS); i++)
    {
      if ((contexts & PATELLA_PAIN_CONTEXTS[i]) == 0)
        continue;
      if (text->len > 0)
        /* Translators: between items of a list, as in "Running, Stairs" */
        g_string_append (text, _(", "));
      g_string_append (text, patella_pain_context_get_label (PATELLA_PAIN_CONTEXTS[i]));
    }

  return g_string_free (text, FALSE);
}

char *
patella_warning_signs_to_text (PatellaWarningSign signs)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (PATELLA_WARNING_SIGNS); i++)
    {
      if ((signs & PATELLA_WARNING_SIGNS[i]) == 0)
        continue;
      if (text->len > 0)
        /* Translators: between warning signs, which may themselves hold commas */
        g_string_append (text, _("; "));
      g_string_append (text, patella_warning_sign_get_label (PATELLA_WARNING_SIGNS[i]));
    }

  return g_string_free (text, FALSE);
}

void
patella_warning_signs_clear_day (const char *latest_day,
                                 char        out[PATELLA_LOCAL_DAY_LEN + 1])
{
  patella_local_day_add_days (latest_day, PATELLA_WARNING_SIGN_STANDS_DAYS, out);
}

const char *
patella_warning_signs_get_title (PatellaWarningSign signs)
{
  if (signs == PATELLA_WARNING_SIGN_NONE)
    return NULL;

  return _("Have your knee checked before you go on");
}

char *
patella_warning_signs_get_advice (PatellaWarningSign signs)
{
  GString *advice;
  g_autofree char *list = NULL;

  if (signs == PATELLA_WARNING_SIGN_NONE)
    return NULL;

  list = patella_warning_signs_to_text (signs);
  advice = g_string_new (NULL);
  g_string_append_printf (advice,
                          _("You noted: %s. Signs like this point to more than a muscle "
                            "imbalance, which is what these exercises treat. See a physical "
                            "therapist or a doctor before you continue the program."),
                          list);

  if (signs & (PATELLA_WARNING_SIGN_HOT_RED_FEVER | PATELLA_WARNING_SIGN_CANNOT_BEAR_WEIGHT))
    {
      g_string_append (advice, "\n\n");
      g_string_append (advice, _("A hot, red knee with a fever, or a leg you cannot stand on, "
                                 "needs a doctor soon: do not wait for it to pass."));
    }

  /* The short-term care for swelling comes from the sources (PRICE). */
  if (signs & PATELLA_WARNING_SIGN_SWELLING)
    {
      g_string_append (advice, "\n\n");
      g_string_append (advice, _("Until the swelling is seen to: protect the knee and rest it; "
                                 "put ice on it for 10 to 20 minutes, 2 to 3 times a day; wrap "
                                 "it firmly for compression; and keep the leg raised. Do not "
                                 "run until the pain and swelling have settled."));
    }

  return g_string_free (advice, FALSE);
}
