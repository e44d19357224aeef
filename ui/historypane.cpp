// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypane.h"

#include "exportfile.h"
#include "history/historystorethread.h"
#include "history/runschemachanges.h"
#include "history/schemadiff.h"
#include "history/schemasnapshot.h"
#include "history/timeline.h"
#include "historychart.h"
#include "models/schemadiffmodel.h"
#include "models/timelinefiltermodel.h"
#include "models/timelinemodel.h"
#include "tablegrowthchart.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace migdesk::ui {

namespace {

// The open end of a date filter: the date edit shows "any" at its minimum.
const QDate kAnyDate(2000, 1, 1);

QDateEdit* dateFilter(QWidget* parent, const QString& name)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(HistoryPane::tr("any day"));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(kAnyDate);
    return edit;
}

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == kAnyDate ? QDate() : edit->date();
}

// Refills a filter's choices with "all" first, keeping the chosen key when it is still there.
void fillChoices(QComboBox* combo, const QString& all, const QStringList& keys,
                 const std::function<QString(const QString&)>& label)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(all, QString());
    for (const QString& key : keys)
        combo->addItem(label(key), key);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QString phaseLabel(const QString& phase)
{
    if (phase == QLatin1String("before"))
        return HistoryPane::tr("before");
    if (phase == QLatin1String("after"))
        return HistoryPane::tr("after");
    if (phase == QLatin1String("manual"))
        return HistoryPane::tr("taken by hand");
    return phase;
}

std::optional<core::SchemaSnapshot> loadSnapshot(const core::HistoryStore& store, qint64 id)
{
    const std::optional<QJsonObject> json = store.schemaSnapshot(id);
    if (!json)
        return std::nullopt;
    return core::SchemaSnapshot::fromJson(*json);
}

// A local run with the diff of the snapshots taken before and after it, read on the store's
// thread.
RunDetailDialog::Contents readRunDetail(const core::HistoryStore& store, qint64 id)
{
    RunDetailDialog::Contents contents;
    const auto read = store.run(id);
    if (!read) {
        contents.diffNote = read.error().sentence();
        return contents;
    }
    const std::optional<core::RunRecord>& run = *read;
    if (!run) {
        contents.diffNote = HistoryPane::tr("Run %1 is no longer in the history.").arg(id);
        return contents;
    }
    contents.run = *run;
    contents.diff = core::RunSchemaChanges::of(store, *run);
    // An empty diff is either a schema that did not change or one that was never captured.
    bool before = false;
    bool after = false;
    for (const auto& info : store.schemaSnapshotsOfRun(id)) {
        before = before || info.phase == QLatin1String("before");
        after = after || info.phase == QLatin1String("after");
    }
    contents.hasDiff = !contents.diff.empty() || (before && after);
    if (!contents.hasDiff)
        contents.diffNote =
            run->kind == QLatin1String("assess") || run->kind == QLatin1String("backup") ||
                    run->kind == QLatin1String("verify") || run->kind == QLatin1String("cancel") ||
                    run->kind == QLatin1String("terminate")
                ? HistoryPane::tr("Schema snapshots are taken around runs that migrate or roll "
                                  "back only.")
                : HistoryPane::tr("No schema snapshot was recorded both before and after this "
                                  "run (it ended before migrating, or an older migdesk recorded "
                                  "it).");
    return contents;
}

} // namespace

