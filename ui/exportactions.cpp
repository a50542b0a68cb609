// The export and JsonLogic import actions of the File menu.
#include "exportactions.h"

#include "commands/replacerulescommand.h"
#include "evaluationcontroller.h"
#include "exportdialog.h"
#include "jsonlogicruleimport.h"
#include "ruledocument.h"
#include "workspace.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QWidget>

namespace sd {

namespace {

constexpr qint64 kMaxImportBytes = 64 << 20;

} // namespace

ExportActions::ExportActions(RuleDocument* document, EvaluationController* evaluation, QWidget* window,
                             std::function<Workspace*()> workspace)
    : QObject(window), mDocument(document), mEvaluation(evaluation), mWindow(window), mWorkspace(std::move(workspace))
{
    mExport = new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("&Export…"), this);
    mExport->setShortcut(QKeySequence(tr("Ctrl+E")));
    mExport->setToolTip(tr("Export the rule set (rule file, JsonLogic, SQL, Markdown) or the tagged leads (CSV, XLSX, JSONL)"));
    connect(mExport, &QAction::triggered, this, &ExportActions::showDialog);
    mImport = new QAction(tr("Import &JsonLogic…"), this);
    mImport->setToolTip(tr("Read JsonLogic rules (as the JsonLogic export writes them) into the rule set"));
    connect(mImport, &QAction::triggered, this, &ExportActions::chooseAndImport);
}

void ExportActions::addToMenu(QMenu* menu) const
{
    menu->addAction(mImport);
    menu->addAction(mExport);
}

ExportDialog* ExportActions::createDialog()
{
    ExportSources sources;
    sources.table = mEvaluation->table();
    sources.asOf = mEvaluation->asOf();
    if (Workspace* ws = mWorkspace()) {
        sources.workspacePath = ws->path();
        sources.workspaceWritable = !ws->isReadOnly();
        sources.keyField = ws->keyField();
    }
    return new ExportDialog(mDocument->rules(), sources, mWindow);
}

void ExportActions::showDialog()
{
    ExportDialog* dialog = createDialog();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exportFinished, this, [this](bool ok, const QString& text) {
        if (ok)
            emit message(text.section(QLatin1Char('\n'), 0, 0));
    });
    dialog->open();
}

void ExportActions::chooseAndImport()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("exportDialog/directory"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(mWindow, tr("Import JsonLogic"), dir,
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("exportDialog/directory"), QFileInfo(path).absolutePath());
    importJsonLogic(path);
}

void ExportActions::showImportError(const QString& path, const QString& text, const QString& details)
{
    auto box = new QMessageBox(QMessageBox::Warning, tr("Import JsonLogic"),
                               tr("“%1” was not imported; the rule set is unchanged.").arg(QDir::toNativeSeparators(path)),
                               QMessageBox::Ok, mWindow);
    box->setObjectName(QStringLiteral("jsonLogicImportError"));
    box->setInformativeText(text);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool ExportActions::importJsonLogic(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        showImportError(path, f.errorString(), {});
        return false;
    }
    if (f.size() > kMaxImportBytes) {
        showImportError(path, tr("The file is larger than %1 MB.").arg(kMaxImportBytes >> 20), {});
        return false;
    }
    std::vector<std::pair<std::string, FieldType>> fields;
    if (const auto table = mEvaluation->table())
        for (const Column& c : table->columns())
            fields.emplace_back(c.name, c.type);
    const JsonLogicRulesImport r = importJsonLogicRules(f.readAll(), mDocument->rules(), fields);
    if (!r.ok) {
        QStringList lines;
        for (const RuleFileError& e : r.errors)
            lines << formatRuleFileError(e);
        const QString first = lines.isEmpty() ? tr("The file could not be read.") : lines.front();
        showImportError(path, r.errors.size() > 1 ? tr("%1\n(and %n more; see the details)", nullptr, int(r.errors.size() - 1)).arg(first) : first,
                        lines.size() > 1 ? lines.join(QLatin1Char('\n')) : QString());
        return false;
    }
    if (r.rules == mDocument->rules()) {
        emit message(tr("“%1” matches the rule set; nothing changed.").arg(QFileInfo(path).fileName()));
        return true;
    }
    mDocument->push(new ReplaceRulesCommand(mDocument, r.rules, tr("Import JsonLogic")));
    emit message(tr("Imported %1: %n segment(s) changed", nullptr, r.segmentsChanged).arg(QFileInfo(path).fileName())
                 + (r.scoresChanged ? tr(", %n score(s) changed", nullptr, r.scoresChanged) : QString()));
    return true;
}

} // namespace sd
