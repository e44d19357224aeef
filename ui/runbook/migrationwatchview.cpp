// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/runbook/migrationwatchview.h"

#include "catalog/activityreport.h"
#include "models/migrationwatchmodel.h"
#include "models/sessionactivitymodel.h"
#include "runbook/migrationwatchreader.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

namespace migdesk::ui {

namespace {

constexpr int kPollMs = 1'000;
constexpr int kProgressSteps = 1'000;

QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString now()
{
    return QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

MigrationWatchView::MigrationWatchView(QWidget* parent)
    : Pane(parent), m_status(new QLabel(this)), m_form(new QFormLayout),
      m_statement(valueLabel(this)), m_state(valueLabel(this)), m_lock(valueLabel(this)),
      m_progressRow(new QWidget(this)), m_progress(new QProgressBar(m_progressRow)),
      m_progressText(valueLabel(m_progressRow)), m_queueCount(valueLabel(this)),
      m_model(new models::MigrationWatchModel(this)), m_queueView(new QTableView(this))
{
    setObjectName(QStringLiteral("migrationWatch"));
    m_status->setObjectName(QStringLiteral("watchStatus"));
    m_status->setWordWrap(true);
    m_statement->setObjectName(QStringLiteral("watchStatement"));
    m_state->setObjectName(QStringLiteral("watchState"));
    m_lock->setObjectName(QStringLiteral("watchLock"));
    m_progress->setObjectName(QStringLiteral("watchProgress"));
    m_progressText->setObjectName(QStringLiteral("watchProgressText"));
    m_queueCount->setObjectName(QStringLiteral("watchQueueCount"));
    m_queueView->setObjectName(QStringLiteral("watchQueue"));

    // The statement gets the width the page has and is elided to it, however long the SQL.
    m_statement->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_statement->setMinimumWidth(1);
    m_statement->installEventFilter(this);
    m_lock->setWordWrap(true);
    m_queueCount->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_progressText->setWordWrap(true);

    m_progress->setRange(0, kProgressSteps);
    m_progress->setMaximumWidth(220);
    auto* progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progress);
    progressLayout->addWidget(m_progressText, 1);

    m_form->addRow(tr("Statement:"), m_statement);
    m_form->addRow(tr("State:"), m_state);
    m_form->addRow(tr("Lock:"), m_lock);
    m_form->addRow(tr("Progress:"), m_progressRow);
    m_form->addRow(tr("Queued behind it:"), m_queueCount);

    m_queueView->setModel(m_model);
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queueView->verticalHeader()->hide();
    m_queueView->setWordWrap(false);
    QHeaderView* header = m_queueView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(models::MigrationWatchModel::Query, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(m_form);
    layout->addWidget(m_queueView, 1);

    setRefreshInterval(kPollMs);
    setAutoRefresh(false);
    targetChanged();
}

MigrationWatchView::~MigrationWatchView() = default;

void MigrationWatchView::setTarget(const core::ConnectionTarget& target,
                                   const QString& applicationName)
{
    m_applicationName = applicationName;
    Pane::setTarget(target);
}

void MigrationWatchView::start()
{
    m_watching = true;
    m_status->setStyleSheet({});
    m_status->setText(tr("Watching for a backend named %1…").arg(m_applicationName));
    setAutoRefresh(true);
    refresh();
}

void MigrationWatchView::stop()
{
    if (!m_watching)
        return;
    m_watching = false;
    setAutoRefresh(false);
    m_status->setStyleSheet({});
    m_status->setText(tr("Stopped watching at %1; the last poll stays on screen.").arg(now()));
}

void MigrationWatchView::refresh()
{
    if (!m_watching)
        return;
    request<core::MigrationWatchSnapshot>(
        [name = m_applicationName](core::PgConnection& connection) {
            return core::MigrationWatchReader::read(connection, name);
        },
        [this](const core::MigrationWatchSnapshot& snapshot) {
            if (m_watching)
                showSnapshot(snapshot);
        });
}

void MigrationWatchView::targetChanged()
{
    m_snapshot = {};
    clearValues();
    m_status->setStyleSheet({});
    m_status->setText(
        hasTarget() ? tr("Ready to watch the migration on %1.").arg(target().info.displayName())
                    : tr("Not connected: the watch starts with a migration run."));
}

void MigrationWatchView::clearValues()
{
    m_statementText.clear();
    m_statement->setText(QStringLiteral("—"));
    m_statement->setToolTip({});
    m_state->setText(QStringLiteral("—"));
    m_lock->setText(QStringLiteral("—"));
    m_queueCount->setText(QStringLiteral("—"));
    setAttention(m_lock, false);
    setAttention(m_queueCount, false);
    m_form->setRowVisible(m_progressRow, false);
    m_model->setSnapshot({});
}

void MigrationWatchView::showSnapshot(const core::MigrationWatchSnapshot& snapshot)
{
    m_snapshot = snapshot;
    m_status->setStyleSheet({});
    const core::WatchedBackend* backend = snapshot.primary();
    if (!backend) {
        clearValues();
        m_status->setText(tr("No backend named %1: between migrations · polled at %2")
                              .arg(m_applicationName, now()));
        emit refreshed();
        return;
    }
    m_status->setText(snapshot.backends.size() > 1
                          ? tr("Backend pid %1 (and %n more with this name) · polled at %2",
                               nullptr, int(snapshot.backends.size() - 1))
                                .arg(backend->pid)
                                .arg(now())
                          : tr("Backend pid %1 · polled at %2").arg(backend->pid).arg(now()));

    m_statementText = core::ActivityReport::queryLine(backend->query, 4'000);
    elideStatement();
    m_statement->setToolTip(QStringLiteral("<pre style=\"white-space: pre-wrap\">%1</pre>")
                                .arg(backend->query.toHtmlEscaped()));
    m_state->setText(snapshot.stateText());

    const QString lock = snapshot.lockText();
    const bool waiting = snapshot.wantedLock() != nullptr || backend->isWaitingOnLock();
    m_lock->setText(lock);
    setAttention(m_lock, waiting);
    // A waiting migration still holds locks of its own, and those are what others queue for.
    if (waiting) {
        if (const core::WatchedLock* held = snapshot.strongestHeldLock())
            m_lock->setText(tr("%1; holds %2 on %3").arg(lock, held->mode, held->target()));
    }

    if (const core::WatchProgress* p = snapshot.primaryProgress()) {
        m_form->setRowVisible(m_progressRow, true);
        if (const auto fraction = p->fraction()) {
            m_progress->setRange(0, kProgressSteps);
            m_progress->setValue(int(*fraction * kProgressSteps));
        } else {
            m_progress->setRange(0, 0); // PostgreSQL gives no total for this phase: busy
        }
        m_progressText->setText(p->phaseText()); // the statement above says what it builds
        m_progressText->setToolTip(snapshot.progressText());
    } else {
        m_form->setRowVisible(m_progressRow, false);
    }

    const int queued = int(snapshot.queued.size());
    m_queueCount->setText(queued == 0 ? tr("nobody") : QLocale().toString(queued));
    setAttention(m_queueCount, queued > 0);
    m_model->setSnapshot(snapshot);
    emit refreshed();
}

void MigrationWatchView::showError(const QString& sentence)
{
    m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_status->setText(
        m_snapshot.isEmpty()
            ? sentence
            : tr("%1 The values below are from the last successful poll.").arg(sentence));
}

bool MigrationWatchView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_statement && event->type() == QEvent::Resize)
        elideStatement();
    return Pane::eventFilter(watched, event);
}

void MigrationWatchView::elideStatement()
{
    if (m_statementText.isEmpty())
        return;
    m_statement->setText(m_statement->fontMetrics().elidedText(m_statementText, Qt::ElideRight,
                                                               m_statement->width()));
}

void MigrationWatchView::setAttention(QLabel* label, bool on)
{
    if (!on) {
        label->setStyleSheet({});
        return;
    }
    // The activity monitor's colour for "waiting on a lock", with dark text to stay legible.
    const QColor colour =
        models::attentionColor(models::SessionActivityModel::Attention::WaitingOnLock);
    label->setStyleSheet(
        QStringLiteral("background-color: %1; color: black; padding: 1px 4px;").arg(colour.name()));
}

} // namespace migdesk::ui
