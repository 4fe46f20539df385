// Runs statements (a JSON array on stdin) through chDB, ClickHouse embedded, in one session,
// and prints a JSON array of {output} or {error}: the oracle for golden test references.
const { Session } = require(process.env.CHDB_MODULE || 'chdb');
const fs = require('fs');
const statements = JSON.parse(fs.readFileSync(0, 'utf8'));
const session = new Session(process.env.CHDB_PATH || fs.mkdtempSync('/tmp/chdb-ref-'));
const results = [];
for (const statement of statements) {
  try {
    results.push({ output: session.query(statement, 'TabSeparated').toString() });
  } catch (e) {
    results.push({ error: String(e.message || e) });
  }
}
process.stdout.write(JSON.stringify(results));
