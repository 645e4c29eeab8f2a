// Runs graphql-http's GraphQL-over-HTTP audit against a live server and prints the results as JSON.
// Usage: node audit.mjs http://127.0.0.1:PORT/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
const results = await auditServer({ url });
console.log(JSON.stringify(results.map(r => ({ id: r.id, name: r.name, status: r.status, reason: r.reason ?? null }))));
