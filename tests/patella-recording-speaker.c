/* patella-recording-speaker.c: a speaker that writes down what it is told, for tests
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-recording-speaker.h"

struct _PatellaRecordingSpeaker
{
  GObject       parent_instance;

  PatellaClock *clock;
  GPtrArray    *said;    /* of char* */
  GArray       *times;   /* of gint64, on the clock's monotonic scale */
  int           rate;
  gboolean      failing;
};

static void speaker_iface_init (PatellaSpeakerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PatellaRecordingSpeaker, patella_recording_speaker, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (PATELLA_TYPE_SPEAKER, speaker_iface_init))

static gboolean
recording_speak (PatellaSpeaker  *speaker,
                 const char      *text,
                 GError         **error)
{
  PatellaRecordingSpeaker *self = PATELLA_RECORDING_SPEAKER (speaker);
  gint64 now = patella_clock_get_monotonic_usec (self->clock);

  if (self->failing)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_CONNECTED, "no speech service");
      return FALSE;
    }

  g_ptr_array_add (self->said, g_strdup (text));
  g_array_append_val (self->times, now);
  return TRUE;
}

static void
recording_set_rate (PatellaSpeaker *speaker,
                    int             rate)
{
  PATELLA_RECORDING_SPEAKER (speaker)->rate = rate;
}

static void
speaker_iface_init (PatellaSpeakerInterface *iface)
{
  iface->speak = recording_speak;
  iface->set_rate = recording_set_rate;
}

PatellaRecordingSpeaker *
patella_recording_speaker_new (PatellaClock *clock)
{
  PatellaRecordingSpeaker *self = g_object_new (PATELLA_TYPE_RECORDING_SPEAKER, NULL);

  self->clock = g_object_ref (clock);
  return self;
}

GPtrArray *
patella_recording_speaker_get_said (PatellaRecordingSpeaker *self)
{
  return self->said;
}

GArray *
patella_recording_speaker_get_times (PatellaRecordingSpeaker *self)
{
  return self->times;
}

int
patella_recording_speaker_get_rate (PatellaRecordingSpeaker *self)
{
  return self->rate;
}

void
patella_recording_speaker_set_failing (PatellaRecordingSpeaker *self,
                                       gboolean                 failing)
{
  self->failing = failing;
}

gboolean
patella_recording_speaker_has_said (PatellaRecordingSpeaker *self,
                                    const char              *text)
{
  for (guint i = 0; i < self->said->len; i++)
    if (g_str_equal (g_ptr_array_index (self->said, i), text))
      return TRUE;

  return FALSE;
}

static void
patella_recording_speaker_finalize (GObject *object)
{
  PatellaRecordingSpeaker *self = PATELLA_RECORDING_SPEAKER (object);

  g_clear_object (&self->clock);
  g_ptr_array_unref (self->said);
  g_array_unref (self->times);

  G_OBJECT_CLASS (patella_recording_speaker_parent_class)->finalize (object);
}

static void
patella_recording_speaker_class_init (PatellaRecordingSpeakerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = patella_recording_speaker_finalize;
}

static void
patella_recording_speaker_init (PatellaRecordingSpeaker *self)
{
  self->said = g_ptr_array_new_with_free_func (g_free);
  self->times = g_array_new (FALSE, FALSE, sizeof (gint64));
}
