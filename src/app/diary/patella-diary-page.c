/* patella-diary-page.c: the Pain diary page
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-a11y.h"
#include "patella-day-label.h"
#include "patella-diary-page.h"
#include "patella-diary-row.h"
#include "patella-pain-entry-dialog.h"
#include "patella-toast.h"
#include "patella-warning-banner.h"
#include "patella-warning-signs.h"

/* Rows are added a screenful at a time as the list is scrolled: GtkListView
 * 4.8 otherwise makes about 200 row widgets for a long diary, whatever the
 * window shows. */
#define ROWS_PER_STEP 16

struct _PatellaDiaryPage
{
  GtkWidget             parent_instance;

  PatellaStore         *store;
  PatellaToday         *today;
  GSignalGroup         *today_signals;
  GListModel           *model;
  GtkSliceListModel    *slice;

  GtkStack             *stack;
  PatellaWarningBanner *banner;
  GtkLabel             *count_label;
  GtkScrolledWindow    *scroller;
  GtkListView          *list_view;

  /* The last delete's toast, while it can still be undone (Ctrl+Z). */
  GWeakRef              undo_toast;
  guint                 n_rows_set_up;
  /* The day just saved in the dialog, whose row gets the focus back. */
  char                 *refocus_day;
  guint                 refocus_id;
};

G_DEFINE_FINAL_TYPE (PatellaDiaryPage, patella_diary_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What Undo needs after the page may be gone. */
typedef struct
{
  PatellaStore     *store;
  PatellaPainEntry *entry;
  GWeakRef          page;
} UndoData;

static void
undo_data_free (gpointer  data,
                GClosure *closure)
{
  UndoData *undo = data;

  g_clear_object (&undo->store);
  g_clear_pointer (&undo->entry, patella_pain_entry_free);
  g_weak_ref_clear (&undo->page);
  g_free (undo);
}

static void
update_state (PatellaDiaryPage *self)
{
  guint n = self->model ? g_list_model_get_n_items (self->model) : 0;
  g_autofree char *count = NULL;

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day logged", "%u days logged", n), n);
  gtk_label_set_label (self->count_label, count);
}

static void
items_changed_cb (GListModel       *model,
                  guint             position,
                  guint             removed,
                  guint             added,
                  PatellaDiaryPage *self)
{
  update_state (self);
}

static void
undo_clicked_cb (AdwToast *toast,
                 UndoData *undo)
{
  g_autoptr(PatellaDiaryPage) page = g_weak_ref_get (&undo->page);
  g_autoptr(GError) error = NULL;

  if (undo->entry == NULL)
    return;

  if (!patella_store_restore_pain (undo->store, undo->entry, &error) && page != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("The entry could not be put back: %s"),
                                               error->message);
      patella_toast_show (GTK_WIDGET (page), text, 0);
    }

  /* One Undo per delete, even if the button is pressed twice. */
  g_clear_pointer (&undo->entry, patella_pain_entry_free);
}

gboolean
patella_diary_page_delete_day (PatellaDiaryPage  *self,
                               const char        *day_in,
                               GError           **error)
{
  /* day may belong to a list item that the delete itself frees. */
  g_autofree char *day = g_strdup (day_in);
  PatellaPainEntry *deleted;
  g_autofree char *label = NULL;
  g_autofree char *title = NULL;
  UndoData *undo;
  AdwToast *toast;

  g_return_val_if_fail (PATELLA_IS_DIARY_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL && self->today != NULL, FALSE);

  deleted = patella_store_delete_pain (self->store, day, error);
  if (deleted == NULL)
    return FALSE;

  label = patella_day_label (day, patella_today_get_day (self->today));
  /* Translators: %s is a day, e.g. "Yesterday" or "Thursday 9 April",
   * at the start of the sentence */
  title = g_strdup_printf (_("%s: entry deleted"), label);

  undo = g_new0 (UndoData, 1);
  undo->store = g_object_ref (self->store);
  undo->entry = deleted;
  g_weak_ref_init (&undo->page, self);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb),
                         undo, undo_data_free, 0);
  g_weak_ref_set (&self->undo_toast, toast);
  patella_toast_add (GTK_WIDGET (self), toast);

  return TRUE;
}

