// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a SQL-folder file name (V<version>__<description>.sql), and
// the version comparison between two of them.
#include "migrations/sqlfoldername.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString name =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto parsed = migdesk::core::SqlFolderName::parse(name);
    if (parsed) {
        migdesk::core::SqlFolderName::compareVersions(parsed->version, QStringLiteral("1.10"));
        migdesk::core::SqlFolderName::canonicalVersion(parsed->version);
    }
    return 0;
}
