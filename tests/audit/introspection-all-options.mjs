// Sends graphql-js's introspection query with every option on to a live server, rebuilds the schema from the answer
// with buildClientSchema (which throws on anything malformed) and prints what a test needs to check, as JSON.
// Usage: node introspection-all-options.mjs http://127.0.0.1:PORT/graphql
import { buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql';

const url = process.argv[2];
const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query, operationName: 'IntrospectionQuery' }),
});
const body = await response.json();
if (response.status !== 200 || body.errors) {
  console.error(`HTTP ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  process.exit(1);
}
const schema = buildClientSchema(body.data);
const raw = body.data.__schema;
const scalars = Object.fromEntries(raw.types.filter(t => t.kind === 'SCALAR').map(t => [t.name, t.specifiedByURL ?? null]));
const deprecatedInputValues = [];
for (const type of raw.types) {
  for (const field of type.inputFields ?? []) {
    if (field.isDeprecated) deprecatedInputValues.push(`${type.name}.${field.name}`);
  }
  for (const field of type.fields ?? []) {
    for (const arg of field.args) if (arg.isDeprecated) deprecatedInputValues.push(`${type.name}.${field.name}(${arg.name})`);
  }
}
console.log(JSON.stringify({
  description: raw.description ?? null,
  scalars,
  directives: raw.directives.map(d => ({ name: d.name, isRepeatable: d.isRepeatable })),
  oneOfAnswered: raw.types.filter(t => t.kind === 'INPUT_OBJECT').every(t => typeof t.isOneOf === 'boolean'),
  deprecatedInputValues,
  sdl: printSchema(schema),
}));
