// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablespane.h"

#include "catalog/tableinventoryreport.h"
#include "catalog/tablestatsreader.h"
#include "common/units.h"
#include "exportfile.h"
#include "history/historystorethread.h"
#include "models/tablefiltermodel.h"
#include "models/tablesizemodel.h"
#include "models/toptablesmodel.h"
#include "tablesizechart.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <set>

namespace migdesk::ui {

TablesPane::TablesPane(QWidget* parent)
    : Pane(parent),
      m_history(new core::HistoryStoreThread(core::HistoryStore::defaultPath(), this)),
      m_model(new models::TableSizeModel(this)), m_filter(new models::TableFilterModel(this)),
      m_top(new models::TopTablesModel(m_model, this)), m_chart(new TableSizeChart(m_top, this)),
      m_view(new QTreeView(this)), m_schema(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_topCount(new QSpinBox(this)), m_summary(new QLabel(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("tablesPane"));
    setRefreshInterval(0); // sizes change over hours, not seconds: on demand (F5) only
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("tablesView"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(models::TableSizeModel::Total, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true); // 10,000 rows scroll without measuring each
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(models::TableSizeModel::Name, QHeaderView::Interactive);
    m_view->header()->resizeSection(models::TableSizeModel::Name, 300);

    m_schema->setObjectName(QStringLiteral("schemaFilter"));
    m_search->setObjectName(QStringLiteral("tableSearch"));
    m_search->setPlaceholderText(tr("Filter tables by name"));
    m_search->setClearButtonEnabled(true);
    m_topCount->setObjectName(QStringLiteral("topCount"));
    m_topCount->setRange(1, 50);
    m_topCount->setValue(m_top->count());
    m_topCount->setPrefix(tr("Chart: largest "));
    m_summary->setObjectName(QStringLiteral("tablesSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("tablesStatus"));
    m_status->setWordWrap(true);

    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setToolTip(tr("Save the visible tables as CSV or JSON"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_schema);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_topCount);
    bar->addWidget(refreshButton);
    bar->addWidget(exportButton);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // Room for ten readable category labels; fewer pixels and Qt Charts elides them to "…".
    m_chart->setMinimumHeight(340);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    auto* copy = new QAction(tr("Copy rows"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(copy, &QAction::triggered, this, &TablesPane::copySelection);
    connect(refreshButton, &QPushButton::clicked, this, &TablesPane::refresh);
    connect(exportButton, &QPushButton::clicked, this, &TablesPane::chooseExportFile);
    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_schema, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setSchema(m_schema->currentData().toString()); });
    connect(m_topCount, &QSpinBox::valueChanged, m_top, &models::TopTablesModel::setCount);
    connect(m_chart, &TableSizeChart::tableClicked, this, &TablesPane::selectTable);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TablesPane::updateSummary);
    targetChanged();
}

TablesPane::~TablesPane() = default;

void TablesPane::targetChanged()
{
    m_model->setInventory({});
    updateSchemas();
    m_status->setStyleSheet({});
    m_status->setText(hasTarget() ? tr("Loading the tables of %1…").arg(target().info.displayName())
                                  : tr("Not connected."));
    updateSummary();
}

void TablesPane::refresh()
{
    QElapsedTimer clock;
    clock.start();
    const bool started = request<core::TableInventory>(
        [](core::PgConnection& connection) { return core::TableStatsReader::readList(connection); },
        [this, clock](const core::TableInventory& inventory) {
            const quint32 selected = selectedOid();
            m_model->setInventory(inventory);
            updateSchemas();
            if (selected)
                selectTable(selected);
            m_status->setStyleSheet({});
            updateSummary();
            measureSizes(core::tablesToMeasure(inventory), 0, clock);
            emit listShown();
        });
    if (started && m_model->rowCount() > 0)
        m_status->setText(tr("Refreshing…"));
}

void TablesPane::measureSizes(std::vector<quint32> waiting, std::size_t measured,
                              QElapsedTimer clock)
{
    const std::size_t total = measured + waiting.size();
    const bool first = measured == 0;
    if (waiting.empty() && !first) {
        m_status->setText(
            tr("%n table(s) read in %1.", nullptr, int(m_model->inventory().tables.size()))
                .arg(core::formatDuration(clock.elapsed() / 1000.0)));
        recordSizes(m_model->inventory());
        emit refreshed();
        return;
    }
    m_status->setText(
        tr("%n table(s) listed, sizes estimated; measuring: %1 of %2…", nullptr,
           int(m_model->inventory().tables.size()))
            .arg(QLocale().toString(qulonglong(measured)), QLocale().toString(qulonglong(total))));
    // The largest tables first and in a small batch, so that the chart is right early; then
    // doubling batches, so that 10,000 tables take a handful of round trips and GUI updates.
    const std::size_t batch = std::min(waiting.size(), std::max<std::size_t>(200, measured));
    std::vector<quint32> now(waiting.begin(), waiting.begin() + std::ptrdiff_t(batch));
    waiting.erase(waiting.begin(), waiting.begin() + std::ptrdiff_t(batch));
    request<core::MeasuredSizes>(
        [now = std::move(now), first](core::PgConnection& connection) {
            return core::TableStatsReader::readSizes(connection, now, first);
        },
        [this, waiting = std::move(waiting), measured = measured + batch,
         clock](const core::MeasuredSizes& sizes) {
            m_model->applySizes(sizes);
            updateSummary();
            measureSizes(waiting, measured, clock);
        });
}

void TablesPane::recordSizes(const core::TableInventory& inventory)
{
    const QDateTime taken = QDateTime::currentDateTimeUtc();
    std::vector<core::HistoryStore::TableSizeSample> samples;
    for (const core::TableStats& t : inventory.tables) {
        // A partitioned table's figures include its partitions. The activity counters ride
        // along, read on the server's clock, for assess's rates since this sample.
        if (!t.parentOid)
            samples.push_back({taken, t.schema, t.name, t.totalBytes,
                               std::max<qint64>(t.estimatedRows, 0), t.activity(), t.reads,
                               inventory.sampledAtEpoch});
    }
    // Keyed as the run recorder keys runs, so the history pane finds them by its target.
    const QString server = target().info.displayName();
    const QString database = target().info.value(QStringLiteral("dbname"));
    m_history->run<QString>(
        this,
        [server, database, taken, samples](core::HistoryStore& store) {
            QString error;
            if (store.tableSizesDue(server, database, taken))
                store.addTableSizes(server, database, samples, &error);
            return error;
        },
        [this](const QString& error) {
            if (!error.isEmpty())
                m_status->setText(m_status->text() + QLatin1Char(' ') + error);
        },
        [this](const QString& problem) {
            m_status->setText(m_status->text() + QLatin1Char(' ') + problem);
        });
}

void TablesPane::showError(const QString& sentence)
{
    m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_status->setText(sentence);
}

void TablesPane::updateSchemas()
{
    const QString current = m_schema->currentData().toString();
    const QSignalBlocker block(m_schema);
    m_schema->clear();
    m_schema->addItem(tr("All schemas"), QString());
    for (const QString& schema : m_model->schemas())
        m_schema->addItem(schema, schema);
    const int index = m_schema->findData(current);
    m_schema->setCurrentIndex(index >= 0 ? index : 0);
    m_filter->setSchema(m_schema->currentData().toString());
}

void TablesPane::updateSummary()
{
    const core::TableInventory& inventory = m_model->inventory();
    if (inventory.database.isEmpty()) {
        m_summary->clear();
        return;
    }
    const QString size = inventory.databaseBytesEstimated
                             ? tr("≈ %1").arg(core::formatBytes(inventory.databaseBytes))
                             : core::formatBytes(inventory.databaseBytes);
    QString text = tr("Database %1: %2 in %n table(s)", nullptr, int(inventory.tables.size()))
                       .arg(inventory.database, size);
    qint64 selected = 0;
    std::set<quint32> counted;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        const QModelIndex source = m_filter->mapToSource(index);
        const core::TableStats* t = m_model->stats(source);
        // A partition inside a selected partitioned table is already in its parent's sum.
        if (t && counted.insert(t->oid).second && !(t->parentOid && counted.count(t->parentOid)))
            selected += t->totalBytes;
    }
    if (selected > 0 && inventory.databaseBytes > 0)
        text += tr(" · selected: %1 (%2 % of the database)")
                    .arg(core::formatBytes(selected),
                         QLocale().toString(
                             100.0 * double(selected) / double(inventory.databaseBytes), 'f', 1));
    m_summary->setText(text);
}

void TablesPane::selectTable(quint32 oid)
{
    const QModelIndex source = m_model->indexOfOid(oid);
    if (!source.isValid())
        return;
    const QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid())
        return; // filtered out
    m_view->scrollTo(index);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
}

quint32 TablesPane::selectedOid() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(models::TableSizeModel::OidRole).toUInt() : 0;
}

QString TablesPane::selectedRowsAsText() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < models::TableSizeModel::ColumnCount; ++c)
        header << m_filter->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    lines << header.join(QLatin1Char('\t'));
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [this](const QModelIndex& a, const QModelIndex& b) {
        return m_view->visualRect(a).top() < m_view->visualRect(b).top();
    });
    for (const QModelIndex& row : rows) {
        QStringList cells;
        for (int c = 0; c < models::TableSizeModel::ColumnCount; ++c)
            cells << row.siblingAtColumn(c).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TablesPane::copySelection()
{
    QApplication::clipboard()->setText(selectedRowsAsText());
}

bool TablesPane::exportTo(const QString& path, QString* error) const
{
    // What is visible (schema and name filters applied), in the view's order.
    std::vector<core::TableStats> tables;
    std::function<void(const QModelIndex&)> collect = [&](const QModelIndex& parent) {
        for (int r = 0; r < m_filter->rowCount(parent); ++r) {
            const QModelIndex index = m_filter->index(r, 0, parent);
            if (const core::TableStats* t = m_model->stats(m_filter->mapToSource(index)))
                tables.push_back(*t);
            collect(index);
        }
    };
    collect({});
    const core::TableInventory& inventory = m_model->inventory();
    const QByteArray contents =
        path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
            ? QJsonDocument(core::TableInventoryReport::toJson(inventory, tables)).toJson()
            : core::TableInventoryReport::toCsv(tables, inventory.databaseBytes).toUtf8();
    return ExportFile::write(path, contents, error);
}

void TablesPane::chooseExportFile()
{
    ExportFile::choose(
        this, tr("Export tables"),
        {{tr("CSV (*.csv)"), QStringLiteral("csv")}, {tr("JSON (*.json)"), QStringLiteral("json")}},
        m_model->inventory().database + QStringLiteral("-tables.csv"), [this](const QString& path) {
            QString error;
            if (exportTo(path, &error))
                m_status->setText(tr("Exported to %1.").arg(path));
            else
                showError(error);
        });
}

} // namespace migdesk::ui
