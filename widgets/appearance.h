// The look bitsmon is drawn in: the system's, or Fusion in light or dark
// colours whatever the system does (Settings::theme).
#pragma once

#include <QPalette>
#include <QString>

namespace bitsmon {

// "" leaves the system's style and colours; "light" and "dark" draw with
// Fusion and that palette. Called once, before the first window.
void applyTheme(const QString &theme);

// Fusion's dark colours: light text on dark grey, a blue highlight, and
// placeholder and disabled text that stay readable.
QPalette darkPalette();

}  // namespace bitsmon
