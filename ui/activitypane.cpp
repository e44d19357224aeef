// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitypane.h"

#include "activitychart.h"
#include "catalog/activityreader.h"
#include "catalog/locktree.h"
#include "common/units.h"
#include "history/historystore.h"
#include "history/sessionactionrecorder.h"
#include "models/activityhistorymodel.h"
#include "models/blockingtreemodel.h"
#include "models/lockwaitmodel.h"
#include "models/sessionactivitymodel.h"
#include "sessionactiondialog.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QTreeView>
#include <QVBoxLayout>

namespace migdesk::ui {

namespace {

QGroupBox* boxed(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(content);
    return box;
}

QLabel* legend(const QString& text, models::SessionActivityModel::Attention attention,
               QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("background: %1; color: black; padding: 1px 6px;")
                             .arg(models::attentionColor(attention).name()));
    return label;
}

} // namespace

ActivityPane::ActivityPane(QWidget* parent)
    : Pane(parent), m_sessions(new models::SessionActivityModel(this)),
      m_sessionsFilter(new QSortFilterProxyModel(this)),
      m_tree(new models::BlockingTreeModel(this)), m_lockWaits(new models::LockWaitModel(this)),
      m_history(new models::ActivityHistoryModel(this)), m_sessionsView(new QTableView(this)),
      m_treeView(new QTreeView(this)), m_locksView(new QTableView(this)),
      m_query(new QPlainTextEdit(this)), m_chart(new ActivityChart(m_history, this)),
      m_autoRefreshBox(new QCheckBox(tr("Auto-refresh every"), this)),
      m_interval(new QSpinBox(this)), m_longThreshold(new QSpinBox(this)),
      m_search(new QLineEdit(this)), m_cancel(new QPushButton(tr("Cancel query…"), this)),
      m_terminate(new QPushButton(tr("Terminate session…"), this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("activityPane"));
    m_sessionsFilter->setSourceModel(m_sessions);
    m_sessionsFilter->setSortRole(models::SessionActivityModel::SortRole);
    m_sessionsFilter->setFilterKeyColumn(-1);
    m_sessionsFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_sessionsView->setObjectName(QStringLiteral("sessionsView"));
    m_sessionsView->setModel(m_sessionsFilter);
    m_sessionsView->setSortingEnabled(true);
    m_sessionsView->sortByColumn(models::SessionActivityModel::QueryTime, Qt::DescendingOrder);
    m_sessionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sessionsView->verticalHeader()->hide();
    m_sessionsView->horizontalHeader()->setStretchLastSection(true);
    m_sessionsView->setWordWrap(false);
    m_treeView->setObjectName(QStringLiteral("blockingTree"));
    m_treeView->setModel(m_tree);
    m_treeView->setUniformRowHeights(true);
    m_treeView->header()->resizeSection(models::BlockingTreeModel::Who, 260);
    m_treeView->header()->resizeSection(models::BlockingTreeModel::Lock, 200);
    m_locksView->setObjectName(QStringLiteral("lockWaits"));
    m_locksView->setModel(m_lockWaits);
    m_locksView->verticalHeader()->hide();
    m_locksView->horizontalHeader()->setStretchLastSection(true);
    m_locksView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_query->setObjectName(QStringLiteral("queryText"));
    m_query->setReadOnly(true);
    m_query->setPlaceholderText(tr("Select a session to see its full query."));
    m_query->setFont(QFont(QStringLiteral("monospace")));

    m_autoRefreshBox->setChecked(true);
    m_interval->setRange(1, 60);
    m_interval->setValue(2);
    m_interval->setSuffix(tr(" s"));
    m_longThreshold->setRange(1, 86'400);
    m_longThreshold->setValue(60);
    m_longThreshold->setPrefix(tr("long after "));
    m_longThreshold->setSuffix(tr(" s"));
    m_longThreshold->setToolTip(tr("Queries running longer than this are highlighted (the "
                                   "runbook's checklist uses 1 minute)."));
    m_search->setPlaceholderText(tr("Filter sessions (user, application, query…)"));
    m_search->setClearButtonEnabled(true);
    m_cancel->setObjectName(QStringLiteral("cancelQuery"));
    m_terminate->setObjectName(QStringLiteral("terminateSession"));
    m_status->setObjectName(QStringLiteral("activityStatus"));
    m_status->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_autoRefreshBox);
    bar->addWidget(m_interval);
    bar->addWidget(m_longThreshold);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_cancel);
    bar->addWidget(m_terminate);
    auto* legendRow = new QHBoxLayout;
    using A = models::SessionActivityModel::Attention;
    legendRow->addWidget(legend(tr("waiting on a lock"), A::WaitingOnLock, this));
    legendRow->addWidget(legend(tr("idle in transaction"), A::IdleInTransaction, this));
    legendRow->addWidget(legend(tr("long-running"), A::LongRunning, this));
    legendRow->addWidget(new QLabel(tr("bold: blocks others"), this));
    legendRow->addStretch();

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(boxed(tr("Sessions"), m_sessionsView, this));
    top->addWidget(boxed(tr("Query"), m_query, this));
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 1);
    auto* middle = new QSplitter(Qt::Horizontal, this);
    middle->addWidget(boxed(tr("Who blocks whom"), m_treeView, this));
    middle->addWidget(boxed(tr("Ungranted locks"), m_locksView, this));
    middle->setStretchFactor(0, 3);
    middle->setStretchFactor(1, 2);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(middle);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
    m_chart->setMinimumHeight(160);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(legendRow);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    setRefreshInterval(m_interval->value() * 1000);
    connect(m_autoRefreshBox, &QCheckBox::toggled, this, &Pane::setAutoRefresh);
    connect(this, &Pane::autoRefreshChanged, m_autoRefreshBox, &QCheckBox::setChecked);
    connect(m_interval, &QSpinBox::valueChanged, this, &ActivityPane::setRefreshIntervalSeconds);
    connect(m_longThreshold, &QSpinBox::valueChanged, this,
            [this](int seconds) { m_sessions->setLongThresholdSeconds(seconds); });
    connect(m_search, &QLineEdit::textChanged, m_sessionsFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_sessionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActivityPane::sessionSelected);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActivityPane::treeSelected);
    connect(m_cancel, &QPushButton::clicked, this,
            [this] { requestAction(core::SessionControl::Action::CancelQuery); });
    connect(m_terminate, &QPushButton::clicked, this,
            [this] { requestAction(core::SessionControl::Action::TerminateSession); });
    targetChanged();
}

