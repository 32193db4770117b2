/* patella-recording-sink.c: a sound sink that writes down what it is asked, for tests
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-recording-sink.h"

struct _PatellaRecordingSink
{
  GObject    parent_instance;

  GPtrArray *prepared;
  GPtrArray *played;
  double     last_volume;
  gboolean   failing;
};

static void patella_recording_sink_iface_init (PatellaSoundSinkInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PatellaRecordingSink, patella_recording_sink, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (PATELLA_TYPE_SOUND_SINK,
                                                      patella_recording_sink_iface_init))

static gboolean
refuse (PatellaRecordingSink  *self,
        GError               **error)
{
  if (!self->failing)
    return FALSE;

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "No sound device");
  return TRUE;
}

static gboolean
patella_recording_sink_prepare (PatellaSoundSink  *sink,
                                const char        *id,
                                const char        *resource_path,
                                GError           **error)
{
  PatellaRecordingSink *self = PATELLA_RECORDING_SINK (sink);

  g_ptr_array_add (self->prepared, g_strdup (id));

  /* A recorder still insists the sound exists, as the real sink would. */
  if (!g_resources_get_info (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, error))
    return FALSE;

  return !refuse (self, error);
}

static gboolean
patella_recording_sink_play (PatellaSoundSink  *sink,
                             const char        *id,
                             const char        *resource_path,
                             double             volume,
                             GError           **error)
{
  PatellaRecordingSink *self = PATELLA_RECORDING_SINK (sink);

  g_ptr_array_add (self->played, g_strdup (id));
  self->last_volume = volume;

  return !refuse (self, error);
}

static void
patella_recording_sink_iface_init (PatellaSoundSinkInterface *iface)
{
  iface->prepare = patella_recording_sink_prepare;
  iface->play = patella_recording_sink_play;
}

PatellaRecordingSink *
patella_recording_sink_new (void)
{
  return g_object_new (PATELLA_TYPE_RECORDING_SINK, NULL);
}

void
patella_recording_sink_set_failing (PatellaRecordingSink *self,
                                    gboolean              failing)
{
  g_return_if_fail (PATELLA_IS_RECORDING_SINK (self));

  self->failing = !!failing;
}

GPtrArray *
patella_recording_sink_get_prepared (PatellaRecordingSink *self)
{
  g_return_val_if_fail (PATELLA_IS_RECORDING_SINK (self), NULL);

  return self->prepared;
}

GPtrArray *
patella_recording_sink_get_played (PatellaRecordingSink *self)
{
  g_return_val_if_fail (PATELLA_IS_RECORDING_SINK (self), NULL);

  return self->played;
}

double
patella_recording_sink_get_last_volume (PatellaRecordingSink *self)
{
  g_return_val_if_fail (PATELLA_IS_RECORDING_SINK (self), 0.0);

  return self->last_volume;
}

void
patella_recording_sink_clear (PatellaRecordingSink *self)
{
  g_return_if_fail (PATELLA_IS_RECORDING_SINK (self));

  g_ptr_array_set_size (self->prepared, 0);
  g_ptr_array_set_size (self->played, 0);
}

static void
patella_recording_sink_finalize (GObject *object)
{
  PatellaRecordingSink *self = PATELLA_RECORDING_SINK (object);

  g_clear_pointer (&self->prepared, g_ptr_array_unref);
  g_clear_pointer (&self->played, g_ptr_array_unref);

  G_OBJECT_CLASS (patella_recording_sink_parent_class)->finalize (object);
}

static void
patella_recording_sink_class_init (PatellaRecordingSinkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = patella_recording_sink_finalize;
}

static void
patella_recording_sink_init (PatellaRecordingSink *self)
{
  self->prepared = g_ptr_array_new_with_free_func (g_free);
  self->played = g_ptr_array_new_with_free_func (g_free);
}
