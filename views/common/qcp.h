#pragma once
// Includes QCustomPlot. Its header uses Qt's keyword macros (signals, slots,
// foreach), which the project disables globally because TBB uses `emit`; we
// define them just for this include.
#include <QtGlobal>
#ifndef signals
#define signals Q_SIGNALS
#define RL_QCP_UNDEF_SIGNALS
#endif
#ifndef slots
#define slots Q_SLOTS
#define RL_QCP_UNDEF_SLOTS
#endif
#ifndef foreach
#define foreach Q_FOREACH
#define RL_QCP_UNDEF_FOREACH
#endif
#include <qcustomplot.h>
#ifdef RL_QCP_UNDEF_SIGNALS
#undef signals
#undef RL_QCP_UNDEF_SIGNALS
#endif
#ifdef RL_QCP_UNDEF_SLOTS
#undef slots
#undef RL_QCP_UNDEF_SLOTS
#endif
#ifdef RL_QCP_UNDEF_FOREACH
#undef foreach
#undef RL_QCP_UNDEF_FOREACH
#endif
