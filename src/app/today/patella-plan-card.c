/* patella-plan-card.c: Today's session on a card: exercises, doses, time, and Start
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-day-label.h"
#include "patella-day-plan.h"
#include "patella-duration.h"
#include "patella-how-to-window.h"
#include "patella-plan-card.h"
#include "patella-plan.h"
#include "patella-row-text.h"
#include "patella-toast.h"
#include "patella-today.h"

struct _PatellaPlanCard
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  GtkWidget    *start_button;
  GtkLabel     *week_label;
  GtkLabel     *title_label;
  GtkLabel     *duration_label;
  GtkListBox   *list;
  GtkWidget    *unfinished_list;
  AdwActionRow *unfinished_row;
  GtkWidget    *resume_button;
  GtkWidget    *discard_button;

  GSettings    *settings;
  PatellaStore *store;
  PatellaToday *today;
  GSignalGroup *store_signals;
  GSignalGroup *today_signals;

  PatellaPlanCardState state;
  gint64        unfinished_id;
  gint64        duration_usec;
  guint         n_exercises;
  guint         focus_idle_id;
  gboolean      stale;
};

G_DEFINE_FINAL_TYPE (PatellaPlanCard, patella_plan_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The day's plan; NULL (with the fixed plan shown) before a store and a
 * day are bound, as in tests of the card alone. */
static PatellaDayPlan *
load_plan (PatellaPlanCard *self)
{
  g_autoptr(GError) error = NULL;
  PatellaDayPlan *plan;

  if (self->store == NULL || self->today == NULL || !patella_store_is_open (self->store))
    return NULL;

  plan = patella_day_plan_load (self->store, patella_today_get_day (self->today), &error);
  if (plan == NULL)
    g_warning ("Today’s plan could not be read: %s", error->message);

  return plan;
}

static void
show_week (PatellaPlanCard *self,
           PatellaDayPlan  *plan)
{
  g_autofree char *text = NULL;

  if (plan == NULL || plan->week_label == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->week_label), FALSE);
      return;
    }

  if (plan->planned_this_week > 0)
    /* Translators: "Week 3 of 6 · 2 of 5 sessions done this week" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s · %u of %u session done this week",
                                         "%s · %u of %u sessions done this week",
                                         plan->planned_this_week),
                            plan->week_label, MIN (plan->done_this_week, plan->planned_this_week),
                            plan->planned_this_week);
  else
    text = g_strdup (plan->week_label);

  gtk_label_set_label (self->week_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->week_label), TRUE);
}

static void
show_unfinished (PatellaPlanCard *self,
                 PatellaDayPlan  *plan)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *day_text = NULL;
  g_autofree char *time_text = NULL;
  g_autofree char *subtitle = NULL;
  char day[PATELLA_LOCAL_DAY_LEN + 1];

  self->unfinished_id = plan != NULL && plan->unfinished != NULL ? plan->unfinished->id : 0;
  gtk_widget_set_visible (self->unfinished_list, self->unfinished_id != 0);
  if (self->unfinished_id == 0)
    return;

  utc = g_date_time_new_from_unix_utc (plan->unfinished->started_us / G_USEC_PER_SEC);
  local = g_date_time_to_local (utc);
  patella_local_day_from_date_time (local, day);
  time_text = g_date_time_format (local, "%H:%M");
  if (g_str_equal (day, plan->day))
    /* Translators: when the unfinished session started, "Started today at 09:12" */
    subtitle = g_strdup_printf (_("Started today at %s"), time_text);
  else
    {
      day_text = patella_day_label (day, plan->day);
      /* Translators: "Started Yesterday at 09:12", "Started Monday 2 March at 09:12" */
      subtitle = g_strdup_printf (_("Started %s at %s"), day_text, time_text);
    }
  adw_action_row_set_subtitle (self->unfinished_row, subtitle);
}

static void refresh (PatellaPlanCard *self);

