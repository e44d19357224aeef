// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/logging.h"

Q_LOGGING_CATEGORY(lcConnection, "migdesk.core.connection")
Q_LOGGING_CATEGORY(lcCatalog, "migdesk.core.catalog")
Q_LOGGING_CATEGORY(lcCluster, "migdesk.core.cluster")
