// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QTableView;
class QAbstractItemModel;

namespace migdesk::ui {

class RunbookWizard;

// A page of the runbook wizard: knows its wizard (the run it belongs to) and is never complete
// while a step runs, so that Next and Finish wait for it.
class RunbookPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RunbookPage(RunbookWizard& wizard);

    bool isComplete() const override;

protected:
    RunbookWizard& runbook() const { return m_wizard; }
    // Whether the page has what it needs to move on, once no step runs.
    virtual bool isReady() const = 0;
    void updateComplete() { emit completeChanged(); }

    // A read-only, row-selecting table as every page shows its lists.
    static QTableView* tableView(QAbstractItemModel* model, QWidget* parent);
    // A checklist table: status and check as wide as they need, the figure at most a third of
    // the width, the sentence in the rest, rows as tall as their wrapped text.
    static QTableView* makeChecksView(QAbstractItemModel* checks, QWidget* parent);
    static void fitChecks(QTableView* view);

private:
    RunbookWizard& m_wizard;
};

} // namespace migdesk::ui
