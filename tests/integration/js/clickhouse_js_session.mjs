// A session of the official ClickHouse JS client (@clickhouse/client, HTTP) against our
// server: DDL, a JSONEachRow insert, typed parameters, JSON results, and an error.
import { createClient } from '@clickhouse/client';

const client = createClient({ url: `http://127.0.0.1:${process.argv[2]}`, username: 'default', password: '' });
const check = (condition, message) => { if (!condition) { console.error('FAILED: ' + message); process.exit(1); } };

await client.command({ query: 'CREATE TABLE js_events (ts DateTime64(3, \'UTC\'), team_id UInt64, event String, cost Decimal64(8)) ENGINE = MergeTree ORDER BY (team_id, ts)' });
await client.insert({
  table: 'js_events',
  values: [
    { ts: '2026-02-23 12:00:00.000', team_id: 1, event: '$pageview', cost: 0 },
    { ts: '2026-02-23 12:00:01.500', team_id: 1, event: '$llm_request', cost: 0.00012 },
    { ts: '2026-02-24 08:00:00.000', team_id: 2, event: '$pageview', cost: 0 },
  ],
  format: 'JSONEachRow',
});
const result = await client.query({
  query: 'SELECT team_id, count() AS c, sum(cost) AS total FROM js_events WHERE team_id = {team:UInt64} GROUP BY team_id',
  query_params: { team: 1 },
  format: 'JSONEachRow',
});
const rows = await result.json();
check(rows.length === 1 && rows[0].team_id === '1' && rows[0].c === '2', 'aggregate rows: ' + JSON.stringify(rows));
const json = await (await client.query({ query: 'SELECT event FROM js_events ORDER BY ts', format: 'JSON' })).json();
check(json.rows === 3 && json.data[2].event === '$pageview' && json.meta[0].type === 'String', 'JSON format: ' + JSON.stringify(json));
let failed = false;
try { await client.query({ query: 'SELECT * FROM no_such_table', format: 'JSONEachRow' }); } catch (e) { failed = /UNKNOWN_TABLE|60/.test(String(e.message) + e.code); }
check(failed, 'an error must reject the promise');
await client.close();
console.log('ok');