static void
show_state (PatellaPlanCard *self,
            PatellaDayPlan  *plan)
{
  g_autofree char *detail = NULL;
  gboolean rest = plan != NULL && !plan->training_day;
  gboolean done = plan != NULL && plan->done != NULL;

  if (done)
    self->state = PATELLA_PLAN_CARD_DONE;
  else if (self->unfinished_id != 0)
    self->state = PATELLA_PLAN_CARD_UNFINISHED;
  else if (rest)
    self->state = PATELLA_PLAN_CARD_REST_DAY;
  else
    self->state = PATELLA_PLAN_CARD_TRAINING_DAY;

  if (done)
    {
      gboolean partial = plan->done->state == PATELLA_SESSION_STATE_PARTIAL;
      g_autofree char *sets = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u set",
                                                            "%u sets", plan->done_sets),
                                               plan->done_sets);

      gtk_label_set_label (self->title_label, _("Done for Today"));
      /* Translators: what today's session did: "5 exercises, 14 sets"; the
       * first form is for a session ended with some exercises left out */
      detail = g_strdup_printf (partial
                                  ? g_dngettext (GETTEXT_PACKAGE,
                                                 "Partly done: %u exercise, %s",
                                                 "Partly done: %u exercises, %s",
                                                 plan->done_exercises)
                                  : g_dngettext (GETTEXT_PACKAGE,
                                                 "Completed: %u exercise, %s",
                                                 "Completed: %u exercises, %s",
                                                 plan->done_exercises),
                                plan->done_exercises, sets);
      gtk_label_set_label (self->duration_label, detail);
    }
  else if (rest)
    {
      gtk_label_set_label (self->title_label, _("Rest Day"));
      if (plan->next_training_day[0] != '\0')
        {
          g_autofree char *next = patella_day_label (plan->next_training_day, plan->day);

          /* Translators: "Next session: Thursday 5 March" */
          detail = g_strdup_printf (_("Next session: %s"), next);
        }
      else
        detail = g_strdup (_("No sessions are left in this program."));
      gtk_label_set_label (self->duration_label, detail);
    }
  else
    gtk_label_set_label (self->title_label, _("Today’s Session"));

  gtk_button_set_label (GTK_BUTTON (self->start_button), rest ? _("Train _Anyway") : _("_Start"));
  if (rest)
    gtk_widget_remove_css_class (self->start_button, "suggested-action");
  else
    gtk_widget_add_css_class (self->start_button, "suggested-action");
  gtk_widget_set_visible (self->start_button,
                          self->state == PATELLA_PLAN_CARD_TRAINING_DAY
                          || self->state == PATELLA_PLAN_CARD_REST_DAY);
  gtk_widget_set_visible (GTK_WIDGET (self->list), !done && !rest);
}

/* Ends the unfinished session where it stopped: its sets stay in the diary
 * and count as work done, as any abandoned session's do. */
static void
discard_clicked_cb (PatellaPlanCard *self)
{
  g_autoptr(GError) error = NULL;
  PatellaClock *clock;

  if (self->store == NULL || self->today == NULL || self->unfinished_id == 0)
    return;

  clock = patella_today_get_clock (self->today);
  if (!patella_store_abandon_session (self->store, self->unfinished_id,
                                      patella_clock_get_wall_usec (clock), &error))
    {
      g_autofree char *text = g_strdup_printf (_("The unfinished session could not be ended: %s"),
                                               error->message);

      patella_toast_show (GTK_WIDGET (self), text, 0);
      return;
    }

  patella_toast_show (GTK_WIDGET (self), _("Unfinished session ended; its sets are kept"), 5);
  refresh (self);
}

static void
how_to_activated_cb (AdwActionRow    *row,
                     PatellaExercise *exercise)
{
  patella_how_to_show (GTK_WIDGET (row), exercise);
}

/* Each exercise row opens its How-to sheet (click, or Enter on the row),
 * so the steps can be read before starting; the chevron says the row
 * leads somewhere. One Tab stop per row. The exercises belong to the
 * catalogue, which outlives every widget. */
static GtkWidget *
make_exercise_row (PatellaExercise *exercise,
                   const char      *dose)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *chevron = g_object_new (GTK_TYPE_IMAGE,
                                     "icon-name", "go-next-symbolic",
                                     "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                     NULL);
  /* Translators: the accessible name of an exercise row on Today, which
   * opens the exercise's instructions, e.g. "How to do Clamshell" */
  g_autofree char *name = g_strdup_printf (_("How to do %s"),
                                           patella_exercise_get_name (exercise));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), patella_exercise_get_name (exercise));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dose);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, name);
  gtk_widget_set_valign (chevron, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), chevron);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, dose,
                                  -1);
  /* GTK 4.8 reads the label, then the title the row is labelled by:
   * "How to do Clamshell Clamshell". */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  g_signal_connect (row, "activated", G_CALLBACK (how_to_activated_cb), exercise);
  patella_row_wrap_at_words (row);

  return row;
}

