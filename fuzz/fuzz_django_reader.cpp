// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a Django migration module, through the tokenizer, the
// expression parser and the reader. Must never crash, hang or grow without bound.
#include "migrations/djangomigrationreader.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString source =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    migdesk::core::DjangoMigrationReader::parse(
        source, QStringLiteral("/fuzz/app/migrations/0002_x.py"), QStringLiteral("app"));
    return 0;
}
