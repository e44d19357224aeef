// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace migdesk::core {

// The name of a file in a Flyway-style SQL migration folder: "V1.1__add_invoice_index.sql" is
// versioned, "U1.1__add_invoice_index.sql" undoes that version. The version is digits separated
// by dots or underscores (V2_3 is version 2.3, as in Flyway); the description follows the first
// double underscore and must not be empty. Prefix and suffix are case-sensitive, as in Flyway.
struct SqlFolderName
{
    enum class Kind { Versioned, Undo };

    Kind kind = Kind::Versioned;
    QString version;     // dotted: "2_3" in the file name is "2.3" here
    QString description; // underscores shown as spaces: "add invoice index"
    QString baseName;    // the file name without ".sql", the migration's name

    // nullopt when the file name does not follow the pattern.
    static std::optional<SqlFolderName> parse(const QString& fileName);
    // Numeric, part by part, with missing parts counting as 0: 1 == 1.0, 1.01 == 1.1, 2 < 10
    // (Flyway's order). Parts are compared as digit strings, so timestamp versions longer than
    // any integer type still order correctly. Negative, zero or positive like strcmp.
    static int compareVersions(const QString& a, const QString& b);
    // The form two equal versions share: "01.1.0" -> "1.1". Used as a lookup key only; the
    // history table keeps the version as the file name wrote it.
    static QString canonicalVersion(const QString& version);
};

} // namespace migdesk::core
