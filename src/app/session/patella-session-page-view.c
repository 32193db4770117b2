/* patella-session-page-view.c: what the running session screen shows
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The counters follow the engine's properties through expressions; the
 * rest (phase word, picture, texts, styling) is brought up to date once
 * per phase change by _patella_session_page_update_view().
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-session-page-private.h"

#define N_STEPS_SHOWN 3

/* The counters */

static char *
rep_text (GObject            *engine,
          guint               rep,
          guint               total,
          PatellaEngineState  state,
          gpointer            user_data)
{
  if (state == PATELLA_ENGINE_FINISHED || rep == 0)
    return g_strdup ("");

  /* Translators: the rep under way, e.g. "Rep 7 of 15" */
  return g_strdup_printf (_("Rep %u of %u"), rep, total);
}

static char *
set_text (GObject            *engine,
          guint               set,
          guint               total,
          PatellaEngineState  state,
          gpointer            user_data)
{
  if (state == PATELLA_ENGINE_FINISHED || total == 0)
    return g_strdup ("");

  /* Translators: the set under way, e.g. "Set 2 of 3" */
  return g_strdup_printf (_("Set %u of %u"), set, total);
}

static char *
side_text (GObject            *engine,
           PatellaSide         side,
           const char         *label,
           PatellaEngineState  state,
           gpointer            user_data)
{
  if (state == PATELLA_ENGINE_FINISHED || side == PATELLA_SIDE_BOTH || label == NULL)
    return g_strdup ("");

  return g_strdup (label);
}

static gboolean
is_shown (GObject    *engine,
          const char *text,
          gpointer    user_data)
{
  return text != NULL && *text != '\0';
}

/* Binds @label's text to a function of three of the engine's properties,
 * and its visibility to that text not being empty. */
static void
bind_counter (PatellaSessionPage *self,
              guint               slot,
              GtkLabel           *label,
              PatellaEngine      *engine,
              GCallback           text_func,
              const char         *first,
              const char         *second,
              const char         *third)
{
  GtkExpression *params[] = {
    gtk_property_expression_new (PATELLA_TYPE_ENGINE, NULL, first),
    gtk_property_expression_new (PATELLA_TYPE_ENGINE, NULL, second),
    gtk_property_expression_new (PATELLA_TYPE_ENGINE, NULL, third),
  };
  GtkExpression *text;
  GtkExpression *shown;

  g_assert (slot + 1 < N_COUNTER_WATCHES);

  text = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, G_N_ELEMENTS (params), params,
                                      text_func, NULL, NULL);
  shown = gtk_cclosure_expression_new (G_TYPE_BOOLEAN, NULL, 1,
                                       (GtkExpression *[]) { gtk_expression_ref (text) },
                                       G_CALLBACK (is_shown), NULL, NULL);
  self->counter_watches[slot] = gtk_expression_bind (text, label, "label", engine);
  self->counter_watches[slot + 1] = gtk_expression_bind (shown, label, "visible", engine);
}

void
_patella_session_page_bind_counters (PatellaSessionPage *self,
                                     PatellaEngine      *engine)
{
  _patella_session_page_unbind_counters (self);
  bind_counter (self, 0, self->rep_label, engine, G_CALLBACK (rep_text),
                "rep", "reps-total", "state");
  bind_counter (self, 2, self->set_label, engine, G_CALLBACK (set_text),
                "set", "sets-total", "state");
  bind_counter (self, 4, self->side_label, engine, G_CALLBACK (side_text),
                "side", "side-label", "state");
}

void
_patella_session_page_unbind_counters (PatellaSessionPage *self)
{
  for (guint i = 0; i < N_COUNTER_WATCHES; i++)
    if (self->counter_watches[i] != NULL)
      gtk_expression_watch_unwatch (g_steal_pointer (&self->counter_watches[i]));
}

/* The rest of the screen */

static const char *
phase_class_for (PatellaPhaseKind kind)
{
  switch (kind)
    {
    case PATELLA_PHASE_UP:
    case PATELLA_PHASE_PAUSE:
    case PATELLA_PHASE_DOWN:
      return "phase-move";
    case PATELLA_PHASE_HOLD:
      return "phase-hold";
    case PATELLA_PHASE_REST:
    case PATELLA_PHASE_EXERCISE_DONE:
      return "phase-rest";
    case PATELLA_PHASE_GET_READY:
    case PATELLA_PHASE_SWITCH_SIDE:
    default:
      return "phase-ready";
    }
}

