// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/dberror.h"

#include <utility>
#include <variant>

namespace migdesk::core {

// A value or the DbError that prevented it. Workers return these across threads, so T must be
// a copyable value type (no QObject, no handles).
template <class T> class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(DbError error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const { return std::get<T>(m_data); }
    T& value() { return std::get<T>(m_data); }
    const T& operator*() const { return value(); }
    const T* operator->() const { return &value(); }

    const DbError& error() const { return std::get<DbError>(m_data); }

private:
    std::variant<T, DbError> m_data;
};

} // namespace migdesk::core
