/* patella-session-page.c: the guided session screen, readable from the floor
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * This file holds the widget and its properties; see
 * patella-session-page-private.h for the other files and the state's
 * transitions.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-exercise-picture.h"
#include "patella-pain-prompt.h"
#include "patella-phase-ring.h"
#include "patella-phase-word.h"
#include "patella-session-page.h"
#include "patella-session-page-private.h"
#include "patella-stage.h"
#include "patella-summary-view.h"
#include "patella-toast.h"
#include "patella-wrap-box.h"

G_DEFINE_FINAL_TYPE (PatellaSessionPage, patella_session_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CLOCK,
  PROP_SOUND_SINK,
  PROP_SETTINGS,
  PROP_ACTIVE,
  PROP_FULLSCREEN,
  PROP_MUTED,
  PROP_SELF_PACED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers the other files share */

void
_patella_session_page_notify_active (PatellaSessionPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

GtkWindow *
_patella_session_page_parent_window (PatellaSessionPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
_patella_session_page_tell (PatellaSessionPage *self,
                            const char         *text)
{
  if (!patella_toast_add (GTK_WIDGET (self), adw_toast_new (text)))
    g_message ("%s", text);
}

void
_patella_session_page_tell_error (PatellaSessionPage *self,
                                  const char         *what,
                                  const GError       *error)
{
  /* Translators: the first %s says what failed, the second why */
  g_autofree char *text = g_strdup_printf (_("%s: %s"), what, error->message);

  _patella_session_page_tell (self, text);
}

/* Properties */

static void
apply_fullscreen (PatellaSessionPage *self)
{
  GtkWindow *window = _patella_session_page_parent_window (self);
  gboolean full = self->fullscreen;

  /* Only the phase, the counters and the picture stay. */
  gtk_widget_set_visible (self->header_bar, !full);
  gtk_widget_set_visible (self->controls_box, !full);
  gtk_widget_set_visible (GTK_WIDGET (self->info_stack), !full);
  gtk_widget_set_visible (GTK_WIDGET (self->exercise_label),
                          !full && *gtk_label_get_label (self->exercise_label) != '\0');
  if (full)
    gtk_widget_add_css_class (GTK_WIDGET (self), "fullscreen");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "fullscreen");

  if (window != NULL)
    {
      if (full)
        gtk_window_fullscreen (window);
      else
        gtk_window_unfullscreen (window);
    }
}

void
_patella_session_page_leave_fullscreen (PatellaSessionPage *self)
{
  if (!self->fullscreen)
    return;

  self->fullscreen = FALSE;
  apply_fullscreen (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FULLSCREEN]);
}

static void
set_fullscreen (PatellaSessionPage *self,
                gboolean            fullscreen)
{
  fullscreen = !!fullscreen;
  if (self->fullscreen == fullscreen)
    return;

  self->fullscreen = fullscreen;
  apply_fullscreen (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FULLSCREEN]);
}

static void
set_muted (PatellaSessionPage *self,
           gboolean            muted)
{
  muted = !!muted;
  if (self->muted == muted)
    return;

  self->muted = muted;
  gtk_button_set_icon_name (GTK_BUTTON (self->mute_button),
                            muted ? "audio-volume-muted-symbolic" : "audio-volume-high-symbolic");
  gtk_widget_set_tooltip_text (self->mute_button,
                               muted ? _("Turn Sound Cues On (M)") : _("Mute Sound Cues (M)"));
  _patella_session_page_update_sound_note (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUTED]);
}

static void
set_self_paced (PatellaSessionPage *self,
                gboolean            self_paced)
{
  self_paced = !!self_paced;
  if (self->self_paced == self_paced)
    return;

  self->self_paced = self_paced;
  if (_patella_session_page_engine (self) != NULL)
    patella_engine_set_self_paced (_patella_session_page_engine (self), self_paced);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELF_PACED]);
}