static gboolean
undo_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   user_data)
{
  PatellaDiaryPage *self = PATELLA_DIARY_PAGE (widget);
  g_autoptr(AdwToast) toast = g_weak_ref_get (&self->undo_toast);

  /* The toast overlay lets go of a toast once it is dismissed: then there
   * is nothing left to undo. */
  if (toast == NULL)
    return FALSE;

  g_signal_emit_by_name (toast, "button-clicked");
  adw_toast_dismiss (toast);
  g_weak_ref_set (&self->undo_toast, NULL);
  return TRUE;
}

static void
delete_day_reporting (PatellaDiaryPage *self,
                      const char       *day)
{
  g_autoptr(GError) error = NULL;

  if (!patella_diary_page_delete_day (self, day, &error))
    {
      g_autofree char *text = g_strdup_printf (_("The entry could not be deleted: %s"),
                                               error->message);
      patella_toast_show (GTK_WIDGET (self), text, 0);
      return;
    }

  /* The focus went with the row: put it back in the list, on the row that
   * took its place, so the keyboard goes on from there (and Ctrl+Z works). */
  if (self->model != NULL && g_list_model_get_n_items (self->model) > 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
dialog_delete_requested_cb (PatellaPainEntryDialog *dialog,
                            const char             *day,
                            PatellaDiaryPage       *self)
{
  delete_day_reporting (self, day);
}

static void
dialog_saved_cb (PatellaPainEntryDialog *dialog,
                 const char             *day,
                 PatellaDiaryPage       *self)
{
  g_free (self->refocus_day);
  self->refocus_day = g_strdup (day);
  patella_toast_show (GTK_WIDGET (self), _("Saved"), 2);
}

/**
 * patella_diary_page_focus_day:
 * @self: a #PatellaDiaryPage
 * @day: a local day, "YYYY-MM-DD"
 *
 * Puts the keyboard focus on the row of @day, if the list shows it.
 *
 * Returns: whether a row took the focus
 */
gboolean
patella_diary_page_focus_day (PatellaDiaryPage *self,
                              const char       *day)
{
  g_return_val_if_fail (PATELLA_IS_DIARY_PAGE (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  /* The list's own item widgets hold the rows; the one bound to the day
   * takes the focus, as the keyboard would give it. */
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      PatellaPainItem *pain;

      if (!PATELLA_IS_DIARY_ROW (row) || !gtk_widget_get_child_visible (item))
        continue;
      pain = patella_diary_row_get_item (PATELLA_DIARY_ROW (row));
      if (pain != NULL && g_str_equal (patella_pain_item_get_day (pain), day))
        return gtk_widget_grab_focus (item);
    }

  return FALSE;
}

static gboolean
refocus_cb (gpointer user_data)
{
  PatellaDiaryPage *self = user_data;
  g_autofree char *day = g_steal_pointer (&self->refocus_day);

  self->refocus_id = 0;
  if (day != NULL)
    patella_diary_page_focus_day (self, day);

  return G_SOURCE_REMOVE;
}

/* After Save the row has been bound again, and GTK would put the focus
 * back on the first widget of the window (the view switcher): it goes
 * back to the row the user edited instead, once the dialog is gone. */
static void
dialog_destroy_cb (PatellaDiaryPage *self)
{
  if (self->refocus_day != NULL && self->refocus_id == 0)
    self->refocus_id = g_idle_add_full (G_PRIORITY_LOW, refocus_cb, self, NULL);
}

GtkWindow *
patella_diary_page_open_entry (PatellaDiaryPage *self,
                               const char       *day)
{
  PatellaPainEntryDialog *dialog;
  GtkRoot *root;

  g_return_val_if_fail (PATELLA_IS_DIARY_PAGE (self), NULL);
  g_return_val_if_fail (self->store != NULL && self->today != NULL, NULL);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = patella_pain_entry_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                          self->store, self->today, day);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (dialog_saved_cb), self, 0);
  g_signal_connect_object (dialog, "delete-requested",
                           G_CALLBACK (dialog_delete_requested_cb), self, 0);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (dialog_destroy_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
}

static void
list_activate_cb (PatellaDiaryPage *self,
                  guint             position)
{
  g_autoptr(PatellaPainItem) item = g_list_model_get_item (self->model, position);

  if (item != NULL)
    patella_diary_page_open_entry (self, patella_pain_item_get_day (item));
}

static void
row_delete_requested_cb (PatellaDiaryRow  *row,
                         PatellaDiaryPage *self)
{
  PatellaPainItem *item = patella_diary_row_get_item (row);

  if (item != NULL)
    delete_day_reporting (self, patella_pain_item_get_day (item));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              PatellaDiaryPage         *self)
{
  PatellaDiaryRow *row = patella_diary_row_new ();

  self->n_rows_set_up++;
  g_signal_connect_object (row, "delete-requested",
                           G_CALLBACK (row_delete_requested_cb), self, 0);
  gtk_list_item_set_child (list_item, GTK_WIDGET (row));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             PatellaDiaryPage         *self)
{
  patella_diary_row_set_item (PATELLA_DIARY_ROW (gtk_list_item_get_child (list_item)),
                              gtk_list_item_get_item (list_item),
                              self->today != NULL ? patella_today_get_day (self->today) : NULL);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               PatellaDiaryPage         *self)
{
  patella_diary_row_set_item (PATELLA_DIARY_ROW (gtk_list_item_get_child (list_item)),
                              NULL, NULL);
}

/* The row whose list item has the keyboard focus, if any. */
static PatellaDiaryRow *
focused_row (PatellaDiaryPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *child;

  if (focus == NULL)
    return NULL;

  child = gtk_widget_get_ancestor (focus, PATELLA_TYPE_DIARY_ROW);
  if (child != NULL)
    return PATELLA_DIARY_ROW (child);

  child = gtk_widget_get_first_child (focus);
  return PATELLA_IS_DIARY_ROW (child) ? PATELLA_DIARY_ROW (child) : NULL;
}

static gboolean
delete_focused_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  PatellaDiaryPage *self = PATELLA_DIARY_PAGE (user_data);
  PatellaDiaryRow *row = focused_row (self);

  if (row == NULL || patella_diary_row_get_item (row) == NULL)
    return FALSE;

  row_delete_requested_cb (row, self);
  return TRUE;
}

static void
add_action_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PatellaDiaryPage *self = PATELLA_DIARY_PAGE (widget);

  if (self->store != NULL && self->today != NULL)
    patella_diary_page_open_entry (self, NULL);
}

