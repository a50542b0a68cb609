// Model-driven edits of the rule set: suggested segment trees and fitted scores.
#include "modelactions.h"

#include "commands/replacerulescommand.h"
#include "evaluationcontroller.h"
#include "fitscoredialog.h"
#include "liftreportdialog.h"
#include "ruledocument.h"
#include "suggestsegmentsdialog.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

#include <functional>
#include <set>

namespace sd {

namespace {

void addMissingFields(RuleSet& into, const RuleSet& from)
{
    for (const auto& f : from.fields)
        if (!into.fieldType(f.first))
            into.fields.push_back(f);
    if (!into.outcome && from.outcome)
        into.outcome = from.outcome;
}

void collectIds(const Segment& s, std::set<std::string>& ids)
{
    if (!s.id.empty())
        ids.insert(s.id);
    for (const Segment& c : s.children)
        collectIds(c, ids);
}

std::string freeId(const std::string& wanted, std::set<std::string>& taken)
{
    std::string id = wanted.empty() ? std::string("segment") : wanted;
    for (int n = 2; taken.count(id); ++n)
        id = wanted + "-" + std::to_string(n);
    taken.insert(id);
    return id;
}

} // namespace

ModelActions::ModelActions(RuleDocument* document, EvaluationController* evaluation, QWidget* window,
                           std::function<const Workspace*()> workspace)
    : QObject(window), mDocument(document), mEvaluation(evaluation), mWindow(window), mWorkspace(std::move(workspace))
{
    mSuggest = new QAction(tr("&Suggest Segments…"), this);
    mSuggest->setToolTip(tr("Fit a decision tree (or clusters) to the outcome and add it as ordinary segments"));
    connect(mSuggest, &QAction::triggered, this, &ModelActions::suggestSegments);
    mFitScore = new QAction(tr("&Fit Score…"), this);
    mFitScore->setToolTip(tr("Fit a points score to the outcome by logistic regression"));
    connect(mFitScore, &QAction::triggered, this, &ModelActions::fitScore);
    mLift = new QAction(tr("&Lift Report…"), this);
    mLift->setToolTip(tr("Treatment against holdout per segment, and a comparison with a saved version"));
    connect(mLift, &QAction::triggered, this, &ModelActions::liftReport);
    connect(mEvaluation, &EvaluationController::tableLoaded, this, &ModelActions::updateEnabled);
    connect(mEvaluation, &EvaluationController::loadFailed, this, &ModelActions::updateEnabled);
    updateEnabled();
}

void ModelActions::addToMenu(QMenu* menu) const
{
    menu->addAction(mSuggest);
    menu->addAction(mFitScore);
    menu->addSeparator();
    menu->addAction(mLift);
}

void ModelActions::updateEnabled()
{
    const bool ready = mEvaluation->table() && mEvaluation->table()->rowCount() > 0;
    mSuggest->setEnabled(ready);
    mFitScore->setEnabled(ready);
    mLift->setEnabled(ready);
}

RuleSet ModelActions::withSuggestedSegments(const RuleSet& current, const RuleSet& suggested, const std::string& groupName)
{
    RuleSet out = current;
    addMissingFields(out, suggested);
    std::set<std::string> taken;
    collectIds(out.root, taken);
    Segment group;
    group.id = freeId("suggested", taken);
    group.name = groupName;
    group.mode = suggested.root.mode;
    group.hasMode = true;
    group.children = suggested.root.children;
    std::function<void(Segment&)> renumber = [&](Segment& s) {
        s.id = freeId(s.id, taken);
        for (Segment& c : s.children)
            renumber(c);
    };
    for (Segment& c : group.children)
        renumber(c);
    out.root.children.push_back(std::move(group));
    return out;
}

RuleSet ModelActions::withFittedScore(const RuleSet& current, const RuleSet& fitted, const Score& score)
{
    RuleSet out = current;
    addMissingFields(out, fitted);
    for (Score& s : out.scores)
        if (s.id == score.id) {
            s = score;
            return out;
        }
    out.scores.push_back(score);
    return out;
}

void ModelActions::suggestSegments()
{
    SuggestSegmentsDialog dialog(mEvaluation->table(), mWindow);
    if (dialog.exec() != QDialog::Accepted || !dialog.hasResult())
        return;
    const RuleSet rules = withSuggestedSegments(mDocument->rules(), dialog.result(), tr("Suggested segments").toStdString());
    mDocument->push(new ReplaceRulesCommand(mDocument, rules, tr("Add suggested segments")));
    emit message(tr("Added %n suggested segment(s) under \"Suggested segments\".", nullptr, int(dialog.result().root.children.size())));
}

void ModelActions::fitScore()
{
    FitScoreDialog dialog(mEvaluation->table(), mWindow);
    if (dialog.exec() != QDialog::Accepted || !dialog.hasResult())
        return;
    const RuleSet rules = withFittedScore(mDocument->rules(), dialog.rules(), dialog.score());
    mDocument->push(new ReplaceRulesCommand(mDocument, rules, tr("Add fitted score")));
    emit message(tr("Score \"%1\" added; use it in any condition.").arg(QString::fromStdString(dialog.score().id)));
    emit scoreAccepted(QString::fromStdString(dialog.score().id));
}

void ModelActions::liftReport()
{
    // One report window while it is open: it follows the evaluation as the rules change.
    auto* dialog = mWindow->findChild<LiftReportDialog*>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new LiftReportDialog(mDocument, mEvaluation, mWorkspace ? mWorkspace() : nullptr, mWindow);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace sd