HistoryPane::HistoryPane(QWidget* parent)
    : Pane(parent), m_storePath(core::HistoryStore::defaultPath()),
      m_store(new core::HistoryStoreThread(m_storePath, this)),
      m_model(new models::TimelineModel(this)), m_filter(new models::TimelineFilterModel(this)),
      m_compare(new models::SchemaDiffModel(this)), m_tabs(new QTabWidget(this)),
      m_view(new QTableView(this)), m_chart(new HistoryChart(m_filter, this)),
      m_environment(new QComboBox(this)), m_profile(new QComboBox(this)),
      m_app(new QComboBox(this)), m_kind(new QComboBox(this)), m_outcome(new QComboBox(this)),
      m_from(dateFilter(this, QStringLiteral("historyFrom"))),
      m_to(dateFilter(this, QStringLiteral("historyTo"))), m_search(new QLineEdit(this)),
      m_status(new QLabel(this)), m_before(new QComboBox(this)), m_after(new QComboBox(this)),
      m_compareNote(new QLabel(this)), m_growth(new TableGrowthChart(this)),
      m_growthRange(new QComboBox(this)), m_growthTop(new QSpinBox(this)),
      m_growthNote(new QLabel(this))
{
    setObjectName(QStringLiteral("historyPane"));
    setRefreshInterval(0); // the history changes when a run ends: on demand (F5) only
    m_filter->setSourceModel(m_model);
    m_tabs->setObjectName(QStringLiteral("historyTabs"));
    m_tabs->addTab(createTimelineTab(), tr("Timeline"));
    m_tabs->addTab(createSnapshotsTab(), tr("Schema snapshots"));
    m_tabs->addTab(createGrowthTab(), tr("Table growth"));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 2)
            showGrowth();
    });
    targetChanged();
}

HistoryPane::~HistoryPane() = default;

QWidget* HistoryPane::createTimelineTab()
{
    auto* page = new QWidget(this);
    m_environment->setObjectName(QStringLiteral("historyEnvironment"));
    m_profile->setObjectName(QStringLiteral("historyProfile"));
    m_app->setObjectName(QStringLiteral("historyApp"));
    m_kind->setObjectName(QStringLiteral("historyKind"));
    m_outcome->setObjectName(QStringLiteral("historyOutcome"));
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search runs and migrations"));
    m_search->setClearButtonEnabled(true);
    for (QComboBox* combo : {m_environment, m_profile, m_app, m_kind, m_outcome})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* open = new QPushButton(tr("Open run"), page);
    open->setObjectName(QStringLiteral("openRun"));
    open->setToolTip(tr("The selected run's steps, log, findings, SQL, backups and schema diff "
                        "(Enter or double-click)"));
    auto* exportButton = new QToolButton(page);
    exportButton->setObjectName(QStringLiteral("exportShown"));
    exportButton->setText(tr("Report…"));
    exportButton->setToolTip(tr("The runs shown, as one report"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(exportButton);
    for (ReportExport::Format format : {ReportExport::Format::Html, ReportExport::Format::Markdown,
                                        ReportExport::Format::Json, ReportExport::Format::Pdf})
        menu->addAction(ReportExport::filterLabel(format), this,
                        [this, format] { chooseRangeExport(format); });
    exportButton->setMenu(menu);
    auto* refreshButton = new QPushButton(tr("Refresh"), page);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_environment);
    filters->addWidget(m_profile);
    filters->addWidget(m_app);
    filters->addWidget(m_kind);
    filters->addWidget(m_outcome);
    filters->addWidget(new QLabel(tr("From:"), page));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to:"), page));
    filters->addWidget(m_to);
    filters->addStretch(1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_search, 1);
    actions->addWidget(open);
    actions->addWidget(exportButton);
    actions->addWidget(refreshButton);

    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(models::TimelineModel::When, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(models::TimelineModel::When, 130);
    m_view->horizontalHeader()->resizeSection(models::TimelineModel::Source, 80);
    m_view->horizontalHeader()->resizeSection(models::TimelineModel::Kind, 150);
    m_view->horizontalHeader()->resizeSection(models::TimelineModel::What, 320);
    m_chart->setMinimumHeight(220);

    auto* splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    auto* enter = new QAction(tr("Open run"), m_view);
    enter->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    enter->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(enter);
    const auto openCurrent = [this] {
        const QModelIndex current = m_view->selectionModel()->currentIndex();
        if (current.isValid())
            openRow(current.row());
    };
    connect(enter, &QAction::triggered, this, openCurrent);
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { openRow(index.row()); });
    connect(refreshButton, &QPushButton::clicked, this, &HistoryPane::refresh);
    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    const auto keyOf = [](QComboBox* combo) { return combo->currentData().toString(); };
    connect(m_environment, &QComboBox::currentIndexChanged, this,
            [this, keyOf] { m_filter->setEnvironment(keyOf(m_environment)); });
    connect(m_profile, &QComboBox::currentIndexChanged, this,
            [this, keyOf] { m_filter->setProfile(keyOf(m_profile)); });
    connect(m_app, &QComboBox::currentIndexChanged, this,
            [this, keyOf] { m_filter->setApp(keyOf(m_app)); });
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this, keyOf] { m_filter->setKind(keyOf(m_kind)); });
    connect(m_outcome, &QComboBox::currentIndexChanged, this,
            [this, keyOf] { m_filter->setOutcome(keyOf(m_outcome)); });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this,
                [this] { m_filter->setDateRange(dateOf(m_from), dateOf(m_to)); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &HistoryPane::showStatus);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &HistoryPane::showStatus);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &HistoryPane::showStatus);
    updateChoices();
    return page;
}