/* A new model makes the list bind each row again, with today's labels;
 * as many rows are offered as were before. */
static void
show_model (PatellaDiaryPage *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;
  guint size = self->slice != NULL ? gtk_slice_list_model_get_size (self->slice) : ROWS_PER_STEP;

  g_clear_object (&self->slice);
  if (self->model != NULL)
    {
      self->slice = gtk_slice_list_model_new (g_object_ref (self->model), 0, size);
      selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->slice)));
    }
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
}

static void
offer_more_rows (PatellaDiaryPage *self)
{
  guint size;

  if (self->slice == NULL)
    return;

  size = gtk_slice_list_model_get_size (self->slice);
  if (size < g_list_model_get_n_items (self->model))
    gtk_slice_list_model_set_size (self->slice, size + ROWS_PER_STEP);
}

/* Within a screen of the end (by wheel, scroll bar or keyboard focus),
 * the next rows are offered before the user gets there. A window taller
 * than the rows offered counts as at the end, so it fills up too. */
static void
adjustment_changed_cb (PatellaDiaryPage *self,
                       GtkAdjustment    *adjustment)
{
  double page = gtk_adjustment_get_page_size (adjustment);

  if (gtk_adjustment_get_value (adjustment) + 2 * page >= gtk_adjustment_get_upper (adjustment))
    offer_more_rows (self);
}

PatellaStore *
patella_diary_page_get_store (PatellaDiaryPage *self)
{
  g_return_val_if_fail (PATELLA_IS_DIARY_PAGE (self), NULL);

  return self->store;
}

/* The diary is read when the page is first shown, not at startup: a
 * years-long diary then costs nothing until the user looks at it, and
 * the list sets up only the rows that fit on screen. */
static void
load_model (PatellaDiaryPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->model != NULL || self->store == NULL)
    return;

  self->model = patella_store_get_pain_model (self->store, &error);
  if (self->model == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("The diary could not be read: %s"),
                                               error->message);
      patella_toast_show (GTK_WIDGET (self), text, 0);
    }
  else
    g_signal_connect_object (self->model, "items-changed",
                             G_CALLBACK (items_changed_cb), self, 0);

  show_model (self);
  update_state (self);
}

static void
day_changed_cb (PatellaDiaryPage *self)
{
  if (self->model != NULL)
    show_model (self);
}

static void
patella_diary_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (patella_diary_page_parent_class)->map (widget);

  load_model (PATELLA_DIARY_PAGE (widget));
}

