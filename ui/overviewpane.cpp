// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpane.h"

#include "catalog/overviewreader.h"
#include "common/units.h"
#include "models/largesttablesmodel.h"
#include "models/sessionstatesmodel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

namespace migdesk::ui {

namespace {

constexpr int kRefreshMs = 5'000;

QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(QStringLiteral("—"), parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QTableView* tableView(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

OverviewPane::OverviewPane(QWidget* parent)
    : Pane(parent), m_status(new QLabel(this)), m_version(valueLabel(this)),
      m_database(valueLabel(this)), m_size(valueLabel(this)), m_uptime(valueLabel(this)),
      m_connections(valueLabel(this)), m_cacheHit(valueLabel(this)), m_tps(valueLabel(this)),
      m_tablesModel(new models::LargestTablesModel(this)),
      m_statesModel(new models::SessionStatesModel(this))
{
    setObjectName(QStringLiteral("overviewPane"));
    m_status->setObjectName(QStringLiteral("overviewStatus"));
    m_status->setWordWrap(true);
    m_size->setObjectName(QStringLiteral("databaseSize"));
    m_tps->setObjectName(QStringLiteral("transactionsPerSecond"));

    auto* facts = new QGroupBox(tr("Server and database"), this);
    auto* form = new QFormLayout(facts);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("Server version:"), m_version);
    form->addRow(tr("Database size:"), m_size);
    form->addRow(tr("Uptime:"), m_uptime);
    auto* activity = new QGroupBox(tr("Activity"), this);
    auto* activityForm = new QFormLayout(activity);
    activityForm->addRow(tr("Connections:"), m_connections);
    activityForm->addRow(tr("Cache hit ratio:"), m_cacheHit);
    activityForm->addRow(tr("Transactions/s:"), m_tps);

    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_tablesModel);
    sorted->setSortRole(models::LargestTablesModel::SortRole);
    m_tablesView = tableView(sorted, this);
    m_tablesView->setObjectName(QStringLiteral("largestTables"));
    m_tablesView->sortByColumn(models::LargestTablesModel::TotalSize, Qt::DescendingOrder);
    m_tablesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tablesView->horizontalHeader()->setSectionResizeMode(models::LargestTablesModel::Table,
                                                           QHeaderView::Stretch);
    m_tablesView->horizontalHeader()->setStretchLastSection(false);
    m_statesView = tableView(m_statesModel, this);
    m_statesView->setObjectName(QStringLiteral("sessionStates"));
    m_statesView->setSortingEnabled(false);

    auto* tablesBox = new QGroupBox(tr("Largest tables"), this);
    (new QVBoxLayout(tablesBox))->addWidget(m_tablesView);
    auto* statesBox = new QGroupBox(tr("Sessions by state"), this);
    (new QVBoxLayout(statesBox))->addWidget(m_statesView);

    auto* top = new QHBoxLayout;
    top->addWidget(facts, 3);
    top->addWidget(activity, 2);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(tablesBox, 3);
    bottom->addWidget(statesBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(top);
    layout->addLayout(bottom, 1);

    setRefreshInterval(kRefreshMs);
    targetChanged();
}

OverviewPane::~OverviewPane() = default;

void OverviewPane::targetChanged()
{
    m_overview.reset();
    for (QLabel* label :
         {m_version, m_database, m_size, m_uptime, m_connections, m_cacheHit, m_tps})
        label->setText(QStringLiteral("—"));
    m_tablesModel->setTables({}, 0);
    m_statesModel->setStates({});
    m_status->setStyleSheet({});
    m_status->setText(hasTarget() ? tr("Connecting to %1…").arg(target().info.displayName())
                                  : tr("Not connected. Choose a connection profile (Ctrl+O)."));
}

void OverviewPane::refresh()
{
    request<core::DatabaseOverview>(
        [](core::PgConnection& connection) { return core::OverviewReader::read(connection); },
        [this](const core::DatabaseOverview& overview) { showOverview(overview); });
}

void OverviewPane::showOverview(const core::DatabaseOverview& sample)
{
    core::DatabaseOverview overview = sample;
    if (m_overview)
        overview.transactionsPerSecond = core::transactionsPerSecond(*m_overview, overview);
    const QLocale locale;
    m_database->setText(overview.inRecovery ? tr("%1 (standby)").arg(overview.database)
                                            : overview.database);
    m_version->setText(overview.serverVersion);
    m_size->setText(core::formatBytes(overview.databaseBytes));
    m_size->setToolTip(tr("%1 bytes").arg(locale.toString(overview.databaseBytes)));
    m_uptime->setText(core::formatDuration(overview.uptimeSeconds));
    m_connections->setText(
        tr("%1 of %2").arg(overview.totalSessions()).arg(overview.maxConnections));
    m_cacheHit->setText(overview.cacheHitRatio ? QStringLiteral("%1 %").arg(locale.toString(
                                                     *overview.cacheHitRatio * 100.0, 'f', 2))
                                               : tr("n/a"));
    m_tps->setText(overview.transactionsPerSecond
                       ? locale.toString(*overview.transactionsPerSecond, 'f', 1)
                       : tr("measuring…"));
    m_tablesModel->setTables(overview.largestTables, overview.databaseBytes);
    m_statesModel->setStates(overview.sessionsByState);
    m_status->setStyleSheet({});
    m_status->setText(tr("Updated %1 · refreshes every %2 s")
                          .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")))
                          .arg(refreshIntervalMs() / 1000));
    m_overview = overview;
    emit refreshed();
}

void OverviewPane::showError(const QString& sentence)
{
    m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_status->setText(sentence);
}

} // namespace migdesk::ui
