// SPDX-License-Identifier: GPL-3.0-or-later
// Table, activity and run statement item models, partition roll-up, lock tree and CSV report,
// no server needed.
#include "catalog/activitysnapshot.h"
#include "catalog/locktree.h"
#include "catalog/tableinventoryreport.h"
#include "catalog/tablestats.h"
#include "models/activityhistorymodel.h"
#include "models/blockingtreemodel.h"
#include "models/lockwaitmodel.h"
#include "models/runstatementsmodel.h"
#include "models/sessionactivitymodel.h"
#include "models/tablefiltermodel.h"
#include "models/tablesizemodel.h"
#include "models/toptablesmodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <algorithm>
#include <limits>
#include <optional>

using namespace migdesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(migdesk::core::ActivitySnapshot)

namespace {

using Kind = core::TableStats::Kind;
using Tester = QAbstractItemModelTester;

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;
constexpr qint64 GiB = 1024 * MiB;
constexpr qint64 TiB = 1024 * GiB;

// ---- tables -------------------------------------------------------------------------------

core::TableStats table(quint32 oid, const QString& schema, const QString& name, qint64 total,
                       quint32 parentOid = 0, Kind kind = Kind::Table)
{
    core::TableStats t;
    t.oid = oid;
    t.parentOid = parentOid;
    t.schema = schema;
    t.name = name;
    t.kind = parentOid != 0 && kind == Kind::Table ? Kind::Partition : kind;
    t.heapBytes = total / 2;
    t.indexBytes = total / 4;
    t.toastBytes = total - t.heapBytes - t.indexBytes;
    t.totalBytes = total;
    t.estimatedRows = total / 100;
    return t;
}

// Six top-level tables; public.events has two partitions, one of them partitioned in turn.
// public.orders and audit.log tie at 900 MB; public.events rolls up to 1232 MB ("1.2 GB").
core::TableInventory sampleInventory()
{
    core::TableInventory inventory;
    inventory.database = u"shop"_s;
    inventory.databaseBytes = 6 * GiB;
    inventory.sampledAtEpoch = 1'700'000'000;
    inventory.tables = {
        table(10, u"public"_s, u"orders"_s, 900 * MiB),
        table(11, u"public"_s, u"events"_s, 0, 0, Kind::PartitionedTable),
        table(12, u"public"_s, u"events_2023"_s, 512 * MiB, 11),
        table(13, u"public"_s, u"events_2024"_s, 0, 11, Kind::PartitionedTable),
        table(14, u"public"_s, u"events_2024_h1"_s, 400 * MiB, 13),
        table(15, u"public"_s, u"events_2024_h2"_s, 320 * MiB, 13),
        table(20, u"audit"_s, u"log"_s, 900 * MiB),
        table(30, u"public"_s, u"tiny"_s, 8 * KiB),
        table(31, u"public"_s, u"empty"_s, 0),
        table(40, u"archive"_s, u"old"_s, 2 * GiB),
    };
    core::rollUpPartitions(inventory.tables);
    return inventory;
}

const core::TableStats* byOid(const std::vector<core::TableStats>& tables, quint32 oid)
{
    for (const core::TableStats& t : tables)
        if (t.oid == oid)
            return &t;
    return nullptr;
}

// What rollUpPartitions sums, in one comparable list.
QList<qint64> sums(const core::TableStats& t)
{
    return {t.heapBytes, t.indexBytes, t.toastBytes, t.totalBytes, t.estimatedRows,
            t.inserts,   t.updates,    t.deletes,    t.deadTuples, t.locked ? 1 : 0};
}

core::TableStats leaf(quint32 oid, const QString& name, quint32 parentOid, QList<qint64> v)
{
    core::TableStats t;
    t.oid = oid;
    t.parentOid = parentOid;
    t.schema = u"public"_s;
    t.name = name;
    t.kind = parentOid != 0 ? Kind::Partition : Kind::Table;
    t.heapBytes = v[0];
    t.indexBytes = v[1];
    t.toastBytes = v[2];
    t.totalBytes = v[3];
    t.estimatedRows = v[4];
    t.inserts = v[5];
    t.updates = v[6];
    t.deletes = v[7];
    t.deadTuples = v[8];
    t.locked = v[9] != 0;
    return t;
}

QStringList visibleNames(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        names << index.data().toString() << visibleNames(model, index);
    }
    return names;
}

// A strict RFC 4180 reader: quotes only around a whole field, "" for a quote inside one.
std::optional<QList<QStringList>> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStart = true;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != u'"') {
                field += c;
            } else if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else {
                quoted = false;
            }
        } else if (c == u'"') {
            if (!fieldStart)
                return std::nullopt; // a bare quote inside an unquoted field
            quoted = wasQuoted = true;
            fieldStart = false;
        } else if (c == u',' || c == u'\n') {
            row << field;
            field.clear();
            fieldStart = true;
            wasQuoted = false;
            if (c == u'\n') {
                rows << row;
                row.clear();
            }
        } else {
            if (wasQuoted)
                return std::nullopt; // text after the closing quote
            field += c;
            fieldStart = false;
        }
    }
    if (quoted)
        return std::nullopt;
    if (!row.isEmpty() || !field.isEmpty())
        rows << (row << field);
    return rows;
}

// ---- sessions and locks --------------------------------------------------------------------

// Builds an ActivitySnapshot the way the activity reader fills it.
class Activity
{
public:
    Activity& session(int pid, const QString& state, std::optional<double> querySeconds = {})
    {
        core::SessionActivity& s = sessionOf(pid);
        s.state = state;
        s.querySeconds = querySeconds;
        return *this;
    }
    // pid holds a granted lock (and is idle in transaction unless it does something else).
    Activity& holds(int pid, const QString& target, const QString& mode)
    {
        sessionOf(pid);
        m_snapshot.locks.push_back({pid, u"relation"_s, target, mode, true, {}});
        ++m_snapshot.totalLocks;
        return *this;
    }
    // pid waits for a lock on target, blocked by the given sessions.
    Activity& waits(int pid, std::vector<int> blockedBy, const QString& target, const QString& mode,
                    std::optional<double> waitSeconds = {})
    {
        core::SessionActivity& s = sessionOf(pid);
        s.state = u"active"_s;
        s.waitEventType = u"Lock"_s;
        s.waitEvent = u"relation"_s;
        s.blockedBy = std::move(blockedBy);
        m_snapshot.locks.push_back({pid, u"relation"_s, target, mode, false, waitSeconds});
        ++m_snapshot.totalLocks;
        ++m_snapshot.ungrantedLocks;
        return *this;
    }
    Activity& sampledAt(double epoch)
    {
        m_snapshot.sampledAtEpoch = epoch;
        return *this;
    }
    operator core::ActivitySnapshot() const { return m_snapshot; }

private:
    core::SessionActivity& sessionOf(int pid)
    {
        for (core::SessionActivity& s : m_snapshot.sessions)
            if (s.pid == pid)
                return s;
        core::SessionActivity s;
        s.pid = pid;
        s.user = u"user%1"_s.arg(pid);
        s.database = u"shop"_s;
        s.state = u"idle in transaction"_s;
        s.transactionSeconds = 30.0;
        s.query = u"select %1"_s.arg(pid);
        m_snapshot.sessions.push_back(s);
        return m_snapshot.sessions.back();
    }

    core::ActivitySnapshot m_snapshot;
};

core::ActivitySnapshot sessionsWithPids(const QList<int>& pids, const QString& state)
{
    Activity activity;
    for (int pid : pids)
        activity.session(pid, state, 1.0);
    return activity;
}

// One line per node, indented by depth: the tree as a DBA reads it. Group totals are left out
// where they are not well defined (inside a deadlock cycle).
void render(const core::BlockingNode& n, int depth, bool groupTotals, QStringList& lines)
{
    QString line(depth * 2, u' ');
    if (n.kind == core::BlockingNode::Kind::Group) {
        line += u"%1 waiting for %2 on %3"_s.arg(n.waiting).arg(n.modeWanted, n.target);
        if (groupTotals)
            line += u", blocks %1"_s.arg(n.blockedInTotal);
    } else {
        line += u"pid %1"_s.arg(n.pid);
        if (!n.modeWanted.isEmpty())
            line += u" wants %1 on %2"_s.arg(n.modeWanted, n.target);
        if (!n.modeHeld.isEmpty())
            line += u" holds %1"_s.arg(n.modeHeld);
        line += u", blocks %1"_s.arg(n.blockedInTotal);
    }
    lines << line;
    for (const core::BlockingNode& child : n.children)
        render(child, depth + 1, groupTotals, lines);
}

QStringList render(const std::vector<core::BlockingNode>& tree, bool groupTotals)
{
    QStringList lines;
    for (const core::BlockingNode& root : tree)
        render(root, 0, groupTotals, lines);
    return lines;
}

// The sessions transitively blocked behind pid, pid itself excluded.
QSet<int> blockedBehind(const core::ActivitySnapshot& snapshot, int pid)
{
    QSet<int> found;
    QList<int> todo{pid};
    while (!todo.isEmpty()) {
        const int blocker = todo.takeFirst();
        for (const core::SessionActivity& s : snapshot.sessions) {
            const bool blocked =
                std::find(s.blockedBy.begin(), s.blockedBy.end(), blocker) != s.blockedBy.end();
            if (blocked && s.pid != pid && !found.contains(s.pid)) {
                found.insert(s.pid);
                todo << s.pid;
            }
        }
    }
    return found;
}

