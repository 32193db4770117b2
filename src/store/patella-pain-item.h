/* patella-pain-item.h: one pain entry as an object, for list models
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "patella-pain-entry.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_PAIN_ITEM (patella_pain_item_get_type ())
G_DECLARE_FINAL_TYPE (PatellaPainItem, patella_pain_item, PATELLA, PAIN_ITEM, GObject)

PatellaPainItem        *patella_pain_item_new               (const PatellaPainEntry *entry);
const PatellaPainEntry *patella_pain_item_get_entry         (PatellaPainItem        *self);
const char             *patella_pain_item_get_day           (PatellaPainItem        *self);
int                     patella_pain_item_get_usual         (PatellaPainItem        *self);
int                     patella_pain_item_get_worst         (PatellaPainItem        *self);
PatellaPainContext      patella_pain_item_get_contexts      (PatellaPainItem        *self);
PatellaWarningSign      patella_pain_item_get_warning_signs (PatellaPainItem        *self);
const char             *patella_pain_item_get_note          (PatellaPainItem        *self);

G_END_DECLS
