import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the SDL the server serves (schema/ocop.graphql, kept equal to it by a .NET test).
// tests/browser/codegen.test.mjs regenerates into a temporary folder and fails when src/gql differs.
const config: CodegenConfig = {
  schema: '../../schema/ocop.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    [process.env.CODEGEN_OUT ?? 'src/gql/']: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // VND is a 64-bit whole number of đồng; JSON numbers carry it exactly up to 2^53.
        scalars: { VND: 'number', DateOnly: 'string', DateTimeOffset: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};
export default config;