ActivityPane::~ActivityPane() = default;

void ActivityPane::targetChanged()
{
    m_snapshot = {};
    m_sessions->setSnapshot({});
    m_tree->setSnapshot({});
    m_lockWaits->setSnapshot({});
    m_history->clear();
    m_query->clear();
    m_status->setStyleSheet({});
    m_status->setText(hasTarget() ? tr("Connecting to %1…").arg(target().info.displayName())
                                  : tr("Not connected."));
    updateButtons();
}

void ActivityPane::refresh()
{
    request<core::ActivitySnapshot>(
        [](core::PgConnection& connection) { return core::ActivityReader::read(connection); },
        [this](const core::ActivitySnapshot& snapshot) { showSnapshot(snapshot); });
}

void ActivityPane::setRefreshIntervalSeconds(int seconds)
{
    setRefreshInterval(seconds * 1000);
    if (m_interval->value() != seconds)
        m_interval->setValue(seconds);
}

void ActivityPane::setLongThresholdSeconds(int seconds)
{
    m_longThreshold->setValue(seconds);
}

void ActivityPane::showSnapshot(const core::ActivitySnapshot& snapshot)
{
    QElapsedTimer busy;
    busy.start();
    const int selected = selectedPid();
    const int treeSelected =
        m_treeView->currentIndex().data(models::BlockingTreeModel::PidRole).toInt();
    m_snapshot = snapshot;
    m_sessions->setSnapshot(snapshot);
    m_tree->setSnapshot(snapshot);
    m_lockWaits->setSnapshot(snapshot);
    m_history->append(snapshot);
    m_treeView->expandToDepth(1); // root blockers and their groups; deeper levels on demand
    if (treeSelected) {
        const QModelIndex index = m_tree->indexOfPid(treeSelected);
        if (index.isValid()) {
            const QSignalBlocker block(m_treeView->selectionModel());
            m_treeView->setCurrentIndex(index);
        }
    }
    if (selected)
        selectPid(selected);

    const int waiting =
        int(std::count_if(snapshot.sessions.begin(), snapshot.sessions.end(),
                          [](const core::SessionActivity& s) { return s.isWaitingOnLock(); }));
    const int longRunning = int(std::count_if(
        snapshot.sessions.begin(), snapshot.sessions.end(), [this](const core::SessionActivity& s) {
            return s.isLongRunning(m_sessions->longThresholdSeconds());
        }));
    const QLocale locale;
    m_status->setStyleSheet(waiting > 0 ? QStringLiteral("color: #c62828;") : QString());
    m_status->setText(tr("Sessions: %1 · running long: %2 · waiting on a lock: %3 · root "
                         "blockers: %4 · locks: %5 · updated %6")
                          .arg(snapshot.sessions.size())
                          .arg(longRunning)
                          .arg(waiting)
                          .arg(m_tree->rootCount())
                          .arg(locale.toString(snapshot.totalLocks))
                          .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    updateButtons();
    m_lastGuiUpdateMs = double(busy.nsecsElapsed()) / 1e6;
    emit refreshed();
}

void ActivityPane::showError(const QString& sentence)
{
    m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_status->setText(sentence);
}

int ActivityPane::selectedPid() const
{
    const QModelIndex current = m_sessionsView->selectionModel()->currentIndex();
    return current.isValid() ? current.data(models::SessionActivityModel::PidRole).toInt() : 0;
}

void ActivityPane::selectPid(int pid)
{
    const int row = m_sessions->rowOfPid(pid);
    if (row < 0)
        return;
    const QModelIndex index = m_sessionsFilter->mapFromSource(m_sessions->index(row, 0));
    if (!index.isValid())
        return;
    m_sessionsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
}

void ActivityPane::sessionSelected()
{
    const core::SessionActivity* s = m_snapshot.session(selectedPid());
    m_query->setPlainText(s ? s->query : QString());
    // A blocker selected in the list: show it in the tree with its waiters beneath.
    if (s) {
        const QModelIndex node = m_tree->indexOfPid(s->pid);
        if (node.isValid()) {
            const QSignalBlocker block(m_treeView->selectionModel());
            m_treeView->setCurrentIndex(node);
            m_treeView->expandRecursively(node);
            m_treeView->scrollTo(node);
        }
    }
    updateButtons();
}

void ActivityPane::treeSelected()
{
    const QModelIndex current = m_treeView->currentIndex();
    if (!current.isValid())
        return;
    m_treeView->expandRecursively(current.siblingAtColumn(0));
    if (const int pid = current.data(models::BlockingTreeModel::PidRole).toInt())
        selectPid(pid);
}

void ActivityPane::updateButtons()
{
    const bool selected = hasTarget() && m_snapshot.session(selectedPid()) != nullptr;
    m_cancel->setEnabled(selected);
    m_terminate->setEnabled(selected);
}

void ActivityPane::requestAction(core::SessionControl::Action action)
{
    const core::SessionActivity* s = m_snapshot.session(selectedPid());
    if (!s || !hasTarget())
        return;
    core::SessionControl::Request request;
    request.action = action;
    request.pid = s->pid;
    request.backendStart = s->backendStart;
    request.targetUser = s->user;
    request.targetQuery = s->query;
    request.database = s->database;
    request.environment = core::SessionControl::environmentOf(
        s->database, target().info.value(QStringLiteral("dbname")), target().profile.environment);
    auto* dialog = new SessionActionDialog(request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const core::SessionControl::Request confirmed = dialog->request();
        const core::ConnectionTarget where = target();
        const QDateTime confirmedAt = QDateTime::currentDateTimeUtc();
        core::SessionControl::performAsync(
            where.info, where.password, confirmed, this,
            [this, where, confirmed, confirmedAt](const core::SessionControl::Outcome& outcome) {
                m_status->setStyleSheet(outcome.ok ? QString() : QStringLiteral("color: #c62828;"));
                m_status->setText(outcome.sentence);
                refresh();
                // The history is written on a worker: another window may hold its write lock.
                const core::RunRecord run = core::SessionActionRecorder::run(
                    where.profile.name, where.info.displayName(), confirmed, outcome, confirmedAt);
                core::SessionActionRecorder::recordAsync(
                    core::HistoryStore::defaultPath(), run, this,
                    [this, outcome](const QString& problem) {
                        QString sentence = outcome.sentence;
                        if (!problem.isEmpty()) {
                            sentence += QLatin1Char(' ') +
                                        tr("The run history did not record it: %1").arg(problem);
                            m_status->setText(sentence);
                        }
                        emit actionFinished(outcome.ok, sentence);
                    });
            });
    });
    dialog->open();
}

} // namespace migdesk::ui
