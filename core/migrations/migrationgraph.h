// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/migration.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QStringList>

#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace migdesk::core {

// The dependency graph of a project's migrations as Django's MigrationLoader builds it
// (django/db/migrations/loader.py, graph.py), and the plans Django derives from it:
// `__first__`/`__latest__` and swappable dependencies resolved, run_before edges, squashed
// migrations used or not by what is applied, and the order `migrate` applies them in.
//
// Where Django would refuse to run (a missing dependency, a cycle, an applied migration whose
// dependency is not applied), the graph records a SourceProblem and goes on: the offending edge
// is left out, so a plan still exists to show.
class MigrationGraph
{
    Q_DECLARE_TR_FUNCTIONS(MigrationGraph)
public:
    struct Environment
    {
        // Swappable settings ("AUTH_USER_MODEL" -> "accounts.User"); AUTH_USER_MODEL defaults
        // to Django's "auth.User".
        std::map<QString, QString> settings;
        // The project's app labels, with or without migrations. A dependency on an app not
        // among them (nor among the migrations' apps) is external: installed with Django or
        // a package, outside the project, and taken as satisfied.
        QStringList apps;
    };

    struct ExternalDependency
    {
        MigrationKey migration;
        MigrationKey dependency; // as resolved: ("auth", "__first__"), ("__setting__", "X")
    };

    // `applied` is what django_migrations records.
    MigrationGraph(std::vector<Migration> migrations, std::set<MigrationKey> applied,
                   Environment environment = {});

    const std::vector<SourceProblem>& problems() const { return m_problems; }
    const std::vector<ExternalDependency>& externalDependencies() const { return m_external; }

    // In the graph: a migration replaced by a squashed one in use is not.
    bool contains(const MigrationKey& key) const;
    // As Django counts it: a squashed migration is applied when everything it replaces is,
    // and not otherwise, whatever django_migrations says about it.
    bool isApplied(const MigrationKey& key) const;
    // Any migration given, in the graph or not; nullptr for an unknown key.
    const Migration* migration(const MigrationKey& key) const;

    std::vector<MigrationKey> parents(const MigrationKey& key) const;  // sorted
    std::vector<MigrationKey> children(const MigrationKey& key) const; // sorted
    // Nodes with no parent (roots) or no child (leaves) in their own app, sorted by (app, name)
    // in Python's order; `app` empty means every app.
    std::vector<MigrationKey> roots(const QString& app = {}) const;
    std::vector<MigrationKey> leaves(const QString& app = {}) const;

    // Django's forwards_plan(target): the target's ancestors depth first, then the target.
    std::vector<MigrationKey> forwardsPlan(const MigrationKey& target) const;
    // Every migration in the order a migrate from an empty database applies them (the order
    // of `showmigrations --plan`).
    std::vector<MigrationKey> fullPlan() const;
    // What `migrate` (all apps, no target) would apply now, in its order (`migrate --plan`).
    std::vector<MigrationKey> pendingPlan() const;
    // The migration its app goes back to when `key` is rolled back: its parent in the same
    // app (the latest one, for a merge), or (app, "zero") for the app's first migration.
    // nullopt when `key` is not in the graph.
    std::optional<MigrationKey> previous(const MigrationKey& key) const;

private:
    // Nodes are looked up by hash: ordered maps compare "app12"/"0050_step" strings a dozen
    // times per lookup, which was most of the graph's time on a 2,000-migration project.
    struct KeyHash
    {
        size_t operator()(const MigrationKey& key) const { return qHash(key); }
    };
    using KeySet = std::unordered_set<MigrationKey, KeyHash>;

    struct Node
    {
        std::set<MigrationKey> parents;
        std::set<MigrationKey> children;
        bool dummy = false;  // referenced by a dependency but not on disk
        MigrationKey origin; // dummies: the migration whose dependency made it
    };

    void addDependency(const MigrationKey& child, const MigrationKey& parent);
    std::optional<MigrationKey> resolveSwappable(const MigrationKey& origin,
                                                 const MigrationKey& dependency);
    std::optional<MigrationKey> checkKey(const MigrationKey& origin, const MigrationKey& key);
    void removeReplacedNodes(const MigrationKey& replacement,
                             const std::vector<MigrationKey>& replaced);
    void removeReplacementNode(const MigrationKey& replacement,
                               const std::vector<MigrationKey>& replaced);
    // forwardsPlan() that takes the nodes in `visited` as walked already, and adds those it walks.
    std::vector<MigrationKey> forwardsPlan(const MigrationKey& target, KeySet& visited) const;
    void reportMissingNodes();
    void breakCycles();
    void checkConsistentHistory();
    QString fileOf(const MigrationKey& key) const;

    std::vector<Migration> m_migrations;
    std::unordered_map<MigrationKey, size_t, KeyHash> m_index; // into m_migrations
    std::unordered_map<MigrationKey, Node, KeyHash> m_nodes;
    std::set<MigrationKey> m_recorded; // django_migrations as given
    std::set<MigrationKey> m_applied;  // as Django counts it after squash replacement
    std::set<QString> m_apps;
    Environment m_environment;
    std::vector<SourceProblem> m_problems;
    std::vector<ExternalDependency> m_external;
};

} // namespace migdesk::core
