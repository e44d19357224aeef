// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/migrationgraph.h"

#include <QSet>

#include <algorithm>

namespace migdesk::core {

namespace {

const QLatin1String first("__first__");
const QLatin1String latest("__latest__");

// Python compares str by code point; UTF-16 order differs from that only where a surrogate
// meets U+E000..U+FFFF, so those two ranges swap places.
int codePointRank(char16_t unit)
{
    if (unit >= 0xE000)
        return unit - 0x800;
    if (unit >= 0xD800)
        return unit + 0x2000;
    return unit;
}

bool pythonLess(const QString& a, const QString& b)
{
    const qsizetype common = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        const char16_t x = a.at(i).unicode();
        const char16_t y = b.at(i).unicode();
        if (x != y)
            return codePointRank(x) < codePointRank(y);
    }
    return a.size() < b.size();
}

// Django sorts nodes as (app, name) tuples.
bool keyLess(const MigrationKey& a, const MigrationKey& b)
{
    if (a.first != b.first)
        return pythonLess(a.first, b.first);
    return pythonLess(a.second, b.second);
}

std::vector<MigrationKey> sortedKeys(const std::set<MigrationKey>& keys)
{
    std::vector<MigrationKey> sorted(keys.begin(), keys.end());
    std::sort(sorted.begin(), sorted.end(), keyLess);
    return sorted;
}

QString dotted(const MigrationKey& key)
{
    return key.first + QLatin1Char('.') + key.second;
}

} // namespace

MigrationGraph::MigrationGraph(std::vector<Migration> migrations, std::set<MigrationKey> applied,
                               Environment environment)
    : m_recorded(applied), m_applied(std::move(applied)), m_environment(std::move(environment))
{
    for (const QString& app : std::as_const(m_environment.apps))
        m_apps.insert(app);
    for (Migration& migration : migrations) {
        const MigrationKey key = migration.key();
        if (m_index.count(key)) {
            m_problems.push_back(
                {migration.file, 0,
                 tr("Migration %1 is defined twice (also in %2); only the first is read.")
                     .arg(dotted(key), m_migrations[m_index[key]].file)});
            continue;
        }
        m_apps.insert(key.first);
        m_index[key] = m_migrations.size();
        m_migrations.push_back(std::move(migration));
        m_nodes[key];
    }

    // As MigrationLoader.build_graph: dependencies within an app first, so that __first__ and
    // __latest__ of other apps see each app's own chain when they are resolved.
    std::vector<const Migration*> replacements;
    for (const Migration& migration : m_migrations) {
        if (!migration.replaces.empty())
            replacements.push_back(&migration);
        // A swappable dependency names its app's __first__, which this pass skips anyway.
        for (const MigrationKey& parent : migration.dependencies) {
            if (parent.first == migration.app && parent.second != first)
                addDependency(migration.key(), parent);
        }
    }
    for (const Migration& migration : m_migrations) {
        for (const MigrationKey& written : migration.dependencies) {
            auto parent = resolveSwappable(migration.key(), written);
            if (!parent || parent->first == migration.app)
                continue;
            parent = checkKey(migration.key(), *parent);
            if (parent)
                addDependency(migration.key(), *parent);
        }
        for (const MigrationKey& written : migration.runBefore) {
            const auto child = checkKey(migration.key(), written);
            if (child)
                addDependency(*child, migration.key());
        }
    }

    std::sort(replacements.begin(), replacements.end(),
              [](const Migration* a, const Migration* b) { return keyLess(a->key(), b->key()); });
    for (const Migration* migration : replacements) {
        // A squashed migration counts as applied only when all it replaces is, and can stand
        // in for them only when all or none of them are: half applied, the originals go on.
        bool all = true;
        bool none = true;
        for (const MigrationKey& target : migration->replaces) {
            const bool isApplied = m_applied.count(target) > 0;
            all = all && isApplied;
            none = none && !isApplied;
        }
        if (all)
            m_applied.insert(migration->key());
        else
            m_applied.erase(migration->key());
        if (all || none)
            removeReplacedNodes(migration->key(), migration->replaces);
        else
            removeReplacementNode(migration->key(), migration->replaces);
    }

    reportMissingNodes();
    breakCycles();
    checkConsistentHistory();
}

QString MigrationGraph::fileOf(const MigrationKey& key) const
{
    const Migration* found = migration(key);
    return found ? found->file : QString();
}

