/* patella-application.c: the application object
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-store-charts.h"

#include <glib/gi18n.h>

#include "patella-application-private.h"
#include "patella-monotonic-clock.h"
#include "patella-pain-entry-dialog.h"
#include "patella-paths.h"
#include "patella-preferences-window.h"
#include "patella-window.h"

G_DEFINE_FINAL_TYPE (PatellaApplication, patella_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_DATABASE_PATH,
  PROP_STORE,
  PROP_CLOCK,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const GOptionEntry option_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the diary in FILE instead of the default one"), N_("FILE") },
  { "create", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Start a new diary in the --database FILE if there is none yet"), NULL },
  { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the diary as CSV files into DIR, then exit"), N_("DIR") },
  { "import-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Add the rows of a CSV file (or a folder of them) to the diary, then exit"),
    N_("FILE") },
  { "background", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Start without a window, only to send the daily reminders (as at login)"), NULL },
  { "report", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a progress report for a physical therapist to FILE (a PDF), then exit"),
    N_("FILE") },
  { "from", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --report: the first day it covers (default: the program's start)"), N_("DAY") },
  { "to", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --report: the last day it covers (default: today)"), N_("DAY") },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open a temporary diary filled with six weeks of made-up history (never your own)"),
    NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

PatellaApplication *
patella_application_new (const char        *application_id,
                         GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (PATELLA_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       /* The .Devel id must find the same resources. */
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

const char *
patella_application_get_database_path (PatellaApplication *self)
{
  g_return_val_if_fail (PATELLA_IS_APPLICATION (self), NULL);

  return self->database_path;
}

GSettings *
patella_application_get_settings (PatellaApplication *self)
{
  g_return_val_if_fail (PATELLA_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * patella_application_get_store:
 * @self: a #PatellaApplication
 *
 * The diary the windows show. It is %NULL until the diary has been opened,
 * and changes when a backup is restored: windows bind to #PatellaApplication:store
 * rather than keep what this returns.
 *
 * Returns: (transfer none) (nullable): the open diary
 */
PatellaStore *
patella_application_get_store (PatellaApplication *self)
{
  g_return_val_if_fail (PATELLA_IS_APPLICATION (self), NULL);

  return self->store;
}

/**
 * patella_application_get_clock:
 * @self: a #PatellaApplication
 *
 * Returns: (transfer none): the clock sessions are timed by and "today"
 *   is read from
 */
PatellaClock *
patella_application_get_clock (PatellaApplication *self)
{
  g_return_val_if_fail (PATELLA_IS_APPLICATION (self), NULL);

  return self->clock;
}

/**
 * patella_application_set_clock:
 * @self: a #PatellaApplication
 * @clock: the time source
 *
 * Replaces the clock, and with it #PatellaApplication:today. The real
 * app keeps the monotonic clock it starts with; tests put a fake one here
 * before the window is made.
 */
void
patella_application_set_clock (PatellaApplication *self,
                               PatellaClock       *clock)
{
  g_return_if_fail (PATELLA_IS_APPLICATION (self));
  g_return_if_fail (PATELLA_IS_CLOCK (clock));

  if (!g_set_object (&self->clock, clock))
    return;

  g_clear_object (&self->today);
  self->today = patella_today_new (clock);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOCK]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

/**
 * patella_application_get_today:
 * @self: a #PatellaApplication
 *
 * Returns: (transfer none): the user's local day, read from the clock
 */
PatellaToday *
patella_application_get_today (PatellaApplication *self)
{
  g_return_val_if_fail (PATELLA_IS_APPLICATION (self), NULL);

  return self->today;
}

void
_patella_application_set_store (PatellaApplication *self,
                                PatellaStore       *store)
{
  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
patella_application_set_database_path (PatellaApplication *self,
                                       const char         *path)
{
  if (g_strcmp0 (self->database_path, path) == 0)
    return;

  g_free (self->database_path);
  self->database_path = g_strdup (path);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE_PATH]);
}

/* --demo: a new diary in a temporary folder, filled from core's demo
 * history ending today. The user's diary is never opened. */
static char *
make_demo_diary (GError **error)
{
  g_autofree char *dir = g_dir_make_tmp ("patella-demo-XXXXXX", error);
  g_autofree char *path = NULL;
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(PatellaDemoDiary) demo = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  if (dir == NULL)
    return NULL;
  path = g_build_filename (dir, "demo.db", NULL);
  store = patella_store_open (path, error);
  if (store == NULL)
    return NULL;
  demo = patella_demo_diary_new (today, PATELLA_DEMO_SEED);
  if (!patella_store_fill_demo (store, demo, error))
    return NULL;
  patella_store_close (store);
  return g_steal_pointer (&path);
}

/* Runs in the process the user started, before any instance is contacted,
 * so relative paths are resolved against the user's directory. */
static int
patella_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  PatellaApplication *self = PATELLA_APPLICATION (app);
  g_autofree char *requested = NULL;
  g_autofree char *resolved = NULL;
  g_autofree char *export_dir = NULL;
  g_autofree char *import_path = NULL;
  g_autofree char *report_path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "patella", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  if (g_variant_dict_contains (options, "demo"))
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *demo = make_demo_diary (&error);

      if (demo == NULL)
        {
          g_printerr (_("patella: The demo diary could not be made: %s\n"), error->message);
          return EXIT_FAILURE;
        }
      self->demo = TRUE;
      /* A second window on the user's diary must not be this process. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
      patella_application_set_database_path (self, demo);
      return -1;
    }

  g_variant_dict_lookup (options, "database", "^ay", &requested);
  resolved = patella_paths_resolve_database (requested, NULL);
  patella_application_set_database_path (self, resolved);

  /* A mistyped --database must not quietly become a new, empty diary; the
   * default one is still made on first use. */
  if (requested != NULL && requested[0] != '\0' && !g_variant_dict_contains (options, "create")
      && !g_file_test (resolved, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_filename_display_name (resolved);

      g_printerr (_("patella: There is no diary at “%s”. Check the name, or add --create "
                    "to start a new diary there.\n"), name);
      return EXIT_FAILURE;
    }

  /* At login, with Patella already running, there is nothing to do. */
  if (g_variant_dict_contains (options, "background"))
    {
      g_autoptr(GError) error = NULL;

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("patella: %s\n", error->message);
          return EXIT_FAILURE;
        }
      if (g_application_get_is_remote (app))
        return EXIT_SUCCESS;
      self->background = TRUE;
    }

  if (g_variant_dict_lookup (options, "report", "^ay", &report_path))
    {
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;

      g_variant_dict_lookup (options, "from", "s", &from);
      g_variant_dict_lookup (options, "to", "s", &to);
      return _patella_application_run_report (self, report_path, from, to);
    }

  g_variant_dict_lookup (options, "export-csv", "^ay", &export_dir);
  g_variant_dict_lookup (options, "import-csv", "^ay", &import_path);
  if (export_dir != NULL || import_path != NULL)
    return _patella_application_run_csv_command (self, export_dir, import_path);

  return -1;
}

