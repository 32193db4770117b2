/* patella-session-page-keys.c: the session page's actions and keyboard
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-how-to-window.h"
#include "patella-session-page-private.h"

/* Keys and actions */

static gboolean
is_running_view (PatellaSessionPage *self)
{
  return self->run != NULL && g_str_equal (patella_session_page_get_view (self), "run");
}

static void
toggle_pause (PatellaSessionPage *self)
{
  PatellaEngine *e = _patella_session_page_engine (self);
  PatellaEngineState state;

  if (e == NULL || self->state == PATELLA_SESSION_PAGE_SUMMARY)
    return;

  /* The user's pause is kept apart from the page's own holds, so a
   * question answered while paused leaves the session paused. */
  state = patella_engine_get_state (e);
  if (self->user_paused)
    {
      self->user_paused = FALSE;
      _patella_session_page_say (self, _("Resumed"));
    }
  else if (state == PATELLA_ENGINE_RUNNING || state == PATELLA_ENGINE_PAUSED)
    {
      self->user_paused = TRUE;
      _patella_session_page_say (self, _("Paused"));
    }
  _patella_session_page_sync_engine (self);
  _patella_session_page_update_view (self);
}

static void
pause_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  toggle_pause (PATELLA_SESSION_PAGE (widget));
}

static void
skip_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  PatellaEngine *e = _patella_session_page_engine (PATELLA_SESSION_PAGE (widget));

  if (e != NULL && patella_engine_skip_phase (e))
    _patella_session_page_flush_cues (PATELLA_SESSION_PAGE (widget));
}

static void
skip_exercise_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  PatellaEngine *e = _patella_session_page_engine (PATELLA_SESSION_PAGE (widget));

  if (e != NULL && patella_engine_skip_exercise (e))
    _patella_session_page_flush_cues (PATELLA_SESSION_PAGE (widget));
}

static void
back_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  PatellaEngine *e = _patella_session_page_engine (PATELLA_SESSION_PAGE (widget));

  if (e == NULL)
    return;

  /* Within a rep, the rep; between sets, the set just done. */
  if (patella_engine_get_rep (e) > 0)
    patella_engine_back_rep (e);
  else
    patella_engine_back_set (e);
  _patella_session_page_flush_cues (PATELLA_SESSION_PAGE (widget));
}

static void
stop_set_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  PatellaEngine *e = _patella_session_page_engine (PATELLA_SESSION_PAGE (widget));

  if (e != NULL && patella_engine_stop_set (e))
    _patella_session_page_flush_cues (PATELLA_SESSION_PAGE (widget));
}

static void
report_pain_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  PatellaSessionPage *self = PATELLA_SESSION_PAGE (widget);
  PatellaEngine *e = _patella_session_page_engine (self);

  /* Only over the exercise itself: not before the first set, over
   * another question, or at the summary. */
  if (e == NULL || self->state != PATELLA_SESSION_PAGE_RUNNING
      || patella_engine_get_exercise (e) == NULL)
    return;

  _patella_session_page_ask (self, PATELLA_PAIN_QUESTION_REPORT, patella_engine_get_exercise (e));
}

/* The whole of the exercise on screen, on its own sheet. The session
 * pauses (the user's own pause: Space goes on) so nothing runs unseen. */
static void
how_to_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  PatellaSessionPage *self = PATELLA_SESSION_PAGE (widget);
  PatellaEngine *e = _patella_session_page_engine (self);
  PatellaExercise *exercise;

  if (e == NULL || (exercise = patella_engine_get_exercise (e)) == NULL
      || self->state == PATELLA_SESSION_PAGE_SUMMARY)
    return;

  if (patella_engine_get_state (e) == PATELLA_ENGINE_RUNNING && !self->user_paused)
    {
      self->user_paused = TRUE;
      _patella_session_page_sync_engine (self);
      _patella_session_page_update_view (self);
    }
  patella_how_to_show (widget, exercise);
}

static void
leave_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  _patella_session_page_ask_leave (PATELLA_SESSION_PAGE (widget));
}