void MigrationGraph::addDependency(const MigrationKey& child, const MigrationKey& parent)
{
    // A key nothing defines becomes a dummy node, as in Django: a squashed migration may
    // still replace it, and whatever is left afterwards is reported.
    for (const auto& [key, origin] : {std::pair{child, parent}, std::pair{parent, child}}) {
        if (!m_nodes.count(key)) {
            m_nodes[key].dummy = true;
            m_nodes[key].origin = origin;
        }
    }
    m_nodes[child].parents.insert(parent);
    m_nodes[parent].children.insert(child);
}

std::optional<MigrationKey> MigrationGraph::resolveSwappable(const MigrationKey& origin,
                                                             const MigrationKey& dependency)
{
    if (dependency.first != QLatin1String("__setting__"))
        return dependency;
    QString model;
    const auto setting = m_environment.settings.find(dependency.second);
    if (setting != m_environment.settings.end())
        model = setting->second;
    else if (dependency.second == QLatin1String("AUTH_USER_MODEL"))
        model = QStringLiteral("auth.User");
    if (model.isEmpty()) {
        m_external.push_back({origin, dependency});
        return std::nullopt;
    }
    // django.db.migrations.swappable_dependency: the model's app, from its first migration.
    return MigrationKey{model.section(QLatin1Char('.'), 0, 0), first};
}

// MigrationLoader.check_key, with apps outside the project taken as satisfied.
std::optional<MigrationKey> MigrationGraph::checkKey(const MigrationKey& origin,
                                                     const MigrationKey& key)
{
    if (!m_apps.count(key.first)) {
        if (key.first != origin.first)
            m_external.push_back({origin, key});
        return std::nullopt;
    }
    if ((key.second != first && key.second != latest) || m_nodes.count(key))
        return key;
    if (key.first == origin.first)
        return std::nullopt; // __first__ of one's own app means nothing (Django #22325)
    const auto candidates = key.second == first ? roots(key.first) : leaves(key.first);
    if (candidates.empty())
        return std::nullopt; // an app without migrations
    return candidates.front();
}

void MigrationGraph::removeReplacedNodes(const MigrationKey& replacement,
                                         const std::vector<MigrationKey>& replaced)
{
    if (!m_nodes.count(replacement))
        return;
    const std::set<MigrationKey> replacedSet(replaced.begin(), replaced.end());
    for (const MigrationKey& key : replacedSet) {
        const auto found = m_nodes.find(key);
        if (found == m_nodes.end())
            continue;
        const Node node = found->second;
        m_nodes.erase(found);
        for (const MigrationKey& child : node.children) {
            if (!m_nodes.count(child))
                continue;
            m_nodes[child].parents.erase(key);
            // Edges between replaced nodes would make the replacement its own parent.
            if (!replacedSet.count(child)) {
                m_nodes[replacement].children.insert(child);
                m_nodes[child].parents.insert(replacement);
            }
        }
        for (const MigrationKey& parent : node.parents) {
            if (!m_nodes.count(parent))
                continue;
            m_nodes[parent].children.erase(key);
            if (!replacedSet.count(parent)) {
                m_nodes[replacement].parents.insert(parent);
                m_nodes[parent].children.insert(replacement);
            }
        }
    }
}

void MigrationGraph::removeReplacementNode(const MigrationKey& replacement,
                                           const std::vector<MigrationKey>& replaced)
{
    const auto found = m_nodes.find(replacement);
    if (found == m_nodes.end())
        return;
    const Node node = found->second;
    m_nodes.erase(found);
    // Children of the squashed migration now follow the latest of the originals: those that
    // are not a parent of another original.
    std::set<MigrationKey> lastReplaced;
    std::set<MigrationKey> replacedParents;
    for (const MigrationKey& key : replaced) {
        const auto original = m_nodes.find(key);
        if (original == m_nodes.end())
            continue;
        lastReplaced.insert(key);
        replacedParents.insert(original->second.parents.begin(), original->second.parents.end());
    }
    for (const MigrationKey& key : replacedParents)
        lastReplaced.erase(key);
    for (const MigrationKey& child : node.children) {
        if (!m_nodes.count(child))
            continue;
        m_nodes[child].parents.erase(replacement);
        for (const MigrationKey& original : lastReplaced) {
            m_nodes[original].children.insert(child);
            m_nodes[child].parents.insert(original);
        }
    }
    for (const MigrationKey& parent : node.parents) {
        if (m_nodes.count(parent))
            m_nodes[parent].children.erase(replacement);
    }
}

