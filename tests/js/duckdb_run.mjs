// Runs exported SQL on DuckDB for the export tests. Input file: {"cases": [{"columns": [name, ...],
// "rows": [[text|null, ...]], "setup": SQL, "query": SQL}]}. The rows go through the appender into
// a VARCHAR table "sd_staging" (so values never pass through SQL text), "setup" builds the typed
// table from it, then "query" runs. Prints [{"rows": [[...]]} | {"error"}].
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const quote = (n) => '"' + n.replaceAll('"', '""') + '"';
const out = [];
for (const c of input.cases) {
  // A fresh in-memory database per case: nothing left over from the previous one.
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  try {
    await connection.run('CREATE TABLE sd_staging (' + c.columns.map((n) => quote(n) + ' VARCHAR').join(', ') + ')');
    const appender = await connection.createAppender('sd_staging');
    for (const row of c.rows) {
      for (const v of row) {
        if (v === null) appender.appendNull();
        else appender.appendVarchar(v);
      }
      appender.endRow();
    }
    appender.closeSync();
    await connection.run(c.setup);
    const result = await connection.run(c.query);
    const rows = await result.getRowsJS();
    out.push({ rows: rows.map((r) => r.map((v) => (typeof v === 'bigint' ? Number(v) : v))) });
  } catch (e) {
    out.push({ error: String(e && e.message || e) });
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
process.stdout.write(JSON.stringify(out));
