// Runs the official JsonLogic test file (jsonlogic.com/tests.json: comments and [rule, data,
// expected] cases) through json-logic-js. Prints {"passed", "failed", "failures": [...]}.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import jsonLogic from 'json-logic-js';

const tests = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let passed = 0;
const failures = [];
for (const t of tests) {
  if (typeof t === 'string') continue;
  const [rule, data, expected] = t;
  let got;
  try {
    got = jsonLogic.apply(rule, data);
  } catch (e) {
    got = { exception: String(e) };
  }
  if (isDeepStrictEqual(got, expected)) passed += 1;
  else failures.push({ rule, data, expected, got });
}
process.stdout.write(JSON.stringify({ passed, failed: failures.length, failures: failures.slice(0, 10) }));
