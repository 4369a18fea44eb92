#!/usr/bin/env node
// eco-nudge command line: `eco-nudge estimate products.jsonl > footprints.jsonl`, `eco-nudge udf-sql snowflake > udf.sql`.
import { readFileSync } from 'node:fs';

const [command, ...rest] = process.argv.slice(2);
const HELP = `Usage: eco-nudge <command> [options]

Commands:
  estimate [file.jsonl]   estimate the footprint of each product (JSON Lines from a file or standard input)
  udf-sql <warehouse>     print the SQL that registers the warehouse UDF (bigquery or snowflake)

eco-nudge estimate --help   options of a command
eco-nudge --version         the version`;

if (command === 'estimate') {
  const { estimate } = await import('../scripts/cli/estimate.mjs');
  process.exitCode = await estimate(rest);
} else if (command === 'udf-sql') {
  const { udfSql } = await import('../scripts/cli/udf-sql.mjs');
  process.exitCode = await udfSql(rest);
} else if (command === '--version' || command === '-v') {
  console.log(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
} else if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
  console.log(HELP);
} else {
  console.error(`eco-nudge: unknown command "${command}".\n\n${HELP}`);
  process.exitCode = 2;
}
