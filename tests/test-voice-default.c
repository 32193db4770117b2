/* test-voice-default.c: a screen reader user who never chose gets the voice
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-application.h"

/* A stand-in for the accessibility bus's status object on a private
 * session bus: what Orca sets when it runs. */
static gboolean screen_reader_enabled;

static GVariant *
get_property_cb (GDBusConnection  *connection,
                 const char       *sender,
                 const char       *object_path,
                 const char       *interface_name,
                 const char       *property_name,
                 GError          **error,
                 gpointer          user_data)
{
  return g_variant_new_boolean (screen_reader_enabled);
}

static const char status_xml[] =
  "<node><interface name='org.a11y.Status'>"
  "<property name='ScreenReaderEnabled' type='b' access='read'/>"
  "</interface></node>";

static char *
coaching_after_startup (gboolean reader,
                        gboolean chosen_before)
{
  static guint n_apps;
  g_autoptr(PatellaApplication) app = NULL;
  g_autoptr(GSettings) settings = g_settings_new (SETTINGS_SCHEMA_ID);
  g_autofree char *id = g_strdup_printf ("io.github.patella.Patella.Test%u", n_apps++);
  gint64 deadline;

  screen_reader_enabled = reader;
  g_settings_reset (settings, "coaching");
  if (chosen_before)
    g_settings_set_string (settings, "coaching", "beeps");

  /* Each its own id: the object paths of the last one may still be there. */
  app = patella_application_new (id, G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  /* The answer comes back on the main loop; give it a moment. */
  deadline = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  return g_settings_get_string (settings, "coaching");
}

static void
test_default (void)
{
  g_autofree char *reader = coaching_after_startup (TRUE, FALSE);
  g_autofree char *no_reader = coaching_after_startup (FALSE, FALSE);
  g_autofree char *chosen = coaching_after_startup (TRUE, TRUE);

  g_assert_cmpstr (reader, ==, "both");
  g_assert_cmpstr (no_reader, ==, "beeps");
  /* A choice once made is the user's, screen reader or not. */
  g_assert_cmpstr (chosen, ==, "beeps");
}

int
main (int   argc,
      char *argv[])
{
  static const GDBusInterfaceVTable vtable = { NULL, get_property_cb, NULL };
  g_autoptr(GDBusConnection) connection = NULL;
  g_autoptr(GDBusNodeInfo) node = NULL;
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  /* meson runs this under dbus-run-session: a session bus of its own. */
  connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  node = g_dbus_node_info_new_for_xml (status_xml, &error);
  g_assert_no_error (error);
  g_dbus_connection_register_object (connection, "/org/a11y/bus", node->interfaces[0],
                                     &vtable, NULL, NULL, &error);
  g_assert_no_error (error);
  g_bus_own_name_on_connection (connection, "org.a11y.Bus", G_BUS_NAME_OWNER_FLAGS_NONE,
                                NULL, NULL, NULL, NULL);

  g_test_add_func ("/voice-default/screen-reader", test_default);
  ret = g_test_run ();

  return ret;
}