// Every blockedInTotal checked against the snapshot. A session's counts each session behind it
// once. A group's covers at least its own waiters and never more than its blocker's; outside a
// cycle it is exactly its waiters and everything behind them, each counted once.
void checkTotals(const core::ActivitySnapshot& snapshot, const core::BlockingNode& n, int blocker,
                 bool exactGroups, QStringList& problems)
{
    if (n.kind == core::BlockingNode::Kind::Session) {
        const int expected = int(blockedBehind(snapshot, n.pid).size());
        if (n.blockedInTotal != expected)
            problems << u"pid %1 blocks %2, expected %3"_s.arg(n.pid)
                            .arg(n.blockedInTotal)
                            .arg(expected);
        for (const core::BlockingNode& group : n.children) {
            checkTotals(snapshot, group, n.pid, exactGroups, problems);
            if (group.blockedInTotal > n.blockedInTotal)
                problems << u"group %1 on %2 under pid %3 blocks %4, more than its blocker's %5"_s
                                .arg(group.modeWanted, group.target)
                                .arg(n.pid)
                                .arg(group.blockedInTotal)
                                .arg(n.blockedInTotal);
        }
        return;
    }
    QSet<int> waiters;
    for (const core::SessionActivity& s : snapshot.sessions) {
        if (std::find(s.blockedBy.begin(), s.blockedBy.end(), blocker) == s.blockedBy.end())
            continue;
        for (const core::LockEntry& l : snapshot.locks) {
            if (l.pid == s.pid && !l.granted) {
                if (l.target == n.target && l.mode == n.modeWanted)
                    waiters.insert(s.pid);
                break;
            }
        }
    }
    const QString what = u"group %1 on %2 under pid %3"_s.arg(n.modeWanted, n.target).arg(blocker);
    if (n.waiting != int(waiters.size()))
        problems << u"%1 has %2 waiting, expected %3"_s.arg(what).arg(n.waiting).arg(
            waiters.size());
    if (n.blockedInTotal < n.waiting)
        problems << u"%1 blocks %2, fewer than its %3 waiting"_s.arg(what)
                        .arg(n.blockedInTotal)
                        .arg(n.waiting);
    if (exactGroups) {
        QSet<int> behind = waiters;
        for (int waiter : waiters)
            behind.unite(blockedBehind(snapshot, waiter));
        behind.remove(blocker);
        if (n.blockedInTotal != int(behind.size()))
            problems << u"%1 blocks %2, expected %3"_s.arg(what)
                            .arg(n.blockedInTotal)
                            .arg(behind.size());
    }
    for (const core::BlockingNode& session : n.children)
        checkTotals(snapshot, session, blocker, exactGroups, problems);
}

void collectPids(const std::vector<core::BlockingNode>& nodes, QSet<int>& pids)
{
    for (const core::BlockingNode& n : nodes) {
        if (n.kind == core::BlockingNode::Kind::Session)
            pids.insert(n.pid);
        collectPids(n.children, pids);
    }
}

// The model's rows, recursively, against the LockTree it was built from.
void compareTree(const models::BlockingTreeModel& model, const QModelIndex& parent,
                 const std::vector<core::BlockingNode>& nodes)
{
    using M = models::BlockingTreeModel;
    QCOMPARE(model.rowCount(parent), int(nodes.size()));
    for (int row = 0; row < int(nodes.size()); ++row) {
        const core::BlockingNode& n = nodes[std::size_t(row)];
        const bool group = n.kind == core::BlockingNode::Kind::Group;
        const QModelIndex index = model.index(row, M::Who, parent);
        QVERIFY(index.isValid());
        QCOMPARE(model.parent(index), parent);
        QCOMPARE(index.data(M::IsGroupRole).toBool(), group);
        QCOMPARE(index.data(M::PidRole).toInt(), group ? 0 : n.pid);
        QCOMPARE(model.index(row, M::Blocked, parent).data().toInt(), n.blockedInTotal);
        if (group)
            QCOMPARE(index.data().toString(), u"%1 waiting for %2"_s.arg(n.waiting).arg(n.target));
        else
            QVERIFY(index.data().toString().startsWith(u"pid %1"_s.arg(n.pid)));
        compareTree(model, index, n.children);
        if (QTest::currentTestFailed())
            return;
    }
}

// ---- run statements -----------------------------------------------------------------------

core::StatementTiming timed(const QString& sql, double seconds, int line = 0)
{
    core::StatementTiming t;
    t.sql = sql;
    t.seconds = seconds;
    t.line = line;
    return t;
}