/**
 * patella_session_page_get_store:
 *
 * Returns: (nullable) (transfer none): the diary sessions are recorded in
 */
PatellaStore *
patella_session_page_get_store (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), NULL);

  return self->store;
}

/**
 * patella_session_page_set_store:
 * @store: (nullable): the diary; needed before patella_session_page_start()
 *
 * Sets the store sessions are recorded in. The window binds it.
 */
void
patella_session_page_set_store (PatellaSessionPage *self,
                                PatellaStore       *store)
{
  g_return_if_fail (PATELLA_IS_SESSION_PAGE (self));
  g_return_if_fail (store == NULL || PATELLA_IS_STORE (store));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * patella_session_page_get_clock:
 *
 * Returns: (nullable) (transfer none): the clock sessions run on
 */
PatellaClock *
patella_session_page_get_clock (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), NULL);

  return self->clock;
}

/**
 * patella_session_page_set_clock:
 * @clock: (nullable): the clock; the monotonic one when unset at start
 *
 * Only between sessions; tests give a fake clock.
 */
void
patella_session_page_set_clock (PatellaSessionPage *self,
                                PatellaClock       *clock)
{
  g_return_if_fail (PATELLA_IS_SESSION_PAGE (self));
  g_return_if_fail (clock == NULL || PATELLA_IS_CLOCK (clock));
  g_return_if_fail (self->run == NULL);

  if (g_set_object (&self->clock, clock))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOCK]);
}

/**
 * patella_session_page_get_sound_sink:
 *
 * Returns: (nullable) (transfer none): where the cues are played
 */
PatellaSoundSink *
patella_session_page_get_sound_sink (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), NULL);

  return self->sink;
}

/**
 * patella_session_page_set_speaker:
 * @self: a #PatellaSessionPage
 * @speaker: (nullable): where spoken coaching goes
 *
 * By default speech-dispatcher, started with the first session that has
 * the voice on. Tests put a recorder here. Set before a session starts.
 */
void
patella_session_page_set_speaker (PatellaSessionPage *self,
                                  PatellaSpeaker     *speaker)
{
  g_return_if_fail (PATELLA_IS_SESSION_PAGE (self));
  g_return_if_fail (speaker == NULL || PATELLA_IS_SPEAKER (speaker));
  g_return_if_fail (self->run == NULL);

  g_set_object (&self->speaker, speaker);
}

/**
 * patella_session_page_set_sound_sink:
 * @sink: (nullable): the sink; libcanberra when unset at start
 *
 * Only between sessions; tests give a recording sink.
 */
void
patella_session_page_set_sound_sink (PatellaSessionPage *self,
                                     PatellaSoundSink   *sink)
{
  g_return_if_fail (PATELLA_IS_SESSION_PAGE (self));
  g_return_if_fail (sink == NULL || PATELLA_IS_SOUND_SINK (sink));
  g_return_if_fail (self->run == NULL);

  if (g_set_object (&self->sink, sink))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOUND_SINK]);
}

/**
 * patella_session_page_get_settings:
 *
 * Returns: (transfer none): the settings for sound, pace and side
 */
GSettings *
patella_session_page_get_settings (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), NULL);

  return self->settings;
}

/**
 * patella_session_page_set_settings:
 * @settings: settings of the app's schema
 *
 * Binds "muted" and "self-paced" to @settings, and the cue player's
 * volume and sounds.
 */
void
patella_session_page_set_settings (PatellaSessionPage *self,
                                   GSettings          *settings)
{
  g_return_if_fail (PATELLA_IS_SESSION_PAGE (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  if (self->settings == settings)
    return;

  if (self->settings != NULL)
    {
      g_settings_unbind (self, "muted");
      g_settings_unbind (self, "self-paced");
    }
  g_set_object (&self->settings, settings);
  g_settings_bind (settings, "sound-enabled", self, "muted",
                   G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_INVERT_BOOLEAN);
  g_settings_bind (settings, "self-paced", self, "self-paced", G_SETTINGS_BIND_DEFAULT);
  if (self->cue_player != NULL)
    patella_cue_player_bind_settings (self->cue_player, settings);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SETTINGS]);
}