void
_patella_application_show_window (PatellaApplication *self,
                                  const char         *notice)
{
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (!PATELLA_IS_WINDOW (window))
    window = GTK_WINDOW (patella_window_new (self));

  if (notice != NULL)
    {
      AdwToast *toast = adw_toast_new (notice);
      adw_toast_set_timeout (toast, 0);
      patella_window_add_toast (PATELLA_WINDOW (window), toast);
    }

  gtk_window_present (window);
}

static void
patella_application_activate (GApplication *app)
{
  PatellaApplication *self = PATELLA_APPLICATION (app);

  if (self->background)
    {
      self->background = FALSE;
      _patella_application_start_in_background (self);
      return;
    }

  _patella_application_open_store_and_present (self, NULL);
}

static void
quit_after_leave_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GApplication) app = user_data;

  if (patella_session_page_leave_finish (PATELLA_SESSION_PAGE (source), result))
    g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static void
quit_after_entry_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GApplication) app = user_data;

  if (patella_pain_entry_dialog_close_finish (PATELLA_PAIN_ENTRY_DIALOG (source), result))
    g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static void
patella_application_quit_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  GApplication *app = G_APPLICATION (user_data);
  PatellaPainEntryDialog *entry = patella_pain_entry_dialog_find_unsaved (NULL);
  GList *windows;

  /* A pain entry with unsaved changes asks first, as its own close does. */
  if (entry != NULL)
    {
      patella_pain_entry_dialog_close_async (entry, quit_after_entry_cb, g_object_ref (app));
      return;
    }

  /* Quitting mid-session asks what Escape asks, then quits. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (PATELLA_IS_WINDOW (l->data) && patella_window_get_in_session (l->data))
      {
        patella_session_page_leave_async (patella_window_get_session_page (l->data), NULL,
                                          quit_after_leave_cb, g_object_ref (app));
        return;
      }

  /* Closing each window first lets them save their state. */
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  while (windows != NULL)
    {
      GtkWindow *window = windows->data;
      windows = windows->next;
      gtk_window_destroy (window);
    }

  g_application_quit (app);
}