/**
 * patella_diary_page_get_n_rows_set_up:
 * @self: a #PatellaDiaryPage
 *
 * How many row widgets the list has made so far: what the start-up test
 * and benchmark count, since rows are the page's cost.
 *
 * Returns: the number of rows set up since the page was made
 */
guint
patella_diary_page_get_n_rows_set_up (PatellaDiaryPage *self)
{
  g_return_val_if_fail (PATELLA_IS_DIARY_PAGE (self), 0);

  return self->n_rows_set_up;
}

void
patella_diary_page_set_store (PatellaDiaryPage *self,
                              PatellaStore     *store)
{
  g_return_if_fail (PATELLA_IS_DIARY_PAGE (self));
  g_return_if_fail (store == NULL || PATELLA_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_clear_object (&self->model);
  g_set_object (&self->store, store);

  show_model (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    load_model (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary.add", store != NULL);
  update_state (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

PatellaToday *
patella_diary_page_get_today (PatellaDiaryPage *self)
{
  g_return_val_if_fail (PATELLA_IS_DIARY_PAGE (self), NULL);

  return self->today;
}

/**
 * patella_diary_page_set_today:
 * @self: a #PatellaDiaryPage
 * @today: (nullable): the day rows are named from ("Today", "Yesterday")
 *
 * At midnight the rows are named again.
 */
void
patella_diary_page_set_today (PatellaDiaryPage *self,
                              PatellaToday     *today)
{
  g_return_if_fail (PATELLA_IS_DIARY_PAGE (self));
  g_return_if_fail (today == NULL || PATELLA_IS_TODAY (today));

  if (!g_set_object (&self->today, today))
    return;

  g_signal_group_set_target (self->today_signals, today);
  day_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

static void
patella_diary_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PatellaDiaryPage *self = PATELLA_DIARY_PAGE (object);

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
patella_diary_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PatellaDiaryPage *self = PATELLA_DIARY_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      patella_diary_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_TODAY:
      patella_diary_page_set_today (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_diary_page_dispose (GObject *object)
{
  PatellaDiaryPage *self = PATELLA_DIARY_PAGE (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (object), PATELLA_TYPE_DIARY_PAGE);
  g_weak_ref_set (&self->undo_toast, NULL);
  g_clear_handle_id (&self->refocus_id, g_source_remove);
  g_clear_pointer (&self->refocus_day, g_free);
  g_clear_object (&self->slice);
  g_clear_object (&self->model);
  g_clear_object (&self->today_signals);
  g_clear_object (&self->store);
  g_clear_object (&self->today);

  G_OBJECT_CLASS (patella_diary_page_parent_class)->dispose (object);
}

static void
patella_diary_page_class_init (PatellaDiaryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_diary_page_dispose;
  object_class->get_property = patella_diary_page_get_property;
  object_class->set_property = patella_diary_page_set_property;

  widget_class->map = patella_diary_page_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PATELLA_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TODAY] =
    g_param_spec_object ("today", NULL, NULL,
                         PATELLA_TYPE_TODAY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PATELLA_TYPE_WARNING_BANNER);

  gtk_widget_class_install_action (widget_class, "diary.add", NULL, add_action_cb);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, undo_cb, NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-diary-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaDiaryPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PatellaDiaryPage, banner);
  gtk_widget_class_bind_template_child (widget_class, PatellaDiaryPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaDiaryPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, PatellaDiaryPage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
}

static void
patella_diary_page_init (PatellaDiaryPage *self)
{
  GtkListItemFactory *factory;
  GtkEventController *shortcuts;
  GtkShortcut *shortcut;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* One accessible name per button: GTK 4.8 says "_Save Save". */
  patella_a11y_name_buttons (GTK_WIDGET (self));

  g_object_bind_property (self, "store", self->banner, "store", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "today", self->banner, "today", G_BINDING_SYNC_CREATE);
  self->today_signals = g_signal_group_new (PATELLA_TYPE_TODAY);
  g_signal_group_connect_swapped (self->today_signals, "notify::day",
                                  G_CALLBACK (day_changed_cb), self);

  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "changed",
                           G_CALLBACK (adjustment_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "value-changed",
                           G_CALLBACK (adjustment_changed_cb), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  /* Delete removes the focused day, with the same Undo as the button. */
  shortcuts = gtk_shortcut_controller_new ();
  shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                               gtk_callback_action_new (delete_focused_cb, self, NULL));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), shortcut);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), shortcuts);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary.add", FALSE);
  update_state (self);
}