QWidget* HistoryPane::createSnapshotsTab()
{
    auto* page = new QWidget(this);
    m_before->setObjectName(QStringLiteral("snapshotBefore"));
    m_after->setObjectName(QStringLiteral("snapshotAfter"));
    for (QComboBox* combo : {m_before, m_after})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* compare = new QPushButton(tr("Compare"), page);
    compare->setObjectName(QStringLiteral("compareSnapshots"));
    m_compareNote->setObjectName(QStringLiteral("compareNote"));
    m_compareNote->setWordWrap(true);
    auto* view = new QTableView(page);
    view->setObjectName(QStringLiteral("compareView"));
    view->setModel(m_compare);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    connect(m_compare, &QAbstractItemModel::modelReset, view,
            [view] { view->resizeColumnsToContents(); });

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("From:"), page));
    bar->addWidget(m_before);
    bar->addWidget(new QLabel(tr("to:"), page));
    bar->addWidget(m_after);
    bar->addWidget(compare);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_compareNote);
    layout->addWidget(view, 1);
    connect(compare, &QPushButton::clicked, this, &HistoryPane::compareSnapshots);
    return page;
}

QWidget* HistoryPane::createGrowthTab()
{
    auto* page = new QWidget(this);
    m_growthRange->setObjectName(QStringLiteral("growthRange"));
    m_growthRange->addItem(tr("Last 7 days"), 7);
    m_growthRange->addItem(tr("Last 30 days"), 30);
    m_growthRange->addItem(tr("Last 90 days"), 90);
    m_growthRange->addItem(tr("Last year"), 365);
    m_growthRange->setCurrentIndex(1);
    m_growthTop->setObjectName(QStringLiteral("growthTop"));
    m_growthTop->setRange(1, 20);
    m_growthTop->setValue(m_growth->topCount());
    m_growthTop->setPrefix(tr("Largest "));
    m_growthNote->setObjectName(QStringLiteral("growthNote"));
    m_growthNote->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_growthRange);
    bar->addWidget(m_growthTop);
    bar->addWidget(m_growthNote, 1);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_growth, 1);
    connect(m_growthRange, &QComboBox::currentIndexChanged, this, &HistoryPane::showGrowth);
    connect(m_growthTop, &QSpinBox::valueChanged, m_growth, &TableGrowthChart::setTopCount);
    return page;
}

void HistoryPane::showEvent(QShowEvent* event)
{
    Pane::showEvent(event);
    refresh();
}

void HistoryPane::setStorePath(const QString& path)
{
    m_storePath = path;
    delete m_store;
    m_store = new core::HistoryStoreThread(path, this);
    refresh();
}

QString HistoryPane::storeServer() const
{
    return target().info.displayName();
}

QString HistoryPane::storeDatabase() const
{
    return target().info.value(QStringLiteral("dbname"));
}

void HistoryPane::targetChanged()
{
    m_remote = {};
    m_snapshots.clear();
    m_compare->setChanges({});
    m_growth->setSamples({});
    updateSnapshotChoices();
    m_compareNote->setText(
        hasTarget() ? QString() : tr("Connect to a database to compare its schema snapshots."));
    m_growthNote->setText(hasTarget() ? QString()
                                      : tr("Connect to a database to see how its tables grew."));
}

