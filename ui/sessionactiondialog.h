// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/sessioncontrol.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace migdesk::ui {

// Confirms a cancel or terminate: names the pid, the user and the query; on production the
// button stays disabled until the database name is typed.
class SessionActionDialog : public QDialog
{
    Q_OBJECT
public:
    SessionActionDialog(const core::SessionControl::Request& request, QWidget* parent = nullptr);

    // The request as confirmed by the user (confirmed, typed database).
    core::SessionControl::Request request() const;

private:
    core::SessionControl::Request m_request;
    QLineEdit* m_typed = nullptr;
    QDialogButtonBox* m_buttons;
};

} // namespace migdesk::ui