void MigrationGraph::reportMissingNodes()
{
    std::vector<MigrationKey> dummies;
    for (const auto& [key, node] : m_nodes) {
        if (node.dummy)
            dummies.push_back(key);
    }
    std::sort(dummies.begin(), dummies.end()); // problems in one order on every run
    for (const MigrationKey& missing : dummies) {
        const Node node = m_nodes[missing];
        // Django's hint (#23556): the missing migration was squashed, but the squash could
        // not be used because only part of what it replaces is applied.
        QString squash;
        for (const Migration& migration : m_migrations) {
            const auto& r = migration.replaces;
            if (std::find(r.begin(), r.end(), missing) != r.end() &&
                !m_nodes.count(migration.key()))
                squash = dotted(migration.key());
        }
        std::vector<MigrationKey> dependents = sortedKeys(node.children);
        if (dependents.empty() && node.parents.empty())
            dependents.push_back(node.origin); // its dependent was replaced; Django still refuses
        for (const MigrationKey& dependent : dependents) {
            const QString message =
                squash.isEmpty()
                    ? tr("Migration %1 depends on %2, which does not exist.")
                          .arg(dotted(dependent), dotted(missing))
                    : tr("Migration %1 depends on %2, which does not exist: Django cannot use "
                         "the squashed migration %3 instead because only some of the "
                         "migrations it replaces are applied.")
                          .arg(dotted(dependent), dotted(missing), squash);
            m_problems.push_back({fileOf(dependent), 0, message});
            if (m_nodes.count(dependent))
                m_nodes[dependent].parents.erase(missing);
        }
        for (const MigrationKey& earlier : sortedKeys(node.parents)) {
            m_problems.push_back({fileOf(earlier), 0,
                                  tr("Migration %1 is to run before %2, which does not exist.")
                                      .arg(dotted(earlier), dotted(missing))});
            m_nodes[earlier].children.erase(missing);
        }
        m_nodes.erase(missing);
    }
}

// Django's ensure_not_cyclic (Guido van Rossum's algorithm), visiting nodes in sorted order so
// that the cycle reported is the same on every run. Each cycle found loses the edge that
// closed it, and the search starts over.
void MigrationGraph::breakCycles()
{
    bool again = true;
    while (again) {
        again = false;
        std::vector<MigrationKey> order;
        for (const auto& entry : m_nodes)
            order.push_back(entry.first);
        std::sort(order.begin(), order.end(), keyLess);
        std::set<MigrationKey> todo(order.begin(), order.end());
        for (const MigrationKey& start : order) {
            if (!todo.count(start))
                continue;
            todo.erase(start);
            std::vector<MigrationKey> stack{start};
            QSet<MigrationKey> onStack{start}; // a chain of 1,000 migrations is 1,000 deep
            while (!stack.empty() && !again) {
                const MigrationKey top = stack.back();
                bool descended = false;
                for (const MigrationKey& child : sortedKeys(m_nodes[top].children)) {
                    if (onStack.contains(child)) {
                        QStringList cycle;
                        for (auto it = std::find(stack.begin(), stack.end(), child);
                             it != stack.end(); ++it)
                            cycle << dotted(*it);
                        m_problems.push_back(
                            {fileOf(child), 0,
                             tr("Migrations %1 depend on each other in a circle, so none of "
                                "them can be applied first.")
                                 .arg(cycle.join(QLatin1String(", ")))});
                        m_nodes[top].children.erase(child);
                        m_nodes[child].parents.erase(top);
                        again = true;
                        break;
                    }
                    if (todo.count(child)) {
                        todo.erase(child);
                        stack.push_back(child);
                        onStack.insert(child);
                        descended = true;
                        break;
                    }
                }
                if (!descended && !again) {
                    onStack.remove(stack.back());
                    stack.pop_back();
                }
            }
            if (again)
                break;
        }
    }
}

// MigrationLoader.check_consistent_history: `migrate` refuses to run when an applied
// migration has a dependency that is not applied.
void MigrationGraph::checkConsistentHistory()
{
    for (const MigrationKey& key : m_recorded) {
        if (!m_nodes.count(key))
            continue;
        for (const MigrationKey& parent : sortedKeys(m_nodes[key].parents)) {
            if (m_recorded.count(parent))
                continue;
            const Migration* squashed = migration(parent);
            if (squashed && !squashed->replaces.empty() &&
                std::all_of(squashed->replaces.begin(), squashed->replaces.end(),
                            [this](const MigrationKey& k) { return m_recorded.count(k) > 0; }))
                continue;
            m_problems.push_back({fileOf(key), 0,
                                  tr("Migration %1 is recorded as applied, but its dependency "
                                     "%2 is not; Django refuses to migrate this database.")
                                      .arg(dotted(key), dotted(parent))});
        }
    }
}

bool MigrationGraph::contains(const MigrationKey& key) const
{
    return m_nodes.count(key) > 0;
}

