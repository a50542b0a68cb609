// Rule set file and version actions.
#include "rulefileactions.h"

#include "ruledocument.h"
#include "rulesethistorydialog.h"
#include "workspace.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

namespace sd {

RuleFileActions::RuleFileActions(RuleDocument* document, QWidget* window, std::function<Workspace*()> workspace,
                                 std::function<std::shared_ptr<const ColumnTable>()> table)
    : QObject(window)
    , mDocument(document)
    , mWindow(window)
    , mWorkspace(std::move(workspace))
    , mTable(std::move(table))
    , mTemplates(new QMenu(tr("New Rule Set From &Template"), window))
{
    mTemplates->addAction(tr("B2B Tiers (size × engagement)"), this, [this] { newFromTemplate(int(RuleDocument::Template::B2BTiers)); });
    mTemplates->addAction(tr("Empty Tree"), this, [this] { newFromTemplate(int(RuleDocument::Template::EmptyTree)); });
    mOpen = new QAction(QIcon(QStringLiteral(":/icons/open.svg")), tr("Open &Rule File…"), this);
    mOpen->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    connect(mOpen, &QAction::triggered, this, &RuleFileActions::open);
    mSave = new QAction(QIcon(QStringLiteral(":/icons/save.svg")), tr("&Save Rule Set"), this);
    mSave->setShortcut(QKeySequence::Save);
    mSave->setToolTip(tr("Save the rule set: a new version in the workspace, or the rule file it came from"));
    connect(mSave, &QAction::triggered, this, &RuleFileActions::save);
    mSaveAs = new QAction(tr("Save Rule File &As…"), this);
    mSaveAs->setShortcut(QKeySequence::SaveAs);
    connect(mSaveAs, &QAction::triggered, this, &RuleFileActions::saveAs);
    mRevert = new QAction(tr("Re&vert to Saved"), this);
    connect(mRevert, &QAction::triggered, this, &RuleFileActions::revert);
    mHistory = new QAction(QIcon(QStringLiteral(":/icons/history.svg")), tr("Version &History…"), this);
    connect(mHistory, &QAction::triggered, this, &RuleFileActions::showHistory);
    connect(mDocument, &RuleDocument::modifiedChanged, this, &RuleFileActions::updateActions);
    connect(mDocument, &RuleDocument::filePathChanged, this, &RuleFileActions::updateActions);
    updateActions();
}

void RuleFileActions::addToMenu(QMenu* menu) const
{
    menu->addMenu(mTemplates);
    menu->addAction(mOpen);
    menu->addAction(mSave);
    menu->addAction(mSaveAs);
    menu->addAction(mRevert);
    menu->addAction(mHistory);
}

void RuleFileActions::updateActions()
{
    Workspace* ws = mWorkspace();
    mRevert->setEnabled(mDocument->isModified());
    mHistory->setEnabled(ws && !ws->ruleSetVersions(mDocument->displayName()).isEmpty());
}

bool RuleFileActions::maybeSave()
{
    if (!mDocument->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        mWindow, tr("Unsaved Changes"),
        tr("The rule set “%1” has changes that are not saved. Save them?").arg(mDocument->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

bool RuleFileActions::save()
{
    Workspace* ws = mWorkspace();
    if (ws && !ws->isReadOnly() && mDocument->filePath().isEmpty()) {
        bool ok = false;
        const QString comment = QInputDialog::getText(mWindow, tr("Save Rule Set"),
                                                      tr("What changed? (kept in the version history)"),
                                                      QLineEdit::Normal, QString(), &ok);
        return ok && saveToWorkspace(comment);
    }
    if (mDocument->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!mDocument->saveFile(mDocument->filePath(), &error)) {
        QMessageBox::warning(mWindow, tr("Save Rule File"), error);
        return false;
    }
    // A rule set opened from a file is also versioned in the open workspace.
    if (ws && !ws->isReadOnly())
        mDocument->saveToWorkspace(*ws, tr("Saved to %1").arg(QFileInfo(mDocument->filePath()).fileName()), &error);
    emit message(tr("Saved %1").arg(mDocument->filePath()));
    updateActions();
    return true;
}

bool RuleFileActions::saveToWorkspace(const QString& comment)
{
    Workspace* ws = mWorkspace();
    if (!ws)
        return false;
    QString error;
    const qint64 version = mDocument->saveToWorkspace(*ws, comment, &error);
    if (version <= 0) {
        QMessageBox::warning(mWindow, tr("Save Rule Set"), tr("The rule set could not be saved: %1").arg(error));
        return false;
    }
    emit message(tr("Saved “%1” as version %2 in the workspace").arg(mDocument->displayName()).arg(version));
    updateActions();
    return true;
}

bool RuleFileActions::saveAs()
{
    QString path = QFileDialog::getSaveFileName(mWindow, tr("Save Rule File"), mDocument->filePath(),
                                                tr("Rule files (*.rules.json);;JSON files (*.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json")))
        path += QLatin1String(".rules.json");
    QString error;
    if (!mDocument->saveFile(path, &error)) {
        QMessageBox::warning(mWindow, tr("Save Rule File"), error);
        return false;
    }
    emit message(tr("Saved %1").arg(path));
    return true;
}

void RuleFileActions::newFromTemplate(int which)
{
    if (!maybeSave())
        return;
    QString error;
    if (!mDocument->loadTemplate(RuleDocument::Template(which), &error))
        QMessageBox::warning(mWindow, tr("New Rule Set"), error);
}

void RuleFileActions::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(mWindow, tr("Open Rule File"), QString(),
                                                      tr("Rule files (*.rules.json *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!mDocument->loadFile(path, &error))
        QMessageBox::warning(mWindow, tr("Open Rule File"), error);
}

void RuleFileActions::revert()
{
    QString error;
    Workspace* ws = mWorkspace();
    bool ok = false;
    if (!mDocument->filePath().isEmpty())
        ok = mDocument->loadFile(mDocument->filePath(), &error);
    else if (ws)
        ok = mDocument->loadFromWorkspace(*ws, mDocument->displayName(), &error);
    else
        error = tr("This rule set has not been saved yet.");
    if (!ok)
        QMessageBox::warning(mWindow, tr("Revert"), error);
}

void RuleFileActions::showHistory()
{
    Workspace* ws = mWorkspace();
    if (!ws)
        return;
    RuleSetHistoryDialog dialog(*ws, mDocument, mTable(), mWindow);
    dialog.exec();
}

} // namespace sd