static void
patella_application_about_action (GSimpleAction *action,
                                  GVariant      *parameter,
                                  gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Patella authors", NULL };
  GtkWindow *about;

  about = GTK_WINDOW (adw_about_window_new ());
  g_object_set (about,
                "application-name", _("Patella"),
                "application-icon", APP_ID,
                "developer-name", _("The Patella authors"),
                "developers", developers,
                "version", PACKAGE_VERSION,
                "website", "https://github.com/patella-app/patella",
                "issue-url", "https://github.com/patella-app/patella/issues",
                "license-type", GTK_LICENSE_GPL_3_0,
                "copyright", "© 2026 The Patella authors",
                "comments",
                _("Guided strengthening sessions and a daily pain diary for runner’s knee.\n\n"
                  "Patella is not a substitute for a clinician. It cannot examine your knee. "
                  "If you notice a warning sign such as swelling, a painful pop or a knee "
                  "that gives way, see a physical therapist or a doctor."),
                "transient-for", gtk_application_get_active_window (app),
                "modal", TRUE,
                NULL);
  gtk_window_present (about);
}

static void
patella_application_preferences_action (GSimpleAction *action,
                                        GVariant      *parameter,
                                        gpointer       user_data)
{
  PatellaApplication *self = PATELLA_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWindow *prefs;

  prefs = GTK_WINDOW (patella_preferences_window_new (self->settings));
  gtk_window_set_transient_for (prefs, parent);
  gtk_window_present (prefs);
}

static const GActionEntry app_entries[] = {
  { "quit", patella_application_quit_action },
  { "about", patella_application_about_action },
  { "preferences", patella_application_preferences_action },
};

/* Every accelerator of the app, in one place. */
static const struct {
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "win.show-page::today", { "<Alt>1", NULL } },
  { "win.show-page::diary", { "<Alt>2", NULL } },
  { "win.show-page::progress", { "<Alt>3", NULL } },
};

static void
screen_reader_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(PatellaApplication) self = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) value = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, NULL);
  if (reply == NULL)
    return;

  g_variant_get (reply, "(v)", &value);
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN) && g_variant_get_boolean (value)
      && g_settings_get_user_value (self->settings, "coaching") == NULL)
    g_settings_set_string (self->settings, "coaching", "both");
}

/* Someone who has never chosen how to follow a session, and whose screen
 * reader is running, gets the voice as well as the beeps: it is the only
 * way to follow a session without the screen. */
static void
voice_for_screen_reader_users (PatellaApplication *self)
{
  g_autoptr(GVariant) user_value = g_settings_get_user_value (self->settings, "coaching");
  GDBusConnection *bus = g_application_get_dbus_connection (G_APPLICATION (self));

  if (user_value != NULL || bus == NULL)
    return;

  g_dbus_connection_call (bus, "org.a11y.Bus", "/org/a11y/bus",
                          "org.freedesktop.DBus.Properties", "Get",
                          g_variant_new ("(ss)", "org.a11y.Status", "ScreenReaderEnabled"),
                          G_VARIANT_TYPE ("(v)"), G_DBUS_CALL_FLAGS_NO_AUTO_START, 2000,
                          NULL, screen_reader_cb, g_object_ref (self));
}

static void
patella_application_startup (GApplication *app)
{
  PatellaApplication *self = PATELLA_APPLICATION (app);

  G_APPLICATION_CLASS (patella_application_parent_class)->startup (app);

  /* Made here, not at init, so --export-csv and friends work without the
   * schema. The id stays the same for the .Devel build, as GNOME apps do. */
  self->settings = g_settings_new (SETTINGS_SCHEMA_ID);
  voice_for_screen_reader_users (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries,
                                   G_N_ELEMENTS (app_entries), self);
  _patella_application_add_data_actions (self);
  _patella_application_add_reminder_actions (self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);
}

static void
patella_application_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PatellaApplication *self = PATELLA_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_value_set_string (value, self->database_path);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;

    case PROP_TODAY:
      g_value_set_object (value, self->today);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_application_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PatellaApplication *self = PATELLA_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      patella_application_set_database_path (self, g_value_get_string (value));
      break;

    case PROP_CLOCK:
      patella_application_set_clock (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_application_finalize (GObject *object)
{
  PatellaApplication *self = PATELLA_APPLICATION (object);

  g_clear_object (&self->reminders);
  g_clear_object (&self->store);
  g_clear_object (&self->today);
  g_clear_object (&self->clock);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (patella_application_parent_class)->finalize (object);
}

static void
patella_application_class_init (PatellaApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = patella_application_finalize;
  object_class->get_property = patella_application_get_property;
  object_class->set_property = patella_application_set_property;

  app_class->handle_local_options = patella_application_handle_local_options;
  app_class->startup = patella_application_startup;
  app_class->activate = patella_application_activate;

  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PATELLA_TYPE_STORE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL,
                         PATELLA_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TODAY] =
    g_param_spec_object ("today", NULL, NULL,
                         PATELLA_TYPE_TODAY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
patella_application_init (PatellaApplication *self)
{
  g_autoptr(PatellaClock) clock = patella_monotonic_clock_new ();

  self->database_path = patella_paths_default_database ();
  patella_application_set_clock (self, clock);
  _patella_application_init_reminders (self);

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Strengthening sessions and a pain diary for runner’s knee."));
}
