// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/Settings.h"

namespace paceplan::gui {

void stampSettingsVersion()
{
    static const Setting<int> version("settingsVersion", 0);
    if (version.get() != kSettingsVersion)
        version.set(kSettingsVersion);
}

} // namespace paceplan::gui
