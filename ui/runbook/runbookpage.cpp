// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbookpage.h"

#include "models/checklistmodel.h"
#include "runbookwizard.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace migdesk::ui {

RunbookPage::RunbookPage(RunbookWizard& wizard) : m_wizard(wizard)
{
    // QWizard gives a page only its size hint and the rest to a spacer; these pages want it all.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
}

bool RunbookPage::isComplete() const
{
    return !m_wizard.isStepRunning() && isReady();
}

QTableView* RunbookPage::tableView(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

QTableView* RunbookPage::makeChecksView(QAbstractItemModel* checks, QWidget* parent)
{
    QTableView* view = tableView(checks, parent);
    view->setWordWrap(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(models::ChecklistModel::Status, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(models::ChecklistModel::Title, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    return view;
}

void RunbookPage::fitChecks(QTableView* view)
{
    view->resizeColumnToContents(models::ChecklistModel::Figure);
    QHeaderView* header = view->horizontalHeader();
    header->resizeSection(models::ChecklistModel::Figure,
                          std::min(header->sectionSize(models::ChecklistModel::Figure),
                                   std::max(120, view->viewport()->width() / 3)));
}

} // namespace migdesk::ui
