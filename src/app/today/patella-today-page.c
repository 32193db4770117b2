/* patella-today-page.c: the Today page
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-kujala-row.h"
#include "patella-pain-card.h"
#include "patella-plan-card.h"
#include "patella-proposal-card.h"
#include "patella-swap-card.h"
#include "patella-today-page.h"
#include "patella-warning-banner.h"

struct _PatellaTodayPage
{
  GtkWidget             parent_instance;

  PatellaStore         *store;
  PatellaToday         *today;

  GtkStack             *stack;
  GtkWidget            *empty_page;
  PatellaWarningBanner *warning_banner;
  PatellaPlanCard      *plan_card;
  PatellaProposalCard  *proposal_card;
  PatellaSwapCard      *swap_card;
  PatellaPainCard      *pain_card;
  PatellaKujalaRow     *kujala_row;
};

G_DEFINE_FINAL_TYPE (PatellaTodayPage, patella_today_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

  /* Today's pain can be logged whatever the plan says. The empty state
   * is hidden, not only off screen, so it is not styled at startup. */
  gtk_widget_set_visible (self->empty_page, store == NULL);
  gtk_stack_set_visible_child_name (self->stack, store != NULL ? "today" : "empty");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * patella_today_page_set_settings:
 * @self: a #PatellaTodayPage
 * @settings: the app's settings
 *
 * The plan follows the painful side chosen in @settings.
 */
void
patella_today_page_set_settings (PatellaTodayPage *self,
                                 GSettings        *settings)
{
  g_return_if_fail (PATELLA_IS_TODAY_PAGE (self));

  patella_plan_card_set_settings (self->plan_card, settings);
}

PatellaToday *
patella_today_page_get_today (PatellaTodayPage *self)
{
  g_return_val_if_fail (PATELLA_IS_TODAY_PAGE (self), NULL);

  return self->today;
}

void
patella_today_page_set_today (PatellaTodayPage *self,
                              PatellaToday     *today)
{
  g_return_if_fail (PATELLA_IS_TODAY_PAGE (self));
  g_return_if_fail (today == NULL || PATELLA_IS_TODAY (today));

  if (g_set_object (&self->today, today))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

static void
patella_today_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PatellaTodayPage *self = PATELLA_TODAY_PAGE (object);

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
patella_today_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PatellaTodayPage *self = PATELLA_TODAY_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      patella_today_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_TODAY:
      patella_today_page_set_today (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_today_page_dispose (GObject *object)
{
  g_clear_object (&PATELLA_TODAY_PAGE (object)->store);
  g_clear_object (&PATELLA_TODAY_PAGE (object)->today);
  gtk_widget_dispose_template (GTK_WIDGET (object), PATELLA_TYPE_TODAY_PAGE);

  G_OBJECT_CLASS (patella_today_page_parent_class)->dispose (object);
}

static void
patella_today_page_class_init (PatellaTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_today_page_dispose;
  object_class->get_property = patella_today_page_get_property;
  object_class->set_property = patella_today_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PATELLA_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TODAY] =
    g_param_spec_object ("today", NULL, NULL, PATELLA_TYPE_TODAY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PATELLA_TYPE_WARNING_BANNER);
  g_type_ensure (PATELLA_TYPE_PLAN_CARD);
  g_type_ensure (PATELLA_TYPE_PROPOSAL_CARD);
  g_type_ensure (PATELLA_TYPE_SWAP_CARD);
  g_type_ensure (PATELLA_TYPE_PAIN_CARD);
  g_type_ensure (PATELLA_TYPE_KUJALA_ROW);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaTodayPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PatellaTodayPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PatellaTodayPage, warning_banner);
  gtk_widget_class_bind_template_child (widget_class, PatellaTodayPage, plan_card);
  gtk_widget_class_bind_template_child (widget_class, PatellaTodayPage, proposal_card);
  gtk_widget_class_bind_template_child (widget_class, PatellaTodayPage, swap_card);
  gtk_widget_class_bind_template_child (widget_class, PatellaTodayPage, pain_card);
  gtk_widget_class_bind_template_child (widget_class, PatellaTodayPage, kujala_row);
}

static void
patella_today_page_init (PatellaTodayPage *self)
{
  GObject *cards[6];

  gtk_widget_init_template (GTK_WIDGET (self));

  cards[0] = G_OBJECT (self->warning_banner);
  cards[1] = G_OBJECT (self->pain_card);
  cards[2] = G_OBJECT (self->kujala_row);
  cards[3] = G_OBJECT (self->plan_card);
  cards[4] = G_OBJECT (self->proposal_card);
  cards[5] = G_OBJECT (self->swap_card);
  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      g_object_bind_property (self, "store", cards[i], "store", G_BINDING_SYNC_CREATE);
      g_object_bind_property (self, "today", cards[i], "today", G_BINDING_SYNC_CREATE);
    }
}
