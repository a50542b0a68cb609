// Undo command: replace the whole rule set.
#include "replacerulescommand.h"

#include "ruledocument.h"

namespace sd {

ReplaceRulesCommand::ReplaceRulesCommand(RuleDocument* document, RuleSet rules, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), mDocument(document), mOld(document->rules()), mNew(std::move(rules))
{
}

void ReplaceRulesCommand::redo()
{
    mDocument->replaceRules(mNew);
}

void ReplaceRulesCommand::undo()
{
    mDocument->replaceRules(mOld);
}

} // namespace sd
