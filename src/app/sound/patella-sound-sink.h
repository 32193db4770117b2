/* patella-sound-sink.h: where cue sounds go: libcanberra, or a recorder in tests
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PATELLA_TYPE_SOUND_SINK (patella_sound_sink_get_type ())
G_DECLARE_INTERFACE (PatellaSoundSink, patella_sound_sink, PATELLA, SOUND_SINK, GObject)

/* A sound is named by an id ("patella-up") and the GResource path of its
 * file. prepare() is called once per sound before a session, so play() can
 * start at once; play() must not block on the audio device. */
struct _PatellaSoundSinkInterface
{
  GTypeInterface parent_iface;

  gboolean (*prepare) (PatellaSoundSink  *self,
                       const char        *id,
                       const char        *resource_path,
                       GError           **error);
  gboolean (*play)    (PatellaSoundSink  *self,
                       const char        *id,
                       const char        *resource_path,
                       double             volume,
                       GError           **error);
};

gboolean patella_sound_sink_prepare (PatellaSoundSink  *self,
                                     const char        *id,
                                     const char        *resource_path,
                                     GError           **error);
gboolean patella_sound_sink_play    (PatellaSoundSink  *self,
                                     const char        *id,
                                     const char        *resource_path,
                                     double             volume,
                                     GError           **error);

G_END_DECLS
