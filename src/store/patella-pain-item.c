/* patella-pain-item.c: one pain entry as an object, for list models
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-pain-item.h"

/* Immutable: the store replaces the item in its model when the entry
 * changes, so rows rebind instead of watching each property. */
struct _PatellaPainItem
{
  GObject           parent_instance;
  PatellaPainEntry *entry;
};

enum {
  PROP_0,
  PROP_DAY,
  PROP_USUAL,
  PROP_WORST,
  PROP_CONTEXTS,
  PROP_WARNING_SIGNS,
  PROP_HAS_WARNING_SIGNS,
  PROP_NOTE,
  PROP_UPDATED_US,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PatellaPainItem, patella_pain_item, G_TYPE_OBJECT)

static void
patella_pain_item_finalize (GObject *object)
{
  PatellaPainItem *self = (PatellaPainItem *) object;

  g_clear_pointer (&self->entry, patella_pain_entry_free);

  G_OBJECT_CLASS (patella_pain_item_parent_class)->finalize (object);
}

static void
patella_pain_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PatellaPainItem *self = PATELLA_PAIN_ITEM (object);

  switch (prop_id)
    {
    case PROP_DAY:
      g_value_set_string (value, self->entry->day);
      break;
    case PROP_USUAL:
      g_value_set_int (value, self->entry->usual);
      break;
    case PROP_WORST:
      g_value_set_int (value, self->entry->worst);
      break;
    case PROP_CONTEXTS:
      g_value_set_flags (value, self->entry->contexts);
      break;
    case PROP_WARNING_SIGNS:
      g_value_set_flags (value, self->entry->signs);
      break;
    case PROP_HAS_WARNING_SIGNS:
      g_value_set_boolean (value, self->entry->signs != 0);
      break;
    case PROP_NOTE:
      g_value_set_string (value, patella_pain_item_get_note (self));
      break;
    case PROP_UPDATED_US:
      g_value_set_int64 (value, self->entry->updated_us);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_pain_item_class_init (PatellaPainItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = patella_pain_item_finalize;
  object_class->get_property = patella_pain_item_get_property;

  properties[PROP_DAY] =
    g_param_spec_string ("day", NULL, NULL, NULL, flags);
  properties[PROP_USUAL] =
    g_param_spec_int ("usual", NULL, NULL, PATELLA_PAIN_MIN, PATELLA_PAIN_MAX, 0, flags);
  properties[PROP_WORST] =
    g_param_spec_int ("worst", NULL, NULL, PATELLA_PAIN_MIN, PATELLA_PAIN_MAX, 0, flags);
  properties[PROP_CONTEXTS] =
    g_param_spec_flags ("contexts", NULL, NULL, PATELLA_TYPE_PAIN_CONTEXT, 0, flags);
  properties[PROP_WARNING_SIGNS] =
    g_param_spec_flags ("warning-signs", NULL, NULL, PATELLA_TYPE_WARNING_SIGN, 0, flags);
  properties[PROP_HAS_WARNING_SIGNS] =
    g_param_spec_boolean ("has-warning-signs", NULL, NULL, FALSE, flags);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL, flags);
  properties[PROP_UPDATED_US] =
    g_param_spec_int64 ("updated-us", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
patella_pain_item_init (PatellaPainItem *self)
{
}

PatellaPainItem *
patella_pain_item_new (const PatellaPainEntry *entry)
{
  PatellaPainItem *self;

  g_return_val_if_fail (entry != NULL, NULL);

  self = g_object_new (PATELLA_TYPE_PAIN_ITEM, NULL);
  self->entry = patella_pain_entry_copy (entry);

  return self;
}

const PatellaPainEntry *
patella_pain_item_get_entry (PatellaPainItem *self)
{
  g_return_val_if_fail (PATELLA_IS_PAIN_ITEM (self), NULL);

  return self->entry;
}

const char *
patella_pain_item_get_day (PatellaPainItem *self)
{
  g_return_val_if_fail (PATELLA_IS_PAIN_ITEM (self), NULL);

  return self->entry->day;
}

int
patella_pain_item_get_usual (PatellaPainItem *self)
{
  g_return_val_if_fail (PATELLA_IS_PAIN_ITEM (self), 0);

  return self->entry->usual;
}

int
patella_pain_item_get_worst (PatellaPainItem *self)
{
  g_return_val_if_fail (PATELLA_IS_PAIN_ITEM (self), 0);

  return self->entry->worst;
}

PatellaPainContext
patella_pain_item_get_contexts (PatellaPainItem *self)
{
  g_return_val_if_fail (PATELLA_IS_PAIN_ITEM (self), 0);

  return self->entry->contexts;
}

PatellaWarningSign
patella_pain_item_get_warning_signs (PatellaPainItem *self)
{
  g_return_val_if_fail (PATELLA_IS_PAIN_ITEM (self), 0);

  return self->entry->signs;
}

/* "" rather than NULL, so a label can bind to it directly. */
const char *
patella_pain_item_get_note (PatellaPainItem *self)
{
  g_return_val_if_fail (PATELLA_IS_PAIN_ITEM (self), NULL);

  return self->entry->note ? self->entry->note : "";
}