void HistoryPane::refresh()
{
    const quint64 generation = ++m_generation;
    m_localDone = false;
    m_remoteDone = !hasTarget();
    m_problems.clear();
    const QString server = hasTarget() ? storeServer() : QString();
    const QString database = hasTarget() ? storeDatabase() : QString();
    m_store->run<LocalHistory>(
        this,
        [server, database](const core::HistoryStore& store) {
            core::HistoryStore::RunQuery query;
            query.limit = kMaxRuns;
            query.withTexts = false; // a run's detail and a report read their run in full
            LocalHistory history;
            if (auto runs = store.runs(query))
                history.runs = std::move(runs.value());
            else
                history.problem = runs.error().sentence();
            if (!database.isEmpty())
                history.snapshots = store.schemaSnapshots(server, database);
            return history;
        },
        [this, generation](const LocalHistory& history) {
            if (generation != m_generation)
                return;
            m_local = history;
            if (!history.problem.isEmpty())
                m_problems << history.problem;
            m_localDone = true;
            mergeWhenComplete();
        },
        [this, generation](const QString& problem) {
            if (generation != m_generation)
                return;
            m_local = {};
            m_problems << problem;
            m_localDone = true;
            mergeWhenComplete();
        });
    if (hasTarget())
        session()->run<core::TimelineReader::Sources>(
            this,
            [](core::PgConnection& connection) {
                return core::Result<core::TimelineReader::Sources>(
                    core::TimelineReader::read(connection));
            },
            [this, generation](const core::Result<core::TimelineReader::Sources>& sources) {
                if (generation != m_generation)
                    return;
                if (sources)
                    m_remote = *sources;
                else
                    m_problems << sources.error().sentence();
                m_remoteDone = true;
                mergeWhenComplete();
            });
    if (m_model->rowCount() > 0)
        m_status->setText(tr("Refreshing…"));
}

void HistoryPane::mergeWhenComplete()
{
    if (!m_localDone || !m_remoteDone)
        return;
    m_problems << m_remote.problems;
    m_model->setEntries(core::Timeline::merge(m_local.runs, m_remote.mirrored, m_remote.django,
                                              m_remote.sqlFolder));
    m_snapshots = m_local.snapshots;
    updateChoices();
    updateSnapshotChoices();
    showStatus();
    emit refreshed();
}

void HistoryPane::updateChoices()
{
    using M = models::TimelineModel;
    fillChoices(m_environment, tr("All environments"), m_model->environments(),
                &M::environmentLabel);
    fillChoices(m_profile, tr("All profiles"), m_model->profiles(),
                [](const QString& p) { return p; });
    fillChoices(m_app, tr("All apps"), m_model->apps(), [](const QString& a) { return a; });
    fillChoices(m_kind, tr("All kinds"), m_model->kinds(), &M::kindLabel);
    fillChoices(m_outcome, tr("All outcomes"), m_model->outcomes(), &M::outcomeLabel);
    m_filter->setEnvironment(m_environment->currentData().toString());
    m_filter->setProfile(m_profile->currentData().toString());
    m_filter->setApp(m_app->currentData().toString());
    m_filter->setKind(m_kind->currentData().toString());
    m_filter->setOutcome(m_outcome->currentData().toString());
}

