/* patella-sound-sink.c: where cue sounds go: libcanberra, or a recorder in tests
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-sound-sink.h"

G_DEFINE_INTERFACE (PatellaSoundSink, patella_sound_sink, G_TYPE_OBJECT)

static void
patella_sound_sink_default_init (PatellaSoundSinkInterface *iface)
{
}

gboolean
patella_sound_sink_prepare (PatellaSoundSink  *self,
                            const char        *id,
                            const char        *resource_path,
                            GError           **error)
{
  g_return_val_if_fail (PATELLA_IS_SOUND_SINK (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (resource_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return PATELLA_SOUND_SINK_GET_IFACE (self)->prepare (self, id, resource_path, error);
}

gboolean
patella_sound_sink_play (PatellaSoundSink  *self,
                         const char        *id,
                         const char        *resource_path,
                         double             volume,
                         GError           **error)
{
  g_return_val_if_fail (PATELLA_IS_SOUND_SINK (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (resource_path != NULL, FALSE);
  g_return_val_if_fail (volume >= 0.0 && volume <= 1.0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return PATELLA_SOUND_SINK_GET_IFACE (self)->play (self, id, resource_path, volume, error);
}
