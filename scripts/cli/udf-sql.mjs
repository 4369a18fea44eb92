// `eco-nudge udf-sql bigquery|snowflake`: prints the SQL that registers the warehouse UDF (dist/eco-nudge-udf.js).
//
// BigQuery loads the file as a library from Cloud Storage (OPTIONS (library = [...])), so its statement is short.
// Snowflake's JavaScript UDFs take their code inline only, so its statement carries the whole file between $$ … $$,
// evaluated once per JavaScript environment (Snowflake evaluates the body for every row unless the code keeps its
// set-up in a global, as its documentation advises) and then called for each row. docs/catalog.md shows both in use.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ROOT, UsageError } from './engine.mjs';

export const UDF_PATH = `${ROOT}dist/eco-nudge-udf.js`;

export const UDF_SQL_HELP = `Usage: eco-nudge udf-sql <bigquery|snowflake> [options]

Prints the SQL statement that registers the eco-nudge warehouse UDF (dist/eco-nudge-udf.js of this package).

  bigquery    CREATE TEMP FUNCTION … LANGUAGE js with the file as a library in Cloud Storage
              (upload it first: gcloud storage cp dist/eco-nudge-udf.js gs://BUCKET/)
  snowflake   CREATE OR REPLACE FUNCTION … LANGUAGE JAVASCRIPT with the file inline

Options:
  --name NAME       function name (default eco_nudge_estimate; a dataset-qualified name makes a BigQuery
                    function persistent: mydataset.eco_nudge_estimate)
  --library URI     BigQuery: the gs:// URI of the uploaded file (default gs://YOUR_BUCKET/eco-nudge-udf.js)
  -h, --help        this help

The function takes (product STRING, options STRING) and returns a STRING holding one JSON object; see
docs/catalog.md for the row format and the calls.`;

const readUdf = () => {
  if (!existsSync(UDF_PATH)) throw new UsageError(`the UDF file is missing (${UDF_PATH}); run \`npm run build\` in ${ROOT} first.`);
  return readFileSync(UDF_PATH, 'utf8');
};

/** The BigQuery statement: the file stays in Cloud Storage. */
export function bigquerySql({ name = 'eco_nudge_estimate', library = 'gs://YOUR_BUCKET/eco-nudge-udf.js' } = {}) {
  if (!/^gs:\/\/[^'\\\s]+$/.test(library)) throw new UsageError(`--library must be a gs:// URI without quotes or spaces (got "${library}").`);
  const temp = name.includes('.') ? '' : 'TEMP ';
  return `CREATE ${temp}FUNCTION ${name}(product STRING, options STRING)
RETURNS STRING
DETERMINISTIC
LANGUAGE js
OPTIONS (library = ['${library}'])
AS r"""
  return ecoNudgeEstimate(product, options);
""";
`;
}

/** The Snowflake statement: the file inline, evaluated once per JavaScript environment. */
export function snowflakeSql({ name = 'eco_nudge_estimate' } = {}, udf = readUdf()) {
  if (udf.includes('$$')) throw new UsageError('the UDF file contains "$$", which would end the Snowflake body early; it cannot be inlined as it is.');
  const version = /eco-nudge (\S+) warehouse UDF/.exec(udf)?.[1] ?? '';
  return `CREATE OR REPLACE FUNCTION ${name}(PRODUCT VARCHAR, OPTIONS VARCHAR)
RETURNS VARCHAR
LANGUAGE JAVASCRIPT
IMMUTABLE
COMMENT = 'eco-nudge ${version} footprint estimate; returns one JSON object per row (docs/catalog.md)'
AS $$
if (typeof ecoNudgeEstimateOnce === 'undefined') {
  ecoNudgeEstimateOnce = (function () {
${udf.trimEnd()}
return ecoNudgeEstimate;
  })();
}
return ecoNudgeEstimateOnce(PRODUCT, OPTIONS);
$$;
`;
}

/** Runs the command; resolves to the exit status. */
export async function udfSql(argv, io = { stdout: process.stdout, stderr: process.stderr }) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { name: { type: 'string' }, library: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      io.stdout.write(`${UDF_SQL_HELP}\n`);
      return 0;
    }
    const [target, ...extra] = positionals;
    if (extra.length || (target !== 'bigquery' && target !== 'snowflake')) throw new UsageError(`say bigquery or snowflake (see --help).`);
    if (values.name !== undefined && !/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*){0,2}$/.test(values.name))
      throw new UsageError(`--name must be a SQL identifier, optionally qualified (got "${values.name}").`);
    const opts = { ...(values.name ? { name: values.name } : {}), ...(values.library ? { library: values.library } : {}) };
    if (target === 'bigquery') {
      readUdf(); // the statement names a file that must exist
      io.stdout.write(bigquerySql(opts));
    } else io.stdout.write(snowflakeSql(opts));
    return 0;
  } catch (e) {
    io.stderr.write(`eco-nudge: ${e.message}${e instanceof UsageError ? '' : ' (see --help)'}\n`);
    return 2;
  }
}