/* Shortcut callbacks return FALSE to let a key through when it means
 * nothing on the screen shown. */

static gboolean
key_space (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  PatellaSessionPage *self = PATELLA_SESSION_PAGE (widget);
  PatellaEngine *e = _patella_session_page_engine (self);
  PatellaPhaseKind kind;

  if (!is_running_view (self))
    return FALSE;
  /* Swallowed while a question waits, or Space would press a focused button. */
  if (self->state == PATELLA_SESSION_PAGE_ADVICE
      || (_patella_session_page_holds_engine (self) && !self->user_paused))
    return TRUE;

  kind = patella_engine_get_phase_kind (e);
  if (self->self_paced && !self->user_paused
      && patella_engine_get_state (e) == PATELLA_ENGINE_RUNNING)
    {
      /* The key press is the rep; a hold stays timed and ignores it. */
      if (kind == PATELLA_PHASE_UP || kind == PATELLA_PHASE_PAUSE || kind == PATELLA_PHASE_DOWN)
        {
          if (patella_engine_rep_done (e))
            _patella_session_page_flush_cues (self);
          return TRUE;
        }
      if (kind == PATELLA_PHASE_HOLD)
        return TRUE;
    }

  toggle_pause (self);
  return TRUE;
}

static gboolean
key_skip (GtkWidget *widget,
          GVariant  *args,
          gpointer   user_data)
{
  PatellaSessionPage *self = PATELLA_SESSION_PAGE (widget);

  if (self->run == NULL)
    return FALSE;

  switch (self->state)
    {
    case PATELLA_SESSION_PAGE_ASK_BEFORE:
      patella_pain_prompt_skip (self->before_prompt);
      return TRUE;
    case PATELLA_SESSION_PAGE_ASK_PAIN_REST:
    case PATELLA_SESSION_PAGE_ASK_PAIN_DONE:
    case PATELLA_SESSION_PAGE_ASK_PAIN_REPORT:
    case PATELLA_SESSION_PAGE_ASK_PAIN_FIRST_REPS:
      patella_pain_prompt_skip (self->during_prompt);
      return TRUE;
    case PATELLA_SESSION_PAGE_ADVICE:
      _patella_session_page_keep_going (self);
      return TRUE;
    case PATELLA_SESSION_PAGE_RUNNING:
      if (!_patella_session_page_holds_engine (self))
        gtk_widget_activate_action (widget, "session.skip", NULL);
      return TRUE;
    case PATELLA_SESSION_PAGE_IDLE:
    case PATELLA_SESSION_PAGE_SUMMARY:
    default:
      return FALSE;
    }
}

/* Moves through the session; not while a question or advice holds it. */
static gboolean
key_move (GtkWidget *widget,
          GVariant  *args,
          gpointer   user_data)
{
  PatellaSessionPage *self = PATELLA_SESSION_PAGE (widget);

  if (!is_running_view (self) || _patella_session_page_holds_engine (self))
    return FALSE;

  gtk_widget_activate_action (widget, user_data, NULL);
  return TRUE;
}

static gboolean
key_enter (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  PatellaSessionPage *self = PATELLA_SESSION_PAGE (widget);

  if (self->run == NULL)
    return FALSE;

  if (self->state == PATELLA_SESSION_PAGE_SUMMARY)
    {
      patella_summary_view_done (self->summary_view);
      return TRUE;
    }
  if (!is_running_view (self))
    return FALSE;

  if (self->state == PATELLA_SESSION_PAGE_ADVICE)
    {
      /* Enter takes the advice's first button: the safe choice. */
      if (gtk_widget_get_visible (self->swap_button))
        _patella_session_page_swap (self);
      else
        _patella_session_page_keep_going (self);
      return TRUE;
    }
  if (_patella_session_page_holds_engine (self))
    return TRUE;

  gtk_widget_activate_action (widget, "session.stop-set", NULL);
  return TRUE;
}