core::RunMigrationRecord ranMigration(std::vector<core::StatementTiming> statements)
{
    core::RunMigrationRecord m;
    m.source = u"django"_s;
    m.app = u"accounts"_s;
    m.name = u"0005_backfill_plans"_s;
    m.outcome = u"applied"_s;
    m.startedAt = QDateTime(QDate(2026, 11, 24), QTime(23, 1), Qt::UTC);
    m.statements = std::move(statements);
    return m;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Human units and counts use the default locale: pin it so "1.2 GB" reads the same
        // everywhere.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // ---- core::rollUpPartitions ----------------------------------------------------------

    void rollUpPartitions_data()
    {
        QTest::addColumn<quint32>("lockedLeaf");
        QTest::addColumn<bool>("eventsLocked");
        QTest::addColumn<bool>("events2024Locked");
        QTest::addRow("nothing locked") << 0u << false << false;
        QTest::addRow("direct partition locked") << 101u << true << false;
        QTest::addRow("sub-partition locked") << 104u << true << true;
        QTest::addRow("plain table locked stays its own") << 200u << false << false;
    }

    void rollUpPartitions()
    {
        QFETCH(quint32, lockedLeaf);
        QFETCH(bool, eventsLocked);
        QFETCH(bool, events2024Locked);
        // Three levels, children listed before their parents, parents with stale values.
        const QList<qint64> stale{99, 99, 99, 99, 99, 99, 99, 99, 99, 0};
        std::vector<core::TableStats> tables{
            leaf(103, u"events_2024_h1"_s, 102, {1000, 200, 30, 1230, 5000, 7, 8, 9, 40, 0}),
            leaf(101, u"events_2023"_s, 100, {2000, 400, 60, 2460, -1, 1, 2, 3, 4, 0}),
            leaf(100, u"events"_s, 0, stale),
            leaf(200, u"users"_s, 0, {50, 10, 0, 60, 12, 5, 6, 7, 1, 0}),
            leaf(104, u"events_2024_h2"_s, 102, {3000, 600, 90, 3690, 7000, 10, 20, 30, 50, 0}),
            leaf(102, u"events_2024"_s, 100, stale),
            leaf(300, u"totals"_s, 0, {70, 0, 0, 70, 3, 0, 0, 0, 0, 0}),
        };
        tables[2].kind = tables[5].kind = Kind::PartitionedTable;
        tables[6].kind = Kind::MaterializedView;
        for (core::TableStats& t : tables)
            t.locked = t.oid == lockedLeaf;
        const auto before = tables;

        core::rollUpPartitions(tables);

        QCOMPARE(tables.size(), before.size());
        // The never-analyzed partition (-1 rows) adds nothing rather than subtracting one.
        const QList<qint64> events2024{4000, 800, 120, 4920, 12000,
                                       17,   28,  39,  90,   events2024Locked ? 1 : 0};
        const QList<qint64> events{6000, 1200, 180, 7380, 12000,
                                   18,   30,   42,  94,   eventsLocked ? 1 : 0};
        QCOMPARE(sums(*byOid(tables, 102)), events2024);
        QCOMPARE(sums(*byOid(tables, 100)), events);
        QCOMPARE(byOid(tables, 100)->activity(), 90);
        for (quint32 untouched : {101u, 103u, 104u, 200u, 300u})
            QCOMPARE(sums(*byOid(tables, untouched)), sums(*byOid(before, untouched)));
        for (std::size_t i = 0; i < tables.size(); ++i) {
            QCOMPARE(tables[i].oid, before[i].oid);
            QCOMPARE(tables[i].kind, before[i].kind);
        }
    }

    void rollUpPartitionsSurvivesBrokenCatalogs()
    {
        // Two partitioned tables each claiming to be the other's partition, and a
        // sub-partitioned table whose parent is not in the list: no hang, the orphan summed.
        std::vector<core::TableStats> tables{
            leaf(1, u"a"_s, 2, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0}),
            leaf(2, u"b"_s, 1, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0}),
            leaf(3, u"c"_s, 1, {5, 0, 0, 5, 1, 0, 0, 0, 0, 0}),
            leaf(10, u"orphan"_s, 999, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0}),
            leaf(11, u"orphan_p1"_s, 10, {10, 1, 0, 11, 2, 0, 0, 0, 0, 1}),
        };
        tables[0].kind = tables[1].kind = tables[3].kind = Kind::PartitionedTable;
        core::rollUpPartitions(tables);
        QCOMPARE(sums(*byOid(tables, 10)), (QList<qint64>{10, 1, 0, 11, 2, 0, 0, 0, 0, 1}));
        QCOMPARE(byOid(tables, 3)->totalBytes, 5);
    }

    // ---- TableSizeModel ------------------------------------------------------------------

    void tableSizeTree()
    {
        using M = models::TableSizeModel;
        M model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.indexOfOid(10).isValid());
        model.setInventory(sampleInventory());

        QCOMPARE(model.rowCount(), 6); // orders, events, audit.log, tiny, empty, archive.old
        QCOMPARE(model.columnCount(), int(M::ColumnCount));
        const QModelIndex events = model.indexOfOid(11);
        QVERIFY(events.isValid());
        QVERIFY(!model.parent(events).isValid());
        QCOMPARE(events.row(), 1);
        QCOMPARE(events.data().toString(), u"public.events"_s);
        QCOMPARE(model.rowCount(events), 2);
        const QModelIndex events2024 = model.indexOfOid(13);
        QCOMPARE(model.parent(events2024), events);
        QCOMPARE(model.rowCount(events2024), 2);
        const QModelIndex h2 = model.indexOfOid(15);
        QCOMPARE(model.parent(h2), events2024);
        QCOMPARE(model.parent(model.parent(h2)), events);
        QCOMPARE(model.rowCount(h2), 0);
        QCOMPARE(model.rowCount(model.indexOfOid(10)), 0);
        // Columns other than the first have no children.
        QCOMPARE(model.rowCount(model.indexOfOid(11, M::Total)), 0);

        // Every table: its index is found again from its row and parent, and carries its oid.
        for (const core::TableStats& t : model.inventory().tables) {
            const QModelIndex index = model.indexOfOid(t.oid, M::Heap);
            QVERIFY(index.isValid());
            QCOMPARE(index.column(), int(M::Heap));
            QCOMPARE(model.index(index.row(), M::Heap, model.parent(index)), index);
            QCOMPARE(index.data(M::OidRole).value<quint32>(), t.oid);
            QCOMPARE(index.data(M::SchemaRole).toString(), t.schema);
            QCOMPARE(model.stats(index)->qualifiedName(), t.qualifiedName());
        }
        QVERIFY(!model.indexOfOid(4242).isValid());
        QVERIFY(!model.index(6, 0).isValid());
        QVERIFY(!model.index(0, M::ColumnCount).isValid());

        QCOMPARE(model.schemas(), (QStringList{u"archive"_s, u"audit"_s, u"public"_s}));

        // Reset to nothing and back.
        model.setInventory({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.schemas().isEmpty());
        model.setInventory(sampleInventory());
        QCOMPARE(model.rowCount(), 6);
    }

    void tableSizeLargest_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("none") << 0 << QStringList{};
        QTest::addRow("negative") << -3 << QStringList{};
        QTest::addRow("top two, partitioned table by its sum")
            << 2 << QStringList{u"archive.old"_s, u"public.events"_s};
        QTest::addRow("tie at 900 MB broken by name")
            << 4
            << QStringList{u"archive.old"_s, u"public.events"_s, u"audit.log"_s,
                           u"public.orders"_s};
        QTest::addRow("more than there are, partitions excluded")
            << 100 << QStringList{u"archive.old"_s,   u"public.events"_s, u"audit.log"_s,
                                  u"public.orders"_s, u"public.tiny"_s,   u"public.empty"_s};
    }

    void tableSizeLargest()
    {
        QFETCH(int, n);
        QFETCH(QStringList, expected);
        models::TableSizeModel model;
        model.setInventory(sampleInventory());
        QStringList names;
        for (const core::TableStats* t : model.largest(n))
            names << t->qualifiedName();
        QCOMPARE(names, expected);
    }

    void tableSizeRoles_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<bool>("locked");
        QTest::addColumn<QString>("display");
        QTest::addRow("zero") << qint64(0) << false << u"0 bytes"_s;
        QTest::addRow("under a kilobyte") << qint64(1000) << false << u"1000 bytes"_s;
        QTest::addRow("one decimal below ten") << 8 * KiB << false << u"8.0 kB"_s;
        QTest::addRow("900 MB") << 900 * MiB << false << u"900 MB"_s;
        QTest::addRow("1.2 GB") << qint64(1.2 * double(GiB)) << false << u"1.2 GB"_s;
        QTest::addRow("3 TB") << 3 * TiB << false << u"3.0 TB"_s;
        QTest::addRow("locked shows an estimate") << 900 * MiB << true << u"≈ 900 MB"_s;
    }

    void tableSizeRoles()
    {
        using M = models::TableSizeModel;
        QFETCH(qint64, bytes);
        QFETCH(bool, locked);
        QFETCH(QString, display);
        core::TableInventory inventory;
        inventory.databaseBytes = 4 * bytes;
        inventory.tables = {table(1, u"public"_s, u"t"_s, bytes)};
        inventory.tables[0].locked = locked;
        M model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        model.setInventory(inventory);

        const QModelIndex total = model.index(0, M::Total);
        QCOMPARE(total.data().toString(), display);
        const QVariant sort = total.data(M::SortRole);
        QCOMPARE(sort.typeId(), int(QMetaType::LongLong)); // numeric, not text
        QCOMPARE(sort.toLongLong(), bytes);
        QCOMPARE(model.index(0, M::Heap).data(M::SortRole).toLongLong(), bytes / 2);
        QCOMPARE(model.index(0, M::Indexes).data(M::SortRole).toLongLong(), bytes / 4);
        QCOMPARE(model.index(0, M::Share).data(M::SortRole).toLongLong(), bytes);
        QCOMPARE(model.index(0, M::Name).data(M::LockedRole).toBool(), locked);
        if (locked)
            QCOMPARE(model.index(0, M::Indexes).data().toString(), u"locked"_s);
        if (bytes > 0)
            QCOMPARE(model.index(0, M::Share).data().toString(), u"25.0 %"_s);
    }

    void tableSizeSortsByBytesNotText()
    {
        using M = models::TableSizeModel;
        M model;
        model.setInventory(sampleInventory());
        const QModelIndex orders = model.indexOfOid(10, M::Total); // 900 MB
        const QModelIndex events = model.indexOfOid(11, M::Total); // 1.2 GB
        QCOMPARE(orders.data().toString(), u"900 MB"_s);
        QCOMPARE(events.data().toString(), u"1.2 GB"_s);
        // As text, "1.2 GB" < "900 MB"; the sort role has it the right way round.
        QVERIFY(events.data().toString() < orders.data().toString());
        QVERIFY(QVariant::compare(orders.data(M::SortRole), events.data(M::SortRole)) ==
                QPartialOrdering::Less);
    }

    // ---- TableFilterModel ----------------------------------------------------------------

    void tableFilter_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<QStringList>("expected");
        const QStringList all{
            u"public.orders"_s,      u"public.events"_s,         u"public.events_2023"_s,
            u"public.events_2024"_s, u"public.events_2024_h1"_s, u"public.events_2024_h2"_s,
            u"audit.log"_s,          u"public.tiny"_s,           u"public.empty"_s,
            u"archive.old"_s};
        QTest::addRow("no filter") << QString() << QString() << all;
        QTest::addRow("schema only") << u"audit"_s << QString() << QStringList{u"audit.log"_s};
        QTest::addRow("schema without tables") << u"nosuch"_s << QString() << QStringList{};
        QTest::addRow("name fragment, case-insensitive")
            << QString() << u"ORD"_s << QStringList{u"public.orders"_s};
        QTest::addRow("sub-partition keeps both ancestors")
            << QString() << u"2024_h2"_s
            << QStringList{u"public.events"_s, u"public.events_2024"_s, u"public.events_2024_h2"_s};
        QTest::addRow("partition and its own partitions")
            << QString() << u"events_2024"_s
            << QStringList{u"public.events"_s, u"public.events_2024"_s, u"public.events_2024_h1"_s,
                           u"public.events_2024_h2"_s};
        QTest::addRow("schema and name together")
            << u"public"_s << u"events_2023"_s
            << QStringList{u"public.events"_s, u"public.events_2023"_s};
        QTest::addRow("name matches, schema does not")
            << u"audit"_s << u"orders"_s << QStringList{};
        QTest::addRow("no match") << QString() << u"zzz"_s << QStringList{};
    }

    void tableFilter()
    {
        QFETCH(QString, schema);
        QFETCH(QString, fragment);
        QFETCH(QStringList, expected);
        models::TableSizeModel source;
        models::TableFilterModel proxy;
        proxy.setSourceModel(&source);
        Tester sourceTester(&source, Tester::FailureReportingMode::Fatal);
        Tester proxyTester(&proxy, Tester::FailureReportingMode::Fatal);
        source.setInventory(sampleInventory());

        proxy.setSchema(schema);
        QCOMPARE(proxy.schema(), schema);
        proxy.setFilterFixedString(fragment);
        QCOMPARE(visibleNames(proxy), expected);
        // The filter holds across a refresh of the source.
        source.setInventory(sampleInventory());
        QCOMPARE(visibleNames(proxy), expected);
        // And lifting it shows everything again.
        proxy.setSchema(QString());
        proxy.setFilterFixedString(QString());
        QCOMPARE(visibleNames(proxy).size(), 10);
    }

    void tableFilterSortsByBytes_data()
    {
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("firstPartition");
        QTest::addRow("ascending") << Qt::AscendingOrder << u"public.empty"_s << u"archive.old"_s
                                   << u"public.events_2023"_s;
        QTest::addRow("descending") << Qt::DescendingOrder << u"archive.old"_s << u"public.empty"_s
                                    << u"public.events_2024"_s;
    }

    void tableFilterSortsByBytes()
    {
        using M = models::TableSizeModel;
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, firstPartition);
        M source;
        models::TableFilterModel proxy;
        proxy.setSourceModel(&source);
        Tester tester(&proxy, Tester::FailureReportingMode::Fatal);
        source.setInventory(sampleInventory());
        proxy.sort(M::Total, order);

        QStringList names;
        qint64 previous = order == Qt::AscendingOrder ? -1 : std::numeric_limits<qint64>::max();
        for (int row = 0; row < proxy.rowCount(); ++row) {
            names << proxy.index(row, M::Name).data().toString();
            const qint64 bytes = proxy.index(row, M::Total).data(M::SortRole).toLongLong();
            QVERIFY2(order == Qt::AscendingOrder ? bytes >= previous : bytes <= previous,
                     qPrintable(names.last()));
            previous = bytes;
        }
        QCOMPARE(names.size(), 6);
        QCOMPARE(names.first(), first);
        QCOMPARE(names.last(), last);
        // 900 MB sorts below 1.2 GB, which a text sort of "900 MB" and "1.2 GB" would invert.
        const bool ordersFirst =
            names.indexOf(u"public.orders"_s) < names.indexOf(u"public.events"_s);
        QCOMPARE(ordersFirst, order == Qt::AscendingOrder);
        // Partitions are sorted among themselves under their parent.
        const QModelIndex events = proxy.index(names.indexOf(u"public.events"_s), 0);
        QCOMPARE(proxy.rowCount(events), 2);
        QCOMPARE(proxy.index(0, M::Name, events).data().toString(), firstPartition);
    }

    // ---- TopTablesModel ------------------------------------------------------------------

    void topTablesUnit_data()
    {
        QTest::addColumn<qint64>("heap");
        QTest::addColumn<qint64>("indexes");
        QTest::addColumn<qint64>("toast");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("unitBytes");
        QTest::addRow("3 GB in GB") << 2 * GiB << 768 * MiB << 256 * MiB << u"GB"_s << double(GiB);
        QTest::addRow("900 MB in MB")
            << 600 * MiB << 200 * MiB << 100 * MiB << u"MB"_s << double(MiB);
        QTest::addRow("exactly 1 GB in GB")
            << GiB << qint64(0) << qint64(0) << u"GB"_s << double(GiB);
        QTest::addRow("a byte under 1 GB in MB")
            << GiB - 1 << qint64(0) << qint64(0) << u"MB"_s << double(MiB);
        QTest::addRow("2 TB in TB") << 2 * TiB << qint64(0) << qint64(0) << u"TB"_s << double(TiB);
        QTest::addRow("beyond TB stays in TB")
            << 3000 * TiB << qint64(0) << qint64(0) << u"TB"_s << double(TiB);
        QTest::addRow("500 bytes in kB, the smallest unit")
            << qint64(300) << qint64(200) << qint64(0) << u"kB"_s << double(KiB);
    }

    void topTablesUnit()
    {
        using Top = models::TopTablesModel;
        QFETCH(qint64, heap);
        QFETCH(qint64, indexes);
        QFETCH(qint64, toast);
        QFETCH(QString, unit);
        QFETCH(double, unitBytes);
        core::TableInventory inventory;
        inventory.tables = {table(7, u"public"_s, u"big"_s, 0),
                            table(8, u"public"_s, u"small"_s, 100)};
        core::TableStats& big = inventory.tables[0];
        big.heapBytes = heap;
        big.indexBytes = indexes;
        big.toastBytes = toast;
        big.totalBytes = heap + indexes + toast;
        models::TableSizeModel source;
        Top top(&source);
        Tester tester(&top, Tester::FailureReportingMode::Fatal);
        source.setInventory(inventory);

        QCOMPARE(top.unitName(), unit);
        QCOMPARE(top.unitBytes(), unitBytes);
        QCOMPARE(top.rowCount(), 2);
        QCOMPARE(top.oidAt(0), 7u);
        const double largest = top.index(0, Top::Heap).data().toDouble() +
                               top.index(0, Top::Indexes).data().toDouble() +
                               top.index(0, Top::Toast).data().toDouble();
        if (unit != u"kB"_s) // kB is the floor: nothing smaller to fall back to
            QVERIFY2(largest >= 1.0, qPrintable(QString::number(largest)));
        if (unit != u"TB"_s) // TB is the ceiling
            QVERIFY2(largest < 1024.0, qPrintable(QString::number(largest)));
        QCOMPARE(top.index(0, Top::Heap).data().toDouble(), double(heap) / unitBytes);
        QCOMPARE(top.index(0, Top::Indexes).data(Top::BytesRole).toLongLong(), indexes);
        QCOMPARE(top.index(0, Top::Toast).data(Top::BytesRole).toLongLong(), toast);
    }

    // The pane's second step: exact sizes replace the estimates in place. The sort proxy, the
    // top-N model and the partition sums follow; the rows stay.
    void exactSizesReplaceEstimates()
    {
        using Model = models::TableSizeModel;
        core::TableInventory estimated = sampleInventory();
        for (core::TableStats& t : estimated.tables)
            t.sizesEstimated = true;
        core::rollUpPartitions(estimated.tables);
        estimated.databaseBytesEstimated = true;
        QCOMPARE(core::tablesToMeasure(estimated),
                 (std::vector<quint32>{40, 10, 20, 12, 14, 15, 30, 31})); // largest first

        Model model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        models::TableFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(Model::Total, Qt::DescendingOrder);
        models::TopTablesModel top(&model);
        model.setInventory(estimated);
        const QModelIndex tiny = model.indexOfOid(30, Model::Total);
        QVERIFY(tiny.data(Model::EstimatedRole).toBool());
        QCOMPARE(tiny.data().toString(), u"≈ 8.0 kB"_s);
        QCOMPARE(proxy.index(0, Model::Name).data().toString(), u"archive.old"_s);

        // public.tiny turns out to be the largest; one partition of events is measured too.
        core::MeasuredSizes sizes;
        sizes.tables = {{30, 3 * GiB, GiB, 0, false}, {14, 100 * MiB, 0, 0, false}};
        sizes.databaseBytes = 7 * GiB;
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.applySizes(sizes);
        QCOMPARE(resets.size(), 0); // rows, selection and expansion stay
        QCOMPARE(model.indexOfOid(30, Model::Total), tiny);
        QVERIFY(!tiny.data(Model::EstimatedRole).toBool());
        QCOMPARE(tiny.data().toString(), u"4.0 GB"_s);
        QCOMPARE(proxy.index(0, Model::Name).data().toString(), u"public.tiny"_s);
        QCOMPARE(top.oidAt(0), 30u);
        const core::TableStats* events = byOid(model.inventory().tables, 11);
        QCOMPARE(events->totalBytes, (512 + 100 + 320) * MiB); // summed again
        QVERIFY(events->sizesEstimated);                       // two partitions still wait
        QVERIFY(!model.inventory().databaseBytesEstimated);
        QVERIFY(model.inventory().sizesEstimated());
    }

    void topTablesFollowsSource()
    {
        using Top = models::TopTablesModel;
        models::TableSizeModel source;
        Tester sourceTester(&source, Tester::FailureReportingMode::Fatal);
        Top top(&source);
        Tester tester(&top, Tester::FailureReportingMode::Fatal);
        QCOMPARE(top.rowCount(), 0);
        QCOMPARE(top.count(), 10);

        QSignalSpy resets(&top, &QAbstractItemModel::modelReset);
        source.setInventory(sampleInventory());
        QCOMPARE(resets.size(), 1);
        QCOMPARE(top.rowCount(), 6); // the top-level tables only, partitions excluded
        QCOMPARE(top.columnCount(), int(Top::ColumnCount));
        QCOMPARE(top.unitName(), u"GB"_s); // archive.old, 2 GB
        QCOMPARE(top.index(0, Top::Heap).data().toDouble(), 1.0);
        QCOMPARE(top.index(0, Top::Indexes).data().toDouble(), 0.5);

        top.setCount(3);
        QCOMPARE(resets.size(), 2);
        QCOMPARE(top.count(), 3);
        QCOMPARE(top.rowCount(), 3);
        QStringList header;
        for (int row = 0; row < top.rowCount(); ++row)
            header << top.headerData(row, Qt::Vertical, Qt::DisplayRole).toString();
        QCOMPARE(header, (QStringList{u"archive.old"_s, u"public.events"_s, u"audit.log"_s}));
        QCOMPARE(top.oidAt(0), 40u);
        QCOMPARE(top.oidAt(1), 11u);
        QCOMPARE(top.oidAt(2), 20u);
        QCOMPARE(top.oidAt(3), 0u);
        QCOMPARE(top.oidAt(-1), 0u);
        QCOMPARE(top.index(1, Top::Heap).data(Top::OidRole).value<quint32>(), 11u);
        QVERIFY(!top.headerData(3, Qt::Vertical, Qt::DisplayRole).isValid());
        QCOMPARE(top.headerData(Top::Toast, Qt::Horizontal, Qt::DisplayRole).toString(),
                 u"TOAST"_s);

        top.setCount(3); // unchanged: no reset
        QCOMPARE(resets.size(), 2);

        // A smaller database: the unit follows the new largest table.
        core::TableInventory small;
        small.tables = {table(1, u"public"_s, u"a"_s, 300 * MiB),
                        table(2, u"public"_s, u"b"_s, 700 * MiB)};
        source.setInventory(small);
        QCOMPARE(resets.size(), 3);
        QCOMPARE(top.rowCount(), 2);
        QCOMPARE(top.unitName(), u"MB"_s);
        QCOMPARE(top.oidAt(0), 2u);
        QCOMPARE(top.headerData(1, Qt::Vertical, Qt::DisplayRole).toString(), u"public.a"_s);

        source.setInventory({});
        QCOMPARE(top.rowCount(), 0);
        QCOMPARE(top.oidAt(0), 0u);
    }

    // ---- core::LockTree ------------------------------------------------------------------

    void lockTree_data()
    {
        QTest::addColumn<core::ActivitySnapshot>("snapshot");
        QTest::addColumn<bool>("cyclic");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QList<int>>("blockers");
        const QString ael = u"AccessExclusiveLock"_s;
        const QString share = u"AccessShareLock"_s;
        const QString rowEx = u"RowExclusiveLock"_s;

        QTest::addRow("nobody waits")
            << core::ActivitySnapshot(
                   Activity().session(1, u"active"_s, 3.0).holds(2, u"public.t"_s, share))
            << false << QStringList{} << QList<int>{};

        QTest::addRow("one blocker, three waiters on the same lock")
            << core::ActivitySnapshot(Activity()
                                          .holds(10, u"public.accounts"_s, ael)
                                          .waits(13, {10}, u"public.accounts"_s, share)
                                          .waits(11, {10}, u"public.accounts"_s, share)
                                          .waits(12, {10}, u"public.accounts"_s, share))
            << false
            << QStringList{u"pid 10 holds AccessExclusiveLock, blocks 3"_s,
                           u"  3 waiting for AccessShareLock on public.accounts, blocks 3"_s,
                           u"    pid 11 wants AccessShareLock on public.accounts, blocks 0"_s,
                           u"    pid 12 wants AccessShareLock on public.accounts, blocks 0"_s,
                           u"    pid 13 wants AccessShareLock on public.accounts, blocks 0"_s}
            << QList<int>{10};

        QTest::addRow("one blocker, waiters wanting two modes")
            << core::ActivitySnapshot(Activity()
                                          .holds(10, u"public.accounts"_s, ael)
                                          .waits(11, {10}, u"public.accounts"_s, rowEx)
                                          .waits(12, {10}, u"public.accounts"_s, share)
                                          .waits(13, {10}, u"public.accounts"_s, share))
            << false
            << QStringList{u"pid 10 holds AccessExclusiveLock, blocks 3"_s,
                           u"  2 waiting for AccessShareLock on public.accounts, blocks 2"_s,
                           u"    pid 12 wants AccessShareLock on public.accounts, blocks 0"_s,
                           u"    pid 13 wants AccessShareLock on public.accounts, blocks 0"_s,
                           u"  1 waiting for RowExclusiveLock on public.accounts, blocks 1"_s,
                           u"    pid 11 wants RowExclusiveLock on public.accounts, blocks 0"_s}
            << QList<int>{10};

        QTest::addRow("chain A blocks B blocks C")
            << core::ActivitySnapshot(Activity()
                                          .holds(10, u"public.a"_s, ael)
                                          .holds(20, u"transaction 555"_s, u"ExclusiveLock"_s)
                                          .waits(20, {10}, u"public.a"_s, share)
                                          .waits(30, {20}, u"transaction 555"_s, u"ShareLock"_s))
            << false
            << QStringList{u"pid 10 holds AccessExclusiveLock, blocks 2"_s,
                           u"  1 waiting for AccessShareLock on public.a, blocks 2"_s,
                           u"    pid 20 wants AccessShareLock on public.a holds ExclusiveLock, "
                           u"blocks 1"_s,
                           u"      1 waiting for ShareLock on transaction 555, blocks 1"_s,
                           u"        pid 30 wants ShareLock on transaction 555, blocks 0"_s}
            << QList<int>{10, 20};

        QTest::addRow("two independent roots, most blocked first")
            << core::ActivitySnapshot(Activity()
                                          .holds(10, u"public.a"_s, ael)
                                          .waits(11, {10}, u"public.a"_s, share)
                                          .holds(50, u"public.b"_s, ael)
                                          .waits(51, {50}, u"public.b"_s, rowEx)
                                          .waits(52, {50}, u"public.b"_s, rowEx))
            << false
            << QStringList{u"pid 50 holds AccessExclusiveLock, blocks 2"_s,
                           u"  2 waiting for RowExclusiveLock on public.b, blocks 2"_s,
                           u"    pid 51 wants RowExclusiveLock on public.b, blocks 0"_s,
                           u"    pid 52 wants RowExclusiveLock on public.b, blocks 0"_s,
                           u"pid 10 holds AccessExclusiveLock, blocks 1"_s,
                           u"  1 waiting for AccessShareLock on public.a, blocks 1"_s,
                           u"    pid 11 wants AccessShareLock on public.a, blocks 0"_s}
            << QList<int>{10, 50};

        // A and B wait for each other (until deadlock_timeout), C waits behind A.
        QTest::addRow("deadlock A <-> B")
            << core::ActivitySnapshot(Activity()
                                          .holds(100, u"public.a"_s, ael)
                                          .holds(200, u"public.b"_s, ael)
                                          .waits(100, {200}, u"public.b"_s, ael)
                                          .waits(200, {100}, u"public.a"_s, ael)
                                          .waits(300, {100}, u"public.a"_s, share))
            << true
            << QStringList{u"pid 100 wants AccessExclusiveLock on public.b holds "
                           u"AccessExclusiveLock, "
                           u"blocks 2"_s,
                           u"  1 waiting for AccessExclusiveLock on public.a"_s,
                           u"    pid 200 wants AccessExclusiveLock on public.a "
                           u"holds AccessExclusiveLock, blocks 2"_s,
                           u"      1 waiting for AccessExclusiveLock on public.b"_s,
                           u"  1 waiting for AccessShareLock on public.a"_s,
                           u"    pid 300 wants AccessShareLock on public.a, blocks 0"_s}
            << QList<int>{100, 200};

        // The mode held on what the waiters want, not on something else the blocker holds.
        QTest::addRow("mode held on the waiters' target")
            << core::ActivitySnapshot(Activity()
                                          .holds(10, u"public.audit"_s, rowEx)
                                          .holds(10, u"public.orders"_s, u"ShareRowExclusiveLock"_s)
                                          .holds(10, u"public.zzz"_s, ael)
                                          .waits(11, {10}, u"public.orders"_s, rowEx))
            << false
            << QStringList{u"pid 10 holds ShareRowExclusiveLock, blocks 1"_s,
                           u"  1 waiting for RowExclusiveLock on public.orders, blocks 1"_s,
                           u"    pid 11 wants RowExclusiveLock on public.orders, blocks 0"_s}
            << QList<int>{10};

        // B and C both wait behind A and both hold what D wants: D is blocked by both. Each
        // blocked session is counted once, so three sessions wait behind A's group, not four.
        QTest::addRow("diamond: D blocked by B and C, both behind A")
            << core::ActivitySnapshot(Activity()
                                          .holds(10, u"public.t1"_s, ael)
                                          .holds(20, u"public.t2"_s, rowEx)
                                          .holds(30, u"public.t2"_s, rowEx)
                                          .waits(20, {10}, u"public.t1"_s, rowEx)
                                          .waits(30, {10}, u"public.t1"_s, rowEx)
                                          .waits(40, {30, 20}, u"public.t2"_s, ael))
            << false
            << QStringList{u"pid 10 holds AccessExclusiveLock, blocks 3"_s,
                           u"  2 waiting for RowExclusiveLock on public.t1, blocks 3"_s,
                           u"    pid 20 wants RowExclusiveLock on public.t1 holds "
                           u"RowExclusiveLock, "
                           u"blocks 1"_s,
                           u"      1 waiting for AccessExclusiveLock on public.t2, blocks 1"_s,
                           u"        pid 40 wants AccessExclusiveLock on public.t2, blocks 0"_s,
                           u"    pid 30 wants RowExclusiveLock on public.t1 holds "
                           u"RowExclusiveLock, "
                           u"blocks 1"_s,
                           u"      1 waiting for AccessExclusiveLock on public.t2, blocks 1"_s,
                           u"        pid 40 wants AccessExclusiveLock on public.t2, blocks 0"_s}
            << QList<int>{10, 20, 30};
    }

    void lockTree()
    {
        QFETCH(core::ActivitySnapshot, snapshot);
        QFETCH(bool, cyclic);
        QFETCH(QStringList, expected);
        QFETCH(QList<int>, blockers);

        const std::vector<int> found = core::LockTree::blockers(snapshot);
        QCOMPARE(QList<int>(found.begin(), found.end()), blockers);

        const std::vector<core::BlockingNode> tree = core::LockTree::build(snapshot);
        QCOMPARE(render(tree, !cyclic), expected);

        // Every session that blocks or waits is in the tree; roots wait for nobody (outside a
        // cycle) and come most blocked first.
        QSet<int> involved(blockers.begin(), blockers.end());
        for (const core::SessionActivity& s : snapshot.sessions)
            if (!s.blockedBy.empty())
                involved.insert(s.pid);
        QSet<int> inTree;
        collectPids(tree, inTree);
        QCOMPARE(inTree, involved);
        for (std::size_t i = 0; i < tree.size(); ++i) {
            QCOMPARE(tree[i].kind, core::BlockingNode::Kind::Session);
            if (i > 0)
                QVERIFY(tree[i - 1].blockedInTotal >= tree[i].blockedInTotal);
            if (!cyclic)
                QVERIFY(snapshot.session(tree[i].pid)->blockedBy.empty());
        }

        QStringList problems;
        for (const core::BlockingNode& root : tree)
            checkTotals(snapshot, root, 0, !cyclic, problems);
        QCOMPARE(problems.join(u"; "_s), QString());
    }

    // ---- SessionActivityModel ------------------------------------------------------------

    void sessionAttention_data()
    {
        using A = models::SessionActivityModel::Attention;
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("waitEventType");
        QTest::addColumn<double>("querySeconds"); // negative: no query start
        QTest::addColumn<int>("attention");
        const QString active = u"active"_s;
        const QString lock = u"Lock"_s;
        QTest::addRow("active, short") << active << QString() << 5.0 << int(A::None);
        QTest::addRow("active, over the threshold")
            << active << QString() << 61.0 << int(A::LongRunning);
        QTest::addRow("active, exactly the threshold")
            << active << QString() << 60.0 << int(A::None);
        QTest::addRow("active, no query start") << active << QString() << -1.0 << int(A::None);
        QTest::addRow("idle in transaction")
            << u"idle in transaction"_s << QString() << 1.0 << int(A::IdleInTransaction);
        QTest::addRow("idle in transaction (aborted)")
            << u"idle in transaction (aborted)"_s << QString() << 1.0 << int(A::IdleInTransaction);
        QTest::addRow("idle in transaction beats a long last query")
            << u"idle in transaction"_s << QString() << 900.0 << int(A::IdleInTransaction);
        QTest::addRow("lock wait beats long running")
            << active << lock << 900.0 << int(A::WaitingOnLock);
        QTest::addRow("lock wait beats idle in transaction")
            << u"idle in transaction"_s << lock << 1.0 << int(A::WaitingOnLock);
        QTest::addRow("lightweight lock is no lock wait")
            << active << u"LWLock"_s << 5.0 << int(A::None);
        QTest::addRow("idle, long ago") << u"idle"_s << QString() << 900.0 << int(A::None);
    }

    void sessionAttention()
    {
        using M = models::SessionActivityModel;
        QFETCH(QString, state);
        QFETCH(QString, waitEventType);
        QFETCH(double, querySeconds);
        QFETCH(int, attention);
        core::SessionActivity s;
        s.pid = 42;
        s.state = state;
        s.waitEventType = waitEventType;
        if (querySeconds >= 0)
            s.querySeconds = querySeconds;
        core::ActivitySnapshot snapshot;
        snapshot.sessions = {s};
        M model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QCOMPARE(model.longThresholdSeconds(), 60.0);
        model.setSnapshot(snapshot);

        QCOMPARE(int(model.attention(s)), attention);
        const QModelIndex index = model.index(0, M::State);
        QCOMPARE(index.data(M::AttentionRole).toInt(), attention);
        const QColor colour = models::attentionColor(M::Attention(attention));
        QCOMPARE(colour.isValid(), attention != int(M::Attention::None));
        if (colour.isValid())
            QCOMPARE(index.data(Qt::BackgroundRole).value<QBrush>().color(), colour);
        else
            QVERIFY(!index.data(Qt::BackgroundRole).isValid());
    }

    void sessionThresholdChange()
    {
        using M = models::SessionActivityModel;
        using A = M::Attention;
        M model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        model.setSnapshot(Activity().session(7, u"active"_s, 90.0).session(8, u"idle"_s));
        const QModelIndex index = model.index(0, M::Query);
        QCOMPARE(A(index.data(M::AttentionRole).toInt()), A::LongRunning);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLongThresholdSeconds(120.0);
        QCOMPARE(model.longThresholdSeconds(), 120.0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(changed.first().at(1).toModelIndex(), model.index(1, M::ColumnCount - 1));
        QCOMPARE(A(index.data(M::AttentionRole).toInt()), A::None);

        model.setLongThresholdSeconds(30.0);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(A(index.data(M::AttentionRole).toInt()), A::LongRunning);
    }

    void sessionRowOfPidAndBlockers()
    {
        using M = models::SessionActivityModel;
        M model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowOfPid(30), -1);
        QVERIFY(!model.session(0));
        model.setSnapshot(Activity()
                              .holds(30, u"public.t"_s, u"AccessExclusiveLock"_s)
                              .waits(10, {30}, u"public.t"_s, u"AccessShareLock"_s)
                              .session(20, u"idle"_s));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOfPid(30), 0);
        QCOMPARE(model.rowOfPid(10), 1);
        QCOMPARE(model.rowOfPid(20), 2);
        QCOMPARE(model.rowOfPid(99), -1);
        QCOMPARE(model.session(1)->pid, 10);
        QVERIFY(!model.session(3));
        QCOMPARE(model.index(1, M::Pid).data(M::PidRole).toInt(), 10);
        QCOMPARE(model.index(1, M::BlockedBy).data().toString(), u"30"_s);
        QCOMPARE(model.index(1, M::Wait).data().toString(), u"Lock: relation"_s);
        // The blocker is bold, the others are not.
        QVERIFY(model.index(0, M::Pid).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(1, M::Pid).data(Qt::FontRole).isValid());
    }

    void sessionRefreshSignals_data()
    {
        QTest::addColumn<QList<int>>("next");
        QTest::addColumn<bool>("reset");
        QTest::addRow("same pids, same order: updated in place") << QList<int>{5, 3, 9} << false;
        QTest::addRow("same pids, other order") << QList<int>{3, 5, 9} << true;
        QTest::addRow("one session more") << QList<int>{5, 3, 9, 11} << true;
        QTest::addRow("one session gone") << QList<int>{5, 3} << true;
        QTest::addRow("one pid replaced") << QList<int>{5, 3, 10} << true;
        QTest::addRow("everyone gone") << QList<int>{} << true;
    }

    void sessionRefreshSignals()
    {
        using M = models::SessionActivityModel;
        QFETCH(QList<int>, next);
        QFETCH(bool, reset);
        M model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        model.setSnapshot(sessionsWithPids({5, 3, 9}, u"idle"_s));

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(sessionsWithPids(next, u"active"_s));
        QCOMPARE(resets.size(), reset ? 1 : 0);
        QCOMPARE(changed.size(), reset ? 0 : 1);
        QCOMPARE(model.rowCount(), int(next.size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, M::Pid).data(M::PidRole).toInt(), next.at(row));
            QCOMPARE(model.index(row, M::State).data().toString(), u"active"_s);
        }
    }

    // ---- BlockingTreeModel ---------------------------------------------------------------

    void blockingTreeModel()
    {
        using M = models::BlockingTreeModel;
        const core::ActivitySnapshot snapshot =
            Activity()
                .holds(10, u"public.a"_s, u"AccessExclusiveLock"_s)
                .holds(20, u"transaction 555"_s, u"ExclusiveLock"_s)
                .waits(20, {10}, u"public.a"_s, u"AccessShareLock"_s)
                .waits(30, {20}, u"transaction 555"_s, u"ShareLock"_s)
                .holds(50, u"public.b"_s, u"AccessExclusiveLock"_s)
                .waits(51, {50}, u"public.b"_s, u"RowExclusiveLock"_s)
                .waits(52, {50}, u"public.b"_s, u"RowExclusiveLock"_s)
                .waits(53, {50}, u"public.b"_s, u"AccessShareLock"_s);
        M model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QCOMPARE(model.rootCount(), 0);
        model.setSnapshot(snapshot);

        const auto tree = core::LockTree::build(snapshot);
        QCOMPARE(model.rootCount(), int(tree.size()));
        QCOMPARE(model.rootCount(), 2);
        compareTree(model, {}, tree);
        if (QTest::currentTestFailed())
            return;

        // Roots: 50 blocks three, 10 blocks two.
        const QModelIndex root50 = model.indexOfPid(50);
        QCOMPARE(root50.row(), 0);
        QVERIFY(!model.parent(root50).isValid());
        QCOMPARE(root50.data().toString(), u"pid 50 · user50 · idle in transaction"_s);
        QCOMPARE(model.index(0, M::Lock).data().toString(), u"holds AccessExclusiveLock"_s);
        QVERIFY(root50.data(Qt::FontRole).value<QFont>().bold());
        const QModelIndex root10 = model.indexOfPid(10);
        QCOMPARE(root10.row(), 1);
        QVERIFY(!model.parent(root10).isValid());
        QCOMPARE(model.index(1, M::Blocked).data().toInt(), 2);

        // Under 50: the RowExclusiveLock group of two, then the AccessShareLock group of one.
        const QModelIndex bigGroup = model.index(0, 0, root50);
        QVERIFY(bigGroup.data(M::IsGroupRole).toBool());
        QCOMPARE(bigGroup.data(M::PidRole).toInt(), 0);
        QCOMPARE(model.rowCount(bigGroup), 2);
        QCOMPARE(model.index(0, M::Lock, root50).data().toString(), u"wants RowExclusiveLock"_s);
        QVERIFY(!bigGroup.data(Qt::FontRole).isValid());

        // 30 sits under a group under 20, which sits under a group under 10.
        const QModelIndex waiter30 = model.indexOfPid(30);
        QVERIFY(waiter30.isValid());
        QVERIFY(!waiter30.data(M::IsGroupRole).toBool());
        const QModelIndex group30 = model.parent(waiter30);
        QVERIFY(group30.data(M::IsGroupRole).toBool());
        QCOMPARE(model.parent(group30).data(M::PidRole).toInt(), 20);
        QCOMPARE(model.parent(model.parent(model.parent(group30))), root10);
        QVERIFY(!model.indexOfPid(4242).isValid());
        QVERIFY(!model.indexOfPid(0).isValid()); // groups have no pid

        // Nobody blocked any more.
        model.setSnapshot(Activity().session(10, u"active"_s, 1.0));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.indexOfPid(10).isValid());
    }

    // ---- LockWaitModel -------------------------------------------------------------------

    void lockWaits_data()
    {
        QTest::addColumn<core::ActivitySnapshot>("snapshot");
        QTest::addColumn<QList<int>>("pids");
        QTest::addColumn<QStringList>("waited");
        QTest::addRow("no locks") << core::ActivitySnapshot() << QList<int>{} << QStringList{};
        QTest::addRow("only granted locks")
            << core::ActivitySnapshot(Activity()
                                          .holds(1, u"public.a"_s, u"AccessShareLock"_s)
                                          .holds(2, u"public.a"_s, u"RowExclusiveLock"_s))
            << QList<int>{} << QStringList{};
        QTest::addRow("granted and waiting")
            << core::ActivitySnapshot(
                   Activity()
                       .holds(1, u"public.a"_s, u"AccessExclusiveLock"_s)
                       .waits(2, {1}, u"public.a"_s, u"AccessShareLock"_s, 4.5)
                       .holds(3, u"public.b"_s, u"AccessShareLock"_s)
                       .waits(4, {1}, u"public.a"_s, u"RowExclusiveLock"_s, 125.0)
                       .waits(5, {1}, u"public.a"_s, u"RowExclusiveLock"_s))
            << QList<int>{2, 4, 5} << QStringList{u"4.5 s"_s, u"2 min 5 s"_s, QString()};
    }

    void lockWaits()
    {
        using M = models::LockWaitModel;
        QFETCH(core::ActivitySnapshot, snapshot);
        QFETCH(QList<int>, pids);
        QFETCH(QStringList, waited);
        M model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        model.setSnapshot(Activity().waits(99, {1}, u"public.z"_s, u"ShareLock"_s));
        QCOMPARE(model.rowCount(), 1);
        model.setSnapshot(snapshot);

        QCOMPARE(model.rowCount(), int(pids.size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, M::Pid).data(M::PidRole).toInt(), pids.at(row));
            QCOMPARE(model.index(row, M::Target).data().toString(), u"public.a"_s);
            QVERIFY(model.index(row, M::Mode).data().toString() != u"AccessExclusiveLock"_s);
            QCOMPARE(model.index(row, M::Waiting).data().toString(), waited.at(row));
        }
        if (model.rowCount() > 1) // raw seconds for sorting, 0 when unknown
            QCOMPARE(model.index(1, M::Waiting).data(M::SortRole).toDouble(), 125.0);
    }

    // ---- ActivityHistoryModel ------------------------------------------------------------

    void historyCounts_data()
    {
        QTest::addColumn<QStringList>("states"); // "lock": active and waiting on a lock
        QTest::addColumn<QList<int>>("counts");  // active, idle in transaction, idle, lock
        QTest::addRow("no sessions") << QStringList{} << QList<int>{0, 0, 0, 0};
        QTest::addRow("every state") << QStringList{u"active"_s,
                                                    u"idle"_s,
                                                    u"lock"_s,
                                                    u"idle in transaction"_s,
                                                    u"active"_s,
                                                    u"idle in transaction (aborted)"_s,
                                                    u"idle"_s,
                                                    u"idle"_s,
                                                    QString() /* background worker */,
                                                    u"disabled"_s}
                                     << QList<int>{2, 2, 3, 1};
        QTest::addRow("a pile-up on a lock")
            << QStringList{u"lock"_s, u"lock"_s, u"lock"_s, u"idle in transaction"_s}
            << QList<int>{0, 1, 0, 3};
    }

    void historyCounts()
    {
        using M = models::ActivityHistoryModel;
        QFETCH(QStringList, states);
        QFETCH(QList<int>, counts);
        Activity activity;
        activity.sampledAt(1'700'000'000.5);
        int pid = 100;
        for (const QString& state : states) {
            if (state == u"lock"_s)
                activity.waits(++pid, {1}, u"public.t"_s, u"AccessShareLock"_s);
            else
                activity.session(++pid, state);
        }
        M model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        model.append(activity);

        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(M::ColumnCount));
        QCOMPARE(model.index(0, M::Time).data().toDouble(), 1'700'000'000'500.0);
        const QList<int> found{model.index(0, M::Active).data().toInt(),
                               model.index(0, M::IdleInTransaction).data().toInt(),
                               model.index(0, M::Idle).data().toInt(),
                               model.index(0, M::WaitingOnLock).data().toInt()};
        QCOMPARE(found, counts);
        QCOMPARE(model.maximumCount(), *std::max_element(counts.begin(), counts.end()));
    }

    void historyWindow()
    {
        using M = models::ActivityHistoryModel;
        M model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QCOMPARE(model.windowSeconds(), 600);
        model.setWindowSeconds(60);
        QCOMPARE(model.maximumCount(), 0);

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const auto busy = [](double epoch, int active) {
            Activity a;
            a.sampledAt(epoch);
            for (int i = 0; i < active; ++i)
                a.session(1000 + i, u"active"_s, 1.0);
            return core::ActivitySnapshot(a);
        };
        const auto times = [&model] {
            QList<qint64> t;
            for (int row = 0; row < model.rowCount(); ++row)
                t << qint64(model.index(row, M::Time).data().toDouble() / 1000.0);
            return t;
        };

        model.append(busy(1000, 5));
        model.append(busy(1030, 2));
        model.append(busy(1060, 1)); // the sample at 1000 is exactly 60 s old: kept
        QCOMPARE(times(), (QList<qint64>{1000, 1030, 1060}));
        QCOMPARE(removed.size(), 0);
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(inserted.last().at(1).toInt(), 2);
        QCOMPARE(model.maximumCount(), 5);

        // One sample expires at the front, the new one arrives at the back.
        model.append(busy(1090, 3));
        QCOMPARE(times(), (QList<qint64>{1030, 1060, 1090}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.last().at(1).toInt(), 0);
        QCOMPARE(removed.last().at(2).toInt(), 0);
        QCOMPARE(inserted.last().at(1).toInt(), 2);
        QCOMPARE(inserted.last().at(2).toInt(), 2);
        QCOMPARE(model.maximumCount(), 3); // the 5 left with its sample

        // After a pause, everything but the new sample expires in one removal.
        model.append(busy(1200, 1));
        QCOMPARE(times(), (QList<qint64>{1200}));
        QCOMPARE(removed.size(), 2);
        QCOMPARE(removed.last().at(1).toInt(), 0);
        QCOMPARE(removed.last().at(2).toInt(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), 0);
        QCOMPARE(model.maximumCount(), 1);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.clear();
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.maximumCount(), 0);
    }

    // ---- core::TableInventoryReport ------------------------------------------------------

    void csvQuoting_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("prefix"); // how the row starts in the file
        QTest::addRow("plain name") << u"public"_s << u"events"_s << u"public,events,"_s;
        QTest::addRow("comma") << u"public"_s << u"a,b"_s << u"public,\"a,b\","_s;
        QTest::addRow("double quote")
            << u"public"_s << u"say \"hi\""_s << u"public,\"say \"\"hi\"\"\","_s;
        QTest::addRow("comma and double quote")
            << u"public"_s << u"big, \"fat\" table"_s << u"public,\"big, \"\"fat\"\" table\","_s;
        QTest::addRow("line break")
            << u"public"_s << u"two\nlines"_s << u"public,\"two\nlines\","_s;
        QTest::addRow("comma in the schema") << u"my,schema"_s << u"t"_s << u"\"my,schema\",t,"_s;
    }

    void csvQuoting()
    {
        QFETCH(QString, schema);
        QFETCH(QString, name);
        QFETCH(QString, prefix);
        core::TableStats t = table(1, schema, name, 250);
        const QString csv = core::TableInventoryReport::toCsv({t}, 1000);

        const QString header = csv.section(u'\n', 0, 0);
        QCOMPARE(header.split(u',').size(), 19);
        QVERIFY(header.startsWith(u"schema,name,kind,total_bytes,"_s));
        QVERIFY(header.endsWith(u",locked,size_estimated"_s));
        const QString body = csv.mid(header.size() + 1);
        QVERIFY2(body.startsWith(prefix), qPrintable(body));
        QVERIFY(csv.endsWith(u'\n'));

        const auto rows = parseCsv(csv);
        QVERIFY2(rows.has_value(), "not RFC 4180");
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(1).size(), 19);
        QCOMPARE(rows->at(1).at(0), schema);
        QCOMPARE(rows->at(1).at(1), name);
        QCOMPARE(rows->at(1).at(2), u"table"_s);
    }

    void csvRowValues()
    {
        core::TableStats t = table(1, u"public"_s, u"orders"_s, 400);
        t.kind = Kind::MaterializedView;
        t.estimatedRows = -1;
        t.inserts = 1;
        t.updates = 2;
        t.deletes = 3;
        t.deadTuples = 4;
        t.lastVacuum = 86400.0;
        t.lastAutoanalyze = 86400.0 + 3661.5;
        t.locked = true;
        const QString csv = core::TableInventoryReport::toCsv({t}, 1600);
        QCOMPARE(csv.section(u'\n', 1, 1),
                 u"public,orders,materialized view,400,200,100,100,0.250000,-1,1,2,3,4,"
                 u"1970-01-02T00:00:00Z,,,1970-01-02T01:01:01Z,true,false"_s);
        t.locked = false;
        t.sizesEstimated = true; // exported from the pane before the exact size came
        QVERIFY(core::TableInventoryReport::toCsv({t}, 1600)
                    .section(u'\n', 1, 1)
                    .endsWith(u",false,true"_s));
        // Nothing to report but the header.
        QCOMPARE(core::TableInventoryReport::toCsv({}, 0).count(u'\n'), 1);
    }

    void largestFirst_data()
    {
        QTest::addColumn<int>("top");
        QTest::addColumn<bool>("includePartitions");
        QTest::addColumn<QStringList>("expected");
        const QStringList roots{u"archive.old"_s,   u"public.events"_s, u"audit.log"_s,
                                u"public.orders"_s, u"public.tiny"_s,   u"public.empty"_s};
        QTest::addRow("all top-level tables") << 0 << false << roots;
        QTest::addRow("top 3 without partitions") << 3 << false << roots.mid(0, 3);
        QTest::addRow("top larger than the list") << 50 << false << roots;
        QTest::addRow("top 6 with partitions")
            << 6 << true
            << QStringList{u"archive.old"_s,   u"public.events"_s,      u"audit.log"_s,
                           u"public.orders"_s, u"public.events_2024"_s, u"public.events_2023"_s};
        QTest::addRow("all with partitions")
            << 0 << true
            << QStringList{
                   u"archive.old"_s,           u"public.events"_s,         u"audit.log"_s,
                   u"public.orders"_s,         u"public.events_2024"_s,    u"public.events_2023"_s,
                   u"public.events_2024_h1"_s, u"public.events_2024_h2"_s, u"public.tiny"_s,
                   u"public.empty"_s};
    }

    void largestFirst()
    {
        QFETCH(int, top);
        QFETCH(bool, includePartitions);
        QFETCH(QStringList, expected);
        const auto tables =
            core::TableInventoryReport::largestFirst(sampleInventory(), top, includePartitions);
        QStringList names;
        for (const core::TableStats& t : tables)
            names << t.qualifiedName();
        QCOMPARE(names, expected);
        // The CSV keeps that order, one line per table after the header.
        const QString csv = core::TableInventoryReport::toCsv(tables, 6 * GiB);
        QCOMPARE(csv.count(u'\n'), int(expected.size()) + 1);
    }

    // ---- RunStatementsModel --------------------------------------------------------------

    // Each row is the second statement of a migration whose first took 3 s, so that its
    // position starts at 2 and its share is of 3 s plus its own time.
    void runStatementCells_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("line");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<bool>("failed");
        QTest::addColumn<int>("summed"); // statements the row sums; 0 for a single one
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("lineText");
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("duration");
        QTest::addColumn<QString>("share");
        const QString update = u"UPDATE accounts SET plan = 'free' WHERE plan IS NULL;"_s;
        QTest::addRow("SQL folder statement with its line")
            << update << 14 << 1.0 << false << 0 << u"2"_s << u"14"_s << update << u"1.0 s"_s
            << u"25.0%"_s;
        QTest::addRow("Django statement has no line")
            << update << 0 << 1.0 << false << 0 << u"2"_s << QString() << update << u"1.0 s"_s
            << u"25.0%"_s;
        QTest::addRow("several lines show the first, marked")
            << u"CREATE INDEX accounts_email_idx\n    ON accounts (email);"_s << 3 << 9.0 << false
            << 0 << u"2"_s << u"3"_s << u"CREATE INDEX accounts_email_idx …"_s << u"9.0 s"_s
            << u"75.0%"_s;
        QTest::addRow("a leading comment is skipped")
            << u"-- in batches\n"_s + update << 0 << 1.0 << false << 0 << u"2"_s << QString()
            << update + u" …"_s << u"1.0 s"_s << u"25.0%"_s;
        QTest::addRow("summed row spans positions and says how many")
            << QString() << 0 << 1.0 << false << 1234 << u"2–1235"_s << QString()
            << u"1,234 more statement"_s << u"1.0 s"_s << u"25.0%"_s;
        QTest::addRow("failed statement says so in its duration")
            << u"ALTER TABLE accounts ADD CONSTRAINT plan_known CHECK (plan <> '');"_s << 0 << 1.0
            << true << 0 << u"2"_s << QString()
            << u"ALTER TABLE accounts ADD CONSTRAINT plan_known CHECK (plan <> '');"_s
            << u"failed after 1.0 s"_s << u"25.0%"_s;
        QTest::addRow("under a thousandth of the time")
            << update << 0 << 0.002 << false << 0 << u"2"_s << QString() << update << u"2 ms"_s
            << u"<0.1%"_s;
        QTest::addRow("no time at all has no share")
            << update << 0 << 0.0 << false << 0 << u"2"_s << QString() << update << u"0 ms"_s
            << QString();
    }

    void runStatementCells()
    {
        using M = models::RunStatementsModel;
        QFETCH(QString, sql);
        QFETCH(int, line);
        QFETCH(double, seconds);
        QFETCH(bool, failed);
        QFETCH(int, summed);
        core::StatementTiming t = timed(sql, seconds, line);
        t.failed = failed;
        t.summed = summed > 0;
        t.count = std::max(1, summed);
        core::RunMigrationRecord migration = ranMigration({timed(u"SELECT 1;"_s, 3.0), t});
        migration.error = u"canceling statement due to lock timeout"_s;
        M model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        model.setMigration(migration);
        QCOMPARE(model.rowCount(), 2);
        QTEST(model.index(1, M::Number).data().toString(), "number");
        QTEST(model.index(1, M::Line).data().toString(), "lineText");
        QFETCH(QString, statement);
        QVERIFY2(model.index(1, M::Statement).data().toString().startsWith(statement),
                 qPrintable(model.index(1, M::Statement).data().toString()));
        QTEST(model.index(1, M::Duration).data().toString(), "duration");
        QTEST(model.index(1, M::Share).data().toString(), "share");
        QCOMPARE(model.index(1, M::Statement).data(Qt::ToolTipRole).toString().isEmpty(),
                 sql.isEmpty() && summed == 0);
        QCOMPARE(model.index(1, M::Duration).data(M::SortRole).toDouble(), seconds);
        QCOMPARE(model.index(1, 0).data(M::FailedRole).toBool(), failed);
        // Red only where the outcome is written, and only for the failed statement.
        for (int column = 0; column < M::ColumnCount; ++column)
            QCOMPARE(model.index(1, column).data(Qt::ForegroundRole).isValid(),
                     failed && column == M::Duration);
        if (failed)
            QCOMPARE(model.index(1, M::Duration).data(Qt::ToolTipRole).toString(), migration.error);
        QCOMPARE(model.index(1, M::Statement).data(Qt::FontRole).value<QFont>().italic(),
                 summed > 0);
        QCOMPARE(model.index(1, M::Duration).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.index(1, M::Share).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
    }

    void runStatementTotalsAndSorting()
    {
        using M = models::RunStatementsModel;
        core::StatementTiming sum = timed({}, 6.0);
        sum.summed = true;
        sum.count = 1234;
        core::StatementTiming failed = timed(u"ALTER TABLE accounts VALIDATE CONSTRAINT c;"_s, 5.0);
        failed.failed = true;
        M model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QCOMPARE(model.failedRow(), -1);
        model.setMigration(
            ranMigration({timed(u"ALTER TABLE accounts ADD plan text;"_s, 0.012),
                          timed(u"UPDATE accounts SET plan = 'free';"_s, 8.988), sum, failed}));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.statementCount(), 1 + 1 + 1234 + 1);
        QCOMPARE(model.totalSeconds(), 20.0);
        QCOMPARE(model.failedRow(), 3);
        QVERIFY(!model.hasLines());
        QCOMPARE(model.index(3, M::Number).data().toString(), u"1237"_s);
        QCOMPARE(model.index(1, M::Share).data(M::ShareRole).toDouble(), 8.988 / 20.0);
        QVERIFY(model.statement(2)->summed);
        QVERIFY(!model.statement(4));

        QSortFilterProxyModel sorted;
        Tester sortedTester(&sorted, Tester::FailureReportingMode::Fatal);
        sorted.setSourceModel(&model);
        sorted.setSortRole(M::SortRole);
        const auto order = [&sorted] {
            QStringList numbers;
            for (int row = 0; row < sorted.rowCount(); ++row)
                numbers << sorted.index(row, M::Number).data().toString();
            return numbers.join(u' ');
        };
        sorted.sort(M::Duration, Qt::DescendingOrder);
        QCOMPARE(order(), u"2 3–1236 1237 1"_s);
        sorted.sort(M::Share, Qt::AscendingOrder);
        QCOMPARE(order(), u"1 1237 3–1236 2"_s);
        sorted.sort(M::Number, Qt::AscendingOrder);
        QCOMPARE(order(), u"1 2 3–1236 1237"_s);

        // Another migration replaces the rows; the sort stays.
        sorted.sort(M::Duration, Qt::DescendingOrder);
        model.setMigration(
            ranMigration({timed(u"SELECT 1;"_s, 0.1, 1), timed(u"SELECT 2;"_s, 0.3, 2)}));
        QCOMPARE(order(), u"2 1"_s);
        QVERIFY(model.hasLines());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.statementCount(), 0);
    }

    void runStatementMigrationColumn_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("owners"); // each statement's migration
        QTest::addColumn<bool>("spans");
        QTest::addRow("SQL folder statements name no migration")
            << QString() << u"V7__plans"_s << QStringList{QString(), QString()} << false;
        QTest::addRow("Django statements all of the migration shown")
            << u"accounts"_s << u"0005_backfill_plans"_s
            << QStringList{u"accounts.0005_backfill_plans"_s, u"accounts.0005_backfill_plans"_s}
            << false;
        QTest::addRow("one step unapplied several migrations")
            << u"accounts"_s << u"0002_add_note"_s
            << QStringList{u"accounts.0004_backfill_note"_s, u"accounts.0003_email_index"_s}
            << true;
        QTest::addRow("no statements")
            << u"accounts"_s << u"0002_add_note"_s << QStringList{} << false;
    }

    void runStatementMigrationColumn()
    {
        using M = models::RunStatementsModel;
        QFETCH(QString, app);
        QFETCH(QString, name);
        QFETCH(QStringList, owners);
        core::RunMigrationRecord migration = ranMigration({});
        migration.app = app;
        migration.name = name;
        for (const QString& owner : owners) {
            core::StatementTiming t = timed(u"DROP INDEX accounts_email_idx;"_s, 0.5);
            t.migration = owner;
            migration.statements.push_back(t);
        }
        M model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        model.setMigration(migration);
        QTEST(model.spansMigrations(), "spans");
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, M::Migration).data().toString(), owners.at(row));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
