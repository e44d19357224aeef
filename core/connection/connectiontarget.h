// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionprofile.h"
#include "connection/conninfo.h"

#include <optional>

namespace migdesk::core {

// A verified way into one database, as the window hands it to each pane: the profile (name,
// environment), the libpq options and the password resolved for this session, if any. Held in
// memory only.
struct ConnectionTarget
{
    ConnectionProfile profile;
    ConnInfo info;
    std::optional<QString> password;
};

} // namespace migdesk::core
