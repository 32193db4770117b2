/* patella-window.c: the main window
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-application.h"
#include "patella-day-plan.h"
#include "patella-diary-page.h"
#include "patella-first-run-window.h"
#include "patella-pain-entry-dialog.h"
#include "patella-plan.h"
#include "patella-plan-window.h"
#include "patella-progress-page.h"
#include "patella-task-bar.h"
#include "patella-session-page.h"
#include "patella-today-page.h"
#include "patella-window.h"

struct _PatellaWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *mode_stack;
  AdwViewStack         *stack;
  PatellaTaskBar       *task_bar;
  PatellaTodayPage     *today_page;
  AdwBin               *diary_slot;
  AdwBin               *progress_slot;
  PatellaDiaryPage     *diary_page;
  PatellaProgressPage  *progress_page;
  PatellaSessionPage   *session_page;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;

  GSettings            *settings;
  PatellaStore         *store;
  PatellaClock         *clock;
  PatellaToday         *today;
};

G_DEFINE_FINAL_TYPE (PatellaWindow, patella_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CLOCK,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * patella_window_get_store:
 * @self: a #PatellaWindow
 *
 * Returns: (transfer none) (nullable): the diary the pages show
 */
PatellaStore *
patella_window_get_store (PatellaWindow *self)
{
  g_return_val_if_fail (PATELLA_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * patella_window_set_store:
 * @self: a #PatellaWindow
 * @store: (nullable): the diary to show
 *
 * Hands @store down to every page, which reload from it. The application
 * binds its own #PatellaApplication:store here, so restoring a backup
 * re-points the pages instead of rebuilding the window.
 */
void
patella_window_set_store (PatellaWindow *self,
                          PatellaStore  *store)
{
  g_return_if_fail (PATELLA_IS_WINDOW (self));
  g_return_if_fail (store == NULL || PATELLA_IS_STORE (store));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}


const char *
patella_window_get_visible_page (PatellaWindow *self)
{
  g_return_val_if_fail (PATELLA_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

void
patella_window_add_toast (PatellaWindow *self,
                          AdwToast      *toast)
{
  g_return_if_fail (PATELLA_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Diary and Progress are made the first time they are shown (or asked
 * for), not with the window: most starts only look at Today, and a page
 * that exists costs its widgets, styles and icons even while hidden. */
static GtkWidget *
make_page (PatellaWindow *self,
           GType          type,
           AdwBin        *slot)
{
  GtkWidget *page = g_object_new (type, NULL);

  g_object_bind_property (self, "store", page, "store", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "today", page, "today", G_BINDING_SYNC_CREATE);
  adw_bin_set_child (slot, page);

  return page;
}

static PatellaDiaryPage *
ensure_diary_page (PatellaWindow *self)
{
  if (self->diary_page == NULL)
    self->diary_page = PATELLA_DIARY_PAGE (make_page (self, PATELLA_TYPE_DIARY_PAGE,
                                                      self->diary_slot));

  return self->diary_page;
}

static PatellaProgressPage *
ensure_progress_page (PatellaWindow *self)
{
  if (self->progress_page == NULL)
    self->progress_page = PATELLA_PROGRESS_PAGE (make_page (self, PATELLA_TYPE_PROGRESS_PAGE,
                                                            self->progress_slot));

  return self->progress_page;
}

static void
ensure_page (PatellaWindow *self,
             const char    *name)
{
  if (g_strcmp0 (name, "diary") == 0)
    ensure_diary_page (self);
  else if (g_strcmp0 (name, "progress") == 0)
    ensure_progress_page (self);
}

static void
visible_page_cb (PatellaWindow *self)
{
  ensure_page (self, adw_view_stack_get_visible_child_name (self->stack));
}

static void
patella_window_show_page (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PatellaWindow *self = PATELLA_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->stack, name) == NULL)
    {
      g_warning ("No page called “%s”", name);
      return;
    }

  /* Made before it shows: the stack moves the focus from the page it
   * hides into the one it shows (Alt+2, Alt+3), and cannot into none. */
  ensure_page (self, name);
  adw_view_stack_set_visible_child_name (self->stack, name);
}

/* A session fills the window from its first question to its summary. */
static void
session_active_cb (PatellaWindow *self)
{
  gboolean active = patella_session_page_get_active (self->session_page);

  gtk_stack_set_visible_child_name (self->mode_stack, active ? "session" : "main");
  /* Back from a session the focus was on a control now hidden: it goes
   * to the first control of the main view, not to an unnamed pane. */
  if (!active)
    gtk_widget_child_focus (gtk_stack_get_visible_child (self->mode_stack), GTK_DIR_TAB_FORWARD);
}

/**
 * patella_window_get_session_page:
 * @self: a #PatellaWindow
 *
 * The session screen is made the first time it is needed, not with the
 * window: its figures and large type cost start-up time and memory on
 * the days no session is run.
 *
 * Returns: (transfer none): the session page
 */
PatellaSessionPage *
patella_window_get_session_page (PatellaWindow *self)
{
  g_return_val_if_fail (PATELLA_IS_WINDOW (self), NULL);

  if (self->session_page == NULL)
    {
      self->session_page = PATELLA_SESSION_PAGE (patella_session_page_new ());
      patella_session_page_set_settings (self->session_page, self->settings);
      /* The title is the page's accessible name. */
      gtk_stack_add_titled (self->mode_stack, GTK_WIDGET (self->session_page), "session",
                            _("Session"));
      g_object_bind_property (self, "store", self->session_page, "store", G_BINDING_SYNC_CREATE);
      g_object_bind_property (self, "clock", self->session_page, "clock", G_BINDING_SYNC_CREATE);
      g_signal_connect_object (self->session_page, "notify::active",
                               G_CALLBACK (session_active_cb), self, G_CONNECT_SWAPPED);
    }

  return self->session_page;
}

/* Today's plan: the program's stored plan at its current doses (so an
 * accepted proposal changes the next session), or the fixed plan when no
 * program was started. */
static void
patella_window_start_session (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  PatellaWindow *self = PATELLA_WINDOW (widget);
  g_autoptr(PatellaDayPlan) plan = NULL;
  g_autoptr(GArray) fixed = NULL;
  g_autoptr(GError) error = NULL;
  GArray *items;

  if (self->store != NULL && self->today != NULL)
    plan = patella_day_plan_load (self->store, patella_today_get_day (self->today), &error);
  if (error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Today’s plan could not be read, so the "
                                                 "standard session runs: %s"), error->message);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
    }
  items = plan != NULL ? plan->items : (fixed = patella_plan_get_today_items ());

  if (g_str_equal (action_name, "win.resume-session"))
    patella_session_page_resume (patella_window_get_session_page (self),
                                 (const PatellaTimelineItem *) items->data, items->len);
  else
    patella_session_page_start (patella_window_get_session_page (self),
                                (const PatellaTimelineItem *) items->data, items->len);
}

PatellaWindow *
patella_window_new (PatellaApplication *application)
{
  PatellaWindow *self;
  GSettings *settings;

  g_return_val_if_fail (PATELLA_IS_APPLICATION (application), NULL);

  self = g_object_new (PATELLA_TYPE_WINDOW,
                       "application", application,
                       NULL);

  g_object_bind_property (application, "store", self, "store", G_BINDING_SYNC_CREATE);
  g_object_bind_property (application, "clock", self, "clock", G_BINDING_SYNC_CREATE);
  g_object_bind_property (application, "today", self, "today", G_BINDING_SYNC_CREATE);

  settings = patella_application_get_settings (application);
  self->settings = g_object_ref (settings);
  patella_today_page_set_settings (self->today_page, settings);
  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  return self;
}

/**
 * patella_window_get_progress_page:
 * @self: a #PatellaWindow
 *
 * The page is made here if it has not been shown yet.
 *
 * Returns: (transfer none): the Progress page, whose charts can be saved
 */
PatellaProgressPage *
patella_window_get_progress_page (PatellaWindow *self)
{
  g_return_val_if_fail (PATELLA_IS_WINDOW (self), NULL);

  return ensure_progress_page (self);
}

/**
 * patella_window_get_task_bar:
 * @self: a #PatellaWindow
 *
 * Returns: (transfer none): where long jobs on the diary show their progress
 */
PatellaTaskBar *
patella_window_get_task_bar (PatellaWindow *self)
{
  g_return_val_if_fail (PATELLA_IS_WINDOW (self), NULL);

  return self->task_bar;
}

/**
 * patella_window_get_today:
 * @self: a #PatellaWindow
 *
 * Returns: (transfer none) (nullable): the day the pages count from
 */
PatellaToday *
patella_window_get_today (PatellaWindow *self)
{
  g_return_val_if_fail (PATELLA_IS_WINDOW (self), NULL);

  return self->today;
}

/* Coming back to the window after a night asleep: the monotonic clock
 * stood still, so the midnight alarm has not fired yet. */
static void
is_active_cb (PatellaWindow *self)
{
  if (self->today != NULL && gtk_window_is_active (GTK_WINDOW (self)))
    patella_today_refresh (self->today);
}

/* Runs once the window itself is on screen, so the assistant is stacked
 * above it even where no window manager keeps dialogs on top. */
static gboolean
present_first_run_cb (gpointer user_data)
{
  PatellaWindow *self = user_data;

  /* Once, the first time the app really opens on a diary with no program. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->store != NULL && self->today != NULL
      && self->settings != NULL)
    patella_first_run_window_present_if_new (GTK_WINDOW (self), self->store, self->today,
                                             self->settings);

  return G_SOURCE_REMOVE;
}

/* From Preferences: set the program up again. Finishing starts a new
 * program from today; the old one and its history are kept. */
static void
patella_window_first_run (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PatellaWindow *self = PATELLA_WINDOW (widget);

  if (self->store == NULL || self->today == NULL || self->settings == NULL)
    return;

  gtk_window_present (GTK_WINDOW (patella_first_run_window_new (GTK_WINDOW (self), self->store,
                                                                self->today, self->settings)));
}

/* The plan editor, over the window, from Today's plan card. */
static void
patella_window_edit_plan (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PatellaWindow *self = PATELLA_WINDOW (widget);
  PatellaSide affected = PATELLA_SIDE_RIGHT;

  if (self->store == NULL || self->today == NULL)
    return;
  if (self->settings != NULL)
    affected = patella_plan_get_affected_side (self->settings);

  gtk_window_present (GTK_WINDOW (patella_plan_window_new (GTK_WINDOW (self), self->store,
                                                           self->today, affected)));
}

/* The shortcuts window is built the first time it is asked for. GTK
 * would build it from gtk/help-overlay.ui with every window, before the
 * first frame, for a window most starts never open. */
static void
show_help_overlay_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (user_data);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_PATH "/ui/patella-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }

  gtk_window_present (GTK_WINDOW (overlay));
}

static void
patella_window_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (patella_window_parent_class)->map (widget);

  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, present_first_run_cb,
                   g_object_ref (widget), g_object_unref);
}