static gboolean
shows_end_position (PatellaPhaseKind kind)
{
  return kind == PATELLA_PHASE_UP || kind == PATELLA_PHASE_PAUSE || kind == PATELLA_PHASE_HOLD;
}

static void
set_label_text (GtkLabel   *label,
                const char *text)
{
  gboolean show = text != NULL && *text != '\0';

  if (g_strcmp0 (gtk_label_get_label (label), show ? text : "") != 0)
    gtk_label_set_label (label, show ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), show);
}

/* Before the exercise's first rep (its get-ready phase) every step shows;
 * during the work, the first few, beside the timer. Every caution shows
 * all along; H opens the whole sheet at any time. */
static void
update_exercise_texts (PatellaSessionPage *self,
                       PatellaExercise    *exercise,
                       gboolean            all_steps)
{
  const char * const *steps = patella_exercise_get_steps (exercise);
  const char * const *cautions = patella_exercise_get_cautions (exercise);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) care = g_string_new (NULL);

  for (guint i = 0; steps != NULL && steps[i] != NULL && (all_steps || i < N_STEPS_SHOWN); i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      if (all_steps)
        /* Translators: a numbered step, e.g. "1. Lie on your side…" */
        g_string_append_printf (text, _("%u. %s"), i + 1, steps[i]);
      else
        g_string_append (text, steps[i]);
    }
  for (guint i = 0; cautions != NULL && cautions[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (care, '\n');
      g_string_append (care, cautions[i]);
    }
  set_label_text (self->steps_label, text->str);
  set_label_text (self->caution_label, care->str);
  self->texts_all_steps = all_steps;
}

static char *
next_text (PatellaEngine *e)
{
  PatellaExercise *following;
  const char *next_phase;

  if (patella_engine_get_state (e) == PATELLA_ENGINE_FINISHED)
    return NULL;

  following = patella_engine_get_next_exercise (e);
  next_phase = patella_engine_get_next_phase_label (e);

  if (patella_engine_get_phase_kind (e) == PATELLA_PHASE_EXERCISE_DONE)
    {
      if (following == NULL)
        return g_strdup (_("Next: the end of the session"));
      /* Translators: what comes after the current exercise */
      return g_strdup_printf (_("Next exercise: %s"), patella_exercise_get_name (following));
    }

  if (next_phase != NULL)
    /* Translators: the phase after the current one, e.g. "Next: Lower" */
    return g_strdup_printf (_("Next: %s"), next_phase);

  return NULL;
}

static void
update_exercise (PatellaSessionPage *self,
                 PatellaExercise    *exercise,
                 gboolean            all_steps)
{
  const char *name = patella_exercise_get_name (exercise);
  const char *id = patella_exercise_get_id (exercise);

  if (g_strcmp0 (patella_exercise_picture_get_exercise_id (self->picture), id) != 0
      || all_steps != self->texts_all_steps)
    update_exercise_texts (self, exercise, all_steps);

  set_label_text (self->exercise_label, self->fullscreen ? NULL : name);
  adw_window_title_set_title (self->window_title, name);
  patella_exercise_picture_set_exercise_id (self->picture, id);
  gtk_widget_set_visible (GTK_WIDGET (self->picture), patella_exercise_picture_has_figure (id));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->picture),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

