// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionactiondialog.h"

#include "catalog/activityreport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace migdesk::ui {

SessionActionDialog::SessionActionDialog(const core::SessionControl::Request& request,
                                         QWidget* parent)
    : QDialog(parent), m_request(request), m_buttons(new QDialogButtonBox(this))
{
    const bool cancel = request.action == core::SessionControl::Action::CancelQuery;
    setWindowTitle(cancel ? tr("Cancel query") : tr("Terminate session"));
    auto* layout = new QVBoxLayout(this);
    auto* what = new QLabel(
        cancel ? tr("Cancel the running query of backend %1 (user %2)? The session stays "
                    "connected; its transaction is rolled back if the query was in one.")
                     .arg(request.pid)
                     .arg(request.targetUser)
               : tr("Terminate backend %1 (user %2)? Its connection is closed and any open "
                    "transaction is rolled back.")
                     .arg(request.pid)
                     .arg(request.targetUser),
        this);
    what->setWordWrap(true);
    layout->addWidget(what);
    auto* query = new QPlainTextEdit(request.targetQuery, this);
    query->setReadOnly(true);
    query->setMaximumHeight(120);
    layout->addWidget(query);

    auto* go = m_buttons->addButton(cancel ? tr("Cancel query") : tr("Terminate session"),
                                    QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirm"));
    // Not Qt's "Cancel": next to "Cancel query" that would read as the same thing.
    m_buttons->addButton(tr("Leave it running"), QDialogButtonBox::RejectRole)
        ->setObjectName(QStringLiteral("leave"));
    if (request.environment == core::Environment::Production) {
        // The session's own database decides: the profile's database follows the profile, any
        // other on the same cluster is treated as production (SessionControl::environmentOf).
        auto* ask =
            new QLabel(tr("The session is on <b>%1</b>, a production database or one "
                          "this profile does not describe. Type its name to confirm.")
                           .arg(core::SessionControl::confirmationText(request).toHtmlEscaped()),
                       this);
        ask->setWordWrap(true);
        ask->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_typed = new QLineEdit(this);
        m_typed->setObjectName(QStringLiteral("typedDatabase"));
        layout->addWidget(ask);
        layout->addWidget(m_typed);
        go->setEnabled(false);
        connect(m_typed, &QLineEdit::textChanged, this, [this, go](const QString& text) {
            go->setEnabled(text.trimmed() == core::SessionControl::confirmationText(m_request));
        });
    }
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

core::SessionControl::Request SessionActionDialog::request() const
{
    core::SessionControl::Request confirmed = m_request;
    confirmed.confirmed = result() == QDialog::Accepted;
    confirmed.typedDatabase = m_typed ? m_typed->text().trimmed() : QString();
    return confirmed;
}

} // namespace migdesk::ui
