// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordprompt.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace migdesk::ui {

PasswordPrompt::PasswordPrompt(const QString& profile, const QString& where, const QString& reason,
                               bool keychainAvailable, QWidget* parent)
    : QDialog(parent), m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("Remember in the system keychain"), this))
{
    setWindowTitle(tr("Password for %1").arg(profile));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    auto* explanation = new QLabel(reason, this);
    explanation->setWordWrap(true);
    m_remember->setChecked(keychainAvailable);
    m_remember->setEnabled(keychainAvailable);
    if (!keychainAvailable)
        m_remember->setToolTip(tr("No keychain service is running: the password is kept in "
                                  "memory until migdesk exits."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QFormLayout(this);
    layout->addRow(explanation);
    layout->addRow(tr("Server:"), new QLabel(where, this));
    layout->addRow(tr("Password:"), m_password);
    layout->addRow(m_remember);
    layout->addRow(buttons);
}

QString PasswordPrompt::password() const
{
    return m_password->text();
}

bool PasswordPrompt::rememberInKeychain() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

} // namespace migdesk::ui