bool MigrationGraph::isApplied(const MigrationKey& key) const
{
    return m_applied.count(key) > 0;
}

const Migration* MigrationGraph::migration(const MigrationKey& key) const
{
    const auto found = m_index.find(key);
    return found == m_index.end() ? nullptr : &m_migrations[found->second];
}

std::vector<MigrationKey> MigrationGraph::parents(const MigrationKey& key) const
{
    const auto found = m_nodes.find(key);
    if (found == m_nodes.end())
        return {};
    return sortedKeys(found->second.parents);
}

std::vector<MigrationKey> MigrationGraph::children(const MigrationKey& key) const
{
    const auto found = m_nodes.find(key);
    if (found == m_nodes.end())
        return {};
    return sortedKeys(found->second.children);
}

std::vector<MigrationKey> MigrationGraph::roots(const QString& app) const
{
    std::vector<MigrationKey> result;
    for (const auto& [key, node] : m_nodes) {
        if (!app.isEmpty() && key.first != app)
            continue;
        if (std::none_of(node.parents.begin(), node.parents.end(),
                         [&](const MigrationKey& p) { return p.first == key.first; }))
            result.push_back(key);
    }
    std::sort(result.begin(), result.end(), keyLess);
    return result;
}

std::vector<MigrationKey> MigrationGraph::leaves(const QString& app) const
{
    std::vector<MigrationKey> result;
    for (const auto& [key, node] : m_nodes) {
        if (!app.isEmpty() && key.first != app)
            continue;
        if (std::none_of(node.children.begin(), node.children.end(),
                         [&](const MigrationKey& c) { return c.first == key.first; }))
            result.push_back(key);
    }
    std::sort(result.begin(), result.end(), keyLess);
    return result;
}

// Django's iterative_dfs, step for step: parents are pushed in sorted order, so the last of
// them is visited first; the plan order depends on exactly that.
std::vector<MigrationKey> MigrationGraph::forwardsPlan(const MigrationKey& target) const
{
    KeySet visited;
    return forwardsPlan(target, visited);
}

std::vector<MigrationKey> MigrationGraph::forwardsPlan(const MigrationKey& target,
                                                       KeySet& visitedSet) const
{
    std::vector<MigrationKey> visited;
    if (!m_nodes.count(target))
        return visited;
    std::vector<std::pair<MigrationKey, bool>> stack{{target, false}};
    while (!stack.empty()) {
        const auto [key, processed] = stack.back();
        stack.pop_back();
        if (visitedSet.count(key))
            continue;
        if (processed) {
            visitedSet.insert(key);
            visited.push_back(key);
            continue;
        }
        stack.emplace_back(key, true);
        for (const MigrationKey& parent : sortedKeys(m_nodes.at(key).parents))
            stack.emplace_back(parent, false);
    }
    return visited;
}

// Django walks every leaf's whole ancestry again; a node an earlier leaf's walk reached has had
// all its ancestors reached too, so it adds nothing new and the walk skips it. The plan's order
// is Django's: skipping whole walked subtrees leaves the order of the others as it was.
std::vector<MigrationKey> MigrationGraph::fullPlan() const
{
    std::vector<MigrationKey> plan;
    KeySet walked;
    for (const MigrationKey& leaf : leaves()) {
        for (MigrationKey& key : forwardsPlan(leaf, walked))
            plan.push_back(std::move(key));
    }
    return plan;
}

// MigrationExecutor.migration_plan(graph.leaf_nodes()).
std::vector<MigrationKey> MigrationGraph::pendingPlan() const
{
    std::vector<MigrationKey> plan;
    KeySet walked;
    for (const MigrationKey& leaf : leaves()) {
        if (m_applied.count(leaf) || walked.count(leaf))
            continue; // an applied target is migrated backwards to, which leaves a leaf alone
        for (MigrationKey& key : forwardsPlan(leaf, walked)) {
            if (!m_applied.count(key))
                plan.push_back(std::move(key));
        }
    }
    return plan;
}

std::optional<MigrationKey> MigrationGraph::previous(const MigrationKey& key) const
{
    const auto found = m_nodes.find(key);
    if (found == m_nodes.end())
        return std::nullopt;
    std::optional<MigrationKey> latestParent;
    for (const MigrationKey& parent : found->second.parents) {
        if (parent.first == key.first && (!latestParent || keyLess(*latestParent, parent)))
            latestParent = parent;
    }
    return latestParent ? *latestParent : MigrationKey{key.first, QStringLiteral("zero")};
}

} // namespace migdesk::core
