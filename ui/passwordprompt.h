// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace migdesk::ui {

// Asks for a profile's password when the server wants one that neither the keychain nor
// ~/.pgpass supplied. The password goes to the keychain only when "remember" is ticked and a
// keychain service exists; otherwise it is kept in memory for this session.
class PasswordPrompt : public QDialog
{
    Q_OBJECT
public:
    PasswordPrompt(const QString& profile, const QString& where, const QString& reason,
                   bool keychainAvailable, QWidget* parent = nullptr);

    QString password() const;
    bool rememberInKeychain() const;

private:
    QLineEdit* m_password;
    QCheckBox* m_remember;
};

} // namespace migdesk::ui