/**
 * patella_window_get_in_session:
 * @self: a #PatellaWindow
 *
 * Returns: whether a session fills the window
 */
gboolean
patella_window_get_in_session (PatellaWindow *self)
{
  g_return_val_if_fail (PATELLA_IS_WINDOW (self), FALSE);

  return self->session_page != NULL && patella_session_page_get_active (self->session_page);
}

static void
leave_then_close_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(PatellaWindow) self = user_data;

  if (patella_session_page_leave_finish (PATELLA_SESSION_PAGE (source), result)
      && !patella_window_get_in_session (self))
    gtk_window_close (GTK_WINDOW (self));
}

static void
entry_closed_then_close_cb (GObject      *source,
                            GAsyncResult *result,
                            gpointer      user_data)
{
  g_autoptr(PatellaWindow) self = user_data;

  if (patella_pain_entry_dialog_close_finish (PATELLA_PAIN_ENTRY_DIALOG (source), result))
    gtk_window_close (GTK_WINDOW (self));
}

/* Closing the window mid-session asks what Escape asks; over a pain
 * entry with unsaved changes, what the entry's own close asks. */
static gboolean
patella_window_close_request (GtkWindow *window)
{
  PatellaWindow *self = PATELLA_WINDOW (window);
  PatellaPainEntryDialog *entry = patella_pain_entry_dialog_find_unsaved (window);

  if (entry != NULL)
    {
      patella_pain_entry_dialog_close_async (entry, entry_closed_then_close_cb,
                                             g_object_ref (self));
      return TRUE;
    }

  if (patella_window_get_in_session (self))
    {
      patella_session_page_leave_async (self->session_page, NULL, leave_then_close_cb,
                                        g_object_ref (self));
      return TRUE;
    }

  return GTK_WINDOW_CLASS (patella_window_parent_class)->close_request (window);
}