void HistoryPane::updateSnapshotChoices()
{
    // Newest first in the list; the comparison defaults to the two newest, older → newer.
    const QString before = m_before->currentData().toString();
    const QString after = m_after->currentData().toString();
    for (QComboBox* combo : {m_before, m_after}) {
        const QSignalBlocker block(combo);
        combo->clear();
        for (const auto& info : m_snapshots) {
            const QString taken =
                QLocale().toString(info.takenAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
            combo->addItem(
                info.runId ? tr("%1, %2 run %3").arg(taken, phaseLabel(info.phase)).arg(info.runId)
                           : tr("%1, %2").arg(taken, phaseLabel(info.phase)),
                QString::number(info.id));
        }
    }
    const int count = int(m_snapshots.size());
    const int keptBefore = m_before->findData(before);
    const int keptAfter = m_after->findData(after);
    m_before->setCurrentIndex(keptBefore >= 0 ? keptBefore : std::min(1, count - 1));
    m_after->setCurrentIndex(keptAfter >= 0 ? keptAfter : (count > 0 ? 0 : -1));
    if (hasTarget() && m_localDone)
        m_compareNote->setText(count < 2 ? tr("%n schema snapshot(s) of %1 recorded: migrate and "
                                              "rollback runs take one before and one after.",
                                              nullptr, count)
                                               .arg(storeDatabase())
                                         : QString());
}

void HistoryPane::showStatus()
{
    int runs = 0;
    int mirrored = 0;
    int migrations = 0;
    int outside = 0;
    for (const core::TimelineEntry& e : m_model->entries()) {
        if (e.source == core::TimelineEntry::Source::Migdesk)
            ++runs;
        else if (e.source == core::TimelineEntry::Source::Mirror)
            ++mirrored;
        else
            ++migrations;
        if (e.outsideMigdesk)
            ++outside;
    }
    QStringList parts;
    parts << tr("%n run(s) recorded on this machine", nullptr, runs);
    if (hasTarget()) {
        parts << tr("%n from other machines", nullptr, mirrored);
        parts << tr("%n migration(s) in the database's own history", nullptr, migrations);
        if (outside > 0)
            parts << tr("%n applied outside migdesk", nullptr, outside);
    }
    QString text = parts.join(QStringLiteral(", "));
    if (m_filter->rowCount() != m_model->rowCount())
        text += tr("; %n shown", nullptr, m_filter->rowCount());
    text += QLatin1Char('.');
    if (!hasTarget())
        text += QLatin1Char(' ') + tr("Connect to see the database's own history as well.");
    m_status->setStyleSheet(m_problems.isEmpty() ? QString() : QStringLiteral("color: #c62828;"));
    if (!m_problems.isEmpty())
        text += QLatin1Char(' ') + m_problems.join(QLatin1Char(' '));
    m_status->setText(text);
}

void HistoryPane::showError(const QString& sentence)
{
    m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_status->setText(sentence);
}

void HistoryPane::openRow(int row)
{
    const QModelIndex source = m_filter->mapToSource(m_filter->index(row, 0));
    const core::TimelineEntry* entry = m_model->entry(source.row());
    if (!entry)
        return;
    if (entry->runId > 0) {
        const quint64 generation = m_generation;
        const qint64 id = entry->runId;
        m_store->run<RunDetailDialog::Contents>(
            this, [id](const core::HistoryStore& store) { return readRunDetail(store, id); },
            [this, generation](const RunDetailDialog::Contents& contents) {
                if (generation != m_generation)
                    return;
                if (contents.run.uuid.isEmpty())
                    showError(contents.diffNote);
                else
                    openDetail(contents);
            },
            [this](const QString& problem) { showError(problem); });
        return;
    }
    const auto mirrored = std::find_if(
        m_remote.mirrored.begin(), m_remote.mirrored.end(), [entry](const core::RunRecord& run) {
            return !entry->runUuid.isEmpty() && run.uuid == entry->runUuid;
        });
    if (mirrored != m_remote.mirrored.end()) {
        RunDetailDialog::Contents contents;
        contents.run = *mirrored;
        contents.diff = mirrored->schemaChanges;
        contents.hasDiff = !contents.diff.empty();
        contents.diffNote = tr("The mirror holds no schema change for this run, and its schema "
                               "snapshots stay on the machine that ran it (%1).")
                                .arg(mirrored->hostName);
        openDetail(contents);
        return;
    }
    m_status->setStyleSheet({});
    m_status->setText(entry->outsideMigdesk
                          ? tr("%1.%2 was applied outside migdesk: there is no run to open.")
                                .arg(entry->app, entry->name)
                          : tr("No recorded run belongs to this line."));
}

void HistoryPane::openDetail(const RunDetailDialog::Contents& contents)
{
    auto* dialog = new RunDetailDialog(contents, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    m_detail = dialog;
    emit runDetailOpened(dialog);
}

void HistoryPane::compareSnapshots()
{
    const qint64 before = m_before->currentData().toLongLong();
    const qint64 after = m_after->currentData().toLongLong();
    if (!before || !after) {
        m_compareNote->setText(tr("Choose two schema snapshots."));
        return;
    }
    struct Comparison
    {
        std::vector<core::SchemaChange> changes;
        bool ok = false;
    };
    const quint64 generation = m_generation;
    m_compareNote->setText(tr("Comparing…"));
    m_store->run<Comparison>(
        this,
        [before, after](const core::HistoryStore& store) {
            Comparison comparison;
            const auto first = loadSnapshot(store, before);
            const auto second = loadSnapshot(store, after);
            if (first && second) {
                comparison.changes = core::SchemaDiff::compare(*first, *second);
                comparison.ok = true;
            }
            return comparison;
        },
        [this, generation](const Comparison& comparison) {
            if (generation != m_generation)
                return;
            m_compare->setChanges(comparison.changes);
            m_compareNote->setText(!comparison.ok ? tr("A schema snapshot cannot be read.")
                                   : comparison.changes.empty()
                                       ? tr("The two snapshots describe the same schema.")
                                       : tr("%n change(s) from the first snapshot to the second.",
                                            nullptr, int(comparison.changes.size())));
            emit compared();
        },
        [this](const QString& problem) { m_compareNote->setText(problem); });
}

void HistoryPane::showGrowth()
{
    if (!hasTarget())
        return;
    const quint64 generation = m_generation;
    const QString server = storeServer();
    const QString database = storeDatabase();
    const QDateTime since =
        QDateTime::currentDateTimeUtc().addDays(-m_growthRange->currentData().toInt());
    m_store->run<std::vector<core::HistoryStore::TableSizeSample>>(
        this,
        [server, database, since](const core::HistoryStore& store) {
            return store.tableSizes(server, database, since);
        },
        [this, generation](const std::vector<core::HistoryStore::TableSizeSample>& samples) {
            if (generation != m_generation)
                return;
            std::set<QDateTime> taken;
            for (const auto& sample : samples)
                taken.insert(sample.takenAt);
            m_growth->setSamples(samples);
            m_growthNote->setText(
                tr("%n size sample(s) of %1", nullptr, int(taken.size())).arg(storeDatabase()));
            emit growthShown();
        },
        [this](const QString& problem) { m_growthNote->setText(problem); });
}

void HistoryPane::exportShown(const QString& path, ReportExport::Format format)
{
    // The timeline holds local runs without their logs: read them again in full.
    std::vector<qint64> ids;
    std::set<QString> mirroredUuids;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const core::TimelineEntry* e =
            m_model->entry(m_filter->mapToSource(m_filter->index(row, 0)).row());
        if (!e || e->kind == QLatin1String("migration"))
            continue;
        if (e->source == core::TimelineEntry::Source::Migdesk)
            ids.push_back(e->runId);
        else if (e->source == core::TimelineEntry::Source::Mirror)
            mirroredUuids.insert(e->runUuid);
    }
    std::vector<core::RunRecord> mirrored;
    for (const core::RunRecord& run : m_remote.mirrored)
        if (mirroredUuids.count(run.uuid))
            mirrored.push_back(run);
    const auto written = [this, path](bool ok, const QString& error) {
        m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
        const QString sentence = ok ? tr("Report written to %1.").arg(path) : error;
        m_status->setText(sentence);
        emit reportWritten(ok, sentence);
    };
    m_store->run<core::Result<std::vector<core::RunRecord>>>(
        this,
        [ids,
         mirrored](const core::HistoryStore& store) -> core::Result<std::vector<core::RunRecord>> {
            std::vector<core::RunRecord> runs = mirrored;
            for (qint64 id : ids) {
                auto run = store.run(id);
                if (!run)
                    return run.error();
                if (*run)
                    runs.push_back(std::move(*run.value()));
            }
            std::sort(runs.begin(), runs.end(),
                      [](const core::RunRecord& a, const core::RunRecord& b) {
                          return a.startedAt > b.startedAt;
                      });
            return runs;
        },
        [path, format, written](const core::Result<std::vector<core::RunRecord>>& runs) {
            if (!runs) {
                written(false, runs.error().sentence());
                return;
            }
            QString error;
            const bool ok = ReportExport::write(path, format, *runs, {}, &error);
            written(ok, error);
        },
        [written](const QString& problem) { written(false, problem); });
}

void HistoryPane::chooseRangeExport(ReportExport::Format format)
{
    const QString name =
        QStringLiteral("migdesk-history-%1.%2")
            .arg(QDate::currentDate().toString(Qt::ISODate), ReportExport::suffix(format));
    ExportFile::choose(this, tr("Report of the runs shown"),
                       {{ReportExport::filterLabel(format), ReportExport::suffix(format)}}, name,
                       [this, format](const QString& path) { exportShown(path, format); });
}

} // namespace migdesk::ui
