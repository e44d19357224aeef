// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a migration's SQL, through PostgreSQL's parser (libpg_query),
// the lock model and every lint rule.
#include "risk/sqllinter.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString sql =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    migdesk::core::SqlLinter::lint(sql);
    return 0;
}
