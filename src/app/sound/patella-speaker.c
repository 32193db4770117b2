/* patella-speaker.c: where spoken coaching goes: speech-dispatcher, or a recorder in tests
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-speaker.h"

G_DEFINE_INTERFACE (PatellaSpeaker, patella_speaker, G_TYPE_OBJECT)

static void
patella_speaker_default_init (PatellaSpeakerInterface *iface)
{
}

/**
 * patella_speaker_speak:
 * @self: a #PatellaSpeaker
 * @text: what to say, in the user interface's language
 * @error: why nothing is said
 *
 * Says @text now, cutting short what is still being said.
 *
 * Returns: %FALSE if it cannot be said
 */
gboolean
patella_speaker_speak (PatellaSpeaker  *self,
                       const char      *text,
                       GError         **error)
{
  g_return_val_if_fail (PATELLA_IS_SPEAKER (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  return PATELLA_SPEAKER_GET_IFACE (self)->speak (self, text, error);
}

/**
 * patella_speaker_set_rate:
 * @self: a #PatellaSpeaker
 * @rate: from -100 (slowest) to 100 (fastest); 0 is the voice's own
 */
void
patella_speaker_set_rate (PatellaSpeaker *self,
                          int             rate)
{
  g_return_if_fail (PATELLA_IS_SPEAKER (self));

  if (PATELLA_SPEAKER_GET_IFACE (self)->set_rate != NULL)
    PATELLA_SPEAKER_GET_IFACE (self)->set_rate (self, CLAMP (rate, -100, 100));
}
