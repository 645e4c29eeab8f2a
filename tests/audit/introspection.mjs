// Prints graphql-js's standard introspection query, the one client tools send.
import { getIntrospectionQuery } from 'graphql';
process.stdout.write(getIntrospectionQuery());
