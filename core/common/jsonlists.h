// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <vector>

namespace migdesk::core {

// A vector of records as a JSON array of objects and back, each record through its own
// function: the shape every stored and mirrored record list takes.
template <typename T, typename F> QJsonArray jsonArrayOf(const std::vector<T>& items, F toJson)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(toJson(item));
    return array;
}

template <typename T, typename F> std::vector<T> vectorFromJson(const QJsonValue& value, F fromJson)
{
    std::vector<T> items;
    const QJsonArray array = value.toArray();
    items.reserve(std::size_t(array.size()));
    for (const QJsonValue& item : array)
        items.push_back(fromJson(item.toObject()));
    return items;
}

} // namespace migdesk::core