void
_patella_session_page_update_view (PatellaSessionPage *self)
{
  PatellaEngine *e = _patella_session_page_engine (self);
  PatellaEngineState state;
  PatellaExercise *exercise;
  PatellaPhaseKind kind;
  const char *word;
  g_autofree char *next = NULL;
  g_autofree char *subtitle = NULL;
  guint n_exercises = 0, index = 0;
  const char *phase_class;
  const char *icon;
  gboolean work;

  if (e == NULL)
    return;

  state = patella_engine_get_state (e);
  exercise = patella_engine_get_exercise (e);
  kind = patella_engine_get_phase_kind (e);
  work = state != PATELLA_ENGINE_FINISHED && patella_phase_kind_is_work (kind);

  if (state == PATELLA_ENGINE_FINISHED)
    word = _("Done");
  else if (self->user_paused)
    word = _("Paused");
  else
    word = patella_engine_get_phase_label (e);
  patella_phase_word_set_text (self->phase_word, word);

  if (exercise != NULL)
    update_exercise (self, exercise, kind == PATELLA_PHASE_GET_READY);
  patella_exercise_picture_set_end (self->picture, shows_end_position (kind));

  g_object_get (e, "exercise-index", &index, "n-exercises", &n_exercises, NULL);
  if (state == PATELLA_ENGINE_FINISHED)
    /* The summary is about the whole session, not its last exercise. */
    adw_window_title_set_title (self->window_title, _("Session Summary"));
  else if (n_exercises > 0)
    /* Translators: the window subtitle during a session, e.g. "Exercise 2 of 5" */
    subtitle = g_strdup_printf (_("Exercise %u of %u"), MIN (index + 1, n_exercises), n_exercises);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  next = next_text (e);
  set_label_text (self->next_label, next);

  /* Restyling the stage is not free: only on a real change. */
  phase_class = self->user_paused ? "phase-paused" : phase_class_for (kind);
  if (phase_class != self->phase_class)
    {
      if (self->phase_class != NULL)
        gtk_widget_remove_css_class (self->stage, self->phase_class);
      self->phase_class = phase_class;
      gtk_widget_add_css_class (self->stage, phase_class);
    }

  /* The words change with the icon; the button is named after its words
   * (the content labels it), so a screen reader says "Resume" too. */
  icon = self->user_paused ? "media-playback-start-symbolic" : "media-playback-pause-symbolic";
  if (g_strcmp0 (adw_button_content_get_icon_name (self->pause_content), icon) != 0)
    {
      adw_button_content_set_icon_name (self->pause_content, icon);
      adw_button_content_set_label (self->pause_content,
                                    self->user_paused ? _("Resume") : _("Pause"));
      gtk_widget_set_tooltip_text (self->pause_button,
                                   self->user_paused ? _("Resume (Space)") : _("Pause (Space)"));
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.stop-set", work);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.report-pain",
                                 state != PATELLA_ENGINE_FINISHED && exercise != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.how-to",
                                 state != PATELLA_ENGINE_FINISHED && exercise != NULL);
}

/* Names for screen readers */

/* GTK 4.8 names a button with a mnemonic twice, the second time with its
 * underscore ("_Keep Going Keep Going"): without the label property the
 * name is the button's words alone. Again after each new label. */
void
_patella_session_page_name_buttons (PatellaSessionPage *self)
{
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->swap_button),
                                 GTK_ACCESSIBLE_PROPERTY_LABEL);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->keep_button),
                                 GTK_ACCESSIBLE_PROPERTY_LABEL);
}

/* GTK 4.8 names a stack page after its class, and a screen reader may say
 * it as the focus moves in: each says what it holds instead. */
void
_patella_session_page_name_parts (PatellaSessionPage *self)
{
  const struct { GtkStack *stack; const char *page; const char *name; } pages[] = {
    { self->view_stack, "before", _("Before the Session") },
    { self->view_stack, "run", _("Exercise") },
    { self->view_stack, "summary", _("Session Summary") },
    { self->info_stack, "instructions", _("Instructions") },
    { self->info_stack, "pain", _("Pain Question") },
    { self->info_stack, "advice", _("Advice") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *child = gtk_stack_get_child_by_name (pages[i].stack, pages[i].page);

      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_stack_get_page (pages[i].stack, child)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, pages[i].name, -1);
    }
  _patella_session_page_name_buttons (self);
}

/* No sound device: the session says so under the instructions, quietly,
 * for as long as it lasts (not while the user has muted the cues). */
void
_patella_session_page_update_sound_note (PatellaSessionPage *self)
{
  gtk_widget_set_visible (self->sound_note,
                          self->cue_player != NULL && !self->muted
                          && patella_cue_player_get_failed (self->cue_player));
}

/**
 * patella_session_page_get_sound_note:
 * @self: a #PatellaSessionPage
 *
 * For tests: the line that says sound cues cannot play.
 *
 * Returns: (nullable): its text when it is shown, else %NULL
 */
const char *
patella_session_page_get_sound_note (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), NULL);

  return gtk_widget_get_visible (self->sound_note)
         ? gtk_label_get_label (GTK_LABEL (self->sound_note)) : NULL;
}

/**
 * patella_session_page_get_instructions:
 *
 * The steps and cautions shown beside the timer, for tests and
 * screenshots.
 *
 * Returns: (transfer full): the steps, a newline, then the cautions
 */
char *
patella_session_page_get_instructions (PatellaSessionPage *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_PAGE (self), NULL);

  return g_strdup_printf ("%s\n%s", gtk_label_get_label (self->steps_label),
                          gtk_label_get_label (self->caution_label));
}
