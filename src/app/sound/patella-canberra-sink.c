/* patella-canberra-sink.c: cue sounds played through libcanberra
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <canberra.h>
#include <glib/gi18n.h>

#include "patella-canberra-sink.h"

/* Every cue plays under this id, so closing can stop them all. */
#define PLAY_ID 1

struct _PatellaCanberraSink
{
  GObject     parent_instance;

  ca_context *context;      /* the shared one, once prepared */
  GHashTable *files;        /* id -> file name of the extracted sound */
};

static void patella_canberra_sink_iface_init (PatellaSoundSinkInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PatellaCanberraSink, patella_canberra_sink, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (PATELLA_TYPE_SOUND_SINK,
                                                      patella_canberra_sink_iface_init))

static gboolean
set_ca_error (int       code,
              GError  **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               "libcanberra: %s", ca_strerror (code));
  return FALSE;
}

/* One context for the whole process, never destroyed: the ALSA driver
 * plays every sound on a thread of its own, and destroying the context
 * unloads the driver's module under a thread that may still be ending. */
static ca_context *shared_context;
G_LOCK_DEFINE_STATIC (shared_context);

static gboolean
ensure_context (PatellaCanberraSink  *self,
                GError              **error)
{
  ca_context *context = NULL;
  int r;

  if (self->context != NULL)
    return TRUE;

  G_LOCK (shared_context);
  if (shared_context == NULL)
    {
      r = ca_context_create (&context);
      if (r == CA_SUCCESS)
        {
          ca_context_change_props (context,
                                   CA_PROP_APPLICATION_NAME, _("Patella"),
                                   CA_PROP_APPLICATION_ID, APP_ID,
                                   CA_PROP_APPLICATION_ICON_NAME, APP_ID,
                                   NULL);
          /* Opening now, not on the first cue, keeps the driver's
           * start-up cost out of the session. */
          r = ca_context_open (context);
          if (r == CA_SUCCESS)
            shared_context = context;
          else
            ca_context_destroy (context);
        }
    }
  else
    r = CA_SUCCESS;
  self->context = shared_context;
  G_UNLOCK (shared_context);

  if (self->context == NULL)
    return set_ca_error (r, error);

  return TRUE;
}

/* libcanberra reads real files only, so the sound leaves the GResource
 * for the user's cache folder; an identical file already there is kept. */
static char *
extract_sound (const char  *id,
               const char  *resource_path,
               GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *path = NULL;
  g_autofree char *existing = NULL;
  gsize existing_len = 0;
  gsize len;
  const char *data;

  bytes = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  dir = g_build_filename (g_get_user_cache_dir (), "patella", "sounds", NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "Cannot create %s: %s", dir, g_strerror (saved_errno));
      return NULL;
    }

  basename = g_path_get_basename (resource_path);
  path = g_build_filename (dir, basename, NULL);
  data = g_bytes_get_data (bytes, &len);

  if (g_file_get_contents (path, &existing, &existing_len, NULL)
      && existing_len == len
      && memcmp (existing, data, len) == 0)
    return g_steal_pointer (&path);

  if (!g_file_set_contents (path, data, len, error))
    return NULL;

  return g_steal_pointer (&path);
}

static gboolean
patella_canberra_sink_prepare (PatellaSoundSink  *sink,
                               const char        *id,
                               const char        *resource_path,
                               GError           **error)
{
  PatellaCanberraSink *self = PATELLA_CANBERRA_SINK (sink);
  g_autofree char *path = NULL;
  int r;

  if (!ensure_context (self, error))
    return FALSE;

  path = extract_sound (id, resource_path, error);
  if (path == NULL)
    return FALSE;

  /* Sound servers keep the decoded sample; plain ALSA cannot cache and
   * says so, which is fine: it still plays from the file. */
  r = ca_context_cache (self->context,
                        CA_PROP_EVENT_ID, id,
                        CA_PROP_MEDIA_FILENAME, path,
                        CA_PROP_MEDIA_ROLE, "event",
                        NULL);
  if (r != CA_SUCCESS && r != CA_ERROR_NOTSUPPORTED)
    return set_ca_error (r, error);

  g_hash_table_replace (self->files, g_strdup (id), g_steal_pointer (&path));

  return TRUE;
}

static gboolean
patella_canberra_sink_play (PatellaSoundSink  *sink,
                            const char        *id,
                            const char        *resource_path,
                            double             volume,
                            GError           **error)
{
  PatellaCanberraSink *self = PATELLA_CANBERRA_SINK (sink);
  const char *path;
  char db[G_ASCII_DTOSTR_BUF_SIZE];
  int r;

  if (volume <= 0.0)
    return TRUE;

  path = g_hash_table_lookup (self->files, id);
  if (path == NULL)
    {
      if (!patella_canberra_sink_prepare (sink, id, resource_path, error))
        return FALSE;
      path = g_hash_table_lookup (self->files, id);
    }

  /* libcanberra takes decibels; the setting is a linear 0 to 1 gain. */
  g_ascii_formatd (db, sizeof db, "%.2f", 20.0 * log10 (volume));
  r = ca_context_play (self->context, PLAY_ID,
                       CA_PROP_EVENT_ID, id,
                       CA_PROP_MEDIA_FILENAME, path,
                       CA_PROP_MEDIA_ROLE, "event",
                       CA_PROP_CANBERRA_VOLUME, db,
                       CA_PROP_CANBERRA_CACHE_CONTROL, "permanent",
                       NULL);
  if (r != CA_SUCCESS)
    return set_ca_error (r, error);

  return TRUE;
}

static void
patella_canberra_sink_iface_init (PatellaSoundSinkInterface *iface)
{
  iface->prepare = patella_canberra_sink_prepare;
  iface->play = patella_canberra_sink_play;
}

PatellaSoundSink *
patella_canberra_sink_new (void)
{
  return g_object_new (PATELLA_TYPE_CANBERRA_SINK, NULL);
}

static void
patella_canberra_sink_finalize (GObject *object)
{
  PatellaCanberraSink *self = PATELLA_CANBERRA_SINK (object);

  /* A session that closes stops its sounds; the context stays. */
  if (self->context != NULL)
    ca_context_cancel (self->context, PLAY_ID);
  self->context = NULL;
  g_clear_pointer (&self->files, g_hash_table_unref);

  G_OBJECT_CLASS (patella_canberra_sink_parent_class)->finalize (object);
}

static void
patella_canberra_sink_class_init (PatellaCanberraSinkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = patella_canberra_sink_finalize;
}

static void
patella_canberra_sink_init (PatellaCanberraSink *self)
{
  self->files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}
