/* patella-today-page.c: the Today page
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-application.h"
#include "patella-first-run.h"
#include "patella-kujala-row.h"
#include "patella-pain-card.h"
#include "patella-plan-card.h"
#include "patella-store-follow.h"
#include "patella-today-page.h"
#include "patella-warning-banner.h"

struct _PatellaTodayPage
{
  GtkWidget             parent_instance;

  PatellaStore         *store;

  GtkStack             *stack;
  PatellaWarningBanner *warning_banner;
  PatellaPainCard      *pain_card;
  PatellaKujalaRow     *kujala_row;
};

G_DEFINE_FINAL_TYPE (PatellaTodayPage, patella_today_page, GTK_TYPE_WIDGET)

PatellaStore *
patella_today_page_get_store (PatellaTodayPage *self)
{
  g_return_val_if_fail (PATELLA_IS_TODAY_PAGE (self), NULL);

  return self->store;
}

void
patella_today_page_set_store (PatellaTodayPage *self,
                              PatellaStore     *store)
{
  g_return_if_fail (PATELLA_IS_TODAY_PAGE (self));
  g_return_if_fail (store == NULL || PATELLA_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  patella_warning_banner_set_store (self->warning_banner, store);
  patella_pain_card_set_store (self->pain_card, store);
  patella_kujala_row_set_store (self->kujala_row, store);
  /* Today's pain can be logged whatever the plan says. */
  gtk_stack_set_visible_child_name (self->stack, store != NULL ? "today" : "empty");
}

static void
set_store_from_app (GtkWidget    *widget,
                    PatellaStore *store)
{
  patella_today_page_set_store (PATELLA_TODAY_PAGE (widget), store);
}

static void
patella_today_page_root (GtkWidget *widget)
{
  PatellaTodayPage *self = PATELLA_TODAY_PAGE (widget);

  GTK_WIDGET_CLASS (patella_today_page_parent_class)->root (widget);

  if (self->store == NULL)
    patella_store_follow_root (widget, set_store_from_app);
}

static void
patella_today_page_unroot (GtkWidget *widget)
{
  patella_store_follow_unroot (widget);

  GTK_WIDGET_CLASS (patella_today_page_parent_class)->unroot (widget);
}

/* Runs once the window itself is on screen, so the notice is stacked
 * above it even where no window manager keeps dialogs on top. */
static gboolean
present_first_run_notice_cb (gpointer user_data)
{
  GtkWidget *widget = user_data;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root))
                                             : NULL;

  /* Once, the first time the app really opens on a diary. */
  if (gtk_widget_get_mapped (widget) && PATELLA_IS_APPLICATION (app)
      && PATELLA_TODAY_PAGE (widget)->store != NULL)
    patella_first_run_notice_present (GTK_WINDOW (root),
                                      patella_application_get_settings (PATELLA_APPLICATION (app)));

  return G_SOURCE_REMOVE;
}

static void
patella_today_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (patella_today_page_parent_class)->map (widget);

  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, present_first_run_notice_cb,
                   g_object_ref (widget), g_object_unref);
}

static void
patella_today_page_dispose (GObject *object)
{
  g_clear_object (&PATELLA_TODAY_PAGE (object)->store);
  gtk_widget_dispose_template (GTK_WIDGET (object), PATELLA_TYPE_TODAY_PAGE);

  G_OBJECT_CLASS (patella_today_page_parent_class)->dispose (object);
}

static void
patella_today_page_class_init (PatellaTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_today_page_dispose;

  widget_class->root = patella_today_page_root;
  widget_class->unroot = patella_today_page_unroot;
  widget_class->map = patella_today_page_map;

  g_type_ensure (PATELLA_TYPE_WARNING_BANNER);
  g_type_ensure (PATELLA_TYPE_PLAN_CARD);
  g_type_ensure (PATELLA_TYPE_PAIN_CARD);
  g_type_ensure (PATELLA_TYPE_KUJALA_ROW);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaTodayPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PatellaTodayPage, warning_banner);
  gtk_widget_class_bind_template_child (widget_class, PatellaTodayPage, pain_card);
  gtk_widget_class_bind_template_child (widget_class, PatellaTodayPage, kujala_row);
}

static void
patella_today_page_init (PatellaTodayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