static void
refresh (PatellaPlanCard *self)
{
  g_autoptr(PatellaDayPlan) plan = load_plan (self);
  g_autoptr(GArray) fixed = NULL;
  GArray *items;
  g_autoptr(PatellaTimeline) timeline = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *exact = NULL;
  g_autofree char *text = NULL;
  PatellaTimelineOptions options = { 0 };
  GtkWidget *child;

  self->stale = FALSE;
  items = plan != NULL ? plan->items : (fixed = patella_plan_get_today_items ());
  options.affected_side = self->settings != NULL
                            ? patella_plan_get_affected_side (self->settings)
                            : PATELLA_SIDE_RIGHT;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; i < items->len; i++)
    {
      const PatellaTimelineItem *item = &g_array_index (items, PatellaTimelineItem, i);
      g_autofree char *dose = patella_plan_describe_dose (item->exercise, item->dose,
                                                          options.affected_side);
      gtk_list_box_append (self->list, make_exercise_row (item->exercise, dose));
    }
  self->n_exercises = items->len;

  timeline = patella_timeline_new ((const PatellaTimelineItem *) items->data, items->len,
                                   &options, &error);
  if (timeline == NULL)
    {
      /* The catalogue's own doses always expand; this would be a bug. */
      g_critical ("Today's plan does not expand: %s", error->message);
      return;
    }

  self->duration_usec = patella_timeline_get_duration_usec (timeline);
  exact = patella_format_duration (self->duration_usec);
  /* Translators: the plan's length and size, e.g. "13 min 40 s · 5 exercises" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u exercise", "%s · %u exercises",
                                       self->n_exercises),
                          exact, self->n_exercises);
  gtk_label_set_label (self->duration_label, text);

  show_week (self, plan);
  show_unfinished (self, plan);
  show_state (self, plan);
}

/* The store, the day and the settings arrive one by one while the window
 * is made, and each would rebuild every row (a tenth of the start-up's own
 * work). Until the window is realized, just before it is first measured,
 * a change only marks the card stale; the rows are built once, then, or
 * when a getter asks first (a card that is never shown). */
static void
queue_refresh (PatellaPlanCard *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (root != NULL && gtk_widget_get_realized (GTK_WIDGET (root)))
    refresh (self);
  else
    self->stale = TRUE;
}

static void
ensure_fresh (PatellaPlanCard *self)
{
  if (self->stale)
    refresh (self);
}

static void
side_changed_cb (PatellaPlanCard *self)
{
  queue_refresh (self);
}