/**
 * patella_session_page_get_active:
 *
 * Returns: whether a session is on screen, from its first question until
 *   the user is back on Today
 */
gboolean
patella_session_page_get_active (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), FALSE);

  return self->state != PATELLA_SESSION_PAGE_IDLE;
}

/**
 * patella_session_page_get_fullscreen:
 *
 * Returns: whether only the phase, the counters and the picture are shown,
 *   over the whole screen
 */
gboolean
patella_session_page_get_fullscreen (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), FALSE);

  return self->fullscreen;
}

/**
 * patella_session_page_get_view:
 *
 * What is on screen, for tests and screenshots.
 *
 * Returns: "before", "run" or "summary"
 */
const char *
patella_session_page_get_view (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), NULL);

  return _patella_session_page_view_name (self->state);
}

/**
 * patella_session_page_get_info:
 *
 * What the info area under the phase shows, for tests and screenshots.
 *
 * Returns: "instructions", "pain" or "advice"
 */
const char *
patella_session_page_get_info (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), NULL);

  return _patella_session_page_info_name (self->state);
}

/**
 * patella_session_page_get_phase_text:
 *
 * Returns: the phase word on screen ("Lift", "Paused", "Done", ...)
 */
const char *
patella_session_page_get_phase_text (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), NULL);

  return patella_phase_word_get_text (self->phase_word);
}

/**
 * patella_session_page_get_run:
 *
 * Returns: (nullable) (transfer none): the session under way
 */
PatellaSessionRun *
patella_session_page_get_run (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), NULL);

  return self->run;
}

/**
 * patella_session_page_get_cue_player:
 *
 * Returns: (nullable) (transfer none): the session's cue player
 */
PatellaCuePlayer *
patella_session_page_get_cue_player (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), NULL);

  return self->cue_player;
}

/**
 * patella_session_page_new:
 *
 * Returns: (transfer floating): a new session page, idle
 */
GtkWidget *
patella_session_page_new (void)
{
  return g_object_new (PATELLA_TYPE_SESSION_PAGE, NULL);
}

static void
patella_session_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PatellaSessionPage *self = PATELLA_SESSION_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;
    case PROP_SOUND_SINK:
      g_value_set_object (value, self->sink);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, patella_session_page_get_active (self));
      break;
    case PROP_FULLSCREEN:
      g_value_set_boolean (value, self->fullscreen);
      break;
    case PROP_MUTED:
      g_value_set_boolean (value, self->muted);
      break;
    case PROP_SELF_PACED:
      g_value_set_boolean (value, self->self_paced);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_session_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PatellaSessionPage *self = PATELLA_SESSION_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      patella_session_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_CLOCK:
      patella_session_page_set_clock (self, g_value_get_object (value));
      break;
    case PROP_SOUND_SINK:
      patella_session_page_set_sound_sink (self, g_value_get_object (value));
      break;
    case PROP_SETTINGS:
      patella_session_page_set_settings (self, g_value_get_object (value));
      break;
    case PROP_FULLSCREEN:
      set_fullscreen (self, g_value_get_boolean (value));
      break;
    case PROP_MUTED:
      set_muted (self, g_value_get_boolean (value));
      break;
    case PROP_SELF_PACED:
      set_self_paced (self, g_value_get_boolean (value));
      break;
    case PROP_ACTIVE:
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_session_page_dispose (GObject *object)
{
  PatellaSessionPage *self = PATELLA_SESSION_PAGE (object);

  /* Closing the window at the summary still completes the session; in
   * the middle of one, it stays in progress and is offered for resume. */
  _patella_session_page_complete (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  _patella_session_page_drop_run (self);
  if (self->settings != NULL)
    {
      g_settings_unbind (self, "muted");
      g_settings_unbind (self, "self-paced");
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), PATELLA_TYPE_SESSION_PAGE);

  g_clear_object (&self->store);
  g_clear_object (&self->clock);
  g_clear_object (&self->sink);
  g_clear_object (&self->speaker);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (patella_session_page_parent_class)->dispose (object);
}

