// SPDX-License-Identifier: GPL-3.0-or-later
#include "steplogview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QVBoxLayout>

namespace migdesk::ui {

namespace {
const QColor kMatch(0xfa, 0xf3, 0xb0);
const QColor kCurrentMatch(0xf4, 0xc4, 0x30);
} // namespace

StepLogView::StepLogView(QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_count(new QLabel(this)),
      m_text(new QPlainTextEdit(this))
{
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("logMatches"));
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFont(QStringLiteral("monospace")));
    m_text->setUndoRedoEnabled(false);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addWidget(m_text, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this] {
        markMatches();
        m_current = -1;
        if (!m_matches.isEmpty())
            findNext();
        showMatchCount();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &StepLogView::findNext);
}

void StepLogView::appendLine(const QString& line)
{
    QScrollBar* bar = m_text->verticalScrollBar();
    const bool following = bar->value() >= bar->maximum() - 2;
    m_text->appendPlainText(line);
    if (!m_search->text().isEmpty() && line.contains(m_search->text(), Qt::CaseInsensitive)) {
        markMatches();
        showMatchCount();
    }
    if (following)
        bar->setValue(bar->maximum());
}

QString StepLogView::text() const
{
    return m_text->toPlainText();
}

int StepLogView::lineCount() const
{
    return m_text->document()->isEmpty() ? 0 : m_text->document()->blockCount();
}

void StepLogView::setSearchText(const QString& text)
{
    m_search->setText(text);
}

void StepLogView::markMatches()
{
    m_matches.clear();
    QList<QTextEdit::ExtraSelection> marks;
    const QString term = m_search->text();
    if (!term.isEmpty()) {
        QTextDocument* document = m_text->document();
        QTextCursor found = document->find(term);
        while (!found.isNull()) {
            m_matches.append(found.selectionStart());
            QTextEdit::ExtraSelection mark;
            mark.cursor = found;
            mark.format.setBackground(m_matches.size() - 1 == m_current ? kCurrentMatch : kMatch);
            marks << mark;
            found = document->find(term, found);
        }
    }
    m_text->setExtraSelections(marks);
}

bool StepLogView::findNext()
{
    if (m_matches.isEmpty())
        return false;
    m_current = (m_current + 1) % int(m_matches.size());
    markMatches();
    QTextCursor cursor(m_text->document());
    cursor.setPosition(m_matches[m_current]);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
    showMatchCount();
    return true;
}

void StepLogView::showMatchCount()
{
    if (m_search->text().isEmpty())
        m_count->clear();
    else if (m_matches.isEmpty())
        m_count->setText(tr("no match"));
    else
        m_count->setText(
            tr("%1 of %2").arg(m_current < 0 ? 0 : m_current + 1).arg(m_matches.size()));
}

} // namespace migdesk::ui
