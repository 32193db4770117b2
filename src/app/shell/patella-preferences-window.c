/* patella-preferences-window.c: the preferences window
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-a11y.h"
#include "patella-autostart.h"
#include "patella-preferences-window.h"

struct _PatellaPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  GtkSwitch            *sound_switch;
  GtkAdjustment        *volume_adjustment;
  GtkWidget            *volume_row;
  GtkSwitch            *self_paced_switch;
  AdwComboRow          *side_row;
  AdwComboRow          *coaching_row;
  GtkWidget            *rate_row;
  GtkAdjustment        *rate_adjustment;
  GtkSwitch            *login_switch;
  GtkButton            *program_button;
};

G_DEFINE_FINAL_TYPE (PatellaPreferencesWindow, patella_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

/* Order of the rows in each combo; the schema stores the nicks. */
static const char * const side_nicks[] = { "left", "right", "both", NULL };
static const char * const coaching_nicks[] = { "beeps", "voice", "both", NULL };

static gboolean
nick_get_mapping (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char * const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    {
      if (g_str_equal (nick, nicks[i]))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
nick_set_mapping (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  const char * const *nicks = user_data;
  guint i = g_value_get_uint (value);

  if (i >= g_strv_length ((char **) nicks))
    return NULL;

  return g_variant_new_string (nicks[i]);
}

static gboolean
voice_get_mapping (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  g_value_set_boolean (value, !g_str_equal (g_variant_get_string (variant, NULL), "beeps"));
  return TRUE;
}

/**
 * patella_preferences_speech_available:
 *
 * Returns: whether speech-dispatcher is installed, so a voice can speak
 */
gboolean
patella_preferences_speech_available (void)
{
  g_autofree char *path = g_find_program_in_path ("speech-dispatcher");

  return path != NULL;
}

PatellaPreferencesWindow *
patella_preferences_window_new (GSettings *settings)
{
  PatellaPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (PATELLA_TYPE_PREFERENCES_WINDOW, NULL);
  self->settings = g_object_ref (settings);

  g_settings_bind (settings, "sound-enabled", self->sound_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "sound-enabled", self->volume_row, "sensitive",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (settings, "sound-volume", self->volume_adjustment, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "self-paced", self->self_paced_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (settings, "affected-side", self->side_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, nick_get_mapping, nick_set_mapping,
                                (gpointer) side_nicks, NULL);
  g_settings_bind_with_mapping (settings, "coaching", self->coaching_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, nick_get_mapping, nick_set_mapping,
                                (gpointer) coaching_nicks, NULL);
  g_settings_bind_with_mapping (settings, "coaching", self->rate_row, "sensitive",
                                G_SETTINGS_BIND_GET, voice_get_mapping, NULL, NULL, NULL);
  g_settings_bind (settings, "voice-rate", self->rate_adjustment, "value",
                   G_SETTINGS_BIND_DEFAULT);

  /* Said once, here: the session itself just goes on with the beeps. */
  if (!patella_preferences_speech_available ())
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->coaching_row),
                                 _("The speech service (speech-dispatcher) is not installed, "
                                   "so sessions use sound cues only"));

  return self;
}

static void
patella_preferences_window_dispose (GObject *object)
{
  PatellaPreferencesWindow *self = PATELLA_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PATELLA_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (patella_preferences_window_parent_class)->dispose (object);
}

/* The switch shows whether the autostart entry is there; a failure puts
 * it back and says why. */
static gboolean
login_state_set_cb (PatellaPreferencesWindow *self,
                    gboolean                  state)
{
  g_autoptr(GError) error = NULL;

  if (!patella_autostart_set_enabled (state, &error))
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (error->message));
      gtk_switch_set_active (self->login_switch, patella_autostart_is_enabled ());
      return TRUE;
    }

  gtk_switch_set_state (self->login_switch, state);
  return TRUE;
}

/* The assistant belongs to the main window (it starts the program there):
 * ask it through its action, and make way. */
static void
program_clicked_cb (PatellaPreferencesWindow *self)
{
  GtkWindow *main_window = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (main_window == NULL)
    return;

  gtk_window_close (GTK_WINDOW (self));
  gtk_widget_activate_action (GTK_WIDGET (main_window), "win.first-run", NULL);
}

static void
patella_preferences_window_class_init (PatellaPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-preferences-window.ui");
  gtk_widget_class_bind_template_callback (widget_class, program_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, PatellaPreferencesWindow, sound_switch);
  gtk_widget_class_bind_template_child (widget_class, PatellaPreferencesWindow, volume_adjustment);
  gtk_widget_class_bind_template_child (widget_class, PatellaPreferencesWindow, volume_row);
  gtk_widget_class_bind_template_child (widget_class, PatellaPreferencesWindow, self_paced_switch);
  gtk_widget_class_bind_template_child (widget_class, PatellaPreferencesWindow, side_row);
  gtk_widget_class_bind_template_child (widget_class, PatellaPreferencesWindow, coaching_row);
  gtk_widget_class_bind_template_child (widget_class, PatellaPreferencesWindow, rate_row);
  gtk_widget_class_bind_template_child (widget_class, PatellaPreferencesWindow, rate_adjustment);
  gtk_widget_class_bind_template_child (widget_class, PatellaPreferencesWindow, login_switch);
  gtk_widget_class_bind_template_child (widget_class, PatellaPreferencesWindow, program_button);
}

static void
patella_preferences_window_init (PatellaPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_switch_set_active (self->login_switch, patella_autostart_is_enabled ());
  g_signal_connect_swapped (self->login_switch, "state-set", G_CALLBACK (login_state_set_cb), self);
  /* GTK 4.8 reads a name given here, then the row's title the widget is
   * labelled by: "Start at login Start at Login". One of them each. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->login_switch),
                                 GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  patella_a11y_set_button_name (self->program_button, _("Set up the program again"));
}
