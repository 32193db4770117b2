/* patella-speechd-speaker.c: spoken coaching through speech-dispatcher
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libspeechd.h>
#include <stdlib.h>
#include <string.h>

#include "patella-speechd-speaker.h"

/* speech-dispatcher is the service GNOME's screen reader speaks through,
 * so the voice is the one the user has already set up. */
struct _PatellaSpeechdSpeaker
{
  GObject        parent_instance;

  SPDConnection *connection;
  char          *error;
  int            rate;
  gboolean       connecting;
};

static void speaker_iface_init (PatellaSpeakerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PatellaSpeechdSpeaker, patella_speechd_speaker, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (PATELLA_TYPE_SPEAKER, speaker_iface_init))

enum {
  PROP_0,
  PROP_READY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "de_DE.UTF-8" → "de": the voice follows the user interface's language. */
static char *
interface_language (void)
{
  const char * const *names = g_get_language_names ();
  const char *name = names != NULL && names[0] != NULL ? names[0] : "en";
  gsize len = strcspn (name, "_.@");

  if (len == 0 || g_str_equal (name, "C") || g_str_has_prefix (name, "C."))
    return g_strdup ("en");
  return g_strndup (name, len);
}

static void
connect_in_thread (GTask        *task,
                   gpointer      source,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  char *error = NULL;
  SPDConnection *connection;

  connection = spd_open2 ("patella", "coach", NULL, SPD_MODE_THREADED, NULL, TRUE, &error);
  if (connection == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_CONNECTED, "%s",
                               error != NULL ? error : "speech-dispatcher did not answer");
      free (error);
      return;
    }

  g_task_return_pointer (task, connection, (GDestroyNotify) spd_close);
}

static void
connected_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  PatellaSpeechdSpeaker *self = PATELLA_SPEECHD_SPEAKER (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *language = NULL;

  self->connecting = FALSE;
  self->connection = g_task_propagate_pointer (G_TASK (result), &error);
  if (self->connection == NULL)
    {
      g_message ("Spoken coaching is off: %s", error->message);
      self->error = g_strdup (error->message);
      return;
    }

  language = interface_language ();
  spd_set_language (self->connection, language);
  spd_set_voice_rate (self->connection, self->rate);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
}

static gboolean
speechd_speak (PatellaSpeaker  *speaker,
               const char      *text,
               GError         **error)
{
  PatellaSpeechdSpeaker *self = PATELLA_SPEECHD_SPEAKER (speaker);

  if (self->connection == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_CONNECTED, "%s",
                   self->error != NULL ? self->error
                                       : _("The speech service is still starting"));
      return FALSE;
    }

  /* What is still being said is already late: it gives way. */
  spd_cancel (self->connection);
  if (spd_say (self->connection, SPD_TEXT, text) < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The speech service refused “%s”"),
                   text);
      return FALSE;
    }

  return TRUE;
}

static void
speechd_set_rate (PatellaSpeaker *speaker,
                  int             rate)
{
  PatellaSpeechdSpeaker *self = PATELLA_SPEECHD_SPEAKER (speaker);

  self->rate = rate;
  if (self->connection != NULL)
    spd_set_voice_rate (self->connection, rate);
}

static void
speaker_iface_init (PatellaSpeakerInterface *iface)
{
  iface->speak = speechd_speak;
  iface->set_rate = speechd_set_rate;
}

/**
 * patella_speechd_speaker_get_ready:
 * @self: a #PatellaSpeechdSpeaker
 *
 * Returns: whether speech-dispatcher answered and phrases will be spoken
 */
gboolean
patella_speechd_speaker_get_ready (PatellaSpeechdSpeaker *self)
{
  g_return_val_if_fail (PATELLA_IS_SPEECHD_SPEAKER (self), FALSE);

  return self->connection != NULL;
}

/**
 * patella_speechd_speaker_get_error:
 * @self: a #PatellaSpeechdSpeaker
 *
 * Returns: (nullable): why speech-dispatcher could not be reached
 */
const char *
patella_speechd_speaker_get_error (PatellaSpeechdSpeaker *self)
{
  g_return_val_if_fail (PATELLA_IS_SPEECHD_SPEAKER (self), NULL);

  return self->error;
}

PatellaSpeaker *
patella_speechd_speaker_new (void)
{
  return g_object_new (PATELLA_TYPE_SPEECHD_SPEAKER, NULL);
}

static void
patella_speechd_speaker_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_READY:
      g_value_set_boolean (value, PATELLA_SPEECHD_SPEAKER (object)->connection != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_speechd_speaker_finalize (GObject *object)
{
  PatellaSpeechdSpeaker *self = PATELLA_SPEECHD_SPEAKER (object);

  g_clear_pointer (&self->connection, spd_close);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (patella_speechd_speaker_parent_class)->finalize (object);
}

static void
patella_speechd_speaker_class_init (PatellaSpeechdSpeakerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = patella_speechd_speaker_finalize;
  object_class->get_property = patella_speechd_speaker_get_property;

  properties[PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
patella_speechd_speaker_init (PatellaSpeechdSpeaker *self)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, connected_cb, NULL);

  /* The task holds the speaker until the connection is made or refused. */
  self->connecting = TRUE;
  g_task_run_in_thread (task, connect_in_thread);
}