static void
patella_session_page_finalize (GObject *object)
{
  PatellaSessionPage *self = PATELLA_SESSION_PAGE (object);

  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->item_doses, g_array_unref);

  G_OBJECT_CLASS (patella_session_page_parent_class)->finalize (object);
}

static void
patella_session_page_class_init (PatellaSessionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = patella_session_page_dispose;
  object_class->finalize = patella_session_page_finalize;
  object_class->get_property = patella_session_page_get_property;
  object_class->set_property = patella_session_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PATELLA_TYPE_STORE, rw);
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, PATELLA_TYPE_CLOCK, rw);
  properties[PROP_SOUND_SINK] =
    g_param_spec_object ("sound-sink", NULL, NULL, PATELLA_TYPE_SOUND_SINK, rw);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS, rw);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FULLSCREEN] =
    g_param_spec_boolean ("fullscreen", NULL, NULL, FALSE, rw);
  properties[PROP_MUTED] =
    g_param_spec_boolean ("muted", NULL, NULL, FALSE, rw);
  properties[PROP_SELF_PACED] =
    g_param_spec_boolean ("self-paced", NULL, NULL, FALSE, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PATELLA_TYPE_PAIN_PROMPT);
  g_type_ensure (PATELLA_TYPE_EXERCISE_PICTURE);
  g_type_ensure (PATELLA_TYPE_PHASE_WORD);
  g_type_ensure (PATELLA_TYPE_PHASE_RING);
  g_type_ensure (PATELLA_TYPE_STAGE);
  g_type_ensure (PATELLA_TYPE_SUMMARY_VIEW);
  g_type_ensure (PATELLA_TYPE_WRAP_BOX);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sessionpage");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-session-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, root_box);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, header_bar);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, before_prompt);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, stage);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, picture);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, exercise_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, phase_word);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, ring);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, rep_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, set_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, side_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, info_stack);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, steps_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, caution_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, next_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, during_prompt);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, advice_title);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, advice_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, keep_button);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, swap_button);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, sound_note);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, controls_box);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, pause_button);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, pause_content);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, mute_button);
  gtk_widget_class_bind_template_child (widget_class, PatellaSessionPage, summary_view);
  gtk_widget_class_bind_template_callback_full (widget_class, "before_chosen_cb",
                                                G_CALLBACK (_patella_session_page_before_chosen));
  gtk_widget_class_bind_template_callback_full (widget_class, "before_skipped_cb",
                                                G_CALLBACK (_patella_session_page_before_skipped));
  gtk_widget_class_bind_template_callback_full (widget_class, "during_chosen_cb",
                                                G_CALLBACK (_patella_session_page_during_chosen));
  gtk_widget_class_bind_template_callback_full (widget_class, "during_skipped_cb",
                                                G_CALLBACK (_patella_session_page_during_skipped));
  gtk_widget_class_bind_template_callback_full (widget_class, "keep_clicked_cb",
                                                G_CALLBACK (_patella_session_page_keep_going));
  gtk_widget_class_bind_template_callback_full (widget_class, "swap_clicked_cb",
                                                G_CALLBACK (_patella_session_page_swap));
  gtk_widget_class_bind_template_callback_full (widget_class, "summary_done_cb",
                                                G_CALLBACK (_patella_session_page_summary_done));

  _patella_session_page_class_add_actions (widget_class);
}

static void
patella_session_page_init (PatellaSessionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _patella_session_page_name_parts (self);

  self->items = g_array_new (FALSE, TRUE, sizeof (PatellaTimelineItem));
  self->item_doses = g_array_new (FALSE, TRUE, sizeof (PatellaDose));
  _patella_session_page_add_shortcuts (self);
}
