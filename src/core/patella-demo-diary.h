/* patella-demo-diary.h: a realistic six weeks of diary, the same for the same seed
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-chart-series.h"
#include "patella-dose.h"
#include "patella-kujala.h"

G_BEGIN_DECLS

#define PATELLA_DEMO_SEED 20260401

typedef struct
{
  const char *exercise_id;    /* interned */
  int         side;           /* 0 both, 1 left, 2 right (as PatellaStoreSide) */
  int         set_number;
  int         reps_planned;
  int         reps_done;
  int         hold_s_planned;
  int         hold_s_done;
  int         pain_during;
} PatellaDemoSet;

typedef struct
{
  char     day[PATELLA_LOCAL_DAY_LEN + 1];
  int      usual;              /* -1: not logged */
  int      worst;
  guint    contexts;           /* PatellaPainContext */
  guint    signs;              /* PatellaWarningSign */
  int      session;            /* 0 none, 1 completed, 2 partial */
  guint    first_set;          /* into sets */
  guint    n_sets;
  int      kujala[PATELLA_KUJALA_N_QUESTIONS];
  int      kujala_score;       /* -1: none that day */
} PatellaDemoDay;

typedef struct
{
  const char *exercise_id;    /* interned */
  char        day[PATELLA_LOCAL_DAY_LEN + 1];
  gboolean    progression;
  PatellaDose dose;
} PatellaDemoDose;

typedef struct
{
  PatellaProgram program;
  GArray        *days;        /* PatellaDemoDay, program start to today */
  GArray        *sets;        /* PatellaDemoSet */
  GArray        *doses;       /* PatellaDemoDose, by day */
} PatellaDemoDiary;

PatellaDemoDiary *patella_demo_diary_new  (const char       *today,
                                           guint32           seed);
void              patella_demo_diary_free (PatellaDemoDiary *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PatellaDemoDiary, patella_demo_diary_free)

G_END_DECLS
