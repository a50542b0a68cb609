// Evaluates exported JsonLogic with the reference implementation (json-logic-js) for the export
// tests. Input file: {"cases": [{"rules": {"segments": {...}, "scores": {...}}, "leads": [{...}]}]}.
// Prints [{"segments": {ID: [true|false per lead]}, "scores": {ID: [number per lead]}}] or {"error"}.
import { readFileSync } from 'node:fs';
import jsonLogic from 'json-logic-js';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const out = input.cases.map((c) => {
  try {
    const segments = {};
    for (const [id, rule] of Object.entries(c.rules.segments)) {
      segments[id] = c.leads.map((lead) => {
        const v = jsonLogic.apply(rule, lead);
        if (typeof v !== 'boolean') throw new Error(`segment ${id} gave ${JSON.stringify(v)}, not a boolean`);
        return v;
      });
    }
    const scores = {};
    for (const [id, rule] of Object.entries(c.rules.scores)) {
      scores[id] = c.leads.map((lead) => {
        const v = jsonLogic.apply(rule, lead);
        if (typeof v !== 'number') throw new Error(`score ${id} gave ${JSON.stringify(v)}, not a number`);
        return v;
      });
    }
    return { segments, scores };
  } catch (e) {
    return { error: String(e && e.stack || e) };
  }
});
process.stdout.write(JSON.stringify(out));
