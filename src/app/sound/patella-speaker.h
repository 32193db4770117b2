/* patella-speaker.h: where spoken coaching goes: speech-dispatcher, or a recorder in tests
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PATELLA_TYPE_SPEAKER (patella_speaker_get_type ())
G_DECLARE_INTERFACE (PatellaSpeaker, patella_speaker, PATELLA, SPEAKER, GObject)

/* speak() replaces whatever is still being said: a phrase that is late is
 * worth less than silence, so nothing queues. It must not block. */
struct _PatellaSpeakerInterface
{
  GTypeInterface parent_iface;

  gboolean (*speak)    (PatellaSpeaker  *self,
                        const char      *text,
                        GError         **error);
  void     (*set_rate) (PatellaSpeaker  *self,
                        int              rate);
};

gboolean patella_speaker_speak    (PatellaSpeaker  *self,
                                   const char      *text,
                                   GError         **error);
void     patella_speaker_set_rate (PatellaSpeaker  *self,
                                   int              rate);

G_END_DECLS