static gboolean
key_digit (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  PatellaSessionPage *self = PATELLA_SESSION_PAGE (widget);
  guint digit = GPOINTER_TO_UINT (user_data);
  PatellaPainPrompt *after;

  if (self->run == NULL)
    return FALSE;

  switch (self->state)
    {
    case PATELLA_SESSION_PAGE_ASK_BEFORE:
      return patella_pain_prompt_type_digit (self->before_prompt, digit);
    case PATELLA_SESSION_PAGE_SUMMARY:
      after = patella_summary_view_get_pain_prompt (self->summary_view);
      return patella_pain_prompt_type_digit (after, digit);
    case PATELLA_SESSION_PAGE_ASK_PAIN_REST:
    case PATELLA_SESSION_PAGE_ASK_PAIN_DONE:
    case PATELLA_SESSION_PAGE_ASK_PAIN_REPORT:
    case PATELLA_SESSION_PAGE_ASK_PAIN_FIRST_REPS:
      return patella_pain_prompt_type_digit (self->during_prompt, digit);
    case PATELLA_SESSION_PAGE_IDLE:
    case PATELLA_SESSION_PAGE_RUNNING:
    case PATELLA_SESSION_PAGE_ADVICE:
    default:
      return FALSE;
    }
}

static gboolean
key_action (GtkWidget *widget,
            GVariant  *args,
            gpointer   user_data)
{
  PatellaSessionPage *self = PATELLA_SESSION_PAGE (widget);

  if (!patella_session_page_get_active (self))
    return FALSE;

  return gtk_widget_activate_action (widget, user_data, NULL);
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *triggers,
              GtkShortcutFunc        func,
              gpointer               data)
{
  GtkShortcutTrigger *trigger = gtk_shortcut_trigger_parse_string (triggers);
  GtkShortcutAction *action = gtk_callback_action_new (func, data, NULL);

  gtk_shortcut_controller_add_shortcut (controller, gtk_shortcut_new (trigger, action));
}

void
_patella_session_page_add_shortcuts (PatellaSessionPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  /* Captured before the focused button sees them, so Space and Enter
   * mean the session's keys wherever the focus is; managed, so they work
   * anywhere in the window while the page is on screen. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_set_scope (shortcuts, GTK_SHORTCUT_SCOPE_MANAGED);

  add_shortcut (shortcuts, "space|KP_Space", key_space, NULL);
  add_shortcut (shortcuts, "Right|n|KP_Right", key_skip, NULL);
  add_shortcut (shortcuts, "<Shift>Right|<Shift>n", key_move, (gpointer) "session.skip-exercise");
  add_shortcut (shortcuts, "Left|KP_Left", key_move, (gpointer) "session.back");
  add_shortcut (shortcuts, "Return|KP_Enter", key_enter, NULL);
  add_shortcut (shortcuts, "m", key_action, (gpointer) "session.mute");
  add_shortcut (shortcuts, "F11", key_action, (gpointer) "session.fullscreen");
  add_shortcut (shortcuts, "Escape", key_action, (gpointer) "session.leave");
  add_shortcut (shortcuts, "p", key_action, (gpointer) "session.report-pain");
  add_shortcut (shortcuts, "h", key_action, (gpointer) "session.how-to");
  for (guint d = 0; d <= 9; d++)
    {
      g_autofree char *keys = g_strdup_printf ("%u|KP_%u", d, d);
      add_shortcut (shortcuts, keys, key_digit, GUINT_TO_POINTER (d));
    }

  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
_patella_session_page_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "session.pause", NULL, pause_action);
  gtk_widget_class_install_action (widget_class, "session.skip", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "session.skip-exercise", NULL,
                                   skip_exercise_action);
  gtk_widget_class_install_action (widget_class, "session.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "session.stop-set", NULL, stop_set_action);
  gtk_widget_class_install_action (widget_class, "session.report-pain", NULL, report_pain_action);
  gtk_widget_class_install_action (widget_class, "session.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "session.how-to", NULL, how_to_action);
  gtk_widget_class_install_property_action (widget_class, "session.mute", "muted");
  gtk_widget_class_install_property_action (widget_class, "session.self-paced", "self-paced");
  gtk_widget_class_install_property_action (widget_class, "session.fullscreen", "fullscreen");
}
