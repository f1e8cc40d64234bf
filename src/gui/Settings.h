// SPDX-FileCopyrightText: 2026 PacePlan contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace paceplan::gui {

/// A typed user preference with its key and default declared where it is used. Never clinical data.
template <typename T> class Setting {
public:
    Setting(const char* key, T fallback) : m_key(QString::fromLatin1(key)), m_default(std::move(fallback)) { }

    T get() const
    {
        const QVariant value = QSettings().value(m_key);
        return value.isValid() && value.canConvert<T>() ? value.value<T>() : m_default;
    }
    void set(const T& value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    const QString& key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

/// The version of the stored preferences; raised when a key changes meaning.
inline constexpr int kSettingsVersion = 1;

/// Records the settings version; call once at start-up.
void stampSettingsVersion();

} // namespace paceplan::gui