void
patella_plan_card_set_settings (PatellaPlanCard *self,
                                GSettings       *settings)
{
  g_return_if_fail (PATELLA_IS_PLAN_CARD (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  if (self->settings == settings)
    return;

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_set_object (&self->settings, settings);
  g_signal_connect_object (settings, "changed::affected-side",
                           G_CALLBACK (side_changed_cb), self, G_CONNECT_SWAPPED);
  queue_refresh (self);
}

gint64
patella_plan_card_get_duration_usec (PatellaPlanCard *self)
{
  g_return_val_if_fail (PATELLA_IS_PLAN_CARD (self), 0);
  ensure_fresh (self);

  return self->duration_usec;
}

const char *
patella_plan_card_get_duration_text (PatellaPlanCard *self)
{
  g_return_val_if_fail (PATELLA_IS_PLAN_CARD (self), NULL);
  ensure_fresh (self);

  return gtk_label_get_label (self->duration_label);
}

guint
patella_plan_card_get_n_exercises (PatellaPlanCard *self)
{
  g_return_val_if_fail (PATELLA_IS_PLAN_CARD (self), 0);
  ensure_fresh (self);

  return self->n_exercises;
}

/**
 * patella_plan_card_activate_main:
 * @self: a #PatellaPlanCard
 *
 * Does what the card's main button does: resume, or start; a day already
 * done does nothing. What Enter does on Today.
 *
 * Returns: whether something was started
 */
gboolean
patella_plan_card_activate_main (PatellaPlanCard *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  g_return_val_if_fail (PATELLA_IS_PLAN_CARD (self), FALSE);

  ensure_fresh (self);
  switch (self->state)
    {
    case PATELLA_PLAN_CARD_UNFINISHED:
      return gtk_widget_activate_action (widget, "win.resume-session", NULL);
    case PATELLA_PLAN_CARD_TRAINING_DAY:
    case PATELLA_PLAN_CARD_REST_DAY:
      return gtk_widget_activate_action (widget, "win.start-session", NULL);
    case PATELLA_PLAN_CARD_DONE:
    default:
      return FALSE;
    }
}

static gboolean
enter_cb (GtkWidget *widget,
          GVariant  *args,
          gpointer   user_data)
{
  return patella_plan_card_activate_main (PATELLA_PLAN_CARD (widget));
}

static GtkWidget *
main_button (PatellaPlanCard *self)
{
  if (self->state == PATELLA_PLAN_CARD_UNFINISHED)
    return self->resume_button;
  if (gtk_widget_get_visible (self->start_button))
    return self->start_button;
  return NULL;
}

/* On a fresh window GTK focuses the first button, the view switcher's,
 * which would take Enter for itself: Start takes the focus instead, unless
 * the user has put it somewhere on the page already. */
static gboolean
focus_start_cb (gpointer user_data)
{
  PatellaPlanCard *self = user_data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus;

  self->focus_idle_id = 0;
  if (!GTK_IS_WINDOW (root) || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return G_SOURCE_REMOVE;

  focus = gtk_window_get_focus (GTK_WINDOW (root));
  if (focus == NULL
      || gtk_widget_get_ancestor (focus, ADW_TYPE_HEADER_BAR) != NULL
      || gtk_widget_get_ancestor (focus, ADW_TYPE_VIEW_SWITCHER_BAR) != NULL)
    {
      GtkWidget *button = main_button (self);

      if (button != NULL)
        gtk_widget_grab_focus (button);
    }

  return G_SOURCE_REMOVE;
}

static void
root_realize_cb (PatellaPlanCard *self)
{
  ensure_fresh (self);
}

static void
patella_plan_card_root (GtkWidget *widget)
{
  PatellaPlanCard *self = PATELLA_PLAN_CARD (widget);
  GtkWidget *root;

  GTK_WIDGET_CLASS (patella_plan_card_parent_class)->root (widget);

  root = GTK_WIDGET (gtk_widget_get_root (widget));
  if (gtk_widget_get_realized (root))
    ensure_fresh (self);
  else
    g_signal_connect_object (root, "realize", G_CALLBACK (root_realize_cb), self,
                             G_CONNECT_SWAPPED);
}

static void
patella_plan_card_unroot (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (gtk_widget_get_root (widget), root_realize_cb, widget);

  GTK_WIDGET_CLASS (patella_plan_card_parent_class)->unroot (widget);
}

static void
patella_plan_card_map (GtkWidget *widget)
{
  PatellaPlanCard *self = PATELLA_PLAN_CARD (widget);

  ensure_fresh (self);
  GTK_WIDGET_CLASS (patella_plan_card_parent_class)->map (widget);

  if (self->focus_idle_id == 0)
    self->focus_idle_id = g_idle_add (focus_start_cb, self);
}

/**
 * patella_plan_card_get_state:
 * @self: a #PatellaPlanCard
 *
 * Returns: what the card shows for the day
 */
PatellaPlanCardState
patella_plan_card_get_state (PatellaPlanCard *self)
{
  g_return_val_if_fail (PATELLA_IS_PLAN_CARD (self), PATELLA_PLAN_CARD_TRAINING_DAY);
  ensure_fresh (self);

  return self->state;
}

/**
 * patella_plan_card_get_title_text:
 * @self: a #PatellaPlanCard
 *
 * Returns: the card's title ("Rest Day") and, after a newline, its week
 *   line and detail line, as the screen shows them
 */
char *
patella_plan_card_get_title_text (PatellaPlanCard *self)
{
  g_return_val_if_fail (PATELLA_IS_PLAN_CARD (self), NULL);
  ensure_fresh (self);

  return g_strdup_printf ("%s\n%s\n%s",
                          gtk_widget_get_visible (GTK_WIDGET (self->week_label))
                            ? gtk_label_get_label (self->week_label) : "",
                          gtk_label_get_label (self->title_label),
                          gtk_label_get_label (self->duration_label));
}

static void
store_changed_cb (PatellaPlanCard *self)
{
  queue_refresh (self);
}

static void
patella_plan_card_set_store (PatellaPlanCard *self,
                             PatellaStore    *store)
{
  if (!g_set_object (&self->store, store))
    return;

  g_signal_group_set_target (self->store_signals, store);
  queue_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
patella_plan_card_set_today (PatellaPlanCard *self,
                             PatellaToday    *today)
{
  if (!g_set_object (&self->today, today))
    return;

  g_signal_group_set_target (self->today_signals, today);
  queue_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

static void
patella_plan_card_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PatellaPlanCard *self = PATELLA_PLAN_CARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_TODAY:
      g_value_set_object (value, self->today);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_plan_card_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PatellaPlanCard *self = PATELLA_PLAN_CARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      patella_plan_card_set_store (self, g_value_get_object (value));
      break;
    case PROP_TODAY:
      patella_plan_card_set_today (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

GtkWidget *
patella_plan_card_new (void)
{
  return g_object_new (PATELLA_TYPE_PLAN_CARD, NULL);
}

static void
patella_plan_card_dispose (GObject *object)
{
  PatellaPlanCard *self = PATELLA_PLAN_CARD (object);

  g_clear_handle_id (&self->focus_idle_id, g_source_remove);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->store_signals);
  g_clear_object (&self->today_signals);
  g_clear_object (&self->store);
  g_clear_object (&self->today);
  gtk_widget_dispose_template (GTK_WIDGET (self), PATELLA_TYPE_PLAN_CARD);

  G_OBJECT_CLASS (patella_plan_card_parent_class)->dispose (object);
}

static void
patella_plan_card_class_init (PatellaPlanCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_plan_card_dispose;
  object_class->get_property = patella_plan_card_get_property;
  object_class->set_property = patella_plan_card_set_property;
  widget_class->map = patella_plan_card_map;
  widget_class->root = patella_plan_card_root;
  widget_class->unroot = patella_plan_card_unroot;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PATELLA_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TODAY] =
    g_param_spec_object ("today", NULL, NULL, PATELLA_TYPE_TODAY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "plancard");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-plan-card.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaPlanCard, box);
  gtk_widget_class_bind_template_child (widget_class, PatellaPlanCard, start_button);
  gtk_widget_class_bind_template_child (widget_class, PatellaPlanCard, duration_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaPlanCard, list);
  gtk_widget_class_bind_template_child (widget_class, PatellaPlanCard, week_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaPlanCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaPlanCard, unfinished_list);
  gtk_widget_class_bind_template_child (widget_class, PatellaPlanCard, unfinished_row);
  gtk_widget_class_bind_template_child (widget_class, PatellaPlanCard, resume_button);
  gtk_widget_class_bind_template_child (widget_class, PatellaPlanCard, discard_button);
  gtk_widget_class_bind_template_callback (widget_class, discard_clicked_cb);
}

static void
patella_plan_card_init (PatellaPlanCard *self)
{
  GtkEventController *controller;
  GtkShortcut *enter;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The card follows the diary (a session saved or ended, a proposal
   * answered) and the day (midnight). */
  self->store_signals = g_signal_group_new (PATELLA_TYPE_STORE);
  g_signal_group_connect_swapped (self->store_signals, "changed::session",
                                  G_CALLBACK (store_changed_cb), self);
  g_signal_group_connect_swapped (self->store_signals, "changed::program",
                                  G_CALLBACK (store_changed_cb), self);
  self->today_signals = g_signal_group_new (PATELLA_TYPE_TODAY);
  g_signal_group_connect_swapped (self->today_signals, "notify::day",
                                  G_CALLBACK (store_changed_cb), self);

  /* Enter starts, wherever the focus is on Today, unless a focused
   * widget (an entry, a button) uses it first: bubble phase, managed. */
  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller),
                                     GTK_SHORTCUT_SCOPE_MANAGED);
  enter = gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("Return|KP_Enter"),
                            gtk_callback_action_new (enter_cb, NULL, NULL));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), enter);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