static void
patella_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PatellaWindow *self = PATELLA_WINDOW (object);

  switch (prop_id)
    {
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
patella_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PatellaWindow *self = PATELLA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      patella_window_set_store (self, g_value_get_object (value));
      break;
    case PROP_CLOCK:
      if (g_set_object (&self->clock, g_value_get_object (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_TODAY:
      if (g_set_object (&self->today, g_value_get_object (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The main menu's popover (a widget per item) is made when first opened,
 * by click or F10, not at every start. */
static void
create_primary_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  PatellaWindow *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

/* The bottom switcher shows only on a narrow window, so its buttons (two
 * labels and an icon per page) are made when it is first revealed. */
static void
switcher_bar_reveal_cb (PatellaWindow *self)
{
  if (adw_view_switcher_bar_get_reveal (self->switcher_bar)
      && adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, self->stack);
}

static void
patella_window_constructed (GObject *object)
{
  PatellaWindow *self = PATELLA_WINDOW (object);

  G_OBJECT_CLASS (patella_window_parent_class)->constructed (object);

  /* The one way the diary, the day and the clock reach the pages (the
   * other pages are bound when they are made). */
  g_object_bind_property (self, "store", self->today_page, "store", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "today", self->today_page, "today", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (visible_page_cb), self, G_CONNECT_SWAPPED);
  visible_page_cb (self);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (is_active_cb), NULL);
  g_signal_connect_object (self->switcher_bar, "notify::reveal",
                           G_CALLBACK (switcher_bar_reveal_cb), self, G_CONNECT_SWAPPED);
  switcher_bar_reveal_cb (self);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

static void
patella_window_dispose (GObject *object)
{
  PatellaWindow *self = PATELLA_WINDOW (object);

  /* libadwaita 1.2 warns when a switcher outlives its stack's pages, so
   * the switchers let go of the stack before the tree is torn down. */
  if (self->switcher_bar != NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, NULL);
  if (self->switcher_title != NULL)
    adw_view_switcher_title_set_stack (self->switcher_title, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (object), PATELLA_TYPE_WINDOW);
  self->diary_page = NULL;
  self->progress_page = NULL;
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->today);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (patella_window_parent_class)->dispose (object);
}

static void
patella_window_class_init (PatellaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = patella_window_constructed;
  object_class->dispose = patella_window_dispose;
  object_class->get_property = patella_window_get_property;
  object_class->set_property = patella_window_set_property;

  widget_class->map = patella_window_map;
  window_class->close_request = patella_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PATELLA_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, PATELLA_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TODAY] =
    g_param_spec_object ("today", NULL, NULL, PATELLA_TYPE_TODAY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PATELLA_TYPE_TODAY_PAGE);
  g_type_ensure (PATELLA_TYPE_TASK_BAR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PatellaWindow, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, PatellaWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PatellaWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PatellaWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, PatellaWindow, task_bar);
  gtk_widget_class_bind_template_child (widget_class, PatellaWindow, today_page);
  gtk_widget_class_bind_template_child (widget_class, PatellaWindow, diary_slot);
  gtk_widget_class_bind_template_child (widget_class, PatellaWindow, progress_slot);
  gtk_widget_class_bind_template_child (widget_class, PatellaWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PatellaWindow, switcher_bar);


  gtk_widget_class_install_action (widget_class, "win.show-page", "s",
                                   patella_window_show_page);
  gtk_widget_class_install_action (widget_class, "win.start-session", NULL,
                                   patella_window_start_session);
  gtk_widget_class_install_action (widget_class, "win.resume-session", NULL,
                                   patella_window_start_session);
  gtk_widget_class_install_action (widget_class, "win.first-run", NULL,
                                   patella_window_first_run);
  gtk_widget_class_install_action (widget_class, "win.edit-plan", NULL,
                                   patella_window_edit_plan);
}

static void
patella_window_init (PatellaWindow *self)
{
  static const GActionEntry entries[] = {
    { "show-help-overlay", show_help_overlay_cb },
  };

  gtk_widget_init_template (GTK_WIDGET (self));
  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  gtk_menu_button_set_create_popup_func (self->menu_button, create_primary_menu_cb, self, NULL);
}
